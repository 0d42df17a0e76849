package workbook

import (
	"strings"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// summaryGrid lays out the Summary sheet: the periods; the key figures
// against the previous period and a year earlier, with the p-value of each
// change and what it means; the trend verdict of each series; the
// warnings; and a title for the charts, whose row it returns (the charts
// are anchored under it).
func summaryGrid(in report.Input, asOf cell, incidentSheets []string, incidentRows int, st styles, lang locale) (*grid, int) {
	fig := in.Figures
	g := &grid{onePage: true}
	g.title(st, lang.t("wb.summary.title"))
	g.add()
	g.headerRow(st, lang.t("wb.summary.period"), lang.t("wb.summary.label"), lang.t("wb.summary.start"), lang.t("wb.summary.end"))
	for _, p := range []struct {
		label string
		pf    analysis.PeriodFigures
	}{
		{"wb.summary.reporting_period", fig.Current},
		{"wb.summary.previous_period", fig.Previous},
		{"wb.summary.year_earlier", fig.YearEarlier},
	} {
		g.add(textCell(lang.t(p.label)), textCell(lang.period(p.pf.Period)), dayCell(p.pf.Period.Start, st), dayCell(p.pf.Period.End, st))
	}
	g.add(textCell(lang.t("wb.summary.as_of")), asOf)
	g.add()

	g.title(st, lang.t("wb.summary.key_figures"))
	change, pct, p, assess := lang.t("wb.summary.change"), lang.t("wb.summary.percent_change"), lang.t("wb.summary.p_value"), lang.t("wb.summary.assessment")
	header := []string{lang.t("wb.summary.measure"), lang.t("wb.summary.current_period"),
		lang.t("wb.summary.previous_period"), change, pct, p, assess}
	// For a year the previous period is the year earlier: shown once.
	withYE := fig.YearEarlierDiffers()
	if withYE {
		header = append(header, lang.t("wb.summary.year_earlier"), change, pct, p, assess)
	}
	g.headerRow(st, header...)
	cur, prev, ye := fig.Current.Measures, fig.Previous.Measures, fig.YearEarlier.Measures
	comparisons := comparisonsByKey(fig.Comparisons)
	for _, ms := range measures {
		row := []cell{textCell(ms.name(lang)), ms.cell(cur, st), ms.cell(prev, st)}
		row = append(row, ms.comparisonCells(cur, prev, comparisons[[2]string{ms.key, "previous"}], st, lang)...)
		if withYE {
			row = append(row, ms.cell(ye, st))
			row = append(row, ms.comparisonCells(cur, ye, comparisons[[2]string{ms.key, "year_earlier"}], st, lang)...)
		}
		g.add(row...)
	}
	g.add(highlightNote(st, lang)...)
	if fig.Current.Unplaced > 0 {
		g.add(textCell(lang.t("wb.summary.unplaced")),
			intCell(fig.Current.Unplaced),
			intCell(fig.Previous.Unplaced), cell{}, cell{}, cell{}, cell{},
			intCell(fig.YearEarlier.Unplaced))
	}
	g.add()

	g.title(st, lang.t("wb.summary.trends"))
	g.headerRow(st, lang.t("wb.trend.series"), lang.t("wb.trend.verdict"), lang.t("wb.trend.years"))
	for _, key := range analysis.TrendSeries {
		t := fig.Trends[key]
		verdict := textCell(trendVerdict(t, lang))
		if beyondChance(t) {
			verdict.style = st.highlight
		}
		g.add(textCell(measureName(key, lang)), verdict, intCell(t.Years))
	}
	g.add()

	g.title(st, lang.t("wb.summary.warnings"))
	warnings := i18n.WarningTexts(string(lang), fig.Warnings)
	if len(incidentSheets) > 1 {
		warnings = append(warnings[:len(warnings):len(warnings)],
			lang.f("wb.summary.incidents_split", lang.int(incidentRows), lang.int(len(incidentSheets)), strings.Join(incidentSheets, ", ")))
	}
	if len(warnings) == 0 {
		g.add(sentenceCell(lang.t("wb.none")))
	}
	for _, w := range warnings {
		g.add(sentenceCell(w))
	}
	g.add()
	return g, g.title(st, lang.t("wb.summary.charts")) + 1
}
