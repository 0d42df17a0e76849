package analysis

// ComparedMeasures are the measures the period comparison tests, in the
// order reports show them.
var ComparedMeasures = []string{"incidents", "operations", "cells_dismantled", "arrests", "foiled_plots",
	"failed_attacks", "completed_attacks", "cross_border_incidents"}

// MeasureCount reads a count measure by its snake_case name; it is not
// Valid where the count is not given, where the data does not cover the
// span (or the name is not a count).
func MeasureCount(m Measures, name string) NullInt {
	if m.NoData {
		return NullInt{}
	}
	switch name {
	case "incidents":
		return Count(m.Incidents)
	case "operations":
		return Count(m.Operations)
	case "cells_dismantled":
		return m.CellsDismantled
	case "arrests":
		return m.Arrests
	case "foiled_plots":
		return Count(m.FoiledPlots)
	case "failed_attacks":
		return Count(m.FailedAttacks)
	case "completed_attacks":
		return Count(m.CompletedAttacks)
	case "cross_border_incidents":
		return Count(m.CrossBorderIncidents)
	}
	return NullInt{}
}

// compare sets each count of the period against the previous period and
// the same period a year earlier — where both give it and the data covers
// both in full — with the change, the change in per cent, and
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
			n1, n2 := MeasureCount(cur.Measures, m), MeasureCount(other.pf.Measures, m)
			c := Comparison{Measure: m, Against: other.name, Current: n1, Other: n2}
			if !n1.Valid || !n2.Valid || cur.Coverage != Full || other.pf.Coverage != Full {
				out = append(out, c)
				continue
			}
			k1, k2 := n1.Int, n2.Int
			c.Change = Count(k1 - k2)
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
