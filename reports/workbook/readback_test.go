package workbook

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// readSheet reads every row of a sheet with raw values (numbers as
// stored, not as formatted).
func readSheet(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("reading sheet %s: %v", sheet, err)
	}
	return rows
}

// readSection returns the header and the data rows of the section titled
// title: the row after the title, and the rows after it up to the first
// blank one.
func readSection(t *testing.T, rows [][]string, sheet, title string) (header []string, data [][]string) {
	t.Helper()
	for i, row := range rows {
		if len(row) == 0 || row[0] != title {
			continue
		}
		if i+1 >= len(rows) {
			break
		}
		for _, r := range rows[i+2:] {
			if len(r) == 0 || strings.Join(r, "") == "" {
				break
			}
			data = append(data, r)
		}
		return rows[i+1], data
	}
	t.Fatalf("sheet %s: no section %q", sheet, title)
	return nil, nil
}

// at is row[i], or "" past the row's end (GetRows leaves off trailing
// empty cells).
func at(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// sameNumber reports whether a raw cell value is the number want.
func sameNumber(got string, want float64) bool {
	v, err := strconv.ParseFloat(got, 64)
	return err == nil && math.Abs(v-want) <= 1e-9*max(1, math.Abs(want))
}

// crossTable is a breakdown as the test expects it: count by row label and
// column label.
type crossTable map[string]map[string]int

func (c crossTable) add(row, col string, n int) {
	if c[row] == nil {
		c[row] = map[string]int{}
	}
	c[row][col] += n
}

// checkCrossTable compares a cross-table section with want: every row has
// its count under each column, 0 where want has none, and the row total.
func checkCrossTable(t *testing.T, sheet, title string, header []string, data [][]string, want crossTable) {
	t.Helper()
	if len(data) != len(want) {
		t.Errorf("%s / %s: %d rows, want %d: %q", sheet, title, len(data), len(want), data)
	}
	for _, row := range data {
		w, ok := want[row[0]]
		if !ok {
			t.Errorf("%s / %s: unexpected row %q", sheet, title, row)
			continue
		}
		total := 0
		for c, label := range header[1 : len(header)-1] {
			if got := at(row, c+1); !sameNumber(got, float64(w[label])) {
				t.Errorf("%s / %s: %s × %s = %q, want %d", sheet, title, row[0], label, got, w[label])
			}
			total += w[label]
		}
		if got := at(row, len(header)-1); !sameNumber(got, float64(total)) {
			t.Errorf("%s / %s: total of %s = %q, want %d", sheet, title, row[0], got, total)
		}
	}
}

// TestWorkbookReadBack writes the workbook in each language, reads it
// back, and checks every sheet's headers and values against the figures it
// was written from.
func TestWorkbookReadBack(t *testing.T) {
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			in := workbookInput(t)
			in.Settings.Lang = lang
			fig := in.Figures
			f, _ := writeTestWorkbook(t, in)
			tr := func(key string) string { return i18n.T(lang, key) }
			sheet := func(key string) string { return sheetName(tr(key)) }

			wantSheets := []string{sheet("wb.sheet.summary"), sheet("wb.sheet.yearly"), sheet("wb.sheet.cooperation"), sheet("wb.sheet.affiliation"),
				sheet("wb.sheet.locations"), sheet("wb.sheet.incidents"), sheet("wb.sheet.quality"), sheet("wb.sheet.about")}
			// The changes from year to year and the trend statistics have
			// their own sheets, after Yearly.
			changes, trends := sheet("wb.sheet.changes"), sheet("wb.sheet.trends")
			if got, want := f.GetSheetList(), slices.Insert(slices.Clone(wantSheets), 2, changes, trends); !slices.Equal(got, want) {
				t.Fatalf("sheets = %q, want %q", got, want)
			}
			for _, s := range wantSheets {
				for r, row := range readSheet(t, f, s) {
					for c, v := range row {
						if strings.Contains(v, "[wb.") || strings.Contains(v, "NaN") || strings.Contains(v, "Inf") || strings.Contains(v, "%!") {
							t.Errorf("%s!%s holds %q: a missing message, a bad format or a non-number", s, ref(c+1, r+1), v)
						}
					}
				}
			}

			// Every table keeps its Excel table (filter buttons) in every
			// language: its headers are unique and non-empty.
			for i, want := range map[int]int{1: 1, 2: 5, 3: 10, 4: 2, 5: 1, 6: 4} { // with the data of the stacked charts
				if tables, err := f.GetTables(wantSheets[i]); err != nil || len(tables) != want {
					t.Errorf("sheet %s has %d tables (%v), want %d", wantSheets[i], len(tables), err, want)
				}
			}
			for _, s := range []string{changes, trends} {
				if tables, err := f.GetTables(s); err != nil || len(tables) != 1 {
					t.Errorf("sheet %s has %d tables (%v), want 1", s, len(tables), err)
				}
			}

			checkSummaryReadBack(t, f, wantSheets[0], fig, lang)
			checkYearlyReadBack(t, f, wantSheets[1], fig, lang)
			checkCooperationReadBack(t, f, wantSheets[2], fig, lang)
			checkAffiliationReadBack(t, f, wantSheets[3], fig, lang)
			checkLocationsReadBack(t, f, wantSheets[4], fig, lang)

			incidents := readSheet(t, f, wantSheets[5])
			wantHeader := []string{}
			for _, c := range []string{"incident_id", "date", "date_precision", "date_precision_code", "country", "country_code", "event_type", "event_type_code", "cells_dismantled", "arrests", "arrests_by_country", "arrests_by_country_code", "partner_countries", "partner_countries_code", "cooperation_type", "cooperation_type_code", "group", "affiliation", "affiliation_code", "admin1", "city", "sources", "latitude", "longitude", "lead_agency", "linked_incident_ids", "seized", "source_name", "source_url", "source_date", "notes"} {
				wantHeader = append(wantHeader, tr("wb.col."+c))
			}
			if !slices.Equal(incidents[0], wantHeader) || len(incidents) != 5 || incidents[1][0] != "MA-2022-10-04-NADOR" {
				t.Errorf("Incidents: header %q and %d rows, want %q and 4 incidents", incidents[0], len(incidents)-1, wantHeader)
			}

			quality := readSheet(t, f, wantSheets[6])
			header, data := readSection(t, quality, wantSheets[6], tr("wb.quality.files"))
			if want := []string{tr("wb.quality.file"), tr("wb.quality.rows_read"), tr("wb.quality.accepted"), tr("wb.quality.copies_dropped"), tr("wb.quality.rejected_rows"), tr("wb.quality.sha256")}; !slices.Equal(header, want) {
				t.Errorf("Quality header = %q, want %q", header, want)
			}
			if file := in.Data.Files[0]; data[0][0] != file.Path || !sameNumber(data[0][1], float64(file.RowsRead)) || !sameNumber(data[0][4], float64(file.Rejected)) {
				t.Errorf("Quality file row = %q, want %+v", data[0], file)
			}
			for _, title := range []string{"wb.quality.rejected", "wb.quality.notes", "wb.quality.warnings", "wb.quality.duplicates"} {
				readSection(t, quality, wantSheets[6], tr(title))
			}

			about := readSheet(t, f, wantSheets[7])
			header, data = readSection(t, about, wantSheets[7], tr("wb.about.title"))
			if want := []string{tr("wb.about.item"), tr("wb.about.value")}; !slices.Equal(header, want) || data[0][1] != in.Version {
				t.Errorf("About: header %q, first row %q; want %q and the version", header, data[0], want)
			}
			_, defs := readSection(t, about, wantSheets[7], tr("wb.about.definitions"))
			for _, ms := range measures {
				if !slices.ContainsFunc(defs, func(r []string) bool { return r[0] == tr("wb.measure."+ms.key) && r[1] == tr("wb.def."+ms.key) }) {
					t.Errorf("About: no definition of %s", ms.key)
				}
			}
		})
	}
}

func checkSummaryReadBack(t *testing.T, f *excelize.File, s string, fig analysis.Figures, lang string) {
	t.Helper()
	tr := func(key string) string { return i18n.T(lang, key) }
	rows := readSheet(t, f, s)
	header, data := readSection(t, rows, s, tr("wb.summary.key_figures"))
	change, pct, p, assess := tr("wb.summary.change"), tr("wb.summary.percent_change"), tr("wb.summary.p_value"), tr("wb.summary.assessment")
	want := []string{tr("wb.summary.measure"), tr("wb.summary.current_period"), tr("wb.summary.previous_period"), change, pct, p, assess}
	if fig.YearEarlierDiffers() { // for a year, the previous year is the year earlier: shown once
		want = append(want, tr("wb.summary.year_earlier"), change, pct, p, assess)
	}
	if !slices.Equal(header, want) {
		t.Errorf("Summary header = %q, want %q", header, want)
	}
	for i, ms := range measures {
		row := data[i]
		if row[0] != tr("wb.measure."+ms.key) {
			t.Errorf("Summary row %d is %q, want %s", i, row[0], ms.key)
		}
		for col, m := range map[int]analysis.Measures{1: fig.Current.Measures, 2: fig.Previous.Measures, 7: fig.YearEarlier.Measures} {
			if col == 7 && !fig.YearEarlierDiffers() {
				continue
			}
			if v := ms.figure(m); v.Valid && !sameNumber(at(row, col), v.Float64) {
				t.Errorf("Summary %s column %d = %q, want %v", ms.key, col+1, row[col], v.Float64)
			}
		}
	}
	for _, c := range fig.Comparisons {
		if c.Against == "year_earlier" && !fig.YearEarlierDiffers() {
			continue
		}
		i := slices.IndexFunc(measures, func(ms measure) bool { return ms.key == c.Measure })
		col := 3 // previous: change at D
		if c.Against == "year_earlier" {
			col = 8
		}
		row := data[i]
		if !sameNumber(at(row, col), float64(c.Change.Int)) || !sameNumber(at(row, col+2), c.P.Float64) {
			t.Errorf("Summary %s against %s: change %q, p %q; want %v and %v", c.Measure, c.Against, row[col], row[col+2], c.Change, c.P.Float64)
		}
		if c.ChangePct.Valid && !sameNumber(at(row, col+1), c.ChangePct.Float64/100) {
			t.Errorf("Summary %s against %s: %% change %q, want %v", c.Measure, c.Against, row[col+1], c.ChangePct.Float64/100)
		}
		want := tr("wb.assess.normal")
		if c.P.Float64 < 0.05 {
			want = tr("wb.assess.significant")
		}
		if at(row, col+3) != want {
			t.Errorf("Summary %s against %s: assessment %q, want %q", c.Measure, c.Against, row[col+3], want)
		}
	}
	header, data = readSection(t, rows, s, tr("wb.summary.trends"))
	if want := []string{tr("wb.trend.series"), tr("wb.trend.verdict"), tr("wb.trend.years")}; !slices.Equal(header, want) || len(data) != len(analysis.TrendSeries) {
		t.Errorf("Summary trends: header %q, %d rows", header, len(data))
	}
	for i, key := range analysis.TrendSeries {
		if data[i][0] != tr("wb.measure."+key) || data[i][1] != tr("wb.trend.too_few") || !sameNumber(data[i][2], float64(fig.Trends[key].Years)) {
			t.Errorf("Summary trend row %q", data[i])
		}
	}
}

func checkYearlyReadBack(t *testing.T, f *excelize.File, s string, fig analysis.Figures, lang string) {
	t.Helper()
	tr := func(key string) string { return i18n.T(lang, key) }
	rows := readSheet(t, f, s)
	col := func(h string) int {
		i := slices.Index(rows[0], h)
		if i < 0 {
			t.Fatalf("Yearly: no header %q in %q", h, rows[0])
		}
		return i
	}
	for i, y := range fig.Yearly {
		row := rows[i+1]
		for _, c := range []struct {
			key  string
			want float64
		}{{"wb.yearly.year", float64(y.Year)}, {"wb.measure.incidents", float64(y.Incidents)}, {"wb.measure.arrests", float64(y.Arrests.Int)},
			{"wb.measure.cells_dismantled", float64(y.CellsDismantled.Int)}, {"wb.measure.cooperation_rate", y.CooperationRate.Float64}} {
			if got := at(row, col(tr(c.key))); !sameNumber(got, c.want) {
				t.Errorf("Yearly %d %s = %q, want %v", y.Year, c.key, got, c.want)
			}
		}
	}
	rows = readSheet(t, f, sheetName(tr("wb.sheet.changes")))
	col = func(h string) int {
		i := slices.Index(rows[0], h)
		if i < 0 {
			t.Fatalf("Yearly changes: no header %q in %q", h, rows[0])
		}
		return i
	}
	for i, y := range fig.Yearly {
		row := rows[i+1]
		if got := at(row, 0); !sameNumber(got, float64(y.Year)) {
			t.Errorf("Yearly changes row %d: year %q, want %d", i+2, got, y.Year)
		}
		for _, key := range analysis.TrendSeries {
			name := tr("wb.measure." + key)
			yc := fig.Trends[key].ByYear[i]
			changeKey := "wb.yearly.change"
			scale := 1.0
			if key == "cooperation_rate" {
				changeKey, scale = "wb.yearly.change_points", 100
			}
			got := at(row, col(i18n.F(lang, changeKey, name)))
			if yc.Change.Valid != (got != "") || yc.Change.Valid && !sameNumber(got, scale*yc.Change.Float64) {
				t.Errorf("Yearly changes %d %s change = %q, want %+v", y.Year, key, got, yc.Change)
			}
			if key == "cooperation_rate" {
				// A rate changes in points only.
				if slices.Contains(rows[0], i18n.F(lang, "wb.yearly.percent_change", name)) {
					t.Errorf("Yearly changes: a %% change of %s beside its change in points", key)
				}
				continue
			}
			got = at(row, col(i18n.F(lang, "wb.yearly.percent_change", name)))
			switch {
			case yc.ChangePct.Valid:
				if !sameNumber(got, yc.ChangePct.Float64/100) {
					t.Errorf("Yearly %d %s %% change = %q, want %v", y.Year, key, got, yc.ChangePct.Float64/100)
				}
			case yc.Change.Valid:
				if got != tr("n_a") {
					t.Errorf("Yearly %d %s %% change from 0 = %q, want n/a", y.Year, key, got)
				}
			case got != "":
				t.Errorf("Yearly %d %s %% change = %q, want an empty cell", y.Year, key, got)
			}
		}
	}
	rows = readSheet(t, f, sheetName(tr("wb.sheet.trends")))
	header, data := readSection(t, rows, s, tr("wb.trend.title"))
	if header[0] != tr("wb.trend.series") || header[len(header)-1] != tr("wb.trend.verdict") || len(data) != len(analysis.TrendSeries) {
		t.Errorf("Yearly trend statistics: header %q, %d rows", header, len(data))
	}
}

// byCode checks a table of countries shown by name ("Spain";
// "Morocco–Spain"), with no column of codes and no code among the names,
// and returns it keyed by the codes of the test data (MA, ES), which it
// finds by name.
func byCode(t *testing.T, header []string, data [][]string, lang string) ([]string, [][]string) {
	t.Helper()
	if len(header) > 1 && header[1] == i18n.T(lang, "wb.code") {
		t.Errorf("header %q: a column of codes beside the names", header)
	}
	codeOf := map[string]string{}
	for _, code := range []string{"MA", "ES"} {
		name, _ := i18n.Country(lang, code)
		codeOf[name] = code
	}
	out := make([][]string, len(data))
	for i, r := range data {
		var codes []string
		for _, name := range strings.Split(r[0], "–") {
			code, ok := codeOf[name]
			if !ok {
				t.Errorf("row %q: %q is not the name of a country of the data", r, name)
			}
			codes = append(codes, code)
		}
		out[i] = append([]string{strings.Join(codes, "–")}, r[1:]...)
	}
	return header, out
}

func checkCooperationReadBack(t *testing.T, f *excelize.File, s string, fig analysis.Figures, lang string) {
	t.Helper()
	tr := func(key string) string { return i18n.T(lang, key) }
	rows := readSheet(t, f, s)
	years := []string{"2021", "2022"}
	byKeyYear := func(items []analysis.KeyYear, label func(string) string) crossTable {
		c := crossTable{}
		for _, it := range items {
			c.add(label(it.Key), strconv.Itoa(it.Year), it.Incidents)
		}
		return c
	}
	same := func(k string) string { return k }
	partners, arrests := crossTable{}, crossTable{}
	for _, p := range fig.Partners {
		partners.add(p.Country, strconv.Itoa(p.Year), p.Incidents)
	}
	for _, a := range fig.Breakdowns.ArrestsByCountry {
		arrests.add(a.Country, strconv.Itoa(a.Year), a.Arrests)
	}
	coopType := func(k string) string {
		if s := tr("wb.cooperation_type." + k); !strings.HasPrefix(s, "[") {
			return s
		}
		return k
	}
	for _, c := range []struct {
		title, key string
		want       crossTable
	}{
		{"wb.coop.partners", "wb.coop.partner", partners},
		{"wb.coop.types", "wb.coop.type", byKeyYear(fig.Breakdowns.CooperationTypes, coopType)},
		{"wb.coop.pairs", "wb.coop.pair", byKeyYear(fig.Breakdowns.PartnerPairs, same)},
		{"wb.coop.arrests_by_country", "wb.country", arrests},
	} {
		header, data := readSection(t, rows, s, tr(c.title))
		if c.title != "wb.coop.types" {
			header, data = byCode(t, header, data, lang)
		}
		if want := append(append([]string{tr(c.key)}, years...), tr("wb.total")); !slices.Equal(header, want) {
			t.Errorf("%s / %s header = %q, want %q", s, c.title, header, want)
		}
		checkCrossTable(t, s, c.title, header, data, c.want)
	}
	// A value the catalogue does not know keeps its own name.
	_, data := readSection(t, rows, s, tr("wb.coop.types"))
	if !slices.ContainsFunc(data, func(r []string) bool { return r[0] == "secret_handshake" }) || data[0][0] != tr("wb.cooperation_type.joint_operation") {
		t.Errorf("cooperation types = %q", data)
	}
}

func checkAffiliationReadBack(t *testing.T, f *excelize.File, s string, fig analysis.Figures, lang string) {
	t.Helper()
	tr := func(key string) string { return i18n.T(lang, key) }
	rows := readSheet(t, f, s)
	affiliation := func(k string) string {
		if k == "" {
			return tr("wb.not_given")
		}
		return tr("wb.affiliation." + k)
	}
	for _, m := range []struct {
		key     string
		measure func(analysis.Counts) int
	}{{"incidents", countIncidents}, {"arrests", countArrests}, {"cells", countCells}} {
		for _, dim := range []struct {
			key   string
			items []analysis.KeyYear
			label func(string) string
		}{{"affiliation", fig.Breakdowns.Affiliations, affiliation}, {"group", fig.Breakdowns.Groups, func(k string) string { return k }}} {
			want := crossTable{}
			for _, it := range dim.items {
				want.add(dim.label(it.Key), strconv.Itoa(it.Year), m.measure(it.Counts))
			}
			title := tr("wb.affil." + dim.key + "_" + m.key)
			header, data := readSection(t, rows, s, title)
			if header[0] != tr("wb.affil."+dim.key) {
				t.Errorf("%s / %s: header %q", s, title, header)
			}
			checkCrossTable(t, s, title, header, data, want)
		}
		want := crossTable{}
		for _, ca := range fig.Breakdowns.CountryAffiliation {
			want.add(ca.Country, affiliation(ca.Affiliation), m.measure(ca.Counts))
		}
		title := i18n.F(lang, "wb.affil.country_"+m.key, fig.Period.Label)
		header, data := readSection(t, rows, s, title)
		header, data = byCode(t, header, data, lang)
		if header[0] != tr("wb.country") || len(header) != 4 || header[3] != tr("wb.total") {
			t.Errorf("%s / %s: header %q, want countries down and 2 affiliations across", s, title, header)
		}
		checkCrossTable(t, s, title, header, data, want)
	}
	// A group named like a formula stays text.
	r := findRow(t, f, s, 1, "=cmd|' /C calc'!A0")
	if got := formula(t, f, s, ref(1, r)); got != "" || isNumber(t, f, s, ref(1, r)) {
		t.Errorf("group name became the formula %q", got)
	}
}

func checkLocationsReadBack(t *testing.T, f *excelize.File, s string, fig analysis.Figures, lang string) {
	t.Helper()
	tr := func(key string) string { return i18n.T(lang, key) }
	rows := readSheet(t, f, s)
	for _, c := range []struct {
		title, key string
		items      []analysis.KeyCounts
	}{{"wb.loc.admin1", "wb.loc.region", fig.Breakdowns.Admin1}, {"wb.loc.cities", "wb.loc.city", fig.Breakdowns.Cities}} {
		title := i18n.F(lang, c.title, fig.Period.Label)
		header, data := readSection(t, rows, s, title)
		if want := []string{tr(c.key), tr("wb.measure.incidents"), tr("wb.measure.cells_dismantled"), tr("wb.measure.arrests")}; !slices.Equal(header, want) {
			t.Errorf("%s / %s header = %q, want %q", s, title, header, want)
		}
		if len(data) != len(c.items) {
			t.Fatalf("%s / %s: %d rows, want %d", s, title, len(data), len(c.items))
		}
		for i, it := range c.items {
			key := it.Key
			if key == "" {
				key = tr("wb.not_given")
			}
			row := data[i]
			if row[0] != key || !sameNumber(at(row, 1), float64(it.Incidents)) || !sameNumber(row[2], float64(it.CellsDismantled)) || !sameNumber(row[3], float64(it.Arrests)) {
				t.Errorf("%s / %s row %q, want %+v", s, title, row, it)
			}
		}
	}
	// A city that begins with + stays text, not a number or a formula.
	r := findRow(t, f, s, 1, "+212 Nador")
	if isNumber(t, f, s, ref(1, r)) || formula(t, f, s, ref(1, r)) != "" {
		t.Error(`city "+212 Nador" is not text`)
	}
}
