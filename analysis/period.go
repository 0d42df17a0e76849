package analysis

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PeriodKind says how a period was named, which decides its previous period.
type PeriodKind int

// The kinds of period of docs/figures.md.
const (
	Year PeriodKind = iota
	Quarter
	Month
	Range
)

// Period is an inclusive span of calendar days. Start and End are at
// midnight UTC.
type Period struct {
	Kind  PeriodKind
	Label string // "2024", "2024-Q3", "2024-07", "2024-01-15_2024-03-31"
	Start time.Time
	End   time.Time
}

const isoDay = "2006-01-02"

// MarshalJSON writes {"label","start","end"} as figures.json has it.
func (p Period) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Label string `json:"label"`
		Start string `json:"start"`
		End   string `json:"end"`
	}{p.Label, p.Start.Format(isoDay), p.End.Format(isoDay)})
}

// Days is the number of calendar days in the period.
//
// It counts in days, not through time.Duration, which ends at about 292
// years: a range of 1700-01-01..2024-12-31 has its 118,704 days.
func (p Period) Days() int { return int((p.End.Unix()-p.Start.Unix())/86400) + 1 }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func yearPeriod(y int) Period {
	return Period{Kind: Year, Label: strconv.Itoa(y), Start: day(y, 1, 1), End: day(y, 12, 31)}
}

func quarterPeriod(y, q int) Period {
	start := day(y, time.Month(3*(q-1)+1), 1)
	return Period{Kind: Quarter, Label: fmt.Sprintf("%d-Q%d", y, q), Start: start, End: start.AddDate(0, 3, -1)}
}

func monthPeriod(y int, m time.Month) Period {
	start := day(y, m, 1)
	return Period{Kind: Month, Label: fmt.Sprintf("%04d-%02d", y, int(m)), Start: start, End: start.AddDate(0, 1, -1)}
}

func rangePeriod(from, to time.Time) Period {
	return Period{Kind: Range, Label: from.Format(isoDay) + "_" + to.Format(isoDay), Start: from, End: to}
}

// ParsePeriod reads a period as docs/figures.md names it: "2024", "2024-Q3",
// "2024-07", "2024-01-15..2024-03-31", or one of "last-year",
// "last-quarter", "last-month", "year-to-date" taken from asOf. A period
// that ends after asOf is refused: its figures would be incomplete without
// saying so.
func ParsePeriod(s string, asOf time.Time) (Period, error) {
	asOf = day(asOf.Year(), asOf.Month(), asOf.Day())
	p, err := parsePeriod(strings.TrimSpace(s), asOf)
	if err != nil {
		return Period{}, err
	}
	if p.Start.After(asOf) {
		return Period{}, fmt.Errorf("period %q starts after the as-of date %s", s, asOf.Format(isoDay))
	}
	return p, nil
}

func parsePeriod(s string, asOf time.Time) (Period, error) {
	switch s {
	case "last-year":
		return yearPeriod(asOf.Year() - 1), nil
	case "last-quarter":
		q := (int(asOf.Month())-1)/3 + 1
		if q == 1 {
			return quarterPeriod(asOf.Year()-1, 4), nil
		}
		return quarterPeriod(asOf.Year(), q-1), nil
	case "last-month":
		prev := day(asOf.Year(), asOf.Month(), 1).AddDate(0, -1, 0)
		return monthPeriod(prev.Year(), prev.Month()), nil
	case "year-to-date":
		return rangePeriod(day(asOf.Year(), 1, 1), asOf), nil
	}
	bad := fmt.Errorf("period %q: want YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD..YYYY-MM-DD, last-year, last-quarter, last-month or year-to-date", s)
	if from, to, ok := strings.Cut(s, ".."); ok {
		a, err1 := time.Parse(isoDay, from)
		b, err2 := time.Parse(isoDay, to)
		if err1 != nil || err2 != nil {
			return Period{}, bad
		}
		if b.Before(a) {
			return Period{}, fmt.Errorf("period %q ends before it starts", s)
		}
		return rangePeriod(a, b), nil
	}
	if len(s) == 4 {
		y, err := strconv.Atoi(s)
		if err != nil || y < 1 {
			return Period{}, bad
		}
		return yearPeriod(y), nil
	}
	if len(s) == 7 && s[4] == '-' {
		y, err := strconv.Atoi(s[:4])
		if err != nil || y < 1 {
			return Period{}, bad
		}
		if s[5] == 'Q' || s[5] == 'q' {
			q, err := strconv.Atoi(s[6:])
			if err != nil || q < 1 || q > 4 {
				return Period{}, bad
			}
			return quarterPeriod(y, q), nil
		}
		m, err := strconv.Atoi(s[5:])
		if err != nil || m < 1 || m > 12 {
			return Period{}, bad
		}
		return monthPeriod(y, time.Month(m)), nil
	}
	return Period{}, bad
}

// Previous is the period of the same length just before p: the year,
// quarter or month before, or for a range the same number of days ending
// the day before it starts.
func (p Period) Previous() Period {
	switch p.Kind {
	case Year:
		return yearPeriod(p.Start.Year() - 1)
	case Quarter:
		prev := p.Start.AddDate(0, -3, 0)
		return quarterPeriod(prev.Year(), (int(prev.Month())-1)/3+1)
	case Month:
		prev := p.Start.AddDate(0, -1, 0)
		return monthPeriod(prev.Year(), prev.Month())
	default:
		end := p.Start.AddDate(0, 0, -1)
		return rangePeriod(end.AddDate(0, 0, -(p.Days()-1)), end)
	}
}

// YearEarlier is the same period one year before. A range ending on
// 29 February ends on 28 February a year earlier.
func (p Period) YearEarlier() Period {
	switch p.Kind {
	case Year:
		return yearPeriod(p.Start.Year() - 1)
	case Quarter:
		return quarterPeriod(p.Start.Year()-1, (int(p.Start.Month())-1)/3+1)
	case Month:
		return monthPeriod(p.Start.Year()-1, p.Start.Month())
	default:
		return rangePeriod(shiftYear(p.Start, -1), shiftYear(p.End, -1))
	}
}

// shiftYear moves t by n years without rolling 29 February into March.
func shiftYear(t time.Time, n int) time.Time {
	y := t.Year() + n
	d := t.Day()
	if last := day(y, t.Month()+1, 0).Day(); d > last {
		d = last
	}
	return day(y, t.Month(), d)
}

// endsYear reports whether p ends on 31 December, so that its last year is
// complete.
func (p Period) endsYear() bool { return p.End.Month() == 12 && p.End.Day() == 31 }

// Holds reports whether an incident dated year-month-day (month and day 0
// when not known) belongs to p: a day inside it, a month it holds whole, a
// year only when p is that year (docs/figures.md, Periods). Every output selects
// the period's incidents with it.
//
// It is called for every incident of a table, by several outputs: an
// incident of a year outside the period's is turned away before its days
// are counted, and days are compared as day numbers.
func (p Period) Holds(year, month, dayOfMonth int) bool {
	if month == 0 && p.Kind != Year {
		return false
	}
	if year < p.Start.Year() || year > p.End.Year() {
		return false
	}
	from, to := spanDays(year, month, dayOfMonth)
	return from >= dayNumber(p.Start) && to <= dayNumber(p.End)
}
