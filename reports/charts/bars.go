package charts

import (
	"image/color"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// yearBar is one bar: a year's count, whether the year is covered only
// in part, and whether the count is missing (not given): no bar, and "—"
// where its value would be.
type yearBar struct {
	year    int
	value   int
	partial bool
	missing bool
}

// notGiven is written where a count is missing.
const notGiven = "—"

// text is what is written over the bar.
func (b yearBars) text(bar yearBar) string {
	if bar.missing {
		return notGiven
	}
	return b.format(bar.value)
}

// yearBars draws one bar per year, centred on the year, with its value over
// it. Bars of partial years are a lighter shade with a dashed outline.
type yearBars struct {
	bars   []yearBar
	fill   color.RGBA
	width  float64 // in years
	label  text.Style
	format func(int) string
	// values says whether to write each value over its bar; only says
	// which, when not every value is (see chooseValues).
	values bool
	only   map[int]bool
	log    *layoutLog
	// avoid is the trend line the values keep clear of, when there is one.
	avoid *avoidLine
}

// valuesFit reports whether the values of the bars fit over them when each
// year is pitch wide, in the style sty.
func (b yearBars) valuesFit(pitch vg.Length, sty text.Style) bool {
	for _, bar := range b.bars {
		if sty.Width(b.text(bar)) > 0.9*pitch {
			return false
		}
	}
	return true
}

// chooseValues decides which values to write over the bars, each year
// being pitch wide: none when every value is 0 (a row of zeros says
// nothing the axis does not); every one when they fit, in the smaller
// style small if need be; else only the largest and the last, which are
// what a reader looks for. A bar of 0 is never labelled, and a missing
// count is always marked "—".
func (b *yearBars) chooseValues(pitch vg.Length, small text.Style) {
	b.values, b.only = false, nil
	if !slices.ContainsFunc(b.bars, func(bar yearBar) bool { return !bar.missing && bar.value != 0 }) {
		return
	}
	switch {
	case b.valuesFit(pitch, b.label):
		b.values = true
		return
	case b.valuesFit(pitch, small):
		b.values, b.label = true, small
		return
	}
	top, last := -1, -1
	for i, bar := range b.bars {
		if bar.missing {
			continue
		}
		if top < 0 || bar.value > b.bars[top].value {
			top = i
		}
		last = i
	}
	b.only = map[int]bool{b.bars[top].year: true}
	room := vg.Length(b.bars[last].year-b.bars[top].year) * pitch
	if last != top && (b.label.Width(b.text(b.bars[top]))+b.label.Width(b.text(b.bars[last])))/2+vg.Points(4) < room {
		b.only[b.bars[last].year] = true
	}
}

// labelled reports whether the value of bar is written.
func (b yearBars) labelled(bar yearBar) bool {
	switch {
	case bar.missing:
		return true
	case bar.value == 0:
		return false
	case b.values:
		return true
	}
	return b.only[bar.year]
}

// partialFill and partialOutline are the look of a bar for a year covered
// only in part.
func (b yearBars) partialFill() color.RGBA { return tint(b.fill, 0.35) }

// partialOutline is the dashed outline of the bar of a partial year.
func (b yearBars) partialOutline() draw.LineStyle {
	return draw.LineStyle{Color: b.fill, Width: barOutline, Dashes: dashes}
}

// valueGap is the room between a bar's top and its value.
var valueGap = vg.Points(3)

// Plot implements plot.Plotter.
func (b yearBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, bar := range b.bars {
		x0 := trX(float64(bar.year) - b.width/2)
		x1 := trX(float64(bar.year) + b.width/2)
		y0, y1 := trY(0), trY(float64(bar.value))
		pts := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
		switch {
		case bar.missing:
			// a gap: nothing to draw but the mark over the axis
		case bar.partial:
			c.FillPolygon(b.partialFill(), c.ClipPolygonXY(pts))
			c.StrokeLines(b.partialOutline(), c.ClipLinesXY(append(pts, pts[0]))...)
		default:
			c.FillPolygon(b.fill, c.ClipPolygonXY(pts))
		}
		if !b.labelled(bar) {
			continue
		}
		b.drawValue(c, p, bar, (x0+x1)/2, min(y0, y1), max(y0, y1))
	}
}

// drawValue writes the value of bar over it, centred on x; when that would
// cross the trend line, inside the top of the bar in white if the bar is
// tall enough and the line clear of it there, else not at all.
func (b yearBars) drawValue(c draw.Canvas, p *plot.Plot, bar yearBar, x, bottom, top vg.Length) {
	s := b.text(bar)
	at := vg.Point{X: x, Y: top + valueGap}
	box := textBoxAt(b.label, s, at)
	sty := b.label
	if b.avoid != nil && b.avoid.line != nil && b.avoid.line.crosses(c, p, box) {
		h := box.Max.Y - box.Min.Y
		at = vg.Point{X: x, Y: top - valueGap - h}
		box = textBoxAt(b.label, s, at)
		if bar.missing || box.Min.Y < bottom+valueGap || b.avoid.line.crosses(c, p, box) {
			return
		}
		sty.Color = white
	}
	fillText(c, sty, at, s)
	b.log.add("value", s, box)
}

// DataRange implements plot.DataRanger.
func (b yearBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	if len(b.bars) == 0 {
		return 0, 0, 0, 0
	}
	xmin, xmax = float64(b.bars[0].year)-0.5, float64(b.bars[0].year)+0.5
	for _, bar := range b.bars {
		xmin = min(xmin, float64(bar.year)-0.5)
		xmax = max(xmax, float64(bar.year)+0.5)
		ymin = min(ymin, float64(bar.value))
		ymax = max(ymax, float64(bar.value))
	}
	return xmin, xmax, ymin, ymax
}

// GlyphBoxes implements plot.GlyphBoxer, so that the plot leaves room for
// the values over the bars.
func (b yearBars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	boxes := make([]plot.GlyphBox, 0, len(b.bars))
	for _, bar := range b.bars {
		if !b.labelled(bar) {
			continue
		}
		r := textBox(b.label, b.text(bar))
		r.Min.Y += valueGap
		r.Max.Y += valueGap
		boxes = append(boxes, plot.GlyphBox{
			X:         p.X.Norm(float64(bar.year)),
			Y:         p.Y.Norm(float64(max(bar.value, 0))),
			Rectangle: r,
		})
	}
	return boxes
}
