package charts

import (
	"image"
	"image/color"
	imgdraw "image/draw"
	"math"
	"sync"

	"git.sr.ht/~sbinet/gg"
	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"golang.org/x/image/vector"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// rasterPage is the canvas a PNG chart is drawn on: the image canvas, and
// what lets its text be drawn from masks of glyphs rasterized once
// (glyphMasks) instead of filling each line's outlines at 300 dpi, which
// took about a quarter of the time of drawing a chart.
type rasterPage struct {
	*vgimg.Canvas
	ctx *gg.Context // the canvas's: its matrix maps dots to pixels
	img *image.RGBA
	dpi float64
}

// rasterPageOf returns the raster page c draws on, if it draws on one.
func rasterPageOf(c vg.Canvas) *rasterPage {
	for {
		switch v := c.(type) {
		case *rasterPage:
			return v
		case *draw.Canvas:
			c = v.Canvas
		case draw.Canvas:
			c = v.Canvas
		default:
			return nil
		}
	}
}

// subpixel is how finely a glyph's position within a pixel is told
// apart: a quarter of a pixel, 1/1200 inch at 300 dpi.
const subpixel = 4

// maskKey identifies a glyph mask: the glyph, its size and its position
// within a pixel.
type maskKey struct {
	font   *chartFont
	id     gotext.GID
	size   float64 // pixels per font unit
	fx, fy uint8   // in 1/subpixel of a pixel
}

// glyphMask is a rasterized glyph: its coverage, whose top-left pixel is
// at off from the pixel of the glyph's origin. mask is nil for a glyph
// without an outline.
type glyphMask struct {
	mask *image.Alpha
	off  image.Point
}

// glyphMasks caches glyph masks across the charts of a run (and of the
// runs of a process), up to maxGlyphMasks of them.
var glyphMasks struct {
	sync.Mutex
	m map[maskKey]glyphMask
}

// maxGlyphMasks bounds the cache: past it, it starts again. The charts
// of every golden case of the tests, in three languages, use 2,313 masks
// of 1.8 MB in all; the bound keeps the cache near 12 MB.
const maxGlyphMasks = 1 << 14

// drawLine draws the glyphs of l, whose left end on the baseline is at
// origin (in the canvas's current coordinates), at scale points per font
// unit, in col. It reports false, drawing nothing, when the canvas is
// rotated or scaled: the caller then fills the outlines.
func (rp *rasterPage) drawLine(l shapedLine, f *chartFont, origin vg.Point, scale float64, col color.Color) bool {
	dx, dy := float64(origin.X.Dots(rp.dpi)), float64(origin.Y.Dots(rp.dpi))
	ox, oy := rp.ctx.TransformPoint(dx, dy)
	// One dot right must be one pixel right, one dot up one pixel up.
	rx, ry := rp.ctx.TransformPoint(dx+1, dy)
	ux, uy := rp.ctx.TransformPoint(dx, dy+1)
	const eps = 1e-9
	if math.Abs(rx-ox-1) > eps || math.Abs(ry-oy) > eps || math.Abs(ux-ox) > eps || math.Abs(uy-oy+1) > eps {
		return false
	}
	px := scale * rp.dpi / 72 // pixels per font unit
	src := image.NewUniform(col)
	for _, g := range l.glyphs {
		x, y := ox+g.x*px, oy-g.y*px
		ix, fx := split(x)
		iy, fy := split(y)
		m := maskOf(maskKey{f, g.id, px, fx, fy})
		if m.mask == nil {
			continue
		}
		at := image.Pt(ix, iy).Add(m.off)
		imgdraw.DrawMask(rp.img, m.mask.Rect.Sub(m.mask.Rect.Min).Add(at), src, image.Point{}, m.mask, m.mask.Rect.Min, imgdraw.Over)
	}
	return true
}

// split splits a position in pixels into its pixel and its place within
// it, rounded to 1/subpixel.
func split(v float64) (int, uint8) {
	q := math.Round(v * subpixel)
	i := math.Floor(q / subpixel)
	return int(i), uint8(q - i*subpixel)
}

// maskOf returns the mask of k, rasterizing it the first time.
func maskOf(k maskKey) glyphMask {
	c := &glyphMasks
	c.Lock()
	m, ok := c.m[k]
	c.Unlock()
	if ok {
		return m
	}
	m = rasterizeGlyph(k)
	c.Lock()
	if c.m == nil || len(c.m) >= maxGlyphMasks {
		c.m = make(map[maskKey]glyphMask)
	}
	c.m[k] = m
	c.Unlock()
	return m
}

// rasterizeGlyph draws the outline of glyph k.id at k.size pixels per font
// unit, its origin k.fx and k.fy (in 1/subpixel) into a pixel, with the
// non-zero rule, on a mask just large enough.
func rasterizeGlyph(k maskKey) glyphMask {
	segs := glyphOutline(k.font, k.id)
	if len(segs) == 0 {
		return glyphMask{}
	}
	dx, dy := float64(k.fx)/subpixel, float64(k.fy)/subpixel
	at := func(q gotext.SegmentPoint) (float64, float64) {
		return dx + float64(q.X)*k.size, dy - float64(q.Y)*k.size // y down
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range segs {
		for _, q := range s.ArgsSlice() {
			x, y := at(q)
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
		}
	}
	x0, y0 := int(math.Floor(minX)), int(math.Floor(minY))
	w, h := int(math.Ceil(maxX))-x0, int(math.Ceil(maxY))-y0
	if w <= 0 || h <= 0 {
		return glyphMask{}
	}
	z := vector.NewRasterizer(w, h)
	pt := func(q gotext.SegmentPoint) (float32, float32) {
		x, y := at(q)
		return float32(x - float64(x0)), float32(y - float64(y0))
	}
	open := false
	for _, s := range segs {
		switch s.Op {
		case ot.SegmentOpMoveTo:
			if open {
				z.ClosePath()
			}
			z.MoveTo(pt(s.Args[0]))
			open = true
		case ot.SegmentOpLineTo:
			z.LineTo(pt(s.Args[0]))
		case ot.SegmentOpQuadTo:
			bx, by := pt(s.Args[0])
			cx, cy := pt(s.Args[1])
			z.QuadTo(bx, by, cx, cy)
		case ot.SegmentOpCubeTo:
			bx, by := pt(s.Args[0])
			cx, cy := pt(s.Args[1])
			ex, ey := pt(s.Args[2])
			z.CubeTo(bx, by, cx, cy, ex, ey)
		}
	}
	if open {
		z.ClosePath()
	}
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
	return glyphMask{mask: mask, off: image.Pt(x0, y0)}
}
