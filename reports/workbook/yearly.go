package workbook

import (
	"slices"

	"github.com/ctreport/ctreport/analysis"
)

// yearlyLayout says where the Yearly sheet put its series, for the
// Summary's charts that refer to them.
type yearlyLayout struct {
	firstRow, lastRow int            // the data rows, 1-based; none when lastRow < firstRow
	col               map[string]int // 1-based column of a measure key, or of "<key>_low" / "<key>_high"
}

// yearlyGrid lays out the Yearly sheet: one row a year with every measure
// (the cooperation rate with its 95 % interval) and, for a count whose
// trend is beyond chance, its Theil–Sen line. The changes from year to
// year are on a sheet of their own (changesGrid), so that each prints at a
// size one can read.
func yearlyGrid(fig analysis.Figures, st styles, lang locale) (*grid, yearlyLayout) {
	g := &grid{panes: freezeHeader(true)}
	layout := yearlyLayout{firstRow: 2, col: map[string]int{}}
	header := []string{lang.t("wb.yearly.year"), lang.t("wb.yearly.to_date")}
	for _, ms := range measures {
		header = append(header, ms.name(lang))
		layout.col[ms.key] = len(header)
		if ms.kind == rateKind {
			header = append(header, lang.t("wb.yearly.cooperation_rate_low"), lang.t("wb.yearly.cooperation_rate_high"))
			layout.col[ms.key+"_low"], layout.col[ms.key+"_high"] = len(header)-1, len(header)
		}
	}
	// The Theil–Sen line of a count whose trend is beyond chance, over the
	// complete years, for the Summary's charts (drawn as the PNGs draw it).
	var trendKeys []string
	for _, key := range []string{"cells_dismantled", "arrests"} {
		t := fig.Trends[key]
		if beyondChance(t) && t.TheilSenSlope.Valid && t.TheilSenIntercept.Valid {
			trendKeys = append(trendKeys, key)
			header = append(header, lang.f("wb.yearly.trend_line", measureName(key, lang)))
			layout.col[key+"_trend"] = len(header)
		}
	}
	g.headerRow(st, header...)

	for _, y := range fig.Yearly {
		row := yearCells(y, st, lang)
		for _, ms := range measures {
			row = append(row, ms.cell(y.Measures, st))
			if ms.kind == rateKind {
				row = append(row, numberCell(y.CooperationRateLow, st.percent), numberCell(y.CooperationRateHigh, st.percent))
			}
		}
		for _, key := range trendKeys {
			t := fig.Trends[key]
			v := cell{}
			if y.Complete() {
				first := t.FirstYear
				v = numberCell(analysis.Known(t.TheilSenIntercept.Float64+t.TheilSenSlope.Float64*float64(y.Year-first)), st.average)
			}
			row = append(row, v)
		}
		g.add(row...)
	}
	layout.lastRow = len(g.rows)
	g.yearTable("Yearly", fig, header, st, lang)
	if slices.ContainsFunc(fig.Yearly, func(y analysis.YearFigures) bool { return y.NoData || !y.CellsDismantled.Valid || !y.Arrests.Valid }) {
		g.add(sentenceCell(lang.t("wb.not_given_note")))
	}
	return g, layout
}

// changesGrid lays out the Yearly changes sheet: one row a year with, per
// trend series, the change from the year before, the % change and the
// 3-year moving average.
func changesGrid(fig analysis.Figures, st styles, lang locale) *grid {
	g := &grid{panes: freezeHeader(true)}
	header := []string{lang.t("wb.yearly.year"), lang.t("wb.yearly.to_date")}
	byYear := make(map[string]map[int]analysis.YearChange, len(analysis.TrendSeries))
	for _, key := range analysis.TrendSeries {
		name := measureName(key, lang)
		if key == "cooperation_rate" {
			header = append(header, lang.f("wb.yearly.change_points", name), lang.f("wb.yearly.moving_average", name))
		} else {
			header = append(header, lang.f("wb.yearly.change", name), lang.f("wb.yearly.percent_change", name), lang.f("wb.yearly.moving_average", name))
		}
		m := map[int]analysis.YearChange{}
		for _, yc := range fig.Trends[key].ByYear {
			m[yc.Year] = yc
		}
		byYear[key] = m
	}
	g.headerRow(st, header...)
	for _, y := range fig.Yearly {
		row := yearCells(y, st, lang)
		for _, key := range analysis.TrendSeries {
			row = append(row, yearChangeCells(byYear[key][y.Year], key == "cooperation_rate", st, lang)...)
		}
		g.add(row...)
	}
	g.yearTable("YearlyChanges", fig, header, st, lang)
	return g
}

// yearCells are the first two cells of a year's row: the year, and
// whether it is counted to date.
func yearCells(y analysis.YearFigures, st styles, lang locale) []cell {
	row := []cell{{value: y.Year, style: st.year}, {}}
	if y.ToDate {
		row[1] = textCell(lang.t("wb.to_date"))
	}
	return row
}

// yearTable makes the rows of a year sheet under header an Excel table
// named name, or says "none" when there are no years.
func (g *grid) yearTable(name string, fig analysis.Figures, header []string, st styles, lang locale) {
	switch {
	case len(fig.Yearly) == 0:
		g.add(sentenceCell(lang.t("wb.none")))
	case tableHeaderOK(header):
		g.tables = append(g.tables, table{name: name, headerRow: 1, last: len(g.rows), firstCol: 1, lastCol: len(header)})
	}
}

// trendsGrid lays out the Trends sheet: the trend statistics of each
// series, on a sheet of their own so that their columns are sized to them
// and not to the Yearly sheet's.
func trendsGrid(fig analysis.Figures, st styles, lang locale) *grid {
	g := &grid{}
	trendStatistics(g, fig.Trends, st, lang)
	g.add(highlightNote(st, lang)...)
	return g
}

// yearChangeCells are the change, % change and 3-year moving average of
// one year of a series: counts change by a count, a rate by percentage
// points only (a relative change of a rate would read as a second "%" for
// the same thing, as on the Summary). The % change from 0 is "n/a"; what
// the analysis left out (the first year, a to-date year) is empty.
func yearChangeCells(yc analysis.YearChange, rate bool, st styles, lang locale) []cell {
	if rate {
		return []cell{numberCell(points(yc.Change), st.signedPoints), numberCell(yc.MovingAverage3, st.percent)}
	}
	change, average := numberCell(yc.Change, st.signedCount), numberCell(yc.MovingAverage3, st.average)
	pct := percentOf(yc.ChangePct, st)
	if !yc.ChangePct.Valid && yc.Change.Valid {
		pct = textCell(lang.t("n_a")) // a change is known, so the earlier value was 0
	}
	return []cell{change, pct, average}
}

// points turns a difference of two rates (shares) into percentage
// points.
func points(v analysis.NullFloat) analysis.NullFloat {
	if !v.Valid {
		return v
	}
	return analysis.Known(roundPoints(100 * v.Float64))
}

// roundPoints is a change in percentage points as a sheet holds it: one
// that shows as 0.0 with the sheets' one decimal is 0, so that it reads
// "0.0 pts" and not "-0.0 pts" (the number format picks its section by
// the value's sign); others are kept whole.
func roundPoints(p float64) float64 {
	if p > -0.05 && p < 0.05 {
		return 0
	}
	return p
}

// trendStatistics appends the trend statistics of each series: the
// Theil–Sen slope, the Mann–Kendall test, the least-squares slope with
// its 95 % interval, and the verdict in words. A statistic the series is
// too short for is an empty cell.
func trendStatistics(g *grid, trends map[string]analysis.Trend, st styles, lang locale) {
	rows := make([][]cell, 0, len(analysis.TrendSeries))
	for _, key := range analysis.TrendSeries {
		t := trends[key]
		verdict := textCell(trendVerdict(t, lang))
		if beyondChance(t) {
			verdict.style = st.highlight
		}
		unit, slope, low, high, theilSen := lang.t("wb.trend.unit_count"), t.OLSSlope, t.OLSSlopeLow, t.OLSSlopeHigh, t.TheilSenSlope
		if key == "cooperation_rate" {
			unit = lang.t("wb.trend.unit_points")
			slope, low, high, theilSen = points(slope), points(low), points(high), points(theilSen)
		}
		rows = append(rows, []cell{
			textCell(measureName(key, lang)), textCell(unit), intCell(t.Years),
			numberCell(theilSen, st.ratio),
			numberCell(t.MannKendallS, st.count), // a whole number: -62 numberCell(t.MannKendallZ, st.ratio), numberCell(t.MannKendallP, st.pValue),
			numberCell(slope, st.ratio), numberCell(low, st.ratio), numberCell(high, st.ratio),
			verdict,
		})
	}
	g.section(st, lang, lang.t("wb.trend.title"), "YearlyTrends", []string{
		lang.t("wb.trend.series"), lang.t("wb.trend.unit"), lang.t("wb.trend.years"),
		lang.t("wb.trend.theil_sen"), lang.t("wb.trend.mk_s"), lang.t("wb.trend.mk_z"), lang.t("wb.trend.mk_p"),
		lang.t("wb.trend.ols"), lang.t("wb.trend.ols_low"), lang.t("wb.trend.ols_high"), lang.t("wb.trend.verdict"),
	}, rows)
}

// beyondChance reports whether the Mann–Kendall test finds the trend of t
// beyond chance (p < 0.05): the rule the charts draw a trend line by.
func beyondChance(t analysis.Trend) bool {
	return t.MannKendallP.Valid && t.MannKendallP.Float64 < 0.05 && t.MannKendallS.Valid && t.MannKendallS.Float64 != 0
}

// trendVerdict says in words what the Mann–Kendall test finds: "rising
// (Mann–Kendall p = 0.01)", "falling (…)", "no clear trend (p = 0.40)",
// or "too few complete years" when there is no test.
func trendVerdict(t analysis.Trend, lang locale) string {
	if !t.MannKendallP.Valid {
		return lang.t("wb.trend.too_few")
	}
	p := t.MannKendallP.Float64
	if p < 0.05 && t.MannKendallS.Valid {
		switch {
		case t.MannKendallS.Float64 > 0:
			return lang.f("wb.trend.rising", lang.pValue(p))
		case t.MannKendallS.Float64 < 0:
			return lang.f("wb.trend.falling", lang.pValue(p))
		}
	}
	return lang.f("wb.trend.no_trend", lang.pValue(p))
}

// measureName is the name of the measure key.
func measureName(key string, lang locale) string { return lang.t("wb.measure." + key) }

// highlightNote is the line under a table that says what a highlighted
// cell means: the word in the highlight's colour, then what it means.
func highlightNote(st styles, lang locale) []cell {
	return []cell{{value: lang.t("wb.highlight_label"), style: st.highlight}, sentenceCell(lang.t("wb.highlight_note"))}
}
