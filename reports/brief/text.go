package brief

import (
	"math"
	"path/filepath"
	"sort"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// The measures the headline's fallback and the totals speak of, in order.
var keyMeasures = []string{"incidents", "cells_dismantled", "arrests", "foiled_plots"}

// writer writes the note's text in one language from the figures.
type writer struct {
	lang string
	in   report.Input
	f    analysis.Figures
}

// noteLang is the note's language: en, ar or fr (English for anything
// else, as the catalogue does).
func noteLang(lang string) string {
	switch lang {
	case "ar", "fr":
		return lang
	}
	return "en"
}

// build writes every text of the note. cs are the charts of the
// report folder, whose alternative text it fills in.
func build(in report.Input, cs []chart) *brief {
	w := writer{lang: noteLang(in.Settings.Lang), in: in, f: in.Figures}
	b := &brief{Lang: w.lang, Dir: "ltr"}
	if w.lang == "ar" {
		b.Dir = "rtl"
	}
	cur := w.f.Period
	b.Title = w.t("brief.title", w.label(cur))
	b.Dates = w.t("brief.dates", i18n.Date(w.lang, cur.Start), i18n.Date(w.lang, cur.End), w.asOf())
	b.Source = w.source()
	st := w.tell()
	b.Headline = st.headline
	b.Findings = st.findings
	b.FiguresHeading = i18n.T(w.lang, "brief.section.figures")
	b.Table = w.table()
	b.Table.Note = w.footnote(st)
	for _, c := range chooseCharts(st.charts, cs) {
		c.Alt = w.chartAlt(c.Name)
		b.Charts = append(b.Charts, c)
	}
	b.Caveats = w.caveatLine()
	version := in.Version
	if version == "" {
		version = "dev"
	}
	b.Footer = w.t("brief.footer", version)
	return b
}

// t formats a message and makes it a sentence.
func (w writer) t(key string, args ...any) string {
	return sentence(i18n.F(w.lang, key, args...))
}

// n formats a plural message for the count n and makes it a sentence.
func (w writer) n(key string, n int, args ...any) string {
	return sentence(i18n.N(w.lang, key, n, args...))
}

// sentence capitalises the first letter of s, which may be a period
// placeholder ("in 2024, …"). Arabic has no capitals and is left as it is.
func sentence(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if unicode.IsLower(r) {
		return string(unicode.ToUpper(r)) + s[size:]
	}
	return s
}

func (w writer) num(n int) string { return i18n.Int(w.lang, n) }

// ltr keeps a run that reads left to right in that order inside Arabic
// text, with a left-to-right isolate: a p-value ("p = 0,61"), a signed
// number or a percentage ("−18 %"), which the bidirectional algorithm
// would otherwise show as "% 18−" in a table cell and otherwise in a
// sentence.
func (w writer) ltr(s string) string {
	if w.lang != "ar" {
		return s
	}
	return "\u2066" + s + "\u2069"
}

// when names a period as an adverbial: "in 2024", "au premier trimestre
// 2024", "في عام 2024".
func (w writer) when(p analysis.Period) string { return w.periodText(p, "when") }

// label names a period in a title or a table header: "2024", "T1 2024".
func (w writer) label(p analysis.Period) string { return w.periodText(p, "label") }

func (w writer) periodText(p analysis.Period, form string) string {
	return i18n.Period(w.lang, p, form)
}

// yearSpan names the years first to last: "from 2002 to 2024".
func (w writer) yearSpan(first, last int) string {
	if first == last {
		return i18n.F(w.lang, "brief.period.year.when", first)
	}
	return i18n.F(w.lang, "brief.period.year_span.when", first, last)
}

func (w writer) asOf() string {
	t, err := time.Parse(time.DateOnly, w.f.AsOf)
	if err != nil {
		return w.f.AsOf
	}
	return i18n.Date(w.lang, t)
}

func (w writer) source() string {
	if len(w.in.Settings.Inputs) == 0 {
		return i18n.T(w.lang, "brief.source.sample")
	}
	var files []string
	if w.in.Data != nil {
		for _, f := range w.in.Data.Files {
			files = append(files, f.Path)
		}
	} else {
		files = w.in.Settings.Inputs
	}
	if len(files) == 1 {
		return w.t("brief.source.file", filepath.Base(files[0]))
	}
	return w.n("brief.source.files", len(files))
}

// comparison returns the comparison of measure against "previous" or
// "year_earlier"; when the figures hold none, it is worked out from the
// period figures, untested.
func (w writer) comparison(measure, against string) analysis.Comparison {
	for _, c := range w.f.Comparisons {
		if c.Measure == measure && c.Against == against {
			return c
		}
	}
	other := w.f.Previous
	if against == "year_earlier" {
		other = w.f.YearEarlier
	}
	c := analysis.Comparison{Measure: measure, Against: against,
		Current: analysis.MeasureCount(w.f.Current.Measures, measure),
		Other:   analysis.MeasureCount(other.Measures, measure)}
	if c.Current.Valid && c.Other.Valid {
		c.Change = analysis.Count(c.Current.Int - c.Other.Int)
		_, c.ChangePct = analysis.Change(float64(c.Other.Int), float64(c.Current.Int))
	}
	return c
}

// changeText writes a comparison's change in per cent ("−18 %", "+5 %"),
// with one decimal under 10 %; where the earlier count is 0 and a per cent
// is undefined, the signed count ("+5").
func (w writer) changeText(c analysis.Comparison) string {
	if !c.ChangePct.Valid {
		return w.ltr(w.signedInt(c.Change.Int))
	}
	return w.ltr(i18n.SignedPercent(w.lang, c.ChangePct.Float64, pctDecimals(c.ChangePct.Float64)))
}

func pctDecimals(pct float64) int {
	if pct == 0 || math.Abs(pct) >= 9.95 {
		return 0
	}
	return 1
}

func (w writer) signedInt(n int) string {
	if n > 0 {
		return "+" + w.num(n)
	}
	return w.num(n)
}

func (w writer) signedFloat(v float64, decimals int) string {
	return i18n.Signed(w.lang, v, decimals)
}

func (w writer) cooperationSentence() string {
	cur := w.f.Current
	if cur.Incidents == 0 {
		return ""
	}
	if foreign, all := w.foreignInputs(); foreign > 0 && foreign == all {
		// Such exports have no partner field: "none" would be a claim.
		return i18n.T(w.lang, "brief.cooperation.not_recorded")
	}
	if cur.CrossBorderIncidents == 0 {
		return w.n("brief.cooperation.none", cur.Incidents)
	}
	return w.n("brief.cooperation", cur.Incidents, w.num(cur.CrossBorderIncidents), w.rate(cur.CooperationRate))
}

// foreignInputs counts the input files with accepted rows, and those of
// them that are GTD or ACLED exports, which record no partner countries
// (docs/input.md): their incidents count as not cross-border.
func (w writer) foreignInputs() (foreign, all int) {
	if w.in.Data == nil {
		return 0, 0
	}
	for _, f := range w.in.Data.Files {
		if f.Accepted == 0 {
			continue
		}
		all++
		if f.Format == data.FormatGTD || f.Format == data.FormatACLED {
			foreign++
		}
	}
	return foreign, all
}

func (w writer) rate(r analysis.NullFloat) string {
	if !r.Valid {
		return i18n.T(w.lang, "n_a")
	}
	return w.ltr(i18n.Percent(w.lang, r.Float64, 0))
}

// partnersSentence names the main partner countries of the period.
func (w writer) partnersSentence() string {
	type partner struct {
		code string
		n    int
	}
	var ps []partner
	for _, p := range w.f.Breakdowns.PeriodPartners {
		if p.Incidents > 0 {
			ps = append(ps, partner{p.Key, p.Incidents})
		}
	}
	if len(ps) == 0 {
		return ""
	}
	sort.Slice(ps, func(a, b int) bool {
		if ps[a].n != ps[b].n {
			return ps[a].n > ps[b].n
		}
		return ps[a].code < ps[b].code
	})
	var items []string
	for i, p := range ps {
		if i == 3 {
			break
		}
		items = append(items, i18n.F(w.lang, "brief.list.item", w.country(p.code), w.num(p.n)))
	}
	return w.n("brief.partners", len(ps), w.when(w.f.Period), w.list(items))
}

// country names a country by its ISO 3166-1 alpha-2 code in the note's
// language (CLDR), or gives the code when CLDR does not know it.
func (w writer) country(code string) string {
	name, _ := i18n.Country(w.lang, code)
	return name
}

// list joins data items as the language does: "A, B and C", "A, B et C",
// "A وB وC" (CLDR list patterns).
func (w writer) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return i18n.F(w.lang, "brief.list.two", items[0], items[1])
	}
	n := len(items)
	s := i18n.F(w.lang, "brief.list.end", items[n-2], items[n-1])
	for i := n - 3; i >= 1; i-- {
		s = i18n.F(w.lang, "brief.list.middle", items[i], s)
	}
	return i18n.F(w.lang, "brief.list.start", items[0], s)
}

// table is the key table: the period, the previous period and, when it is
// another period, the same period a year earlier, with the changes.
func (w writer) table() table {
	cur, prev, ye := w.f.Period, w.f.Period.Previous(), w.f.Period.YearEarlier()
	withYE := w.label(ye) != w.label(prev)
	change := i18n.T(w.lang, "brief.table.change")
	t := table{Head: []string{i18n.T(w.lang, "brief.table.measure"), w.label(cur), w.label(prev), change}}
	if withYE {
		t.Head = append(t.Head, w.label(ye), change)
	}
	for _, m := range analysis.ComparedMeasures {
		cp, cy := w.comparison(m, "previous"), w.comparison(m, "year_earlier")
		cells := []string{w.count(cp.Current), w.count(cp.Other), w.changeCell(cp)}
		if withYE {
			cells = append(cells, w.count(cy.Other), w.changeCell(cy))
		}
		t.Rows = append(t.Rows, tableRow{Measure: i18n.T(w.lang, "brief.measure."+m), Cells: cells})
	}
	c, p, y := w.f.Current.Measures, w.f.Previous.Measures, w.f.YearEarlier.Measures
	rates := []string{w.rate(c.CooperationRate), w.rate(p.CooperationRate), w.pointsCell(c.CooperationRate, p.CooperationRate)}
	if withYE {
		rates = append(rates, w.rate(y.CooperationRate), w.pointsCell(c.CooperationRate, y.CooperationRate))
	}
	t.Rows = append(t.Rows, tableRow{Measure: i18n.T(w.lang, "brief.measure.cooperation_rate"), Cells: rates})
	perCell := []string{w.ratio(c.ArrestsPerCell), w.ratio(p.ArrestsPerCell), w.ratioChangeCell(c.ArrestsPerCell, p.ArrestsPerCell)}
	if withYE {
		perCell = append(perCell, w.ratio(y.ArrestsPerCell), w.ratioChangeCell(c.ArrestsPerCell, y.ArrestsPerCell))
	}
	t.Rows = append(t.Rows, tableRow{Measure: i18n.T(w.lang, "brief.measure.arrests_per_cell"), Cells: perCell})
	return t
}

// count is a count of the key table: "—" where it is not given.
func (w writer) count(n analysis.NullInt) string {
	if !n.Valid {
		return notGiven
	}
	return w.num(n.Int)
}

// notGiven stands for a count the data does not give: missing, not 0.
const notGiven = "—"

// changeCell is a comparison's change in per cent, starred when it is
// beyond normal variation; "n/a" where the earlier count is 0, "—" where
// either count is not given.
func (w writer) changeCell(c analysis.Comparison) string {
	if !c.Change.Valid {
		return notGiven
	}
	s := i18n.T(w.lang, "n_a")
	if c.ChangePct.Valid {
		s = i18n.SignedPercent(w.lang, c.ChangePct.Float64, pctDecimals(c.ChangePct.Float64))
	}
	s = w.ltr(s)
	if c.Significant {
		s += "*"
	}
	return s
}

// pointsCell is the change of a rate in percentage points.
func (w writer) pointsCell(cur, other analysis.NullFloat) string {
	if !cur.Valid || !other.Valid {
		return i18n.T(w.lang, "n_a")
	}
	return w.points((cur.Float64 - other.Float64) * 100)
}

func (w writer) ratio(r analysis.NullFloat) string {
	if !r.Valid {
		return i18n.T(w.lang, "n_a")
	}
	return i18n.Float(w.lang, r.Float64, 1)
}

func (w writer) ratioChangeCell(cur, other analysis.NullFloat) string {
	if !cur.Valid || !other.Valid {
		return i18n.T(w.lang, "n_a")
	}
	_, pct := analysis.Change(other.Float64, cur.Float64)
	if !pct.Valid {
		return i18n.T(w.lang, "n_a")
	}
	return w.ltr(i18n.SignedPercent(w.lang, pct.Float64, pctDecimals(pct.Float64)))
}

// chartAlt is the alternative text of a chart, from the catalogue.
func (w writer) chartAlt(name string) string {
	span := ""
	if n := len(w.f.Yearly); n > 0 {
		span = w.yearSpan(w.f.Yearly[0].Year, w.f.Yearly[n-1].Year)
	}
	switch name {
	case "cells_per_year", "arrests_per_year", "cooperation_rate", "partners_per_year", "arrests_by_affiliation":
		return w.t("brief.chart."+name, span)
	case "period_comparison":
		return w.t("brief.chart."+name, w.when(w.f.Period))
	}
	return w.t("brief.chart.other", name, span)
}
