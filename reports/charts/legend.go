package charts

import (
	"image/color"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// legendEntry is one key of a chart's legend: a small picture of the mark
// and what it stands for.
type legendEntry struct {
	label string
	thumb func(c draw.Canvas) // draws the mark to fill c
}

// Legend geometry.
var (
	thumbWidth    = vg.Points(24)
	thumbTextGap  = vg.Points(5)
	entryGap      = vg.Points(14)
	legendRowGap  = vg.Points(4)
	swatchPadding = vg.Points(1.5)
)

// drawLegend draws the entries left to right under top, starting a new row
// when the next one would pass the right edge of c, and returns the y of
// the bottom of the last row.
func drawLegend(c draw.Canvas, top vg.Length, entries []legendEntry) vg.Length {
	ext := legendStyle.FontExtents()
	rowHeight := ext.Ascent + ext.Descent
	x, y := c.Min.X, top
	for i, e := range entries {
		tw := legendStyle.Width(e.label)
		w := thumbWidth + thumbTextGap + tw
		if i > 0 && x+w > c.Max.X {
			x = c.Min.X
			y -= rowHeight + legendRowGap
		}
		mid := y - rowHeight/2
		thumb := c
		thumb.Rectangle = vg.Rectangle{
			Min: vg.Point{X: x, Y: y - rowHeight},
			Max: vg.Point{X: x + thumbWidth, Y: y},
		}
		e.thumb(thumb)
		c.FillText(legendStyle, vg.Point{X: x + thumbWidth + thumbTextGap, Y: mid}, e.label)
		// The gap grows with the text, so that an SVG viewer whose fallback
		// font is up to 15 % wider than Liberation Sans does not run one
		// entry into the next.
		x += w + entryGap + 0.15*tw
	}
	return y - rowHeight
}

// swatch draws a filled box, with an optional outline, for bars and bands.
func swatch(fill color.Color, outline draw.LineStyle) func(draw.Canvas) {
	return func(c draw.Canvas) {
		r := c.Rectangle
		r.Min.Y += swatchPadding
		r.Max.Y -= swatchPadding
		pts := []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}}
		c.FillPolygon(fill, pts)
		if outline.Color != nil && outline.Width > 0 {
			c.StrokeLines(outline, append(pts, pts[0]))
		}
	}
}

// lineMark draws a horizontal line through the middle, and a point on it
// when point has a shape.
func lineMark(line draw.LineStyle, point draw.GlyphStyle) func(draw.Canvas) {
	return func(c draw.Canvas) {
		mid := c.Center()
		if line.Color != nil && line.Width > 0 {
			c.StrokeLine2(line, c.Min.X, mid.Y, c.Max.X, mid.Y)
		}
		if point.Shape != nil {
			c.DrawGlyphNoClip(point, mid)
		}
	}
}
