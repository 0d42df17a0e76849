package workbook

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/i18n"
)

// layer is one layer of a stacked chart: a partner country or an
// affiliation, with its count per year and its fixed colour.
type layer struct {
	label, colour string
	byYear        map[int]int
	total         int
}

// stackedTable says where a sheet holds the data of a stacked native
// chart: one row a layer, one column a year, under a header row of years.
type stackedTable struct {
	sheet                  string
	headerRow, first, last int // 1-based rows: the header, the first and last layers
	firstCol, lastCol      int // 1-based columns of the years
	colours                []string
	title, axis            string // the chart's title and value axis, as the PNG's
}

// maxPartnerLayers is how many partner countries the partners chart names,
// as the PNG does; the others are stacked together in grey.
const maxPartnerLayers = 5

// chartYears are the years of a chart by year, as the PNGs take them: the
// yearly series', or without one those of the breakdown.
func chartYears(yearly []analysis.YearFigures, dataYears []int) (first, last int, ok bool) {
	years := dataYears
	if len(yearly) > 0 {
		years = nil
		for _, y := range yearly {
			years = append(years, y.Year)
		}
	}
	if len(years) == 0 {
		return 0, 0, false
	}
	return slices.Min(years), slices.Max(years), true
}

// keyedLayer is a layer with the key it is of.
type keyedLayer struct {
	key string
	layer
}

// totalsByKey sums value per key and year over the years first…last and
// returns the keys with a positive total, largest first, then by key.
func totalsByKey(rows []yearCount, first, last int) []keyedLayer {
	idx := map[string]*layer{}
	var keys []string
	for _, r := range rows {
		if r.n <= 0 || r.year < first || r.year > last {
			continue
		}
		l := idx[r.key]
		if l == nil {
			l = &layer{byYear: map[int]int{}}
			idx[r.key] = l
			keys = append(keys, r.key)
		}
		l.byYear[r.year] += r.n
		l.total += r.n
	}
	out := make([]keyedLayer, len(keys))
	for i, k := range keys {
		out[i].key, out[i].layer = k, *idx[k]
	}
	slices.SortFunc(out, func(a, b keyedLayer) int {
		if a.total != b.total {
			return b.total - a.total
		}
		return strings.Compare(a.key, b.key)
	})
	return out
}

// partnerLayers are the layers of the chart partners_per_year: the
// maxPartnerLayers partner countries with most incidents over the chart's
// years, largest first, and the other countries together.
func partnerLayers(fig analysis.Figures, lang locale) (layers []layer, first, last int) {
	counts := make([]yearCount, len(fig.Partners))
	years := make([]int, len(fig.Partners))
	for i, p := range fig.Partners {
		counts[i], years[i] = yearCount{key: p.Country, year: p.Year, n: p.Incidents}, p.Year
	}
	first, last, ok := chartYears(fig.Yearly, years)
	if !ok {
		return nil, 0, 0
	}
	other := layer{label: i18n.T(string(lang), "chart.partners.other"), colour: charts.OtherColour(), byYear: map[int]int{}}
	for i, kt := range totalsByKey(counts, first, last) {
		if i < maxPartnerLayers {
			kt.label, kt.colour = countryNames(kt.key, lang), charts.PartnerColour(kt.key)
			layers = append(layers, kt.layer)
			continue
		}
		for y, n := range kt.byYear {
			other.byYear[y] += n
		}
		other.total += kt.total
	}
	if other.total > 0 {
		layers = append(layers, other)
	}
	return layers, first, last
}

// affiliationLayers are the layers of the chart arrests_by_affiliation:
// the arrests of each affiliation over the chart's years, an empty key
// counting as unknown. None when no year gives arrests: the chart would
// claim zeros nobody gave.
func affiliationLayers(fig analysis.Figures, lang locale) (layers []layer, first, last int) {
	if len(fig.Yearly) > 0 && !slices.ContainsFunc(fig.Yearly, func(y analysis.YearFigures) bool { return y.Arrests.Valid }) {
		return nil, 0, 0
	}
	rows := fig.Breakdowns.Affiliations
	counts := make([]yearCount, len(rows))
	years := make([]int, len(rows))
	for i, r := range rows {
		key := r.Key
		if key == "" {
			key = "unknown"
		}
		counts[i], years[i] = yearCount{key: key, year: r.Year, n: r.Arrests}, r.Year
	}
	first, last, ok := chartYears(fig.Yearly, years)
	if !ok {
		return nil, 0, 0
	}
	keyed := totalsByKey(counts, first, last)
	slices.SortStableFunc(keyed, func(a, b keyedLayer) int { return charts.CompareAffiliations(a.key, b.key) })
	for _, kt := range keyed {
		kt.label, kt.colour = lang.value("affiliation", kt.key), charts.AffiliationColour(kt.key)
		layers = append(layers, kt.layer)
	}
	return layers, first, last
}

// stackedSection appends the data of a stacked chart as a titled table
// named name — the chart's title, one row a layer, one column a year (a
// year counted to date says so), and the total — with a line under it
// that says it is the Summary chart's data; it returns where the data is.
// No layers, no table (and no chart).
//
// A year whose count no incident gives (notGiven) shows "—" in every
// layer, never 0.
func (g *grid) stackedSection(st styles, lang locale, fig analysis.Figures, name, titleKey, axisKey, keyHeader string, layers []layer, first, last int, notGiven func(year int) bool) *stackedTable {
	if len(layers) == 0 {
		return nil
	}
	toDate := map[int]bool{}
	for _, y := range fig.Yearly {
		toDate[y.Year] = y.ToDate
	}
	header := []string{keyHeader}
	for y := first; y <= last; y++ {
		label := strconv.Itoa(y)
		if toDate[y] {
			label = lang.f("wb.year_to_date", label)
		}
		header = append(header, label)
	}
	header = append(header, lang.t("wb.total"))
	rows := make([][]cell, len(layers))
	for i, l := range layers {
		row := []cell{textCell(l.label)}
		for y := first; y <= last; y++ {
			if notGiven != nil && notGiven(y) {
				row = append(row, countCell(analysis.NullInt{}, st))
				continue
			}
			row = append(row, intCell(l.byYear[y]))
		}
		rows[i] = append(row, intCell(l.total))
	}
	title := i18n.T(string(lang), titleKey)
	t := &stackedTable{headerRow: len(g.rows) + 2, firstCol: 2, lastCol: 1 + last - first + 1,
		title: title, axis: i18n.T(string(lang), axisKey)}
	g.section(st, lang, title, name, header, rows)
	g.moreNotListed(lang.t("wb.chart_data"))
	t.first, t.last = t.headerRow+1, t.headerRow+len(layers)
	for _, l := range layers {
		t.colours = append(t.colours, l.colour)
	}
	return t
}
