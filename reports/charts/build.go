package charts

import (
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// barWidth is the width of a bar, in years, and maxBarWidth caps it for
// charts of few years, so that a single year is not one wide block.
const (
	barWidth    = 0.7
	maxBarWidth = vg.Length(54) // points
)

// barWidthFor is the width of the bars, in years, on the axis years.
func barWidthFor(years yearAxis) float64 {
	return min(barWidth, float64(maxBarWidth/yearPitch(years)))
}

// byYear returns a copy of the yearly figures in year order.
func byYear(yearly []analysis.YearFigures) []analysis.YearFigures {
	ys := append([]analysis.YearFigures(nil), yearly...)
	sort.SliceStable(ys, func(i, j int) bool { return ys[i].Year < ys[j].Year })
	return ys
}

// axisOf returns the x axis for years in year order; it must not be empty.
func axisOf(years []analysis.YearFigures) yearAxis {
	last := years[len(years)-1]
	return yearAxis{first: years[0].Year, last: last.Year, lastToDate: last.ToDate}
}

// cellsFigure is chart 1: cells dismantled per year, with the Theil–Sen
// line of f.Trends["cells_dismantled"] over the complete years where the
// trend is beyond chance (see withTrend).
func cellsFigure(f analysis.Figures, cat catalogue) figure {
	fg, p, bars := countFigure(f.Yearly, cat, countChart{
		title:    "cells.title",
		subtitle: "cells.subtitle",
		axis:     "cells.axis",
		colour:   cellsColour,
		value:    func(y analysis.YearFigures) analysis.NullInt { return y.CellsDismantled },
	})
	return withTrend(fg, p, bars, f.Trends["cells_dismantled"], cat)
}

// arrestsFigure is chart 2: arrests per year, with its trend as chart 1.
func arrestsFigure(f analysis.Figures, cat catalogue) figure {
	fg, p, bars := countFigure(f.Yearly, cat, countChart{
		title:    "arrests.title",
		subtitle: "arrests.subtitle",
		axis:     "arrests.axis",
		colour:   arrestsColour,
		value:    func(y analysis.YearFigures) analysis.NullInt { return y.Arrests },
	})
	return withTrend(fg, p, bars, f.Trends["arrests"], cat)
}

// significance is the level below which a Mann–Kendall p-value makes a
// trend "beyond chance", as in the workbook's verdicts and the note.
const significance = 0.05

// withTrend says the trend of a yearly count in the subtitle. Only a trend
// beyond chance (Mann–Kendall p < 0.05) is drawn, as its Theil–Sen line
// over the complete years, with the values it would cross moved into their
// bars or left out; otherwise the subtitle says there is no clear trend.
// A series too short for the test gets neither.
func withTrend(fg figure, p *plot.Plot, bars yearBars, t analysis.Trend, cat catalogue) figure {
	if p == nil || !t.MannKendallP.Valid || !finite(t.MannKendallP.Float64) {
		return fg
	}
	pv := t.MannKendallP.Float64
	if pv >= significance || !t.TheilSenSlope.Valid || !finite(t.TheilSenSlope.Float64) {
		fg.subtitle += " " + cat.textf("no_trend_fmt", cat.pValue(pv))
		return fg
	}
	fg.subtitle += " " + cat.textf("trend_sig_fmt", cat.slope(t.TheilSenSlope.Float64), cat.pValue(pv))
	first, last, ok := completeYears(bars.bars)
	if !ok {
		return fg
	}
	style := draw.LineStyle{Color: trendColour, Width: dataWidth}
	line, ok := theilSenLine(t, first, last, style)
	if !ok {
		return fg
	}
	line.log = fg.log
	_, _, ymin, ymax := bars.DataRange()
	p.Add(line) // widens the axes to the line; set them back
	bars.avoid.line = &line
	p.X.Min, p.X.Max = float64(bars.bars[0].year)-0.5, float64(bars.bars[len(bars.bars)-1].year)+0.5
	p.Y.Min, p.Y.Max = ymin, countAxisMax(max(ymax, line.y0, line.y1))
	return fg
}

// countChart describes a bar chart of one yearly count: the message keys
// of its title, y axis and legend entry, its colour and its value, which
// may be missing (not given).
type countChart struct {
	title, subtitle, axis string
	colour                color.RGBA
	value                 func(analysis.YearFigures) analysis.NullInt
}

// countFigure draws one bar per year. With no years it returns a figure that
// says so, and a nil plot.
func countFigure(yearly []analysis.YearFigures, cat catalogue, ch countChart) (figure, *plot.Plot, yearBars) {
	fg := newFigure(cat, cat.text(ch.title))
	fg.subtitle = cat.text(ch.subtitle)
	years := byYear(yearly)
	if len(years) == 0 {
		fg.note = cat.text("no_data")
		return fg, nil, yearBars{}
	}
	format := cat.int
	bars := yearBars{fill: ch.colour, width: barWidthFor(axisOf(years)), label: fg.st.value, format: format, log: fg.log, avoid: &avoidLine{}}
	lo, hi, given := 0, 0, 0
	for _, y := range years {
		v := ch.value(y)
		if v.Valid {
			given++
		}
		lo, hi = min(lo, v.Int), max(hi, v.Int)
		bars.bars = append(bars.bars, yearBar{year: y.Year, value: v.Int, partial: y.ToDate, missing: !v.Valid})
	}
	switch {
	case given == 0:
		fg.note = cat.text("not_given")
		return fg, nil, yearBars{}
	case given < len(years):
		fg.footnote = cat.text("not_given_note")
	}

	bars.chooseValues(yearPitch(axisOf(years)), fg.st.valueSmall)

	p := newYearPlot(axisOf(years), cat.text(ch.axis), cat, fg.st)
	p.Add(bars)
	p.Y.Min = float64(lo)
	p.Y.Max = countAxisMax(float64(hi))
	p.Y.Tick.Marker = countTicks{format: format}
	p.X.Min, p.X.Max = float64(years[0].Year)-0.5, float64(years[len(years)-1].Year)+0.5

	fg.plot = p
	// No legend: the title names the bars, the tick names a partial year,
	// and the subtitle the trend line.
	return fg, p, bars
}

// completeYears returns the first and last year of bars that is not
// partial; ok is false when there is none.
func completeYears(bars []yearBar) (first, last int, ok bool) {
	for _, b := range bars {
		if b.partial {
			continue
		}
		if !ok {
			first, ok = b.year, true
		}
		last = b.year
	}
	return first, last, ok
}

// cooperationFigure is chart 3: the cooperation rate per year in percent,
// with its Wilson 95 % band. Years without a rate (no incidents) are left
// out, not drawn as 0.
func cooperationFigure(f analysis.Figures, cat catalogue) figure {
	fg := newFigure(cat, cat.text("rate.title"))
	fg.subtitle = cat.textf("rate.subtitle_fmt", cat.percent(95))
	years := byYear(f.Yearly)
	if len(years) == 0 {
		fg.note = cat.text("no_data")
		return fg
	}
	line := rateLine{
		colour:    rateColour,
		radius:    min(pointSize, 0.3*yearPitch(axisOf(years))),
		loneWidth: barWidthFor(axisOf(years)) / 2,
	}
	for _, y := range years {
		r := y.CooperationRate
		if !r.Valid || !finite(r.Float64) {
			continue
		}
		q := ratePoint{year: y.Year, rate: percent(r.Float64), partial: y.ToDate}
		lo, hi := y.CooperationRateLow, y.CooperationRateHigh
		if lo.Valid && hi.Valid && finite(lo.Float64) && finite(hi.Float64) {
			q.low, q.high, q.hasBand = percent(min(lo.Float64, hi.Float64)), percent(max(lo.Float64, hi.Float64)), true
		}
		if len(line.points) > 0 && line.points[len(line.points)-1].year == q.year {
			continue // a year given twice: keep the first
		}
		line.points = append(line.points, q)
	}

	p := newYearPlot(axisOf(years), cat.text("rate.axis"), cat, fg.st)
	p.Y.Min, p.Y.Max = 0, 100
	p.Y.Tick.Marker = percentTicks{format: func(v int) string { return cat.percent(float64(v)) }}
	fg.plot = p
	if len(line.points) == 0 {
		fg.note = cat.text("rate.none")
		return fg
	}
	p.Add(line)
	p.X.Min, p.X.Max = float64(years[0].Year)-0.5, float64(years[len(years)-1].Year)+0.5
	p.Y.Min, p.Y.Max = 0, 100
	fg.legend = line.legend(cat)
	return fg
}

// percent turns a share in [0, 1] into a percentage in [0, 100].
func percent(share float64) float64 { return math.Min(100, math.Max(0, 100*share)) }
