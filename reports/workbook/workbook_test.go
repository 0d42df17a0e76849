package workbook

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

const testURL = `https://example.org/news?id=1&q="nador"`

// workbookInput is a small 2021–2022 case: the period is 2022, four of its
// incidents lie in it (one known by the month only, one by the year only)
// and one lies in 2021.
func workbookInput(t testing.TB) report.Input {
	t.Helper()
	asOf := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	period, err := analysis.ParsePeriod("2022", asOf)
	if err != nil {
		t.Fatal(err)
	}
	m2021 := analysis.Measures{
		Incidents: 2, Operations: 2, CellsDismantled: analysis.Count(1), Arrests: analysis.Count(5), CrossBorderIncidents: 1,
		CooperationRate: analysis.Known(0.5), CooperationRateLow: analysis.Known(0.0945), CooperationRateHigh: analysis.Known(0.9055),
		ArrestsPerCell: analysis.Known(5),
	}
	m2022 := analysis.Measures{
		Incidents: 4, Operations: 2, CellsDismantled: analysis.Count(2), Arrests: analysis.Count(16), FoiledPlots: 2, CrossBorderIncidents: 2,
		CooperationRate: analysis.Known(0.5), CooperationRateLow: analysis.Known(0.15), CooperationRateHigh: analysis.Known(0.85),
		ArrestsPerCell: analysis.Known(7),
	}
	fig := analysis.Figures{
		Period: period,
		AsOf:   "2023-03-01",
		Yearly: []analysis.YearFigures{
			{Year: 2021, Measures: m2021},
			{Year: 2022, Measures: m2022},
		},
		Current:     analysis.PeriodFigures{Period: period, Unplaced: 1, Measures: m2022},
		Previous:    analysis.PeriodFigures{Period: period.Previous(), Measures: m2021},
		YearEarlier: analysis.PeriodFigures{Period: period.YearEarlier(), Measures: m2021},
		Warnings:    []analysis.Warning{{Code: analysis.WarnSeriesTooShort, Args: []any{2, "arrests"}}},
		Partners:    []analysis.PartnerYear{{Country: "ES", Year: 2021, Incidents: 1}, {Country: "ES", Year: 2022, Incidents: 1}, {Country: "MA", Year: 2022, Incidents: 1}},
		Trends: map[string]analysis.Trend{
			"incidents":        twoYearTrend(2, 4),
			"cells_dismantled": twoYearTrend(1, 2),
			"arrests":          twoYearTrend(5, 16),
			"cooperation_rate": twoYearTrend(0.5, 0.5),
		},
		Comparisons: []analysis.Comparison{
			{Measure: "incidents", Against: "previous", Current: analysis.Count(4), Other: analysis.Count(2), Change: analysis.Count(2), ChangePct: analysis.Known(100), RateRatio: analysis.Known(2), P: analysis.Known(0.6875)},
			{Measure: "arrests", Against: "previous", Current: analysis.Count(16), Other: analysis.Count(5), Change: analysis.Count(11), ChangePct: analysis.Known(220), RateRatio: analysis.Known(3.2), P: analysis.Known(0.0266), Significant: true},
			{Measure: "failed_attacks", Against: "previous", Current: analysis.Count(0), Other: analysis.Count(0), Change: analysis.Count(0), P: analysis.Known(1)},
			{Measure: "incidents", Against: "year_earlier", Current: analysis.Count(4), Other: analysis.Count(2), Change: analysis.Count(2), ChangePct: analysis.Known(100), RateRatio: analysis.Known(2), P: analysis.Known(0.6875)},
		},
		Breakdowns: analysis.Breakdowns{
			PartnerPairs: []analysis.KeyYear{
				{Key: "ES–MA", Year: 2022, Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 3}},
				{Key: "MA–ES", Year: 2021, Counts: analysis.Counts{Incidents: 1, Arrests: 5}},
				{Key: "MA–ES", Year: 2022, Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 11}},
			},
			CooperationTypes: []analysis.KeyYear{
				{Key: "joint_operation", Year: 2022, Counts: analysis.Counts{Incidents: 2, CellsDismantled: 2, Arrests: 14}},
				{Key: "none", Year: 2021, Counts: analysis.Counts{Incidents: 1}},
				{Key: "none", Year: 2022, Counts: analysis.Counts{Incidents: 2, Arrests: 2}},
				{Key: "secret_handshake", Year: 2021, Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 5}},
			},
			ArrestsByCountry: []analysis.CountryArrests{{Country: "ES", Year: 2022, Arrests: 9}, {Country: "MA", Year: 2021, Arrests: 5}, {Country: "MA", Year: 2022, Arrests: 7}},
			Affiliations: []analysis.KeyYear{
				{Key: "", Year: 2022, Counts: analysis.Counts{Incidents: 1, Arrests: 2}},
				{Key: "jihadist", Year: 2021, Counts: analysis.Counts{Incidents: 2, CellsDismantled: 1, Arrests: 5}},
				{Key: "jihadist", Year: 2022, Counts: analysis.Counts{Incidents: 3, CellsDismantled: 2, Arrests: 14}},
			},
			Groups: []analysis.KeyYear{
				{Key: "=cmd|' /C calc'!A0", Year: 2022, Counts: analysis.Counts{Incidents: 1}},
				{Key: "ISIS", Year: 2021, Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 5}},
				{Key: "ISIS", Year: 2022, Counts: analysis.Counts{Incidents: 2, CellsDismantled: 2, Arrests: 14}},
			},
			CountryAffiliation: []analysis.CountryAffiliation{
				{Country: "ES", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 3}},
				{Country: "MA", Affiliation: "", Counts: analysis.Counts{Incidents: 1, Arrests: 2}},
				{Country: "MA", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 2, CellsDismantled: 1, Arrests: 11}},
			},
			Admin1: []analysis.KeyCounts{{Key: "", Counts: analysis.Counts{Incidents: 1}}, {Key: "Oriental", Counts: analysis.Counts{Incidents: 3, CellsDismantled: 2, Arrests: 16}}},
			Cities: []analysis.KeyCounts{{Key: "+212 Nador", Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 11}}, {Key: "Melilla", Counts: analysis.Counts{Incidents: 1, CellsDismantled: 1, Arrests: 3}}},
		},
	}

	nan := math.NaN()
	df := dataframe.New(
		series.New([]string{"MA-2022-10-04-NADOR", "MA-2022-03-RABAT", "MA-2021-05-01", "ES-2022-06-10", "MA-2022-FEZ"}, series.String, data.ColIncidentID),
		series.New([]string{"2022-10-04", "2022-03", "2021-05-01", "2022-06-10", "2022"}, series.String, data.ColDate),
		series.New([]int{2022, 2022, 2021, 2022, 2022}, series.Int, data.ColYear),
		series.New([]int{10, 3, 5, 6, 0}, series.Int, data.ColMonth),
		series.New([]int{4, 0, 1, 10, 0}, series.Int, data.ColDay),
		series.New([]string{"day", "month", "day", "day", "year"}, series.String, data.ColDatePrecision),
		series.New([]string{"MA", "MA", "MA", "ES", "MA"}, series.String, data.ColCountry),
		series.New([]string{"operation", "foiled_plot", "operation", "operation", "foiled_plot"}, series.String, data.ColEventType),
		series.New([]int{1, 0, 1, 1, 0}, series.Int, data.ColCellsDismantled),
		series.New([]int{11, 2, 5, 3, 0}, series.Int, data.ColArrests),
		series.New([]string{"ES", "", "", "MA", ""}, series.String, data.ColPartnerCountries),
		series.New([]string{"Nador", "Rabat", "Fès", "Melilla", "فاس"}, series.String, data.ColCity),
		series.New([]float64{35.17, nan, nan, 35.29, nan}, series.Float, data.ColLatitude),
		series.New([]float64{-2.93, nan, nan, -2.94, nan}, series.Float, data.ColLongitude),
		series.New([]string{"DGSN communiqué; press article (seed)", "", "", "", ""}, series.String, data.ColSourceName),
		series.New([]string{testURL, "", "", "javascript:alert(1)", ""}, series.String, data.ColSourceURL),
		series.New([]string{"2022-10-05", "", "", "", ""}, series.String, data.ColSourceDate),
		series.New([]string{`=HYPERLINK("http://evil.example","click")`, "=1+1", "", "@SUM(A1)", "-3 according to one source"}, series.String, data.ColNotes),
		series.New([]int{3, 1, 1, 1, 1}, series.Int, data.ColSources),
	)
	if df.Err != nil {
		t.Fatal(df.Err)
	}
	table, err := data.FromFrame(df)
	if err != nil {
		t.Fatal(err)
	}
	ds := &data.Dataset{
		Incidents: table,
		Files: []data.FileAccount{
			{Path: "incidents.csv", Size: 2048, SHA256: strings.Repeat("ab", 32), RowsRead: 9, Accepted: 7, CopiesDropped: 1, Rejected: 1},
		},
		Rejected: []data.RowError{
			{File: "incidents.csv", Line: 8, Column: 6, ColumnName: "arrests", Reason: `"-3" is negative`, Raw: "+X-1,2022-01-01,MA,operation,0,-3"},
		},
		Notes: []data.ReconciliationNote{
			{IncidentID: "MA-2022-10-04-NADOR", Field: "arrests", Used: "11", Values: []data.SourceValue{
				{Source: "press article (seed)", Value: "12"}, {Source: "DGSN communiqué", Value: "11"}, {Source: "Spanish interior ministry", Value: "13"},
			}},
			{IncidentID: "MA-2022-10-04-NADOR", Field: "city", Used: `=HYPERLINK("http://evil.example","x")`, Values: []data.SourceValue{
				{Source: "a", Value: `=HYPERLINK("http://evil.example","x")`}, {Source: "b", Value: "Melilla"},
			}},
		},
		NoteCount: 2, NotedIncidents: 1,
		Duplicates: []data.ProbableDuplicate{
			{IncidentA: "MA-2022-03-RABAT", IncidentB: "MA-2022-03-RABAT-2", Country: "MA", DateA: "2022-03", DateB: "2022-03-02", Arrests: 2},
		},
		DuplicatePairs: 3,
	}
	return report.Input{
		Figures: fig,
		Data:    ds,
		Settings: report.Settings{Period: "last-year", Lang: "en", Rule: "min", MaxRejected: 0.05, Inputs: []string{"incidents.csv"},
			SourcePriority: []string{"Spanish interior ministry", "DGSN communiqué"}},
		Version: "v0.1.0-test",
	}
}

// twoYearTrend is the trend of a series over 2021 and 2022: too short for
// the tests, with the 2022 change (ChangePct invalid from 0).
func twoYearTrend(v2021, v2022 float64) analysis.Trend {
	change := analysis.Known(v2022 - v2021)
	pct := analysis.NullFloat{}
	if v2021 != 0 {
		pct = analysis.Known(100 * (v2022 - v2021) / v2021)
	}
	return analysis.Trend{Years: 2, FirstYear: 2021, ByYear: []analysis.YearChange{
		{Year: 2021, Value: analysis.Known(v2021)},
		{Year: 2022, Value: analysis.Known(v2022), Change: change, ChangePct: pct},
	}}
}

// writeTestWorkbook writes in and opens the result.
func writeTestWorkbook(t *testing.T, in report.Input) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.xlsx")
	if err := Write(path, in); err != nil {
		t.Fatalf("WriteWorkbook: %v", err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("opening the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

// findRow returns the first row of sheet whose cell in column col
// (1-based) is text.
func findRow(t *testing.T, f *excelize.File, sheet string, col int, text string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		if len(row) >= col && row[col-1] == text {
			return r + 1
		}
	}
	t.Fatalf("sheet %s: no %q in column %d", sheet, text, col)
	return 0
}

// headerCol returns the 1-based column of header in row of sheet.
func headerCol(t *testing.T, f *excelize.File, sheet string, row int, header string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.Index(rows[row-1], header); i >= 0 {
		return i + 1
	}
	t.Fatalf("sheet %s: no header %q in row %d: %q", sheet, header, row, rows[row-1])
	return 0
}

func ref(col, row int) string {
	r, _ := excelize.CoordinatesToCellName(col, row)
	return r
}

func cellValue(t *testing.T, f *excelize.File, sheet, cell string, raw bool) string {
	t.Helper()
	var opts []excelize.Options
	if raw {
		opts = append(opts, excelize.Options{RawCellValue: true})
	}
	v, err := f.GetCellValue(sheet, cell, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// isNumber reports whether a cell holds a number (no type, or type n).
func isNumber(t *testing.T, f *excelize.File, sheet, cell string) bool {
	t.Helper()
	typ, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	return typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber
}

func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	return "builtin:" + strconv.Itoa(st.NumFmt)
}

func formula(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellFormula(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestWorkbookSheetsAndHeaders(t *testing.T) {
	f, _ := writeTestWorkbook(t, workbookInput(t))
	if got, want := f.GetSheetList(), []string{"Summary", "Yearly", "Yearly changes", "Trends", "Cooperation", "Affiliation", "Locations", "Incidents", "Quality", "About"}; !slices.Equal(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	for _, c := range []struct {
		sheet  string
		row    int
		header []string
	}{
		{"Yearly", 1, []string{"Year", "To date", "Incidents", "Operations", "Cells dismantled", "Arrests", "Foiled plots", "Failed attacks", "Completed attacks", "Cross-border incidents", "Cooperation rate", "Cooperation rate, low (95 %)", "Cooperation rate, high (95 %)", "Arrests per cell"}},
		{"Yearly changes", 1, []string{"Year", "To date",
			"Incidents: change", "Incidents: % change", "Incidents: 3-year average",
			"Cells dismantled: change", "Cells dismantled: % change", "Cells dismantled: 3-year average",
			"Arrests: change", "Arrests: % change", "Arrests: 3-year average",
			"Cooperation rate: change (points)", "Cooperation rate: 3-year average"}},
		{"Cooperation", 2, []string{"Partner country", "2021", "2022", "Total"}},
		{"Affiliation", 2, []string{"Affiliation", "2021", "2022", "Total"}},
		{"Locations", 2, []string{"Region (admin1)", "Incidents", "Cells dismantled", "Arrests"}},
		// Words, not snake_case; a named column's codes follow it.
		{"Incidents", 1, []string{"Incident ID", "Date", "Date precision", "Date precision code", "Country", "Country code", "Event type", "Event type code", "Cells dismantled", "Arrests", "Arrests by country", "Arrests by country (codes)", "Partner countries", "Partner country codes", "Cooperation type", "Cooperation type code", "Group", "Affiliation", "Affiliation code", "Region", "City", "Sources", "Latitude", "Longitude", "Lead agency", "Linked incidents", "Seized", "Source", "Link", "Source date", "Notes"}},
	} {
		rows, err := f.GetRows(c.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[c.row-1]; !slices.Equal(got, c.header) {
			t.Errorf("%s header = %q, want %q", c.sheet, got, c.header)
		}
	}
	r := findRow(t, f, "Summary", 1, "Measure")
	rows, _ := f.GetRows("Summary")
	// A year's previous period is the year earlier: its columns come once.
	if got, want := rows[r-1], []string{"Measure", "Current period", "Previous period", "Change", "% change", "p-value", "Assessment"}; !slices.Equal(got, want) {
		t.Errorf("Summary key-figures header = %q, want %q", got, want)
	}
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Creator != "ctreport" || props.Created != "2023-03-01T00:00:00Z" || props.Modified != "2023-03-01T00:00:00Z" || !strings.Contains(props.Title, "2022") || props.Subject == "" {
		t.Errorf("document properties = %+v", props)
	}
}

func TestWorkbookSummary(t *testing.T) {
	in := workbookInput(t)
	f, _ := writeTestWorkbook(t, in)
	const s = "Summary"

	r := findRow(t, f, s, 1, "Incidents")
	if got := cellValue(t, f, s, ref(2, r), true); got != "4" || !isNumber(t, f, s, ref(2, r)) {
		t.Errorf("incidents of the period = %q (number: %v), want the number 4", got, isNumber(t, f, s, ref(2, r)))
	}
	// 4 against 2: change +2, +100 %, p = 0.6875 from the analysis.
	if got := cellValue(t, f, s, ref(4, r), false); got != "+2" || cellValue(t, f, s, ref(4, r), true) != "2" {
		t.Errorf("change on the previous period = %q, want +2 (the number 2)", got)
	}
	if got := cellValue(t, f, s, ref(5, r), false); got != "+100.0%" {
		t.Errorf("%% change on the previous period shows %q, want +100.0%%", got)
	}
	if got := cellValue(t, f, s, ref(6, r), false); got != "0.688" || !isNumber(t, f, s, ref(6, r)) {
		t.Errorf("p-value shows %q, want the number 0.688", got)
	}
	if got := cellValue(t, f, s, ref(7, r), false); got != "within normal variation" {
		t.Errorf("assessment = %q", got)
	}
	r = findRow(t, f, s, 1, "Arrests") // 16 against 5, p = 0.0266
	if got := cellValue(t, f, s, ref(7, r), false); got != "significant change" {
		t.Errorf("assessment of arrests = %q, want significant change", got)
	}
	// A year period shows the previous year once, not again as "a year
	// earlier".
	if got := cellValue(t, f, s, ref(8, r), true); got != "" {
		t.Errorf("a year period has a year-earlier column: %q", got)
	}
	r = findRow(t, f, s, 1, "Failed attacks") // 0 against 0
	if got := cellValue(t, f, s, ref(5, r), false); got != "n/a" {
		t.Errorf("%% change from 0 = %q, want n/a", got)
	}
	r = findRow(t, f, s, 1, "Operations") // 2 against 2, no comparison given
	if got := cellValue(t, f, s, ref(4, r), true); got != "0" || numFmt(t, f, s, ref(4, r)) != "+#,##0;-#,##0;0" {
		t.Errorf("no change = %q in %q, want 0 shown with its sign when not 0", got, numFmt(t, f, s, ref(4, r)))
	}
	r = findRow(t, f, s, 1, "Cooperation rate")
	if got := numFmt(t, f, s, ref(2, r)); got != "0.0%" {
		t.Errorf("cooperation rate number format = %q, want 0.0%%", got)
	}
	if got := cellValue(t, f, s, ref(2, r), false); got != "50.0%" {
		t.Errorf("cooperation rate shows %q, want 50.0%%", got)
	}
	r = findRow(t, f, s, 1, "Arrests per cell")
	if got := numFmt(t, f, s, ref(2, r)); got != "0.00" {
		t.Errorf("arrests per cell number format = %q, want 0.00", got)
	}
	r = findRow(t, f, s, 1, "Incidents not placeable in the period")
	if got := cellValue(t, f, s, ref(2, r), true); got != "1" {
		t.Errorf("unplaced incidents = %q, want 1", got)
	}
	r = findRow(t, f, s, 1, "Reporting period")
	if got := cellValue(t, f, s, ref(3, r), false); got != "2022-01-01" || !isNumber(t, f, s, ref(3, r)) {
		t.Errorf("period start = %q, want the date 2022-01-01", got)
	}
	findRow(t, f, s, 1, i18n.WarningText("en", in.Figures.Warnings[0]))
	r = findRow(t, f, s, 1, "Trends (complete years)")
	for i, series := range []string{"Incidents", "Cells dismantled", "Arrests", "Cooperation rate"} {
		row := r + 2 + i
		if got := cellValue(t, f, s, ref(1, row), false) + ": " + cellValue(t, f, s, ref(2, row), false); got != series+": too few complete years" {
			t.Errorf("trend verdict row %d = %q", row, got)
		}
	}
}

func TestWorkbookYearly(t *testing.T) {
	f, _ := writeTestWorkbook(t, workbookInput(t))
	const s = "Yearly"
	arrests := headerCol(t, f, s, 1, "Arrests")
	if got := cellValue(t, f, s, ref(arrests, 3), true); got != "16" || !isNumber(t, f, s, ref(arrests, 3)) {
		t.Errorf("arrests 2022 = %q (number: %v), want the number 16", got, isNumber(t, f, s, ref(arrests, 3)))
	}
	if got := cellValue(t, f, s, "A2", true); got != "2021" || !isNumber(t, f, s, "A2") {
		t.Errorf("A2 = %q, want the number 2021", got)
	}
	for _, h := range []string{"Cooperation rate", "Cooperation rate, low (95 %)", "Cooperation rate, high (95 %)"} {
		c := headerCol(t, f, s, 1, h)
		if got := numFmt(t, f, s, ref(c, 2)); got != "0.0%" {
			t.Errorf("%s number format = %q, want 0.0%%", h, got)
		}
	}
	for sheet, want := range map[string]string{s: "A1:N3", "Yearly changes": "A1:M3"} {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 1 {
			t.Errorf("%s panes = %+v, want header row and first column frozen", sheet, panes)
		}
		tables, err := f.GetTables(sheet)
		if err != nil || len(tables) != 1 || tables[0].Range != want {
			t.Errorf("%s tables = %+v, %v; want the years on %s", sheet, tables, err, want)
		}
	}
	// The trend statistics are on a sheet of their own, sized to them.
	if tables, err := f.GetTables("Trends"); err != nil || len(tables) != 1 || tables[0].Name != "YearlyTrends" || tables[0].Range != "A2:K6" {
		t.Errorf("Trends tables = %+v, %v; want the trend statistics on A2:K6", tables, err)
	}
	// The 2022 changes, on their own sheet: counts by a count, the rate by
	// points.
	const c = "Yearly changes"
	for h, want := range map[string]string{
		"Arrests: change": "+11", "Arrests: % change": "+220.0%",
		"Cooperation rate: change (points)": "0",
	} {
		// A zero by its raw value: excelize's formatter shows "+0.0" for
		// 0 under "+0.0;-0.0;0.0", where Excel and LibreOffice show 0.0.
		raw := want == "0"
		if got := cellValue(t, f, c, ref(headerCol(t, f, c, 1, h), 3), raw); got != want {
			t.Errorf("%s 2022 shows %q, want %q", h, got, want)
		}
	}
	// No change for the first year, and no moving average over 2 years.
	if got := cellValue(t, f, c, ref(headerCol(t, f, c, 1, "Arrests: change"), 2), true) + cellValue(t, f, c, ref(headerCol(t, f, c, 1, "Arrests: 3-year average"), 3), true); got != "" {
		t.Errorf("first-year change and short moving average = %q, want empty cells", got)
	}
}

func TestWorkbookIncidents(t *testing.T) {
	f, _ := writeTestWorkbook(t, workbookInput(t))
	const s = "Incidents"
	rows, err := f.GetRows(s)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows[1:] {
		ids = append(ids, r[0])
	}
	if want := []string{"MA-2022-10-04-NADOR", "MA-2022-03-RABAT", "ES-2022-06-10", "MA-2022-FEZ"}; !slices.Equal(ids, want) {
		t.Fatalf("incidents of 2022 = %q, want %q", ids, want)
	}
	col := func(h string) int { return headerCol(t, f, s, 1, h) }

	// Dates: a day is an Excel date; a month or a year is text.
	date := col("Date")
	if got := cellValue(t, f, s, ref(date, 2), false); got != "2022-10-04" || !isNumber(t, f, s, ref(date, 2)) || numFmt(t, f, s, ref(date, 2)) != "yyyy-mm-dd" {
		t.Errorf("day date = %q (number: %v, format %s), want the date 2022-10-04", got, isNumber(t, f, s, ref(date, 2)), numFmt(t, f, s, ref(date, 2)))
	}
	if got := cellValue(t, f, s, ref(date, 3), false); got != "2022-03" || isNumber(t, f, s, ref(date, 3)) {
		t.Errorf("month date = %q, want the text 2022-03", got)
	}
	if got := cellValue(t, f, s, ref(date, 5), false); got != "2022" || isNumber(t, f, s, ref(date, 5)) {
		t.Errorf("year date = %q, want the text 2022", got)
	}
	if got := cellValue(t, f, s, ref(col("Source date"), 2), false); got != "2022-10-05" || !isNumber(t, f, s, ref(col("Source date"), 2)) {
		t.Errorf("source date = %q, want the date 2022-10-05", got)
	}

	// The source link is a HYPERLINK to the URL, showing the URL.
	link := ref(col("Link"), 2)
	if got, want := formula(t, f, s, link), `HYPERLINK("https://example.org/news?id=1&q=""nador""")`; got != want {
		t.Errorf("link formula = %s, want %s", got, want)
	}
	if got := cellValue(t, f, s, link, false); got != testURL {
		t.Errorf("link shows %q, want %q", got, testURL)
	}
	// Not an http(s) URL: text, no formula.
	bad := ref(col("Link"), 4)
	if got := cellValue(t, f, s, bad, false); got != "javascript:alert(1)" || formula(t, f, s, bad) != "" {
		t.Errorf("javascript: URL = %q with formula %q, want text only", got, formula(t, f, s, bad))
	}

	// Free text that looks like a formula stays text.
	notes := col("Notes")
	for row, want := range map[int]string{2: `=HYPERLINK("http://evil.example","click")`, 3: "=1+1", 4: "@SUM(A1)", 5: "-3 according to one source"} {
		c := ref(notes, row)
		if got := cellValue(t, f, s, c, false); got != want {
			t.Errorf("note %s = %q, want %q", c, got, want)
		}
		if got := formula(t, f, s, c); got != "" {
			t.Errorf("note %s has formula %q, want none", c, got)
		}
	}

	// Numbers are numbers; a missing coordinate is an empty cell.
	arrests := ref(col("Arrests"), 2)
	if got := cellValue(t, f, s, arrests, true); got != "11" || !isNumber(t, f, s, arrests) {
		t.Errorf("arrests = %q, want the number 11", got)
	}
	if got := cellValue(t, f, s, ref(col("Latitude"), 2), true); got != "35.17" {
		t.Errorf("latitude = %q, want 35.17", got)
	}
	if got := cellValue(t, f, s, ref(col("Latitude"), 3), true); got != "" {
		t.Errorf("missing latitude = %q, want an empty cell", got)
	}

	panes, err := f.GetPanes(s)
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 1 {
		t.Errorf("Incidents panes = %+v, want header row and first column frozen", panes)
	}
	tables, err := f.GetTables(s)
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:AE5" {
		t.Errorf("Incidents tables = %+v, %v; want one on A1:AE5", tables, err)
	}
	w, err := f.GetColWidth(s, "A")
	if err != nil || w < 19 || w > maxWidth {
		t.Errorf("width of column A = %v, %v; want it fitted to the incident ids", w, err)
	}
}

func TestWorkbookQuality(t *testing.T) {
	f, _ := writeTestWorkbook(t, workbookInput(t))
	const s = "Quality"
	for _, title := range []string{"Row accounting per file", "Rejected rows", "Reconciliation notes", "Row warnings", "Probable duplicates", "Groups not in the group table"} {
		findRow(t, f, s, 1, title)
	}
	// The file row and the total row.
	r := findRow(t, f, s, 1, "incidents.csv")
	if got := cellValue(t, f, s, ref(2, r), true); got != "9" || !isNumber(t, f, s, ref(2, r)) {
		t.Errorf("rows read = %q, want the number 9", got)
	}
	r = findRow(t, f, s, 1, "Total")
	if got := cellValue(t, f, s, ref(5, r), true); got != "1" {
		t.Errorf("total rejected = %q, want 1", got)
	}
	// The rejected row names its line and column.
	r = findRow(t, f, s, 5, `"-3" is negative`)
	if got := cellValue(t, f, s, ref(2, r), true) + ":" + cellValue(t, f, s, ref(3, r), true); got != "8:6" {
		t.Errorf("rejected row line:column = %s, want 8:6", got)
	}
	if got := cellValue(t, f, s, ref(6, r), false); got != "+X-1,2022-01-01,MA,operation,0,-3" || formula(t, f, s, ref(6, r)) != "" {
		t.Errorf("raw row = %q with formula %q, want the literal text", got, formula(t, f, s, ref(6, r)))
	}
	// Reconciliation notes: what each source said; a formula-like value is text.
	r = findRow(t, f, s, 2, "Arrests")
	if got, want := cellValue(t, f, s, ref(3, r), false), "press article (seed): 12; DGSN communiqué: 11; Spanish interior ministry: 13"; got != want {
		t.Errorf("sources said %q, want %q", got, want)
	}
	r = findRow(t, f, s, 2, "City")
	evil := `=HYPERLINK("http://evil.example","x")`
	if got := cellValue(t, f, s, ref(4, r), false); got != evil || formula(t, f, s, ref(4, r)) != "" {
		t.Errorf("value used = %q with formula %q, want the literal text", got, formula(t, f, s, ref(4, r)))
	}
	// No row warnings: "none" under the header.
	r = findRow(t, f, s, 1, "Row warnings")
	if got := cellValue(t, f, s, ref(1, r+2), false); got != "none" {
		t.Errorf("empty warnings table shows %q, want none", got)
	}
	// More duplicate pairs than listed: said so.
	findRow(t, f, s, 1, "3 probable duplicate pairs in all; the first 1 are listed.")
	tables, err := f.GetTables(s)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tb := range tables {
		names = append(names, tb.Name)
	}
	if want := []string{"QualityFiles", "QualityRejected", "QualityNotes", "QualityDuplicates"}; !slices.Equal(names, want) {
		t.Errorf("Quality tables = %q, want %q", names, want)
	}
}

func TestWorkbookAbout(t *testing.T) {
	f, _ := writeTestWorkbook(t, workbookInput(t))
	const s = "About"
	for label, want := range map[string]string{
		"Tool version":        "v0.1.0-test",
		"As-of date":          "2023-03-01",
		"Period asked":        "last-year",
		"Period":              "2022",
		"Period start":        "2022-01-01",
		"Reconciliation rule": "min — the lowest figure",
		"Source priority":     "Spanish interior ministry; DGSN communiqué",
		"Input as named":      "incidents.csv",
	} {
		r := findRow(t, f, s, 1, label)
		if got := cellValue(t, f, s, ref(2, r), false); got != want {
			t.Errorf("About %s = %q, want %q", label, got, want)
		}
	}
	r := findRow(t, f, s, 1, "incidents.csv")
	if got := cellValue(t, f, s, ref(3, r), false); got != strings.Repeat("ab", 32) {
		t.Errorf("input SHA-256 = %q", got)
	}
	r = findRow(t, f, s, 1, "Cooperation rate")
	if got := cellValue(t, f, s, ref(2, r), false); !strings.Contains(got, "÷") {
		t.Errorf("definition of the cooperation rate = %q", got)
	}
}

func TestWorkbookRightToLeft(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			in := workbookInput(t)
			in.Settings.Lang = lang
			f, _ := writeTestWorkbook(t, in)
			for _, s := range f.GetSheetList() {
				v, err := f.GetSheetView(s, -1)
				if err != nil {
					t.Fatal(err)
				}
				rtl := v.RightToLeft != nil && *v.RightToLeft
				if rtl != (lang == "ar") {
					t.Errorf("sheet %s right-to-left = %v with lang %s", s, rtl, lang)
				}
			}
			// The streamed sheet keeps its frozen panes under the view.
			if p, err := f.GetPanes(i18n.T(lang, "wb.sheet.incidents")); err != nil || !p.Freeze {
				t.Errorf("Incidents panes = %+v, %v", p, err)
			}
		})
	}
}

// dumpWorkbook lists every cell of every sheet with its value, formula and
// number format.
func dumpWorkbook(t *testing.T, f *excelize.File) string {
	t.Helper()
	var b strings.Builder
	for _, s := range f.GetSheetList() {
		rows, err := f.GetRows(s, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell := ref(c+1, r+1)
				fmt.Fprintf(&b, "%s!%s %q %q %s\n", s, cell, v, formula(t, f, s, cell), numFmt(t, f, s, cell))
			}
		}
	}
	return b.String()
}

func TestWorkbookDeterministic(t *testing.T) {
	in := workbookInput(t)
	f1, p1 := writeTestWorkbook(t, in)
	f2, p2 := writeTestWorkbook(t, in)
	d1, d2 := dumpWorkbook(t, f1), dumpWorkbook(t, f2)
	if d1 != d2 {
		t.Errorf("two writes differ in their cells:\n%s\n---\n%s", d1, d2)
	}
	for _, bad := range []string{"NaN", "Inf"} {
		if strings.Contains(d1, bad) {
			t.Errorf("a cell holds %s:\n%s", bad, d1)
		}
	}
	// The manifest promises byte-identical outputs for the same input.
	b1, _ := os.ReadFile(p1)
	b2, _ := os.ReadFile(p2)
	if !bytes.Equal(b1, b2) {
		t.Errorf("two writes of the same input differ in their bytes")
	}
}

func TestWorkbookSplitsIncidents(t *testing.T) {
	defer func(n int) { maxIncidentRows = n }(maxIncidentRows)
	maxIncidentRows = 3
	f, _ := writeTestWorkbook(t, workbookInput(t))
	if got, want := f.GetSheetList(), []string{"Summary", "Yearly", "Yearly changes", "Trends", "Cooperation", "Affiliation", "Locations", "Incidents", "Incidents (2)", "Quality", "About"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for s, want := range map[string]int{"Incidents": 4, "Incidents (2)": 2} {
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != want || rows[0][0] != "Incident ID" {
			t.Errorf("sheet %s has %d rows starting %q, want %d with the header", s, len(rows), rows[0], want)
		}
	}
	findRow(t, f, "Summary", 1, "The 4 incidents of the period pass Excel's row limit and are split over 2 sheets: Incidents, Incidents (2).")
}

func TestWorkbookEmpty(t *testing.T) {
	asOf := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	period, err := analysis.ParsePeriod("2022-Q4", asOf)
	if err != nil {
		t.Fatal(err)
	}
	in := report.Input{Figures: analysis.Figures{
		Period: period, AsOf: "2023-03-01",
		Current:     analysis.PeriodFigures{Period: period},
		Previous:    analysis.PeriodFigures{Period: period.Previous()},
		YearEarlier: analysis.PeriodFigures{Period: period.YearEarlier()},
	}}
	f, _ := writeTestWorkbook(t, in)
	if got := cellValue(t, f, "Incidents", "A1", false); got != "No incident lies in the period." {
		t.Errorf("Incidents A1 = %q", got)
	}
	r := findRow(t, f, "Summary", 1, "Cooperation rate")
	if got := cellValue(t, f, "Summary", ref(2, r), true); got != "" {
		t.Errorf("cooperation rate over no incidents = %q, want an empty cell", got)
	}
	if got := cellValue(t, f, "Yearly", "A2", false); got != "none" {
		t.Errorf("Yearly A2 = %q, want none", got)
	}
}

func TestWorkbookBadAsOf(t *testing.T) {
	in := workbookInput(t)
	in.Figures.AsOf = "01/03/2023"
	if err := Write(filepath.Join(t.TempDir(), "report.xlsx"), in); err == nil {
		t.Error("WriteWorkbook accepted an as-of date that is not YYYY-MM-DD")
	}
}

func TestWorkbookInPeriod(t *testing.T) {
	asOf := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	mustPeriod := func(s string) analysis.Period {
		p, err := analysis.ParsePeriod(s, asOf)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		name      string
		period    string
		y, m, d   int
		want      bool
		wantPrecn precision
	}{
		{"day inside", "2022", 2022, 10, 4, true, dayPrecision},
		{"day outside", "2022", 2021, 12, 31, false, dayPrecision},
		{"day on the last day", "2022-Q4", 2022, 12, 31, true, dayPrecision},
		{"month inside a quarter", "2022-Q1", 2022, 3, 0, true, monthPrecision},
		{"month outside a quarter", "2022-Q2", 2022, 3, 0, false, monthPrecision},
		{"month across a range's end", "2022-03-01..2022-03-15", 2022, 3, 0, false, monthPrecision},
		{"year in its year", "2022", 2022, 0, 0, true, yearPrecision},
		{"year not in a quarter", "2022-Q4", 2022, 0, 0, false, yearPrecision},
		{"no date_precision column: by the parts", "2022", 2022, 3, 0, true, monthPrecision},
		{"not a calendar day", "2022", 2022, 2, 30, false, dayPrecision},
	} {
		t.Run(c.name, func(t *testing.T) {
			prec := datePrecision(c.m, c.d)
			if prec != c.wantPrecn {
				t.Errorf("precision = %v, want %v", prec, c.wantPrecn)
			}
			if got := inPeriod(mustPeriod(c.period), c.y, c.m, c.d, prec); got != c.want {
				t.Errorf("in period %s = %v, want %v", c.period, got, c.want)
			}
		})
	}
}

func TestWorkbookHyperlinkFormula(t *testing.T) {
	for _, c := range []struct {
		name, url, want string
	}{
		{"https", "https://example.org/a", `HYPERLINK("https://example.org/a")`},
		{"quotes doubled", `http://x.example/"a"`, `HYPERLINK("http://x.example/""a""")`},
		{"upper-case scheme", "HTTPS://X.EXAMPLE", `HYPERLINK("HTTPS://X.EXAMPLE")`},
		{"javascript", "javascript:alert(1)", ""},
		{"file", "file:///etc/passwd", ""},
		{"UNC path", `\\server\share`, ""},
		{"formula-like", `=HYPERLINK("http://x")`, ""},
		{"space inside", "https://x.example/a b", ""},
		{"too long", "https://x.example/" + strings.Repeat("a", 250), ""},
		// Bidi controls and other invisible format characters would show a
		// reader another address than the one the link opens.
		{"right-to-left override", "https://example.org/\u202egnp.exe", ""},
		{"left-to-right mark", "https://example.org/\u200ea", ""},
		{"isolate", "https://example.org/\u2067a\u2069", ""},
		{"zero-width space", "https://exa\u200bmple.org/", ""},
		{"byte order mark", "https://example.org/\ufeff", ""},
		{"Arabic path", "https://example.ma/أخبار", `HYPERLINK("https://example.ma/أخبار")`},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := hyperlinkFormula(c.url)
			if got != c.want || ok != (c.want != "") {
				t.Errorf("hyperlinkFormula(%q) = %q, %v; want %q", c.url, got, ok, c.want)
			}
		})
	}
}

// TestWorkbookXML checks the parts as Excel reads them: the only formula
// in the package is the HYPERLINK of a checked URL, and every sheet lists
// its column widths in ascending order.
func TestWorkbookXML(t *testing.T) {
	_, path := writeTestWorkbook(t, workbookInput(t))
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	formulaRE := regexp.MustCompile(`<f>([^<]*)</f>`)
	colRE := regexp.MustCompile(`<col [^>]*min="(\d+)"`)
	var formulas []string
	for _, zf := range z.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range formulaRE.FindAllStringSubmatch(string(b), -1) {
			formulas = append(formulas, html.UnescapeString(m[1]))
		}
		last := 0
		for _, m := range colRE.FindAllStringSubmatch(string(b), -1) {
			n, _ := strconv.Atoi(m[1])
			if n <= last {
				t.Errorf("%s: <col min=%d> after min=%d; Excel wants them ascending", zf.Name, n, last)
			}
			last = n
		}
	}
	if want := []string{`HYPERLINK("https://example.org/news?id=1&q=""nador""")`}; !slices.Equal(formulas, want) {
		t.Errorf("formulas in the workbook = %q, want only %q", formulas, want)
	}
}

// benchInput is the small case with its incidents frame replaced by n
// incidents, all in the period.
func benchInput(b *testing.B, n int) report.Input {
	b.Helper()
	in := workbookInput(b)
	ids, dates, prec, urls, notes := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	years, months, days, arrests := make([]int, n), make([]int, n), make([]int, n), make([]int, n)
	lat := make([]float64, n)
	for i := range n {
		m, d := i%12+1, i%28+1
		ids[i] = fmt.Sprintf("MA-2022-%02d-%02d-%07d", m, d, i)
		dates[i] = fmt.Sprintf("2022-%02d-%02d", m, d)
		prec[i] = "day"
		years[i], months[i], days[i], arrests[i] = 2022, m, d, i%13
		urls[i] = fmt.Sprintf("https://example.org/news/%d", i)
		notes[i] = "arrested near the border; phones and sim cards seized"
		lat[i] = 35 + float64(i%1000)/1000
	}
	table, err := data.FromFrame(dataframe.New(
		series.New(ids, series.String, data.ColIncidentID),
		series.New(dates, series.String, data.ColDate),
		series.New(years, series.Int, data.ColYear),
		series.New(months, series.Int, data.ColMonth),
		series.New(days, series.Int, data.ColDay),
		series.New(prec, series.String, data.ColDatePrecision),
		series.New(arrests, series.Int, data.ColArrests),
		series.New(lat, series.Float, data.ColLatitude),
		series.New(urls, series.String, data.ColSourceURL),
		series.New(notes, series.String, data.ColNotes),
	))
	if err != nil {
		b.Fatal(err)
	}
	in.Data.Incidents = table
	return in
}

// BenchmarkWorkbookSample writes the workbook of the embedded sample
// (821 incidents, 2002–2025, the period 2025), charts and normalisation
// included.
func BenchmarkWorkbookSample(b *testing.B) {
	in := sampleInput(b, "en")
	path := filepath.Join(b.TempDir(), "report.xlsx")
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(path, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWorkbook(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			in := benchInput(b, n)
			path := filepath.Join(b.TempDir(), "report.xlsx")
			b.ReportAllocs()
			for b.Loop() {
				if err := Write(path, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
