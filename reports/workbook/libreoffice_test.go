package workbook

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// sofficeCSVFilter exports every sheet (the last field, -1) to its own
// UTF-8 (76) CSV file, comma-separated (44), text quoted with " (34),
// numbers with their full precision rather than as shown.
const sofficeCSVFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

// soffice returns the LibreOffice binary, or skips the test, saying why,
// when there is none; with CTREPORT_REQUIRE_SOFFICE=1 (CI) it fails
// instead, so the real-client check is never skipped unseen.
func soffice(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "LibreOffice (soffice) is not installed, so report.xlsx is not checked in a real client: apt-get install libreoffice-calc-nogui"
	if os.Getenv("CTREPORT_REQUIRE_SOFFICE") == "1" {
		t.Fatal(msg + " (CTREPORT_REQUIRE_SOFFICE=1)")
	}
	t.Skip(msg)
	return ""
}

// convert runs LibreOffice headless on files with the private profile
// folder profile (so that it neither meets a running LibreOffice nor
// leaves state behind), and fails the test on an error or a timeout.
// soffice exits 0 even when it cannot load a file ("Error: source file
// could not be loaded"), so its output is read too.
func convert(t *testing.T, bin, profile, dir, filter string, files ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile = (&url.URL{Scheme: "file", Path: profile}).String()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", filter, "--outdir", dir}, files...)
	cmd := exec.CommandContext(ctx, bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", filter, err, out.String())
	}
	if strings.Contains(strings.ToLower(out.String()), "error") {
		t.Fatalf("soffice --convert-to %s reported an error:\n%s", filter, out.String())
	}
}

// sampleInput is the report of the embedded sample for 2025, as `ctreport
// run --as-of 2026-11-28` makes it.
func sampleInput(t testing.TB, lang string) report.Input {
	t.Helper()
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	period, err := analysis.ParsePeriod("2025", asOf)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	fig := analysis.Compute(ds.Incidents, period, asOf)
	return report.Input{Figures: fig, Data: ds, Version: "test",
		Settings: report.Settings{Period: "2025", Lang: lang, Rule: "min", MaxRejected: 0.05}}
}

// TestWorkbookLibreOffice opens report.xlsx of the embedded sample, in
// English and in Arabic, in LibreOffice: it must convert to PDF and to
// one CSV per sheet without error, and the Yearly and Summary CSVs must
// hold the figures the workbook was written from.
func TestWorkbookLibreOffice(t *testing.T) {
	bin := soffice(t)
	if testing.Short() && os.Getenv("CTREPORT_REQUIRE_SOFFICE") != "1" {
		t.Skip("LibreOffice conversions take seconds; skipped with -short (CTREPORT_REQUIRE_SOFFICE=1 runs it anyway)")
	}
	dir := t.TempDir()
	inputs := map[string]report.Input{}
	var files []string
	for _, lang := range []string{"en", "ar"} {
		in := sampleInput(t, lang)
		path := filepath.Join(dir, "report-"+lang+".xlsx")
		if err := Write(path, in); err != nil {
			t.Fatal(err)
		}
		inputs[lang] = in
		files = append(files, path)
	}
	profile := t.TempDir()
	start := time.Now()
	convert(t, bin, profile, dir, "pdf", files...)
	convert(t, bin, profile, dir, sofficeCSVFilter, files...)
	t.Logf("LibreOffice converted %d workbooks to PDF and CSV in %v", len(files), time.Since(start).Round(time.Millisecond))

	for lang, in := range inputs {
		base := filepath.Join(dir, "report-"+lang)
		pdf, err := os.ReadFile(base + ".pdf")
		if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Errorf("%s: no PDF from LibreOffice: %v", lang, err)
		}
		tr := func(key string) string { return i18n.T(lang, key) }
		for _, key := range []string{"wb.sheet.summary", "wb.sheet.yearly", "wb.sheet.changes", "wb.sheet.trends", "wb.sheet.cooperation", "wb.sheet.affiliation",
			"wb.sheet.locations", "wb.sheet.incidents", "wb.sheet.quality", "wb.sheet.about"} {
			if _, err := os.Stat(base + "-" + sheetName(tr(key)) + ".csv"); err != nil {
				t.Errorf("%s: LibreOffice wrote no CSV for sheet %s: %v", lang, tr(key), err)
			}
		}

		yearly := readCSV(t, base+"-"+sheetName(tr("wb.sheet.yearly"))+".csv")
		col := map[string]int{}
		for i, h := range yearly[0] {
			col[h] = i
		}
		for i, y := range in.Figures.Yearly {
			row := yearly[i+1]
			for _, c := range []struct {
				key  string
				want float64
			}{
				{"wb.yearly.year", float64(y.Year)},
				{"wb.measure.incidents", float64(y.Incidents)},
				{"wb.measure.cells_dismantled", float64(y.CellsDismantled.Int)},
				{"wb.measure.arrests", float64(y.Arrests.Int)},
				{"wb.measure.cooperation_rate", y.CooperationRate.Float64},
			} {
				j, ok := col[tr(c.key)]
				if !ok {
					t.Fatalf("%s: Yearly CSV has no column %q: %q", lang, tr(c.key), yearly[0])
				}
				if got, ok := csvNumber(row[j]); !ok || !sameNumber(strconv.FormatFloat(got, 'g', -1, 64), c.want) {
					t.Errorf("%s: Yearly CSV %d %s = %q, want %v", lang, y.Year, c.key, row[j], c.want)
				}
			}
		}

		summary := readCSV(t, base+"-"+sheetName(tr("wb.sheet.summary"))+".csv")
		found := false
		for _, row := range summary {
			if row[0] == tr("wb.measure.arrests") {
				found = true
				if got, ok := csvNumber(row[1]); !ok || int(got) != in.Figures.Current.Arrests.Int {
					t.Errorf("%s: Summary CSV arrests of the period = %q, want %d", lang, row[1], in.Figures.Current.Arrests.Int)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no arrests row in the Summary CSV", lang)
		}
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// csvNumber reads a number as LibreOffice exports it: 42, 0.25, 25%.
func csvNumber(s string) (float64, bool) {
	scale := 1.0
	if p, ok := strings.CutSuffix(s, "%"); ok {
		s, scale = p, 0.01
	}
	v, err := strconv.ParseFloat(s, 64)
	return v * scale, err == nil
}
