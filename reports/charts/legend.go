package charts

import (
	"image/color"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// legendEntry is one key of a chart's legend: a small picture of the mark
// and what it stands for.
type legendEntry struct {
	key   string // what the entry stands for, for the tests: a country code, an affiliation key
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

// drawLegend draws the entries in rows under top, each a mark followed by
// its label, and returns the y of the bottom of the last row. Entries run
// left to right from the left edge of c, or right to left from the right
// edge in a right-to-left language (mark on the right of its label); a new
// row starts when the next entry would pass the far edge.
func drawLegend(c draw.Canvas, top vg.Length, entries []legendEntry, st styles, log *layoutLog) vg.Length {
	ext := st.legend.FontExtents()
	rowHeight := ext.Ascent + ext.Descent
	// dir is +1 when entries run rightwards, −1 when they run leftwards;
	// x is where the next entry starts (its left or its right end).
	dir, rowStart := vg.Length(1), c.Min.X
	if st.rtl {
		dir, rowStart = -1, c.Max.X
	}
	x, y := rowStart, top
	for i, e := range entries {
		w := thumbWidth + thumbTextGap + st.legend.Width(e.label)
		if end := x + dir*w; i > 0 && (end > c.Max.X || end < c.Min.X) {
			x = rowStart
			y -= rowHeight + legendRowGap
		}
		mid := y - rowHeight/2
		thumb := c
		x0, x1 := x, x+dir*thumbWidth
		thumb.Rectangle = vg.Rectangle{
			Min: vg.Point{X: min(x0, x1), Y: y - rowHeight},
			Max: vg.Point{X: max(x0, x1), Y: y},
		}
		e.thumb(thumb)
		log.add("swatch", e.key, thumb.Rectangle)
		at := vg.Point{X: x1 + dir*thumbTextGap, Y: mid}
		fillText(c, st.legend, at, e.label)
		log.add("legend", e.label, textBoxAt(st.legend, e.label, at))
		x += dir * (w + entryGap)
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
