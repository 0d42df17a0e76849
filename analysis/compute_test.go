package analysis

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/data"
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// inc is one row of a hand-made incidents table.
type inc struct {
	y, m, d        int
	event          string
	cells, arrests int
	country        string
	byCountry      string
	partners, coop string
	group, affil   string
	admin1, city   string
}

func frame(rows ...inc) *data.Incidents {
	n := len(rows)
	ints := func(f func(inc) int) series.Series {
		v := make([]int, n)
		for i, r := range rows {
			v[i] = f(r)
		}
		return series.New(v, series.Int, "")
	}
	// counts: a negative count is not given (NaN in the frame).
	counts := func(f func(inc) int) series.Series {
		v := make([]any, n)
		for i, r := range rows {
			if f(r) >= 0 {
				v[i] = f(r)
			}
		}
		return series.New(v, series.Int, "")
	}
	strs := func(f func(inc) string) series.Series {
		v := make([]string, n)
		for i, r := range rows {
			v[i] = f(r)
		}
		return series.New(v, series.String, "")
	}
	named := func(s series.Series, name string) series.Series { s.Name = name; return s }
	t, err := data.FromFrame(dataframe.New(
		named(ints(func(r inc) int { return r.y }), data.ColYear),
		named(ints(func(r inc) int { return r.m }), data.ColMonth),
		named(ints(func(r inc) int { return r.d }), data.ColDay),
		named(strs(func(r inc) string { return r.event }), data.ColEventType),
		named(counts(func(r inc) int { return r.cells }), data.ColCellsDismantled),
		named(counts(func(r inc) int { return r.arrests }), data.ColArrests),
		named(strs(func(r inc) string { return r.partners }), data.ColPartnerCountries),
		named(strs(func(r inc) string { return r.country }), data.ColCountry),
		named(strs(func(r inc) string { return r.byCountry }), data.ColArrestsByCountry),
		named(strs(func(r inc) string { return r.coop }), data.ColCooperationType),
		named(strs(func(r inc) string { return r.group }), data.ColGroup),
		named(strs(func(r inc) string { return r.affil }), data.ColAffiliation),
		named(strs(func(r inc) string { return r.admin1 }), data.ColAdmin1),
		named(strs(func(r inc) string { return r.city }), data.ColCity),
	))
	if err != nil {
		panic(err)
	}
	return t
}

// A small history: 2019 (month precision), nothing in 2020, 2021 and 2022.
var history = []inc{
	{y: 2019, m: 12, event: "operation", cells: 1, arrests: 0, country: "MA", partners: "ES", coop: "joint_operation", group: "ISIS", affil: "jihadist", city: "Nador"},
	{y: 2021, m: 12, d: 18, event: "foiled_plot", arrests: 1, country: "MA", partners: "US", coop: "intelligence_sharing", group: "ISIS", affil: "jihadist"},
	{y: 2021, m: 3, d: 1, event: "operation", cells: 2, arrests: 10, country: "MA", coop: "none", affil: "unknown", admin1: "Oriental", city: "Oujda"},
	{y: 2022, m: 10, d: 4, event: "operation", cells: 1, arrests: 11, country: "MA", byCountry: "MA:2;ES:9", partners: "ES", coop: "joint_operation", group: "ISIS", affil: "jihadist", admin1: "Oriental", city: "Nador"},
	{y: 2022, m: 5, d: 2, event: "completed_attack", country: "FR", coop: "none", affil: "unknown"},
	{y: 2022, event: "operation", cells: 1, arrests: 3, country: "MA", coop: "none", affil: "separatist"}, // year precision
}

func TestComputeYear(t *testing.T) {
	p, _ := ParsePeriod("2022", asOf)
	f := Compute(frame(history...), p, asOf)
	if len(f.Yearly) != 4 || f.Yearly[0].Year != 2019 || f.Yearly[3].Year != 2022 {
		t.Fatalf("years %+v, want 2019–2022", f.Yearly)
	}
	if y := f.Yearly[1]; y.Year != 2020 || y.Incidents != 0 || y.CooperationRate.Valid || y.ArrestsPerCell.Valid {
		t.Errorf("2020 = %+v, want zeros and no rates", y)
	}
	// 2022: 3 incidents (one of year precision), 2 cells, 14 arrests, one
	// cross-border; arrests per cell over incidents with cells: (11+3)/2 = 7.
	c := f.Current
	if c.Incidents != 3 || c.Operations != 2 || c.CompletedAttacks != 1 || c.CellsDismantled != Count(2) || c.Arrests != Count(14) || c.CrossBorderIncidents != 1 {
		t.Errorf("2022 = %+v", c.Measures)
	}
	if c.ArrestsPerCell.Float64 != 7 || f.Yearly[3].ToDate {
		t.Errorf("arrests per cell %v, to date %v", c.ArrestsPerCell, f.Yearly[3].ToDate)
	}
	// Wilson 95 % for 1 of 3: centre (1/3 + z²/6)/(1 + z²/3), hand value
	// from Newcombe's formula with z = 1.96: [0.0615, 0.7923].
	if lo, hi := c.CooperationRateLow.Float64, c.CooperationRateHigh.Float64; lo < 0.0614 || lo > 0.0616 || hi < 0.7922 || hi > 0.7924 {
		t.Errorf("Wilson [%v, %v], want [0.0615, 0.7923]", lo, hi)
	}
	if f.Previous.Incidents != 2 || f.Previous.Arrests != Count(11) || f.YearEarlier.Period.Label != "2021" {
		t.Errorf("previous %+v", f.Previous)
	}
	// Arrests by country: MA:2;ES:9 split, the others to their country.
	want := map[string]int{"ES/2022": 9, "MA/2022": 5, "FR/2022": 0, "MA/2021": 11, "MA/2019": 0}
	for _, a := range f.Breakdowns.ArrestsByCountry {
		k := a.Country + "/" + strconv.Itoa(a.Year)
		if a.Arrests != want[k] {
			t.Errorf("arrests %s = %d, want %d", k, a.Arrests, want[k])
		}
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("missing arrests by country: %v", want)
	}
	if len(f.Breakdowns.PartnerPairs) != 3 || f.Breakdowns.PartnerPairs[0].Key != "MA–ES" {
		t.Errorf("pairs %+v", f.Breakdowns.PartnerPairs)
	}
	if len(f.Partners) != 3 || f.Partners[0] != (PartnerYear{"ES", 2019, 1}) {
		t.Errorf("partners %+v", f.Partners)
	}
	if ca := f.Breakdowns.CountryAffiliation; len(ca) != 3 || ca[0].Country != "FR" || ca[1].Affiliation != "jihadist" || ca[1].Arrests != 11 {
		t.Errorf("country × affiliation %+v", ca)
	}
	if cities := f.Breakdowns.Cities; len(cities) != 2 || cities[0].Key != "" || cities[1].Key != "Nador" {
		t.Errorf("cities %+v", cities)
	}
}

// A quarter: the year-precision incident of 2022 cannot be placed in
// 2022-Q3; the yearly series ends with 2022 marked to date and counts only
// what happened by 30 September (the 2 May attack).
func TestComputeQuarter(t *testing.T) {
	p, _ := ParsePeriod("2022-Q3", asOf)
	f := Compute(frame(history...), p, asOf)
	if f.Current.Incidents != 0 || f.Current.Unplaced != 1 {
		t.Errorf("Q3: %d incidents, %d unplaced; want 0 and the year-precision one", f.Current.Incidents, f.Current.Unplaced)
	}
	last := f.Yearly[len(f.Yearly)-1]
	if !last.ToDate || last.Incidents != 1 || last.CompletedAttacks != 1 {
		t.Errorf("2022 to date = %+v, want the May attack only", last)
	}
	if f.Previous.Period.Label != "2022-Q2" || f.Previous.Incidents != 1 || f.YearEarlier.Period.Label != "2021-Q3" || f.YearEarlier.Incidents != 0 {
		t.Errorf("previous %s with %d, year earlier %s with %d", f.Previous.Period.Label, f.Previous.Incidents, f.YearEarlier.Period.Label, f.YearEarlier.Incidents)
	}
	if len(f.Warnings) == 0 {
		t.Error("unplaced incidents must be warned about")
	}
	// The trend statistics leave out the to-date year: 2019–2021 only.
	if tr := f.Trends["incidents"]; tr.Years != 3 || tr.FirstYear != 2019 {
		t.Errorf("trend over %d years from %d", tr.Years, tr.FirstYear)
	}
}

// The fourth quarter ends the year: 2022 is complete, not to date.
func TestComputeFourthQuarterCompletesYear(t *testing.T) {
	p, _ := ParsePeriod("2022-Q4", asOf)
	f := Compute(frame(history...), p, asOf)
	if last := f.Yearly[len(f.Yearly)-1]; last.ToDate || last.Incidents != 3 {
		t.Errorf("2022 = %+v", last)
	}
}

// A year-precision date belongs to year periods only: a range that spans
// the whole year does not place it (docs/figures.md, Periods).
func TestYearPrecisionOnlyInYearPeriods(t *testing.T) {
	p, _ := ParsePeriod("2022-01-01..2022-12-31", asOf)
	f := Compute(frame(history...), p, asOf)
	if f.Current.Incidents != 2 || f.Current.Unplaced != 1 {
		t.Errorf("range over 2022: %d incidents, %d unplaced; want 2 and 1", f.Current.Incidents, f.Current.Unplaced)
	}
}

func TestComparisons(t *testing.T) {
	p, _ := ParsePeriod("2022", asOf)
	f := Compute(frame(history...), p, asOf)
	var arrests Comparison
	for _, c := range f.Comparisons {
		if c.Measure == "arrests" && c.Against == "previous" {
			arrests = c
		}
	}
	// 14 against 11 over two 365-day years: conditional on 25 arrests,
	// X ~ Bin(25, 1/2); P(X ≥ 14) = P(X ≤ 11) = 0.34502, two-sided 0.69003.
	if arrests.Current != Count(14) || arrests.Other != Count(11) || arrests.Change != Count(3) || !arrests.P.Valid || arrests.P.Float64 < 0.6900 || arrests.P.Float64 > 0.6901 || arrests.Significant {
		t.Errorf("arrests comparison %+v", arrests)
	}
	if pct := arrests.ChangePct.Float64; pct < 27.27 || pct > 27.28 {
		t.Errorf("change %% = %v, want 3/11 = 27.27 %%", pct)
	}
	if len(f.Comparisons) != 2*len(ComparedMeasures) {
		t.Errorf("%d comparisons", len(f.Comparisons))
	}
}

// Year-on-year changes and the 3-year moving average of the incidents
// series 1, 0, 2, 3 (2019–2022): changes −1, +2, +1; % −100, n/a, +50;
// averages from 2021: (1+0+2)/3 = 1, (0+2+3)/3 = 5/3.
func TestByYear(t *testing.T) {
	p, _ := ParsePeriod("2022", asOf)
	f := Compute(frame(history...), p, asOf)
	by := f.Trends["incidents"].ByYear
	if len(by) != 4 || by[0].Change.Valid || by[1].Change.Float64 != -1 || by[1].ChangePct.Float64 != -100 ||
		by[2].Change.Float64 != 2 || by[2].ChangePct.Valid || by[3].ChangePct.Float64 != 50 {
		t.Errorf("changes %+v", by)
	}
	if by[1].MovingAverage3.Valid || by[2].MovingAverage3.Float64 != 1 || by[3].MovingAverage3.Float64 < 1.6666 || by[3].MovingAverage3.Float64 > 1.6667 {
		t.Errorf("moving averages %+v", by)
	}
}

func TestComputeEmpty(t *testing.T) {
	p, _ := ParsePeriod("2022", asOf)
	f := Compute(frame(), p, asOf)
	if len(f.Yearly) != 1 || f.Yearly[0].Year != 2022 || f.Current.Incidents != 0 || f.Current.CooperationRate.Valid {
		t.Errorf("empty: %+v", f.Yearly)
	}
}

// Periods of the same kind count as the same length: 3 incidents in the
// leap year 2024 against 5 in 2023 is the binomial test with p = ½:
// P(X ≤ 3 | n = 8) = (1 + 8 + 28 + 56)/256 = 93/256, two-sided 0.7266.
func TestComparisonEqualExposure(t *testing.T) {
	var rows []inc
	for i := 0; i < 5; i++ {
		rows = append(rows, inc{y: 2023, m: 3, d: i + 1, event: "operation", country: "MA", coop: "none", affil: "unknown"})
	}
	for i := 0; i < 3; i++ {
		rows = append(rows, inc{y: 2024, m: 3, d: i + 1, event: "operation", country: "MA", coop: "none", affil: "unknown"})
	}
	p, _ := ParsePeriod("2024", asOf)
	f := Compute(frame(rows...), p, asOf)
	c := f.Comparisons[0]
	if c.Measure != "incidents" || c.Current != Count(3) || c.Other != Count(5) || c.P.Float64 < 0.7265 || c.P.Float64 > 0.7267 || c.RateRatio.Float64 != 0.6 {
		t.Errorf("comparison %+v, want p 0.7266 and ratio 0.6", c)
	}
}

// A year that is not over on the as-of date is to date, and out of the
// trend statistics.
func TestCurrentYearIsToDate(t *testing.T) {
	p, _ := ParsePeriod("2026", asOf)
	f := Compute(frame(history...), p, asOf)
	if last := f.Yearly[len(f.Yearly)-1]; last.Year != 2026 || !last.ToDate {
		t.Errorf("2026 as of 28 November 2026: %+v, want to date", last)
	}
}

// A count no incident gives is missing, never 0: in the period, in the
// series, in the comparisons and in the trend statistics. Where some
// incidents give it, it is the sum of those that do, and says how many.
func TestCountsNotGiven(t *testing.T) {
	const no = -1
	var rows []inc
	for y := 2018; y <= 2022; y++ {
		for d := 1; d <= 4; d++ {
			rows = append(rows, inc{y: y, m: 3, d: d, event: "operation", cells: 1, arrests: no, country: "MA", coop: "none", affil: "unknown"})
		}
	}
	// 2022: two incidents give arrests (3 and 4), two do not.
	rows[16].arrests, rows[17].arrests = 3, 4
	rows = append(rows, inc{y: 2016, m: 1, d: 1, event: "operation", cells: no, arrests: no, country: "MA", coop: "none", affil: "unknown"})
	p, _ := ParsePeriod("2022", asOf)
	f := Compute(frame(rows...), p, asOf)
	if c := f.Current; c.Arrests != Count(7) || c.ArrestsGiven != 2 || c.Incidents != 4 || c.CellsDismantled != Count(4) || c.CellsDismantledGiven != 4 {
		t.Errorf("2022: arrests %v given %d of %d, cells %v given %d", c.Arrests, c.ArrestsGiven, c.Incidents, c.CellsDismantled, c.CellsDismantledGiven)
	}
	if a := f.Previous.Arrests; a.Valid {
		t.Errorf("2021 arrests %v, want not given (4 incidents, none gives them)", a)
	}
	byYear := map[int]Measures{}
	for _, y := range f.Yearly {
		byYear[y.Year] = y.Measures
	}
	// 2016: one incident that gives neither count; 2017: no incident, and
	// the data gives cells elsewhere, so 0 cells; arrests too (given in 2022).
	if m := byYear[2016]; m.CellsDismantled.Valid || m.Arrests.Valid {
		t.Errorf("2016: cells %v, arrests %v, want both not given", m.CellsDismantled, m.Arrests)
	}
	if m := byYear[2017]; m.CellsDismantled != Count(0) || m.Arrests != Count(0) || m.Incidents != 0 {
		t.Errorf("2017 (no incident): cells %v, arrests %v, want 0 and 0", m.CellsDismantled, m.Arrests)
	}
	for _, c := range f.Comparisons {
		if c.Measure == "arrests" && c.Against == "previous" {
			if c.Current != Count(7) || c.Other.Valid || c.Change.Valid || c.ChangePct.Valid || c.P.Valid || c.Significant {
				t.Errorf("arrests against 2021: %+v, want no change and no test", c)
			}
		}
	}
	// Arrests are given in 2017 (0: no incident) and 2022 (to date is off:
	// 2022 is over); the trend has those two years only.
	if tr := f.Trends["arrests"]; tr.Years != 2 {
		t.Errorf("arrests trend over %d years, want 2", tr.Years)
	}
	wantWarnings := map[string]bool{
		`not_given [4 arrests 2021]`:      true,
		`partly_given [4 2 arrests 2022]`: true,
	}
	for _, w := range f.Warnings {
		key := fmt.Sprint(w.Code, " ", w.Args)
		if strings.Contains(key, "given") && !wantWarnings[key] {
			t.Errorf("unexpected warning %s", key)
		}
		delete(wantWarnings, key)
	}
	if len(wantWarnings) > 0 {
		t.Errorf("missing warnings %v among %v", wantWarnings, f.Warnings)
	}

	// No incident of the data gives arrests: missing everywhere, even in a
	// year without incidents.
	for i := range rows {
		rows[i].arrests = no
	}
	f = Compute(frame(rows...), p, asOf)
	for _, y := range f.Yearly {
		if y.Arrests.Valid {
			t.Errorf("%d: arrests %v with no arrests given anywhere", y.Year, y.Arrests)
		}
	}
	var absent []string
	for _, w := range f.Warnings {
		if strings.Contains(w.Code, "given") || w.Code == WarnMeasureAbsent {
			absent = append(absent, fmt.Sprint(w.Code, " ", w.Args))
		}
	}
	if !slices.Equal(absent, []string{"measure_absent [arrests]"}) {
		t.Errorf("warnings %v, want only that arrests are absent", absent)
	}
}
