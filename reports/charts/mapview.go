package charts

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// mapView is the part of the world a map shows and how its shapes are
// filled: an equirectangular projection whose longitudes are shortened by
// the cosine of the middle latitude, drawn at one scale in both directions
// and centred in the data area. Shapes beyond the extent are drawn as far
// as the data area reaches.
type mapView struct {
	shapes     []mapShape
	lon0, lon1 float64
	lat0, lat1 float64
	fill       func(code string) color.RGBA
}

// project returns the function that places a longitude and latitude on c.
func (v mapView) project(c draw.Canvas) func(lon, lat float64) vg.Point {
	k := math.Cos((v.lat0 + v.lat1) / 2 * math.Pi / 180)
	w, h := (v.lon1-v.lon0)*k, v.lat1-v.lat0
	cw, ch := float64(c.Max.X-c.Min.X), float64(c.Max.Y-c.Min.Y)
	s := math.Min(cw/w, ch/h)
	x0 := float64(c.Min.X) + (cw-s*w)/2
	y0 := float64(c.Min.Y) + (ch-s*h)/2
	return func(lon, lat float64) vg.Point {
		return vg.Point{X: vg.Length(x0 + s*(lon-v.lon0)*k), Y: vg.Length(y0 + s*(lat-v.lat0))}
	}
}

// widen adds room around the extent: pad degrees, at least min, and
// makes it at least across degrees wide.
func (v *mapView) widen(share, least, across float64) {
	pad := math.Max(least, share*math.Max(v.lon1-v.lon0, v.lat1-v.lat0))
	v.lon0, v.lon1 = math.Max(-180, v.lon0-pad), math.Min(180, v.lon1+pad)
	v.lat0, v.lat1 = math.Max(-85, v.lat0-pad), math.Min(85, v.lat1+pad)
	for v.lon1-v.lon0 < across && (v.lon0 > -180 || v.lon1 < 180) {
		v.lon0, v.lon1 = math.Max(-180, v.lon0-1), math.Min(180, v.lon1+1)
	}
}

// include widens the extent to the largest ring (the mainland) of s, and
// returns where its label goes.
func (v *mapView) include(s mapShape) (lon, lat float64) {
	r := mainland(s)
	for _, p := range r {
		v.lon0, v.lon1 = min(v.lon0, p[0]), max(v.lon1, p[0])
		v.lat0, v.lat1 = min(v.lat0, p[1]), max(v.lat1, p[1])
	}
	return centroid(r)
}

// emptyExtent is an extent that any include widens.
func emptyExtent(shapes []mapShape) mapView {
	return mapView{shapes: shapes, lon0: 180, lon1: -180, lat0: 90, lat1: -90}
}

// mainland is the largest ring of a shape: where its label goes, and what
// the extent takes (overseas parts, French Guiana for France, do not widen
// the map).
func mainland(s mapShape) [][2]float64 {
	best := 0
	for i, r := range s.rings {
		if len(r) > len(s.rings[best]) {
			best = i
		}
	}
	return s.rings[best]
}

// drawShapes paints the sea over c, then every shape in its fill with
// white borders, disputed ones with a dashed outline on top.
func (v mapView) drawShapes(c draw.Canvas, at func(lon, lat float64) vg.Point) {
	c.FillPolygon(seaColour, []vg.Point{c.Min, {X: c.Max.X, Y: c.Min.Y}, c.Max, {X: c.Min.X, Y: c.Max.Y}})
	var dashed [][]vg.Point
	for _, s := range v.shapes {
		fill := v.fill(s.code)
		if disputed[s.code] {
			fill = noIncident
		}
		for _, r := range s.rings {
			pts := make([]vg.Point, len(r))
			lo, hi := vg.Point{X: c.Max.X, Y: c.Max.Y}, vg.Point{X: c.Min.X, Y: c.Min.Y}
			for i, p := range r {
				pts[i] = at(p[0], p[1])
				lo = vg.Point{X: min(lo.X, pts[i].X), Y: min(lo.Y, pts[i].Y)}
				hi = vg.Point{X: max(hi.X, pts[i].X), Y: max(hi.Y, pts[i].Y)}
			}
			if hi.X < c.Min.X || lo.X > c.Max.X || hi.Y < c.Min.Y || lo.Y > c.Max.Y {
				continue // wholly off the map: nothing of it would be drawn
			}
			c.FillPolygon(fill, c.ClipPolygonXY(pts))
			if disputed[s.code] {
				dashed = append(dashed, append(pts, pts[0]))
				continue
			}
			c.StrokeLines(borderLine, c.ClipLinesXY(append(pts, pts[0]))...)
		}
	}
	for _, pts := range dashed {
		c.StrokeLines(dashedLine, c.ClipLinesXY(pts)...)
	}
}

// mapLabel is a text written on a map at a point (a country's centroid,
// beside a place's circle), and what a footnote names it by when there is
// no room for it.
type mapLabel struct {
	text string
	// at gives where the label may go on c, best first (the value style
	// centres it on the point, over it).
	at     func(c draw.Canvas) []vg.Point
	listed string // "Belgium 2": the label on one line, for a footnote
	// anchor, when set, is what the label names (a country's middle): a
	// label moved off it is tied to it by a leader line and a dot, so
	// that it is not read as naming the land under it.
	anchor func(c draw.Canvas) vg.Point
}

// placeLabels returns the labels of ls, in order, that fit on c without
// overlapping a label placed before them, each where it also keeps clear
// of the boxes of avoid if it can, and the ones left out.
func placeLabels(c draw.Canvas, sty text.Style, ls []mapLabel, avoid []vg.Rectangle) (shown []placedLabel, left []mapLabel) {
	placed := append([]vg.Rectangle(nil), avoid...)
	var labels []vg.Rectangle
	for _, l := range ls {
		ok := false
		// First a place clear of everything, then one clear of the
		// other labels only.
		for _, against := range [][]vg.Rectangle{placed, labels} {
			for k, pt := range l.at(c) {
				box := textBoxAt(sty, l.text, pt)
				fits := box.Min.X >= c.Min.X && box.Max.X <= c.Max.X && box.Min.Y >= c.Min.Y && box.Max.Y <= c.Max.Y
				for _, p := range against {
					fits = fits && !overlaps(p, box)
				}
				if fits && !ok {
					placed, labels = append(placed, box), append(labels, box)
					shown = append(shown, placedLabel{mapLabel: l, at: pt, box: box, moved: k > 0})
					ok = true
				}
			}
		}
		if !ok {
			left = append(left, l)
		}
	}
	return shown, left
}

// placedLabel is a map label where it fits: the point it is drawn at,
// and its box.
type placedLabel struct {
	mapLabel
	at    vg.Point
	box   vg.Rectangle
	moved bool // not at its first place
}

// drawLabels writes the labels that fit on c and logs their boxes.
func drawLabels(c draw.Canvas, sty text.Style, ls []mapLabel, avoid []vg.Rectangle, log *layoutLog) {
	shown, _ := placeLabels(c, sty, ls, avoid)
	for _, l := range shown {
		if l.moved && l.anchor != nil {
			leader(c, l.anchor(c), l.box)
		}
		drawLabel(c, sty, l.at, l.text)
		log.add("value", l.text, l.box)
	}
}

// nameCount is a name and a count on one line, "Casablanca 40", joined
// by a no-break space so that a list never parts them; in a right-to-left
// language the count stays on the left of a name in Latin
// letters.
func nameCount(cat catalogue, name, count string) string {
	if cat.rightToLeft() {
		return cat.name(name) + rightToLeftMark + "\u00a0" + count
	}
	return name + "\u00a0" + count
}

// leaderStyle is the line and dot that tie a moved label to its anchor.
var leaderStyle = draw.LineStyle{Color: darkGrey, Width: vg.Points(0.7)}

// leader draws a line from the anchor to the nearest point of the label's
// box, and a dot on the anchor.
func leader(c draw.Canvas, anchor vg.Point, box vg.Rectangle) {
	to := vg.Point{X: max(box.Min.X, min(anchor.X, box.Max.X)), Y: max(box.Min.Y, min(anchor.Y, box.Max.Y))}
	c.StrokeLine2(leaderStyle, anchor.X, anchor.Y, to.X, to.Y)
	c.SetColor(darkGrey)
	c.Fill(circlePath(anchor, vg.Points(1.6)))
}

// drawLabel writes a map label with a white halo, which keeps it legible
// on any fill and across borders.
func drawLabel(c draw.Canvas, sty text.Style, pt vg.Point, s string) {
	halo := sty
	halo.Color = white
	for _, d := range haloOffsets {
		fillText(c, halo, pt.Add(d), s)
	}
	fillText(c, sty, pt, s)
}

// haloOffsets are where the halo of a map label is drawn around it.
var haloOffsets = func() []vg.Point {
	var out []vg.Point
	for i := range 12 {
		a := float64(i) * math.Pi / 6
		out = append(out, vg.Point{X: vg.Points(1.2 * math.Cos(a)), Y: vg.Points(1.2 * math.Sin(a))})
	}
	return out
}()

// overlaps reports whether two rectangles overlap, with a point of air.
func overlaps(a, b vg.Rectangle) bool {
	const air = 1
	return a.Min.X-air < b.Max.X && b.Min.X-air < a.Max.X && a.Min.Y-air < b.Max.Y && b.Min.Y-air < a.Max.Y
}

// centroid is the mean of a ring's points: where its label goes.
func centroid(r [][2]float64) (lon, lat float64) {
	for _, p := range r {
		lon += p[0]
		lat += p[1]
	}
	return lon / float64(len(r)), lat / float64(len(r))
}

// dataArea returns the data canvas fg's plot is drawn on, by laying fg out
// on a page that records nothing: what the footnote of a map needs to
// know, since the labels that fit depend on the room the footnote leaves.
func dataArea(fg figure) draw.Canvas {
	var area draw.Canvas
	probe := *fg.plot
	probe.Add(plotFunc(func(c draw.Canvas, _ *plot.Plot) { area = c }))
	fg.plot = &probe
	fg.log = &layoutLog{}
	fg.draw(draw.NewCanvas(&recorder.Canvas{}, pageWidth, pageHeight))
	return area
}

// plotFunc is a function as a plot.Plotter.
type plotFunc func(draw.Canvas, *plot.Plot)

// Plot implements plot.Plotter.
func (f plotFunc) Plot(c draw.Canvas, p *plot.Plot) { f(c, p) }

// settleMap finishes a map once its caption is known: the sentence on
// Western Sahara ends the subtitle when the territory shows, and the
// footnote gets what more (the labels left out, say) leftOut finds for the
// data area. The figure is laid out again until they no longer change,
// since each takes room from the map.
func settleMap(fg *figure, v mapView, cat catalogue, leftOut func(draw.Canvas) string) {
	subtitle, footnote := fg.subtitle, fg.footnote
	for range 4 {
		area := dataArea(*fg)
		sub := subtitle
		if v.shows(area, disputed) {
			sub = subtitle + " " + cat.text("map.disputed")
		}
		note := joinNotes(footnote, leftOut(area))
		if sub == fg.subtitle && note == fg.footnote {
			return
		}
		fg.subtitle, fg.footnote = sub, note
	}
}

// shows reports whether a point of a shape whose code is in codes falls
// inside c.
func (v mapView) shows(c draw.Canvas, codes map[string]bool) bool {
	at := v.project(c)
	for _, s := range v.shapes {
		if !codes[s.code] {
			continue
		}
		for _, r := range s.rings {
			for _, p := range r {
				if inside(c, at(p[0], p[1])) {
					return true
				}
			}
		}
	}
	return false
}
