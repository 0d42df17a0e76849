package workbook

import (
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// maxCellText is the most text an Excel cell holds: 32,767 characters,
// counted in UTF-16 code units as Excel (and excelize) count them.
const maxCellText = excelize.TotalCellChars

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// tooLong reports whether s is more than a cell holds. A string has no
// more UTF-16 units than bytes, so a short one is not looked through.
func tooLong(s string) bool { return len(s) > maxCellText && utf16Len(s) > maxCellText }

// fitCell returns s as a cell can hold it: whole when it fits, else cut at
// a character boundary so that, with marker after it, it is exactly at
// most maxCellText long. Excelize would cut it silently; the marker says
// so in the cell, and the Quality sheet counts such cells.
func fitCell(s, marker string) (string, bool) {
	if !tooLong(s) {
		return s, false
	}
	room := maxCellText - utf16Len(marker)
	n, end := 0, 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > room {
			end = i
			break
		}
		n += w
		end = i + utf8.RuneLen(r)
	}
	return s[:end] + marker, true
}

// fitTexts cuts the text cells of g that are more than a cell holds (see
// fitCell) and returns how many it cut.
func (g *grid) fitTexts(marker string) int {
	n := 0
	for _, row := range g.rows {
		for i, c := range row {
			if s, ok := c.value.(string); ok {
				if cut, ok := fitCell(s, marker); ok {
					row[i].value = cut
					n++
				}
			}
		}
	}
	return n
}

// prepend puts rows above everything on g, moving its tables down.
func (g *grid) prepend(rows ...[]cell) {
	g.rows = append(append(make([][]cell, 0, len(rows)+len(g.rows)), rows...), g.rows...)
	for i := range g.tables {
		g.tables[i].headerRow += len(rows)
		g.tables[i].last += len(rows)
	}
}
