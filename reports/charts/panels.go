package charts

import (
	"image/color"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// comparedBar is one bar of a panel of chart 6: a period's count (not
// Valid: no bar, and "—" on the baseline), what is written over it, its
// colour, and whether its period is covered only in part (drawn lighter,
// with a dashed outline).
type comparedBar struct {
	value   analysis.NullInt
	text    string
	fill    color.RGBA
	partial bool
}

// comparedChange is a change written under a panel of chart 6: its text
// ("" for none), whether it is beyond chance (bold), and whether it is
// "not compared" because a period is covered only in part.
type comparedChange struct {
	text string
	// stacked is text on two lines, the count over its per cent, for
	// panels too narrow for the one line.
	stacked     string
	beyond      bool
	notCompared bool
}

// shown is what is written of the change: text, or stacked when the
// changes are written on two lines.
func (ch comparedChange) shown(stacked bool) string {
	if stacked && ch.stacked != "" {
		return ch.stacked
	}
	return ch.text
}

// comparisonPanel is one measure of chart 6: its name, its bars oldest
// first, and its changes, one per row of comparisonPanels.rows.
type comparisonPanel struct {
	name    string
	bars    []comparedBar
	changes []comparedChange
}

// comparisonPanels draws chart 6 as small multiples: one panel per
// measure side by side, the first at the left (at the right in a
// right-to-left language), each with its own zero-based scale, its name
// over it, its bars with their values, and under the baseline a row of
// changes per compared period, named at the start of the row.
type comparisonPanels struct {
	panels []comparisonPanel
	rows   []string // what each row of changes is against
	st     styles
	// value is the style of the values over the bars: st.value, or
	// st.valueSmall when they would not fit (see fit).
	value text.Style
	log   *layoutLog
}

// Geometry of chart 6.
var (
	panelGap       = vg.Points(12) // between two panels
	rowLabelGap    = vg.Points(8)  // between the row labels and the panels
	maxRowLabel    = 1.4 * vg.Inch // the widest a row label may be before it wraps
	panelNameGap   = vg.Points(6)  // under a panel's name
	changeRowGap   = vg.Points(6)  // over each row of changes
	barShare       = 0.72          // of its slot, a bar's width
	maxPanelBar    = vg.Points(40)
	estimatedWidth = pageWidth - 2*margin // of the data area, to choose the value style
)

// minNameSize is the smallest a panel's name is set, to fit a long word
// ("transfrontaliers") in its panel.
const minNameSize = 9

// names returns the style of the panels' names and the names wrapped to
// the panels' width pw: in the style of the ticks, or smaller when a word
// is wider than a panel.
func (cp comparisonPanels) names(pw vg.Length) (text.Style, []string) {
	sty := cp.st.xTick
	for {
		names := make([]string, len(cp.panels))
		fits := true
		for i, pn := range cp.panels {
			names[i] = wrap(pn.name, sty, pw)
			fits = fits && sty.Width(names[i]) <= pw
		}
		if fits || sty.Font.Size <= minNameSize {
			return sty, names
		}
		sty.Font.Size--
	}
}

// Styles of the text of chart 6, from the chart's styles.

func (cp comparisonPanels) changeStyle(beyond bool) text.Style {
	s := cp.st.value
	s.YAlign = draw.YTop
	if beyond {
		s.Font = sansBold
		s.Font.Size = valueSize
		s.Color = black
	}
	return s
}

func (cp comparisonPanels) rowLabelStyle() text.Style {
	s := cp.st.footnote
	s.Color = darkGrey
	return s
}

// fit chooses the style of the values over the bars: the usual one when
// every value fits its bar's slot on a page of the usual width, else the
// smaller one.
func (cp *comparisonPanels) fit() {
	cp.value = cp.st.value
	slot := cp.slotWidth(estimatedWidth)
	for _, pn := range cp.panels {
		for _, b := range pn.bars {
			if cp.value.Width(b.text) > 0.95*slot {
				cp.value = cp.st.valueSmall
				return
			}
		}
	}
}

// rowLabelWidth is the width of the column of row labels.
func (cp comparisonPanels) rowLabelWidth() vg.Length {
	var w vg.Length
	for _, r := range cp.rows {
		s := wrap(r, cp.rowLabelStyle(), maxRowLabel)
		w = max(w, cp.rowLabelStyle().Width(s))
	}
	return w
}

// panelWidth is the width of one panel when the data area is width wide.
func (cp comparisonPanels) panelWidth(width vg.Length) vg.Length {
	n := vg.Length(len(cp.panels))
	room := width - (n-1)*panelGap
	if len(cp.rows) > 0 {
		room -= cp.rowLabelWidth() + rowLabelGap
	}
	return room / n
}

// slotWidth is the room of one bar.
func (cp comparisonPanels) slotWidth(width vg.Length) vg.Length {
	if len(cp.panels) == 0 || len(cp.panels[0].bars) == 0 {
		return width
	}
	return cp.panelWidth(width) / vg.Length(len(cp.panels[0].bars))
}

// Plot implements plot.Plotter: it lays the panels out on the data area.
func (cp comparisonPanels) Plot(c draw.Canvas, _ *plot.Plot) {
	area := c.Rectangle
	width := area.Max.X - area.Min.X
	pw := cp.panelWidth(width)
	// The row labels take the start of the line.
	x0 := area.Min.X
	labelX := area.Min.X
	if len(cp.rows) > 0 && !cp.st.rtl {
		x0 += cp.rowLabelWidth() + rowLabelGap
	}
	if cp.st.rtl {
		labelX = area.Max.X
	}
	// The panels' names, wrapped to their width, all as high as the highest.
	nameSty, names := cp.names(pw)
	var nameH vg.Length
	for _, n := range names {
		nameH = max(nameH, nameSty.Height(n))
	}
	// The rows of changes, under the baseline.
	// The changes on one line each, or on two when one is wider than its
	// panel.
	stacked := false
	for _, pn := range cp.panels {
		for _, ch := range pn.changes {
			stacked = stacked || cp.changeStyle(ch.beyond).Width(ch.text) > pw
		}
	}
	changeH := cp.changeStyle(false).Height("0")
	if stacked {
		changeH = cp.changeStyle(false).Height("0\n0")
	}
	rowH := changeRowGap + changeH
	for _, r := range cp.rows {
		rowH = max(rowH, changeRowGap+cp.rowLabelStyle().Height(wrap(r, cp.rowLabelStyle(), maxRowLabel)))
	}
	rowsH := vg.Length(len(cp.rows)) * rowH
	baseline := area.Min.Y + rowsH
	top := area.Max.Y - nameH - panelNameGap
	valueH := cp.value.Height("0") + valueGap
	barTop := top - valueH // the top of the tallest bar

	for i, pn := range cp.panels {
		// Panel i from the start of the line.
		left := x0 + vg.Length(i)*(pw+panelGap)
		if cp.st.rtl {
			left = area.Max.X - vg.Length(i+1)*pw - vg.Length(i)*panelGap
			if len(cp.rows) > 0 {
				left -= cp.rowLabelWidth() + rowLabelGap
			}
		}
		right := left + pw
		mid := (left + right) / 2

		at := vg.Point{X: mid, Y: area.Max.Y}
		fillText(c, nameSty, at, names[i])
		cp.log.add("name", names[i], textBoxAt(nameSty, names[i], at))
		cp.log.add("panel", names[i], vg.Rectangle{Min: vg.Point{X: left, Y: area.Min.Y}, Max: vg.Point{X: right, Y: area.Max.Y}})

		largest := 0
		for _, b := range pn.bars {
			if b.value.Valid {
				largest = max(largest, b.value.Int)
			}
		}
		y := func(v int) vg.Length {
			if largest == 0 {
				return baseline
			}
			return baseline + (barTop-baseline)*vg.Length(v)/vg.Length(largest)
		}
		slot := pw / vg.Length(len(pn.bars))
		bw := min(vg.Length(barShare)*slot, maxPanelBar)
		for j, b := range pn.bars {
			cx := left + (vg.Length(j)+0.5)*slot
			x0, x1 := cx-bw/2, cx+bw/2
			y1 := baseline
			if b.value.Valid {
				y1 = y(b.value.Int)
				pts := []vg.Point{{X: x0, Y: baseline}, {X: x1, Y: baseline}, {X: x1, Y: y1}, {X: x0, Y: y1}}
				if b.partial {
					c.FillPolygon(tint(b.fill, 0.35), pts)
					c.StrokeLines(draw.LineStyle{Color: b.fill, Width: barOutline, Dashes: dashes}, append(pts, pts[0]))
				} else {
					c.FillPolygon(b.fill, pts)
				}
				if y1 > baseline {
					cp.log.add("bar", b.text, vg.Rectangle{Min: vg.Point{X: x0, Y: baseline}, Max: vg.Point{X: x1, Y: y1}})
				}
			}
			at := vg.Point{X: cx, Y: y1 + valueGap}
			fillText(c, cp.value, at, b.text)
			cp.log.add("value", b.text, textBoxAt(cp.value, b.text, at))
		}
		c.StrokeLine2(draw.LineStyle{Color: darkGrey, Width: axisWidth}, left, baseline, right, baseline)

		for r, ch := range pn.changes {
			if ch.text == "" {
				continue
			}
			sty := cp.changeStyle(ch.beyond)
			at := vg.Point{X: mid, Y: baseline - vg.Length(r)*rowH - changeRowGap}
			s := ch.shown(stacked)
			fillText(c, sty, at, s)
			cp.log.add("value", s, textBoxAt(sty, s, at))
		}
	}
	for r, label := range cp.rows {
		sty := cp.rowLabelStyle()
		sty.XAlign = cp.st.start
		s := wrap(label, sty, maxRowLabel)
		// Its first line on its row's line of changes.
		at := vg.Point{X: labelX, Y: baseline - vg.Length(r)*rowH - changeRowGap - (cp.changeStyle(false).Height("0")-sty.Height("0"))/2}
		fillText(c, sty, at, s)
		cp.log.add("rowlabel", s, textBoxAt(sty, s, at))
	}
}

// DataRange implements plot.DataRanger; the panels place themselves.
func (cp comparisonPanels) DataRange() (xmin, xmax, ymin, ymax float64) { return 0, 1, 0, 1 }

// parseDay reads a YYYY-MM-DD day.
func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }
