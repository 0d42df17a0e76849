package charts

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
)

var chartNames = []string{CellsPerYear, ArrestsPerYear, CooperationRate, PartnersPerYear, ArrestsByAffiliation, PeriodComparison, IncidentsMap, ArrestsMap}

// allFiles are the files Write makes, sorted.
var allFiles = func() []string {
	var names []string
	for _, c := range chartNames {
		for _, f := range Formats {
			names = append(names, c+"."+f)
		}
	}
	slices.Sort(names)
	return names
}()

// titles are the chart titles of the sample, per language.
var titles = map[string]map[string]string{
	"en": {
		CellsPerYear:         "Cells dismantled per year",
		ArrestsPerYear:       "Arrests per year",
		CooperationRate:      "Cross-border cooperation rate per year",
		PartnersPerYear:      "Incidents per partner country per year",
		ArrestsByAffiliation: "Arrests by affiliation per year",
		PeriodComparison:     "Q2 2022 compared with the previous period and a year earlier",
	},
	"fr": {
		CellsPerYear:     "Cellules démantelées par an",
		PeriodComparison: "2e trimestre 2022 comparé à la période précédente et à la même période un an plus tôt",
	},
	"ar": {
		CellsPerYear:     "الخلايا المفككة سنويا",
		ArrestsPerYear:   "الاعتقالات سنويا",
		PeriodComparison: "الربع الثاني من 2022 مقارنة بالفترة السابقة وبالفترة نفسها من العام الماضي",
	},
}

// asOfText is how each language writes the sample's as-of date.
var asOfText = map[string]string{"en": "as of 30 June 2022", "fr": "données au 30 juin 2022", "ar": "البيانات إلى غاية 30 يونيو 2022"}

// The cases drawn by the tests. Those with golden languages are drawn in
// them by TestGolden, which also checks the files as TestWrite does;
// TestWrite draws the others in the languages listed in check.
var cases = []struct {
	name   string
	f      analysis.Figures
	golden []string
	check  []string
}{
	{"sample", sample(), []string{"en", "ar", "fr"}, nil},
	{"empty", analysis.Figures{AsOf: "2022-06-30"}, []string{"en", "ar"}, nil},
	{"one_year_to_date", figuresOf([]yearRow{{2022, 3, 1, 2, 5, true}}, analysis.Trend{}), nil, []string{"en"}},
	{"no_incidents_at_all", figuresOf([]yearRow{{2020, 0, 0, 0, 0, false}, {2021, 0, 0, 0, 0, false}}, analysis.Trend{}), nil, []string{"fr"}},
	{"long_span_big_counts", longSpan(), nil, []string{"en", "ar"}},
	{"not_finite", notFinite(), nil, []string{"en", "ar"}},
	{"unsorted_years", unsorted(), nil, []string{"en"}},
	{"odd_keys", oddKeys(), nil, []string{"en", "ar"}},
	{"comparison_gaps", comparisonGaps(), nil, []string{"en", "ar", "fr"}},
	{"comparison_big_counts", comparisonBig(), nil, []string{"en", "ar", "fr"}},
	{"comparison_huge_counts", comparisonHuge(), nil, []string{"en", "ar"}},
}

func TestWrite(t *testing.T) {
	for _, tc := range cases {
		for _, lang := range tc.check {
			t.Run(tc.name+"/"+lang, func(t *testing.T) {
				t.Parallel()
				writeAndCheck(t, tc.name, tc.f, lang)
			})
		}
	}
}

// writeAndCheck writes the charts of f in lang into a temporary folder,
// checks every file, and returns the folder.
func writeAndCheck(t *testing.T, name string, f analysis.Figures, lang string) string {
	t.Helper()
	before := fmt.Sprint(f)
	dir := t.TempDir()
	got, err := Write(dir, f, sampleOptions(lang))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, allFiles) {
		t.Errorf("files written = %q, want %q", got, allFiles)
	}
	if fmt.Sprint(f) != before { // Sprint, as NaN != NaN
		t.Error("Write changed the figures it was given")
	}
	for _, file := range allFiles {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		chart := strings.TrimSuffix(file, filepath.Ext(file))
		switch filepath.Ext(file) {
		case ".png":
			checkPNG(t, file, b)
		case ".svg":
			title := ""
			if name == "sample" {
				title = titles[lang][chart]
			}
			checkSVG(t, file, b, title, asOfText[lang])
		case ".pdf":
			checkPDF(t, file, b)
		}
	}
	return dir
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

// checkSVG checks that the SVG is well-formed XML, has title (when not
// empty) as its <title> and the as-of date in its <desc>, and no NaN or
// Inf anywhere.
func checkSVG(t *testing.T, name string, b []byte, title, asOf string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	var gotTitle, gotDesc string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "title" || se.Name.Local == "desc") {
			var s string
			if err := d.DecodeElement(&s, &se); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if se.Name.Local == "title" {
				gotTitle = s
			} else {
				gotDesc = s
			}
		}
	}
	if title != "" && gotTitle != title {
		t.Errorf("%s: <title> %q, want %q", name, gotTitle, title)
	}
	if !strings.Contains(gotDesc, asOf) {
		t.Errorf("%s: <desc> %q has no %q", name, gotDesc, asOf)
	}
	s := string(b)
	for _, bad := range []string{"NaN", "Inf", "[chart."} {
		if strings.Contains(s, bad) {
			t.Errorf("%s: contains %s", name, bad)
		}
	}
	if strings.Contains(s, "<text") {
		t.Errorf("%s: has <text> elements; all text should be outlines", name)
	}
}

// checkPDF checks the frame of a PDF file: header, trailer, and the
// creation date pinned to the as-of date.
func checkPDF(t *testing.T, name string, b []byte) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-1.")) {
		t.Errorf("%s: does not start with %%PDF-1.", name)
	}
	if !bytes.HasSuffix(bytes.TrimRight(b, "\r\n"), []byte("%%EOF")) {
		t.Errorf("%s: does not end with %%%%EOF", name)
	}
	for _, want := range []string{"/CreationDate (D:20220630000000)", "/ModDate (D:20220630000000)", "/MediaBox [0 0 576.00 324.00]"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("%s: no %s", name, want)
		}
	}
	if bytes.Contains(b, []byte("/BaseFont")) || bytes.Contains(b, []byte("/FontFile")) {
		t.Errorf("%s: embeds a font; all text should be outlines", name)
	}
}

// Two runs give the same bytes, in every language and format.
func TestDeterministic(t *testing.T) {
	for _, lang := range chartLanguages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			a, b := t.TempDir(), t.TempDir()
			for _, dir := range []string{a, b} {
				if _, err := Write(dir, sample(), sampleOptions(lang)); err != nil {
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
		})
	}
}

// A PDF is dated by its as-of date, never by the clock.
func TestPDFDate(t *testing.T) {
	fg := cellsFigure(sample(), catalogue{lang: "en"})
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{day(2024, 3, 31), "/CreationDate (D:20240331000000)"},
		{time.Time{}, "/CreationDate (D:20000101000000)"},
	} {
		b, err := encode(fg, "pdf", tc.day)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(tc.want)) {
			t.Errorf("PDF of %v has no %s", tc.day, tc.want)
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
	tests := []struct {
		lang, source string
		asOf         time.Time
		want         string
	}{
		{"en", "Source: x", day(2026, 11, 28), "Source: x · as of 28 November 2026"},
		{"en", "", day(2026, 11, 28), "As of 28 November 2026"},
		{"en", "Source: x", time.Time{}, "Source: x"},
		{"fr", "Source : x", day(2026, 11, 28), "Source : x · données au 28 novembre 2026"},
		{"ar", "Source: x", day(2026, 11, 28), "\u200eSource: x\u200e · البيانات إلى غاية 28 نوفمبر 2026"},
	}
	for _, tt := range tests {
		cat, _ := catalogueFor(tt.lang)
		if got := captionText(tt.source, tt.asOf, cat); got != tt.want {
			t.Errorf("captionText(%s, %q, %v) = %q, want %q", tt.lang, tt.source, tt.asOf, got, tt.want)
		}
	}
}

func TestWithTitle(t *testing.T) {
	svg := []byte(`<?xml version="1.0"?>` + "\n" + `<svg width="1pt"` + "\n\t" + `xmlns="x">` + "\n<g/>\n</svg>\n")
	got := string(withTitle(svg, "A & B", "<c>"))
	want := `<?xml version="1.0"?>` + "\n" + `<svg width="1pt"` + "\n\t" + `xmlns="x">` +
		"\n<title>A &amp; B</title>\n<desc>&lt;c&gt;</desc>\n<g/>\n</svg>\n"
	if got != want {
		t.Errorf("withTitle = %q, want %q", got, want)
	}
}
