package charts

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/")

// goldenTolerance is how far apart, as a fraction of full scale, one colour
// channel of a pixel may be from the golden file; maxBadPixels is how many
// pixels may exceed it, for anti-aliasing that differs a little between
// platforms. One changed digit of a label changes a few hundred pixels.
const (
	goldenTolerance = 0.1
	maxBadPixels    = 50
)

// TestGolden compares the PNG of every chart of the golden cases, in their
// languages, with testdata/<case>_<lang>_<chart>.png. Run with -update to
// rewrite the goldens after a change meant to alter the pictures, and look
// at every changed one before committing it.
func TestGolden(t *testing.T) {
	for _, tc := range cases {
		for _, lang := range tc.golden {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				t.Parallel()
				dir := writeAndCheck(t, tc.name, tc.f, lang)
				for _, chart := range chartNames {
					got, err := os.ReadFile(filepath.Join(dir, chart+".png"))
					if err != nil {
						t.Fatal(err)
					}
					checkGolden(t, filepath.Join("testdata", tc.name+"_"+lang+"_"+chart+".png"), got)
				}
			})
		}
	}
}

// comparePNG decodes two PNGs and returns "" when they have the same size
// and their pixels agree within goldenTolerance, else what differs.
func comparePNG(got, want []byte) string {
	g, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return "decoding result: " + err.Error()
	}
	w, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return "decoding golden: " + err.Error()
	}
	if g.Bounds() != w.Bounds() {
		return "size " + g.Bounds().String() + ", golden " + w.Bounds().String()
	}
	gr, wr := toRGBA(g), toRGBA(w)
	limit := goldenTolerance * 0xFF
	bad := 0
	for i := 0; i < len(gr.Pix); i += 4 {
		for c := range 4 {
			if math.Abs(float64(gr.Pix[i+c])-float64(wr.Pix[i+c])) > limit {
				bad++
				break
			}
		}
	}
	b := g.Bounds()
	if bad > maxBadPixels {
		return fmt.Sprintf("%d of %d pixels differ", bad, b.Dx()*b.Dy())
	}
	return ""
}

// toRGBA returns img as an *image.RGBA, converting it when it is not one.
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok {
		return r
	}
	r := image.NewRGBA(img.Bounds())
	draw.Draw(r, r.Bounds(), img, img.Bounds().Min, draw.Src)
	return r
}

// checkGolden compares the PNG got with the golden file (with -update,
// writes it instead); a difference leaves got beside it as .got.png.
func checkGolden(t *testing.T, golden string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to make it)", err)
	}
	if msg := comparePNG(got, want); msg != "" {
		gotPath := strings.TrimSuffix(golden, ".png") + ".got.png"
		_ = os.WriteFile(gotPath, got, 0o644)
		t.Errorf("%s: %s; see %s, or run go test -update if the change is meant", golden, msg, gotPath)
	}
}
