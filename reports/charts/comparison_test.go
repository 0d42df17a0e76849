package charts

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/plot/vg"

	"github.com/ctreport/ctreport/analysis"
)

// comparisonsOf compares the hand-made periods of f as analysis does:
// each count against the previous period and a year earlier, where both
// give it and both periods are covered in full ("" counts as full in
// hand-made figures), with the exact Poisson test.
func comparisonsOf(f analysis.Figures) []analysis.Comparison {
	full := func(pf analysis.PeriodFigures) bool { return pf.Coverage == "" || pf.Coverage == analysis.Full }
	var out []analysis.Comparison
	for _, other := range []struct {
		name string
		pf   analysis.PeriodFigures
	}{{"previous", f.Previous}, {"year_earlier", f.YearEarlier}} {
		for _, m := range analysis.ComparedMeasures {
			n1, n2 := analysis.MeasureCount(f.Current.Measures, m), analysis.MeasureCount(other.pf.Measures, m)
			c := analysis.Comparison{Measure: m, Against: other.name, Current: n1, Other: n2}
			if n1.Valid && n2.Valid && full(f.Current) && full(other.pf) {
				c.Change = analysis.Count(n1.Int - n2.Int)
				_, c.ChangePct = analysis.Change(float64(n2.Int), float64(n1.Int))
				if ratio, p, ok := analysis.PoissonRateRatioTest(n1.Int, 1, n2.Int, 1); ok {
					c.RateRatio, c.P, c.Significant = ratio, analysis.Known(p), p < 0.05
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// comparisonGaps is the second quarter of 2022 against a first quarter the
// data covers only from 15 February, and a second quarter of 2021 it does
// not cover; cells are not given in the period, and arrests fall from 60
// to 8 against the first quarter (beyond chance, but not compared: that
// quarter is covered in part).
func comparisonGaps() analysis.Figures {
	f := sample()
	f.Current.Coverage = analysis.Full
	f.Current.CellsDismantled = analysis.NullInt{}
	f.Previous.Coverage, f.Previous.CoveredFrom, f.Previous.CoveredTo = analysis.Partial, "2022-02-15", "2022-03-31"
	f.Previous.Arrests = analysis.Count(60)
	f.YearEarlier.Coverage = analysis.None
	f.YearEarlier.Measures = analysis.Measures{NoData: true}
	f.Comparisons = comparisonsOf(f)
	return f
}

// comparisonBig is a year of a large file (2021, over by the as-of date): arrests in the tens of
// thousands, changes beyond chance everywhere, against a year earlier
// that gives no cells.
func comparisonBig() analysis.Figures {
	f := sample()
	year := func(y int, m analysis.Measures) analysis.PeriodFigures {
		return analysis.PeriodFigures{Period: analysis.Period{Kind: analysis.Year, Label: strconv.Itoa(y), Start: day(y, 1, 1), End: day(y, 12, 31)}, Coverage: analysis.Full, Measures: m}
	}
	f.Period = year(2021, analysis.Measures{}).Period
	f.Current = year(2021, analysis.Measures{Incidents: 37170, CellsDismantled: analysis.Count(22490), Arrests: analysis.Count(179830), FoiledPlots: 8960, CrossBorderIncidents: 9090})
	f.Previous = year(2020, analysis.Measures{Incidents: 32050, Arrests: analysis.Count(156610), FoiledPlots: 7280, CrossBorderIncidents: 7880})
	f.YearEarlier = f.Previous
	f.Comparisons = comparisonsOf(f)
	return f
}

// comparisonHuge is a quarter of counts in the millions: values too wide
// for their bars even when small.
func comparisonHuge() analysis.Figures {
	f := sample()
	m := func(n int) analysis.Measures {
		return analysis.Measures{Incidents: n, CellsDismantled: analysis.Count(n / 3), Arrests: analysis.Count(7 * n), FoiledPlots: n / 5, CrossBorderIncidents: n / 2}
	}
	f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures = m(1234567), m(1198765), m(1301234)
	f.Comparisons = comparisonsOf(f)
	return f
}

// drawnComparison draws chart 6 of f in lang as Write does, source line
// and as-of date (30 June 2022) included, and returns its figure, its
// layout drawn.
func drawnComparison(t *testing.T, f analysis.Figures, lang string) figure {
	t.Helper()
	figs, _, err := figures(f, sampleOptions(lang))
	if err != nil {
		t.Fatal(err)
	}
	at := -1
	for i, b := range chartBuilders {
		if b.name == PeriodComparison {
			at = i
		}
	}
	fg := figs[at]
	if _, err := encode(fg, "png", time.Time{}); err != nil {
		t.Fatal(err)
	}
	return fg
}

// minBarRoom is the least height the tallest bar of a panel may have: the
// bars are what the chart is about, whatever the text around them takes.
var minBarRoom = vg.Points(30)

// However long the legend, title and footnote, the bars keep room.
func TestComparisonBarsHaveRoom(t *testing.T) {
	for _, tc := range cases {
		for _, lang := range []string{"en", "ar", "fr"} {
			fg := drawnComparison(t, tc.f, lang)
			var tallest vg.Length
			for _, b := range boxesOf(fg, "bar") {
				tallest = max(tallest, b.rect.Max.Y-b.rect.Min.Y)
			}
			if len(boxesOf(fg, "bar")) > 0 && tallest < minBarRoom {
				t.Errorf("%s/%s: the tallest bar is %v high, want at least %v", tc.name, lang, tallest, minBarRoom)
			}
		}
	}
}

// boxesOf returns the boxes of kind in the figure's layout.
func boxesOf(fg figure, kind string) []layoutBox {
	var out []layoutBox
	for _, b := range fg.log.boxes {
		if b.kind == kind {
			out = append(out, b)
		}
	}
	return out
}

// boxInside reports whether the middle of the box b lies within panel p.
func boxInside(b, p layoutBox) bool {
	mid := (b.rect.Min.X + b.rect.Max.X) / 2
	return mid > p.rect.Min.X && mid < p.rect.Max.X
}

// A change beyond chance (p < 0.05) is starred and bold, and one within
// chance is not: arrests fall from 14 to 3 against the previous quarter
// (p = 0.013), incidents from 3 to 2 (p = 1).
func TestComparisonMarksChangesBeyondChance(t *testing.T) {
	f := sample()
	f.Current.Arrests = analysis.Count(3)
	f.Comparisons = comparisonsOf(f)
	i := slices.IndexFunc(f.Comparisons, func(c analysis.Comparison) bool { return c.Measure == "arrests" && c.Against == "previous" })
	if !f.Comparisons[i].Significant {
		t.Fatalf("3 against 14: p = %v, want beyond chance", f.Comparisons[i].P)
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		fg := drawnComparison(t, f, lang)
		got := map[string]string{} // a change by its count
		for _, b := range boxesOf(fg, "value") {
			s := strings.ReplaceAll(strings.ReplaceAll(b.text, leftToRightMark, ""), "\n", " ")
			if count, _, ok := strings.Cut(s, " ("); ok {
				got[count] = s
			}
		}
		if s := got["\u221211"]; !strings.HasSuffix(s, "*") {
			t.Errorf("%s: arrests 14 → 3 written %q, want starred", lang, s)
		}
		if s := got["\u22121"]; s == "" || strings.HasSuffix(s, "*") {
			t.Errorf("%s: incidents 3 → 2 written %q, want a change without a star", lang, s)
		}
		cat, _ := catalogueFor(lang)
		if !strings.Contains(fg.footnote, cat.text("comparison.beyond_note")) {
			t.Errorf("%s: footnote %q does not say what the star means", lang, fg.footnote)
		}
	}
	// The same drop called within chance loses its star.
	f.Comparisons[i].Significant = false
	fg := drawnComparison(t, f, "en")
	for _, b := range boxesOf(fg, "value") {
		if strings.HasPrefix(b.text, "\u221211 ") && strings.HasSuffix(b.text, "*") {
			t.Errorf("%q starred when the comparison is not significant", b.text)
		}
	}
	if strings.Contains(fg.footnote, "beyond chance") {
		t.Errorf("footnote %q explains a star that is not drawn", fg.footnote)
	}

}

// A period without data and a count not given get no bar but "—" on the
// baseline, no change against them, and the footnote; a period covered in
// part is drawn, named by the days it covers, and not compared.
func TestComparisonGapsAreNotBars(t *testing.T) {
	f := comparisonGaps()
	for _, lang := range []string{"en", "ar", "fr"} {
		fg := drawnComparison(t, f, lang)
		cat, _ := catalogueFor(lang)
		panels := boxesOf(fg, "panel")
		if len(panels) != len(comparedMeasures) {
			t.Fatalf("%s: %d panels, want %d", lang, len(panels), len(comparedMeasures))
		}
		bars, values := boxesOf(fg, "bar"), boxesOf(fg, "value")
		for p, pb := range panels {
			var barTexts, dashes []string
			for _, b := range bars {
				if boxInside(b, pb) {
					barTexts = append(barTexts, b.text)
				}
			}
			for _, v := range values {
				if boxInside(v, pb) && v.text == notGiven {
					dashes = append(dashes, v.text)
				}
			}
			// The year earlier has no data: no bar in any panel. Cells
			// (panel 1) are not given in the period itself either.
			wantBars, wantDashes := 2, 1
			switch comparedMeasures[p].key {
			case "cells_dismantled":
				wantBars, wantDashes = 1, 2
			case "foiled_plots":
				wantBars = 1 // the previous quarter's 0 has no height
			}
			if len(barTexts) != wantBars {
				t.Errorf("%s: panel %q has bars %q, want %d", lang, pb.text, barTexts, wantBars)
			}
			// "—" for each missing bar, and for each change against one.
			if n := len(dashes); n < wantDashes {
				t.Errorf("%s: panel %q has %d gaps marked, want at least %d", lang, pb.text, n, wantDashes)
			}
			for _, b := range bars {
				if b.text == notGiven {
					t.Errorf("%s: a missing count has a bar", lang)
				}
			}
		}
		for _, v := range values {
			if strings.Contains(v.text, "(") || strings.HasSuffix(v.text, "*") {
				t.Errorf("%s: change %q written against a period not compared", lang, v.text)
			}
		}
		notCompared := 0
		for _, v := range values {
			if v.text == cat.text("comparison.not_compared") {
				notCompared++
			}
		}
		if notCompared != 4 { // all but cells, which the period does not give
			t.Errorf("%s: %d changes marked not compared, want 4", lang, notCompared)
		}
		if !strings.Contains(fg.footnote, cat.text("not_given_note")) || !strings.Contains(fg.footnote, cat.text("comparison.partial_note")) {
			t.Errorf("%s: footnote %q", lang, fg.footnote)
		}
		var legend []string
		for _, b := range boxesOf(fg, "legend") {
			legend = append(legend, b.text)
		}
		if lang == "en" && !slices.Equal(legend, []string{
			"Q2 2021, no data (a year earlier)",
			"Q1 2022, data 15\u00a0Feb–31\u00a0Mar only (previous period)",
			"Q2 2022 (this period)",
		}) {
			t.Errorf("legend %q", legend)
		}
	}
}

// The report's own period, when it ends after the as-of date, is named as
// counted up to it, drawn lighter, and not compared with whole periods
// even where the figures hold a change.
func TestComparisonPeriodToDate(t *testing.T) {
	cat, _ := catalogueFor("en")
	cat.partialEnd = day(2022, 5, 15)
	f := sample()
	if got := comparedPeriodName(f.Current, true, cat); got != "Q2 2022 up to 15 May 2022" {
		t.Errorf("to date: %q", got)
	}
	if got := comparedPeriodName(f.Previous, false, cat); got != "Q1 2022" {
		t.Errorf("previous: %q", got)
	}
	fg := comparisonFigure(f, cat)
	if _, err := encode(fg, "png", time.Time{}); err != nil {
		t.Fatal(err)
	}
	for _, v := range boxesOf(fg, "value") {
		if strings.Contains(v.text, "(") || strings.HasPrefix(v.text, "+") || strings.HasPrefix(v.text, "\u2212") {
			t.Errorf("a change %q written for a period not over", v.text)
		}
	}
	if !strings.Contains(fg.footnote, cat.text("comparison.partial_note")) {
		t.Errorf("footnote %q", fg.footnote)
	}
}

// In Arabic the first measure's panel is on the right and the row labels
// at the right edge; within each panel the periods keep their order,
// oldest on the left.
func TestComparisonRightToLeft(t *testing.T) {
	f := sample()
	f.Comparisons = comparisonsOf(f)
	for _, lang := range []string{"en", "ar"} {
		fg := drawnComparison(t, f, lang)
		panels := boxesOf(fg, "panel")
		for i := 1; i < len(panels); i++ {
			left := panels[i].rect.Min.X < panels[i-1].rect.Min.X
			if left != (lang == "ar") {
				t.Errorf("%s: panel %q is on the wrong side of %q", lang, panels[i].text, panels[i-1].text)
			}
		}
		rows := boxesOf(fg, "rowlabel")
		frame := boxesOf(fg, "frame")[0].rect
		for _, r := range rows {
			atStart := r.rect.Min.X < frame.Min.X+1
			if lang == "ar" {
				atStart = r.rect.Max.X > frame.Max.X-1
			}
			if !atStart {
				t.Errorf("%s: row label %q at %v, not at the start of the line", lang, r.text, r.rect)
			}
		}
		// The bars of the first panel (incidents: 2, 3, 2): oldest first,
		// left to right, in every language.
		var xs []float64
		for _, b := range boxesOf(fg, "bar") {
			if boxInside(b, panels[0]) {
				xs = append(xs, float64(b.rect.Min.X))
			}
		}
		if len(xs) != 3 || !slices.IsSorted(xs) {
			t.Errorf("%s: bars of the first panel at %v", lang, xs)
		}
	}
}
