package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// stdRecords reads b with encoding/csv, the reference: each record as its
// line and fields, or its error.
func stdRecords(b []byte, comma byte) []string {
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma, r.FieldsPerRecord = rune(comma), -1
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			out = append(out, fmt.Sprintf("error %d %d %d %v", pe.StartLine, pe.Line, pe.Column, pe.Err))
			continue
		}
		line, _ := r.FieldPos(0)
		out = append(out, fmt.Sprintf("%d %q", line, rec))
	}
}

// chunkedRecords reads b as Load does, in chunks of about size bytes.
func chunkedRecords(t *testing.T, b []byte, comma byte, size int) []string {
	c, err := newCSVChunker(bytes.NewReader(b), rune(comma))
	if err != nil {
		t.Fatal(err)
	}
	c.size = size
	var out []string
	emit := func(cr chunkRecord) {
		if cr.err != nil {
			out = append(out, fmt.Sprintf("error %d %d %d %v", cr.err.StartLine, cr.err.Line, cr.err.Column, cr.err.Err))
			return
		}
		out = append(out, fmt.Sprintf("%d %q", cr.line, cr.fields))
	}
	h, err := c.header()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	emit(chunkRecord{line: 1, fields: h})
	for {
		b, err := c.next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		splitChunk(b.text, b.line, comma, emit)
	}
}

// The chunked reader finds the records, fields and errors encoding/csv
// finds, wherever the chunks end.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"a,b\n1,2\n",
		"a,b\r\n\"x\r\ny\",2\r\n\r\n3,\"\"\"q\"\"\"\n",
		"a\n\"unterminated\n1\n2\n",
		"a,b\nab\"c,\"x\ny\"\n3,4\n",
		"a,b\n\"x\"y,2\n\"p\"\"\",\n\n\n",
		"a;b\n1;\"2;3\"\r",
		"a,b\n\"multi\nline\",\"x\"\r\n",
		"a\n\r\n\r\r\n\"\"\n",
	} {
		f.Add([]byte(s), uint8(0), uint8(3))
	}
	f.Fuzz(func(t *testing.T, in []byte, sep uint8, size uint8) {
		comma := []byte{',', ';', '\t'}[sep%3]
		if !utf8.Valid(in) {
			// Not UTF-8: the reader decodes it (Windows-1252, see
			// encoding_test.go) where encoding/csv keeps the bytes.
			t.Skip()
		}
		in = append([]byte("h\n"), in...) // a header that always reads
		want := stdRecords(in, comma)
		got := chunkedRecords(t, in, comma, int(size%64)+1)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("input %q:\nchunked\n  %s\nencoding/csv\n  %s", in, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
	})
}
