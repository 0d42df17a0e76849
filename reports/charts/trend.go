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
	log            *layoutLog
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
	l.log.addLine("trend", pts[0], pts[1], l.style.Width)
}

// DataRange implements plot.DataRanger.
func (l trendLine) DataRange() (xmin, xmax, ymin, ymax float64) {
	return min(l.x0, l.x1), max(l.x0, l.x1), min(l.y0, l.y1), max(l.y0, l.y1)
}

// crosses reports whether the line, drawn with p on c, passes through r
// (widened by half the line's width and a little air).
func (l trendLine) crosses(c draw.Canvas, p *plot.Plot, r vg.Rectangle) bool {
	trX, trY := p.Transforms(&c)
	return segmentHits(vg.Point{X: trX(l.x0), Y: trY(l.y0)}, vg.Point{X: trX(l.x1), Y: trY(l.y1)}, r, l.style.Width/2+vg.Points(1))
}

// segmentHits reports whether the segment a–b comes within pad of r.
func segmentHits(a, b vg.Point, r vg.Rectangle, pad vg.Length) bool {
	r.Min.X -= pad
	r.Min.Y -= pad
	r.Max.X += pad
	r.Max.Y += pad
	// Sample the segment finely: the boxes are a few points wide and the
	// segment at most a page long.
	const steps = 2000
	for i := 0; i <= steps; i++ {
		t := vg.Length(i) / steps
		pt := vg.Point{X: a.X + t*(b.X-a.X), Y: a.Y + t*(b.Y-a.Y)}
		if pt.X >= r.Min.X && pt.X <= r.Max.X && pt.Y >= r.Min.Y && pt.Y <= r.Max.Y {
			return true
		}
	}
	return false
}

// avoidLine holds the trend line value labels must keep clear of, set
// once the line is known (after the bars are on the plot).
type avoidLine struct{ line *trendLine }
