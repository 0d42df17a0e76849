package workbook

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-gota/gota/series"
	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// wbMaxIncidentRows is how many incidents one sheet holds under its header
// row: Excel's row limit less one. Past it the Incidents sheet is split.
var wbMaxIncidentRows = excelize.TotalRows - 1

// wbPrecision is how much of an incident date is known.
type wbPrecision int

const (
	wbDayPrecision wbPrecision = iota
	wbMonthPrecision
	wbYearPrecision
)

// wbDatePrecision is the precision of a date split into year, month and
// day (0 when not known).
func wbDatePrecision(month, day int) wbPrecision {
	switch {
	case month == 0:
		return wbYearPrecision
	case day == 0:
		return wbMonthPrecision
	}
	return wbDayPrecision
}

// wbInPeriod reports whether an incident dated y-m-d with precision prec
// lies in p, by the one rule every output uses (analysis.Period.Holds). A
// date that is not a calendar day lies nowhere.
func wbInPeriod(p analysis.Period, y, m, d int, prec wbPrecision) bool {
	switch prec {
	case wbYearPrecision:
		m, d = 0, 0
	case wbMonthPrecision:
		d = 0
	}
	if y < 1 || y > 9999 || m < 0 || m > 12 || (m > 0 && d > 0 && time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d) {
		return false
	}
	return p.Holds(y, m, d)
}

// wbColumnKind says how a column of the Incidents sheet is written.
type wbColumnKind int

const (
	wbColText       wbColumnKind = iota
	wbColInt                     // an int; empty when missing
	wbColFloat                   // a number; empty when NaN (latitude, longitude)
	wbColBool                    // TRUE or FALSE
	wbColDate                    // the incident date: a date, or text for a month or a year
	wbColSourceDate              // a date when given as YYYY-MM-DD, else text
	wbColLink                    // a link when it is a http(s) URL, else text
)

// wbIncidentColumn is one column of the Incidents sheet, its values taken
// out of the frame once as a typed slice.
type wbIncidentColumn struct {
	name   string
	kind   wbColumnKind
	text   []string
	na     []bool
	ints   []int
	floats []float64
	bools  []bool
}

// wbIncidents is the Incidents sheet before it is written: the columns of
// the frame and the frame rows that lie in the period.
type wbIncidents struct {
	columns          []wbIncidentColumn
	rows             []int // frame rows in the period, in frame order
	year, month, day []int
	precision        []wbPrecision
}

// wbReadIncidents picks the incidents of period and takes their columns
// out of the incidents table, as a Gota frame and its details. The year,
// month and day columns, which split the date, are not shown: the date
// column shows them.
func wbReadIncidents(t *data.Incidents, period analysis.Period) (*wbIncidents, error) {
	inc := &wbIncidents{}
	if t.Nrow() == 0 {
		return inc, nil
	}
	year, month, day := t.Dates()
	rows := []int{}
	for i := range year {
		y, m, d := int(year[i]), int(month[i]), int(day[i])
		if wbInPeriod(period, y, m, d, wbDatePrecision(m, d)) {
			rows = append(rows, i)
			inc.year, inc.month, inc.day = append(inc.year, y), append(inc.month, m), append(inc.day, d)
			inc.precision = append(inc.precision, wbDatePrecision(m, d))
		}
	}
	inc.rows = make([]int, len(rows))
	for i := range inc.rows {
		inc.rows[i] = i
	}
	df, details := t.Frame(rows)
	if df.Err != nil {
		return nil, fmt.Errorf("incidents table: %w", df.Err)
	}
	var err error
	for _, name := range df.Names() {
		switch name {
		case data.ColYear, data.ColMonth, data.ColDay:
			continue
		}
		s := df.Col(name)
		if s.Err != nil {
			return nil, fmt.Errorf("incidents table, column %s: %w", name, s.Err)
		}
		c := wbIncidentColumn{name: name, na: s.IsNaN()}
		switch {
		case name == data.ColDate:
			c.kind = wbColDate
		case name == data.ColSourceDate:
			c.kind, c.text = wbColSourceDate, s.Records()
		case name == data.ColSourceURL:
			c.kind, c.text = wbColLink, s.Records()
		case s.Type() == series.Int:
			c.kind = wbColInt
			if c.ints, err = s.Int(); err != nil { // a missing value: go by the floats
				c.ints = make([]int, s.Len())
				for i, v := range s.Float() {
					if !math.IsNaN(v) {
						c.ints[i] = int(v)
					}
				}
			}
		case s.Type() == series.Float:
			c.kind, c.floats = wbColFloat, s.Float()
		case s.Type() == series.Bool:
			if c.bools, err = s.Bool(); err == nil {
				c.kind = wbColBool
			} else {
				c.kind, c.text = wbColText, s.Records()
			}
		default:
			c.kind, c.text = wbColText, s.Records()
		}
		inc.columns = append(inc.columns, c)
	}
	if details != nil {
		inc.columns = append(inc.columns, wbDetailColumns(details)...)
	}
	return inc, nil
}

// wbDetailColumns are the incidents' columns kept beside the frame
// (coordinates, agency, lists, sources, notes, unknown columns).
func wbDetailColumns(d *data.Details) []wbIncidentColumn {
	cols := []wbIncidentColumn{
		{name: data.ColLatitude, kind: wbColFloat, floats: d.Latitude},
		{name: data.ColLongitude, kind: wbColFloat, floats: d.Longitude},
	}
	for i, name := range d.Names {
		c := wbIncidentColumn{name: name, kind: wbColText, text: d.Text[i]}
		switch name {
		case data.ColSourceDate:
			c.kind = wbColSourceDate
		case data.ColSourceURL:
			c.kind = wbColLink
		}
		cols = append(cols, c)
	}
	return cols
}

// missing reports whether row i has no value (NaN in the frame).
func (c *wbIncidentColumn) missing(i int) bool { return c.na != nil && c.na[i] }

// sheetNames names the sheets the incidents fill: "Incidents", then
// "Incidents (2)" and on when they pass Excel's row limit.
func (inc *wbIncidents) sheetNames(lang wbLang) []string {
	base := wbSheetName(lang.t("wb.sheet.incidents"))
	names := []string{base}
	for k := 2; (k-1)*wbMaxIncidentRows < len(inc.rows); k++ {
		names = append(names, wbSheetName(lang.f("wb.sheet.part", base, lang.int(k))))
	}
	return names
}

// value returns what column c shows for frame row i: nil for an empty
// cell, a plain value, or an excelize.Cell for a styled one. Text is always
// a string value, never a formula; the one formula is the HYPERLINK of a
// checked URL.
func (inc *wbIncidents) value(c *wbIncidentColumn, i int, st wbStyles) any {
	switch c.kind {
	case wbColDate:
		y, m, d := inc.year[i], inc.month[i], inc.day[i]
		switch inc.precision[i] {
		case wbYearPrecision:
			return fmt.Sprintf("%04d", y)
		case wbMonthPrecision:
			return fmt.Sprintf("%04d-%02d", y, m)
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if serial, ok := wbExcelDate(t); ok {
			return excelize.Cell{StyleID: st.date, Value: serial}
		}
		return t.Format(time.DateOnly)
	case wbColInt:
		if c.missing(i) {
			return nil
		}
		return c.ints[i]
	case wbColFloat:
		if v := c.floats[i]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			return v
		}
		return nil
	case wbColBool:
		return c.bools[i]
	}
	s := c.text[i]
	if c.missing(i) || s == "" {
		return nil
	}
	switch c.kind {
	case wbColSourceDate:
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			if serial, ok := wbExcelDate(t); ok {
				return excelize.Cell{StyleID: st.date, Value: serial}
			}
		}
	case wbColLink:
		if formula, ok := wbHyperlinkFormula(s); ok {
			return excelize.Cell{StyleID: st.link, Formula: formula, Value: s}
		}
	}
	return s
}

// width estimates how many characters column c shows for frame row i.
func (inc *wbIncidents) width(c *wbIncidentColumn, i int) int {
	switch c.kind {
	case wbColDate:
		switch inc.precision[i] {
		case wbYearPrecision:
			return 4
		case wbMonthPrecision:
			return 7
		}
		return len(wbFormatDate)
	case wbColInt:
		return len(strconv.Itoa(c.ints[i]))
	case wbColFloat:
		return min(len(strconv.FormatFloat(c.floats[i], 'g', -1, 64)), 12)
	case wbColBool:
		return 5
	}
	if c.missing(i) {
		return 0
	}
	return wbTextWidth(c.text[i])
}

// write streams the incidents onto the sheets named (see sheetNames), each
// with the header row, frozen header and first column, fitted widths and
// an Excel table for filtering. The sheets must exist and be empty.
func (inc *wbIncidents) write(f *excelize.File, sheets []string, st wbStyles, lang wbLang) error {
	header := make([]any, len(inc.columns))
	labels := make([]string, len(inc.columns))
	var widths wbWidths
	for j := range inc.columns {
		c := &inc.columns[j]
		label := lang.column(c.name)
		header[j] = excelize.Cell{StyleID: st.header, Value: label}
		labels[j] = label
		widths.see(j, wbTextWidth(label)+3)
		for _, i := range inc.rows {
			widths.see(j, inc.width(c, i))
		}
	}
	row := make([]any, len(inc.columns))
	for k, sheet := range sheets {
		sw, err := f.NewStreamWriter(sheet)
		if err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if err := widths.apply(func(col int, width float64) error { return sw.SetColWidth(col, col, width) }); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if len(inc.columns) == 0 {
			if err := sw.SetRow("A1", []any{lang.t("wb.incidents.none")}); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
			if err := sw.Flush(); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
			continue
		}
		if err := sw.SetPanes(wbFreezeHeader(true)); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if err := sw.SetRow("A1", header); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
		part := inc.rows[min(k*wbMaxIncidentRows, len(inc.rows)):min((k+1)*wbMaxIncidentRows, len(inc.rows))]
		for r, i := range part {
			for j := range inc.columns {
				row[j] = inc.value(&inc.columns[j], i, st)
			}
			ref, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := sw.SetRow(ref, row); err != nil {
				return fmt.Errorf("sheet %s, row %d: %w", sheet, r+2, err)
			}
		}
		if len(part) == 0 {
			if err := sw.SetRow("A2", []any{lang.t("wb.incidents.none")}); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
		} else if wbTableHeaderOK(labels) {
			last, _ := excelize.CoordinatesToCellName(len(inc.columns), len(part)+1)
			name := "Incidents"
			if k > 0 {
				name += "_" + strconv.Itoa(k+1)
			}
			if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: name, StyleName: wbTableStyle}); err != nil {
				return fmt.Errorf("sheet %s: %w", sheet, err)
			}
		}
		if err := sw.Flush(); err != nil {
			return fmt.Errorf("sheet %s: %w", sheet, err)
		}
	}
	return nil
}

// wbMaxFormulaText is the longest text Excel accepts inside a formula.
const wbMaxFormulaText = 255

// wbHyperlinkFormula returns the HYPERLINK formula that opens url, or
// false when url is not a plain http(s) URL short enough for a formula:
// such a value is written as text. The URL sits in a string literal with
// its quotes doubled, so nothing in it can become formula syntax; other
// schemes (file:, javascript:, UNC paths) never become links.
//
// The stream writer has no SetCellHyperLink (excelize issue #982, open
// since v2.4); the HYPERLINK function is the workaround given there and in
// #1489, and it has no 65,530-links-a-sheet limit.
func wbHyperlinkFormula(url string) (string, bool) {
	lower := strings.ToLower(url)
	if !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "http://") {
		return "", false
	}
	for _, r := range url {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return "", false
		}
	}
	quoted := strings.ReplaceAll(url, `"`, `""`)
	if utf8.RuneCountInString(quoted) > wbMaxFormulaText {
		return "", false
	}
	return `HYPERLINK("` + quoted + `")`, true
}
