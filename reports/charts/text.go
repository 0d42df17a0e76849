package charts

import (
	"strings"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// TextHandler is a gonum/plot text.Handler that shapes text with go-text's
// HarfBuzz port and orders it with the Unicode bidi algorithm, so that
// Arabic is joined (contextual forms, lam-alef ligatures, marks) and runs
// right to left, with digits and Latin words inside it left to right. It
// draws every glyph as a filled outline, so PNG, SVG and PDF show the same
// shapes whatever fonts the viewer has, and it measures with the shaped
// advances. Every font maps to the embedded DejaVu Sans (bold for bold
// weights).
//
// The zero value lays text out left to right. It is safe for concurrent
// use.
type TextHandler struct {
	// RightToLeft makes each line a right-to-left paragraph (Arabic): its
	// neutral characters, such as spaces and brackets between an Arabic
	// word and a number, resolve to right to left.
	RightToLeft bool
}

var _ text.Handler = TextHandler{}

// Cache returns the font cache holding the chart font.
func (TextHandler) Cache() *font.Cache { return fontCache }

// Extents returns the ascent, descent and line height of fnt from the
// font's horizontal header.
func (TextHandler) Extents(fnt font.Font) font.Extents {
	f := fontFor(fnt)
	scale := float64(fnt.Size) / f.upem
	return font.Extents{
		Ascent:  vg.Length(float64(f.ext.Ascender) * scale),
		Descent: vg.Length(-float64(f.ext.Descender) * scale),
		Height:  vg.Length(float64(f.ext.Ascender-f.ext.Descender+f.ext.LineGap) * scale),
	}
}

// Lines splits txt into lines at "\n", ignoring trailing line breaks.
func (TextHandler) Lines(txt string) []string {
	return strings.Split(strings.TrimRight(txt, "\n"), "\n")
}

// Box returns the shaped width of one line of txt, and the font's ascent
// (height) and descent (depth).
func (h TextHandler) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	f := fontFor(fnt)
	l := layoutLine(txt, f, h.RightToLeft)
	e := h.Extents(fnt)
	return vg.Length(l.width * float64(fnt.Size) / f.upem), e.Ascent, e.Descent
}

// Draw draws txt with sty at pt. The lines are stacked at the font's line
// height and each is aligned by sty.XAlign on its own width. Vertically
// the block sits where text.Style.Rectangle says it does, which is where
// gonum/plot reserves room for it: with YBottom, the baseline of the last
// line is at pt (less the font's line gap).
func (h TextHandler) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = strings.TrimRight(txt, "\n")
	if txt == "" {
		return
	}
	f := fontFor(sty.Font)
	scale := float64(sty.Font.Size) / f.upem
	e := h.Extents(sty.Font)
	gap := e.Height - e.Ascent - e.Descent
	lines := h.Lines(txt)
	n := vg.Length(len(lines))
	block := n*(e.Ascent+e.Descent) + (n-1)*gap

	c.Push()
	defer c.Pop()
	c.Translate(pt)
	if sty.Rotation != 0 {
		c.Rotate(sty.Rotation)
	}
	c.SetColor(sty.Color)
	for i, line := range lines {
		l := layoutLine(line, f, h.RightToLeft)
		origin := vg.Point{
			X: vg.Length(sty.XAlign) * vg.Length(l.width*scale),
			Y: vg.Length(sty.YAlign)*block - gap + (n-1-vg.Length(i))*e.Height,
		}
		if rp := rasterPageOf(c); rp != nil && rp.drawLine(l, f, origin, scale, sty.Color) {
			continue
		}
		if p := linePath(l, f, origin, scale); len(p) > 0 {
			c.Fill(p)
		}
	}
}
