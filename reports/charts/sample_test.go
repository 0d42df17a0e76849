package charts

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ctreport/ctreport/analysis"
)

// Hand-made figures for the tests: the analysis code that fills the
// breakdowns and comparisons is not needed to draw them.

// yearRow is one hand-made year: incidents and how many were cross-border,
// cells and arrests.
type yearRow struct {
	year, incidents, crossBorder, cells, arrests int
	toDate                                       bool
}

// figuresOf builds figures from rows, with the cooperation rate and its
// Wilson interval computed as analysis does.
func figuresOf(rows []yearRow, trend analysis.Trend) analysis.Figures {
	f := analysis.Figures{AsOf: "2022-06-30", Trends: map[string]analysis.Trend{"cells_dismantled": trend}}
	for _, r := range rows {
		y := analysis.YearFigures{Year: r.year, ToDate: r.toDate}
		y.Incidents, y.CrossBorderIncidents = r.incidents, r.crossBorder
		y.CellsDismantled, y.Arrests = analysis.Count(r.cells), analysis.Count(r.arrests)
		if r.incidents > 0 {
			lo, hi := wilson(r.crossBorder, r.incidents)
			y.CooperationRate = analysis.Known(float64(r.crossBorder) / float64(r.incidents))
			y.CooperationRateLow, y.CooperationRateHigh = analysis.Known(lo), analysis.Known(hi)
		}
		f.Yearly = append(f.Yearly, y)
	}
	return f
}

// wilson is the Wilson 95 % score interval of k successes in n trials.
func wilson(k, n int) (lo, hi float64) {
	const z = 1.959963984540054
	p, nf := float64(k)/float64(n), float64(n)
	centre := (p + z*z/(2*nf)) / (1 + z*z/nf)
	half := z / (1 + z*z/nf) * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return centre - half, centre + half
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// quarter is the period figures of quarter q of year y.
func quarter(y, q int, m analysis.Measures) analysis.PeriodFigures {
	start := day(y, time.Month(3*q-2), 1)
	return analysis.PeriodFigures{
		Period:   analysis.Period{Kind: analysis.Quarter, Label: fmt.Sprintf("%d-Q%d", y, q), Start: start, End: start.AddDate(0, 3, -1)},
		Measures: m,
	}
}

// sample is 2015–2022 with a year without incidents (2017), a year without
// cells (2020) and a last year to date; seven partner countries (five
// named, two as "other"), three affiliations, and the second quarter of
// 2022 against the first and against the second quarter of 2021.
func sample() analysis.Figures {
	f := figuresOf([]yearRow{
		{2015, 4, 1, 2, 11, false},
		{2016, 6, 2, 3, 17, false},
		{2017, 0, 0, 0, 0, false},
		{2018, 5, 3, 4, 23, false},
		{2019, 7, 3, 5, 31, false},
		{2020, 3, 2, 0, 9, false},
		{2021, 8, 5, 6, 42, false},
		{2022, 2, 1, 1, 8, true},
	}, analysis.Trend{
		TheilSenSlope:     analysis.Known(0.4),
		TheilSenIntercept: analysis.Known(2),
		MannKendallP:      analysis.Known(0.03),
		FirstYear:         2015,
	})
	partners := map[string][]int{ // incidents per year, 2015–2022
		"ES": {1, 1, 0, 2, 2, 1, 3, 1},
		"FR": {0, 1, 0, 1, 1, 0, 1, 0},
		"US": {0, 0, 0, 0, 1, 1, 1, 0},
		"BE": {0, 1, 0, 0, 0, 0, 1, 0},
		"DE": {0, 0, 0, 1, 0, 0, 0, 0},
		"NL": {0, 0, 0, 0, 0, 1, 0, 0},
		"IT": {0, 0, 0, 0, 1, 0, 0, 0},
	}
	for _, c := range []string{"BE", "DE", "ES", "FR", "IT", "NL", "US"} {
		for i, n := range partners[c] {
			if n > 0 {
				f.Partners = append(f.Partners, analysis.PartnerYear{Country: c, Year: 2015 + i, Incidents: n})
			}
		}
	}
	arrests := map[string][]int{ // arrests per year, 2015–2022; they add up to the yearly arrests
		"jihadist":   {9, 14, 0, 20, 27, 9, 36, 8},
		"separatist": {2, 0, 0, 3, 0, 0, 4, 0},
		"unknown":    {0, 3, 0, 0, 4, 0, 2, 0},
	}
	for _, k := range []string{"jihadist", "separatist", "unknown"} {
		for i, n := range arrests[k] {
			if n > 0 {
				f.Breakdowns.Affiliations = append(f.Breakdowns.Affiliations,
					analysis.KeyYear{Key: k, Year: 2015 + i, Counts: analysis.Counts{Incidents: 1, Arrests: n}})
			}
		}
	}
	// The period's incidents by country, for the map: Morocco, Spain and
	// France.
	f.Breakdowns.CountryAffiliation = append(f.Breakdowns.CountryAffiliation, []analysis.CountryAffiliation{
		{Country: "MA", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 1}},
		{Country: "ES", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 1}},
		{Country: "FR", Affiliation: "separatist", Counts: analysis.Counts{Incidents: 3}},
	}...)
	f.Period = quarter(2022, 2, analysis.Measures{}).Period
	f.Current = quarter(2022, 2, analysis.Measures{Incidents: 2, CellsDismantled: analysis.Count(1), Arrests: analysis.Count(8), FoiledPlots: 1, CrossBorderIncidents: 1})
	f.Previous = quarter(2022, 1, analysis.Measures{Incidents: 3, CellsDismantled: analysis.Count(2), Arrests: analysis.Count(14), FoiledPlots: 0, CrossBorderIncidents: 2})
	f.YearEarlier = quarter(2021, 2, analysis.Measures{Incidents: 2, CellsDismantled: analysis.Count(2), Arrests: analysis.Count(11), FoiledPlots: 1, CrossBorderIncidents: 1})
	f.Comparisons = comparisonsOf(f)
	return f
}

func sampleOptions(lang string) Options {
	source := map[string]string{
		"en": "Source: ctreport on the embedded sample (synthetic except 3 real incidents)",
		"fr": "Source : ctreport sur l’échantillon intégré (synthétique, sauf 3 incidents réels)",
		"ar": "المصدر: ctreport، العينة المدمجة (بيانات اصطناعية باستثناء 3 حوادث حقيقية)",
	}[lang]
	return Options{Lang: lang, Source: source, AsOf: "2022-06-30"}
}

// longSpan is 1970–2022 with counts in the thousands and a falling trend
// that reaches zero inside the span.
func longSpan() analysis.Figures {
	var rows []yearRow
	for y := 1970; y <= 2022; y++ {
		n := (y*37)%11 + 1
		rows = append(rows, yearRow{y, n, n / 2, (y * 13) % 9, 1000 + (y*7919)%2500, y == 2022})
	}
	f := figuresOf(rows, analysis.Trend{
		TheilSenSlope: analysis.Known(-0.3), TheilSenIntercept: analysis.Known(8), FirstYear: 1970,
	})
	for _, r := range rows {
		f.Partners = append(f.Partners, analysis.PartnerYear{Country: "ES", Year: r.year, Incidents: r.crossBorder})
		f.Breakdowns.Affiliations = append(f.Breakdowns.Affiliations, analysis.KeyYear{Key: "jihadist", Year: r.year, Counts: analysis.Counts{Arrests: r.arrests}})
	}
	f.Current = analysis.PeriodFigures{Period: analysis.Period{Kind: analysis.Year, Label: "2022", Start: day(2022, 1, 1), End: day(2022, 12, 31)},
		Measures: analysis.Measures{Incidents: 1234, Arrests: analysis.Count(123456)}}
	return f
}

// notFinite carries NaN and Inf marked Valid, which analysis.Known never
// makes, to check that the charts guard against them anyway.
func notFinite() analysis.Figures {
	f := sample()
	f.Yearly[1].CooperationRate = analysis.NullFloat{Float64: math.NaN(), Valid: true}
	f.Yearly[3].CooperationRateHigh = analysis.NullFloat{Float64: math.Inf(1), Valid: true}
	f.Trends["cells_dismantled"] = analysis.Trend{
		TheilSenSlope:     analysis.NullFloat{Float64: math.Inf(1), Valid: true},
		TheilSenIntercept: analysis.NullFloat{Float64: 1, Valid: true},
		FirstYear:         2015,
	}
	return f
}

// unsorted is the sample with its years and breakdowns in reverse order.
func unsorted() analysis.Figures {
	f := sample()
	slices.Reverse(f.Yearly)
	slices.Reverse(f.Partners)
	slices.Reverse(f.Breakdowns.Affiliations)
	return f
}

// oddKeys has an empty affiliation, one outside docs/input.md's list, a
// country code CLDR does not know, and negative counts.
func oddKeys() analysis.Figures {
	f := sample()
	f.Partners = append(f.Partners, analysis.PartnerYear{Country: "XX", Year: 2021, Incidents: 9}, analysis.PartnerYear{Country: "ES", Year: 2016, Incidents: -3})
	f.Breakdowns.Affiliations = append(f.Breakdowns.Affiliations,
		analysis.KeyYear{Key: "", Year: 2019, Counts: analysis.Counts{Arrests: 2}},
		analysis.KeyYear{Key: "eco_extremist", Year: 2021, Counts: analysis.Counts{Arrests: 5}},
		analysis.KeyYear{Key: "jihadist", Year: 2023, Counts: analysis.Counts{Arrests: 1}},
	)
	f.Previous = analysis.PeriodFigures{}
	f.Current.Measures.Arrests = analysis.NullInt{} // not given
	return f
}
