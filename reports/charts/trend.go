package charts

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// trendLine is a straight line from (x0, y0) to (x1, y1) in data
// coordinates.
type trendLine struct {
	x0, y0, x1, y1 float64
	style          draw.LineStyle
}

// theilSenLine returns the Theil–Sen line of t over the years from first to
// last, value = intercept + slope × (year − t.FirstYear), cut where it
// would go below zero (a count cannot). A trend without a FirstYear is
// taken to start at first. ok is false when the slope or the
// intercept is missing or not finite, when first > last, or when the whole
// line lies below zero.
func theilSenLine(t analysis.Trend, first, last int, style draw.LineStyle) (line trendLine, ok bool) {
	a, b := t.TheilSenIntercept, t.TheilSenSlope
	if !a.Valid || !b.Valid || !finite(a.Float64) || !finite(b.Float64) || first > last {
		return trendLine{}, false
	}
	if t.FirstYear == 0 {
		t.FirstYear = first
	}
	at := func(year float64) float64 { return a.Float64 + b.Float64*(year-float64(t.FirstYear)) }
	x0, x1 := float64(first), float64(last)
	y0, y1 := at(x0), at(x1)
	if !finite(y0) || !finite(y1) || (y0 < 0 && y1 < 0) {
		return trendLine{}, false
	}
	// Cut at zero: the line crosses it at year − FirstYear = −a/b, and b ≠ 0
	// here because y0 and y1 differ in sign.
	switch {
	case y0 < 0:
		x0, y0 = float64(t.FirstYear)-a.Float64/b.Float64, 0
	case y1 < 0:
		x1, y1 = float64(t.FirstYear)-a.Float64/b.Float64, 0
	}
	if !finite(x0) || !finite(x1) {
		return trendLine{}, false
	}
	return trendLine{x0: x0, y0: y0, x1: x1, y1: y1, style: style}, true
}

// Plot implements plot.Plotter.
func (l trendLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	pts := []vg.Point{{X: trX(l.x0), Y: trY(l.y0)}, {X: trX(l.x1), Y: trY(l.y1)}}
	c.StrokeLines(l.style, c.ClipLinesXY(pts)...)
}

// DataRange implements plot.DataRanger.
func (l trendLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	return min(l.x0, l.x1), max(l.x0, l.x1), min(l.y0, l.y1), max(l.y0, l.y1)
}
