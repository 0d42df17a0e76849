package workbook

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFitCell(t *testing.T) {
	const marker = " […cut]"
	for _, c := range []struct {
		name string
		s    string
		cut  bool
	}{
		{"short", "a note", false},
		{"exactly the limit", strings.Repeat("a", maxCellText), false},
		{"limit in UTF-16, more in bytes", strings.Repeat("é", maxCellText), false},
		{"one over", strings.Repeat("a", maxCellText+1), true},
		{"40,910 characters", strings.Repeat("x", 40910), true},
		{"Arabic", strings.Repeat("ملاحظة ", 6000), true},
		// Each emoji is two UTF-16 units: 16,384 of them are 32,768.
		{"surrogate pairs", strings.Repeat("😀", 16384), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, cut := fitCell(c.s, marker)
			if cut != c.cut {
				t.Fatalf("cut = %v, want %v", cut, c.cut)
			}
			if !cut {
				if got != c.s {
					t.Errorf("text changed")
				}
				return
			}
			if n := utf16Len(got); n > maxCellText || n < maxCellText-1 {
				t.Errorf("cut to %d UTF-16 units, want %d (or one less before a surrogate pair)", n, maxCellText)
			}
			if !strings.HasSuffix(got, marker) || !strings.HasPrefix(c.s, strings.TrimSuffix(got, marker)) || !utf8.ValidString(got) {
				t.Errorf("cut text is not a prefix of the text and the marker")
			}
		})
	}
}

func TestGridPrepend(t *testing.T) {
	g := &grid{}
	g.add(textCell("title"))
	g.tables = append(g.tables, table{name: "T", headerRow: 2, last: 5, firstCol: 1, lastCol: 2})
	g.prepend([]cell{textCell("warning")}, nil)
	if len(g.rows) != 3 || g.rows[0][0].value != "warning" || g.tables[0].headerRow != 4 || g.tables[0].last != 7 {
		t.Errorf("prepend: rows %v, table %+v", g.rows, g.tables[0])
	}
}
