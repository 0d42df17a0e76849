package reports_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/outdir"
	"github.com/ctreport/ctreport/reports"
	"github.com/ctreport/ctreport/reports/report"
)

// Write the report of 2022 for the embedded sample as the command does:
// into a staging folder, started while the figures are computed, finished
// with them, then published in one step as OUT/2022. Its figures.json
// holds what analysis.Compute gave.
func Example() {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		fmt.Println(err)
		return
	}
	period, err := analysis.ParsePeriod("2022", asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	out, err := os.MkdirTemp("", "ctreport-example-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(out)

	staged, err := outdir.Stage(out, period.Label)
	if err != nil {
		fmt.Println(err)
		return
	}
	folder := reports.Start(staged, ds, period, "en")
	defer folder.Close()
	in := report.Input{
		Figures:  analysis.Compute(ds.Incidents, period, asOf),
		Data:     ds,
		Version:  "example",
		Settings: report.Settings{Period: "2022", Lang: "en", Rule: data.RuleMin, MaxRejected: 0.05},
	}
	if err := folder.Finish(in); err != nil {
		fmt.Println(err)
		return
	}
	final := filepath.Join(out, period.Label)
	if err := outdir.Publish(staged, final); err != nil {
		fmt.Println(err)
		return
	}

	var files []string
	filepath.WalkDir(final, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Dir(path) == final {
			files = append(files, d.Name())
		}
		return err
	})
	charts, _ := filepath.Glob(filepath.Join(final, "charts", "*.png"))
	fmt.Println(files)
	fmt.Println(len(charts), "charts as PNG (and as SVG and PDF)")

	b, err := os.ReadFile(filepath.Join(final, "figures.json"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var figures struct {
		PeriodFigures struct {
			Current struct {
				CellsDismantled int `json:"cells_dismantled"`
				Arrests         int `json:"arrests"`
			} `json:"current"`
		} `json:"period_figures"`
	}
	if err := json.Unmarshal(b, &figures); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("cells dismantled:", figures.PeriodFigures.Current.CellsDismantled)
	fmt.Println("arrests:", figures.PeriodFigures.Current.Arrests)
	// Output:
	// [brief.html brief.md figures.json manifest.json rejected.csv report.xlsx]
	// 8 charts as PNG (and as SVG and PDF)
	// cells dismantled: 7
	// arrests: 60
}
