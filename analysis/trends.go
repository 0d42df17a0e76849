package analysis

// TrendSeries names the yearly series that get trend statistics, in the
// order reports show them.
var TrendSeries = []string{"incidents", "cells_dismantled", "arrests", "cooperation_rate"}

// seriesValue reads one measure of a year; ok is false when the year has no
// value (a cooperation rate over no incidents, a count not given, a year
// without data).
func seriesValue(name string, m Measures) (float64, bool) {
	if m.NoData {
		return 0, false
	}
	switch name {
	case "incidents":
		return float64(m.Incidents), true
	case "cells_dismantled":
		return float64(m.CellsDismantled.Int), m.CellsDismantled.Valid
	case "arrests":
		return float64(m.Arrests.Int), m.Arrests.Valid
	case "cooperation_rate":
		return m.CooperationRate.Float64, m.CooperationRate.Valid
	}
	return 0, false
}

// trends computes the trend statistics of each series over complete years
// that the data covers in full (YearFigures.Complete). A statistic a series is too short
// for stays invalid, and a warning says why.
func trends(years []YearFigures, warnings *[]Warning) map[string]Trend {
	out := map[string]Trend{}
	for _, name := range TrendSeries {
		var x, y []float64
		first := 0
		for _, yf := range years {
			if !yf.Complete() {
				continue
			}
			v, ok := seriesValue(name, yf.Measures)
			if !ok {
				continue
			}
			if len(x) == 0 {
				first = yf.Year
			}
			x = append(x, float64(yf.Year-first))
			y = append(y, v)
		}
		t := Trend{Years: len(y), FirstYear: first}
		if slope, icpt, ok := TheilSen(x, y); ok {
			t.TheilSenSlope, t.TheilSenIntercept = Known(slope), Known(icpt)
		}
		if mk, ok := MannKendall(y); ok {
			t.MannKendallS, t.MannKendallZ, t.MannKendallP = Known(float64(mk.S)), Known(mk.Z), Known(mk.P)
		}
		if slope, lo, hi, ok := OLSSlope(x, y, 0.95); ok {
			t.OLSSlope, t.OLSSlopeLow, t.OLSSlopeHigh = Known(slope), Known(lo), Known(hi)
		}
		t.ByYear = byYear(name, years)
		if len(y) < 3 {
			*warnings = append(*warnings, Warning{WarnSeriesTooShort, []any{len(y), name}})
		}
		out[name] = t
	}
	return out
}

// byYear lists a series year by year with its year-on-year change and its
// 3-year moving average (over complete years: a to-date year has neither).
func byYear(name string, years []YearFigures) []YearChange {
	out := make([]YearChange, len(years))
	var complete []float64
	var completeIdx []int
	for i, yf := range years {
		out[i].Year = yf.Year
		v, ok := seriesValue(name, yf.Measures)
		if ok {
			out[i].Value = Known(v)
		}
		if i > 0 && ok && yf.Complete() && years[i-1].Complete() && out[i-1].Value.Valid {
			abs, pct := Change(out[i-1].Value.Float64, v)
			out[i].Change, out[i].ChangePct = Known(abs), pct
		}
		if yf.Complete() || yf.NoData {
			// A missing rate breaks the window: NaN makes MovingAverage
			// leave every window that holds it blank.
			if !ok {
				v = nan
			}
			complete = append(complete, v)
			completeIdx = append(completeIdx, i)
		}
	}
	for j, ma := range MovingAverage(complete, 3) {
		out[completeIdx[j]].MovingAverage3 = ma
	}
	return out
}
