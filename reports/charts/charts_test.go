package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"html"
	"image"
	"image/draw"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/")

// yearRow is one hand-made year: incidents and how many were cross-border,
// cells and arrests.
type yearRow struct {
	year, incidents, crossBorder, cells, arrests int
	toDate                                       bool
}

// figuresOf builds figures from rows, with the cooperation rate and its
// Wilson interval computed as analysis does.
func figuresOf(rows []yearRow, trend analysis.Trend) analysis.Figures {
	f := analysis.Figures{AsOf: "2022-06-30", Trends: map[string]analysis.Trend{"cells_dismantled": trend}}
	for _, r := range rows {
		y := analysis.YearFigures{Year: r.year, ToDate: r.toDate}
		y.Incidents, y.CrossBorderIncidents = r.incidents, r.crossBorder
		y.CellsDismantled, y.Arrests = r.cells, r.arrests
		if r.incidents > 0 {
			lo, hi := wilson(r.crossBorder, r.incidents)
			y.CooperationRate = analysis.Known(float64(r.crossBorder) / float64(r.incidents))
			y.CooperationRateLow, y.CooperationRateHigh = analysis.Known(lo), analysis.Known(hi)
		}
		f.Yearly = append(f.Yearly, y)
	}
	return f
}

// wilson is the Wilson 95 % score interval of k successes in n trials.
func wilson(k, n int) (lo, hi float64) {
	const z = 1.959963984540054
	p, nf := float64(k)/float64(n), float64(n)
	centre := (p + z*z/(2*nf)) / (1 + z*z/nf)
	half := z / (1 + z*z/nf) * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf))
	return centre - half, centre + half
}

// sample is 2015–2022 with a year without incidents (2017), a year without
// cells (2020) and a last year to date.
func sample() analysis.Figures {
	return figuresOf([]yearRow{
		{2015, 4, 1, 2, 11, false},
		{2016, 6, 2, 3, 17, false},
		{2017, 0, 0, 0, 0, false},
		{2018, 5, 3, 4, 23, false},
		{2019, 7, 3, 5, 31, false},
		{2020, 3, 2, 0, 9, false},
		{2021, 8, 5, 6, 42, false},
		{2022, 2, 1, 1, 8, true},
	}, analysis.Trend{
		TheilSenSlope:     analysis.Known(0.4),
		TheilSenIntercept: analysis.Known(2),
		FirstYear:         2015,
	})
}

func sampleOptions() Options {
	return Options{
		Lang:   "en",
		Source: "Source: ctreport on the embedded sample (synthetic except 3 real incidents)",
		AsOf:   "2022-06-30",
	}
}

var allFiles = []string{
	"arrests_per_year.png", "arrests_per_year.svg",
	"cells_per_year.png", "cells_per_year.svg",
	"cooperation_rate.png", "cooperation_rate.svg",
}

var titles = map[string]string{
	CellsPerYear:    "Cells dismantled per year",
	ArrestsPerYear:  "Arrests per year",
	CooperationRate: "Cross-border cooperation rate per year",
}

// The cases drawn by the tests; those with golden set are compared with
// testdata/<case>_<chart>.png.
var cases = []struct {
	name   string
	f      analysis.Figures
	golden bool
}{
	{"sample", sample(), true},
	{"empty", analysis.Figures{AsOf: "2022-06-30"}, true},
	{"one_year_to_date", figuresOf([]yearRow{{2022, 3, 1, 2, 5, true}}, analysis.Trend{}), false},
	{"no_incidents_at_all", figuresOf([]yearRow{{2020, 0, 0, 0, 0, false}, {2021, 0, 0, 0, 0, false}}, analysis.Trend{}), false},
	{"long_span_big_counts", longSpan(), false},
	{"not_finite", notFinite(), false},
	{"unsorted_years", unsorted(), false},
}

// longSpan is 1970–2022 with counts in the thousands and a falling trend
// that reaches zero inside the span.
func longSpan() analysis.Figures {
	var rows []yearRow
	for y := 1970; y <= 2022; y++ {
		n := (y*37)%11 + 1
		rows = append(rows, yearRow{y, n, n / 2, (y * 13) % 9, 1000 + (y*7919)%2500, y == 2022})
	}
	return figuresOf(rows, analysis.Trend{
		TheilSenSlope: analysis.Known(-0.3), TheilSenIntercept: analysis.Known(8), FirstYear: 1970,
	})
}

// notFinite carries NaN and Inf marked Valid, which analysis.Known never
// makes, to check that the charts guard against them anyway.
func notFinite() analysis.Figures {
	f := sample()
	f.Yearly[1].CooperationRate = analysis.NullFloat{Float64: math.NaN(), Valid: true}
	f.Yearly[3].CooperationRateHigh = analysis.NullFloat{Float64: math.Inf(1), Valid: true}
	f.Trends["cells_dismantled"] = analysis.Trend{
		TheilSenSlope:     analysis.NullFloat{Float64: math.Inf(1), Valid: true},
		TheilSenIntercept: analysis.NullFloat{Float64: 1, Valid: true},
		FirstYear:         2015,
	}
	return f
}

func unsorted() analysis.Figures {
	f := sample()
	slices.Reverse(f.Yearly)
	return f
}

func TestWrite(t *testing.T) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			before := fmt.Sprint(tc.f.Yearly)
			dir := t.TempDir()
			got, err := Write(dir, tc.f, sampleOptions())
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, allFiles) {
				t.Errorf("files written = %q, want %q", got, allFiles)
			}
			if fmt.Sprint(tc.f.Yearly) != before { // Sprint, as NaN != NaN
				t.Error("Write changed the figures it was given")
			}
			for _, name := range allFiles {
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				chart := strings.TrimSuffix(name, filepath.Ext(name))
				switch filepath.Ext(name) {
				case ".png":
					checkPNG(t, name, b)
				case ".svg":
					checkSVG(t, name, b, titles[chart])
				}
			}
		})
	}
}

func checkPNG(t *testing.T, name string, b []byte) {
	t.Helper()
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	// 8 × 4.5 inches at 300 dpi.
	if cfg.Width != 2400 || cfg.Height != 1350 {
		t.Errorf("%s: %d×%d pixels, want 2400×1350", name, cfg.Width, cfg.Height)
	}
	// pHYs right after IHDR: 11,811 dots per metre (300 dpi) both ways.
	want := "\x00\x00\x00\x09pHYs\x00\x00\x2e\x23\x00\x00\x2e\x23\x01"
	if len(b) < 33+len(want) || string(b[33:33+len(want)]) != want {
		t.Errorf("%s: no 300 dpi pHYs chunk after IHDR", name)
	}
}

func checkSVG(t *testing.T, name string, b []byte, title string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
	}
	s := string(b)
	if !strings.Contains(s, ">"+html.EscapeString(title)+"</text>") {
		t.Errorf("%s: no title %q", name, title)
	}
	if !strings.Contains(s, "as of 2022-06-30") {
		t.Errorf("%s: no as-of date", name)
	}
	for _, bad := range []string{"NaN", "Inf"} {
		if strings.Contains(s, bad) {
			t.Errorf("%s: contains %s", name, bad)
		}
	}
}

// goldenTolerance is how far apart, as a fraction of full scale, one colour
// channel of a pixel may be from the golden file; maxBadPixels is how many
// pixels may exceed it, for anti-aliasing that differs a little between
// platforms. One changed digit of a label changes a few hundred pixels.
const (
	goldenTolerance = 0.1
	maxBadPixels    = 50
)

func TestGolden(t *testing.T) {
	for _, tc := range cases {
		if !tc.golden {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			if _, err := Write(dir, tc.f, sampleOptions()); err != nil {
				t.Fatal(err)
			}
			for _, chart := range []string{CellsPerYear, ArrestsPerYear, CooperationRate} {
				got, err := os.ReadFile(filepath.Join(dir, chart+".png"))
				if err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", tc.name+"_"+chart+".png")
				if *update {
					if err := os.WriteFile(golden, got, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
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
		})
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

func TestDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, err := Write(dir, sample(), sampleOptions()); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range allFiles {
		x, err := os.ReadFile(filepath.Join(a, name))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two writes", name)
		}
	}
}

func TestWriteRefuses(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		want string
	}{
		{"language without a table", Options{Lang: "xx", AsOf: "2022-06-30"}, `language "xx"`},
		{"bad as-of date", Options{Lang: "en", AsOf: "30/06/2022"}, `as-of date "30/06/2022"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Write(t.TempDir(), sample(), tt.o)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one containing %s", err, tt.want)
			}
		})
	}
}

func TestCaptionText(t *testing.T) {
	cat, _ := catalogueFor("en")
	tests := []struct{ source, asOf, want string }{
		{"Source: x", "2026-11-28", "Source: x · as of 2026-11-28"},
		{"", "2026-11-28", "As of 2026-11-28"},
		{"Source: x", "", "Source: x"},
	}
	for _, tt := range tests {
		if got := captionText(tt.source, tt.asOf, cat); got != tt.want {
			t.Errorf("captionText(%q, %q) = %q, want %q", tt.source, tt.asOf, got, tt.want)
		}
	}
}

func TestEveryLanguageHasEveryMessage(t *testing.T) {
	for lang, m := range messages {
		for id := range messages["en"] {
			if _, ok := m[id]; !ok {
				t.Errorf("%s: no message %d", lang, id)
			}
		}
	}
	if len(messages["en"]) != int(msgPlus)+1 {
		t.Errorf("en has %d messages, want %d", len(messages["en"]), int(msgPlus)+1)
	}
}
