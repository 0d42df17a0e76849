package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// FuzzRead: whatever the bytes, reading never panics, every row is
// accounted for (rows read = accepted + copies dropped + rejected) and no
// string kept holds a part of a chunk (the tests poison chunks once their
// batch is over: poison_test.go).
func FuzzRead(f *testing.F) {
	for _, name := range []string{"testdata/seed.csv", "testdata/seed-ar.csv"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("incident_id,date,country\nA,2022-01-01,MA\nA,2022-01-01,MA\n"))
	f.Add([]byte("incident_id;date;country;notes\nA;04/10/2022;المغرب;\"x\ny\"\nB;2022-02-30;MA;\n"))
	f.Add([]byte("incident_id,date,country\n\"A,2022"))
	f.Fuzz(func(t *testing.T, in []byte) {
		l := newLoader(DefaultOptions(asOf))
		src, err := newCSVChunker(bytes.NewReader(in), 0)
		if err == nil {
			err = l.read("fuzz.csv", int64(len(in)), src)
		}
		if err != nil {
			return // a file that cannot be read at all: the load says so
		}
		ds := l.finish()
		checkNoPoison(t, ds, in) // nothing kept points into a recycled chunk
		a := ds.Files[0]
		if a.RowsRead != a.Accepted+a.CopiesDropped+a.Rejected {
			t.Fatalf("rows read %d ≠ %d accepted + %d dropped + %d rejected", a.RowsRead, a.Accepted, a.CopiesDropped, a.Rejected)
		}
		if len(ds.Rejected) != a.Rejected {
			t.Fatalf("%d rejected rows listed, %d counted", len(ds.Rejected), a.Rejected)
		}
		if ds.Incidents.Nrow() > a.Accepted {
			t.Fatalf("%d incidents from %d accepted reports", ds.Incidents.Nrow(), a.Accepted)
		}
	})
}

// FuzzReadXLSX: whatever the bytes of a workbook, reading it never
// panics nor hangs, every row is accounted for, and a zip that would
// inflate past the limits (limits.go) is refused. Its corpus
// (testdata/fuzz/FuzzReadXLSX) holds small workbooks: plain, in the 1904
// date system, with a formula without its value, header only, bad rows,
// columns normalising alike; the seeds added here are those cut short or
// with a byte changed, so that go test runs a few hundred inputs.
func FuzzReadXLSX(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzReadXLSX/seed-*")
	for _, name := range seeds {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		_, quoted, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(quoted, "[]byte("), ")"))
		if err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		in := []byte(s)
		for _, n := range []int{len(in) / 2, len(in) - 22, len(in) - 1} {
			f.Add(in[:n])
		}
		for i := 30; i < len(in); i += len(in) / 24 {
			c := bytes.Clone(in)
			c[i] ^= 0x5a
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		src, err := openXLSX(in, "")
		if err != nil {
			return // not a workbook that can be read: the load says so
		}
		defer src.close()
		l := newLoader(DefaultOptions(asOf))
		if err := l.read("fuzz.xlsx", int64(len(in)), src); err != nil {
			return
		}
		ds := l.finish()
		a := ds.Files[0]
		if a.RowsRead != a.Accepted+a.CopiesDropped+a.Rejected {
			t.Fatalf("rows read %d ≠ %d accepted + %d dropped + %d rejected", a.RowsRead, a.Accepted, a.CopiesDropped, a.Rejected)
		}
		if len(ds.Rejected) != a.Rejected {
			t.Fatalf("%d rejected rows listed, %d counted", len(ds.Rejected), a.Rejected)
		}
		if ds.Incidents.Nrow() > a.Accepted {
			t.Fatalf("%d incidents from %d accepted reports", ds.Incidents.Nrow(), a.Accepted)
		}
	})
}
