package charts

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
)

// TestEncodePNG decodes what encodePNG writes, for an opaque page and for
// one with a transparent pixel, and finds every pixel as drawn and the
// 300 dpi pHYs chunk right after IHDR.
// Widths odd and even, and a translucent pixel first or second of the two
// pixels rows are copied by, or last alone.
func TestEncodePNG(t *testing.T) {
	for _, c := range []struct {
		width, translucentX int // -1: none
	}{{37, -1}, {38, -1}, {37, 36}, {38, 37}, {38, 0}} {
		transparent := c.translucentX >= 0
		img := image.NewRGBA(image.Rect(0, 0, c.width, 11))
		for y := range 11 {
			for x := range c.width {
				img.SetRGBA(x, y, color.RGBA{uint8(7 * x), uint8(23 * y), uint8(x * y), 255})
			}
		}
		if transparent {
			img.SetRGBA(c.translucentX, 4, color.RGBA{10, 20, 30, 128})
		}
		var buf bytes.Buffer
		if err := encodePNG(&buf, img, 300); err != nil {
			t.Fatal(err)
		}
		b := buf.Bytes()
		want := "\x00\x00\x00\x09pHYs\x00\x00\x2e\x23\x00\x00\x2e\x23\x01"
		if len(b) < 33+len(want) || string(b[33:33+len(want)]) != want {
			t.Errorf("%+v: no 300 dpi pHYs chunk after IHDR", c)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if got.Bounds() != img.Bounds() {
			t.Fatalf("%+v: bounds %v, want %v", c, got.Bounds(), img.Bounds())
		}
		for y := range 11 {
			for x := range c.width {
				// A translucent pixel goes through image/png's conversion
				// out of premultiplied alpha and back, which may round by 1.
				g, w := color.RGBAModel.Convert(got.At(x, y)).(color.RGBA), img.RGBAAt(x, y)
				if absDiff(g.R, w.R) > 1 || absDiff(g.G, w.G) > 1 || absDiff(g.B, w.B) > 1 || g.A != w.A || (w.A == 255 && g != w) {
					t.Fatalf("%+v: pixel (%d, %d) is %v, want %v", c, x, y, g, w)
				}
			}
		}
	}
}

func absDiff(a, b uint8) uint8 { return max(a, b) - min(a, b) }
