package charts

import (
	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"gonum.org/v1/plot/vg"
)

// glyphKey identifies a glyph outline in the cache.
type glyphKey struct {
	font *chartFont
	id   gotext.GID
}

// glyphOutline returns the outline of glyph id of f in font units (y up),
// or nil for a glyph without one (a space).
func glyphOutline(f *chartFont, id gotext.GID) []gotext.Segment {
	t := &typesetter
	t.mu.Lock()
	defer t.mu.Unlock()
	key := glyphKey{f, id}
	if segs, ok := t.outlines[key]; ok {
		return segs
	}
	var segs []gotext.Segment
	if o, ok := faceLocked(f).GlyphDataOutline(id); ok {
		segs = o.Segments
	}
	if t.outlines == nil {
		t.outlines = make(map[glyphKey][]gotext.Segment)
	}
	t.outlines[key] = segs
	return segs
}

// linePath returns the outlines of the glyphs of l as one path, for a line
// whose left end on the baseline is at origin, at scale points per font
// unit. Each contour is closed; the contours follow TrueType's winding, so
// the path is filled with the non-zero rule, which every vg backend uses.
func linePath(l shapedLine, f *chartFont, origin vg.Point, scale float64) vg.Path {
	var p vg.Path
	for _, g := range l.glyphs {
		at := func(q gotext.SegmentPoint) vg.Point {
			return vg.Point{
				X: origin.X + vg.Length((g.x+float64(q.X))*scale),
				Y: origin.Y + vg.Length((g.y+float64(q.Y))*scale),
			}
		}
		open := false
		for _, s := range glyphOutline(f, g.id) {
			switch s.Op {
			case ot.SegmentOpMoveTo:
				if open {
					p.Close()
				}
				p.Move(at(s.Args[0]))
				open = true
			case ot.SegmentOpLineTo:
				p.Line(at(s.Args[0]))
			case ot.SegmentOpQuadTo:
				p.QuadTo(at(s.Args[0]), at(s.Args[1]))
			case ot.SegmentOpCubeTo:
				p.CubeTo(at(s.Args[0]), at(s.Args[1]), at(s.Args[2]))
			}
		}
		if open {
			p.Close()
		}
	}
	return p
}
