package reports

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
)

// Number formats of the workbook.
const (
	wbFormatDate    = "yyyy-mm-dd" // ISO: unambiguous in every country concerned
	wbFormatPercent = "0.0%"
	wbFormatRatio   = "0.00"
)

// Column widths, in Excel's character units.
const (
	wbMinWidth = 6
	wbMaxWidth = 60
)

// wbTableStyle is the built-in table style of the data tables: light bands
// under our own header style.
const wbTableStyle = "TableStyleLight1"

// wbStyles are the cell styles of one workbook.
type wbStyles struct {
	header  int // bold on a fill: the header row of a table
	title   int // bold, larger: the title above a table
	bold    int // a total row
	date    int
	percent int
	ratio   int
	link    int
}

func newWBStyles(f *excelize.File) (wbStyles, error) {
	var st wbStyles
	date, percent, ratio := wbFormatDate, wbFormatPercent, wbFormatRatio
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center"},
		}},
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&st.date, excelize.Style{CustomNumFmt: &date}},
		{&st.percent, excelize.Style{CustomNumFmt: &percent}},
		{&st.ratio, excelize.Style{CustomNumFmt: &ratio}},
		{&st.link, excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return st, fmt.Errorf("making cell styles: %w", err)
		}
		*s.id = id
	}
	return st, nil
}

// wbCell is one cell of a sheet laid out in memory. Its value is nil, an
// int, a float64, a string (always written as text, never as a formula) or
// a time.Time (a calendar day, written as an Excel date).
type wbCell struct {
	value any
	style int
	// spill marks text that may run over the empty cells beside it (a
	// title, a sentence): it does not widen its column.
	spill bool
}

func wbText(s string) wbCell              { return wbCell{value: s} }
func wbStyled(s string, style int) wbCell { return wbCell{value: s, style: style} }
func wbSentence(s string) wbCell          { return wbCell{value: s, spill: true} }
func wbInt(n int) wbCell                  { return wbCell{value: n} }
func wbDay(t time.Time, st wbStyles) wbCell {
	return wbCell{value: t, style: st.date}
}

// wbNumber is a figure that may be missing: an empty cell when not Valid.
func wbNumber(v analysis.NullFloat, style int) wbCell {
	if !v.Valid || math.IsNaN(v.Float64) || math.IsInf(v.Float64, 0) {
		return wbCell{}
	}
	return wbCell{value: v.Float64, style: style}
}

// wbTable is a data table of a grid: a header row and the data rows under
// it, made an Excel table (with its filter buttons) when written.
type wbTable struct {
	name              string
	headerRow, last   int // 1-based rows
	firstCol, lastCol int // 1-based columns
}

// wbGrid is a sheet laid out in memory before it is written with the
// normal (not streamed) excelize API. It suits the small sheets; the
// Incidents sheet is streamed instead.
type wbGrid struct {
	rows   [][]wbCell
	tables []wbTable
	panes  *excelize.Panes
}

// add appends a row and returns its 1-based number.
func (g *wbGrid) add(cells ...wbCell) int {
	g.rows = append(g.rows, cells)
	return len(g.rows)
}

// headerRow appends a row of header cells.
func (g *wbGrid) headerRow(st wbStyles, labels ...string) int {
	cells := make([]wbCell, len(labels))
	for i, l := range labels {
		cells[i] = wbStyled(l, st.header)
	}
	return g.add(cells...)
}

// section appends a titled data table: a title row, a header row, the rows
// (or "none"), and a blank row after. A table with rows becomes an Excel
// table named name.
func (g *wbGrid) section(st wbStyles, cat wbCatalogue, title wbMsg, name string, header []string, rows [][]wbCell) {
	g.add(wbCell{value: cat.text(title), style: st.title, spill: true})
	h := g.headerRow(st, header...)
	if len(rows) == 0 {
		g.add(wbSentence(cat.text(wbMsgNone)))
	} else {
		for _, r := range rows {
			g.add(r...)
		}
		if wbTableHeaderOK(header) {
			g.tables = append(g.tables, wbTable{name: name, headerRow: h, last: len(g.rows), firstCol: 1, lastCol: len(header)})
		}
	}
	g.add()
}

// write puts the grid on sheet: values, styles, fitted widths, tables and
// panes.
func (g *wbGrid) write(f *excelize.File, sheet string, st wbStyles) error {
	var widths wbWidths
	for r, row := range g.rows {
		for c, cell := range row {
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := wbSetCell(f, sheet, ref, cell); err != nil {
				return fmt.Errorf("sheet %s, cell %s: %w", sheet, ref, err)
			}
			if !cell.spill {
				w := wbValueWidth(cell.value, cell.style, st)
				if cell.style == st.header {
					w += 3 // room for the filter button
				}
				widths.see(c, w)
			}
		}
	}
	if err := widths.apply(func(col int, width float64) error {
		name, err := excelize.ColumnNumberToName(col)
		if err != nil {
			return err
		}
		return f.SetColWidth(sheet, name, name, width)
	}); err != nil {
		return err
	}
	for _, t := range g.tables {
		from, _ := excelize.CoordinatesToCellName(t.firstCol, t.headerRow)
		to, _ := excelize.CoordinatesToCellName(t.lastCol, t.last)
		if err := f.AddTable(sheet, &excelize.Table{Range: from + ":" + to, Name: t.name, StyleName: wbTableStyle}); err != nil {
			return fmt.Errorf("sheet %s, table %s: %w", sheet, t.name, err)
		}
	}
	if g.panes != nil {
		if err := f.SetPanes(sheet, g.panes); err != nil {
			return err
		}
	}
	return nil
}

// wbSetCell writes one cell with the typed setters: strings go through
// SetCellStr, so a value such as "=1+1" stays text and never becomes a
// formula.
func wbSetCell(f *excelize.File, sheet, ref string, cell wbCell) error {
	var err error
	switch v := cell.value.(type) {
	case nil:
	case int:
		err = f.SetCellInt(sheet, ref, int64(v))
	case float64:
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			err = f.SetCellFloat(sheet, ref, v, -1, 64)
		}
	case string:
		if v != "" {
			err = f.SetCellStr(sheet, ref, v)
		}
	case time.Time:
		if serial, ok := wbExcelDate(v); ok {
			err = f.SetCellFloat(sheet, ref, serial, -1, 64)
		} else {
			err = f.SetCellStr(sheet, ref, v.Format(time.DateOnly))
		}
	default:
		err = fmt.Errorf("no way to write a %T", v)
	}
	if err != nil {
		return err
	}
	if cell.style != 0 {
		return f.SetCellStyle(sheet, ref, ref, cell.style)
	}
	return nil
}

// wbExcelEpoch is day 0 of Excel's 1900 date system, as days count from
// 1 March 1900 on (Excel believes 1900 was a leap year).
var wbExcelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// wbExcelDate returns the Excel serial number of the calendar day of t, or
// false for a day Excel cannot show as a date (before 1 March 1900 or after
// 9999).
func wbExcelDate(t time.Time) (float64, bool) {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if d.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) || d.Year() > 9999 {
		return 0, false
	}
	return float64((d.Unix() - wbExcelEpoch.Unix()) / 86400), true
}

// wbWidths tracks the widest text of each column (0-based).
type wbWidths []int

func (w *wbWidths) see(col, chars int) {
	for len(*w) <= col {
		*w = append(*w, 0)
	}
	if chars > (*w)[col] {
		(*w)[col] = chars
	}
}

// apply sets every seen column to its fitted width, calling set with
// 1-based columns from the last to the first: the stream writer puts each
// new <col> before those it has, and Excel wants them in ascending order.
func (w wbWidths) apply(set func(col int, width float64) error) error {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == 0 {
			continue
		}
		if err := set(i+1, float64(min(max(w[i]+2, wbMinWidth), wbMaxWidth))); err != nil {
			return err
		}
	}
	return nil
}

// wbTableHeaderOK reports whether labels can head an Excel table: each
// one non-empty, free of control characters (a tab or a line break in a
// header makes Excel repair the table away) and unique ignoring case.
func wbTableHeaderOK(labels []string) bool {
	seen := make(map[string]bool, len(labels))
	for _, l := range labels {
		key := strings.ToLower(l)
		if l == "" || seen[key] || strings.IndexFunc(l, unicode.IsControl) >= 0 {
			return false
		}
		seen[key] = true
	}
	return true
}

// wbValueWidth estimates how many characters a value shows as.
func wbValueWidth(v any, style int, st wbStyles) int {
	switch v := v.(type) {
	case int:
		return len(strconv.Itoa(v))
	case float64:
		switch style {
		case st.percent:
			return len(strconv.FormatFloat(v*100, 'f', 1, 64)) + 1
		case st.ratio:
			return len(strconv.FormatFloat(v, 'f', 2, 64))
		case st.date:
			return len(wbFormatDate)
		}
		return min(len(strconv.FormatFloat(v, 'g', -1, 64)), 12)
	case string:
		return wbTextWidth(v)
	case time.Time:
		return len(wbFormatDate)
	case bool:
		return 5
	}
	return 0
}

// wbTextWidth is the length in characters of the longest line of s,
// counting no further than the widest column.
func wbTextWidth(s string) int {
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		n := utf8.RuneCountInString(line)
		if n > widest {
			widest = n
		}
		if widest >= wbMaxWidth {
			return wbMaxWidth
		}
	}
	return widest
}

// wbSheetName makes name a valid sheet name: no : \ / ? * [ ], no quote at
// either end, at most 31 characters.
func wbSheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '_'
		}
		return r
	}, name)
	name = strings.Trim(name, "'")
	var b strings.Builder
	units := 0
	for _, r := range name {
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		if units+n > excelize.MaxSheetNameLength {
			break
		}
		units += n
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "Sheet"
	}
	return b.String()
}
