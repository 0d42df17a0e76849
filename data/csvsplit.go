package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"hash"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// A CSV file is read in chunks of whole records, so that several cores can
// split and check them at once. Where a record ends is decided exactly as
// encoding/csv decides it (RFC 4180 quoting, no lazy quotes): a record is
// one line unless a quoted field runs over line ends, a record whose
// quoting is wrong ends with its line, and empty lines are no records. A
// record without quotes, or with well-formed quoted fields, is split here;
// any other is handed to encoding/csv, so its fields and errors are the
// standard library's. FuzzSplit holds the two to the same records.

// chunkSize is how much of a file is read at a time.
const chunkSize = 2 << 20

// csvChunker reads a CSV file chunk by chunk, each ending at a record end.
type csvChunker struct {
	r    io.Reader
	h    *countingHash
	sep  byte
	buf  []byte // read, not yet handed out
	base []byte // the array buf lies in
	line int    // line number of buf[0]
	eof  bool
	size int // of a chunk
	// spare are arrays of this chunker's whose batches are over
	spare chan []byte
	// encoding is the encoding the file is decoded from and how it was
	// known, "" for UTF-8.
	encoding string
}

func newCSVChunker(f io.Reader, force rune) (*csvChunker, error) {
	return newCSVChunkerIn(f, force, "")
}

// newCSVChunkerIn is newCSVChunker of a file in an encoding (one of
// Encodings; "" is auto): a file not in UTF-8 is decoded to UTF-8 before
// it is cut into chunks, so the rest of the load reads UTF-8 only;
// csvChunker.encoding says which it was. The digest is of the file's own
// bytes.
func newCSVChunkerIn(f io.Reader, force rune, enc string) (*csvChunker, error) {
	h := &countingHash{Hash: sha256.New()}
	raw := io.TeeReader(f, h)
	// The first bytes decide the encoding; a UTF-8 file is then read
	// straight on.
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(raw, head)
	eof := err == io.EOF || err == io.ErrUnexpectedEOF
	if err != nil && !eof {
		return nil, err
	}
	head = head[:n]
	name, said := chooseEncoding(head, eof, enc)
	c := &csvChunker{r: decoded(io.MultiReader(bytes.NewReader(head), raw), name), h: h, line: 1, size: chunkSize, spare: make(chan []byte, 8), encoding: said}
	if err := c.fill(64 << 10); err != nil {
		return nil, err
	}
	if bytes.HasPrefix(c.buf, []byte("\ufeff")) {
		c.buf = c.buf[3:]
	}
	if crOnly(c.buf, c.eof) {
		// "CSV (Macintosh)": every CR ends a line. Read as LF, the file's
		// lines are the same and its digest is of its own bytes.
		crToLF(c.buf)
		c.r = crReader{c.r}
	}
	c.sep = byte(force)
	if force == 0 {
		c.sep = detectDelimiter(c.buf)
	}
	return c, nil
}

// fill reads until buf holds at least n bytes or the file ends. It reads
// into another array each time (a new one, or one whose batch is over: see
// recycle) and never writes to one it has handed out, so a chunk can be a
// string view of its bytes (see nextText).
func (c *csvChunker) fill(n int) error {
	if len(c.buf) >= n || c.eof {
		return nil
	}
	b := c.buffer(n)[:len(c.buf)]
	copy(b, c.buf) // b may be the array buf lies in: copy moves overlapping bytes right
	c.base = b[:cap(b)]
	for len(b) < n {
		k, err := c.r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if err == io.EOF {
			c.eof = true
			break
		}
		if err != nil {
			return err
		}
	}
	c.buf = b
	return nil
}

// next returns the next chunk of whole records as a batch.
func (c *csvChunker) next() (*batch, error) {
	text, line, err := c.nextText()
	if err != nil {
		return nil, err
	}
	return &batch{text: text, line: line, buf: c.base, spare: c.spare, items: itemBuffer()}, nil
}

// Chunk arrays and item slices are used again once their batch is over,
// so reading a large file makes little garbage. Nothing read keeps a part
// of a chunk: every value kept is copied (dict, caches, ids, errors; see
// "Chunks and copies" in doc.go). A
// chunker takes back only its own arrays (spare): the last one it filled
// may still hold the start of its next chunk.
var itemBuffers sync.Pool // *[]item

// buffer returns an empty array of at least n bytes.
func (c *csvChunker) buffer(n int) []byte {
	select {
	case b := <-c.spare:
		if cap(b) >= n {
			return b[:0]
		}
	default:
	}
	return make([]byte, 0, max(n, chunkSize))
}

func itemBuffer() []item {
	if p, _ := itemBuffers.Get().(*[]item); p != nil {
		return (*p)[:0]
	}
	return make([]item, 0, chunkSize/128)
}

// recycledPoison, when not 0, is written over every byte of a batch's
// text as the batch is recycled, so that a string still pointing into the
// chunk reads as garbage at once instead of when (and if) the array is
// read into again. The package's tests set it (poison_test.go); a run
// leaves it 0 and pays one comparison a chunk. See "Chunks and copies" in
// doc.go.
var recycledPoison byte

// recycle hands a batch's array and items back once the batch is over.
func (b *batch) recycle() {
	if recycledPoison != 0 && b.text != "" {
		// Only the text: the rest of the array may hold the start of the
		// chunker's next chunk, not yet read.
		text := unsafe.Slice(unsafe.StringData(b.text), len(b.text))
		for i := range text {
			text[i] = recycledPoison
		}
	}
	if b.buf != nil {
		select {
		case b.spare <- b.buf[:0]:
		default:
		}
	}
	clear(b.items)
	items := b.items[:0]
	itemBuffers.Put(&items)
	*b = batch{}
}

func (c *csvChunker) comma() rune { return rune(c.sep) }

// nextText returns the next chunk of whole records and the line it starts
// on; io.EOF once the file is read.
func (c *csvChunker) nextText() (string, int, error) {
	want := c.size
	for {
		if err := c.fill(want); err != nil {
			return "", 0, err
		}
		if len(c.buf) == 0 {
			return "", 0, io.EOF
		}
		// A view, not a copy: fill never writes to these bytes again.
		text := unsafe.String(&c.buf[0], len(c.buf))
		end := lastRecordEnd(text, c.sep, c.eof)
		if end > 0 {
			text = text[:end]
			line := c.line
			c.line += strings.Count(text, "\n")
			c.buf = c.buf[end:]
			return text, line, nil
		}
		if len(c.buf) > MaxRowBytes {
			return "", 0, errRowTooLong(c.line)
		}
		want = min(2*max(len(c.buf), want), MaxRowBytes+1) // one record longer than a chunk
	}
}

// header returns the first record (the header line), split.
func (c *csvChunker) header() ([]string, error) {
	for {
		end := 0
		text := string(c.buf)
		pos := skipEmptyLines(text, 0, c.eof)
		if pos >= 0 {
			c.line += strings.Count(text[:pos], "\n")
			c.buf = c.buf[pos:]
			end = recordEnd(text[pos:], 0, c.sep, c.eof)
		}
		if end > 0 {
			rec := text[pos : pos+end]
			c.buf = c.buf[end:]
			c.line += strings.Count(rec, "\n")
			r := csv.NewReader(strings.NewReader(rec))
			r.Comma, r.FieldsPerRecord = rune(c.sep), -1
			fields, err := r.Read()
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("line 1, column %d: %w", pe.Column, pe.Err)
			}
			return fields, err
		}
		if c.eof {
			return nil, io.EOF
		}
		if len(c.buf) > MaxRowBytes {
			return nil, errRowTooLong(c.line)
		}
		if err := c.fill(min(2*max(len(c.buf), 64<<10), MaxRowBytes+1)); err != nil {
			return nil, err
		}
	}
}

// errRowTooLong is the error of a file whose record starting at line
// runs past MaxRowBytes.
func errRowTooLong(line int) error {
	return fmt.Errorf("line %d: the row is longer than %d MiB, the longest read", line, MaxRowBytes>>20)
}

// bytesRead is how many bytes of the file have been read.
func (c *csvChunker) bytesRead() int64 { return c.h.n }

// countingHash is a hash that counts the bytes written to it.
type countingHash struct {
	hash.Hash
	n int64
}

func (h *countingHash) Write(p []byte) (int, error) {
	h.n += int64(len(p))
	return h.Hash.Write(p)
}

// crOnly says the start of a file, head, ends its lines with a lone CR
// (the "CSV (Macintosh)" of old Excel): it holds a CR, no LF, and its
// first CR is followed by something else than an LF (or ends the file).
func crOnly(head []byte, atEOF bool) bool {
	if bytes.IndexByte(head, '\n') >= 0 {
		return false
	}
	i := bytes.IndexByte(head, '\r')
	return i >= 0 && (i+1 < len(head) || atEOF)
}

// crToLF turns every CR of b into an LF.
func crToLF(b []byte) {
	for {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			return
		}
		b[i] = '\n'
		b = b[i+1:]
	}
}

// crReader reads a file whose lines end with CR as if they ended with LF.
type crReader struct{ r io.Reader }

func (c crReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	crToLF(p[:n])
	return n, err
}

func (c *csvChunker) digest() string { return fmt.Sprintf("%x", c.h.Sum(nil)) }

// detectDelimiter counts ',', ';' and tabs outside quotes on the header
// line and picks the most frequent; ',' when there are none.
func detectDelimiter(head []byte) byte {
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
	return best
}

// skipEmptyLines returns where the next record starts at or after pos, or
// -1 when more bytes are needed to know. Lines holding nothing (or only
// "\r") are no records.
func skipEmptyLines(b string, pos int, atEOF bool) int {
	for pos < len(b) {
		switch {
		case b[pos] == '\n':
			pos++
		case b[pos] == '\r' && pos+1 < len(b) && b[pos+1] == '\n':
			pos += 2
		case b[pos] == '\r' && pos+1 == len(b):
			if !atEOF {
				return -1
			}
			return len(b)
		default:
			return pos
		}
	}
	return pos
}

// lastRecordEnd returns the end of the last whole record in b (0 when b
// holds none yet).
func lastRecordEnd(b string, comma byte, atEOF bool) int {
	last := 0
	pos := 0
	for {
		pos = skipEmptyLines(b, pos, atEOF)
		if pos < 0 {
			return last
		}
		if pos >= len(b) {
			return pos // only empty lines after the last record
		}
		end := recordEnd(b, pos, comma, atEOF)
		if end == 0 {
			return last
		}
		last, pos = end, end
	}
}

// recordEnd returns the end of the record starting at pos (after its
// line end), or 0 when b ends before it does and more may come.
func recordEnd(b string, pos int, comma byte, atEOF bool) int {
	more := func() int {
		if atEOF {
			return len(b)
		}
		return 0
	}
	// Most records are one line. A record goes on past its first line
	// only when that line ends inside a quoted field, after an odd number
	// of quotes: each field before it is quoted with an even number or
	// not quoted at all (a quote there is an error, which ends the record
	// with its line), and the field itself has its opening quote and pairs.
	nl := strings.IndexByte(b[pos:], '\n')
	if nl >= 0 && strings.Count(b[pos:pos+nl], `"`)%2 == 0 {
		return pos + nl + 1
	}
	// lineEnd ends a record whose quoting is wrong: at the end of its line.
	lineEnd := func(i int) int {
		for ; i < len(b); i++ {
			if b[i] == '\n' {
				return i + 1
			}
		}
		return more()
	}
	i := pos
	for {
		if i < len(b) && b[i] == '"' {
			// A quoted field: up to a quote followed by the delimiter or the
			// line end; "" is a quote within it.
			i++
			for {
				for i < len(b) && b[i] != '"' {
					i++
				}
				if i+1 >= len(b) {
					return more()
				}
				i++
				switch c := b[i]; {
				case c == '"':
					i++
					continue
				case c == comma:
					i++
				case c == '\n':
					return i + 1
				case c == '\r' && i+1 == len(b):
					return more()
				case c == '\r' && b[i+1] == '\n':
					return i + 2
				default:
					return lineEnd(i)
				}
				break
			}
			continue
		}
		// An unquoted field: up to the delimiter or the line end; a quote in
		// it is an error that ends the record with its line.
		for ; i < len(b); i++ {
			switch b[i] {
			case comma:
			case '\n':
				return i + 1
			case '"':
				return lineEnd(i)
			default:
				continue
			}
			break
		}
		if i >= len(b) {
			return more()
		}
		i++ // past the delimiter
	}
}

// chunkRecord is one record of a chunk: its fields, or why it cannot be
// split.
type chunkRecord struct {
	line   int
	fields []string
	err    *csv.ParseError // lines in it are the file's
	valid  bool            // the record is valid UTF-8
}

// splitChunk cuts a chunk into records, calling emit for each. Records
// without quotes are split in place (the fields are substrings of text);
// others go through encoding/csv.
func splitChunk(text string, line int, comma byte, emit func(chunkRecord)) {
	var fields []string
	pos := 0
	for pos < len(text) {
		start := skipEmptyLines(text, pos, true)
		line += strings.Count(text[pos:start], "\n")
		if start >= len(text) {
			return
		}
		// Most records are one line with an even number of quotes (see
		// recordEnd): its line and quote counts are known from that test.
		var end, lines int
		quoted := false
		if nl := strings.IndexByte(text[start:], '\n'); nl >= 0 {
			if n := strings.Count(text[start:start+nl], `"`); n%2 == 0 {
				end, lines, quoted = start+nl+1, 1, n > 0
			}
		}
		if end == 0 {
			end = recordEnd(text, start, comma, true)
			lines = strings.Count(text[start:end], "\n")
			quoted = strings.IndexByte(text[start:end], '"') >= 0
		}
		rec := text[start:end]
		var ok bool
		if !quoted {
			fields, ok = splitPlain(rec, comma, fields[:0]), true
		} else {
			fields, ok = splitSimpleQuotes(rec, comma, fields[:0])
		}
		if ok {
			emit(chunkRecord{line: line, fields: fields, valid: utf8.ValidString(rec)})
		} else {
			splitQuoted(rec, line, comma, emit)
		}
		line += lines
		pos = end
	}
}

// splitPlain splits one line without quotes at the delimiter, dropping its
// line end as encoding/csv does ("\r\n" counts as "\n"; a last "\r" at the
// end of the file goes).
func splitPlain(rec string, comma byte, fields []string) []string {
	rec = strings.TrimSuffix(rec, "\n")
	rec = strings.TrimSuffix(rec, "\r")
	for {
		if rec != "" && rec[0] == comma { // an empty field, the commonest in wide files
			fields = append(fields, "")
			rec = rec[1:]
			continue
		}
		i := strings.IndexByte(rec, comma)
		if i < 0 {
			return append(fields, rec)
		}
		fields = append(fields, rec[:i])
		rec = rec[i+1:]
	}
}

// splitSimpleQuotes splits a record whose quoted fields are well formed
// and hold no "\r"; ok is false for any other record, which encoding/csv
// then reads (and reports on).
func splitSimpleQuotes(rec string, comma byte, fields []string) ([]string, bool) {
	rec = strings.TrimSuffix(rec, "\n")
	rec = strings.TrimSuffix(rec, "\r")
	if strings.IndexByte(rec, '\r') >= 0 {
		return nil, false
	}
	// q is where the next quote is in rec (-1: none), found once per
	// quoted field rather than searched for in every field.
	q := strings.IndexByte(rec, '"')
	for {
		if rec != "" && rec[0] == comma { // an empty field, the commonest in wide files
			fields = append(fields, "")
			rec = rec[1:]
			if q >= 0 {
				q--
			}
			continue
		}
		if q != 0 {
			i := strings.IndexByte(rec, comma)
			field := rec
			if i >= 0 {
				field = rec[:i]
			}
			if q >= 0 && q < len(field) { // a quote inside an unquoted field
				return nil, false
			}
			fields = append(fields, field)
			if i < 0 {
				return fields, true
			}
			rec = rec[i+1:]
			if q >= 0 {
				q -= i + 1
			}
			continue
		}
		// A quoted field: "" stands for a quote.
		i, escaped := 1, false
		for {
			j := strings.IndexByte(rec[i:], '"')
			if j < 0 {
				return nil, false
			}
			j += i
			if j+1 < len(rec) && rec[j+1] == '"' {
				escaped = true
				i = j + 2
				continue
			}
			field := rec[1:j]
			if escaped {
				field = unescapeQuotes(field)
			}
			fields = append(fields, field)
			rest := rec[j+1:]
			switch {
			case rest == "":
				return fields, true
			case rest[0] == comma:
				rec = rest[1:]
				q = strings.IndexByte(rec, '"')
			default:
				return nil, false
			}
			break
		}
	}
}

// unescapeQuotes turns each "" of a quoted field's text, whose every quote
// is one of a pair, into ", in one allocation: a search for the next
// quote and a copy up to it per pair (strings.ReplaceAll counts the pairs
// first and searches for two bytes, twice the work on a citation-heavy
// file such as GTD's).
func unescapeQuotes(field string) string {
	var b strings.Builder
	b.Grow(len(field))
	for {
		i := strings.IndexByte(field, '"')
		if i < 0 || i+1 >= len(field) {
			b.WriteString(field)
			return b.String()
		}
		b.WriteString(field[:i+1])
		field = field[i+2:]
	}
}

// splitQuoted reads a record with quotes through encoding/csv.
func splitQuoted(rec string, line int, comma byte, emit func(chunkRecord)) {
	r := csv.NewReader(strings.NewReader(rec))
	r.Comma, r.FieldsPerRecord = rune(comma), -1
	for {
		fields, err := r.Read()
		if err == io.EOF {
			return
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			e := *pe
			e.StartLine += line - 1
			e.Line += line - 1
			emit(chunkRecord{line: e.StartLine, err: &e})
			continue
		}
		start, _ := r.FieldPos(0)
		emit(chunkRecord{line: line + start - 1, fields: fields})
	}
}

// joinRecord shows a record as a line of its file.
func joinRecord(rec []string, comma rune) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = comma
	w.Write(rec)
	w.Flush()
	return strings.TrimRight(b.String(), "\r\n")
}
