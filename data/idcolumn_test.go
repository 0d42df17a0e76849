package data

import (
	"strings"
	"testing"
)

// An id column gives back every id as it was added or set: empty ids,
// ids that fill a chunk and one longer than a chunk; and a column that
// took another's ids (sharing its chunks) adds its own ids without
// writing over the other's.
func TestIDColumn(t *testing.T) {
	long := strings.Repeat("L", idChunk+5)
	near := strings.Repeat("n", idChunk-3)
	var a idColumn
	want := []string{"A-1", "", near, "A-2", long, "A-3"}
	for _, id := range want {
		a.add(id)
	}
	b := makeIDColumn(2, 2)
	b.set(1, "B-1")
	b.appendColumn(&a)
	b.add("B-2")
	a.add("A-4")
	wantA := append(want, "A-4")
	wantB := append([]string{"", "B-1"}, append(want, "B-2")...)
	for _, c := range []struct {
		name string
		col  *idColumn
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
