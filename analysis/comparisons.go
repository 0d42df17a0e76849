package analysis

// ComparedMeasures are the measures the period comparison tests, in the
// order reports show them.
var ComparedMeasures = []string{"incidents", "operations", "cells_dismantled", "arrests", "foiled_plots",
	"failed_attacks", "completed_attacks", "cross_border_incidents"}

// MeasureCount reads a count measure by its snake_case name.
func MeasureCount(m Measures, name string) int {
	switch name {
	case "incidents":
		return m.Incidents
	case "operations":
		return m.Operations
	case "cells_dismantled":
		return m.CellsDismantled
	case "arrests":
		return m.Arrests
	case "foiled_plots":
		return m.FoiledPlots
	case "failed_attacks":
		return m.FailedAttacks
	case "completed_attacks":
		return m.CompletedAttacks
	case "cross_border_incidents":
		return m.CrossBorderIncidents
	}
	return 0
}

// compare sets each count of the period against the previous period and
// the same period a year earlier: the change, the change in per cent, and
// the exact Poisson rate-ratio test (PoissonRateRatioTest), so that a rise
// from 3 to 5 is not called a trend. The periods compared are of the same
// length by definition (docs/figures.md: a year, a quarter, a month, or a range
// of as many days), so they are given equal exposure: the test is the
// conditional binomial test with p = ½, and a leap day or a 31-day month
// does not tilt it.
func compare(cur, prev, earlier PeriodFigures) []Comparison {
	var out []Comparison
	for _, other := range []struct {
		name string
		pf   PeriodFigures
	}{{"previous", prev}, {"year_earlier", earlier}} {
		for _, m := range ComparedMeasures {
			k1, k2 := MeasureCount(cur.Measures, m), MeasureCount(other.pf.Measures, m)
			c := Comparison{Measure: m, Against: other.name, Current: k1, Other: k2, Change: k1 - k2}
			_, c.ChangePct = Change(float64(k2), float64(k1))
			if ratio, p, ok := PoissonRateRatioTest(k1, 1, k2, 1); ok {
				c.RateRatio, c.P = ratio, Known(p)
				c.Significant = p < 0.05
			}
			out = append(out, c)
		}
	}
	return out
}
