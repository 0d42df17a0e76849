package charts

import (
	"fmt"
	"math"
	"slices"
	"sync"
	"testing"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
)

// harfBuzzGlyphs shapes s as one right-to-left Arabic run with go-text's
// HarfBuzz shaper directly, on a face of its own, and returns the glyph ids
// in the order HarfBuzz gives them (visual order) and the advance in font
// units.
func harfBuzzGlyphs(f *chartFont, s string) ([]gotext.GID, float64) {
	var sh shaping.HarfbuzzShaper
	rs := []rune(s)
	out := sh.Shape(shaping.Input{
		Text: rs, RunEnd: len(rs), Direction: di.DirectionRTL,
		Face: gotext.NewFace(f.shaped), Size: fixed.I(int(f.upem)),
		Script: language.Arabic, Language: language.NewLanguage("ar"),
	})
	var ids []gotext.GID
	for _, g := range out.Glyphs {
		ids = append(ids, g.GlyphID)
	}
	return ids, fromFixed(out.Advance)
}

func glyphIDs(l shapedLine) []gotext.GID {
	var ids []gotext.GID
	for _, g := range l.glyphs {
		ids = append(ids, g.id)
	}
	return ids
}

// nominal returns the glyphs the font maps the runes of s to, unshaped.
func nominal(t *testing.T, f *chartFont, s string) []gotext.GID {
	t.Helper()
	face := gotext.NewFace(f.shaped)
	var ids []gotext.GID
	for _, r := range s {
		g, ok := face.NominalGlyph(r)
		if !ok {
			t.Fatalf("the font has no glyph for %q", r)
		}
		ids = append(ids, g)
	}
	return ids
}

func TestShapingMatchesHarfBuzz(t *testing.T) {
	words := []string{"الاعتقالات", "لا", "تفكيك خلية", "الخلايا المفككة", "التعاون الأمني", "عملية مشتركة"}
	for _, f := range []*chartFont{regularFont, boldFont} {
		for _, w := range words {
			t.Run(fmt.Sprintf("%s/%s", f.desc.Name(), w), func(t *testing.T) {
				want, adv := harfBuzzGlyphs(f, w)
				got := layoutLine(w, f, true)
				if !slices.Equal(glyphIDs(got), want) {
					t.Errorf("glyphs drawn %v, HarfBuzz gives %v", glyphIDs(got), want)
				}
				if math.Abs(got.width-adv) > 1e-9 {
					t.Errorf("width %v font units, HarfBuzz advance %v", got.width, adv)
				}
			})
		}
	}
}

// The shaped forms are not the isolated letters: the letters join, and
// lam-alef is one glyph.
func TestArabicIsJoined(t *testing.T) {
	f := regularFont
	if got := layoutLine("لا", f, true); len(got.glyphs) != 1 {
		t.Errorf("لا: %d glyphs, want the one lam-alef ligature", len(got.glyphs))
	}
	w := "الاعتقالات" // ا ل ا ع ت ق ا ل ا ت: two lam-alefs
	got := glyphIDs(layoutLine(w, f, true))
	if len(got) != 8 {
		t.Errorf("%s: %d glyphs, want 8 (two lam-alef ligatures)", w, len(got))
	}
	iso := nominal(t, f, w)
	slices.Reverse(iso)
	if slices.Equal(got, iso) {
		t.Errorf("%s: drawn with the isolated letter forms", w)
	}
}

// In an Arabic line, a number and a Latin name in brackets keep their own
// left-to-right order, the runs follow each other right to left, and the
// brackets are mirrored so that they still enclose the name.
func TestBidiMixedLine(t *testing.T) {
	f := regularFont
	word := "الاعتقالات"
	got := glyphIDs(layoutLine(word+" 2022 (ISIS)", f, true))
	arabic, _ := harfBuzzGlyphs(f, word)
	want := append(nominal(t, f, "(ISIS) 2022 "), arabic...)
	if !slices.Equal(got, want) {
		t.Errorf("visual glyphs %v, want %v", got, want)
	}

	// Left to right, a Latin line is its letters in order.
	latin := "Cellules démantelées 2022"
	if got := glyphIDs(layoutLine(latin, f, false)); !slices.Equal(got, nominal(t, f, latin)) {
		t.Errorf("%s: glyphs %v, want %v", latin, got, nominal(t, f, latin))
	}
}

// Box measures the shaped line: an Arabic word is narrower shaped than the
// sum of its isolated letters, and the width scales with the size.
func TestBoxUsesShapedAdvances(t *testing.T) {
	h := TextHandler{RightToLeft: true}
	fnt := sansRegular
	fnt.Size = 10
	w, asc, desc := h.Box("الاعتقالات", fnt)
	_, adv := harfBuzzGlyphs(regularFont, "الاعتقالات")
	if want := adv * 10 / regularFont.upem; math.Abs(float64(w)-want) > 1e-9 {
		t.Errorf("width %v, want %v", w, want)
	}
	fnt.Size = 20
	if w2, _, _ := h.Box("الاعتقالات", fnt); math.Abs(float64(w2-2*w)) > 1e-9 {
		t.Errorf("width at 20 pt %v, want twice %v", w2, w)
	}
	if asc <= 0 || desc <= 0 {
		t.Errorf("ascent %v, descent %v: want both positive", asc, desc)
	}
}

func TestHandlerConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	fnt := font.Font{Typeface: "DejaVu", Variant: "Sans", Size: 12}
	want, _, _ := TextHandler{RightToLeft: true}.Box("تفكيك خلية 7", fnt)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got, _, _ := (TextHandler{RightToLeft: true}).Box("تفكيك خلية 7", fnt); got != want {
					t.Errorf("width %v, want %v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestReorderRuns(t *testing.T) {
	runs := func(levels ...int) []shapedRun {
		var rs []shapedRun
		for i, l := range levels {
			rs = append(rs, shapedRun{level: bidi.Level(l), out: shaping.Output{Advance: fixed.I(i)}})
		}
		return rs
	}
	order := func(rs []shapedRun) []int {
		var o []int
		for _, r := range rs {
			o = append(o, r.out.Advance.Round())
		}
		return o
	}
	for _, tc := range []struct {
		levels []int
		want   []int
	}{
		{[]int{0}, []int{0}},
		{[]int{0, 1, 0}, []int{0, 1, 2}},
		{[]int{1, 2, 1, 2, 1}, []int{4, 3, 2, 1, 0}},
		{[]int{0, 1, 2, 1, 0}, []int{0, 3, 2, 1, 4}},
		{[]int{2, 2}, []int{0, 1}},
	} {
		rs := runs(tc.levels...)
		reorderRuns(rs)
		if got := order(rs); !slices.Equal(got, tc.want) {
			t.Errorf("levels %v: visual order %v, want %v", tc.levels, got, tc.want)
		}
	}
}
