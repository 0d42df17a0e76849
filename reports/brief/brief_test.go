package brief

import (
	"bytes"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// testMeasures builds Measures with the cooperation rate and arrests per
// cell worked out from the counts (every incident gives them).
func testMeasures(incidents, ops, cells, arrests, foiled, failed, completed, crossBorder int) analysis.Measures {
	m := analysis.Measures{Incidents: incidents, Operations: ops, CellsDismantled: analysis.Count(cells), Arrests: analysis.Count(arrests),
		CellsDismantledGiven: incidents, ArrestsGiven: incidents,
		FoiledPlots: foiled, FailedAttacks: failed, CompletedAttacks: completed, CrossBorderIncidents: crossBorder}
	if incidents > 0 {
		m.CooperationRate = analysis.Known(float64(crossBorder) / float64(incidents))
	}
	if cells > 0 {
		m.ArrestsPerCell = analysis.Known(float64(arrests) / float64(cells))
	}
	return m
}

// testComparisons sets cur against prev and earlier, with the p-values
// given by hand per measure (the test is analysis's business).
func testComparisons(cur, prev, earlier analysis.Measures, p map[string]float64) []analysis.Comparison {
	var out []analysis.Comparison
	for _, o := range []struct {
		name string
		m    analysis.Measures
	}{{"previous", prev}, {"year_earlier", earlier}} {
		for _, m := range analysis.ComparedMeasures {
			c := analysis.Comparison{Measure: m, Against: o.name,
				Current: analysis.MeasureCount(cur, m), Other: analysis.MeasureCount(o.m, m)}
			if c.Current.Valid && c.Other.Valid {
				c.Change = analysis.Count(c.Current.Int - c.Other.Int)
				_, c.ChangePct = analysis.Change(float64(c.Other.Int), float64(c.Current.Int))
			}
			if v, ok := p[m]; ok {
				c.P = analysis.Known(v)
				c.Significant = v < 0.05
			}
			out = append(out, c)
		}
	}
	return out
}

// testInput is a hand-made report of the year 2024 whose numbers are
// all different, so that each can be traced to its place in the note.
func testInput(lang string) report.Input {
	period := analysis.Period{Kind: analysis.Year, Label: "2024", Start: day(2024, 1, 1), End: day(2024, 12, 31)}
	cur := testMeasures(45, 30, 14, 123, 9, 4, 3, 17)
	prev := testMeasures(52, 37, 17, 1234, 6, 5, 5, 13)
	p := map[string]float64{"incidents": 0.6123, "operations": 0.47, "cells_dismantled": 0.5537,
		"arrests": 1e-9, "foiled_plots": 0.4421, "failed_attacks": 0.91, "completed_attacks": 0.33, "cross_border_incidents": 0.52}
	var yearly []analysis.YearFigures
	for i, cells := range []int{21, 19, 9, 8, 12, 11, 10, 16, 17, 14} {
		yearly = append(yearly, analysis.YearFigures{Year: 2015 + i, Measures: testMeasures(40+i, 30, cells, 100+i, 5, 0, 0, 10)})
	}
	yearly[len(yearly)-1].Measures = cur
	yearly[len(yearly)-2].Measures = prev
	f := analysis.Figures{
		Period: period, AsOf: "2026-11-28", Yearly: yearly,
		Current:     analysis.PeriodFigures{Period: period, Measures: cur},
		Previous:    analysis.PeriodFigures{Period: period.Previous(), Measures: prev},
		YearEarlier: analysis.PeriodFigures{Period: period.YearEarlier(), Measures: prev},
		Partners: []analysis.PartnerYear{
			{Country: "BE", Year: 2024, Incidents: 2}, {Country: "ES", Year: 2023, Incidents: 11},
			{Country: "ES", Year: 2024, Incidents: 9}, {Country: "FR", Year: 2024, Incidents: 5}, {Country: "US", Year: 2024, Incidents: 4},
		},
		Trends: map[string]analysis.Trend{"cells_dismantled": {Years: 10, FirstYear: 2015,
			TheilSenSlope: analysis.Known(-0.75), MannKendallS: analysis.Known(-20), MannKendallP: analysis.Known(0.0123)}},
		Breakdowns: analysis.Breakdowns{CountryAffiliation: []analysis.CountryAffiliation{
			{Country: "ES", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 6}},
			{Country: "MA", Affiliation: "jihadist", Counts: analysis.Counts{Incidents: 30}},
			{Country: "MA", Affiliation: "separatist", Counts: analysis.Counts{Incidents: 5}},
			{Country: "MA", Affiliation: "unknown", Counts: analysis.Counts{Incidents: 4}},
		}, PeriodPartners: []analysis.KeyCounts{
			{Key: "BE", Counts: analysis.Counts{Incidents: 2}}, {Key: "ES", Counts: analysis.Counts{Incidents: 9}},
			{Key: "FR", Counts: analysis.Counts{Incidents: 5}}, {Key: "US", Counts: analysis.Counts{Incidents: 4}},
		}},
		Comparisons: testComparisons(cur, prev, prev, p),
		Warnings: []analysis.Warning{
			{Code: analysis.WarnSeriesTooShort, Args: []any{2, "arrests"}},
			{Code: analysis.WarnUnplacedInPeriod, Args: []any{4, "2024"}},
			{Code: analysis.WarnUnplacedInSeries, Args: []any{1, "2024", "2024-09-30"}},
		},
	}
	d := &data.Dataset{
		Files: []data.FileAccount{{Path: "/data/incidents.csv", RowsRead: 1057, Accepted: 1030, CopiesDropped: 15, Rejected: 12}},
		Notes: []data.ReconciliationNote{
			{IncidentID: "a", Field: "arrests"}, {IncidentID: "a", Field: "city"}, {IncidentID: "b", Field: "arrests"},
			{IncidentID: "c", Field: "arrests"}, {IncidentID: "c", Field: "lead_agency"},
		},
		NoteCount: 5, NotedIncidents: 3,
		DuplicatePairs: 24,
		Warnings:       make([]data.RowError, 6),
	}
	return report.Input{Figures: f, Data: d, Version: "test",
		Settings: report.Settings{Lang: lang, Rule: "min", Inputs: []string{"/data/incidents.csv"}}}
}

// writeTestCharts leaves charts in dir/charts as charts.Write would: a
// chart with SVG and PNG, one with a PNG only (the HTML must then carry the
// PNG) and one with an SVG only.
func writeTestCharts(t *testing.T, dir string) {
	t.Helper()
	cd := filepath.Join(dir, "charts")
	if err := os.MkdirAll(cd, 0o755); err != nil {
		t.Fatal(err)
	}
	svg := []byte(`<?xml version="1.0"?>
<svg width="576pt" height="324pt" viewBox="0 0 576 324" xmlns="http://www.w3.org/2000/svg">
<rect x="0" y="0" width="576" height="324" fill="#ffffff"/>
<rect x="40" y="60" width="80" height="220" fill="#0072B2"/>
<text x="20" y="30" style="font-family:sans-serif;font-size:18px">Test chart</text>
</svg>`)
	for name, content := range map[string][]byte{
		"cells_per_year.svg": svg, "cells_per_year.png": testPNG(t, 2400, 1350),
		"arrests_per_year.png":   testPNG(t, 2400, 1350),
		"zz_extra_chart.svg":     svg,
		"cooperation_rate.pdf":   []byte("%PDF-1.4"),
		"period_comparison.svg":  svg,
		"period_comparison.png":  testPNG(t, 600, 300),
		"ignored-directory.none": nil,
	} {
		if content == nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(cd, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// testPNG is a w×h PNG with a coloured bar, without a resolution chunk.
// The PNGs are made once: the tests write many notes.
func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	key := [2]int{w, h}
	testPNGsMu.Lock()
	defer testPNGsMu.Unlock()
	if b, ok := testPNGs[key]; ok {
		return b
	}
	im := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(im, im.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(im, image.Rect(w/10, h/5, w/4, h), image.NewUniform(color.RGBA{0, 114, 178, 255}), image.Point{}, draw.Src)
	var b bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, im); err != nil {
		t.Fatal(err)
	}
	testPNGs[key] = b.Bytes()
	return b.Bytes()
}

var (
	testPNGsMu sync.Mutex
	testPNGs   = map[[2]int][]byte{}
)

// writeTestBrief writes the note of in into a new folder with test charts
// and returns the folder and the Markdown.
func writeTestBrief(t *testing.T, in report.Input) (string, string) {
	t.Helper()
	dir := t.TempDir()
	writeTestCharts(t, dir)
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(dir, Markdown))
	if err != nil {
		t.Fatal(err)
	}
	return dir, string(md)
}

// numberSyntax is how a language writes numbers: the thousands separator
// and the decimal mark (i18n's rules, restated here so that the test does
// not trust the code it checks).
var numberSyntax = map[string]struct{ group, decimal string }{
	"en": {",", "."},
	"fr": {"\u202f", ","},
	"ar": {".", ","},
}

// parseNumbers returns the numbers of s in order, as written in lang, with
// their sign (a minus is U+2212) and their number of decimals.
func parseNumbers(t *testing.T, lang, s string) []parsedNumber {
	t.Helper()
	ns := numberSyntax[lang]
	s = strings.NewReplacer("\u2066", "", "\u2069", "").Replace(s)
	re := regexp.MustCompile(`[−+]?\d+(?:` + regexp.QuoteMeta(ns.group) + `\d{3})*(?:` + regexp.QuoteMeta(ns.decimal) + `\d+)?`)
	var out []parsedNumber
	for _, tok := range re.FindAllString(s, -1) {
		neg := strings.HasPrefix(tok, "−")
		body := strings.TrimLeft(tok, "−+")
		body = strings.ReplaceAll(body, ns.group, "")
		decimals := 0
		if i := strings.Index(body, ns.decimal); i >= 0 {
			decimals = len(body) - i - 1
			body = body[:i] + "." + body[i+1:]
		}
		v, err := strconv.ParseFloat(body, 64)
		if err != nil {
			t.Fatalf("number %q in %q: %v", tok, s, err)
		}
		if neg {
			v = -v
		}
		out = append(out, parsedNumber{v, decimals, tok})
	}
	return out
}

type parsedNumber struct {
	value    float64
	decimals int
	text     string
}

// roundsTo reports whether n is v written with n's decimals (half up).
func (n parsedNumber) roundsTo(v float64) bool {
	p := math.Pow(10, float64(n.decimals))
	return math.Abs(n.value-math.Floor(v*p+0.5)/p) < 1e-9
}

// noteParts splits a brief.md into its headline, sentences (a line each),
// key-table rows (cells, measure first) and caveats.
func noteParts(md string) (headline string, sentences []string, rows [][]string, caveats []string) {
	lines := strings.Split(md, "\n")
	section := ""
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "## "):
			section = l
		case strings.HasPrefix(l, "**") && headline == "":
			headline = strings.Trim(l, "*")
			section = "summary"
		case section == "summary" && l != "":
			sentences = append(sentences, l)
		case strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| :--"):
			var cells []string
			for _, c := range strings.Split(strings.Trim(l, "| "), " | ") {
				cells = append(cells, strings.TrimSpace(c))
			}
			rows = append(rows, cells)
		case strings.HasPrefix(l, "- "):
			caveats = append(caveats, l[2:])
		}
	}
	return headline, sentences, rows, caveats
}

// Every number of the note is the figure it stands for: the headline, each
// sentence and each table row hold exactly the expected numbers, in order,
// in every language.
func TestBriefNumbersAreTheFigures(t *testing.T) {
	for _, lang := range []string{"en", "fr", "ar"} {
		t.Run(lang, func(t *testing.T) {
			in := testInput(lang)
			_, md := writeTestBrief(t, in)
			headline, sentences, rows, caveats := noteParts(md)

			check := func(what, text string, want ...float64) {
				t.Helper()
				got := parseNumbers(t, lang, text)
				if len(got) != len(want) {
					t.Errorf("%s: numbers %v, want %v in %q", what, got, want, text)
					return
				}
				for i := range want {
					if !got[i].roundsTo(want[i]) {
						t.Errorf("%s: number %d is %s, want %v, in %q", what, i+1, got[i].text, want[i], text)
					}
				}
			}
			pct := func(cur, prev float64) float64 { return (cur - prev) / prev * 100 }

			// Arrests fell from 1,234 to 123 with p < 0.001: the headline.
			check("headline", headline, 2024, 123, 1234, 2023, pct(123, 1234))
			wantSentences := [][]float64{
				{2024, 45, 52, 2023, pct(45, 52), 0.6123},
				{14, 17, 2023, pct(14, 17), 0.5537},
				{9, 6, 2023, pct(9, 6), 0.4421},
				{123, 1234, 2023, pct(123, 1234), 0.001}, // p < 0.001
				{7, 3, 4},                                // attacks: completed 3, failed 4
				{17, 45, 17.0 / 45 * 100},
				{2024, 9, 5, 4}, // top three partners of 2024, most first
				{45, 2024, 36, 5, 4},
			}
			if len(sentences) != len(wantSentences) {
				t.Fatalf("%d sentences, want %d (the trend sentence is the ninth and must be left out):\n%s", len(sentences), len(wantSentences), strings.Join(sentences, "\n"))
			}
			for i, want := range wantSentences {
				check("sentence "+strconv.Itoa(i+1), sentences[i], want...)
			}
			if !strings.Contains(sentences[3], "<") || !strings.Contains(sentences[3], "0"+numberSyntax[lang].decimal+"001") {
				t.Errorf("arrests sentence should say p < 0.001: %q", sentences[3])
			}

			cur, prev := in.Figures.Current, in.Figures.Previous
			wantRows := [][]float64{
				{45, 52, pct(45, 52)}, {30, 37, pct(30, 37)}, {14, 17, pct(14, 17)}, {123, 1234, pct(123, 1234)},
				{9, 6, pct(9, 6)}, {4, 5, pct(4, 5)}, {3, 5, pct(3, 5)}, {17, 13, pct(17, 13)},
				{cur.CooperationRate.Float64 * 100, prev.CooperationRate.Float64 * 100,
					math.Round(cur.CooperationRate.Float64*100) - math.Round(prev.CooperationRate.Float64*100)},
				{cur.ArrestsPerCell.Float64, prev.ArrestsPerCell.Float64, pct(cur.ArrestsPerCell.Float64, prev.ArrestsPerCell.Float64)},
			}
			if len(rows) != len(wantRows)+1 {
				t.Fatalf("%d table rows, want a header and %d", len(rows), len(wantRows))
			}
			check("table header", strings.Join(rows[0], " "), 2024, 2023)
			for i, want := range wantRows {
				check("table row "+rows[i+1][0], strings.Join(rows[i+1][1:], " "), want...)
			}
			if !strings.HasSuffix(rows[4][3], `\*`) || strings.Contains(rows[1][3], "*") {
				t.Errorf("only the significant change (arrests) is starred: %q, %q", rows[4], rows[1])
			}

			wantCaveats := [][]float64{
				{12, 1057}, // rejected of rows read
				{5, 3},     // notes, over 3 incidents
				{24},       // duplicate pairs
				{6},        // row warnings
				{3},        // analysis warnings
			}
			if len(caveats) != len(wantCaveats) {
				t.Fatalf("caveats:\n%s", strings.Join(caveats, "\n"))
			}
			for i, want := range wantCaveats {
				check("caveat "+strconv.Itoa(i+1), caveats[i], want...)
			}

			// And no number anywhere else that is not a figure.
			allowed := allowedNumbers(in)
			for _, n := range parseNumbers(t, lang, md) {
				ok := false
				for _, v := range allowed {
					if n.roundsTo(v) || n.roundsTo(-v) {
						ok = true
						break
					}
				}
				if !ok {
					t.Errorf("number %s in the note is none of the figures", n.text)
				}
			}
		})
	}
}

// allowedNumbers are every figure of in, and the few constants the
// note states (95 % interval, p < 0.05).
func allowedNumbers(in report.Input) []float64 {
	f := in.Figures
	vs := []float64{95, 0.05, 0.001}
	addM := func(m analysis.Measures) {
		for _, name := range analysis.ComparedMeasures {
			vs = append(vs, float64(analysis.MeasureCount(m, name).Int))
		}
		vs = append(vs, m.CooperationRate.Float64*100, m.ArrestsPerCell.Float64)
	}
	for _, pf := range []analysis.PeriodFigures{f.Current, f.Previous, f.YearEarlier} {
		addM(pf.Measures)
		vs = append(vs, float64(pf.Unplaced))
		for _, d := range []time.Time{pf.Period.Start, pf.Period.End} {
			vs = append(vs, float64(d.Year()), float64(d.Day()))
		}
	}
	for _, y := range f.Yearly {
		vs = append(vs, float64(y.Year))
	}
	for _, c := range f.Comparisons {
		vs = append(vs, float64(c.Change.Int), c.ChangePct.Float64, c.P.Float64)
	}
	for _, p := range f.Partners {
		vs = append(vs, float64(p.Incidents))
	}
	for _, p := range f.Breakdowns.PeriodPartners {
		vs = append(vs, float64(p.Incidents))
	}
	for _, ca := range f.Breakdowns.CountryAffiliation {
		vs = append(vs, float64(ca.Incidents))
	}
	vs = append(vs, float64(f.Current.FailedAttacks+f.Current.CompletedAttacks), 36) // attacks; jihadist over two countries
	vs = append(vs, math.Round(f.Current.CooperationRate.Float64*100)-math.Round(f.Previous.CooperationRate.Float64*100))
	_, apc := analysis.Change(f.Previous.ArrestsPerCell.Float64, f.Current.ArrestsPerCell.Float64)
	vs = append(vs, apc.Float64)
	if t, err := time.Parse(time.DateOnly, f.AsOf); err == nil {
		vs = append(vs, float64(t.Year()), float64(t.Day()))
	}
	if d := in.Data; d != nil {
		tot := d.Totals()
		vs = append(vs, float64(tot.RowsRead), float64(tot.Rejected), float64(d.NoteCount), float64(d.DuplicatePairs),
			float64(len(d.Warnings)), 3 /* incidents in the notes */)
	}
	vs = append(vs, float64(len(f.Warnings)))
	for _, tr := range f.Trends {
		vs = append(vs, tr.TheilSenSlope.Float64, tr.MannKendallP.Float64, float64(tr.FirstYear), float64(tr.FirstYear+tr.Years-1))
	}
	return vs
}

// The counted nouns agree with their count: Arabic's dual and its plural
// forms for 3–10, 11–99 and 100, and "no …" for zero in every language.
func TestBriefPluralForms(t *testing.T) {
	cases := []struct {
		name                              string
		lang                              string
		incidents, cells, foiled, arrests int
		want                              []string
	}{
		{"ar one two few many", "ar", 100, 1, 11, 2, []string{
			"سُجِّلت 100 حادثة", "وجرى تفكيك خلية واحدة،", "كما جرى إحباط 11 مخططاً،", "وجرى توقيف شخصين،"}},
		{"ar few and zero", "ar", 3, 0, 5, 12, []string{
			"سُجِّلت 3 حوادث", "ولم تُفكَّك أي خلية،", "كما جرى إحباط 5 مخططات،", "وجرى توقيف 12 شخصاً،"}},
		{"ar 103 is few", "ar", 103, 2, 1, 111, []string{
			"سُجِّلت 103 حوادث", "وجرى تفكيك خليتين،", "كما جرى إحباط مخطط واحد،", "وجرى توقيف 111 شخصاً،"}},
		{"en one and zero", "en", 1, 0, 1, 0, []string{
			"1 incident was recorded", "Security services dismantled no cell,", "They also foiled 1 plot,", "There was no arrest,"}},
		{"en other", "en", 2, 2, 3, 1500, []string{
			"2 incidents were recorded", "dismantled 2 cells,", "foiled 3 plots,", "There were 1,500 arrests,"}},
		{"fr one and zero", "fr", 1, 1, 0, 1, []string{
			"1 incident a été recensé", "ont démantelé 1 cellule,", "Aucun complot n'a été déjoué,", "On dénombre 1 arrestation,"}},
		{"fr other", "fr", 20, 2, 2, 1500, []string{
			"20 incidents ont été recensés", "ont démantelé 2 cellules,", "déjoué 2 complots,", "On dénombre 1\u202f500 arrestations,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := testInput(c.lang)
			f := &in.Figures
			f.Current.Measures = testMeasures(c.incidents, 0, c.cells, c.arrests, c.foiled, 0, 0, 0)
			f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, nil)
			_, md := writeTestBrief(t, in)
			for _, w := range c.want {
				if !strings.Contains(md, w) {
					t.Errorf("the note lacks %q:\n%s", w, md)
				}
			}
		})
	}
}

// Each comparison is worded by its test.
func TestBriefVerdicts(t *testing.T) {
	cases := []struct {
		name        string
		cells, prev int
		p           float64 // < 0: untested
		wantHead    string
		wantCells   string
	}{
		{"within normal variation", 14, 17, 0.61, "No significant change in 2024", "against 17 in 2023 (−18%); the change is within normal variation (p\u00a0=\u00a00.61)."},
		{"sharp rise", 30, 12, 0.002, "The number of cells dismantled rose sharply in 2024: 30, against 12 in 2023 (+150%).", "against 12 in 2023 (+150%): a rise beyond normal variation (p\u00a0=\u00a00.002)."},
		{"plain fall", 900, 1000, 0.03, "The number of cells dismantled fell in 2024: 900, against 1,000 in 2023 (−10%).", "against 1,000 in 2023 (−10%): a fall beyond normal variation (p\u00a0=\u00a00.030)."},
		{"same", 14, 14, 1, "No significant change", "Security services dismantled 14 cells, as many as in 2023."},
		{"untested", 14, 17, -1, "45 counter-terrorism incidents were recorded in 2024.", "against 17 in 2023 (−18%)."},
		{"from zero", 5, 0, 0.06, "No significant change", "against 0 in 2023 (+5); the change is within normal variation (p\u00a0=\u00a00.060)."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := testInput("en")
			f := &in.Figures
			f.Current.Measures = testMeasures(45, 30, c.cells, 100, 9, 0, 0, 10)
			f.Previous.Measures = testMeasures(45, 30, c.prev, 100, 9, 0, 0, 10)
			p := map[string]float64{"incidents": 1, "arrests": 1, "foiled_plots": 1}
			if c.p >= 0 {
				p["cells_dismantled"] = c.p
			} else {
				p = nil
			}
			f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.Previous.Measures, p)
			_, md := writeTestBrief(t, in)
			headline, sentences, _, _ := noteParts(md)
			if !strings.Contains(headline, c.wantHead) {
				t.Errorf("headline %q, want %q", headline, c.wantHead)
			}
			if !strings.Contains(sentences[1], c.wantCells) {
				t.Errorf("cells sentence %q, want %q", sentences[1], c.wantCells)
			}
		})
	}
}

// A quarter is compared with the quarter before and the same quarter a year
// earlier; the partners are those of the quarter.
func TestBriefQuarter(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"| Measure | Q3 2024 | Q2 2024 | Change | Q3 2023 | Change |", "in the third quarter of 2024, 45 incidents",
			"Main partner countries in the third quarter of 2024", "2024 is covered only up to 30 September 2024"},
		"fr": {"| Indicateur | T3 2024 | T2 2024 | Évolution | T3 2023 | Évolution |", "Au troisième trimestre 2024, 45 incidents"},
		"ar": {"| المؤشر | الربع الثالث 2024 | الربع الثاني 2024 | التغير | الربع الثالث 2023 | التغير |",
			"في الربع الثالث من عام 2024، سُجِّلت 45 حادثة", "في الربع الثالث من عام 2024"},
	} {
		t.Run(lang, func(t *testing.T) {
			in := testInput(lang)
			f := &in.Figures
			f.Period = analysis.Period{Kind: analysis.Quarter, Label: "2024-Q3", Start: day(2024, 7, 1), End: day(2024, 9, 30)}
			f.Current.Period, f.Previous.Period, f.YearEarlier.Period = f.Period, f.Period.Previous(), f.Period.YearEarlier()
			f.YearEarlier.Measures = testMeasures(40, 20, 10, 99, 8, 0, 0, 11)
			f.Yearly[len(f.Yearly)-1].ToDate = true
			f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, nil)
			_, md := writeTestBrief(t, in)
			for _, w := range want {
				if !strings.Contains(md, w) && !strings.Contains(md, sentence(w)) {
					t.Errorf("the note lacks %q:\n%s", w, md)
				}
			}
		})
	}
}

// The HTML page is whole: its language and direction, a table with real
// headers, every chart inside it with its alternative text, nothing to
// fetch, and data escaped.
func TestHTML(t *testing.T) {
	for _, lang := range []string{"en", "fr", "ar"} {
		t.Run(lang, func(t *testing.T) {
			in := testInput(lang)
			evil := `/data/<img src=x onerror=alert(1)>_[a](b).csv`
			in.Settings.Inputs = []string{evil}
			in.Data.Files[0].Path = evil
			// Two warnings: the Arabic dual, a form that does not write its count.
			in.Figures.Warnings = in.Figures.Warnings[:2]
			dir, md := writeTestBrief(t, in)
			b, err := os.ReadFile(filepath.Join(dir, HTML))
			if err != nil {
				t.Fatal(err)
			}
			h := string(b)
			dirAttr := "ltr"
			if lang == "ar" {
				dirAttr = "rtl"
			}
			for _, want := range []string{
				`<html lang="` + lang + `" dir="` + dirAttr + `">`, `<meta charset="utf-8">`,
				`<th scope="col">`, `<th scope="row">`, "@page { size: A4;", "max-width: 100%",
				"&lt;img src=x onerror=alert(1)&gt;_[a](b).csv",
			} {
				if !strings.Contains(h, want) {
					t.Errorf("brief.html lacks %q", want)
				}
			}
			for _, bad := range []string{"<script", "<img src=x", "http://", "https://", "<link", "@import", "url(", "NaN", "Inf", "%!", "[brief."} {
				if strings.Contains(strings.ReplaceAll(h, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
					t.Errorf("brief.html holds %q", bad)
				}
			}
			for _, bad := range []string{"<img", "NaN", "Inf", "%!", "[brief."} {
				if strings.Contains(strings.ReplaceAll(md, `\<`, ""), bad) {
					t.Errorf("brief.md holds %q", bad)
				}
			}
			if lang == "ar" && !strings.Contains(md, "أصدر التحليل تنبيهين يردان") {
				t.Errorf("brief.md lacks the dual of the warnings")
			}
			if !strings.Contains(md, `\<img src=x onerror=alert(1)>\_\[a\](b).csv`) {
				t.Errorf("brief.md does not escape the file name: %s", md)
			}

			imgs := regexp.MustCompile(`<img src="([^"]*)" alt="([^"]*)"`).FindAllStringSubmatch(html.UnescapeString(h), -1)
			wantSrc := []string{"data:image/svg+xml;base64,", "data:image/png;base64,", "data:image/svg+xml;base64,", "data:image/svg+xml;base64,"}
			if len(imgs) != len(wantSrc) {
				t.Fatalf("%d charts in brief.html, want %d", len(imgs), len(wantSrc))
			}
			for i, m := range imgs {
				if !strings.HasPrefix(m[1], wantSrc[i]) {
					t.Errorf("chart %d: src %.40s…, want %s…", i+1, m[1], wantSrc[i])
				}
				if strings.TrimSpace(m[2]) == "" || strings.Contains(m[2], "[") {
					t.Errorf("chart %d has no alternative text from the catalogue: %q", i+1, m[2])
				}
			}
			// The Markdown points at the PNG where there is one.
			for _, want := range []string{"](charts/cells_per_year.png)", "](charts/arrests_per_year.png)", "](charts/period_comparison.png)", "](charts/zz_extra_chart.svg)"} {
				if !strings.Contains(md, want) {
					t.Errorf("brief.md lacks %q", want)
				}
			}
			if !strings.Contains(h, `width="768" height="432"`) {
				t.Errorf("the 576×324 pt SVG should be sized 768×432 CSS pixels")
			}
		})
	}
}

// A report folder without charts still gets its note, and the same input
// gives the same bytes.
func TestBriefWithoutChartsIsDeterministic(t *testing.T) {
	in := testInput("ar")
	var first [2][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		if err := Write(dir, in); err != nil {
			t.Fatal(err)
		}
		for j, name := range []string{Markdown, HTML} {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first[j] = b
			} else if !bytes.Equal(first[j], b) {
				t.Errorf("%s differs between two runs", name)
			}
		}
	}
	if bytes.Contains(first[1], []byte("<img")) {
		t.Errorf("no charts, yet an image")
	}
}

// An empty period: no NaN, no sentence about rates over no incidents.
func TestBriefEmptyPeriod(t *testing.T) {
	for _, lang := range []string{"en", "fr", "ar"} {
		in := testInput(lang)
		f := &in.Figures
		f.Current.Measures = analysis.Measures{}
		f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, map[string]float64{"incidents": 0.2})
		f.Partners, f.Breakdowns = nil, analysis.Breakdowns{}
		in.Data = nil
		_, md := writeTestBrief(t, in)
		headline, sentences, _, _ := noteParts(md)
		if want := map[string]string{"en": "No counter-terrorism incident was recorded in 2024.", "fr": "Aucun incident antiterroriste n'a été recensé en 2024.",
			"ar": "لم تُسجَّل أي حادثة مرتبطة بمكافحة الإرهاب في عام 2024."}[lang]; headline != want {
			t.Errorf("%s: headline %q, want %q", lang, headline, want)
		}
		if len(sentences) != 5 { // four measures and the trend
			t.Errorf("%s: sentences:\n%s", lang, strings.Join(sentences, "\n"))
		}
		for _, bad := range []string{"NaN", "Inf", "%!", "[brief."} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: brief.md holds %q", lang, bad)
			}
		}
	}
}
