package charts

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// stackSeries is one layer of a stacked bar chart: what it stands for, its
// colour, and its count per year.
type stackSeries struct {
	key    string // the country code or affiliation key
	label  string
	fill   color.RGBA
	values map[int]int
}

// stackedBars draws one bar per year made of the series stacked bottom up
// in their order, with thin white gaps between the layers and the year's
// total over the bar. The bar of a year covered only in part is lighter,
// in a dashed outline.
type stackedBars struct {
	years  yearAxis
	series []stackSeries
	width  float64 // in years
	label  text.Style
	format func(int) string
	totals bool // write each year's total over its bar
	// totalOf, when set, is the number written over a year's bar in place
	// of the sum of its layers (partners: the year's cross-border
	// incidents, which the subtitle says); ok false writes none.
	totalOf func(year int) (n int, ok bool)
	divider draw.LineStyle
	log     *layoutLog
}

// shownTotal is the number written over the bar of year, and whether one
// is: never for an empty bar.
func (b stackedBars) shownTotal(year int) (int, bool) {
	if b.total(year) == 0 {
		return 0, false
	}
	if b.totalOf != nil {
		return b.totalOf(year)
	}
	return b.total(year), true
}

// total is the height of the bar of year.
func (b stackedBars) total(year int) int {
	t := 0
	for _, s := range b.series {
		t += max(s.values[year], 0)
	}
	return t
}

// partial reports whether year is covered only in part.
func (b stackedBars) partial(year int) bool { return b.years.lastToDate && year == b.years.last }

// totalsFit reports whether every total fits over its bar when each year is
// pitch wide.
func (b stackedBars) totalsFit(pitch vg.Length) bool {
	for y := b.years.first; y <= b.years.last; y++ {
		n, _ := b.shownTotal(y)
		if b.label.Width(b.format(n)) > 0.9*pitch {
			return false
		}
	}
	return true
}

// partialOutline is the outline of the bar of a partial year.
func partialOutline() draw.LineStyle {
	return draw.LineStyle{Color: darkGrey, Width: barOutline, Dashes: dashes}
}

// Plot implements plot.Plotter.
func (b stackedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for year := b.years.first; year <= b.years.last; year++ {
		x0 := trX(float64(year) - b.width/2)
		x1 := trX(float64(year) + b.width/2)
		base := 0
		for _, s := range b.series {
			v := s.values[year]
			if v <= 0 {
				continue
			}
			y0, y1 := trY(float64(base)), trY(float64(base+v))
			fill := s.fill
			if b.partial(year) {
				fill = tint(fill, 0.4)
			}
			c.FillPolygon(fill, c.ClipPolygonXY(rect(x0, y0, x1, y1)))
			if base > 0 {
				c.StrokeLines(b.divider, c.ClipLinesXY([]vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}})...)
			}
			base += v
		}
		top := trY(float64(base))
		if b.partial(year) && base > 0 {
			pts := rect(x0, trY(0), x1, top)
			c.StrokeLines(partialOutline(), c.ClipLinesXY(append(pts, pts[0]))...)
		}
		if n, ok := b.shownTotal(year); b.totals && ok {
			at := vg.Point{X: (x0 + x1) / 2, Y: top + valueGap}
			fillText(c, b.label, at, b.format(n))
			b.log.add("value", b.format(n), textBoxAt(b.label, b.format(n), at))
		}
	}
}

// rect returns the corners of the rectangle from (x0, y0) to (x1, y1).
func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

// DataRange implements plot.DataRanger.
func (b stackedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	for y := b.years.first; y <= b.years.last; y++ {
		ymax = max(ymax, float64(b.total(y)))
	}
	return float64(b.years.first) - 0.5, float64(b.years.last) + 0.5, 0, ymax
}

// GlyphBoxes implements plot.GlyphBoxer, so that the plot leaves room for
// the totals over the bars.
func (b stackedBars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	if !b.totals {
		return nil
	}
	var boxes []plot.GlyphBox
	for y := b.years.first; y <= b.years.last; y++ {
		n, ok := b.shownTotal(y)
		if !ok {
			continue
		}
		t := b.total(y)
		r := textBox(b.label, b.format(n))
		r.Min.Y += valueGap
		r.Max.Y += valueGap
		boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(float64(y)), Y: p.Y.Norm(float64(t)), Rectangle: r})
	}
	return boxes
}

// legend returns one entry per series, bottom layer first, and one for the
// partial year when there is one.
func (b stackedBars) legend(cat catalogue) []legendEntry {
	var entries []legendEntry
	for _, s := range b.series {
		entries = append(entries, legendEntry{key: s.key, label: s.label, thumb: swatch(s.fill, draw.LineStyle{})})
	}
	if b.years.lastToDate {
		entries = append(entries, legendEntry{
			label: cat.partialYearName(b.years.last, false),
			thumb: swatch(white, partialOutline()),
		})
	}
	return entries
}

// stackedChart describes a stacked bar chart by year: the message keys of
// its title, y axis and of the note shown when there is nothing to stack.
type stackedChart struct {
	title, subtitle, axis, none string
	totalOf                     func(year int) (int, bool)
}

// stackedFigure draws series stacked per year over years. With no years it
// says there are no data; with no positive value, ch.none.
func stackedFigure(cat catalogue, ch stackedChart, years yearAxis, ok bool, series []stackSeries) figure {
	fg := newFigure(cat, cat.text(ch.title))
	if !ok {
		fg.note = cat.text("no_data")
		return fg
	}
	fg.subtitle = cat.text(ch.subtitle)
	bars := stackedBars{
		years:   years,
		series:  series,
		width:   barWidthFor(years),
		label:   fg.st.value,
		format:  cat.int,
		divider: draw.LineStyle{Color: white, Width: vg.Points(0.75)},
		totalOf: ch.totalOf,
		log:     fg.log,
	}
	bars.totals = bars.totalsFit(yearPitch(years))
	if !bars.totals {
		bars.label = fg.st.valueSmall
		bars.totals = bars.totalsFit(yearPitch(years))
	}
	p := newYearPlot(years, cat.text(ch.axis), cat, fg.st)
	p.Y.Tick.Marker = countTicks{format: cat.int}
	fg.plot = p
	_, _, _, ymax := bars.DataRange()
	if len(series) == 0 || ymax == 0 {
		p.Y.Min, p.Y.Max = 0, 1
		fg.note = cat.text(ch.none)
		return fg
	}
	p.Add(bars)
	p.X.Min, p.X.Max = float64(years.first)-0.5, float64(years.last)+0.5
	p.Y.Min, p.Y.Max = 0, countAxisMax(ymax)
	fg.legend = bars.legend(cat)
	return fg
}
