package charts

import (
	"image"
	"image/color"
	"testing"

	"git.sr.ht/~sbinet/gg"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Text drawn from cached glyph masks on a PNG page puts ink where filling
// the glyphs' outlines does: in Latin and in joined Arabic, bold and
// regular, the same pixels are inked, each within a third of full scale
// of the filled outline's (anti-aliased edges differ by where in a pixel a
// glyph is placed, to a quarter of a pixel); rotated text is filled from
// its outlines.
func TestGlyphMasksDrawAsOutlines(t *testing.T) {
	page := func(cached bool) (*image.RGBA, draw.Canvas) {
		img := image.NewRGBA(image.Rect(0, 0, 1200, 300))
		ctx := gg.NewContextForRGBA(img)
		ctx.SetLineCapButt()
		ctx.InvertY()
		c := vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(pngDPI))
		if cached {
			return img, draw.New(&rasterPage{Canvas: c, ctx: ctx, img: img, dpi: pngDPI})
		}
		return img, draw.New(c)
	}
	for _, c := range []struct {
		txt      string
		rtl      bool
		fnt      font.Font
		rotation float64
	}{
		{"Cells dismantled per year (2024)", false, sansBold, 0},
		{"Terrorist cells reported dismantled", false, sansRegular, 0},
		{"الخلايا المفككة سنويا ٢٠٢٤", true, sansRegular, 0},
		{"الاعتقالات", true, sansBold, 0},
		{"مُحَمَّد", true, sansRegular, 0}, // marks placed above and below (glyph y offsets)
		{"Arrests", false, sansRegular, 1.5707963},
	} {
		f := c.fnt
		f.Size = 14
		sty := text.Style{Color: color.RGBA{0x33, 0x33, 0x33, 0xff}, Font: f, XAlign: draw.XLeft, YAlign: draw.YCenter, Handler: TextHandler{RightToLeft: c.rtl}}
		at := vg.Point{X: vg.Points(10.3), Y: vg.Points(36.15)}
		want, wc := page(false)
		wc.FillText(sty, at, c.txt)
		got, gc := page(true)
		rp := rasterPageOf(gc.Canvas)
		if rp == nil {
			t.Fatal("no raster page under the canvas")
		}
		gc.FillText(sty, at, c.txt)
		inked, far := 0, 0
		for i := 0; i < len(want.Pix); i += 4 {
			w, g := want.Pix[i], got.Pix[i]
			if w < 0xff || g < 0xff {
				inked++
			}
			if absDiff(w, g) > 0x55 {
				far++
			}
		}
		if inked < 500 {
			t.Fatalf("%q: %d pixels inked: the text was not drawn", c.txt, inked)
		}
		if far > 0 {
			t.Errorf("%q: %d of %d inked pixels differ by more than a third of full scale from the filled outlines", c.txt, far, inked)
		}
	}
}
