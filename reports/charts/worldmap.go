package charts

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"image/color"
	"math"
	"sort"
	"strconv"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// world110m is Natural Earth's 1:110m country boundaries (public domain),
// converted once from the npm package world-atlas by scripts/mapdata:
// per country its ISO 3166-1 alpha-2 code and its rings, in hundredths of
// a degree.
//
//go:embed mapdata/world110m.bin
var world110m []byte

// mapShape is one country of the map: its code ("--" for a shape without
// one) and its rings, in degrees of longitude and latitude.
type mapShape struct {
	code  string
	rings [][][2]float64
}

var (
	worldOnce   sync.Once
	worldShapes []mapShape
	worldErr    error
)

// world returns the shapes of world110m, decoded once.
func world() ([]mapShape, error) {
	worldOnce.Do(func() { worldShapes, worldErr = decodeMap(world110m) })
	return worldShapes, worldErr
}

// decodeMap reads the format scripts/mapdata writes.
func decodeMap(b []byte) ([]mapShape, error) {
	const magic = "CTMAP1"
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("map data: not a CTMAP1 file")
	}
	b = b[len(magic):]
	bad := errors.New("map data: truncated")
	uvarint := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	varint := func() (int64, bool) {
		v, n := binary.Varint(b)
		if n <= 0 {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	var shapes []mapShape
	for len(b) > 0 {
		if len(b) < 2 {
			return nil, bad
		}
		s := mapShape{code: string(b[:2])}
		b = b[2:]
		nr, ok := uvarint()
		if !ok || nr > 1<<16 {
			return nil, bad
		}
		for range nr {
			np, ok := uvarint()
			if !ok || np > 1<<20 {
				return nil, bad
			}
			ring := make([][2]float64, 0, np)
			x, y := int64(0), int64(0)
			for range np {
				dx, ok1 := varint()
				dy, ok2 := varint()
				if !ok1 || !ok2 {
					return nil, bad
				}
				x, y = x+dx, y+dy
				ring = append(ring, [2]float64{float64(x) / 100, float64(y) / 100})
			}
			s.rings = append(s.rings, ring)
		}
		shapes = append(shapes, s)
	}
	return shapes, nil
}

// disputed are the territories drawn neutrally: the no-data fill, whatever
// the data, and a dashed outline (docs/figures.md, The map).
var disputed = map[string]bool{"EH": true}

// The map's colours: ColorBrewer's sequential Blues for the classes of
// incidents, a light grey for land without incidents.
var (
	mapClasses = []color.RGBA{rgb(0xBD, 0xD7, 0xE7), rgb(0x6B, 0xAE, 0xD6), rgb(0x31, 0x82, 0xBD), rgb(0x08, 0x51, 0x9C)}
	noIncident = rgb(0xE8, 0xE8, 0xE8)
	seaColour  = rgb(0xF3, 0xF8, 0xFC)
	borderLine = draw.LineStyle{Color: white, Width: vg.Points(0.6)}
	dashedLine = draw.LineStyle{Color: midGrey, Width: vg.Points(0.9), Dashes: []vg.Length{vg.Points(2.5), vg.Points(2)}}
)

// mapBreaks returns the lower bounds of the classes of counts up to top:
// one class a value when there are few, else four classes rising by
// powers (1, 2–4, 5–19, 20+ for a top of 80).
func mapBreaks(top int) []int {
	if top <= len(mapClasses) {
		out := make([]int, top)
		for i := range out {
			out[i] = i + 1
		}
		return out
	}
	out := []int{1}
	for i := 1; i < len(mapClasses); i++ {
		v := int(math.Round(math.Pow(float64(top), float64(i)/float64(len(mapClasses)))))
		out = append(out, max(v, out[len(out)-1]+1))
	}
	return out
}

// classOf is the class of n ≥ 1 under breaks.
func classOf(n int, breaks []int) int {
	c := 0
	for i, b := range breaks {
		if n >= b {
			c = i
		}
	}
	return c
}

// worldMap is the plotter of the map: the shapes, filled by class, over
// the extent, drawn at one scale in both directions (an equirectangular
// projection whose longitudes are shortened by the cosine of the middle
// latitude), centred in the data area.
type worldMap struct {
	shapes     []mapShape
	counts     map[string]int
	breaks     []int
	lon0, lon1 float64
	lat0, lat1 float64
	labels     []mapLabel
	label      text.Style
	log        *layoutLog
}

// mapLabel is the name and count written on a country with incidents.
type mapLabel struct {
	text     string
	lon, lat float64
	n        int
}

// project returns the function that places a longitude and latitude on c.
func (m worldMap) project(c draw.Canvas) func(lon, lat float64) vg.Point {
	k := math.Cos((m.lat0 + m.lat1) / 2 * math.Pi / 180)
	w, h := (m.lon1-m.lon0)*k, m.lat1-m.lat0
	cw, ch := float64(c.Max.X-c.Min.X), float64(c.Max.Y-c.Min.Y)
	s := math.Min(cw/w, ch/h)
	x0 := float64(c.Min.X) + (cw-s*w)/2
	y0 := float64(c.Min.Y) + (ch-s*h)/2
	return func(lon, lat float64) vg.Point {
		return vg.Point{X: vg.Length(x0 + s*(lon-m.lon0)*k), Y: vg.Length(y0 + s*(lat-m.lat0))}
	}
}

// Plot implements plot.Plotter.
func (m worldMap) Plot(c draw.Canvas, _ *plot.Plot) {
	at := m.project(c)
	c.FillPolygon(seaColour, []vg.Point{c.Min, {X: c.Max.X, Y: c.Min.Y}, c.Max, {X: c.Min.X, Y: c.Max.Y}})
	var dashed [][]vg.Point
	for _, s := range m.shapes {
		fill := noIncident
		if n := m.counts[s.code]; n > 0 && !disputed[s.code] {
			fill = mapClasses[classOf(n, m.breaks)]
		}
		for _, r := range s.rings {
			pts := make([]vg.Point, len(r))
			for i, p := range r {
				pts[i] = at(p[0], p[1])
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
	// Labels, largest count first; one that would overlap a label already
	// written, or leave the area, is left out.
	var placed []vg.Rectangle
	for _, l := range m.labels {
		pt := at(l.lon, l.lat)
		box := textBoxAt(m.label, l.text, pt)
		if box.Min.X < c.Min.X || box.Max.X > c.Max.X || box.Min.Y < c.Min.Y || box.Max.Y > c.Max.Y {
			continue
		}
		clash := false
		for _, p := range placed {
			clash = clash || overlaps(p, box)
		}
		if clash {
			continue
		}
		placed = append(placed, box)
		// A white halo keeps the label legible on any fill and across
		// borders.
		halo := m.label
		halo.Color = white
		for _, d := range haloOffsets {
			fillText(c, halo, pt.Add(d), l.text)
		}
		fillText(c, m.label, pt, l.text)
		m.log.add("value", l.text, box)
	}
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

// mapFigure is the map: the period's incidents by country (the country
// where each took place), as classes of one colour, over Natural Earth's
// boundaries, on the part of the world that holds them.
func mapFigure(f analysis.Figures, cat catalogue) figure {
	fg := newFigure(cat, cat.text("map.title"))
	if cur := f.Current.Period; cur.Label != "" || !cur.Start.IsZero() {
		fg.title = cat.textf("map.title_fmt", periodName(cur, cat))
	}
	fg.subtitle = cat.text("map.subtitle")
	counts := map[string]int{}
	for _, ca := range f.Breakdowns.CountryAffiliation {
		if ca.Incidents > 0 {
			counts[ca.Country] += ca.Incidents
		}
	}
	shapes, err := world()
	if err != nil || len(counts) == 0 {
		fg.note = cat.text("map.none")
		return fg
	}
	m := worldMap{shapes: shapes, counts: counts, label: fg.st.value, log: fg.log,
		lon0: 180, lon1: -180, lat0: 90, lat1: -90}
	top := 0
	for _, s := range shapes {
		n := counts[s.code]
		if n == 0 {
			continue
		}
		top = max(top, n)
		// The extent and the label's place: the largest ring (mainland).
		// (Overseas parts, French Guiana for France, do not widen the map.)
		best, bestLen := -1, 0
		for i, r := range s.rings {
			if len(r) > bestLen {
				best, bestLen = i, len(r)
			}
		}
		for _, p := range s.rings[best] {
			m.lon0, m.lon1 = min(m.lon0, p[0]), max(m.lon1, p[0])
			m.lat0, m.lat1 = min(m.lat0, p[1]), max(m.lat1, p[1])
		}
		lon, lat := centroid(s.rings[best])
		m.labels = append(m.labels, mapLabel{text: countryName(s.code, cat) + "\n" + cat.int(n), lon: lon, lat: lat, n: n})
	}
	if top == 0 {
		fg.note = cat.text("map.none")
		return fg
	}
	// Room around the countries, and at least 30° across.
	pad := math.Max(5, 0.15*math.Max(m.lon1-m.lon0, m.lat1-m.lat0))
	m.lon0, m.lon1 = math.Max(-180, m.lon0-pad), math.Min(180, m.lon1+pad)
	m.lat0, m.lat1 = math.Max(-85, m.lat0-pad), math.Min(85, m.lat1+pad)
	for m.lon1-m.lon0 < 30 {
		m.lon0, m.lon1 = math.Max(-180, m.lon0-1), math.Min(180, m.lon1+1)
	}
	sort.SliceStable(m.labels, func(i, j int) bool { return m.labels[i].n > m.labels[j].n })
	m.breaks = mapBreaks(top)

	p := plot.New()
	p.BackgroundColor = nil
	p.HideAxes()
	p.Add(m)
	fg.plot = p
	for i, b := range m.breaks {
		label := cat.int(b)
		switch {
		case i == len(m.breaks)-1 && b < top:
			label = cat.textf("map.from_fmt", cat.int(b))
		case i < len(m.breaks)-1 && m.breaks[i+1]-1 > b:
			label = cat.textf("map.range_fmt", cat.int(b), cat.int(m.breaks[i+1]-1))
		}
		fg.legend = append(fg.legend, legendEntry{key: "class" + strconv.Itoa(i), label: label, thumb: swatch(mapClasses[i], draw.LineStyle{})})
	}
	fg.legend = append(fg.legend, legendEntry{key: "none", label: cat.text("map.no_incident"), thumb: swatch(noIncident, draw.LineStyle{})})
	return fg
}

// centroid is the mean of a ring's points: where its label goes.
func centroid(r [][2]float64) (lon, lat float64) {
	for _, p := range r {
		lon += p[0]
		lat += p[1]
	}
	return lon / float64(len(r)), lat / float64(len(r))
}
