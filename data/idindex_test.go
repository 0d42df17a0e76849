package data

import "testing"

// Two ids with one hash are told apart.
func TestIDIndexClash(t *testing.T) {
	x := newIDIndex(0)
	ids := []string{"A", "B"}
	x.add("A", 7, 0)
	x.add("B", 7, 1) // the same hash: filed by its text
	for _, c := range []struct {
		id   string
		row  int32
		seen bool
	}{{"A", 0, true}, {"B", 1, true}, {"C", 0, false}} {
		if row, seen := x.find(c.id, 7, ids); row != c.row || seen != c.seen {
			t.Errorf("find(%s) = %d, %v; want %d, %v", c.id, row, seen, c.row, c.seen)
		}
	}
}
