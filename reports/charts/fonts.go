package charts

import (
	"bytes"
	"fmt"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	gotext "github.com/go-text/typesetting/font"
	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
)

// The chart font is DejaVu Sans, embedded from codeberg.org/go-fonts/dejavu:
// one typeface that covers Latin (with French accents), Arabic (with its
// contextual forms and lam-alef ligatures in GSUB) and the signs the charts
// use (− – · and the narrow no-break space).
var (
	sansRegular = font.Font{Typeface: "DejaVu", Variant: "Sans"}
	sansBold    = font.Font{Typeface: "DejaVu", Variant: "Sans", Weight: xfont.WeightBold}
)

// chartFont is one weight of the chart font, parsed twice: by go-text for
// shaping and outlines, and by x/image for gonum/plot's font cache.
type chartFont struct {
	desc   font.Font
	shaped *gotext.Font
	upem   float64
	ext    gotext.FontExtents // in font units; Descender is negative
}

// regularFont and boldFont are the parsed weights; fontFor picks one.
var regularFont, boldFont *chartFont

// fontCache holds the chart font for gonum/plot's own text handling.
var fontCache *font.Cache

// init parses the embedded fonts and registers them as the default of every
// plot: gonum/plot's default font becomes DejaVu Sans and its default text
// handler a left-to-right TextHandler, so that text drawn by any plot in
// this program is shaped.
func init() {
	regularFont = mustParse(sansRegular, dejavusans.TTF)
	boldFont = mustParse(sansBold, dejavusansbold.TTF)

	coll := font.Collection{
		{Font: sansRegular, Face: mustParseOpenType(dejavusans.TTF)},
		{Font: sansBold, Face: mustParseOpenType(dejavusansbold.TTF)},
	}
	fontCache = font.NewCache(coll)
	font.DefaultCache.Add(coll)
	plot.DefaultFont = sansRegular
	plot.DefaultTextHandler = TextHandler{}
}

// mustParse parses an embedded TrueType font for shaping. The fonts are
// part of the program, so a failure is a build problem and panics.
func mustParse(desc font.Font, ttf []byte) *chartFont {
	face, err := gotext.ParseTTF(bytes.NewReader(ttf))
	if err != nil {
		panic(fmt.Sprintf("charts: parsing embedded font %s: %v", desc.Name(), err))
	}
	ext, ok := face.FontHExtents()
	if !ok {
		panic(fmt.Sprintf("charts: embedded font %s has no horizontal metrics", desc.Name()))
	}
	return &chartFont{desc: desc, shaped: face.Font, upem: float64(face.Upem()), ext: ext}
}

// mustParseOpenType parses an embedded font for gonum/plot's font cache.
func mustParseOpenType(ttf []byte) *opentype.Font {
	f, err := opentype.Parse(ttf)
	if err != nil {
		panic(fmt.Sprintf("charts: parsing embedded font: %v", err))
	}
	return f
}

// fontFor returns the chart font weight closest to fnt: bold for semi-bold
// and heavier, regular otherwise. Every typeface maps to DejaVu Sans.
func fontFor(fnt font.Font) *chartFont {
	if fnt.Weight >= xfont.WeightSemiBold {
		return boldFont
	}
	return regularFont
}
