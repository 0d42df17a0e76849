package analysis

import (
	"strings"
	"testing"
	"time"
)

var asOf = day(2026, 11, 28)

// span is spanDays as calendar days.
func span(y, m, d int) (time.Time, time.Time) {
	from, to := spanDays(y, m, d)
	return dayTime(from), dayTime(to)
}

// contains reports whether the whole span [from, to] lies inside p: the
// definition Holds shortens.
func contains(p Period, from, to time.Time) bool {
	return !from.Before(p.Start) && !to.After(p.End)
}

func TestParsePeriod(t *testing.T) {
	for _, c := range []struct {
		in, label, start, end, prev, earlier string
	}{
		{"2024", "2024", "2024-01-01", "2024-12-31", "2023", "2023"},
		{"2024-Q3", "2024-Q3", "2024-07-01", "2024-09-30", "2024-Q2", "2023-Q3"},
		{"2024-q1", "2024-Q1", "2024-01-01", "2024-03-31", "2023-Q4", "2023-Q1"},
		{"2024-02", "2024-02", "2024-02-01", "2024-02-29", "2024-01", "2023-02"},
		{"2024-01", "2024-01", "2024-01-01", "2024-01-31", "2023-12", "2023-01"},
		{"2024-01-15..2024-03-31", "2024-01-15_2024-03-31", "2024-01-15", "2024-03-31", "2023-10-30_2024-01-14", "2023-01-15_2023-03-31"},
		{"2024-02-01..2024-02-29", "2024-02-01_2024-02-29", "2024-02-01", "2024-02-29", "2024-01-03_2024-01-31", "2023-02-01_2023-02-28"},
		{"last-year", "2025", "2025-01-01", "2025-12-31", "2024", "2024"},
		{"last-quarter", "2026-Q3", "2026-07-01", "2026-09-30", "2026-Q2", "2025-Q3"},
		{"last-month", "2026-10", "2026-10-01", "2026-10-31", "2026-09", "2025-10"},
		{"year-to-date", "2026-01-01_2026-11-28", "2026-01-01", "2026-11-28", "2025-02-03_2025-12-31", "2025-01-01_2025-11-28"},
	} {
		t.Run(c.in, func(t *testing.T) {
			p, err := ParsePeriod(c.in, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if p.Label != c.label || p.Start.Format(isoDay) != c.start || p.End.Format(isoDay) != c.end {
				t.Errorf("got %s %s..%s", p.Label, p.Start.Format(isoDay), p.End.Format(isoDay))
			}
			if got := p.Previous(); got.Label != c.prev {
				t.Errorf("previous = %s, want %s", got.Label, c.prev)
			}
			if p.Kind == Range && p.Previous().Days() != p.Days() {
				t.Errorf("previous has %d days, want %d", p.Previous().Days(), p.Days())
			}
			if got := p.YearEarlier(); got.Label != c.earlier {
				t.Errorf("year earlier = %s, want %s", got.Label, c.earlier)
			}
		})
	}
	// In January, last-quarter is the previous year's Q4.
	if p, _ := ParsePeriod("last-quarter", day(2026, 1, 10)); p.Label != "2025-Q4" {
		t.Errorf("last-quarter in January = %s", p.Label)
	}
	if p, _ := ParsePeriod("last-month", day(2026, 1, 10)); p.Label != "2025-12" {
		t.Errorf("last-month in January = %s", p.Label)
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for in, msg := range map[string]string{
		"2024-Q5":                "want YYYY",
		"2024-13":                "want YYYY",
		"24":                     "want YYYY",
		"2024-03-31..2024-01-01": "ends before it starts",
		"2024-02-30..2024-03-01": "want YYYY",
		"2027":                   "starts after the as-of date",
		"next-year":              "want YYYY",
	} {
		if _, err := ParsePeriod(in, asOf); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: err %v, want %q", in, err, msg)
		}
	}
}

func TestSpan(t *testing.T) {
	for _, c := range []struct {
		y, m, d  int
		from, to string
	}{
		{2022, 10, 4, "2022-10-04", "2022-10-04"},
		{2024, 2, 0, "2024-02-01", "2024-02-29"},
		{2019, 0, 0, "2019-01-01", "2019-12-31"},
	} {
		from, to := span(c.y, c.m, c.d)
		if from.Format(isoDay) != c.from || to.Format(isoDay) != c.to {
			t.Errorf("span(%d,%d,%d) = %s..%s", c.y, c.m, c.d, from.Format(isoDay), to.Format(isoDay))
		}
	}
}

func TestHolds(t *testing.T) {
	year, _ := ParsePeriod("2022", asOf)
	q4, _ := ParsePeriod("2022-Q4", asOf)
	whole, _ := ParsePeriod("2022-01-01..2022-12-31", asOf)
	for _, c := range []struct {
		p       Period
		y, m, d int
		want    bool
	}{
		{year, 2022, 10, 4, true}, {year, 2022, 10, 0, true}, {year, 2022, 0, 0, true}, {year, 2021, 12, 31, false},
		{q4, 2022, 10, 4, true}, {q4, 2022, 10, 0, true}, {q4, 2022, 9, 30, false}, {q4, 2022, 0, 0, false},
		{whole, 2022, 0, 0, false}, {whole, 2022, 2, 0, true},
	} {
		if got := c.p.Holds(c.y, c.m, c.d); got != c.want {
			t.Errorf("%s holds %d-%d-%d = %v, want %v", c.p.Label, c.y, c.m, c.d, got, c.want)
		}
	}
}

// Holds agrees with the definition it shortens — the incident's first
// and last possible days both inside the period, a year-only date only in
// a year — for every day, month and year of 2020–2024 and periods of each
// kind, a range across a new year among them.
func TestHoldsIsContainsOfSpan(t *testing.T) {
	var periods []Period
	for _, s := range []string{"2022", "2022-Q1", "2022-Q4", "2022-02", "2021-12-15..2022-01-31", "2022-03-01..2023-02-28", "2019-06-01..2024-12-31"} {
		p, err := ParsePeriod(s, asOf)
		if err != nil {
			t.Fatal(err)
		}
		periods = append(periods, p)
	}
	for _, p := range periods {
		for y := 2020; y <= 2024; y++ {
			for m := 0; m <= 12; m++ {
				for d := 0; d <= 31; d++ {
					if m == 0 && d > 0 || d > 0 && day(y, time.Month(m), d).Month() != time.Month(m) {
						continue
					}
					from, to := span(y, m, d)
					want := !(m == 0 && p.Kind != Year) && contains(p, from, to)
					if got := p.Holds(y, m, d); got != want {
						t.Errorf("%s holds %d-%d-%d = %v, want %v", p.Label, y, m, d, got, want)
					}
				}
			}
		}
	}
}

// A range longer than time.Duration's 292 years has its days counted, and
// its previous period is as long (computed with Python's datetime:
// 1700-01-01..2024-12-31 is 118,704 days; the same number ending
// 1699-12-31 starts 1375-01-01).
func TestLongRange(t *testing.T) {
	p, err := ParsePeriod("1700-01-01..2024-12-31", asOf)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Days(); got != 118704 {
		t.Errorf("Days = %d, want 118704", got)
	}
	prev := p.Previous()
	if got, want := prev.Label, "1375-01-01_1699-12-31"; got != want {
		t.Errorf("Previous = %s, want %s", got, want)
	}
	all, err := ParsePeriod("0001-01-01..2026-11-28", asOf)
	if err != nil {
		t.Fatal(err)
	}
	if got := all.Days(); got != 739948 {
		t.Errorf("Days = %d, want 739948", got)
	}
}
