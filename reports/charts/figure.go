package charts

import (
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// figure is one chart ready to draw: a title, a legend row, the plot (nil
// when there is nothing to plot), a note centred over the data area (such
// as "No data"), a footnote that qualifies the figures, and the caption
// (source and as-of date) under everything, all in the styles st of the
// chart's language.
type figure struct {
	st       styles
	title    string
	subtitle string // what the measure is, and what the trend test says
	legend   []legendEntry
	plot     *plot.Plot
	note     string
	footnote string
	caption  string
	// log records where the parts were drawn (see layoutLog).
	log *layoutLog
	// settle, when set, finishes the figure once its caption is known
	// (a map's footnote depends on the room the caption leaves).
	settle func(*figure)
}

// newFigure returns an empty figure titled title in cat's language.
func newFigure(cat catalogue, title string) figure {
	return figure{st: stylesFor(cat), title: title, log: &layoutLog{}}
}

// yearAxis describes the years of a chart's x axis.
type yearAxis struct {
	first, last int
	lastToDate  bool // the last year is covered only in part
}

// newPlot returns a plot with the house style: axis lines and ticks, the
// y axis labelled yLabel, and light horizontal grid lines. Years increase
// left to right in every language, as in Arabic charts.
func newPlot(yLabel string, st styles) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil // the page is painted once, under everything

	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle = draw.LineStyle{Color: darkGrey, Width: axisWidth}
		a.Tick.LineStyle = draw.LineStyle{Color: darkGrey, Width: axisWidth}
		a.Tick.Length = vg.Points(5)
		a.Label.TextStyle = st.axisLabel
		a.Label.Padding = vg.Points(6)
		a.Padding = 0
	}
	p.X.Tick.Label = st.xTick
	p.Y.Tick.Label = st.yTick
	p.Y.Label.Text = wrap(yLabel, st.axisLabel, maxYLabel)

	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal = draw.LineStyle{Color: lightGrey, Width: gridWidth}
	p.Add(grid)
	return p
}

// newYearPlot returns a plot with years first..last on the x axis (one
// unit per year, half a year of room each side) and the y axis labelled
// yLabel.
func newYearPlot(years yearAxis, yLabel string, cat catalogue, st styles) *plot.Plot {
	p := newPlot(yLabel, st)
	p.X.Label.Text = cat.text("year_axis")
	p.X.Min = float64(years.first) - 0.5
	p.X.Max = float64(years.last) + 0.5
	toDate := ""
	if years.lastToDate {
		toDate = cat.partialYearName(years.last, true)
	}
	yearWidth := p.X.Tick.Label.Width(strings.Repeat("0", len(strconv.Itoa(years.last))))
	lastWidth := max(yearWidth, p.X.Tick.Label.Width(toDate))
	step := yearStep(years.last-years.first+1, yearWidth.Points(), lastWidth.Points(), plotWidthGuess.Points())
	p.X.Tick.Marker = yearTicks{first: years.first, last: years.last, step: step, toDate: toDate}
	return p
}

// maxYLabel is the longest a line of the y axis label may be: about the
// height of the data area of a chart with a two-line title and a footnote.
// A longer label is wrapped, rather than squeezing the plot to make room.
var maxYLabel = vg.Points(170)

// plotWidthGuess is about how wide the data area of a chart is: the page
// less its margins and the y axis. It only decides how many years to label.
var plotWidthGuess = pageWidth - 2*margin - 0.9*vg.Inch

// yearPitch is about how far apart two years are on the x axis.
func yearPitch(years yearAxis) vg.Length {
	return plotWidthGuess / vg.Length(years.last-years.first+1)
}
