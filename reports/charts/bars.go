package charts

import (
	"image/color"

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
	// values says whether to write each value over its bar; they are left
	// out when the bars are too close for them.
	values bool
}

// valuesFit reports whether the values of the bars fit over them when each
// year is pitch wide.
func (b yearBars) valuesFit(pitch vg.Length) bool {
	for _, bar := range b.bars {
		if b.label.Width(b.text(bar)) > 0.9*pitch {
			return false
		}
	}
	return true
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
		if !b.values && !bar.missing {
			continue
		}
		top := max(y0, y1)
		fillText(c, b.label, vg.Point{X: (x0 + x1) / 2, Y: top + valueGap}, b.text(bar))
	}
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
		if !b.values && !bar.missing {
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

// legend returns the legend entries of the bars: the complete years when
// there are any, and the partial year when there is one.
func (b yearBars) legend(label string, cat catalogue) []legendEntry {
	var entries []legendEntry
	if _, _, ok := completeYears(b.bars); ok {
		entries = append(entries, legendEntry{label: label, thumb: swatch(b.fill, draw.LineStyle{})})
	}
	for _, bar := range b.bars {
		if bar.partial {
			entries = append(entries, legendEntry{
				label: cat.textf("to_date_legend_fmt", bar.year),
				thumb: swatch(b.partialFill(), b.partialOutline()),
			})
		}
	}
	return entries
}
