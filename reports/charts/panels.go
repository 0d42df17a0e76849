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
// "not compared" because a period is covered only in part or not over.
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
	log    *layoutLog
}

// Geometry of chart 6.
var (
	panelGap     = vg.Points(12) // between two panels
	rowLabelGap  = vg.Points(8)  // between the row labels and the panels
	maxRowLabel  = 1.8 * vg.Inch // the widest a row label may be before it wraps
	panelNameGap = vg.Points(4)  // under a panel's name
	changeRowGap = vg.Points(4)  // over each row of changes
	barShare     = 0.72          // of its slot, a bar's width
	maxPanelBar  = vg.Points(40)
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

// changeStyle is the style of a change: as the values over the bars, but
// bold and black when the change is beyond chance.
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

// rowLabelStyle is the style of the row labels ("Change vs previous
// period").
func (cp comparisonPanels) rowLabelStyle() text.Style {
	s := cp.st.footnote
	s.Color = darkGrey
	return s
}

// valueStyle is the style of the values over the bars, each bar slot
// wide: the usual one when every value fits its slot, else the smaller
// one; staggered when even those do not, and the values are then written
// over the tallest bar, one row per bar, oldest lowest, so that
// neighbours never meet.
func (cp comparisonPanels) valueStyle(slot vg.Length) (sty text.Style, staggered bool) {
	fits := func(sty text.Style, room vg.Length) bool {
		for _, pn := range cp.panels {
			for _, b := range pn.bars {
				if sty.Width(b.text) > room {
					return false
				}
			}
		}
		return true
	}
	switch {
	case fits(cp.st.value, 0.85*slot):
		return cp.st.value, false
	case fits(cp.st.valueSmall, 0.85*slot):
		return cp.st.valueSmall, false
	}
	return cp.st.valueSmall, true
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

// panelsLayout is where chart 6 puts its parts on a data area.
type panelsLayout struct {
	pw      vg.Length // the width of a panel
	start   vg.Length // the x of the first panel's start edge
	labelX  vg.Length // the x of the start of the row labels
	nameSty text.Style
	names   []string   // the panels' names, wrapped
	value   text.Style // of the values over the bars
	// staggered says the values are written in rows over the tallest
	// bar rather than each over its bar (see valueStyle).
	staggered bool
	stacked   bool      // the changes on two lines each
	changeH   vg.Length // the height of one change
	rowH      vg.Length // the height of a row of changes
	baseline  vg.Length
	barTop    vg.Length // the top of the tallest bar of a panel
}

// layout places the parts of chart 6 on area, top to bottom: the panels'
// names, the values over the bars, the bars, the baseline and the rows of
// changes; the row labels at the start of the line.
func (cp comparisonPanels) layout(area vg.Rectangle) panelsLayout {
	var l panelsLayout
	l.pw = cp.panelWidth(area.Max.X - area.Min.X)
	labels := vg.Length(0)
	if len(cp.rows) > 0 {
		labels = cp.rowLabelWidth() + rowLabelGap
	}
	l.start, l.labelX = area.Min.X+labels, area.Min.X
	if cp.st.rtl {
		l.start, l.labelX = area.Max.X-labels, area.Max.X
	}

	var nameH vg.Length
	l.nameSty, l.names = cp.names(l.pw)
	for _, n := range l.names {
		nameH = max(nameH, l.nameSty.Height(n))
	}

	// The changes on one line each, or on two when one is wider than its
	// panel; a row as high as its change, or its label if higher.
	for _, pn := range cp.panels {
		for _, ch := range pn.changes {
			l.stacked = l.stacked || cp.changeStyle(ch.beyond).Width(ch.text) > l.pw
		}
	}
	l.changeH = cp.changeStyle(false).Height("0")
	l.rowH = changeRowGap + l.changeH
	if l.stacked {
		l.rowH = changeRowGap + cp.changeStyle(false).Height("0\n0")
	}
	for _, r := range cp.rows {
		l.rowH = max(l.rowH, changeRowGap+cp.rowLabelStyle().Height(wrap(r, cp.rowLabelStyle(), maxRowLabel)))
	}
	l.baseline = area.Min.Y + vg.Length(len(cp.rows))*l.rowH

	l.value = cp.st.value
	if len(cp.panels) > 0 && len(cp.panels[0].bars) > 0 {
		l.value, l.staggered = cp.valueStyle(l.pw / vg.Length(len(cp.panels[0].bars)))
	}
	values := l.value.Height("0") + valueGap
	if l.staggered {
		values = vg.Length(len(cp.panels[0].bars))*l.value.Height("0") + valueGap
	}
	l.barTop = max(l.baseline, area.Max.Y-nameH-panelNameGap-values)
	return l
}

// Plot implements plot.Plotter: it draws the panels on the data area.
func (cp comparisonPanels) Plot(c draw.Canvas, _ *plot.Plot) {
	area := c.Rectangle
	l := cp.layout(area)
	for i, pn := range cp.panels {
		// Panel i from the start of the line.
		left := l.start + vg.Length(i)*(l.pw+panelGap)
		if cp.st.rtl {
			left = l.start - vg.Length(i)*(l.pw+panelGap) - l.pw
		}
		right := left + l.pw
		mid := (left + right) / 2

		at := vg.Point{X: mid, Y: area.Max.Y}
		fillText(c, l.nameSty, at, l.names[i])
		cp.log.add("name", l.names[i], textBoxAt(l.nameSty, l.names[i], at))
		cp.log.add("panel", l.names[i], vg.Rectangle{Min: vg.Point{X: left, Y: area.Min.Y}, Max: vg.Point{X: right, Y: area.Max.Y}})

		cp.drawBars(c, l, pn, left)
		c.StrokeLine2(draw.LineStyle{Color: darkGrey, Width: axisWidth}, left, l.baseline, right, l.baseline)

		for r, ch := range pn.changes {
			if ch.text == "" {
				continue
			}
			sty := cp.changeStyle(ch.beyond)
			at := vg.Point{X: mid, Y: l.baseline - vg.Length(r)*l.rowH - changeRowGap}
			s := ch.shown(l.stacked)
			fillText(c, sty, at, s)
			cp.log.add("value", s, textBoxAt(sty, s, at))
		}
	}
	for r, label := range cp.rows {
		sty := cp.rowLabelStyle()
		sty.XAlign = cp.st.start
		s := wrap(label, sty, maxRowLabel)
		// Its first line on its row's first line of changes.
		at := vg.Point{X: l.labelX, Y: l.baseline - vg.Length(r)*l.rowH - changeRowGap - (l.changeH-sty.Height("0"))/2}
		fillText(c, sty, at, s)
		cp.log.add("rowlabel", s, textBoxAt(sty, s, at))
	}
}

// drawBars draws the bars of panel pn, whose left edge is at left, on
// a scale of its own: its largest count reaches l.barTop. Each bar has its
// count over it (or in the staggered rows over the tallest bar); a missing
// count has no bar, and "—" on the baseline.
func (cp comparisonPanels) drawBars(c draw.Canvas, l panelsLayout, pn comparisonPanel, left vg.Length) {
	largest := 0
	for _, b := range pn.bars {
		if b.value.Valid {
			largest = max(largest, b.value.Int)
		}
	}
	slot := l.pw / vg.Length(len(pn.bars))
	bw := min(vg.Length(barShare)*slot, maxPanelBar)
	for j, b := range pn.bars {
		cx := left + (vg.Length(j)+0.5)*slot
		x0, x1 := cx-bw/2, cx+bw/2
		top := l.baseline
		if b.value.Valid && largest > 0 {
			top = l.baseline + (l.barTop-l.baseline)*vg.Length(b.value.Int)/vg.Length(largest)
		}
		if b.value.Valid {
			pts := []vg.Point{{X: x0, Y: l.baseline}, {X: x1, Y: l.baseline}, {X: x1, Y: top}, {X: x0, Y: top}}
			if b.partial {
				c.FillPolygon(tint(b.fill, 0.35), pts)
				c.StrokeLines(draw.LineStyle{Color: b.fill, Width: barOutline, Dashes: dashes}, append(pts, pts[0]))
			} else {
				c.FillPolygon(b.fill, pts)
			}
			if top > l.baseline {
				cp.log.add("bar", b.text, vg.Rectangle{Min: vg.Point{X: x0, Y: l.baseline}, Max: vg.Point{X: x1, Y: top}})
			}
		}
		// Over its bar, but inside its panel.
		w := l.value.Width(b.text)
		at := vg.Point{X: max(left+w/2, min(cx, left+l.pw-w/2)), Y: top + valueGap}
		if l.staggered && b.value.Valid {
			at.Y = l.barTop + valueGap + vg.Length(j)*l.value.Height("0")
		}
		fillText(c, l.value, at, b.text)
		cp.log.add("value", b.text, textBoxAt(l.value, b.text, at))
	}
}

// DataRange implements plot.DataRanger; the panels place themselves.
func (cp comparisonPanels) DataRange() (xmin, xmax, ymin, ymax float64) { return 0, 1, 0, 1 }

// parseDay reads a YYYY-MM-DD day.
func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }
