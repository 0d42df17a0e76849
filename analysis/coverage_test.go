package analysis

import (
	"testing"
	"time"
)

// A period not over on the as-of date is covered in part, whatever the
// data says it covers (here the whole of 2024–2025, from its incidents'
// years), and so is not compared: 2025-Q4 as of 15 November 2025.
func TestPeriodAfterAsOfIsPartlyCovered(t *testing.T) {
	asOf := time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC)
	var rows []inc
	for _, m := range []int{1, 7, 8, 9, 10, 11} {
		for range 4 {
			rows = append(rows, inc{y: 2025, m: m, d: 2, event: "operation", cells: 1, arrests: 3, country: "MA"})
		}
	}
	rows = append(rows, inc{y: 2024, m: 10, d: 2, event: "operation", cells: 1, arrests: 3, country: "MA"})
	p, err := ParsePeriod("2025-Q4", asOf)
	if err != nil {
		t.Fatal(err)
	}
	f := Compute(frame(rows...), p, asOf)
	if f.Current.Coverage != Partial || f.Current.CoveredTo != "2025-11-15" {
		t.Errorf("2025-Q4 as of 2025-11-15: coverage %s to %s, want partial to 2025-11-15", f.Current.Coverage, f.Current.CoveredTo)
	}
	for _, c := range f.Comparisons {
		if c.Change.Valid || c.P.Valid {
			t.Errorf("a period not over is compared: %+v", c)
		}
	}
	if f.Previous.Coverage != Full || f.YearEarlier.Coverage != Full {
		t.Errorf("2025-Q3, 2024-Q4: coverage %s, %s, want full", f.Previous.Coverage, f.YearEarlier.Coverage)
	}
	// The same period as of its last day is whole, and compared.
	end := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	f = Compute(frame(rows...), p, end)
	if f.Current.Coverage != Full || len(f.Comparisons) == 0 || !f.Comparisons[0].Change.Valid {
		t.Errorf("2025-Q4 as of 2025-12-31: coverage %s, comparisons %+v", f.Current.Coverage, f.Comparisons)
	}
}
