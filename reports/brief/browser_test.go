package brief

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/data/synth"
	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/report"
)

// The browser tests render brief.html in headless Chromium (Debian package
// chromium; fonts-noto-core gives it Arabic glyphs). Without Chromium they
// skip, saying so.
var (
	briefScreenshots       = flag.String("brief-screenshots", "", "save the browser test's screenshots of the test note in `dir`")
	briefSampleScreenshots = flag.String("brief-sample-screenshots", "", "write the embedded sample's notes in en and ar and save screenshots of them in `dir` (the README's docs/images)")
)

// chromium returns the path of a Chromium or Chrome binary: $CHROMIUM, or
// the first of the usual names on PATH; "" when there is none.
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func needChromium(t *testing.T) string {
	t.Helper()
	bin := chromium()
	if bin == "" {
		msg := "no Chromium on PATH (nor $CHROMIUM), so brief.html is not checked in a real browser; " +
			"install it with: apt-get install -y chromium fonts-noto-core"
		if os.Getenv("CTREPORT_REQUIRE_CHROMIUM") == "1" {
			t.Fatal(msg) // CI installs it: a missing browser there is a failure, not a skip
		}
		t.Skip("SKIPPED: " + msg)
	}
	return bin
}

// runChromium runs headless Chromium with a fresh profile and no network:
// every host name resolves to nothing, and the background services that
// would call home are off.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	home := t.TempDir()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--hide-scrollbars",
		"--host-resolver-rules=MAP * ~NOTFOUND",
		"--user-data-dir=" + filepath.Join(home, "profile"),
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, lastLines(stderr.String(), 20))
	}
	return stdout.Bytes()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// checkScript measures the page once it has loaded and writes what it
// found into a <pre id="brief-check"> as JSON, for --dump-dom to carry out.
const checkScript = `<script>
window.addEventListener('load', function () {
  var d = document.documentElement, vw = d.clientWidth;
  var imgs = Array.prototype.slice.call(document.images);
  var wide = Array.prototype.slice.call(document.body.querySelectorAll('*')).filter(function (e) {
    var r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5);
  }).map(function (e) { return e.tagName + ' ' + (e.textContent || '').slice(0, 40); });
  var res = {
    scrollWidth: d.scrollWidth, clientWidth: vw, images: imgs.length,
    broken: imgs.filter(function (i) { return !(i.complete && i.naturalWidth > 0); }).map(function (i) { return i.alt; }),
    noAlt: imgs.filter(function (i) { return !i.alt.trim(); }).length,
    fetched: performance.getEntriesByType('resource').map(function (e) { return e.name; }).filter(function (n) { return n.indexOf('data:') !== 0; }),
    wide: wide, dir: getComputedStyle(document.body).direction, lang: d.lang
  };
  var p = document.createElement('pre');
  p.id = 'brief-check';
  p.textContent = JSON.stringify(res);
  document.body.appendChild(p);
});
</script>
`

type pageCheck struct {
	ScrollWidth int      `json:"scrollWidth"`
	ClientWidth int      `json:"clientWidth"`
	Images      int      `json:"images"`
	Broken      []string `json:"broken"`
	NoAlt       int      `json:"noAlt"`
	Fetched     []string `json:"fetched"`
	Wide        []string `json:"wide"`
	Dir         string   `json:"dir"`
	Lang        string   `json:"lang"`
}

// checkPage loads a copy of dir/brief.html with briefCheckScript in a
// window as wide as an A4 page's printable width (180 mm, 680 CSS pixels)
// and returns what the script found.
func checkPage(t *testing.T, bin, dir string) pageCheck {
	t.Helper()
	page, err := os.ReadFile(filepath.Join(dir, HTML))
	if err != nil {
		t.Fatal(err)
	}
	checked := strings.Replace(string(page), "</body>", checkScript+"</body>", 1)
	path := filepath.Join(dir, "brief-check.html")
	if err := os.WriteFile(path, []byte(checked), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	dom := runChromium(t, bin, "--window-size=680,1123", "--virtual-time-budget=5000", "--dump-dom", "file://"+path)
	m := regexp.MustCompile(`<pre id="brief-check">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the check script left no result; the page as Chromium saw it:\n%.2000s", dom)
	}
	var res pageCheck
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &res); err != nil {
		t.Fatalf("check result %s: %v", m[1], err)
	}
	return res
}

// screenshot renders dir/brief.html to a PNG, crops the blank space under
// the page and returns it.
func screenshotNote(t *testing.T, bin, dir, name string) image.Image {
	t.Helper()
	path := filepath.Join(dir, name)
	runChromium(t, bin, "--window-size=900,6000", "--virtual-time-budget=5000",
		"--screenshot="+path, "file://"+filepath.Join(dir, HTML))
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	im, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	return cropBlankBottom(im)
}

// cropBlankBottom cuts the white rows under the last non-white one, keeping
// a margin.
func cropBlankBottom(im image.Image) image.Image {
	b := im.Bounds()
	last := b.Min.Y
	for y := b.Max.Y - 1; y >= b.Min.Y && last == b.Min.Y; y-- {
		for x := b.Min.X; x < b.Max.X; x++ {
			if !isWhite(im.At(x, y)) {
				last = y
				break
			}
		}
	}
	end := min(last+40, b.Max.Y)
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), end-b.Min.Y))
	draw.Draw(out, out.Bounds(), im, b.Min, draw.Src)
	return out
}

func isWhite(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r > 0xf000 && g > 0xf000 && b > 0xf000
}

// inkShare is the share of pixels that are not white.
func inkShare(im image.Image) float64 {
	b := im.Bounds()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			if !isWhite(im.At(x, y)) {
				n++
			}
		}
	}
	return float64(n) / float64((b.Dx()/2+1)*(b.Dy()/2+1))
}

func savePNG(t *testing.T, path string, im image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, im); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// printNote prints dir/brief.html to PDF and checks the pages are A4.
func printNote(t *testing.T, bin, dir string) int {
	t.Helper()
	path := filepath.Join(dir, "brief.pdf")
	runChromium(t, bin, "--virtual-time-budget=5000", "--no-pdf-header-footer",
		"--print-to-pdf="+path, "file://"+filepath.Join(dir, HTML))
	pdf, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("brief.pdf is not a PDF: %.20q", pdf)
	}
	pages := regexp.MustCompile(`/Type\s*/Page\b[^s]`).FindAll(pdf, -1)
	boxes := regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`).FindAllSubmatch(pdf, -1)
	if len(boxes) == 0 {
		t.Errorf("brief.pdf: no page size found")
	}
	for _, b := range boxes {
		w, _ := strconv.ParseFloat(string(b[1]), 64)
		h, _ := strconv.ParseFloat(string(b[2]), 64)
		if w < 593 || w > 597 || h < 840 || h > 844 { // A4: 595 × 842 pt
			t.Errorf("brief.pdf: a page is %.1f × %.1f pt, want A4 (595 × 842)", w, h)
		}
	}
	return len(pages)
}

// brief.html in a real browser, in English (a year: four table columns)
// and in Arabic (a quarter: six columns, right to left): nothing wider than
// an A4 page's printable width, every chart loaded and described, nothing
// fetched; the page prints to A4, and a screenshot has content.
func TestBriefInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIPPED in -short mode: the real-browser check of brief.html takes about a minute")
	}
	bin := needChromium(t)
	for _, c := range []struct {
		lang    string
		quarter bool
	}{{"en", false}, {"ar", true}} {
		t.Run(c.lang, func(t *testing.T) {
			t.Parallel()
			in := testInput(c.lang)
			if c.quarter {
				f := &in.Figures
				f.Period = analysis.Period{Kind: analysis.Quarter, Label: "2024-Q3", Start: day(2024, 7, 1), End: day(2024, 9, 30)}
				f.Current.Period, f.Previous.Period, f.YearEarlier.Period = f.Period, f.Period.Previous(), f.Period.YearEarlier()
				f.YearEarlier.Measures = testMeasures(40, 20, 10, 99, 8, 0, 0, 11)
				f.Yearly[len(f.Yearly)-1].ToDate = true
				f.Comparisons = testComparisons(f.Current.Measures, f.Previous.Measures, f.YearEarlier.Measures, map[string]float64{"arrests": 1e-6})
			}
			// A long file name with no space must wrap, not widen the page.
			long := "/data/incidents_reconciled_from_the_ministry_of_the_interior_and_partner_services_final_version_2024.csv"
			in.Settings.Inputs, in.Data.Files[0].Path = []string{long}, long
			dir := t.TempDir()
			writeTestCharts(t, dir)
			if err := Write(dir, in); err != nil {
				t.Fatal(err)
			}

			res := checkPage(t, bin, dir)
			t.Logf("%s: %+v", c.lang, res)
			if res.ScrollWidth > res.ClientWidth {
				t.Errorf("the page is %d px wide in a %d px window: it overflows", res.ScrollWidth, res.ClientWidth)
			}
			if len(res.Wide) > 0 {
				t.Errorf("elements reach past the window's edge: %q", res.Wide)
			}
			if res.Images != 2 || len(res.Broken) > 0 {
				t.Errorf("%d charts, %d did not load (%q); want the 2 that carry the findings, all loaded", res.Images, len(res.Broken), res.Broken)
			}
			if res.NoAlt > 0 {
				t.Errorf("%d charts have no alternative text", res.NoAlt)
			}
			if len(res.Fetched) > 0 {
				t.Errorf("the page fetched %q; it must hold everything it needs", res.Fetched)
			}
			if wantDir := map[string]string{"en": "ltr", "ar": "rtl"}[c.lang]; res.Dir != wantDir || res.Lang != c.lang {
				t.Errorf("page lang %q dir %q, want %q %q", res.Lang, res.Dir, c.lang, wantDir)
			}

			if pages := printNote(t, bin, dir); pages != 1 {
				t.Errorf("brief.pdf has %d pages, want 1", pages)
			}

			shot := screenshotNote(t, bin, dir, "brief-"+c.lang+".png")
			if ink := inkShare(shot); ink < 0.01 {
				t.Errorf("the screenshot is blank (%.3f of its pixels have ink)", ink)
			}
			if *briefScreenshots != "" {
				savePNG(t, filepath.Join(*briefScreenshots, "brief-test-"+c.lang+".png"), shot)
			}
		})
	}
}

// With -brief-sample-screenshots DIR: the embedded sample's report of 2025
// as of 2026-11-28 (its charts drawn as a report folder has them), its English and Arabic
// notes rendered in Chromium and saved as DIR/brief-en.png and
// DIR/brief-ar.png, the pictures of the README:
//
//	go test ./reports/brief -run TestBriefSampleScreenshots -brief-sample-screenshots ../../docs/images
func TestBriefSampleScreenshots(t *testing.T) {
	if *briefSampleScreenshots == "" {
		t.Skip("pictures for the README: run with -brief-sample-screenshots DIR")
	}
	bin := needChromium(t)
	asOf := day(2026, 11, 28)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	period, err := analysis.ParsePeriod("2025", asOf)
	if err != nil {
		t.Fatal(err)
	}
	fig := analysis.Compute(ds.Incidents, period, asOf)
	for _, lang := range []string{"en", "ar"} {
		dir := writeSampleNote(t, ds, fig, "2025", lang, "sample")
		shot := screenshotNote(t, bin, dir, "brief-"+lang+".png")
		savePNG(t, filepath.Join(*briefSampleScreenshots, "brief-"+lang+".png"), shot)
	}
}

// The note of the embedded sample prints on exactly one A4 page, in every
// language, for a year, a quarter and a month.
func TestBriefOnePage(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIPPED in -short mode: printing twelve notes in a real browser takes a minute")
	}
	bin := needChromium(t)
	asOf := day(2026, 11, 28)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"2025", "2022", "2025-Q3", "2025-07"} {
		period, err := analysis.ParsePeriod(label, asOf)
		if err != nil {
			t.Fatal(err)
		}
		fig := analysis.Compute(ds.Incidents, period, asOf)
		for _, lang := range []string{"en", "fr", "ar"} {
			t.Run(label+"/"+lang, func(t *testing.T) {
				t.Parallel()
				dir := writeSampleNote(t, ds, fig, label, lang, "test")
				if pages := printNote(t, bin, dir); pages != 1 {
					t.Errorf("brief.pdf of %s in %s has %d pages, want 1", label, lang, pages)
				}
			})
		}
	}
}

// writeSampleNote writes the charts and the note of the embedded sample's
// figures fig for the period asked as label, in lang, as a report folder
// has them, and returns the folder.
func writeSampleNote(t *testing.T, ds *data.Dataset, fig analysis.Figures, label, lang, version string) string {
	t.Helper()
	in := report.Input{Figures: fig, Data: ds, Version: version,
		Settings: report.Settings{Period: label, Lang: lang, Rule: data.RuleMin, MaxRejected: 0.05}}
	dir := t.TempDir()
	co := charts.DefaultOptions()
	co.Lang, co.AsOf, co.Source = lang, fig.AsOf, report.SourceLine(in)
	if _, err := charts.Write(filepath.Join(dir, "charts"), fig, co); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir, in); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The note of a million-row file — many partners, groups, caveats — still
// prints on one A4 page.
func TestBriefOnePageLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIPPED in -short mode: loads a million rows")
	}
	bin := needChromium(t)
	asOf := day(2026, 11, 28)
	path := filepath.Join(t.TempDir(), "incidents.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	cfg := synth.DefaultConfig()
	cfg.Rows, cfg.Seed = 1_000_000, 1
	if err := synth.Write(f, cfg); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ds, err := data.Load([]string{path}, data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	period, err := analysis.ParsePeriod("2024", asOf)
	if err != nil {
		t.Fatal(err)
	}
	fig := analysis.Compute(ds.Incidents, period, asOf)
	for _, lang := range []string{"en", "ar"} {
		dir := writeSampleNote(t, ds, fig, "2024", lang, "test")
		if pages := printNote(t, bin, dir); pages != 1 {
			t.Errorf("brief.pdf of a million-row file in %s has %d pages, want 1", lang, pages)
		}
	}
}
