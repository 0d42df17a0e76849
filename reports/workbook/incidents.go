package workbook

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-gota/gota/series"
	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
)

// maxIncidentRows is how many incidents one sheet holds under its header
// row: Excel's row limit less one. Past it the Incidents sheet is split.
var maxIncidentRows = excelize.TotalRows - 1

// precision is how much of an incident date is known.
type precision int

const (
	dayPrecision precision = iota
	monthPrecision
	yearPrecision
)

// datePrecision is the precision of a date split into year, month and
// day (0 when not known).
func datePrecision(month, day int) precision {
	switch {
	case month == 0:
		return yearPrecision
	case day == 0:
		return monthPrecision
	}
	return dayPrecision
}

// inPeriod reports whether an incident dated y-m-d with precision prec
// lies in p, by the one rule every output uses (analysis.Period.Holds). A
// date that is not a calendar day lies nowhere.
func inPeriod(p analysis.Period, y, m, d int, prec precision) bool {
	switch prec {
	case yearPrecision:
		m, d = 0, 0
	case monthPrecision:
		d = 0
	}
	// Holds first: it turns most incidents away by their year.
	if y < 1 || y > 9999 || m < 0 || m > 12 || !p.Holds(y, m, d) {
		return false
	}
	return m == 0 || d == 0 || time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// columnKind says how a column of the Incidents sheet is written.
type columnKind int

const (
	colText       columnKind = iota
	colInt                   // an int; empty when missing
	colFloat                 // a number; empty when NaN (latitude, longitude)
	colBool                  // TRUE or FALSE
	colDate                  // the incident date: a date, or text for a month or a year
	colSourceDate            // a date when given as YYYY-MM-DD, else text
	colLink                  // a link when it is a http(s) URL, else text
)

// incidentColumn is one column of the Incidents sheet, its values taken
// out of the frame once as a typed slice.
type incidentColumn struct {
	name string
	// field, when set, shows a code as its name in the report's language
	// (namedFields); the codes are in the column after it, which is hidden
	// (code).
	field  string
	code   bool
	kind   columnKind
	text   []string
	na     []bool
	ints   []int
	floats []float64
	bools  []bool
}

// incidentSheet is the Incidents sheet before it is written: the
// incidents of the period, and the columns of one chunk of them at a time.
//
// The columns come out of the incidents table as a Gota frame, which
// stores 16–40 bytes an element: for a period of a million incidents the
// whole frame, and the typed columns taken out of it, would take well over
// a gigabyte. So the frame is made for incidentChunk incidents at a time —
// once to fit the column widths, once to write the rows — and the memory
// the sheet needs is that of one chunk, whatever the period holds.
type incidentSheet struct {
	table            *data.Incidents
	tableRows        []int // table rows in the period, in table order
	rows             []int // 0 … len(tableRows)−1: the sheet's rows
	year, month, day []int
	precision        []precision
	// columns are those of the chunk of rows from chunkStart (loaded).
	columns    []incidentColumn
	chunkStart int
	loaded     bool
	// cutMarker ends a text cut to fit a cell; cut counts the cells cut.
	cutMarker string
	cut       int
	lang      locale
	shownMemo map[[2]string]string // shown's answers, by field and code
}

// incidentChunk is how many incidents' columns are taken out of the table
// at once.
var incidentChunk = 1 << 16

// readIncidents picks the incidents of period, and takes the columns of
// the first chunk of them out of the incidents table (the sheet's columns
// are known from it). The year, month and day columns, which split the
// date, are not shown: the date column shows them.
func readIncidents(t *data.Incidents, period analysis.Period) (*incidentSheet, error) {
	inc := &incidentSheet{}
	if t.Nrow() == 0 {
		return inc, nil
	}
	year, month, day := t.Dates()
	rows := []int{}
	for i := range year {
		y, m, d := int(year[i]), int(month[i]), int(day[i])
		if inPeriod(period, y, m, d, datePrecision(m, d)) {
			rows = append(rows, i)
			inc.year, inc.month, inc.day = append(inc.year, y), append(inc.month, m), append(inc.day, d)
			inc.precision = append(inc.precision, datePrecision(m, d))
		}
	}
	inc.table, inc.tableRows = t, rows
	inc.rows = make([]int, len(rows))
	for i := range inc.rows {
		inc.rows[i] = i
	}
	return inc, inc.load(0)
}

// load takes the columns of the chunk holding sheet row i out of the
// table, unless they are already loaded.
func (inc *incidentSheet) load(i int) error {
	start := i / incidentChunk * incidentChunk
	if inc.table == nil || (inc.loaded && start == inc.chunkStart) {
		return nil
	}
	inc.columns, inc.loaded = nil, false // let the previous chunk go first
	rows := inc.tableRows[min(start, len(inc.tableRows)):min(start+incidentChunk, len(inc.tableRows))]
	df, details := inc.table.Frame(rows)
	if df.Err != nil {
		return fmt.Errorf("incidents table: %w", df.Err)
	}
	var columns []incidentColumn
	var err error
	for _, name := range df.Names() {
		switch name {
		case data.ColYear, data.ColMonth, data.ColDay:
			continue
		}
		s := df.Col(name)
		if s.Err != nil {
			return fmt.Errorf("incidents table, column %s: %w", name, s.Err)
		}
		c := incidentColumn{name: name, na: s.IsNaN()}
		switch {
		case name == data.ColDate:
			c.kind = colDate
		case name == data.ColSourceDate:
			c.kind, c.text = colSourceDate, s.Records()
		case name == data.ColSourceURL:
			c.kind, c.text = colLink, s.Records()
		case s.Type() == series.Int:
			c.kind = colInt
			if c.ints, err = s.Int(); err != nil { // a missing value: go by the floats
				c.ints = make([]int, s.Len())
				for i, v := range s.Float() {
					if !math.IsNaN(v) {
						c.ints[i] = int(v)
					}
				}
			}
		case s.Type() == series.Float:
			c.kind, c.floats = colFloat, s.Float()
		case s.Type() == series.Bool:
			if c.bools, err = s.Bool(); err == nil {
				c.kind = colBool
			} else {
				c.kind, c.text = colText, s.Records()
			}
		default:
			c.kind, c.text = colText, s.Records()
		}
		columns = append(columns, c)
	}
	if details != nil {
		columns = append(columns, detailColumns(details)...)
	}
	inc.columns, inc.chunkStart, inc.loaded = withCodeColumns(columns), start, true
	return nil
}

// namedFields are the Incidents columns whose codes are shown as names
// in the report's language ("MA": Morocco, Maroc, المغرب), by the catalogue
// field of their values; each is followed by a hidden column of the
// codes, for programs that filter or copy them.
var namedFields = map[string]string{
	data.ColCountry:          "country",
	data.ColEventType:        "event_type",
	data.ColDatePrecision:    "date_precision",
	data.ColAffiliation:      "affiliation",
	data.ColCooperationType:  "cooperation_type",
	data.ColPartnerCountries: countryList,
	data.ColArrestsByCountry: countryCounts,
}

// The fields of the lists of countries: "ES;US" (partner countries) and
// "MA:2;ES:9" (arrests by country).
const (
	countryList   = "country_list"
	countryCounts = "country_counts"
)

// withCodeColumns marks the named columns and puts a column of their
// codes, to be hidden, after each.
func withCodeColumns(columns []incidentColumn) []incidentColumn {
	out := make([]incidentColumn, 0, len(columns)+len(namedFields))
	for _, c := range columns {
		field, ok := namedFields[c.name]
		if !ok || c.kind != colText {
			out = append(out, c)
			continue
		}
		code := c
		code.name, code.code = c.name+"_code", true
		c.field = field
		out = append(out, c, code)
	}
	return out
}

// shown is how a code of a named column reads in the report's language:
// a country by its name, an enumerated value by its catalogue entry, any
// other value as it is.
func (inc *incidentSheet) shown(field, code string) string {
	// Asked twice for every cell of a named column (its width, its
	// value), of a few distinct codes: each is worked out once.
	k := [2]string{field, code}
	if s, ok := inc.shownMemo[k]; ok {
		return s
	}
	s := shownValue(field, code, inc.lang)
	if inc.shownMemo == nil {
		inc.shownMemo = map[[2]string]string{}
	}
	inc.shownMemo[k] = s
	return s
}

// shownValue is how a code of field reads in lang (see
// incidentSheet.shown).
func shownValue(field, code string, lang locale) string {
	switch field {
	case "country":
		if name, ok := i18n.Country(string(lang), code); ok {
			return name
		}
		return code
	case countryList, countryCounts:
		// Each country of the list by its name, a count after it as the
		// language writes it: "Morocco: 2; Spain: 9".
		items := strings.Split(code, ";")
		for i, item := range items {
			c, n, counted := strings.Cut(strings.TrimSpace(item), ":")
			name := shownValue("country", strings.TrimSpace(c), lang)
			if counted && field == countryCounts {
				name = lang.f("wb.name_value", name, strings.TrimSpace(n))
			}
			items[i] = name
		}
		return strings.Join(items, lang.t("wb.list_separator"))
	}
	return lang.value(field, code)
}

// detailColumns are the incidents' columns kept beside the frame
// (coordinates, agency, lists, sources, notes, unknown columns).
func detailColumns(d *data.Details) []incidentColumn {
	cols := []incidentColumn{
		{name: data.ColLatitude, kind: colFloat, floats: d.Latitude},
		{name: data.ColLongitude, kind: colFloat, floats: d.Longitude},
	}
	for i, name := range d.Names {
		c := incidentColumn{name: name, kind: colText, text: d.Text[i]}
		switch name {
		case data.ColSourceDate:
			c.kind = colSourceDate
		case data.ColSourceURL:
			c.kind = colLink
		}
		cols = append(cols, c)
	}
	return cols
}

// missing reports whether row i has no value (NaN in the frame).
func (c *incidentColumn) missing(i int) bool { return c.na != nil && c.na[i] }

// sheetNames names the sheets the incidents fill: "Incidents", then
// "Incidents (2)" and on when they pass Excel's row limit.
func (inc *incidentSheet) sheetNames(lang locale) []string {
	base := sheetName(lang.t("wb.sheet.incidents"))
	names := []string{base}
	for k := 2; (k-1)*maxIncidentRows < len(inc.rows); k++ {
		names = append(names, sheetName(lang.f("wb.sheet.part", base, lang.int(k))))
	}
	return names
}

// writeCell writes what column j shows for frame row i to w: nothing
// for an empty cell, else a number, a date, TRUE or FALSE, or text. Text
// is always a string value, never a formula; the one formula is the
// HYPERLINK of a checked URL.
func (inc *incidentSheet) writeCell(w *sheetRows, j, i int, st styles) {
	c := &inc.columns[j]
	k := i - inc.chunkStart // the row in the loaded chunk's columns
	switch c.kind {
	case colDate:
		y, m, d := inc.year[i], inc.month[i], inc.day[i]
		switch inc.precision[i] {
		case yearPrecision:
			w.text(j, 0, fmt.Sprintf("%04d", y))
			return
		case monthPrecision:
			w.text(j, 0, fmt.Sprintf("%04d-%02d", y, m))
			return
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if serial, ok := excelDate(t); ok {
			w.float(j, st.date, serial)
		} else {
			w.text(j, 0, t.Format(time.DateOnly))
		}
		return
	case colInt:
		if !c.missing(k) {
			w.int(j, st.count, int64(c.ints[k]))
		}
		return
	case colFloat:
		if v := c.floats[k]; !math.IsNaN(v) && !math.IsInf(v, 0) {
			w.float(j, 0, v)
		}
		return
	case colBool:
		w.bool(j, c.bools[k])
		return
	}
	s := c.text[k]
	if c.missing(k) || s == "" {
		return
	}
	if c.field != "" {
		s = inc.shown(c.field, s)
	}
	if cut, ok := fitCell(s, inc.cutMarker); ok {
		s = cut // and so never a link
		inc.cut++
	}
	switch c.kind {
	case colSourceDate:
		if t, err := time.Parse(time.DateOnly, s); err == nil {
			if serial, ok := excelDate(t); ok {
				w.float(j, st.date, serial)
				return
			}
		}
	case colLink:
		if formula, ok := hyperlinkFormula(s); ok {
			w.formula(j, st.link, formula, s)
			return
		}
	}
	w.text(j, 0, s)
}

// width estimates how many characters column c shows for frame row i.
func (inc *incidentSheet) width(c *incidentColumn, i int) int {
	k := i - inc.chunkStart // the row in the loaded chunk's columns
	switch c.kind {
	case colDate:
		switch inc.precision[i] {
		case yearPrecision:
			return 4
		case monthPrecision:
			return 7
		}
		return len(formatDate)
	case colInt:
		return len(strconv.Itoa(c.ints[k])) * 4 / 3 // with its thousands separators
	case colFloat:
		return min(len(strconv.FormatFloat(c.floats[k], 'g', -1, 64)), 12)
	case colBool:
		return 5
	}
	if c.missing(k) {
		return 0
	}
	if c.field != "" {
		return textWidth(inc.shown(c.field, c.text[k]))
	}
	return textWidth(c.text[k])
}

// write writes the incidents onto the sheets named (see sheetNames), each
// with the header row, frozen header and first column, fitted widths and
// an Excel table for filtering: the sheets as excelize makes them with
// their header row, and their rows, deflated, by sheet name, to be joined
// into them when the workbook is saved (spliceRows). The sheets must
// exist and be empty.
func (inc *incidentSheet) write(f *excelize.File, sheets []string, st styles, lang locale, tmpDir string) (map[string]*deflatedRows, error) {
	inc.cutMarker, inc.lang = lang.t("wb.cut.marker"), lang
	labels := make([]string, len(inc.columns))
	var widths widths
	for j := range inc.columns {
		labels[j] = lang.column(inc.columns[j].name)
		widths.see(j, headerWidth(labels[j]))
	}
	for _, i := range inc.rows {
		if err := inc.load(i); err != nil {
			return nil, err
		}
		for j := range inc.columns {
			widths.see(j, inc.width(&inc.columns[j], i))
		}
	}
	joined := map[string]*deflatedRows{}
	for k, sheet := range sheets {
		rows, err := inc.writeSheet(f, sheet, k, labels, widths, st, lang, tmpDir)
		if err != nil {
			return nil, fmt.Errorf("sheet %s: %w", sheet, err)
		}
		if rows != nil {
			joined[sheet] = rows
		}
	}
	return joined, nil
}

// writeSheet makes the k-th incidents sheet and writes its rows; it
// returns them deflated, or nil when it has none.
func (inc *incidentSheet) writeSheet(f *excelize.File, sheet string, k int, labels []string, widths widths, st styles, lang locale, tmpDir string) (*deflatedRows, error) {
	if err := printSetup(f, sheet, len(inc.columns), 1, false); err != nil {
		return nil, err
	}
	// The code columns are for programs: hidden, so that a person reads
	// (and prints) the names, and the Arabic sheet no Latin code.
	if err := widths.apply(func(col int, width float64) error {
		name, err := excelize.ColumnNumberToName(col)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, name, name, width); err != nil || !inc.columns[col-1].code {
			return err
		}
		return f.SetColVisible(sheet, name, false)
	}); err != nil {
		return nil, err
	}
	if len(inc.columns) == 0 {
		return nil, f.SetCellStr(sheet, "A1", lang.t("wb.incidents.none"))
	}
	if err := f.SetPanes(sheet, freezeHeader(true)); err != nil {
		return nil, err
	}
	headerCells := make([]cell, len(labels))
	for j, l := range labels {
		ref, _ := excelize.CoordinatesToCellName(j+1, 1)
		if err := f.SetCellStr(sheet, ref, l); err != nil {
			return nil, err
		}
		headerCells[j] = textCell(l)
	}
	lastHeader, _ := excelize.CoordinatesToCellName(len(labels), 1)
	if err := f.SetCellStyle(sheet, "A1", lastHeader, st.header); err != nil {
		return nil, err
	}
	if err := f.SetRowHeight(sheet, 1, headerHeight(headerCells, widths.width, true)); err != nil {
		return nil, err
	}
	part := inc.rows[min(k*maxIncidentRows, len(inc.rows)):min((k+1)*maxIncidentRows, len(inc.rows))]
	if len(part) == 0 {
		return nil, f.SetCellStr(sheet, "A2", lang.t("wb.incidents.none"))
	}
	out, err := os.CreateTemp(tmpDir, "rows-*.deflate")
	if err != nil {
		return nil, err
	}
	w := newSheetRows(len(inc.columns), out)
	for r, i := range part {
		if err := inc.load(i); err != nil {
			out.Close()
			return nil, err
		}
		w.startRow(r + 2)
		for j := range inc.columns {
			inc.writeCell(w, j, i, st)
		}
		w.endRow()
	}
	rows, err := w.done()
	if err != nil {
		return nil, err
	}
	last, _ := excelize.CoordinatesToCellName(len(inc.columns), len(part)+1)
	if err := f.SetSheetDimension(sheet, "A1:"+last); err != nil {
		return nil, err
	}
	if tableHeaderOK(labels) {
		name := "Incidents"
		if k > 0 {
			name += "_" + strconv.Itoa(k+1)
		}
		if err := f.AddTable(sheet, &excelize.Table{Range: "A1:" + last, Name: name, StyleName: tableStyle}); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// maxFormulaText is the longest text Excel accepts inside a formula.
const maxFormulaText = 255

// hyperlinkFormula returns the HYPERLINK formula that opens url, or
// false when url is not a plain http(s) URL short enough for a formula:
// such a value is written as text. The URL sits in a string literal with
// its quotes doubled, so nothing in it can become formula syntax; other
// schemes (file:, javascript:, UNC paths) never become links, nor does a
// URL holding spaces, control or format characters (a U+202E
// right-to-left override, say): it stays text.
//
// A link as a formula, rather than a hyperlink relationship per cell,
// keeps the rows plain XML written in one pass (sheetRows), as excelize's
// stream writer did for want of SetCellHyperLink (excelize issue #982;
// the HYPERLINK function is the workaround given there and in #1489), and
// has no 65,530-links-a-sheet limit.
func hyperlinkFormula(url string) (string, bool) {
	lower := strings.ToLower(url)
	if !strings.HasPrefix(lower, "https://") && !strings.HasPrefix(lower, "http://") {
		return "", false
	}
	for _, r := range url {
		// Format characters (Cf: the bidi controls U+202A–U+202E and
		// U+2066–U+2069, marks, zero-width characters) would make the
		// address a reader sees differ from the one the link opens.
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return "", false
		}
	}
	quoted := strings.ReplaceAll(url, `"`, `""`)
	if utf8.RuneCountInString(quoted) > maxFormulaText {
		return "", false
	}
	return `HYPERLINK("` + quoted + `")`, true
}
