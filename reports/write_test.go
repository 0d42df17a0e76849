package reports_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports"
	"github.com/ctreport/ctreport/reports/report"
)

// The map on the workbook's Summary is the picture charts/ holds, byte
// for byte: drawn once, for the sample's 2025 (one country, by place) in
// Arabic.
func TestSummaryMapIsTheChart(t *testing.T) {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	period, err := analysis.ParsePeriod("2025", asOf)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	folder := reports.Start(dir, ds, period, "ar")
	defer folder.Close()
	in := report.Input{Figures: analysis.Compute(ds.Incidents, period, asOf), Data: ds, Version: "test",
		Settings: report.Settings{Period: "2025", Lang: "ar", Rule: data.RuleMin, MaxRejected: 0.05}}
	if err := folder.Finish(in); err != nil {
		t.Fatal(err)
	}
	chart, err := os.ReadFile(filepath.Join(dir, "charts", "incidents_map.png"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var pictures [][]byte
	for _, f := range zr.File {
		if filepath.Dir(f.Name) != "xl/media" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		pictures = append(pictures, b)
	}
	if len(pictures) != 1 || !bytes.Equal(pictures[0], chart) {
		t.Errorf("the workbook holds %d pictures; want one, charts/incidents_map.png", len(pictures))
	}
}
