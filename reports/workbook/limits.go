package workbook

import (
	"fmt"
	"math"
	"time"
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

// streamRows is the size past which a grid is streamed (writeStream)
// rather than set cell by cell: excelize keeps a sheet written with its
// normal API in memory as a few hundred bytes a cell, so the Quality
// sheet of 300,000 rejected rows (100,000 listed per table, six cells
// each) would take hundreds of megabytes.
var streamRows = 20_000

// writeStream writes the grid as write does, but through excelize's stream
// writer: values, styles, widths, panes and page setup the same, but only
// the longest of its tables made an Excel table (the stream writer makes
// one a sheet).
func (g *grid) writeStream(f *excelize.File, sheet string, st styles) error {
	widths := g.widths(st)
	// The page setup first: the stream writer keeps what the sheet has.
	titleRows, columns := 0, 0
	if len(g.tables) > 0 {
		titleRows = g.tables[0].headerRow
	}
	for _, row := range g.rows {
		columns = max(columns, len(row))
	}
	if err := printSetup(f, sheet, columns, titleRows, g.onePage); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	if err := widths.apply(func(col int, width float64) error { return sw.SetColWidth(col, col, width) }); err != nil {
		return err
	}
	panes := g.panes
	if panes == nil && len(g.tables) > 0 {
		panes = freezeRows(g.tables[0].headerRow)
	}
	if panes != nil {
		if err := sw.SetPanes(panes); err != nil {
			return err
		}
	}
	var values []any
	numberHeaders := g.numberHeaders(st)
	for r, row := range g.rows {
		values = values[:0]
		for i, c := range row {
			c.style = effectiveStyle(c, numberHeaders[[2]int{r, i}], st)
			values = append(values, streamValue(c, st))
		}
		ref, _ := excelize.CoordinatesToCellName(1, r+1)
		var opts []excelize.RowOpts
		if h, ok := g.rowHeight(r, widths, st); ok {
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		if err := sw.SetRow(ref, values, opts...); err != nil {
			return fmt.Errorf("sheet %s, row %d: %w", sheet, r+1, err)
		}
	}
	// The stream writer keeps one table a sheet (a second one would leave
	// the first's part orphaned, which Excel repairs away): the longest.
	if len(g.tables) > 0 {
		t := g.tables[0]
		for _, u := range g.tables[1:] {
			if u.last-u.headerRow > t.last-t.headerRow {
				t = u
			}
		}
		from, _ := excelize.CoordinatesToCellName(t.firstCol, t.headerRow)
		to, _ := excelize.CoordinatesToCellName(t.lastCol, t.last)
		if err := sw.AddTable(&excelize.Table{Range: from + ":" + to, Name: t.name, StyleName: tableStyle}); err != nil {
			return fmt.Errorf("sheet %s, table %s: %w", sheet, t.name, err)
		}
	}
	return sw.Flush()
}

// streamValue is what the stream writer is given for c: what setCell
// writes, as a value of the stream writer.
func streamValue(c cell, st styles) any {
	var v any
	switch x := c.value.(type) {
	case int, string:
		if x != "" {
			v = x
		}
	case float64:
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			v = x
		}
	case time.Time:
		if serial, ok := excelDate(x); ok {
			v = serial
		} else {
			v = x.Format(time.DateOnly)
		}
	}
	if c.style == 0 {
		return v
	}
	return excelize.Cell{StyleID: c.style, Value: v}
}
