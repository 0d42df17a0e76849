package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Span is an inclusive span of calendar days, From and To at midnight
// UTC: what the data covers. A day outside every span of a load has no
// data, which is not the same as a day without incidents.
type Span struct {
	From, To time.Time
}

// String writes the span as ParseSpan reads it, to the day.
func (s Span) String() string {
	return s.From.Format(time.DateOnly) + ".." + s.To.Format(time.DateOnly)
}

// ParseSpan reads a declared coverage, FROM..TO, each end a year, a month
// or a day: "1970..2017" is 1 January 1970 to 31 December 2017,
// "2024-01..2024-10-15" is 1 January to 15 October 2024.
func ParseSpan(s string) (Span, error) {
	from, to, ok := strings.Cut(strings.TrimSpace(s), "..")
	if !ok {
		return Span{}, fmt.Errorf("%q: want FROM..TO, each a year, a month or a day (1970..2017, 2024-01-01..2024-10-15)", s)
	}
	a, err := parseDate(strings.TrimSpace(from))
	if err != nil {
		return Span{}, fmt.Errorf("%q: %v", s, err)
	}
	b, err := parseDate(strings.TrimSpace(to))
	if err != nil {
		return Span{}, fmt.Errorf("%q: %v", s, err)
	}
	sp := Span{From: dayOf(CivilDays(int(a.year), max(int(a.month), 1), max(int(a.dayOfMonth), 1))), To: dayOf(lastDay(b))}
	if sp.To.Before(sp.From) {
		return Span{}, fmt.Errorf("%q: ends before it starts", s)
	}
	return sp, nil
}

// lastDay is the day number of the last day a date may stand for.
func lastDay(d date) int32 {
	switch {
	case d.month == 0:
		return CivilDays(int(d.year), 12, 31)
	case d.dayOfMonth == 0:
		return CivilDays(int(d.year), int(d.month)+1, 1) - 1
	}
	return CivilDays(int(d.year), int(d.month), int(d.dayOfMonth))
}

// firstDay is the day number of the first day a date may stand for.
func firstDay(d date) int32 {
	return CivilDays(int(d.year), max(int(d.month), 1), max(int(d.dayOfMonth), 1))
}

// dayOf is the day of a day number, at midnight UTC.
func dayOf(n int32) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// dayRange is what one file's accepted reports cover, as day numbers, by
// whole months: from the first day of the month of the earliest report to
// the last day of the month of the latest (a report dated to the year
// covers the year). Incidents are too sparse for a source's first or last
// day to say where it starts or stops; its first or last month does. The
// zero value covers nothing.
type dayRange struct {
	from, to int32
	any      bool
}

func (r *dayRange) add(d date) {
	d.dayOfMonth = 0
	f, t := firstDay(d), lastDay(d)
	if !r.any {
		*r = dayRange{f, t, true}
		return
	}
	r.from, r.to = min(r.from, f), max(r.to, t)
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(spans []Span) []Span {
	spans = slices.Clone(spans)
	slices.SortFunc(spans, func(a, b Span) int { return a.From.Compare(b.From) })
	var out []Span
	for _, s := range spans {
		if n := len(out); n > 0 && !s.From.After(out[n-1].To.AddDate(0, 0, 1)) {
			if s.To.After(out[n-1].To) {
				out[n-1].To = s.To
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
