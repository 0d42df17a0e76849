package analysis

import (
	"fmt"
	"strconv"
	"time"

	"github.com/go-gota/gota/dataframe"
)

// Column names of the incidents table this package reads (see package
// data; repeated here because analysis does not import the loader).
const (
	colYear     = "year"
	colMonth    = "month"
	colDay      = "day"
	colEvent    = "event_type"
	colCells    = "cells_dismantled"
	colArrests  = "arrests"
	colPartners = "partner_countries"
	colCountry  = "country"
	colByCntry  = "arrests_by_country"
	colCoop     = "cooperation_type"
	colGroup    = "group"
	colAffil    = "affiliation"
	colAdmin1   = "admin1"
	colCity     = "city"
)

// incidents holds the typed columns of the incidents table that the
// figures need, and each incident's span of dates.
type incidents struct {
	from, to    []time.Time
	yearOnly    []bool // the date is known to the year only
	events      []string
	cells       []int
	arrests     []int
	partners    []string
	country     []string
	byCountry   []string
	cooperation []string
	group       []string
	affiliation []string
	admin1      []string
	city        []string
}

func columns(df dataframe.DataFrame) (*incidents, error) {
	ints := func(name string) ([]int, error) {
		s := df.Col(name)
		if s.Err != nil {
			return nil, fmt.Errorf("incidents table: column %s: %w", name, s.Err)
		}
		return s.Int()
	}
	strs := func(name string) ([]string, error) {
		s := df.Col(name)
		if s.Err != nil {
			return nil, fmt.Errorf("incidents table: column %s: %w", name, s.Err)
		}
		return s.Records(), nil
	}
	var in incidents
	var years, months, days []int
	var err error
	for _, c := range []struct {
		dst  *[]int
		name string
	}{{&years, colYear}, {&months, colMonth}, {&days, colDay}, {&in.cells, colCells}, {&in.arrests, colArrests}} {
		if *c.dst, err = ints(c.name); err != nil {
			return nil, err
		}
	}
	for _, c := range []struct {
		dst  *[]string
		name string
	}{{&in.events, colEvent}, {&in.partners, colPartners}, {&in.country, colCountry}, {&in.byCountry, colByCntry},
		{&in.cooperation, colCoop}, {&in.group, colGroup}, {&in.affiliation, colAffil}, {&in.admin1, colAdmin1}, {&in.city, colCity}} {
		if *c.dst, err = strs(c.name); err != nil {
			return nil, err
		}
	}
	n := len(years)
	in.from, in.to, in.yearOnly = make([]time.Time, n), make([]time.Time, n), make([]bool, n)
	for i := range years {
		in.from[i], in.to[i] = span(years[i], months[i], days[i])
		in.yearOnly[i] = months[i] == 0
	}
	return &in, nil
}

// span is the first and last day a date may stand for: the day itself, its
// whole month (month 1–12, day 0) or its whole year (month 0).
func span(y, m, d int) (time.Time, time.Time) {
	switch {
	case m == 0:
		return day(y, 1, 1), day(y, 12, 31)
	case d == 0:
		start := day(y, time.Month(m), 1)
		return start, start.AddDate(0, 1, -1)
	}
	t := day(y, time.Month(m), d)
	return t, t
}

// places reports whether incident i belongs to period p, as Period.Holds
// does, from the spans computed once.
func (in *incidents) places(p Period, i int) bool {
	if in.yearOnly[i] && p.Kind != Year {
		return false
	}
	return p.Contains(in.from[i], in.to[i])
}

// tally adds incidents up into Measures.
type tally struct {
	Measures
	cellsWithArrests int // arrests of incidents with cells > 0
}

func (t *tally) add(in *incidents, i int) {
	t.Incidents++
	switch in.events[i] {
	case "operation":
		t.Operations++
	case "foiled_plot":
		t.FoiledPlots++
	case "failed_attack":
		t.FailedAttacks++
	case "completed_attack":
		t.CompletedAttacks++
	}
	t.CellsDismantled += in.cells[i]
	t.Arrests += in.arrests[i]
	if in.cells[i] > 0 {
		t.cellsWithArrests += in.arrests[i]
	}
	if in.partners[i] != "" {
		t.CrossBorderIncidents++
	}
}

// measures finishes the ratios: the cooperation rate with its Wilson 95 %
// interval, and arrests per cell.
func (t *tally) measures() Measures {
	m := t.Measures
	if m.Incidents > 0 {
		m.CooperationRate = Known(float64(m.CrossBorderIncidents) / float64(m.Incidents))
		if lo, hi, ok := Wilson(m.CrossBorderIncidents, m.Incidents, Z95); ok {
			m.CooperationRateLow, m.CooperationRateHigh = Known(lo), Known(hi)
		}
	}
	if m.CellsDismantled > 0 {
		m.ArrestsPerCell = Known(float64(t.cellsWithArrests) / float64(m.CellsDismantled))
	}
	return m
}

// Compute returns the figures of the report for period from the incidents
// table df (package data's table). asOf is only recorded.
func Compute(df dataframe.DataFrame, period Period, asOf time.Time) (Figures, error) {
	in, err := columns(df)
	if err != nil {
		return Figures{}, err
	}
	f := Figures{Period: period, AsOf: asOf.Format(isoDay)}
	f.Current = periodFigures(in, period)
	f.Previous = periodFigures(in, period.Previous())
	f.YearEarlier = periodFigures(in, period.YearEarlier())
	if f.Current.Unplaced > 0 {
		f.Warnings = append(f.Warnings, Warning{WarnUnplacedInPeriod, []any{f.Current.Unplaced, period.Label}})
	}
	var yb yearBreakdowns
	f.Yearly, yb = yearly(in, period, asOf, &f.Warnings)
	f.Partners = yb.partnerYears()
	f.Breakdowns = yb.breakdowns()
	periodBreakdowns(in, period, &f.Breakdowns)
	f.Trends = trends(f.Yearly, &f.Warnings)
	f.Comparisons = compare(f.Current, f.Previous, f.YearEarlier)
	return f, nil
}

func periodFigures(in *incidents, p Period) PeriodFigures {
	var t tally
	unplaced := 0
	for i := range in.from {
		switch {
		case in.places(p, i):
			t.add(in, i)
		case p.Overlaps(in.from[i], in.to[i]):
			unplaced++
		}
	}
	return PeriodFigures{Period: p, Unplaced: unplaced, Measures: t.measures()}
}

// yearly builds the yearly series from the first year in the data to the
// year in which the period ends, with zeros for years without incidents.
// When the period ends before 31 December, its last year counts only the
// incidents up to the period's end and is marked ToDate; so is a last year
// that is not over on the as-of date.
func yearly(in *incidents, p Period, asOf time.Time, warnings *[]Warning) ([]YearFigures, yearBreakdowns) {
	last := p.End.Year()
	first := last
	for _, t := range in.from {
		if y := t.Year(); y < first {
			first = y
		}
	}
	// The last year is to date when the period stops before 31 December,
	// or when the year is not over on the as-of date (a report of 2026 run
	// in November 2026).
	toDate := !p.endsYear() || p.End.After(day(asOf.Year(), asOf.Month(), asOf.Day()))
	tallies := make([]tally, last-first+1)
	yb := newYearBreakdowns()
	cut := p.End
	unplaced := 0
	for i := range in.from {
		y := in.from[i].Year()
		if y > last || in.from[i].After(cut) {
			continue // after the period: not part of this report
		}
		if in.to[i].Year() != y || in.to[i].After(cut) {
			unplaced++ // a year-precision date in a year that is only partly covered
			continue
		}
		tallies[y-first].add(in, i)
		yb.add(in, i, y)
	}
	if unplaced > 0 {
		*warnings = append(*warnings, Warning{WarnUnplacedInSeries, []any{unplaced, strconv.Itoa(last), p.End.Format(isoDay)}})
	}
	out := make([]YearFigures, len(tallies))
	for i := range tallies {
		out[i] = YearFigures{Year: first + i, Measures: tallies[i].measures()}
	}
	out[len(out)-1].ToDate = toDate
	return out, yb
}
