package data

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
)

// recordSource hands out the records of one input file.
type recordSource interface {
	// next returns the next record and the line it starts on, io.EOF at the
	// end, a *csv.ParseError for a record that cannot be split into fields
	// (the source goes on after it), or another error when the file cannot
	// be read further.
	next() (rec []string, line int, err error)
	// comma is the delimiter, used to show a rejected row as it was.
	comma() rune
	// digest is the file's SHA-256, complete once next has returned io.EOF.
	digest() string
}

// csvSource reads a CSV file, detecting its delimiter from the header line.
type csvSource struct {
	h     hash.Hash
	r     *csv.Reader
	delim rune
}

func openCSV(f io.Reader, force rune) *csvSource {
	h := sha256.New()
	br := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\ufeff")) {
		br.Discard(3)
	}
	delim := force
	if delim == 0 {
		delim = detectDelimiter(br)
	}
	r := csv.NewReader(br)
	r.Comma = delim
	r.FieldsPerRecord = -1
	return &csvSource{h: h, r: r, delim: delim}
}

// detectDelimiter counts ',', ';' and tabs outside quotes on the header
// line and picks the most frequent; ',' when there are none.
func detectDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(64 << 10)
	counts := map[byte]int{}
	quoted := false
	for _, c := range head {
		if c == '"' {
			quoted = !quoted
		}
		if quoted {
			continue
		}
		if c == '\n' {
			break
		}
		if c == ',' || c == ';' || c == '\t' {
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

func (s *csvSource) next() ([]string, int, error) {
	rec, err := s.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.StartLine, err
		}
		return nil, 0, err
	}
	line, _ := s.r.FieldPos(0)
	return rec, line, nil
}

func (s *csvSource) comma() rune    { return s.delim }
func (s *csvSource) digest() string { return fmt.Sprintf("%x", s.h.Sum(nil)) }

// joinRecord shows a record as a line of its file.
func joinRecord(rec []string, comma rune) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = comma
	w.Write(rec)
	w.Flush()
	return strings.TrimRight(b.String(), "\r\n")
}

func isParseError(err error) bool {
	var pe *csv.ParseError
	return errors.As(err, &pe)
}
