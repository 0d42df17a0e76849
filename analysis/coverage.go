package analysis

import (
	"strconv"
	"time"

	"github.com/ctreport/ctreport/data"
)

// How much of a span of days the data covers (data.Incidents.Coverage):
// all of it, part of it, or none. A span the data does not cover has no
// figures — not zeros — and is neither compared nor part of a trend.
const (
	Full    = "full"
	Partial = "partial"
	None    = "none"
)

// coverage is what the data covers, as sorted, disjoint spans of day
// numbers.
type coverage []days

func coverageOf(t *data.Incidents) coverage {
	var c coverage
	for _, s := range t.Coverage() {
		c = append(c, days{dayNumber(s.From), dayNumber(s.To)})
	}
	return c
}

// through is c without the days after last.
func (c coverage) through(last int32) coverage {
	var out coverage
	for _, s := range c {
		if s.start <= last {
			out = append(out, days{s.start, min(s.end, last)})
		}
	}
	return out
}

// of says how much of d the data covers, and the first and last day of d
// it covers (meaningful unless None).
func (c coverage) of(d days) (kind string, first, last int32) {
	var n int32
	first, last = d.end+1, d.start-1
	for _, s := range c {
		from, to := max(s.start, d.start), min(s.end, d.end)
		if from > to {
			continue
		}
		n += to - from + 1
		first, last = min(first, from), max(last, to)
	}
	switch {
	case n == 0:
		return None, 0, 0
	case n == d.end-d.start+1:
		return Full, first, last
	}
	return Partial, first, last
}

// Spans returns the coverage as calendar days, for outputs.
func (c coverage) spans() []data.Span {
	out := make([]data.Span, len(c))
	for i, d := range c {
		out[i] = data.Span{From: dayTime(d.start), To: dayTime(d.end)}
	}
	return out
}

// noData blanks the measures of a span the data does not cover: every
// figure is missing, not 0.
func (m *Measures) noData() {
	*m = Measures{NoData: true}
}

// gapWarnings flags years the data covers in full with very few incidents
// while the years around them have many: fewer than a tenth of the median
// of the (up to four) complete years within two years of it, that median
// being 10 or more. A source that skipped a year (the Global Terrorism
// Database has no 1993) would otherwise read as a year of calm.
func gapWarnings(years []YearFigures) []Warning {
	var out []Warning
	for i, y := range years {
		if !y.Complete() {
			continue
		}
		var around []float64
		for j := max(0, i-2); j <= min(len(years)-1, i+2); j++ {
			if j != i && years[j].Complete() {
				around = append(around, float64(years[j].Incidents))
			}
		}
		if len(around) < 2 {
			continue
		}
		med := medianOfCopy(around)
		if med >= 10 && float64(y.Incidents)*10 < med {
			out = append(out, Warning{WarnPossibleGap, []any{y.Incidents, strconv.Itoa(y.Year), int(med)}})
		}
	}
	return out
}

// dayString writes a day number as YYYY-MM-DD.
func dayString(n int32) string { return dayTime(n).Format(time.DateOnly) }
