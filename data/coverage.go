package data

import (
	"fmt"
	"path/filepath"
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

// FileSpans are spans declared for single input files, by file name
// (its base name, or the path as given).
type FileSpans map[string]Span

// ParseCoverage reads a declared coverage: one span for the whole run
// ("1970..2017"), or spans per input file, comma-separated, each
// NAME=FROM..TO ("gtd.csv=1970..2017,desk.csv=2020-01..2024-10"); a
// run-wide span may come first and is then taken for the files not named.
func ParseCoverage(s string) (run *Span, files FileSpans, err error) {
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		name, span, named := strings.Cut(item, "=")
		if !named {
			span = item
		}
		sp, err := ParseSpan(span)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case !named && run != nil:
			return nil, nil, fmt.Errorf("%q: one span for the run at most; name the file of each other span (NAME=FROM..TO)", s)
		case !named:
			run = &sp
		default:
			name = strings.TrimSpace(name)
			if files == nil {
				files = FileSpans{}
			}
			if _, dup := files[name]; dup || name == "" {
				return nil, nil, fmt.Errorf("%q: file %q named twice or empty", s, name)
			}
			files[name] = sp
		}
	}
	if run == nil && files == nil {
		return nil, nil, fmt.Errorf("%q: want FROM..TO or NAME=FROM..TO", s)
	}
	return run, files, nil
}

// of is the span declared for the file at path, if one is.
func (f FileSpans) of(path string) (Span, bool) {
	if sp, ok := f[path]; ok {
		return sp, true
	}
	sp, ok := f[filepath.Base(path)]
	return sp, ok
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
