package brief

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
)

// A finding is one thing the note tells its reader about the period, ranked
// so that the most important comes first. The rule:
//
//  1. changes beyond chance against the previous period, smallest p first;
//  2. trends beyond chance over the complete years, smallest p first;
//  3. changes beyond chance against the same period a year earlier;
//  4. the period's largest operation by arrests;
//  5. records: a year's count the highest or lowest for at least
//     recordSpan years.
//
// Every change and trend beyond chance is told, so that the text names
// every starred cell of the key table and every trend figures.json calls
// significant; the others fill the list up to maxFindings. The headline is the first finding; when none is beyond
// chance it says so and names the largest movement.
type finding struct {
	rank  int     // the rule's step, 1–5
	order float64 // within the step: smaller first
	text  string
	chart string // the chart that shows it best
	// star: a change beyond chance, which the key table stars and the
	// footnote explains; trend: a trend test, which the footnote names.
	star, trend bool
	// change is the comparison of a change, worded once the findings are
	// in order (its phrasing alternates with the change before it).
	change *analysis.Comparison
}

// maxFindings bounds the list under the headline (changes and trends
// beyond chance are never left out).
const maxFindings = 4

// recordSpan is how many earlier complete years a count must top (or
// undercut) to be called the highest (lowest) "since" a year.
const recordSpan = 5

// chartFor is the chart that carries a finding about a measure.
var chartFor = map[string]string{
	"incidents": "period_comparison", "cells_dismantled": "cells_per_year", "arrests": "arrests_per_year",
	"foiled_plots": "period_comparison", "cross_border_incidents": "cooperation_rate", "cooperation_rate": "cooperation_rate",
	"operations": "period_comparison", "failed_attacks": "period_comparison", "completed_attacks": "period_comparison",
}

// findings are every finding of the period, ranked.
func (w writer) findings() []finding {
	var out []finding
	for _, c := range w.f.Comparisons {
		if !c.Significant || !c.Change.Valid || c.Change.Int == 0 {
			continue
		}
		rank := 1
		if c.Against == "year_earlier" {
			if !w.f.YearEarlierDiffers() {
				continue
			}
			rank = 3
		}
		out = append(out, finding{rank: rank, order: c.P.Float64, chart: "period_comparison", star: true, change: &c})
	}
	for _, name := range analysis.TrendSeries {
		t := w.f.Trends[name]
		if t.Years < 3 || !t.MannKendallP.Valid || t.MannKendallP.Float64 >= 0.05 || !t.MannKendallS.Valid || t.MannKendallS.Float64 == 0 || !t.TheilSenSlope.Valid {
			continue
		}
		out = append(out, finding{rank: 2, order: t.MannKendallP.Float64, chart: chartFor[name], trend: true, text: w.trendFinding(name, t)})
	}
	out = append(out, w.records()...)
	if f, ok := w.largestOperation(); ok {
		out = append(out, f)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].rank != out[b].rank {
			return out[a].rank < out[b].rank
		}
		return out[a].order < out[b].order
	})
	changes := 0
	for i := range out {
		if c := out[i].change; c != nil {
			out[i].text = w.changeFinding(*c, changes)
			changes++
		}
	}
	return out
}

// noun names a measure inside a sentence: "arrests", "les arrestations",
// "الاعتقالات".
func (w writer) noun(measure string) string { return i18n.T(w.lang, "brief.noun."+measure) }

// changeFinding words the i-th change beyond chance. Two phrasings
// alternate, so that several changes do not read as one sentence repeated.
func (w writer) changeFinding(c analysis.Comparison, i int) string {
	other := w.f.Period.Previous()
	if c.Against == "year_earlier" {
		other = w.f.Period.YearEarlier()
	}
	dir := "rise"
	if c.Change.Int < 0 {
		dir = "fall"
	}
	form := "a"
	if i%2 == 1 {
		form = "b"
	}
	return w.t("brief.finding.change."+form+"."+dir, w.noun(c.Measure), w.num(c.Current.Int), w.when(w.f.Period),
		w.num(c.Other.Int), w.when(other), w.changeText(c))
}

// trendFinding words a trend beyond chance: its direction, its years and
// its Theil–Sen slope.
func (w writer) trendFinding(name string, t analysis.Trend) string {
	dir := "up"
	if t.MannKendallS.Float64 < 0 {
		dir = "down"
	}
	slope := w.ltr(w.signedFloat(t.TheilSenSlope.Float64, 1))
	if name == "cooperation_rate" {
		slope = w.points(t.TheilSenSlope.Float64 * 100)
	}
	span := w.yearSpan(t.FirstYear, lastTrendYear(w.f.Yearly, name, t))
	return w.t("brief.finding.trend."+dir, w.noun(name), span, slope)
}

// lastTrendYear is the last year a trend was taken over: the last complete
// year with a value.
func lastTrendYear(years []analysis.YearFigures, name string, t analysis.Trend) int {
	last := t.FirstYear
	for _, y := range years {
		if !y.Complete() || y.Year < t.FirstYear {
			continue
		}
		if name == "cooperation_rate" && !y.CooperationRate.Valid {
			continue
		}
		if name != "cooperation_rate" && !analysis.MeasureCount(y.Measures, name).Valid {
			continue
		}
		last = y.Year
	}
	return last
}

// points writes a change in percentage points, agreeing with its count.
func (w writer) points(v float64) string {
	n := int(math.Abs(math.Round(v)))
	return i18n.N(w.lang, "brief.points", n, w.ltr(w.signedFloat(v, 0)))
}

// records are the period's counts that top (or undercut) every one of at
// least recordSpan earlier complete years: "the most arrests since 2016".
// Only a year period that is itself complete has records. They are told in
// one sentence, so that several do not read as one pattern repeated.
func (w writer) records() []finding {
	cur := w.f.Period
	if cur.Kind != analysis.Year {
		return nil
	}
	var years []analysis.YearFigures
	var this *analysis.YearFigures
	for i, y := range w.f.Yearly {
		switch {
		case y.Year == cur.Start.Year():
			this = &w.f.Yearly[i]
		case y.Year < cur.Start.Year() && y.Complete():
			years = append(years, y)
		}
	}
	if this == nil || !this.Complete() {
		return nil
	}
	var items []string
	chart, longest := "", 0
	for _, m := range []string{"incidents", "cells_dismantled", "arrests", "cross_border_incidents"} {
		v := analysis.MeasureCount(this.Measures, m)
		if !v.Valid || v.Int == 0 {
			continue
		}
		for _, kind := range []string{"high", "low"} {
			beaten, since, all := 0, 0, true
			for i := len(years) - 1; i >= 0; i-- {
				o := analysis.MeasureCount(years[i].Measures, m)
				if !o.Valid {
					continue
				}
				if kind == "high" && o.Int >= v.Int || kind == "low" && o.Int <= v.Int {
					since, all = years[i].Year, false
					break
				}
				beaten++
				since = years[i].Year
			}
			if beaten < recordSpan {
				continue
			}
			key := "brief.finding.record." + kind
			if all {
				key += "_all"
			}
			items = append(items, i18n.F(w.lang, key, i18n.Count(w.lang, m, v.Int), strconv.Itoa(since)))
			if beaten > longest {
				chart, longest = chartFor[m], beaten
			}
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []finding{{rank: 5, order: -float64(longest), chart: chart,
		text: w.t("brief.finding.records", w.when(cur), strings.Join(items, i18n.T(w.lang, "brief.caveats.sep")))}}
}

// largestOperation is the period's operation (or foiled plot) with the
// most arrests (then the most cells), with its place, date and partners:
// the operation a reader will have heard of. An attack is no operation,
// whatever its arrests (GTD's perpetrators captured).
func (w writer) largestOperation() (finding, bool) {
	d := w.in.Data
	if d == nil || d.Incidents.Nrow() == 0 {
		return finding{}, false
	}
	t := d.Incidents
	year, month, day := t.Dates()
	cells, arrests := t.Counts()
	events := t.Codes(data.ColEventType)
	best := -1
	for i := range year {
		if month[i] == 0 || arrests[i] <= 0 || !w.f.Period.Holds(int(year[i]), int(month[i]), int(day[i])) {
			continue
		}
		if ev := t.Text(events[i]); ev != data.EventOperation && ev != data.EventFoiledPlot {
			continue
		}
		if best < 0 || arrests[i] > arrests[best] || arrests[i] == arrests[best] && cells[i] > cells[best] {
			best = i
		}
	}
	if best < 0 {
		return finding{}, false
	}
	text := func(col string) string { return t.Text(t.Codes(col)[best]) }
	place := text(data.ColCity)
	if place == "" {
		place = text(data.ColAdmin1)
	}
	if place == "" {
		place = w.country(text(data.ColCountry))
	} else if c := text(data.ColCountry); c != "" {
		place = i18n.F(w.lang, "brief.place", place, w.country(c))
	}
	when := i18n.F(w.lang, "brief.period.month.label", i18n.Month(w.lang, time.Month(month[best])), int(year[best]))
	if day[best] > 0 {
		when = i18n.Date(w.lang, dateOf(year[best], month[best], day[best]))
	}
	partners := ""
	if p := text(data.ColPartnerCountries); p != "" {
		var names []string
		for _, c := range splitList(p) {
			names = append(names, w.country(c))
		}
		partners = i18n.F(w.lang, "brief.finding.partners", w.list(names))
	}
	return finding{rank: 4, chart: "partners_per_year",
		text: w.t("brief.finding.operation", when, place, i18n.Count(w.lang, "arrests", arrests[best]), partners)}, true
}
