package charts

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// comparedMeasures are the measures of chart 6, as message keys
// "measure.<key>", with their name in analysis (a Comparison's Measure).
var comparedMeasures = []struct {
	key, name string
}{
	{"incidents", "incidents"},
	{"cells_dismantled", "cells_dismantled"},
	{"arrests", "arrests"},
	{"foiled_plots", "foiled_plots"},
	{"cross_border", "cross_border_incidents"},
}

// Colours of the periods in chart 6: the period itself strongest.
var (
	yearEarlierColour = orange
	previousColour    = skyBlue
	currentColour     = blue
)

// comparedPeriod is one period of chart 6: its figures, how it is named in
// the legend and drawn, and what it is to the report ("previous",
// "year_earlier", or "" for the period itself).
type comparedPeriod struct {
	pf      analysis.PeriodFigures
	against string
	label   string
	fill    color.RGBA
	partial bool // covered by the data only in part
}

// comparisonFigure is chart 6: one panel per measure (incidents, cells,
// arrests, foiled plots, cross-border incidents), each with its own
// zero-based scale and a bar for the same period a year earlier, the
// previous period and the period itself (oldest first, left to right, in
// every language), and under the bars the period's change against each,
// marked when it is beyond chance. A count that is missing has no bar but
// "—", and no change against it.
func comparisonFigure(f analysis.Figures, cat catalogue) figure {
	cur := f.Current.Period
	if cur.Label == "" && cur.Start.IsZero() {
		fg := newFigure(cat, cat.text("comparison.title"))
		fg.note = cat.text("no_data")
		return fg
	}
	title := "comparison.title_fmt"
	if !f.YearEarlierDiffers() {
		title = "comparison.title_previous_fmt" // a year: the year before is both
	}
	fg := newFigure(cat, cat.textf(title, periodName(cur, cat)))
	fg.subtitle = cat.text("comparison.subtitle")

	periods := comparedPeriods(f, cat)
	panels := comparisonPanels{st: fg.st, log: fg.log}
	// The rows of changes: against the previous period first.
	against := []string{"previous", "year_earlier"}
	against = slices.DeleteFunc(against, func(a string) bool {
		return !slices.ContainsFunc(periods, func(p comparedPeriod) bool { return p.against == a })
	})
	for _, a := range against {
		panels.rows = append(panels.rows, cat.text("comparison.against_"+rowKey(a, f)))
	}
	var missing, partial, beyond bool
	for _, m := range comparedMeasures {
		pn := comparisonPanel{name: cat.text("measure." + m.key)}
		for _, p := range periods {
			v := analysis.MeasureCount(p.pf.Measures, m.name)
			missing = missing || !v.Valid
			pn.bars = append(pn.bars, comparedBar{value: v, text: cat.barText(v), fill: p.fill, partial: p.partial})
		}
		for _, a := range against {
			ch := changeOf(f.Comparisons, m.name, a, toDate(f.Current, cat), cat)
			partial = partial || ch.notCompared
			beyond = beyond || ch.beyond
			pn.changes = append(pn.changes, ch)
		}
		panels.panels = append(panels.panels, pn)
	}

	var notes []string
	if beyond {
		notes = append(notes, cat.text("comparison.beyond_note"))
	}
	if missing {
		notes = append(notes, cat.text("not_given_note"))
	}
	if partial {
		notes = append(notes, cat.text("comparison.partial_note"))
	}
	for i, n := range notes {
		if i > 0 {
			fg.footnote += " "
		}
		fg.footnote += n
	}

	p := plot.New()
	p.BackgroundColor = nil
	p.HideAxes()
	p.Add(panels)
	fg.plot = p
	for _, cp := range periods {
		outline := draw.LineStyle{}
		fill := cp.fill
		switch {
		case cp.pf.Coverage == analysis.None:
			// No bars: an empty box, outlined in the period's colour.
			fill, outline = white, draw.LineStyle{Color: cp.fill, Width: barOutline, Dashes: dashes}
		case cp.partial:
			fill, outline = tint(cp.fill, 0.35), draw.LineStyle{Color: cp.fill, Width: barOutline, Dashes: dashes}
		}
		fg.legend = append(fg.legend, legendEntry{key: cp.against, label: cp.label, thumb: swatch(fill, outline)})
	}
	if fg.st.rtl {
		// Entries run right to left: start with the period itself, so that
		// the legend reads in the order the bars stand, left to right.
		slices.Reverse(fg.legend)
	}
	return fg
}

// rowKey is the message key's ending for the row of changes against a
// period: "previous", "previous_year" (a year's report, where the previous
// period is the year before) or "year_earlier".
func rowKey(against string, f analysis.Figures) string {
	if against == "previous" && !f.YearEarlierDiffers() {
		return "previous_year"
	}
	return against
}

// comparedPeriods are the periods of chart 6, oldest first: the same
// period a year earlier (unless it is the previous period, as for a
// year), the previous period and the period itself. A period the figures
// do not have is left out.
func comparedPeriods(f analysis.Figures, cat catalogue) []comparedPeriod {
	var out []comparedPeriod
	for _, p := range []struct {
		pf      analysis.PeriodFigures
		against string
		key     string
		colour  color.RGBA
	}{
		{f.YearEarlier, "year_earlier", "comparison.year_earlier_fmt", yearEarlierColour},
		{f.Previous, "previous", "comparison.previous_fmt", previousColour},
		{f.Current, "", "comparison.current_fmt", currentColour},
	} {
		if p.pf.Period.Label == "" && p.pf.Period.Start.IsZero() || p.against == "year_earlier" && !f.YearEarlierDiffers() {
			continue
		}
		out = append(out, comparedPeriod{
			pf:      p.pf,
			against: p.against,
			label:   cat.textf(p.key, comparedPeriodName(p.pf, p.against == "", cat)),
			fill:    p.colour,
			partial: p.pf.Coverage == analysis.Partial || p.against == "" && toDate(p.pf, cat),
		})
	}
	return out
}

// comparedPeriodName names a period of chart 6 for the legend: "Q3 2025";
// "Q4 2025 to 15 November 2025" for the report's own period when it ends
// after the as-of date; "Q3 2025, data 1 Jul–15 Aug only" for a period
// the data covers in part; "Q3 2024, no data" for one it
// does not cover.
func comparedPeriodName(pf analysis.PeriodFigures, current bool, cat catalogue) string {
	name := periodName(pf.Period, cat)
	switch pf.Coverage {
	case analysis.None:
		return cat.textf("comparison.no_data_fmt", name)
	case analysis.Partial:
		from, err1 := parseDay(pf.CoveredFrom)
		to, err2 := parseDay(pf.CoveredTo)
		if err1 == nil && err2 == nil {
			return cat.textf("comparison.covered_fmt", name, cat.shortDay(from), cat.shortDay(to))
		}
		return cat.textf("comparison.partly_covered_fmt", name)
	}
	if current && toDate(pf, cat) {
		return cat.textf("comparison.to_date_fmt", name, cat.date(cat.partialEnd))
	}
	return name
}

// toDate reports whether the period is not over on the day the report is
// counted to (the as-of date): its counts are of part of it.
func toDate(pf analysis.PeriodFigures, cat catalogue) bool {
	return !cat.partialEnd.IsZero() && !pf.Period.End.IsZero() && cat.partialEnd.Before(pf.Period.End)
}

// shortDay writes a day without its year, its month short: "15 Feb",
// "1er juil.", "15 فبراير".
func (c catalogue) shortDay(t time.Time) string {
	d := strconv.Itoa(t.Day())
	if c.lang == "fr" && t.Day() == 1 {
		d = "1er"
	}
	return d + "\u00a0" + c.text("month_short."+strconv.Itoa(int(t.Month())))
}

// barText is what is written over a bar of chart 6: the count, or "—".
func (c catalogue) barText(v analysis.NullInt) string {
	if !v.Valid {
		return notGiven
	}
	return c.int(v.Int)
}

// changeOf is the change of measure against the period against
// ("previous" or "year_earlier") as chart 6 writes it: "+3 (+25 %)", the
// per cent only where the other count is above 0; starred and bold when
// beyond chance (p < 0.05, the workbook's and the note's rule); "—" where
// either count is missing, "not compared" where both are given but a
// period is covered only in part; nothing when the figures hold no such
// comparison. A period counted to date (partial) is not compared with
// whole ones, whatever the figures say.
func changeOf(cmps []analysis.Comparison, measure, against string, partial bool, cat catalogue) comparedChange {
	i := slices.IndexFunc(cmps, func(c analysis.Comparison) bool { return c.Measure == measure && c.Against == against })
	if i < 0 {
		return comparedChange{}
	}
	c := cmps[i]
	switch {
	case !c.Current.Valid || !c.Other.Valid:
		return comparedChange{text: notGiven}
	case !c.Change.Valid || partial:
		return comparedChange{text: cat.text("comparison.not_compared"), notCompared: true}
	}
	count := i18n.Signed(cat.lang, float64(c.Change.Int), 0)
	line, lines := count, count
	if c.ChangePct.Valid && c.Other.Int > 0 && finite(c.ChangePct.Float64) {
		pct := c.ChangePct.Float64
		decimals := 0
		if pct != 0 && math.Abs(pct) < 9.95 {
			decimals = 1
		}
		p := i18n.SignedPercent(cat.lang, pct, decimals)
		line, lines = cat.textf("comparison.change_fmt", count, p), cat.textf("comparison.change_lines_fmt", count, p)
	}
	if c.Significant {
		line, lines = cat.textf("comparison.beyond_fmt", line), cat.textf("comparison.beyond_fmt", lines)
	}
	// Numbers and signs only: left to right in every language, line by line.
	ltr := func(s string) string {
		ls := strings.Split(s, "\n")
		for i := range ls {
			ls[i] = cat.number(ls[i])
		}
		return strings.Join(ls, "\n")
	}
	return comparedChange{text: ltr(line), stacked: ltr(lines), beyond: c.Significant}
}
