package charts

import (
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// ratePoint is one year of the cooperation rate, in percent, with its
// interval when known.
type ratePoint struct {
	year      int
	rate      float64
	low, high float64
	hasBand   bool
	partial   bool
}

// rateLine draws the rate as a line with points over a shaded band for its
// interval. Years without a rate break the line and the band rather than
// being drawn as 0. A partial year is a hollow point reached by a dashed
// segment.
type rateLine struct {
	points []ratePoint // by year, each year once
	colour color.RGBA
	radius vg.Length // of the points
	// loneWidth is the width, in years, of the band of a year with no
	// neighbour to join: as wide as a bar.
	loneWidth float64
}

// bandFill is the colour of the interval band.
func (r rateLine) bandFill() color.RGBA { return tint(r.colour, 0.3) }

// solid is the line between complete years.
func (r rateLine) solid() draw.LineStyle {
	return draw.LineStyle{Color: r.colour, Width: dataWidth}
}

// dashed is the line to a partial year.
func (r rateLine) dashed() draw.LineStyle {
	return draw.LineStyle{Color: r.colour, Width: dataWidth, Dashes: dashes}
}

// point is the mark of a complete year.
func (r rateLine) point() draw.GlyphStyle {
	return draw.GlyphStyle{Color: r.colour, Radius: r.radius, Shape: draw.CircleGlyph{}}
}

// hollowPoint is the mark of a partial year.
func (r rateLine) hollowPoint() draw.GlyphStyle {
	return draw.GlyphStyle{Color: r.colour, Radius: r.radius, Shape: hollowCircle{}}
}

// Plot implements plot.Plotter.
func (r rateLine) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	at := func(year, v float64) vg.Point { return vg.Point{X: trX(year), Y: trY(v)} }

	for _, run := range runs(r.points, func(q ratePoint) bool { return q.hasBand }) {
		var poly []vg.Point
		if len(run) == 1 {
			q := run[0]
			y, w := float64(q.year), r.loneWidth/2
			poly = []vg.Point{at(y-w, q.low), at(y+w, q.low), at(y+w, q.high), at(y-w, q.high)}
		} else {
			for _, q := range run {
				poly = append(poly, at(float64(q.year), q.low))
			}
			for i := len(run) - 1; i >= 0; i-- {
				poly = append(poly, at(float64(run[i].year), run[i].high))
			}
		}
		c.FillPolygon(r.bandFill(), c.ClipPolygonXY(poly))
	}

	for _, run := range runs(r.points, func(ratePoint) bool { return true }) {
		for i := 1; i < len(run); i++ {
			a, b := run[i-1], run[i]
			style := r.solid()
			if a.partial || b.partial {
				style = r.dashed()
			}
			seg := []vg.Point{at(float64(a.year), a.rate), at(float64(b.year), b.rate)}
			c.StrokeLines(style, c.ClipLinesXY(seg)...)
		}
	}

	for _, q := range r.points {
		glyph := r.point()
		if q.partial {
			glyph = r.hollowPoint()
		}
		c.DrawGlyphNoClip(glyph, at(float64(q.year), q.rate))
	}
}

// GlyphBoxes implements plot.GlyphBoxer, so that points at 0 % or 100 % are
// not cut.
func (r rateLine) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(r.points))
	for _, q := range r.points {
		boxes = append(boxes, plot.GlyphBox{
			X:         p.X.Norm(float64(q.year)),
			Y:         p.Y.Norm(q.rate),
			Rectangle: r.point().Rectangle(),
		})
	}
	return boxes
}

// legend returns the legend entries: the rate of complete years, its band,
// and the partial year, each when there is one.
func (r rateLine) legend(cat catalogue) []legendEntry {
	r.radius = pointSize // full size in the legend, however crowded the plot
	var entries []legendEntry
	if slices.ContainsFunc(r.points, func(q ratePoint) bool { return !q.partial }) {
		entries = append(entries, legendEntry{label: cat.text("rate.line"), thumb: lineMark(r.solid(), r.point())})
	}
	if slices.ContainsFunc(r.points, func(q ratePoint) bool { return q.hasBand }) {
		entries = append(entries, legendEntry{label: cat.textf("rate.band_fmt", cat.percent(95)), thumb: swatch(r.bandFill(), draw.LineStyle{})})
	}
	for _, q := range r.points {
		if q.partial {
			entries = append(entries, legendEntry{
				label: cat.partialYearName(q.year, false),
				thumb: lineMark(r.dashed(), r.hollowPoint()),
			})
		}
	}
	return entries
}

// runs splits points into runs of consecutive years for which keep holds.
func runs(points []ratePoint, keep func(ratePoint) bool) [][]ratePoint {
	var out [][]ratePoint
	var cur []ratePoint
	for _, q := range points {
		if !keep(q) || (len(cur) > 0 && q.year != cur[len(cur)-1].year+1) {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
		}
		if keep(q) {
			cur = append(cur, q)
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// hollowCircle is a circle filled white with an outline in the glyph's
// colour: the point of a partial year.
type hollowCircle struct{}

// DrawGlyph implements draw.GlyphDrawer.
func (hollowCircle) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	p := make(vg.Path, 0, 3)
	p.Move(vg.Point{X: pt.X + sty.Radius, Y: pt.Y})
	p.Arc(pt, sty.Radius, 0, 2*math.Pi)
	p.Close()
	c.SetColor(white)
	c.Fill(p)
	c.SetLineStyle(draw.LineStyle{Color: sty.Color, Width: barOutline})
	c.Stroke(p)
}
