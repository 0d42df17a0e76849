package charts

import (
	"slices"

	"github.com/ctreport/ctreport/analysis"
)

// affiliationsFigure is chart 5: arrests per affiliation per year (see
// affiliationSeries). When no year gives arrests the chart says so, rather
// than that there were none.
func affiliationsFigure(f analysis.Figures, cat catalogue) figure {
	if len(f.Yearly) > 0 && !slices.ContainsFunc(f.Yearly, func(y analysis.YearFigures) bool { return y.Arrests.Valid }) {
		fg := newFigure(cat, cat.text("affiliations.title"))
		fg.note = cat.text("not_given")
		return fg
	}
	rows := f.Breakdowns.Affiliations
	var dataYears []int
	for _, r := range rows {
		dataYears = append(dataYears, r.Year)
	}
	years, ok := seriesYears(f.Yearly, dataYears)
	series := affiliationSeries(rows, years, cat)
	return stackedFigure(cat, stackedChart{title: "affiliations.title", subtitle: "affiliations.subtitle", axis: "affiliations.axis", none: "affiliations.none"}, years, ok, series)
}

// affiliationSeries returns the layers of chart 5: the arrests of each
// affiliation over the years of the chart, in the order of docs/input.md
// (jihadist at the bottom, unknown on top, an empty key counting as
// unknown), then any other affiliation by key.
func affiliationSeries(rows []analysis.KeyYear, years yearAxis, cat catalogue) []stackSeries {
	keys := totalsByKey(rows, years,
		func(r analysis.KeyYear) string {
			if r.Key == "" {
				return "unknown"
			}
			return r.Key
		},
		func(r analysis.KeyYear) int { return r.Year },
		func(r analysis.KeyYear) int { return r.Arrests })
	slices.SortStableFunc(keys, func(a, b keyTotals) int { return CompareAffiliations(a.key, b.key) })

	var series []stackSeries
	colours := colourPicker{fixed: fixedAffiliationColour}
	for _, kt := range keys {
		series = append(series, stackSeries{key: kt.key, label: affiliationName(kt.key, cat), fill: colours.pick(kt.key), values: kt.byYear})
	}
	return series
}
