package charts

import (
	"image/color"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// placeMap is the plotter of the map of one country: the country and its
// neighbours, and a circle per place whose area is proportional to its
// count (placeValue), largest drawn first so that a small one is never
// hidden under a large one. The largest places with a name are labelled;
// places that fall outside the data area are left out and named in the
// footnote (see placeFigure).
type placeMap struct {
	mapView
	places []placeValue
	top    int
	labels int // how many of the largest places are labelled
	label  text.Style
	log    *layoutLog
}

// placeValue is one place of a map of one country: its count and how it
// is shown (counted, zero or stateNotGiven).
type placeValue struct {
	place
	n     int
	state countryState
	label string // "Casablanca 40"
}

// Circle sizes, in points: the radius of the largest count, and the
// least radius of any circle (a count of 1 of thousands stays visible).
var (
	maxRadius  = vg.Points(13)
	minRadius  = vg.Points(2.5)
	markRadius = vg.Points(3.5) // places whose count is 0 or not given
)

// Circle styles.
var (
	pointFill    = tint(blue, 0.75)
	pointEdge    = draw.LineStyle{Color: white, Width: vg.Points(0.8)}
	zeroEdge     = draw.LineStyle{Color: midGrey, Width: vg.Points(1.2)}
	notGivenEdge = draw.LineStyle{Color: vermillion, Width: vg.Points(1.4)}
	focusFill    = rgb(0xFF, 0xFF, 0xFF)
)

// radius is the radius of a place's circle.
func (m placeMap) radius(v placeValue) vg.Length {
	if v.state != counted || m.top <= 0 {
		return markRadius
	}
	return max(minRadius, maxRadius*vg.Length(math.Sqrt(float64(v.n)/float64(m.top))))
}

// inside reports whether pt lies in c.
func inside(c draw.Canvas, pt vg.Point) bool {
	return pt.X >= c.Min.X && pt.X <= c.Max.X && pt.Y >= c.Min.Y && pt.Y <= c.Max.Y
}

// Plot implements plot.Plotter.
func (m placeMap) Plot(c draw.Canvas, _ *plot.Plot) {
	at := m.project(c)
	m.drawShapes(c, at)
	for _, v := range m.places {
		pt := at(v.lon, v.lat)
		if !inside(c, pt) {
			continue
		}
		circle := circlePath(pt, m.radius(v))
		switch v.state {
		case counted:
			c.SetColor(pointFill)
			c.Fill(circle)
			c.SetLineStyle(pointEdge)
			c.Stroke(circle)
		case zero:
			c.SetLineStyle(zeroEdge)
			c.Stroke(circle)
		default:
			c.SetLineStyle(notGivenEdge)
			c.Stroke(circle)
		}
	}
	// Labels keep off the circles, so that none hides a place.
	drawLabels(c, m.label, m.placeLabels(), m.circleBoxes(c), m.log)
}

// circleBoxes are the boxes of the circles drawn on c.
func (m placeMap) circleBoxes(c draw.Canvas) []vg.Rectangle {
	at := m.project(c)
	var boxes []vg.Rectangle
	for _, v := range m.places {
		if pt := at(v.lon, v.lat); inside(c, pt) {
			r := m.radius(v)
			boxes = append(boxes, vg.Rectangle{Min: pt.Sub(vg.Point{X: r, Y: r}), Max: pt.Add(vg.Point{X: r, Y: r})})
		}
	}
	return boxes
}

// placeLabels are the labels of the largest named places: the name and
// the count, beside the circle.
func (m placeMap) placeLabels() []mapLabel {
	var out []mapLabel
	for _, v := range m.places {
		if len(out) == m.labels {
			break
		}
		if v.name == "" || v.state != counted {
			continue
		}
		r := m.radius(v) + vg.Points(1.5)
		box := textBox(m.label, v.label)
		w, h := box.Max.X-box.Min.X, box.Max.Y-box.Min.Y
		out = append(out, mapLabel{text: v.label, listed: v.label, at: func(c draw.Canvas) []vg.Point {
			pt := m.project(c)(v.lon, v.lat)
			// Over the circle, under it, to its right, to its left.
			return []vg.Point{
				{X: pt.X, Y: pt.Y + r},
				{X: pt.X, Y: pt.Y - r - h},
				{X: pt.X + r + w/2, Y: pt.Y - h/2},
				{X: pt.X - r - w/2, Y: pt.Y - h/2},
			}
		}})
	}
	return out
}

// circlePath is a circle of radius r around pt.
func circlePath(pt vg.Point, r vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: pt.X + r, Y: pt.Y})
	p.Arc(pt, r, 0, 2*math.Pi)
	p.Close()
	return p
}

// sortPlaces orders places by count, largest first, then as they came.
func sortPlaces(vs []placeValue) {
	sort.SliceStable(vs, func(i, j int) bool {
		if (vs[i].state == counted) != (vs[j].state == counted) {
			return vs[i].state == counted
		}
		return vs[i].n > vs[j].n
	})
}

// circleMark draws a legend circle: filled as a place with a count, or
// outlined as one whose count is 0 or not given.
func circleMark(fill color.Color, edge draw.LineStyle, r vg.Length) func(draw.Canvas) {
	return func(c draw.Canvas) {
		p := circlePath(c.Center(), r)
		if fill != nil {
			c.SetColor(fill)
			c.Fill(p)
		}
		c.SetLineStyle(edge)
		c.Stroke(p)
	}
}

// around returns the view of one country, v (its mainland), narrowed to
// the places near it: their extent, grown to at least half the country's
// width and height about their middle. A place counts as near when it
// lies within half the country's size of it (an island, a town across a
// border); one farther away (a coordinate typed wrong) does not widen the
// map, and the footnote counts it.
func (v mapView) around(places []place) mapView {
	w, h := v.lon1-v.lon0, v.lat1-v.lat0
	near := v
	near.lon0, near.lon1 = v.lon0-w/2, v.lon1+w/2
	near.lat0, near.lat1 = math.Max(-85, v.lat0-h/2), math.Min(85, v.lat1+h/2)
	out := v
	out.lon0, out.lon1, out.lat0, out.lat1 = 180, -180, 90, -90
	for _, p := range places {
		if p.lon < near.lon0 || p.lon > near.lon1 || p.lat < near.lat0 || p.lat > near.lat1 {
			continue
		}
		out.lon0, out.lon1 = min(out.lon0, p.lon), max(out.lon1, p.lon)
		out.lat0, out.lat1 = min(out.lat0, p.lat), max(out.lat1, p.lat)
	}
	if out.lon0 > out.lon1 {
		return v
	}
	grow := func(lo, hi, least float64) (float64, float64) {
		if d := least - (hi - lo); d > 0 {
			lo, hi = lo-d/2, hi+d/2
		}
		return lo, hi
	}
	out.lon0, out.lon1 = grow(out.lon0, out.lon1, w/2)
	out.lat0, out.lat1 = grow(out.lat0, out.lat1, h/2)
	return out
}
