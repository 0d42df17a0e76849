package editdist

import "testing"

// Distances worked by hand: kitten → sitting is the textbook 3 (two
// substitutions and an insertion); arests → arrests one insertion; runes,
// not bytes, are counted (Maroc → Marôc is one substitution); past the
// limit the answer is limit+1.
func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"kitten", "sitting", 5, 3},
		{"arests", "arrests", 2, 1},
		{"Maroc", "Marôc", 2, 1},
		{"", "abc", 5, 3},
		{"same", "same", 0, 0},
		{"kitten", "sitting", 2, 3},
		{"a", "abcdef", 2, 3},
	} {
		if got := Distance(c.a, c.b, c.limit); got != c.want {
			t.Errorf("Distance(%q, %q, %d) = %d, want %d", c.a, c.b, c.limit, got, c.want)
		}
	}
}
