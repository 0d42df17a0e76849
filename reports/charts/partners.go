package charts

import (
	"sort"

	"github.com/ctreport/ctreport/analysis"
)

// maxPartners is how many partner countries chart 4 names; the others are
// stacked together as "other countries".
const maxPartners = 5

// seriesYears returns the x axis of a per-year breakdown: the years of the
// yearly series, the last one partial when the series says so, or, without
// a yearly series, the years of the breakdown. ok is false when there are
// no years at all.
func seriesYears(yearly []analysis.YearFigures, dataYears []int) (axis yearAxis, ok bool) {
	if len(yearly) > 0 {
		return axisOf(byYear(yearly)), true
	}
	if len(dataYears) == 0 {
		return yearAxis{}, false
	}
	axis.first, axis.last = dataYears[0], dataYears[0]
	for _, y := range dataYears {
		axis.first, axis.last = min(axis.first, y), max(axis.last, y)
	}
	return axis, true
}

// contains reports whether year is on the axis.
func (a yearAxis) contains(year int) bool { return year >= a.first && year <= a.last }

// keyTotals is a key of a breakdown with its counts per year and in all.
type keyTotals struct {
	key    string
	byYear map[int]int
	total  int
}

// totalsByKey sums value per key and year over the years of axis, and
// returns the keys with a positive total, largest first, then by key.
// Negative values, which no count can have, are left out.
func totalsByKey[T any](rows []T, axis yearAxis, key func(T) string, year func(T) int, value func(T) int) []keyTotals {
	idx := map[string]*keyTotals{}
	for _, r := range rows {
		v := value(r)
		if v <= 0 || !axis.contains(year(r)) {
			continue
		}
		k := key(r)
		kt := idx[k]
		if kt == nil {
			kt = &keyTotals{key: k, byYear: map[int]int{}}
			idx[k] = kt
		}
		kt.byYear[year(r)] += v
		kt.total += v
	}
	out := make([]keyTotals, 0, len(idx))
	for _, kt := range idx {
		out = append(out, *kt)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].total != out[j].total {
			return out[i].total > out[j].total
		}
		return out[i].key < out[j].key
	})
	return out
}

// partnersFigure is chart 4: incidents per partner country per year (see
// partnerSeries). An incident with several partners counts for each, so
// the number over a bar is the year's cross-border incidents, not the
// height of the stack; the subtitle says so.
func partnersFigure(f analysis.Figures, cat catalogue) figure {
	var dataYears []int
	for _, p := range f.Partners {
		dataYears = append(dataYears, p.Year)
	}
	years, ok := seriesYears(f.Yearly, dataYears)
	series := partnerSeries(f.Partners, years, cat)
	crossBorder := map[int]int{}
	for _, y := range f.Yearly {
		crossBorder[y.Year] = y.CrossBorderIncidents
	}
	totalOf := func(year int) (int, bool) {
		n, ok := crossBorder[year]
		return n, ok && n > 0
	}
	return stackedFigure(cat, stackedChart{title: "partners.title", subtitle: "partners.subtitle", axis: "partners.axis", none: "partners.none", totalOf: totalOf}, years, ok, series)
}

// partnerSeries returns the layers of chart 4: the maxPartners countries
// with most incidents over the years of the chart, largest first (at the
// bottom), named in cat's language, and the other countries together.
func partnerSeries(partners []analysis.PartnerYear, years yearAxis, cat catalogue) []stackSeries {
	keys := totalsByKey(partners, years,
		func(p analysis.PartnerYear) string { return p.Country },
		func(p analysis.PartnerYear) int { return p.Year },
		func(p analysis.PartnerYear) int { return p.Incidents })
	var series []stackSeries
	other := stackSeries{key: "other", label: cat.text("partners.other"), fill: otherColour, values: map[int]int{}}
	colours := colourPicker{fixed: fixedPartnerColour}
	for i, kt := range keys {
		if i < maxPartners {
			series = append(series, stackSeries{key: kt.key, label: countryName(kt.key, cat), fill: colours.pick(kt.key), values: kt.byYear})
			continue
		}
		for y, v := range kt.byYear {
			other.values[y] += v
		}
	}
	if len(other.values) > 0 {
		series = append(series, other)
	}
	return series
}
