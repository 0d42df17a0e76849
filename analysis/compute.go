package analysis

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ctreport/ctreport/data"
)

// incidents is the incidents table as the figures read it: typed
// columns, text as codes (text gives the value), and each incident's span
// of dates as day numbers.
type incidents struct {
	from, to []int32 // days since 1970-01-01
	year     []int16
	yearOnly []bool // the date is known to the year only
	events   []uint32
	cells    []int // -1 when not given
	arrests  []int // -1 when not given
	// anyCells and anyArrests: some incident gives the count.
	anyCells, anyArrests bool
	partners             []uint32
	country              []uint32
	byCountry            []uint32
	cooperation          []uint32
	group                []uint32
	affiliation          []uint32
	admin1               []uint32
	city                 []uint32
	text                 func(uint32) string
	// event kind of each code of events, and the split values of the
	// partner lists, by code
	kind      map[uint32]string
	partnerOf map[uint32][]string
}

func columns(t *data.Incidents) *incidents {
	year, month, dd := t.Dates()
	in := &incidents{year: year, text: t.Text,
		kind: map[uint32]string{}, partnerOf: map[uint32][]string{}}
	in.cells, in.arrests = t.Counts()
	in.anyCells = slices.ContainsFunc(in.cells, given)
	in.anyArrests = slices.ContainsFunc(in.arrests, given)
	for _, c := range []struct {
		dst  *[]uint32
		name string
	}{{&in.events, data.ColEventType}, {&in.partners, data.ColPartnerCountries}, {&in.country, data.ColCountry},
		{&in.byCountry, data.ColArrestsByCountry}, {&in.cooperation, data.ColCooperationType}, {&in.group, data.ColGroup},
		{&in.affiliation, data.ColAffiliation}, {&in.admin1, data.ColAdmin1}, {&in.city, data.ColCity}} {
		*c.dst = t.Codes(c.name)
	}
	n := t.Nrow()
	in.from, in.to, in.yearOnly = make([]int32, n), make([]int32, n), make([]bool, n)
	for i := range n {
		in.from[i], in.to[i] = spanDays(int(year[i]), int(month[i]), int(dd[i]))
		in.yearOnly[i] = month[i] == 0
	}
	return in
}

// fork returns a view of the same columns with caches of its own, for
// another goroutine.
func (in *incidents) fork() *incidents {
	c := *in
	c.kind, c.partnerOf = map[uint32]string{}, map[uint32][]string{}
	return &c
}

// dayNumber counts days from 1970-01-01.
func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

// spanDays is the first and last day (as day numbers) a date may stand
// for: the day itself, its whole month (month 1–12, day 0) or its whole
// year (month 0).
func spanDays(y, m, d int) (int32, int32) {
	switch {
	case m == 0:
		return data.CivilDays(y, 1, 1), data.CivilDays(y, 12, 31)
	case d == 0:
		return data.CivilDays(y, m, 1), data.CivilDays(y, m+1, 1) - 1
	}
	n := data.CivilDays(y, m, d)
	return n, n
}

// dayTime is the day of a day number, at midnight UTC.
func dayTime(n int32) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// days is a period as day numbers.
type days struct{ start, end int32 }

func periodDays(p Period) days { return days{dayNumber(p.Start), dayNumber(p.End)} }

// places reports whether incident i belongs to period p, as Period.Holds
// does, from the spans computed once.
func (in *incidents) places(p Period, d days, i int) bool {
	if in.yearOnly[i] && p.Kind != Year {
		return false
	}
	return in.from[i] >= d.start && in.to[i] <= d.end
}

// overlaps reports whether incident i may have happened in d.
func (in *incidents) overlaps(d days, i int) bool { return in.to[i] >= d.start && in.from[i] <= d.end }

// event returns the event type of incident i.
func (in *incidents) event(i int) string {
	c := in.events[i]
	k, ok := in.kind[c]
	if !ok {
		k = in.text(c)
		in.kind[c] = k
	}
	return k
}

// partnerList returns the partner countries of incident i.
func (in *incidents) partnerList(i int) []string {
	c := in.partners[i]
	if c == 0 {
		return nil
	}
	l, ok := in.partnerOf[c]
	if !ok {
		l = strings.Split(in.text(c), ";")
		in.partnerOf[c] = l
	}
	return l
}

// given reports whether a count of the table is given (not -1).
func given(n int) bool { return n >= 0 }

// orZero is a count of the table as a sum takes it: 0 when not given.
func orZero(n int) int { return max(n, 0) }

// tally adds incidents up into Measures.
type tally struct {
	Measures
	cells, arrests int
	// cells and arrests of the incidents with cells > 0 that give both
	perCellCells, perCellArrests int
}

func (t *tally) add(in *incidents, i int) {
	t.Incidents++
	switch in.event(i) {
	case "operation":
		t.Operations++
	case "foiled_plot":
		t.FoiledPlots++
	case "failed_attack":
		t.FailedAttacks++
	case "completed_attack":
		t.CompletedAttacks++
	}
	if c := in.cells[i]; given(c) {
		t.cells += c
		t.CellsDismantledGiven++
	}
	if a := in.arrests[i]; given(a) {
		t.arrests += a
		t.ArrestsGiven++
	}
	if c, a := in.cells[i], in.arrests[i]; c > 0 && given(a) {
		t.perCellCells += c
		t.perCellArrests += a
	}
	if in.partners[i] != 0 {
		t.CrossBorderIncidents++
	}
}

// measures finishes the counts that may be missing and the ratios: the
// cooperation rate with its Wilson 95 % interval, and arrests per cell.
// A count is missing where incidents were recorded and none of them gives
// it, and wherever no incident of the data gives it at all; a span without
// incidents of data that gives it has 0.
func (t *tally) measures(in *incidents) Measures {
	m := t.Measures
	if m.CellsDismantledGiven > 0 || m.Incidents == 0 && in.anyCells {
		m.CellsDismantled = Count(t.cells)
	}
	if m.ArrestsGiven > 0 || m.Incidents == 0 && in.anyArrests {
		m.Arrests = Count(t.arrests)
	}
	if m.Incidents > 0 {
		m.CooperationRate = Known(float64(m.CrossBorderIncidents) / float64(m.Incidents))
		if lo, hi, ok := Wilson(m.CrossBorderIncidents, m.Incidents, Z95); ok {
			m.CooperationRateLow, m.CooperationRateHigh = Known(lo), Known(hi)
		}
	}
	if t.perCellCells > 0 {
		m.ArrestsPerCell = Known(float64(t.perCellArrests) / float64(t.perCellCells))
	}
	return m
}

// Compute returns the figures of the report for period from the incidents
// table. asOf is only recorded.
func Compute(t *data.Incidents, period Period, asOf time.Time) Figures {
	in := columns(t)
	// Nothing after the as-of date is covered, whatever a file or
	// --coverage declares: a period not over then is covered in part.
	cov := coverageOf(t)
	if !asOf.IsZero() {
		cov = cov.through(dayNumber(asOf))
	}
	f := Figures{Period: period, AsOf: asOf.Format(isoDay), Coverage: cov.spans()}
	// The yearly series is counted while the periods are.
	var yb yearBreakdowns
	var seriesWarnings []Warning
	done := make(chan struct{})
	go func() {
		defer close(done)
		f.Yearly, yb = yearly(in.fork(), period, asOf, cov, &seriesWarnings)
	}()
	f.Current = periodFigures(in, period, cov)
	f.Previous = periodFigures(in, period.Previous(), cov)
	f.YearEarlier = periodFigures(in, period.YearEarlier(), cov)
	if f.Current.Unplaced > 0 {
		f.Warnings = append(f.Warnings, Warning{WarnUnplacedInPeriod, []any{f.Current.Unplaced, period.Label}})
	}
	var pb Breakdowns
	periodBreakdowns(in, period, &pb)
	<-done
	f.Warnings = append(f.Warnings, seriesWarnings...)
	f.Partners = yb.partnerYears(in.text)
	f.Breakdowns = yb.breakdowns(in.text)
	f.Breakdowns.CountryAffiliation, f.Breakdowns.Admin1, f.Breakdowns.Cities, f.Breakdowns.PeriodPartners = pb.CountryAffiliation, pb.Admin1, pb.Cities, pb.PeriodPartners
	f.Trends = trends(f.Yearly, &f.Warnings)
	f.Comparisons = compare(f.Current, f.Previous, f.YearEarlier)
	f.Warnings = append(f.Warnings, coverageWarnings(&f)...)
	f.Warnings = append(f.Warnings, gapWarnings(f.Yearly)...)
	f.Warnings = append(f.Warnings, givenWarnings(in, &f)...)
	return f
}

// coverageWarnings says which of the report's periods the data does not
// cover, or covers only in part: their figures are missing or partial,
// and they are not compared.
func coverageWarnings(f *Figures) []Warning {
	var out []Warning
	periods := []PeriodFigures{f.Current, f.Previous}
	if f.YearEarlierDiffers() {
		periods = append(periods, f.YearEarlier)
	}
	for _, pf := range periods {
		switch pf.Coverage {
		case None:
			out = append(out, Warning{WarnNoData, []any{pf.Period.Label}})
		case Partial:
			out = append(out, Warning{WarnPartlyCovered, []any{pf.Period.Label, pf.CoveredFrom, pf.CoveredTo}})
		}
	}
	return out
}

func periodFigures(in *incidents, p Period, cov coverage) PeriodFigures {
	var t tally
	unplaced := 0
	d := periodDays(p)
	for i := range in.from {
		switch {
		case in.places(p, d, i):
			t.add(in, i)
		case in.overlaps(d, i):
			unplaced++
		}
	}
	pf := PeriodFigures{Period: p, Unplaced: unplaced, Measures: t.measures(in)}
	kind, first, last := cov.of(d)
	pf.Coverage = kind
	if kind == None {
		pf.Measures.noData()
	} else {
		pf.CoveredFrom, pf.CoveredTo = dayString(first), dayString(last)
	}
	return pf
}

// yearly builds the yearly series from the first year in the data (or the
// coverage, when it starts earlier) to the year in which the period ends,
// with zeros for covered years without incidents.
// When the period ends before 31 December, its last year counts only the
// incidents up to the period's end and is marked ToDate; so is a last year
// that is not over on the as-of date.
func yearly(in *incidents, p Period, asOf time.Time, cov coverage, warnings *[]Warning) ([]YearFigures, yearBreakdowns) {
	last := p.End.Year()
	first := last
	for _, y := range in.year {
		if int(y) < first {
			first = int(y)
		}
	}
	// A coverage declared to start before the first incident starts the
	// series there: those years are covered, with no incident.
	if len(cov) > 0 {
		first = min(first, dayTime(cov[0].start).Year())
	}
	// The last year is to date when the period stops before 31 December,
	// or when the year is not over on the as-of date (a report of 2026 run
	// in November 2026).
	toDate := !p.endsYear() || p.End.After(day(asOf.Year(), asOf.Month(), asOf.Day()))
	tallies := make([]tally, last-first+1)
	yb := newYearBreakdowns(first, last)
	cut := dayNumber(p.End)
	unplaced := 0
	for i := range in.from {
		y := int(in.year[i])
		if y > last || in.from[i] > cut {
			continue // after the period: not part of this report
		}
		if in.to[i] > cut {
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
		y := first + i
		out[i] = YearFigures{Year: y, Measures: tallies[i].measures(in)}
		span := days{data.CivilDays(y, 1, 1), min(data.CivilDays(y, 12, 31), cut)}
		if out[i].Coverage, _, _ = cov.of(span); out[i].Coverage == None {
			out[i].Measures.noData()
		}
	}
	out[len(out)-1].ToDate = toDate
	return out, yb
}
