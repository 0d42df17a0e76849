package data

import (
	"bytes"
	"os"
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
