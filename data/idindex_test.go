package data

import (
	"fmt"
	"testing"
)

// Two ids with one hash are told apart.
func TestIDIndexClash(t *testing.T) {
	x := newIDIndex(0)
	var ids textColumn
	for row, id := range []string{"A", "B"} {
		if got, slot := x.find(id, 7, &ids); got != -1 {
			t.Fatalf("%s found at row %d before it was added", id, got)
		} else {
			ids.add(id)
			x.add(7, int32(row), slot, &ids) // the same hash: told apart by the id
		}
	}
	for _, c := range []struct {
		id  string
		row int32
	}{{"A", 0}, {"B", 1}, {"C", -1}} {
		if row, _ := x.find(c.id, 7, &ids); row != c.row {
			t.Errorf("find(%s) = %d; want %d", c.id, row, c.row)
		}
	}
}

// The index grows as ids come, and from one made too small into one
// made ahead (take), and finds every row again.
func TestIDIndexGrows(t *testing.T) {
	var ids textColumn
	x := newIDIndex(0)
	for row := range 10000 {
		id := fmt.Sprintf("ID-%d", row)
		ids.add(id)
		_, slot := x.find(id, idHash(id), &ids)
		x.add(idHash(id), int32(row), slot, &ids)
	}
	ahead := newIDIndex(20000)
	ahead.take(&x, &ids)
	for _, idx := range []*idIndex{&x, &ahead} {
		for row := range ids.len() {
			id := ids.get(row)
			if got, _ := idx.find(id, idHash(id), &ids); got != int32(row) {
				t.Fatalf("find(%s) = %d, want %d (table of %d slots)", id, got, row, len(idx.slots))
			}
		}
		if got, _ := idx.find("ID-10000", idHash("ID-10000"), &ids); got != -1 {
			t.Errorf("an id never added is found at row %d", got)
		}
		if idx.n != ids.len() || idx.n*4 > len(idx.slots)*3 {
			t.Errorf("%d ids in %d slots", idx.n, len(idx.slots))
		}
	}
}
