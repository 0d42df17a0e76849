package data

import (
	"strings"
	"testing"
)

// A text column gives back every string as it was added or set: empty
// strings, strings that fill a chunk and one longer than a chunk; and a
// column that took another's strings (sharing its chunks) adds its own
// without writing over the other's.
func TestTextColumn(t *testing.T) {
	long := strings.Repeat("L", textColumnChunk+5)
	near := strings.Repeat("n", textColumnChunk-3)
	want := []string{"A-1", "", near, "A-2", long, "A-3"}
	a := textColumnOf(want)
	b := makeTextColumn(2, 2)
	b.set(1, "B-1")
	b.appendColumn(&a)
	b.add("B-2")
	a.add("A-4")
	wantA := append(want, "A-4")
	wantB := append([]string{"", "B-1"}, append(want, "B-2")...)
	for _, c := range []struct {
		name string
		col  *textColumn
		want []string
	}{{"a", &a, wantA}, {"b", &b, wantB}} {
		if c.col.len() != len(c.want) {
			t.Fatalf("column %s holds %d ids, want %d", c.name, c.col.len(), len(c.want))
		}
		for i, w := range c.want {
			if got := c.col.get(i); got != w {
				t.Errorf("column %s, id %d: %.12q… (%d bytes), want %.12q… (%d bytes)", c.name, i, got, len(got), w, len(w))
			}
		}
	}
}
