package brief

import (
	"math"
	"path/filepath"
	"strings"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// minFindings is how many sentences the list under the headline holds at
// least, filled with the period's totals, cooperation and partners when
// the findings are fewer.
const minFindings = 3

// maxCharts is how many charts the note shows: those that carry its first
// findings. The others stay in charts/ and the workbook.
const maxCharts = 2

// story is what the note says of the period: the headline, the sentences
// under it, the charts that carry them, and whether a footnote on the
// tests is needed.
type story struct {
	headline     string
	findings     []string
	charts       []string
	stars, trend bool
}

// tell ranks the findings and writes the headline and the list: the top
// finding as the headline, the others under it (every change and trend
// beyond chance, then others up to maxFindings), then context up to
// minFindings.
func (w writer) tell() story {
	fs := w.findings()
	var st story
	switch {
	case w.f.Current.NoData:
		st.headline = w.t("brief.headline.no_data", w.label(w.f.Period))
	case len(fs) > 0 && fs[0].rank <= 3:
		st.headline = fs[0].text
		st.stars, st.trend = fs[0].star, fs[0].trend
		st.charts = append(st.charts, fs[0].chart)
		fs = fs[1:]
	default:
		st.headline = w.steadyHeadline()
	}
	for _, f := range fs {
		if len(st.findings) >= maxFindings && !f.star && !f.trend {
			continue
		}
		st.findings = append(st.findings, f.text)
		st.stars, st.trend = st.stars || f.star, st.trend || f.trend
		st.charts = append(st.charts, f.chart)
	}
	if !w.f.Current.NoData {
		for _, s := range []string{w.totals(), w.cooperationSentence(), w.partnersSentence()} {
			if len(st.findings) >= minFindings {
				break
			}
			if s != "" {
				st.findings = append(st.findings, s)
			}
		}
	}
	st.charts = append(st.charts, "period_comparison", "cells_per_year", "arrests_per_year")
	return st
}

// steadyHeadline says that no change is beyond chance and names the
// largest movement of the key measures tested against the previous
// period; with nothing tested, how many incidents were recorded.
func (w writer) steadyHeadline() string {
	var best *analysis.Comparison
	for _, m := range keyMeasures {
		c := w.comparison(m, "previous")
		if !c.P.Valid || !c.Change.Valid || c.Change.Int == 0 {
			continue // untested: nothing to say of chance
		}
		if best == nil || movement(c) > movement(*best) {
			best = &c
		}
	}
	cur := w.f.Period
	switch {
	case best != nil:
		return w.t("brief.headline.steady", w.when(cur), w.noun(best.Measure), w.num(best.Current.Int),
			w.num(best.Other.Int), w.when(cur.Previous()), w.changeText(*best))
	case w.f.Current.Incidents == 0:
		return w.t("brief.headline.none", w.when(cur))
	}
	return w.n("brief.headline.count", w.f.Current.Incidents, w.when(cur))
}

// movement is the size of a change for choosing the largest: its per cent,
// or, from 0, its count as if per cent.
func movement(c analysis.Comparison) float64 {
	if c.ChangePct.Valid {
		return math.Abs(c.ChangePct.Float64)
	}
	return math.Abs(float64(c.Change.Int)) * 100
}

// totals are the period's key counts in one sentence: "2024: 6 incidents,
// 6 cells dismantled, 20 arrests and no foiled plot." A count not given is
// left out.
func (w writer) totals() string {
	var items []string
	for _, m := range keyMeasures {
		if n := analysis.MeasureCount(w.f.Current.Measures, m); n.Valid {
			items = append(items, i18n.Count(w.lang, m, n.Int))
		}
	}
	if len(items) == 0 {
		return ""
	}
	return w.t("brief.finding.totals", w.label(w.f.Period), w.list(items))
}

// chooseCharts keeps the first maxCharts distinct charts of names that the
// report folder has, in that order.
func chooseCharts(names []string, cs []chart) []chart {
	var out []chart
	for _, n := range names {
		for _, c := range cs {
			if c.Name != n {
				continue
			}
			dup := false
			for _, o := range out {
				dup = dup || o.Name == n
			}
			if !dup && len(out) < maxCharts {
				out = append(out, c)
			}
		}
	}
	return out
}

// footnote explains the tests behind the words "beyond chance", when the
// note uses them: the changes' exact Poisson test, the trends'
// Mann–Kendall test and Theil–Sen slope.
func (w writer) footnote(st story) string {
	var parts []string
	if st.stars {
		parts = append(parts, i18n.F(w.lang, "brief.footnote.changes", w.ltr(i18n.F(w.lang, "brief.p_below", i18n.Float(w.lang, 0.05, 2)))))
	}
	if st.trend {
		parts = append(parts, i18n.T(w.lang, "brief.footnote.trends"))
	}
	parts = append(parts, i18n.T(w.lang, "brief.footnote.table"))
	return strings.Join(parts, " ")
}

// caveats are what a reader of the period's figures must know, each short,
// for one line: the period's own disagreements, unplaced incidents, gaps
// in coverage and counts not given; rejected rows and files left out of
// the input. The data set's totals stay in the workbook.
func (w writer) caveats() []string {
	var out []string
	f := w.f
	if n := len(f.Yearly); n > 0 && f.Yearly[n-1].ToDate && f.Yearly[n-1].Year == f.Period.End.Year() {
		out = append(out, i18n.F(w.lang, "brief.caveat.to_date", f.Yearly[n-1].Year, i18n.Date(w.lang, f.Period.End)))
	}
	for _, wa := range f.Warnings {
		if s := w.warningCaveat(wa); s != "" {
			out = append(out, s)
		}
	}
	if n := f.Current.Unplaced; n > 0 {
		out = append(out, i18n.F(w.lang, "brief.caveat.unplaced", w.num(n)))
	}
	if d := w.in.Data; d != nil {
		if !d.Selection.Empty() {
			out = append(out, i18n.F(w.lang, "brief.caveat.selection", w.ltr(d.Selection.String())))
		}
		if foreign, all := w.foreignInputs(); foreign > 0 && foreign < all {
			out = append(out, i18n.T(w.lang, "brief.caveat.partners_not_recorded"))
		}
		if n := w.periodNotes(); n > 0 {
			rule := w.in.Settings.Rule
			if rule != "max" && rule != "priority" {
				rule = "min"
			}
			out = append(out, i18n.F(w.lang, "brief.caveat.disagreements", w.num(n), i18n.T(w.lang, "brief.rule."+rule)))
		}
		if n := d.Totals().Rejected; n > 0 {
			out = append(out, i18n.F(w.lang, "brief.caveat.rejected", w.num(n)))
		}
		if len(d.Skipped) > 0 {
			var names []string
			for _, s := range d.Skipped {
				names = append(names, w.ltr(filepath.Base(s.Path)))
			}
			out = append(out, i18n.N(w.lang, "brief.caveat.skipped", len(names), w.list(names)))
		}
	}
	return out
}

// caveatLine joins the caveats into the note's one line.
func (w writer) caveatLine() string {
	cs := w.caveats()
	if len(cs) == 0 {
		return i18n.T(w.lang, "brief.caveats.none")
	}
	return i18n.F(w.lang, "brief.caveats", strings.Join(cs, i18n.T(w.lang, "brief.caveats.sep")))
}

// warningCaveat is the short caveat of a figures warning about what the
// data does not cover or give, for the report's periods; "" for others.
func (w writer) warningCaveat(wa analysis.Warning) string {
	str := func(i int) string {
		if i < len(wa.Args) {
			if s, ok := wa.Args[i].(string); ok {
				return s
			}
		}
		return ""
	}
	num := func(i int) int {
		if i < len(wa.Args) {
			if n, ok := wa.Args[i].(int); ok {
				return n
			}
		}
		return 0
	}
	name := func(i int) string { return i18n.T(w.lang, "wb.measure."+str(i)) }
	cur := w.f.Period.Label
	switch wa.Code {
	case analysis.WarnMeasureAbsent:
		return i18n.F(w.lang, "brief.caveat.measure_absent", name(0))
	case analysis.WarnNotGiven:
		if str(2) == cur {
			return i18n.F(w.lang, "brief.caveat.not_given", name(1))
		}
	case analysis.WarnPartlyGiven:
		return i18n.F(w.lang, "brief.caveat.partly_given", name(2), w.num(num(1)), w.num(num(0)))
	case analysis.WarnNoData:
		if str(0) != cur {
			return i18n.F(w.lang, "brief.caveat.no_data", w.labelOf(str(0)))
		}
	case analysis.WarnPartlyCovered:
		if str(0) == cur {
			return i18n.F(w.lang, "brief.caveat.partly_covered", w.day(str(1)), w.day(str(2)))
		}
		return i18n.F(w.lang, "brief.caveat.other_partly_covered", w.labelOf(str(0)))
	case analysis.WarnPossibleGap:
		return i18n.F(w.lang, "brief.caveat.possible_gap", str(1))
	}
	return ""
}

// labelOf names the report's previous period or the period a year earlier
// by the label analysis gives it.
func (w writer) labelOf(label string) string {
	for _, p := range []analysis.Period{w.f.Period.Previous(), w.f.Period.YearEarlier(), w.f.Period} {
		if p.Label == label {
			return w.label(p)
		}
	}
	return label
}

// day writes a YYYY-MM-DD day in the note's language.
func (w writer) day(s string) string {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return i18n.Date(w.lang, t)
}

// periodNotes counts the reconciliation notes (values the sources gave
// differently) on the period's incidents, among those listed.
func (w writer) periodNotes() int {
	d := w.in.Data
	if d == nil || len(d.Notes) == 0 || d.Incidents.Nrow() == 0 {
		return 0
	}
	year, month, day := d.Incidents.Dates()
	in := map[string]bool{}
	for i := range year {
		if w.f.Period.Holds(int(year[i]), int(month[i]), int(day[i])) {
			in[d.Incidents.ID(i)] = true
		}
	}
	n := 0
	for _, note := range d.Notes {
		if in[note.IncidentID] {
			n++
		}
	}
	return n
}

// dateOf is a day of the incidents table.
func dateOf(y int16, m, d int8) time.Time {
	return time.Date(int(y), time.Month(m), int(d), 0, 0, 0, 0, time.UTC)
}

// splitList splits a list value of the incidents table ("ES;US").
func splitList(s string) []string { return strings.Split(s, ";") }
