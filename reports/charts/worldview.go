package charts

import (
	"image/color"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// worldMap is the plotter of a map by country: the shapes, filled by
// class, and the countries' labels, largest count first; a label that
// would overlap one already written, or leave the area, is left out and
// named in the footnote instead (see settleMap).
type worldMap struct {
	mapView
	labels []mapLabel
	label  text.Style
	log    *layoutLog
}

// Plot implements plot.Plotter.
func (m worldMap) Plot(c draw.Canvas, _ *plot.Plot) {
	at := m.project(c)
	m.drawShapes(c, at)
	drawLabels(c, m.label, m.labels, nil, m.log)
}

// countryState is how a country is shown on a map by country.
type countryState int

const (
	noIncidents   countryState = iota
	counted                    // a count of 1 or more, in its class
	zero                       // a count given as 0
	stateNotGiven              // incidents, none giving the count
)

// countryValue is one country of a map by country: its count and how it
// is shown.
type countryValue struct {
	code  string
	n     int
	state countryState
}

// worldFigure is the map by country: each country with incidents filled
// by the class of its count (values give them), over the part of the world
// that holds them, labelled with its name and count.
func worldFigure(fg figure, values []countryValue, shapes []mapShape, cat catalogue) figure {
	byCode := map[string]countryValue{}
	top := 0
	for _, v := range values {
		byCode[v.code] = v
		if v.state == counted {
			top = max(top, v.n)
		}
	}
	breaks := mapBreaks(max(top, 1))
	m := worldMap{mapView: emptyExtent(shapes), label: fg.st.value, log: fg.log}
	m.fill = func(code string) color.RGBA {
		switch v := byCode[code]; v.state {
		case counted:
			return mapClasses[classOf(v.n, breaks)]
		case zero:
			return zeroFill
		case stateNotGiven:
			return notGivenFill
		}
		return noIncident
	}
	sort.SliceStable(values, func(i, j int) bool {
		if values[i].n != values[j].n {
			return values[i].n > values[j].n
		}
		return values[i].code < values[j].code
	})
	var unmapped []string
	for _, v := range values {
		var shape *mapShape
		for i := range shapes {
			if shapes[i].code == v.code {
				shape = &shapes[i]
			}
		}
		name := countryName(v.code, cat)
		text := nameCount(cat, name, cat.int(v.n))
		if v.state == stateNotGiven {
			text = cat.textf("map.not_given_fmt", name)
		}
		if shape == nil {
			unmapped = append(unmapped, text)
			continue
		}
		lon, lat := m.include(*shape)
		box := textBox(m.label, text)
		w, h := box.Max.X-box.Min.X, box.Max.Y-box.Min.Y
		at := func(c draw.Canvas) []vg.Point {
			// On the country, else just over, under, right or left of
			// its middle.
			pt := m.project(c)(lon, lat)
			pt.Y -= h / 2
			return []vg.Point{pt, {X: pt.X, Y: pt.Y + h}, {X: pt.X, Y: pt.Y - h}, {X: pt.X + w/2, Y: pt.Y}, {X: pt.X - w/2, Y: pt.Y}}
		}
		anchor := func(c draw.Canvas) vg.Point { return m.project(c)(lon, lat) }
		m.labels = append(m.labels, mapLabel{text: text, at: at, listed: text, anchor: anchor})
	}
	if len(m.labels) == 0 {
		fg.note = cat.text("map.none")
		return fg
	}
	// Room around the countries, and at least 30° across.
	m.widen(0.15, 5, 30)

	p := plot.New()
	p.BackgroundColor = nil
	p.HideAxes()
	p.Add(m)
	fg.plot = p
	states := map[countryState]bool{}
	for _, v := range values {
		states[v.state] = true
	}
	if top > 0 {
		for i, b := range breaks {
			label := cat.int(b)
			switch {
			case i == len(breaks)-1 && b < top:
				label = cat.textf("map.from_fmt", cat.int(b))
			case i < len(breaks)-1 && breaks[i+1]-1 > b:
				label = cat.textf("map.range_fmt", cat.int(b), cat.int(breaks[i+1]-1))
			}
			fg.legend = append(fg.legend, legendEntry{key: "class" + strconv.Itoa(i), label: label, thumb: swatch(mapClasses[i], draw.LineStyle{})})
		}
	}
	if states[zero] {
		fg.legend = append(fg.legend, legendEntry{key: "zero", label: cat.int(0), thumb: swatch(zeroFill, draw.LineStyle{Color: midGrey, Width: vg.Points(0.5)})})
	}
	if states[stateNotGiven] {
		fg.legend = append(fg.legend, legendEntry{key: "not_given", label: cat.text("map.not_given_legend"), thumb: swatch(notGivenFill, draw.LineStyle{})})
	}
	fg.legend = append(fg.legend, legendEntry{key: "none", label: cat.text("map.no_incident"), thumb: swatch(noIncident, draw.LineStyle{})})
	if len(unmapped) > 0 {
		fg.footnote = joinNotes(fg.footnote, cat.textf("map.unmapped_fmt", listOf(cat, unmapped)))
	}
	fg.settle = func(fg *figure) {
		settleMap(fg, m.mapView, cat, func(c draw.Canvas) string {
			return unlabelled(c, m.label, m.labels, nil, cat)
		})
	}
	return fg
}

// unlabelled is the footnote's sentence naming the labels of ls that find
// no room on c (placeLabels), or "".
func unlabelled(c draw.Canvas, sty text.Style, ls []mapLabel, avoid []vg.Rectangle, cat catalogue) string {
	_, left := placeLabels(c, sty, ls, avoid)
	var names []string
	for _, l := range left {
		names = append(names, l.listed)
	}
	if len(names) == 0 {
		return ""
	}
	return cat.textf("map.unlabelled_fmt", listOf(cat, names))
}

// joinNotes puts two sentences of a footnote one after the other.
func joinNotes(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// incidentCounts are the countries of a map of incidents.
func incidentCounts(in mapInput) []countryValue {
	var out []countryValue
	for code, c := range in.countries {
		out = append(out, countryValue{code: code, n: c.incidents, state: counted})
	}
	return out
}

// arrestCounts are the countries of a map of arrests: a country none of
// whose incidents gives an arrest count is not given, never 0.
func arrestCounts(in mapInput) []countryValue {
	var out []countryValue
	for code, c := range in.countries {
		v := countryValue{code: code, n: c.arrests, state: counted}
		switch {
		case c.arrestsGiven == 0:
			v.state = stateNotGiven
		case c.arrests == 0:
			v.state = zero
		}
		out = append(out, v)
	}
	return out
}

// partialArrests is the footnote of an arrests map when some of the
// period's incidents give no arrest count: the counts are a floor.
func partialArrests(cur analysis.PeriodFigures, cat catalogue) string {
	if !cur.Arrests.Valid || cur.ArrestsGiven >= cur.Incidents || cur.ArrestsGiven == 0 {
		return ""
	}
	return cat.textf("amap.partial_fmt", cat.int(cur.Incidents-cur.ArrestsGiven), cat.int(cur.Incidents))
}

// listOf joins names into a list in cat's language: "Belgium 2,
// Netherlands 1".
func listOf(cat catalogue, names []string) string {
	sep := ", "
	if cat.rightToLeft() {
		sep = "، "
	}
	return strings.Join(names, sep)
}
