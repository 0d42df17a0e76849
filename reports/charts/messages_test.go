package charts

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	gotext "github.com/go-text/typesetting/font"

	"github.com/ctreport/ctreport/reports/i18n"
)

// dynamicKeys are the message keys the charts build at run time.
var dynamicKeys = func() []string {
	var keys []string
	for _, a := range knownAffiliations {
		keys = append(keys, "affiliation."+a)
	}
	for _, m := range comparedMeasures {
		keys = append(keys, "measure."+m.key)
	}
	for _, a := range []string{"previous", "previous_year", "year_earlier"} {
		keys = append(keys, "comparison.against_"+a)
	}
	for q := 1; q <= 4; q++ {
		keys = append(keys, "period.q"+strconv.Itoa(q)+"_fmt")
	}
	for _, m := range []string{"map.", "amap."} { // mapFigure, placeFigure
		for _, k := range []string{"title", "title_fmt", "subtitle", "place_title", "place_title_fmt", "place_subtitle_fmt", "place_legend"} {
			keys = append(keys, m+k)
		}
	}
	return keys
}()

// usedKeys returns the literal keys passed to catalogue.text and textf in
// the package's source, and the message keys of the chart descriptions.
func usedKeys(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || (sel.Sel.Name != "text" && sel.Sel.Name != "textf") || len(n.Args) == 0 {
					return true
				}
				if lit, ok := n.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					k, _ := strconv.Unquote(lit.Value)
					keys = append(keys, k)
				}
			case *ast.KeyValueExpr:
				// countChart{title: "cells.title", …} and stackedChart{…}
				id, ok := n.Key.(*ast.Ident)
				lit, isLit := n.Value.(*ast.BasicLit)
				if ok && isLit && lit.Kind == token.STRING && (id.Name == "title" || id.Name == "axis" || id.Name == "bars" || id.Name == "none") {
					k, _ := strconv.Unquote(lit.Value)
					keys = append(keys, k)
				}
			}
			return true
		})
	}
	return append(keys, dynamicKeys...)
}

// Every key the charts look up is in the catalogue.
func TestMessagesExist(t *testing.T) {
	have := map[string]bool{}
	for _, k := range i18n.Keys() {
		have[k] = true
	}
	keys := usedKeys(t)
	if len(keys) < 40 {
		t.Fatalf("found only %d keys in the source; is the scan broken?", len(keys))
	}
	for _, k := range keys {
		if !have["chart."+k] {
			t.Errorf("message chart.%s is not in the i18n catalogue", k)
		}
	}
}

// The chart font has a glyph for every character of every chart message
// in every language, and for what numbers and dates add.
func TestFontCoversMessages(t *testing.T) {
	var texts []string
	for _, k := range i18n.Keys() {
		if !strings.HasPrefix(k, "chart.") {
			continue
		}
		for _, lang := range chartLanguages {
			texts = append(texts, i18n.T(lang, k))
		}
	}
	for _, lang := range chartLanguages {
		cat := catalogue{lang: lang}
		texts = append(texts, cat.int(-1234567), cat.percent(95), cat.slope(0.25), cat.date(day(2022, 9, 30)))
		for m := 1; m <= 12; m++ {
			texts = append(texts, cat.date(day(2022, 1, 1).AddDate(0, m-1, 0)))
		}
	}
	for _, f := range []*chartFont{regularFont, boldFont} {
		face := gotext.NewFace(f.shaped)
		for _, s := range texts {
			for _, r := range s {
				if strings.ContainsRune("\n"+leftToRightMark+rightToLeftMark, r) {
					continue
				}
				if _, ok := face.NominalGlyph(r); !ok {
					t.Errorf("%s has no glyph for %q (U+%04X) in %q", f.desc.Name(), r, r, s)
				}
			}
		}
	}
}

// Shaped lines never draw the font's "missing glyph" box, and the
// directional marks take no room.
func TestNoMissingGlyphs(t *testing.T) {
	cat := catalogue{lang: "ar"}
	for _, s := range []string{
		cat.textf("trend_fmt", cat.slope(-0.3)),
		cat.textf("rate.band_fmt", cat.percent(95)),
		captionText("Source: ctreport (x)", day(2022, 6, 30), cat),
	} {
		for _, g := range layoutLine(s, regularFont, true).glyphs {
			if g.id == 0 {
				t.Errorf("%q draws the missing glyph", s)
			}
		}
	}
	plain := layoutLine("50", regularFont, true).width
	if marked := layoutLine(cat.number("50"), regularFont, true).width; marked != plain {
		t.Errorf("width of 50 between marks %v, want %v", marked, plain)
	}
}
