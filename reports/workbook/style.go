package workbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
)

// Number formats of the workbook.
const (
	formatDate    = "yyyy-mm-dd" // ISO: unambiguous in every country concerned
	formatPercent = "0.0%"
	formatRatio   = "0.00"
	formatAverage = "#,##0.0" // a moving average of counts: 26,631.7
	formatPValue  = "0.000"
	formatCount   = "#,##0" // counts, with the thousands separator of the reader's Excel
	formatYear    = "0"     // a year, never 2,025
	// Changes carry their sign: +3, −2, 0.
	formatSignedCount   = "+#,##0;-#,##0;0"
	formatSignedRatio   = "+0.00;-0.00;0.00"
	formatSignedPercent = "+0.0%;-0.0%;0.0%"
)

// Column widths, in Excel's character units.
const (
	minWidth = 6
	maxWidth = 60
)

// tableStyle is the built-in table style of the data tables: light bands
// under our own header style.
const tableStyle = "TableStyleLight1"

// styles are the cell styles of one workbook.
type styles struct {
	header int // bold on a fill: the header row of a table
	title  int // bold, larger: the title above a table
	bold   int // a total row
	// boldCount is a count of a total row: bold, #,##0.
	boldCount int
	date      int
	percent   int
	ratio     int // also a statistic: a slope, a Z score
	average   int // a moving average of counts
	pValue    int
	link      int
	missing   int // "—" for a count not given: right-aligned, grey
	count     int // #,##0
	year      int // a year as a number, without a separator
	// headerNumber is the header of a column of numbers, aligned as they
	// are.
	headerNumber int
	// highlight is the fill of a change or a trend beyond chance, and note
	// the sentence under a table that says so.
	highlight int

	signedCount, signedPoints, signedRatio, signedPercent int

	// highlighted gives the highlighted twin of a style (highlight for 0).
	highlighted map[int]int
}

// highlightColour is the fill of a cell beyond chance: a light amber that
// prints as a light grey.
const highlightColour = "FFE699"

// hl returns the highlighted twin of style.
func (st styles) hl(style int) int {
	if h, ok := st.highlighted[style]; ok {
		return h
	}
	return st.highlight
}

func newStyles(f *excelize.File, lang locale) (styles, error) {
	var st styles
	format := func(s string) *string { return &s }
	// Percentage points carry their unit: +5.0 pts.
	pts := `" ` + lang.t("wb.unit.pts") + `"`
	formatSignedPoints := "+0.0" + pts + ";-0.0" + pts + ";0.0" + pts
	// Numbers, and the headers over them, are aligned explicitly, the same
	// way in every client: right, or left in a right-to-left sheet (where
	// Excel puts them; LibreOffice would put them right).
	numberAlign := "right"
	if lang.rtl() {
		numberAlign = "left"
	}
	numbers := &excelize.Alignment{Horizontal: numberAlign}
	for _, s := range []struct {
		id    *int
		style excelize.Style
	}{
		{&st.header, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		}},
		{&st.title, excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}},
		{&st.bold, excelize.Style{Font: &excelize.Font{Bold: true}}},
		{&st.boldCount, excelize.Style{Font: &excelize.Font{Bold: true}, CustomNumFmt: format(formatCount), Alignment: numbers}},
		{&st.date, excelize.Style{CustomNumFmt: format(formatDate), Alignment: numbers}},
		{&st.percent, excelize.Style{CustomNumFmt: format(formatPercent), Alignment: numbers}},
		{&st.ratio, excelize.Style{CustomNumFmt: format(formatRatio), Alignment: numbers}},
		{&st.average, excelize.Style{CustomNumFmt: format(formatAverage), Alignment: numbers}},
		{&st.pValue, excelize.Style{CustomNumFmt: format(formatPValue), Alignment: numbers}},
		{&st.signedCount, excelize.Style{CustomNumFmt: format(formatSignedCount), Alignment: numbers}},
		{&st.signedPoints, excelize.Style{CustomNumFmt: format(formatSignedPoints), Alignment: numbers}},
		{&st.signedRatio, excelize.Style{CustomNumFmt: format(formatSignedRatio), Alignment: numbers}},
		{&st.signedPercent, excelize.Style{CustomNumFmt: format(formatSignedPercent), Alignment: numbers}},
		{&st.link, excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}}},
		{&st.missing, excelize.Style{Font: &excelize.Font{Color: "767171"}, Alignment: &excelize.Alignment{Horizontal: numberAlign}}},
		{&st.count, excelize.Style{CustomNumFmt: format(formatCount), Alignment: numbers}},
		{&st.year, excelize.Style{CustomNumFmt: format(formatYear), Alignment: numbers}},
		{&st.headerNumber, excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", Horizontal: numberAlign, WrapText: true},
		}},
		{&st.highlight, excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{highlightColour}}}},
	} {
		id, err := f.NewStyle(&s.style)
		if err != nil {
			return st, fmt.Errorf("making cell styles: %w", err)
		}
		*s.id = id
	}
	// The highlighted twins of the styles a change or a verdict is in.
	st.highlighted = map[int]int{}
	for _, h := range []struct {
		style  *int
		numFmt string
	}{{&st.signedCount, formatSignedCount}, {&st.signedPercent, formatSignedPercent}, {&st.pValue, formatPValue}, {&st.signedPoints, formatSignedPoints}} {
		style := h.style
		id, err := f.NewStyle(&excelize.Style{
			CustomNumFmt: format(h.numFmt),
			Alignment:    numbers,
			Font:         &excelize.Font{Bold: true},
			Fill:         excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{highlightColour}},
		})
		if err != nil {
			return st, fmt.Errorf("making cell styles: %w", err)
		}
		st.highlighted[*style] = id
	}
	return st, nil
}

// cell is one cell of a sheet laid out in memory. Its value is nil, an
// int, a float64, a string (always written as text, never as a formula) or
// a time.Time (a calendar day, written as an Excel date).
type cell struct {
	value any
	style int
	// spill marks text that may run over the empty cells beside it (a
	// title, a sentence): it does not widen its column.
	spill bool
}

func textCell(s string) cell              { return cell{value: s} }
func styledCell(s string, style int) cell { return cell{value: s, style: style} }
func sentenceCell(s string) cell          { return cell{value: s, spill: true} }
func intCell(n int) cell                  { return cell{value: n} }
func dayCell(t time.Time, st styles) cell {
	return cell{value: t, style: st.date}
}

// notGiven stands in a cell for a count no incident gives: missing, never
// 0.
const notGiven = "—"

// countCell is a count that may be missing: "—", right-aligned as the
// numbers around it, when not Valid.
func countCell(n analysis.NullInt, st styles) cell {
	if !n.Valid {
		return cell{value: notGiven, style: st.missing}
	}
	return intCell(n.Int)
}

// numberCell is a figure that may be missing: an empty cell when not Valid.
func numberCell(v analysis.NullFloat, style int) cell {
	if !v.Valid || math.IsNaN(v.Float64) || math.IsInf(v.Float64, 0) {
		return cell{}
	}
	return cell{value: v.Float64, style: style}
}

// setCell writes one cell with the typed setters: strings go through
// SetCellStr, so a value such as "=1+1" stays text and never becomes a
// formula.
func setCell(f *excelize.File, sheet, ref string, cell cell) error {
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
		if serial, ok := excelDate(v); ok {
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

// excelEpoch is day 0 of Excel's 1900 date system, as days count from
// 1 March 1900 on (Excel believes 1900 was a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDate returns the Excel serial number of the calendar day of t, or
// false for a day Excel cannot show as a date (before 1 March 1900 or after
// 9999).
func excelDate(t time.Time) (float64, bool) {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if d.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) || d.Year() > 9999 {
		return 0, false
	}
	return float64((d.Unix() - excelEpoch.Unix()) / 86400), true
}

// widths tracks the widest text of each column (0-based).
type widths []int

func (w *widths) see(col, chars int) {
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
func (w widths) apply(set func(col int, width float64) error) error {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == 0 {
			continue
		}
		if err := set(i+1, float64(w.width(i))); err != nil {
			return err
		}
	}
	return nil
}

// width is the width column col (0-based) is set to.
func (w widths) width(col int) int {
	if col >= len(w) {
		return minWidth
	}
	return min(max(w[col]+2, minWidth), maxWidth)
}

// valueWidth estimates how many characters a value shows as.
func valueWidth(v any, style int, st styles) int {
	switch v := v.(type) {
	case int:
		n := len(strconv.Itoa(v))
		if style != st.year {
			n += (n - 1) / 3 // thousands separators
		}
		if style == st.signedCount && v > 0 {
			return n + 1
		}
		return n
	case float64:
		switch style {
		case st.percent, st.signedPercent:
			return len(strconv.FormatFloat(v*100, 'f', 1, 64)) + 2
		case st.ratio, st.signedRatio, st.pValue:
			return len(strconv.FormatFloat(v, 'f', 3, 64)) + 1
		case st.average:
			whole := len(strconv.FormatFloat(math.Abs(v), 'f', 0, 64))
			return len(strconv.FormatFloat(v, 'f', 1, 64)) + 1 + (whole-1)/3 // with its separators
		case st.signedPoints:
			return len(strconv.FormatFloat(v, 'f', 1, 64)) + 5
		case st.date:
			return len(formatDate)
		}
		return min(len(strconv.FormatFloat(v, 'g', -1, 64)), 12)
	case string:
		return textWidth(v)
	case time.Time:
		return len(formatDate)
	case bool:
		return 5
	}
	return 0
}

// textWidth is the length in characters of the longest line of s,
// counting no further than the widest column.
func textWidth(s string) int {
	widest := 0
	for line := range strings.SplitSeq(s, "\n") {
		n := utf8.RuneCountInString(line)
		if n > widest {
			widest = n
		}
		if widest >= maxWidth {
			return maxWidth
		}
	}
	return widest
}

// sheetName makes name a valid sheet name: no : \ / ? * [ ], no quote at
// either end, at most 31 characters.
func sheetName(name string) string {
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
