// Command mapdata converts Natural Earth's country boundaries, as the npm
// package world-atlas (2.0.2) ships them (TopoJSON), into the compact
// files the charts embed: 1:110m for maps by country
// (reports/charts/mapdata/world110m.bin, 28 KB) and 1:50m simplified to
// 0.03° for the map of one country (world50m.bin, 94 KB). It is run once,
// by hand, when the boundaries are to change:
//
//	npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0
//	tar -xzf world-atlas-2.0.2.tgz && mv package world-atlas
//	tar -xzf i18n-iso-countries-7.14.0.tgz && mv package iso
//	go run ./scripts/mapdata world-atlas/countries-110m.json iso/codes.json reports/charts/mapdata/world110m.bin
//	go run ./scripts/mapdata -simplify 0.03 world-atlas/countries-50m.json iso/codes.json reports/charts/mapdata/world50m.bin
//
// world-atlas names countries by their ISO 3166-1 numeric code; the
// alpha-2 code the data uses comes from i18n-iso-countries' codes.json.
// Western Sahara (732) becomes EH, Kosovo XK; the shapes without a code
// (N. Cyprus, Somaliland, …) are kept as land with the code "--".
// Morocco is cut at 27°40′N and the part south of it drawn as Western
// Sahara (see run). -simplify drops, arc by arc (an arc is the border two
// countries share, so neighbours stay joined), the points within that
// many degrees of the line kept (Douglas–Peucker).
//
// The file: "CTMAP1", then per shape its 2-byte code, its number of rings
// and, per ring, its number of points and the points as zigzag varint
// deltas of longitude and latitude in hundredths of a degree. Natural
// Earth is in the public domain.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
)

type topology struct {
	Arcs      [][][2]float64 `json:"arcs"`
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type string          `json:"type"`
				ID   string          `json:"id"`
				Arcs json.RawMessage `json:"arcs"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

func main() {
	simplify := flag.Float64("simplify", 0, "drop the points of each shared arc that lie closer than this many degrees to the line kept (Douglas–Peucker); 0 keeps every point")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: mapdata [-simplify DEGREES] countries.json codes.json out.bin")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 3 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), flag.Arg(1), flag.Arg(2), *simplify); err != nil {
		fmt.Fprintln(os.Stderr, "mapdata:", err)
		os.Exit(1)
	}
}

func run(topoPath, codesPath, out string, tolerance float64) error {
	var topo topology
	if err := readJSON(topoPath, &topo); err != nil {
		return err
	}
	var codes [][]string
	if err := readJSON(codesPath, &codes); err != nil {
		return err
	}
	alpha2 := map[string]string{"732": "EH", "-99": "--"}
	for _, c := range codes {
		if len(c) >= 3 {
			alpha2[c[2]] = c[0]
		}
	}
	alpha2["383"] = "XK" // Kosovo: a user-assigned code

	// Decode the quantized, delta-encoded arcs to degrees.
	arcs := make([][][2]float64, len(topo.Arcs))
	for i, a := range topo.Arcs {
		x, y := 0.0, 0.0
		for _, p := range a {
			x, y = x+p[0], y+p[1]
			arcs[i] = append(arcs[i], [2]float64{
				x*topo.Transform.Scale[0] + topo.Transform.Translate[0],
				y*topo.Transform.Scale[1] + topo.Transform.Translate[1],
			})
		}
		// Arcs are shared by the two countries they part, so simplifying
		// them, ends kept, leaves no gap between neighbours.
		if tolerance > 0 {
			arcs[i] = simplify(arcs[i], tolerance)
		}
	}
	ring := func(refs []int) [][2]float64 {
		var pts [][2]float64
		for _, r := range refs {
			a := arcs[max(r, ^r)]
			if r < 0 {
				rev := make([][2]float64, len(a))
				for i := range a {
					rev[i] = a[len(a)-1-i]
				}
				a = rev
			}
			if len(pts) > 0 {
				a = a[1:] // the first point is the last of the previous arc
			}
			pts = append(pts, a...)
		}
		return pts
	}

	type shape struct {
		code  string
		rings [][][2]float64
	}
	var shapes []shape
	for _, g := range topo.Objects.Countries.Geometries {
		code, ok := alpha2[g.ID]
		if g.ID == "" {
			code, ok = "--", true
		}
		if !ok || len(code) != 2 {
			return fmt.Errorf("no alpha-2 code for numeric %q", g.ID)
		}
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		default:
			continue
		}
		var rings [][][2]float64
		for _, p := range polys {
			for _, r := range p {
				rings = append(rings, ring(r))
			}
		}
		shapes = append(shapes, shape{code, rings})
	}

	// Natural Earth's default (de facto) view gives Morocco the land west
	// of the berm, down to 21°N, and "W. Sahara" only the strip east of it.
	// The map draws the whole former Spanish Sahara neutrally: Morocco's
	// shape is cut at its internationally recognised border, 27°40′N, and
	// the part south of it joins Western Sahara (EH).
	const border = 27 + 40.0/60
	var south [][][2]float64
	for i, s := range shapes {
		if s.code != "MA" {
			continue
		}
		var north [][][2]float64
		for _, r := range s.rings {
			if n := clipLat(r, border, true); len(n) >= 3 {
				north = append(north, n)
			}
			if so := clipLat(r, border, false); len(so) >= 3 {
				south = append(south, so)
			}
		}
		shapes[i].rings = north
	}
	for i, s := range shapes {
		if s.code == "EH" {
			shapes[i].rings = append(south, s.rings...)
		}
	}

	var buf bytes.Buffer
	buf.WriteString("CTMAP1")
	var tmp [binary.MaxVarintLen64]byte
	uvarint := func(v uint64) { buf.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	varint := func(v int64) { buf.Write(tmp[:binary.PutVarint(tmp[:], v)]) }
	for _, s := range shapes {
		code, rings := s.code, s.rings
		buf.WriteString(code)
		uvarint(uint64(len(rings)))
		for _, r := range rings {
			uvarint(uint64(len(r)))
			px, py := int64(0), int64(0)
			for _, p := range r {
				x, y := int64(math.Round(p[0]*100)), int64(math.Round(p[1]*100))
				varint(x - px)
				varint(y - py)
				px, py = x, y
			}
		}
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%d shapes, %d bytes\n", len(shapes), buf.Len())
	return nil
}

// clipLat keeps the part of a closed ring north of lat (north) or south
// of it (Sutherland–Hodgman against one half-plane).
func clipLat(r [][2]float64, lat float64, north bool) [][2]float64 {
	in := func(p [2]float64) bool { return (p[1] >= lat) == north }
	cross := func(a, b [2]float64) [2]float64 {
		t := (lat - a[1]) / (b[1] - a[1])
		return [2]float64{a[0] + t*(b[0]-a[0]), lat}
	}
	var out [][2]float64
	for i := range r {
		a, b := r[i], r[(i+1)%len(r)]
		switch {
		case in(a) && in(b):
			out = append(out, b)
		case in(a):
			out = append(out, cross(a, b))
		case in(b):
			out = append(out, cross(a, b), b)
		}
	}
	return out
}

// simplify keeps the points of a line that lie farther than tol from the
// line through the points kept around them (Douglas–Peucker), and its
// ends.
func simplify(line [][2]float64, tol float64) [][2]float64 {
	if len(line) < 3 {
		return line
	}
	keep := make([]bool, len(line))
	keep[0], keep[len(line)-1] = true, true
	var walk func(a, b int)
	walk = func(a, b int) {
		far, at := 0.0, -1
		for i := a + 1; i < b; i++ {
			if d := distance(line[i], line[a], line[b]); d > far {
				far, at = d, i
			}
		}
		if at >= 0 && far > tol {
			keep[at] = true
			walk(a, at)
			walk(at, b)
		}
	}
	walk(0, len(line)-1)
	var out [][2]float64
	for i, p := range line {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

// distance is how far p lies from the segment a–b, in degrees.
func distance(p, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, ((p[0]-a[0])*dx+(p[1]-a[1])*dy)/l))
	}
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
