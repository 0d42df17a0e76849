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
	"slices"
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
		yearly = append(yearly, analysis.YearFigures{Year: 2015 + i, Coverage: analysis.Full, Measures: testMeasures(40+i, 30, cells, 100+i, 5, 0, 0, 10)})
	}
	yearly[len(yearly)-1].Measures = cur
	yearly[len(yearly)-2].Measures = prev
	f := analysis.Figures{
		Period: period, AsOf: "2026-11-28", Yearly: yearly,
		Current:     analysis.PeriodFigures{Period: period, Coverage: analysis.Full, Unplaced: 4, Measures: cur},
		Previous:    analysis.PeriodFigures{Period: period.Previous(), Coverage: analysis.Full, Measures: prev},
		YearEarlier: analysis.PeriodFigures{Period: period.YearEarlier(), Coverage: analysis.Full, Measures: prev},
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

// roundsToAbs reports whether n's size is v's, written with n's decimals:
// a slope of −0.75 written "−0.8".
func (n parsedNumber) roundsToAbs(v float64) bool {
	m := n
	m.value = math.Abs(n.value)
	return m.roundsTo(math.Abs(v))
}

// roundsTo reports whether n is v written with n's decimals (half up).
func (n parsedNumber) roundsTo(v float64) bool {
	p := math.Pow(10, float64(n.decimals))
	return math.Abs(n.value-math.Floor(v*p+0.5)/p) < 1e-9
}

// noteParts splits a brief.md into its headline, findings (a line each),
// key-table rows (cells, measure first) and the caveat line.
func noteParts(md string) (headline string, findings []string, rows [][]string, caveats string) {
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "**") && headline == "":
			headline = strings.Trim(l, "*")
		case strings.HasPrefix(l, "- "):
			findings = append(findings, l[2:])
		case strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| :--"):
			var cells []string
			for _, c := range strings.Split(strings.Trim(l, "| "), " | ") {
				cells = append(cells, strings.TrimSpace(c))
			}
			rows = append(rows, cells)
		case strings.HasPrefix(l, "Caveats") || strings.HasPrefix(l, "Réserves") || strings.HasPrefix(l, "تحفظات"):
			caveats = l
		}
	}
	return headline, findings, rows, caveats
}

// sameNumbers reports whether got holds the numbers want, in any order
// (each language orders a sentence its own way).
func sameNumbers(got []parsedNumber, want []float64) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(got))
	for _, v := range want {
		found := false
		for i, n := range got {
			if !used[i] && (n.roundsTo(v) || n.roundsToAbs(v)) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Every number of the note is the figure it stands for: the headline, each
// finding, each table row and the caveat line hold exactly the expected
// numbers, in every language.
func TestBriefNumbersAreTheFigures(t *testing.T) {
	for _, lang := range []string{"en", "fr", "ar"} {
		t.Run(lang, func(t *testing.T) {
			in := testInput(lang)
			_, md := writeTestBrief(t, in)
			headline, findings, rows, caveats := noteParts(md)

			check := func(what, text string, want ...float64) {
				t.Helper()
				if got := parseNumbers(t, lang, text); !sameNumbers(got, want) {
					t.Errorf("%s: numbers %v, want %v in %q", what, got, want, text)
				}
			}
			pct := func(cur, prev float64) float64 { return (cur - prev) / prev * 100 }

			// Arrests fell from 1,234 to 123, beyond chance: the headline.
			check("headline", headline, 2024, 123, 1234, 2023, pct(123, 1234))
			wantFindings := [][]float64{
				{2015, 2024, 0.75},     // the falling trend of cells dismantled, about −0.8 a year
				{17, 2024, 2015},       // 17 cross-border incidents, the most in the data
				{2024, 45, 14, 123, 9}, // the totals fill the list to three
			}
			if len(findings) != len(wantFindings) {
				t.Fatalf("%d findings, want %d:\n%s", len(findings), len(wantFindings), strings.Join(findings, "\n"))
			}
			for i, want := range wantFindings {
				check("finding "+strconv.Itoa(i+1), findings[i], want...)
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
			// Unplaced incidents of the period (4), the period's
			// disagreements (none of its incidents is in the notes), the
			// rows rejected (12).
			check("caveats", caveats, 4, 12)

			// And no number anywhere else that is not a figure.
			allowed := allowedNumbers(in)
			for _, n := range parseNumbers(t, lang, md) {
				ok := false
				for _, v := range allowed {
					if n.roundsTo(v) || n.roundsToAbs(v) {
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

// The period's totals agree with their counts: Arabic's dual and its
// forms for 3–10, 11–99 and 100 and above, French and English plurals
// (the full tables are in reports/i18n's TestCountedNounsAgree).
func TestBriefPluralForms(t *testing.T) {
	cases := []struct {
		name                              string
		lang                              string
		incidents, cells, foiled, arrests int
		want                              string
	}{
		{"ar one two few many", "ar", 100, 1, 11, 2, "2024: 100 حادثة وخلية مفككة واحدة وموقوفان و11 مخططًا محبطًا."},
		{"ar few and zero", "ar", 3, 0, 5, 12, "2024: 3 حوادث ولا خلايا مفككة و12 موقوفًا و5 مخططات محبطة."},
		{"ar 103 is few", "ar", 103, 2, 1, 111, "2024: 103 حوادث وخليتان مفككتان و111 موقوفًا ومخطط محبط واحد."},
		{"en one and zero", "en", 1, 0, 1, 0, "2024: 1 incident, 0 cells dismantled, 0 arrests and 1 foiled plot."},
		{"en other", "en", 2, 2, 3, 1500, "2024: 2 incidents, 2 cells dismantled, 1,500 arrests and 3 foiled plots."},
		{"fr one and zero", "fr", 1, 1, 0, 1, "2024\u00a0: 1 incident, 1 cellule démantelée, 1 arrestation et 0 complot déjoué."},
		{"fr other", "fr", 20, 2, 2, 1500, "2024\u00a0: 20 incidents, 2 cellules démantelées, 1\u202f500 arrestations et 2 complots déjoués."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := testInput(c.lang)
			f := &in.Figures
			f.Current.Measures = testMeasures(c.incidents, 0, c.cells, c.arrests, c.foiled, 0, 0, 0)
			f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, nil)
			f.Trends = nil
			_, md := writeTestBrief(t, in)
			_, findings, _, _ := noteParts(md)
			if !slices.Contains(findings, c.want) {
				t.Errorf("the note lacks %q among its findings:\n%s", c.want, strings.Join(findings, "\n"))
			}
		})
	}
}

// The headline is the top-ranked finding; with nothing beyond chance it
// says so and names the largest movement; every change beyond chance (a
// starred cell) is named in the text, whatever its rank.
func TestBriefHeadline(t *testing.T) {
	cases := []struct {
		name     string
		cells    int
		p        map[string]float64
		wantHead string
		wantText []string
	}{
		{"nothing beyond chance", 14, map[string]float64{"incidents": 0.6, "cells_dismantled": 0.61, "arrests": 0.5, "foiled_plots": 0.5},
			"No change in 2024 is more than chance would explain; the largest movement is in foiled plots: 9 against 6 in 2023 (+50%).", nil},
		{"a rise", 30, map[string]float64{"incidents": 0.6, "cells_dismantled": 0.002, "arrests": 0.5},
			"Cells dismantled rose to 30 in 2024, from 17 in 2023 (+76%): more than chance would explain.", nil},
		{"two changes, both named", 30, map[string]float64{"cells_dismantled": 0.002, "foiled_plots": 0.01, "completed_attacks": 0.04},
			"Cells dismantled rose to 30 in 2024, from 17 in 2023 (+76%): more than chance would explain.",
			[]string{"In 2024, foiled plots rose to 9 (6 in 2023, +50%), beyond normal variation.",
				"Completed attacks fell to 3 in 2024, from 5 in 2023 (−40%): more than chance would explain."}},
		{"untested", 14, nil, "45 counter-terrorism incidents were recorded in 2024.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := testInput("en")
			f := &in.Figures
			f.Trends = nil
			f.Current.Measures = testMeasures(45, 30, c.cells, 1234, 9, 4, 3, 13)
			f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.Previous.Measures, c.p)
			_, md := writeTestBrief(t, in)
			headline, findings, _, _ := noteParts(md)
			if headline != c.wantHead {
				t.Errorf("headline %q, want %q", headline, c.wantHead)
			}
			for _, w := range c.wantText {
				if !slices.Contains(findings, w) {
					t.Errorf("the findings lack %q:\n%s", w, strings.Join(findings, "\n"))
				}
			}
			for _, bad := range []string{"p\u00a0=", "Poisson"} {
				if strings.Contains(headline+strings.Join(findings, " "), bad) {
					t.Errorf("the text names a test: %q", bad)
				}
			}
		})
	}
}

// A quarter is compared with the quarter before and the same quarter a year
// earlier; the partners are those of the quarter.
func TestBriefQuarter(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"| Measure | Q3 2024 | Q2 2024 | Change | Q3 2023 | Change |", "Q3 2024: 45 incidents",
			"2024 counted up to 30 September 2024 only"},
		"fr": {"| Indicateur | T3 2024 | T2 2024 | Évolution | T3 2023 | Évolution |", "T3 2024\u00a0: 45 incidents"},
		"ar": {"| المؤشر | الربع الثالث 2024 | الربع الثاني 2024 | التغير | الربع الثالث 2023 | التغير |",
			"الربع الثالث 2024: 45 حادثة"},
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
				`<th scope="col">`, `<th scope="row">`, "@page { size: A4;", "width: 100%",
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
			if !strings.Contains(md, `\<img src=x onerror=alert(1)>\_\[a\](b).csv`) {
				t.Errorf("brief.md does not escape the file name: %s", md)
			}

			imgs := regexp.MustCompile(`<img src="([^"]*)" alt="([^"]*)"`).FindAllStringSubmatch(html.UnescapeString(h), -1)
			// The two charts that carry the findings (the arrests change:
			// period_comparison; the trend of cells: cells_per_year), as SVG
			// where there is one.
			wantSrc := []string{"data:image/svg+xml;base64,", "data:image/svg+xml;base64,"}
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
			for _, want := range []string{"](charts/period_comparison.png)", "](charts/cells_per_year.png)"} {
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
		f.Current.Measures = testMeasures(0, 0, 0, 0, 0, 0, 0, 0)
		f.Yearly[len(f.Yearly)-1].Measures = f.Current.Measures
		f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, map[string]float64{"incidents": 0.2})
		f.Trends = nil
		f.Partners, f.Breakdowns = nil, analysis.Breakdowns{}
		in.Data = nil
		_, md := writeTestBrief(t, in)
		headline, findings, _, _ := noteParts(md)
		if !strings.Contains(headline, map[string]string{"en": "0 against 52", "fr": "0 contre 52", "ar": "0 مقابل 52"}[lang]) {
			t.Errorf("%s: headline %q, want the largest movement, incidents 52 → 0", lang, headline)
		}
		if len(findings) != 1 { // the totals
			t.Errorf("%s: findings:\n%s", lang, strings.Join(findings, "\n"))
		}
		for _, bad := range []string{"NaN", "Inf", "%!", "[brief."} {
			if strings.Contains(md, bad) {
				t.Errorf("%s: brief.md holds %q", lang, bad)
			}
		}
	}
}

// Data never turns into Markdown: an entity in a file name stays text.
func TestMarkdownEscapesEntities(t *testing.T) {
	if got, want := mdEscape("R&D &amp; co.csv"), `R\&D \&amp; co.csv`; got != want {
		t.Errorf("mdEscape = %q, want %q", got, want)
	}
}
