package charts

import (
	"image/color"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// comparedMeasures are the measures of chart 6, as message keys
// "measure.<key>", with their value in a period.
var comparedMeasures = []struct {
	key   string
	value func(analysis.Measures) analysis.NullInt
}{
	{"incidents", func(m analysis.Measures) analysis.NullInt { return analysis.MeasureCount(m, "incidents") }},
	{"cells_dismantled", func(m analysis.Measures) analysis.NullInt { return analysis.MeasureCount(m, "cells_dismantled") }},
	{"arrests", func(m analysis.Measures) analysis.NullInt { return analysis.MeasureCount(m, "arrests") }},
	{"foiled_plots", func(m analysis.Measures) analysis.NullInt { return analysis.MeasureCount(m, "foiled_plots") }},
	{"cross_border", func(m analysis.Measures) analysis.NullInt { return analysis.MeasureCount(m, "cross_border_incidents") }},
}

// Colours of the periods in chart 6: the period itself strongest.
var (
	yearEarlierColour = orange
	previousColour    = skyBlue
	currentColour     = blue
)

// groupSeries is one period in a grouped bar chart: its legend label,
// colour, and value per group (-1 for a count not given: no bar, "—").
type groupSeries struct {
	label  string
	fill   color.RGBA
	values []int
}

// text is what is written over a bar of value v.
func (b groupedBars) text(v int) string {
	if v < 0 {
		return notGiven
	}
	return b.format(v)
}

// groupedBars draws one group of bars per measure, one bar per series
// side by side in series order, with each value over its bar. Group g is
// centred on x = g, or on x = n−1−g in a right-to-left language, so that
// the first measure is where the reader starts.
type groupedBars struct {
	groups []string // labels of the groups
	series []groupSeries
	rtl    bool
	width  float64 // of one bar, in groups
	label  text.Style
	format func(int) string
	values bool // write the values over the bars
	log    *layoutLog
}

// groupX is the x of the centre of group g.
func (b groupedBars) groupX(g int) float64 {
	if b.rtl {
		return float64(len(b.groups) - 1 - g)
	}
	return float64(g)
}

// barX is the x of the centre of the bar of series s in group g.
func (b groupedBars) barX(g, s int) float64 {
	return b.groupX(g) + (float64(s)-float64(len(b.series)-1)/2)*b.width
}

// Plot implements plot.Plotter.
func (b groupedBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for s, ser := range b.series {
		for g, v := range ser.values {
			x := b.barX(g, s)
			x0, x1 := trX(x-b.width/2), trX(x+b.width/2)
			y0, y1 := trY(0), trY(float64(max(v, 0)))
			if v >= 0 {
				c.FillPolygon(ser.fill, c.ClipPolygonXY(rect(x0, y0, x1, y1)))
			}
			if b.values || v < 0 {
				at := vg.Point{X: (x0 + x1) / 2, Y: y1 + valueGap}
				fillText(c, b.label, at, b.text(v))
				b.log.add("value", b.text(v), textBoxAt(b.label, b.text(v), at))
			}
		}
	}
}

// DataRange implements plot.DataRanger.
func (b groupedBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	for _, ser := range b.series {
		for _, v := range ser.values {
			ymax = max(ymax, float64(v))
		}
	}
	return -0.5, float64(len(b.groups)) - 0.5, 0, ymax
}

// GlyphBoxes implements plot.GlyphBoxer, so that the plot leaves room for
// the values over the bars.
func (b groupedBars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	for s, ser := range b.series {
		for g, v := range ser.values {
			if !b.values && v >= 0 {
				continue
			}
			r := textBox(b.label, b.text(v))
			r.Min.Y += valueGap
			r.Max.Y += valueGap
			boxes = append(boxes, plot.GlyphBox{X: p.X.Norm(b.barX(g, s)), Y: p.Y.Norm(float64(max(v, 0))), Rectangle: r})
		}
	}
	return boxes
}

// valuesFit reports whether the values fit over bars pitch apart.
func (b groupedBars) valuesFit(pitch vg.Length) bool {
	for _, ser := range b.series {
		for _, v := range ser.values {
			if b.label.Width(b.text(v)) > pitch {
				return false
			}
		}
	}
	return true
}

// groupTicks labels the centre of each group with its name.
type groupTicks struct{ b groupedBars }

// Ticks implements plot.Ticker.
func (t groupTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for g := range t.b.groups {
		ticks = append(ticks, plot.Tick{Value: t.b.groupX(g), Label: t.b.groups[g]})
	}
	if t.b.rtl {
		for i, j := 0, len(ticks)-1; i < j; i, j = i+1, j-1 {
			ticks[i], ticks[j] = ticks[j], ticks[i]
		}
	}
	return ticks
}

// comparisonFigure is chart 6: the period's incidents, cells, arrests,
// foiled plots and incidents with a partner, each beside the same measure
// in the same period a year earlier and in the previous period (oldest
// first, left to right, in every language). A period the figures do not
// have is left out.
func comparisonFigure(f analysis.Figures, cat catalogue) figure {
	cur := f.Current.Period
	if cur.Label == "" && cur.Start.IsZero() {
		fg := newFigure(cat, cat.text("comparison.title"))
		fg.note = cat.text("no_data")
		return fg
	}
	title := "comparison.title_fmt"
	if !f.YearEarlierDiffers() {
		title = "comparison.title_previous_fmt" // a year: the year before is both
	}
	fg := newFigure(cat, cat.textf(title, periodName(cur, cat)))
	fg.subtitle = cat.text("comparison.subtitle")
	b := groupedBars{rtl: fg.st.rtl, label: fg.st.value, format: cat.int, log: fg.log}
	for _, m := range comparedMeasures {
		b.groups = append(b.groups, cat.text("measure."+m.key))
	}
	for _, p := range []struct {
		pf     analysis.PeriodFigures
		key    string
		colour color.RGBA
	}{
		{f.YearEarlier, "comparison.year_earlier_fmt", yearEarlierColour},
		{f.Previous, "comparison.previous_fmt", previousColour},
		{f.Current, "comparison.current_fmt", currentColour},
	} {
		if p.pf.Period.Label == "" && p.pf.Period.Start.IsZero() || p.key == "comparison.year_earlier_fmt" && !f.YearEarlierDiffers() {
			continue
		}
		s := groupSeries{label: cat.textf(p.key, periodName(p.pf.Period, cat)), fill: p.colour}
		for _, m := range comparedMeasures {
			v := m.value(p.pf.Measures)
			if !v.Valid {
				v.Int = -1
				fg.footnote = cat.text("not_given_note")
			}
			s.values = append(s.values, v.Int)
		}
		b.series = append(b.series, s)
	}
	b.width = 0.8 / float64(len(b.series))
	groupPitch := (pageWidth - 2*margin - 0.9*vg.Inch) / vg.Length(len(b.groups))
	b.values = b.valuesFit(groupPitch * vg.Length(b.width))
	for i, g := range b.groups {
		b.groups[i] = wrap(g, fg.st.xTick, 0.95*groupPitch)
	}

	p := newPlot(cat.text("comparison.axis"), fg.st)
	p.Add(b)
	_, _, _, ymax := b.DataRange()
	p.X.Min, p.X.Max = -0.5, float64(len(b.groups))-0.5
	p.X.Tick.Marker = groupTicks{b}
	p.X.Tick.Length = 0
	p.Y.Min, p.Y.Max = 0, countAxisMax(ymax)
	p.Y.Tick.Marker = countTicks{format: cat.int}
	fg.plot = p
	for _, s := range b.series {
		fg.legend = append(fg.legend, legendEntry{label: s.label, thumb: swatch(s.fill, draw.LineStyle{})})
	}
	if fg.st.rtl {
		// Entries run right to left: start with the period itself, so that
		// the legend reads in the order the bars stand, left to right.
		slices.Reverse(fg.legend)
	}
	return fg
}
