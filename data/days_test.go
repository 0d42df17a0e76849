package data

import (
	"testing"
	"time"
)

func dayNumber(t time.Time) int32 { return int32(t.Unix() / 86400) }

// CivilDays agrees with the time package on every day of 1600–2400 (leap
// centuries 1600, 2000, 2400; common ones 1700, 1900, 2100), and on the
// day after each month's last.
func TestCivilDays(t *testing.T) {
	for d := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() <= 2400; d = d.AddDate(0, 0, 1) {
		if got, want := CivilDays(d.Year(), int(d.Month()), d.Day()), dayNumber(d); got != want {
			t.Fatalf("%s: %d, want %d", d.Format("2006-01-02"), got, want)
		}
	}
	// Month 13 is January of the next year: 2024-12's last day is 2024-12-31.
	if got, want := CivilDays(2024, 13, 1)-1, dayNumber(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)); got != want {
		t.Errorf("2024-12-31: %d, want %d", got, want)
	}
	// A hand check: 1970-01-01 is day 0, 2000-03-01 is day 11017.
	if CivilDays(1970, 1, 1) != 0 || CivilDays(2000, 3, 1) != 11017 {
		t.Errorf("1970-01-01 → %d, 2000-03-01 → %d", CivilDays(1970, 1, 1), CivilDays(2000, 3, 1))
	}
}
