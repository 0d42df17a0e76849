package charts

import (
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"
)

// overlap reports whether two rectangles share more than a hair.
func overlap(a, b vg.Rectangle) bool {
	const hair = 0.25 // points
	return a.Min.X+hair < b.Max.X && b.Min.X+hair < a.Max.X && a.Min.Y+hair < b.Max.Y && b.Min.Y+hair < a.Max.Y
}

// TestMarksDoNotCollide draws every chart of every case in every language
// and checks the layout's boxes: no two value labels overlap, none touches
// the title, subtitle, legend, footer, a bar or a panel's name or row
// label, none is crossed by a trend line, each lies on the page (and in
// the frame, in small multiples); every text line of the footer fits the page's
// width, and no footer or subtitle ends with a lone word ("2026").
func TestMarksDoNotCollide(t *testing.T) {
	page := vg.Rectangle{Min: vg.Point{X: margin, Y: margin}, Max: vg.Point{X: pageWidth - margin, Y: pageHeight - margin}}
	for _, tc := range cases {
		for _, lang := range []string{"en", "ar", "fr"} {
			o := sampleOptions(lang)
			figs, _, err := figures(tc.f, o)
			if err != nil {
				t.Fatal(err)
			}
			for i, fg := range figs {
				name := tc.name + "/" + lang + "/" + chartBuilders[i].name
				if _, err := encode(fg, "png", time.Time{}); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				var values, text, lines, bars, labels, frames []layoutBox
				panels := false
				for _, b := range fg.log.boxes {
					switch b.kind {
					case "value":
						values = append(values, b)
					case "trend":
						lines = append(lines, b)
					case "bar":
						bars = append(bars, b)
					case "frame":
						frames = append(frames, b)
					case "panel":
						panels = true
					case "name", "rowlabel":
						labels = append(labels, b)
						text = append(text, b)
					case "title", "subtitle", "legend", "swatch", "caption", "footnote":
						text = append(text, b)
					}
				}
				for j, l := range labels {
					for _, m := range labels[j+1:] {
						if overlap(l.rect, m.rect) {
							t.Errorf("%s: labels %q and %q overlap", name, l.text, m.text)
						}
					}
				}
				for _, v := range values {
					for _, b := range bars {
						if overlap(v.rect, b.rect) {
							t.Errorf("%s: value %q overlaps the bar of %q", name, v.text, b.text)
						}
					}
				}
				// Small multiples lay their text out inside the frame.
				if panels && len(frames) == 1 {
					f := frames[0].rect
					for _, v := range append(values, labels...) {
						if v.rect.Min.X < f.Min.X-1 || v.rect.Max.X > f.Max.X+1 || v.rect.Min.Y < f.Min.Y-1 || v.rect.Max.Y > f.Max.Y+1 {
							t.Errorf("%s: %s %q at %v leaves the frame %v", name, v.kind, v.text, v.rect, f)
						}
					}
				}
				for j, v := range values {
					if v.rect.Min.X < page.Min.X-1 || v.rect.Max.X > page.Max.X+1 || v.rect.Max.Y > page.Max.Y+1 {
						t.Errorf("%s: value %q at %v leaves the page", name, v.text, v.rect)
					}
					for _, w := range values[j+1:] {
						if overlap(v.rect, w.rect) {
							t.Errorf("%s: values %q and %q overlap", name, v.text, w.text)
						}
					}
					for _, o := range text {
						if overlap(v.rect, o.rect) {
							t.Errorf("%s: value %q overlaps the %s %q", name, v.text, o.kind, o.text)
						}
					}
					for _, l := range lines {
						if segmentHits(l.a, l.b, v.rect, l.width/2) {
							t.Errorf("%s: the trend line crosses value %q", name, v.text)
						}
					}
				}
				for _, o := range text {
					if o.kind != "caption" && o.kind != "footnote" && o.kind != "subtitle" {
						continue
					}
					if w := o.rect.Max.X - o.rect.Min.X; w > page.Max.X-page.Min.X+1 {
						t.Errorf("%s: %s %q is %v wide, wider than the page", name, o.kind, o.text, w)
					}
					ls := strings.Split(o.text, "\n")
					if last := ls[len(ls)-1]; len(ls) > 1 && !strings.ContainsAny(last, " \u00a0") {
						t.Errorf("%s: %s %q ends with a lone word on its last line", name, o.kind, o.text)
					}
				}
			}
		}
	}
}

// TestTrendOnlyWhenBeyondChance: the Theil–Sen line is drawn only when the
// Mann–Kendall p is below 0.05; otherwise the subtitle says there is no
// clear trend, and there is no line.
func TestTrendOnlyWhenBeyondChance(t *testing.T) {
	cat, _ := catalogueFor("en")
	for _, tt := range []struct {
		p        float64
		line     bool
		subtitle string
	}{{0.03, true, "Trend beyond chance"}, {0.13, false, "No clear trend"}} {
		f := sample()
		tr := f.Trends["cells_dismantled"]
		tr.MannKendallP.Float64 = tt.p
		f.Trends["cells_dismantled"] = tr
		fg := cellsFigure(f, cat)
		if _, err := encode(fg, "png", time.Time{}); err != nil {
			t.Fatal(err)
		}
		drawn := false
		for _, b := range fg.log.boxes {
			drawn = drawn || b.kind == "trend"
		}
		if drawn != tt.line || !strings.Contains(fg.subtitle, tt.subtitle) {
			t.Errorf("p = %v: line drawn %v, subtitle %q; want line %v and %q", tt.p, drawn, fg.subtitle, tt.line, tt.subtitle)
		}
	}
}

// TestPartialYearNamed: a last year the period covers in part is named by
// its months, not "to date".
func TestPartialYearNamed(t *testing.T) {
	for lang, want := range map[string]string{"en": "Jan–Sep 2025 (partial year)", "fr": "janv.–sept. 2025 (année partielle)"} {
		cat := catalogue{lang: lang, partialEnd: time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)}
		if got := cat.partialYearName(2025, false); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	cat := catalogue{lang: "en", partialEnd: time.Date(2025, 10, 15, 0, 0, 0, 0, time.UTC)}
	if got := cat.partialYearName(2025, true); got != "Jan–15\u00a0Oct\n2025" {
		t.Errorf("tick %q", got)
	}
}

// TestPartnerTotalsAreCrossBorder: the number over a bar of chart 4 is the
// year's cross-border incidents, not the sum of its layers.
func TestPartnerTotalsAreCrossBorder(t *testing.T) {
	cat, _ := catalogueFor("en")
	f := sample()
	fg := partnersFigure(f, cat)
	if _, err := encode(fg, "png", time.Time{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range fg.log.boxes {
		if b.kind == "value" {
			got = append(got, b.text)
		}
	}
	// 2015–2022 cross-border: 1 2 0 3 3 2 5 1 (2017 has no bar).
	if want := "1 2 3 3 2 5 1"; strings.Join(got, " ") != want {
		t.Errorf("totals %q, want %q", got, want)
	}
}
