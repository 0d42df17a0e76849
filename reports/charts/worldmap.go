package charts

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"image/color"
	"math"
	"sync"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// world110m is Natural Earth's 1:110m country boundaries (public domain),
// converted once from the npm package world-atlas by scripts/mapdata:
// per country its ISO 3166-1 alpha-2 code and its rings, in hundredths of
// a degree. world50m is the 1:50m boundaries, simplified to 0.03°, for
// the map of one country, which 1:110m draws too coarsely.
var (
	//go:embed mapdata/world110m.bin
	world110m []byte
	//go:embed mapdata/world50m.bin
	world50m []byte
)

// mapShape is one country of the map: its code ("--" for a shape without
// one) and its rings, in degrees of longitude and latitude.
type mapShape struct {
	code  string
	rings [][][2]float64
}

// world returns the shapes of world110m, decoded once.
var world = sync.OnceValues(func() ([]mapShape, error) { return decodeMap(world110m) })

// detailed returns the shapes of world50m, decoded once, when first needed.
var detailed = sync.OnceValues(func() ([]mapShape, error) { return decodeMap(world50m) })

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
			s.rings = append(s.rings, unwrap(ring))
		}
		shapes = append(shapes, s)
	}
	return shapes, nil
}

// unwrap moves the western points of a ring that crosses the antimeridian
// (eastern Russia, Fiji) 360° east, so that it is drawn as one piece
// rather than as a band across the world. A ring around the pole
// (Antarctica) spans every longitude either way and is left as it is.
func unwrap(r [][2]float64) [][2]float64 {
	lo, hi, slo, shi := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, p := range r {
		lo, hi = min(lo, p[0]), max(hi, p[0])
		x := p[0]
		if x < 0 {
			x += 360
		}
		slo, shi = min(slo, x), max(shi, x)
	}
	if hi-lo <= 180 || shi-slo >= 180 {
		return r
	}
	for i := range r {
		if r[i][0] < 0 {
			r[i][0] += 360
		}
	}
	return r
}

// disputed are the territories drawn neutrally: the no-data fill, whatever
// the data, and a dashed outline (docs/figures.md, The maps).
var disputed = map[string]bool{"EH": true}

// The maps' colours: ColorBrewer's sequential Blues for the classes of
// counts, a light grey for land without incidents.
var (
	mapClasses = []color.RGBA{rgb(0xBD, 0xD7, 0xE7), rgb(0x6B, 0xAE, 0xD6), rgb(0x31, 0x82, 0xBD), rgb(0x08, 0x51, 0x9C)}
	noIncident = rgb(0xE8, 0xE8, 0xE8)
	// zeroFill is a country whose incidents give a count of 0, and
	// notGivenFill one whose incidents give none: not the grey of no
	// incidents, not a class.
	zeroFill     = white
	notGivenFill = tint(orange, 0.35)
	seaColour    = rgb(0xF3, 0xF8, 0xFC)
	borderLine   = draw.LineStyle{Color: white, Width: vg.Points(0.6)}
	dashedLine   = draw.LineStyle{Color: midGrey, Width: vg.Points(0.9), Dashes: []vg.Length{vg.Points(2.5), vg.Points(2)}}
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
