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
// when there is nothing to plot), a note centred over the data area (such as
// "No data"), and the caption under everything.
type figure struct {
	title   string
	legend  []legendEntry
	plot    *plot.Plot
	note    string
	caption string
}

// yearAxis describes the years of a chart's x axis.
type yearAxis struct {
	first, last int
	lastToDate  bool // the last year is covered only in part
}

// newYearPlot returns a plot with the house style, years first..last on the
// x axis (one unit per year, half a year of room each side), the y axis
// labelled yLabel, and light horizontal grid lines.
func newYearPlot(years yearAxis, yLabel string, cat catalogue) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil // the page is painted once, under everything

	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.LineStyle = draw.LineStyle{Color: darkGrey, Width: axisWidth}
		a.Tick.LineStyle = draw.LineStyle{Color: darkGrey, Width: axisWidth}
		a.Tick.Length = vg.Points(5)
		a.Label.TextStyle = textStyle(sansRegular, axisSize, black, draw.XCenter, draw.YBottom)
		a.Label.Padding = vg.Points(6)
		a.Padding = 0
	}
	p.X.Tick.Label = textStyle(sansRegular, tickSize, darkGrey, draw.XCenter, draw.YTop)
	p.Y.Tick.Label = textStyle(sansRegular, tickSize, darkGrey, draw.XRight, draw.YCenter)

	p.X.Label.Text = cat.text(msgYearAxis)
	p.X.Min = float64(years.first) - 0.5
	p.X.Max = float64(years.last) + 0.5
	toDate := ""
	if years.lastToDate {
		toDate = cat.textf(msgToDateTickFmt, years.last)
	}
	yearWidth := p.X.Tick.Label.Width(strings.Repeat("0", len(strconv.Itoa(years.last))))
	lastWidth := max(yearWidth, p.X.Tick.Label.Width(toDate))
	step := yearStep(years.last-years.first+1, yearWidth.Points(), lastWidth.Points(), plotWidthGuess.Points())
	p.X.Tick.Marker = yearTicks{first: years.first, last: years.last, step: step, toDate: toDate}

	p.Y.Label.Text = yLabel

	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal = draw.LineStyle{Color: lightGrey, Width: gridWidth}
	p.Add(grid)
	return p
}

// plotWidthGuess is about how wide the data area of a chart is: the page
// less its margins and the y axis. It only decides how many years to label.
var plotWidthGuess = pageWidth - 2*margin - 0.9*vg.Inch

// yearPitch is about how far apart two years are on the x axis.
func yearPitch(years yearAxis) vg.Length {
	return plotWidthGuess / vg.Length(years.last-years.first+1)
}
