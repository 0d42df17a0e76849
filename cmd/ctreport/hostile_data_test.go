package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/xuri/excelize/v2"
)

// The hostile inputs of issue 19 that the data side answers, run with the
// real binary as cron runs it: each gives a clear error (exit 1, the
// published report untouched) or a correct report, in bounded time.

// hostileRun runs the binary on inputs for 2022 into out, failing the
// test if it takes longer than limit.
func hostileRun(t *testing.T, out string, limit time.Duration, extra ...string) result {
	t.Helper()
	start := time.Now()
	r := ctreportProc(t, append([]string{"run", "--as-of", asOf, "--period", "2022", "--out", out}, extra...)...)
	if d := time.Since(start); d > limit {
		t.Errorf("took %v, want under %v", d, limit)
	}
	return r
}

// refusedUntouched checks that a run failed with exit 1 naming want, and
// that the report published before is as it was.
func refusedUntouched(t *testing.T, r result, out string, before map[string]string, want string) {
	t.Helper()
	if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stdout %q; stderr should say %q:\n%s", r.code, r.stdout, want, r.stderr)
	}
	if after := sums(t, filepath.Join(out, "2022")); !sameSums(before, after) {
		t.Error("the published report changed")
	}
}

// periodArrests is figures.json's arrests for the period.
func periodArrests(t *testing.T, dir string) any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		PeriodFigures struct {
			Current map[string]any `json:"current"`
		} `json:"period_figures"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f.PeriodFigures.Current["arrests"]
}

// Cases 1, 3, 18 and 20: counts past int64 or their ceiling and a
// year-0001 row are rejected, a CR-only file is read, and arrests left
// empty beside a breakdown are its total, in the note as in
// figures.json.
func TestHostileRowsGiveACorrectReport(t *testing.T) {
	dir := inputsDir(t, map[string]string{
		"mac.csv": strings.ReplaceAll("incident_id,date,country,arrests,arrests_by_country\n"+
			"A,2022-01-01,MA,9223372036854775807,\n"+
			"B,2022-01-02,MA,9223372036854775807,\n"+
			"C,0001-01-01,MA,1,\n"+
			"D,2022-03-01,MA,,MA:7\n"+
			"E,2022-04-01,ES,5,\n", "\n", "\r"),
	})
	out := t.TempDir()
	r := hostileRun(t, out, 60*time.Second, "--max-rejected", "1", filepath.Join(dir, "mac.csv"))
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	report := filepath.Join(out, "2022")
	if got := periodArrests(t, report); got != 12.0 {
		t.Errorf("arrests in figures.json: %v, want 12 (7 from D's breakdown, 5 from E)", got)
	}
	brief := readText(t, filepath.Join(report, "brief.md"))
	if strings.Contains(brief, "no arrest") || strings.Contains(brief, "−") || !strings.Contains(brief, "12") {
		t.Errorf("brief.md should give 12 arrests:\n%s", brief)
	}
	rejected := readText(t, filepath.Join(report, "rejected.csv"))
	for _, want := range []string{"is above 1,000,000, the largest count of arrests accepted", `is before 1900, the earliest year accepted`} {
		if !strings.Contains(rejected, want) {
			t.Errorf("rejected.csv should say %q:\n%s", want, rejected)
		}
	}
}

// Every rejection and warning the limits and checks of issue 19 give has
// its words in the reports' three languages, and the English ones are the
// reason as data gives it (rejected.csv).
func TestHostileReasonsWorded(t *testing.T) {
	dir := inputsDir(t, map[string]string{
		"rows.csv": "incident_id,date,country,cells_dismantled,arrests,arrests_by_country,notes\n" +
			"A,2022-01-01,MA,,1000001,,\n" +
			"B,2022-01-01,MA,10001,,,\n" +
			"C,2022-01-01,MA,,,MA:1000001,\n" +
			"D,2022-01-01,MA,,,MA:600000;ES:600000,\n" +
			"E,1899-12-31,MA,,,,\n" +
			"F,2022-01-01,MA,,,MA:7,\n" +
			"G,2022-01-01,MA,,,," + strings.Repeat("x", data.MaxFieldBytes+1) + "\n",
	})
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"incident_id", "date", "country", "arrests"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"H", "2022-01-01", "MA"})
	f.SetCellFormula("Sheet1", "D2", "SUM(10,20)")
	book := filepath.Join(dir, "formula.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load([]string{filepath.Join(dir, "rows.csv"), book}, data.DefaultOptions(time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, e := range append(append([]data.RowError(nil), ds.Rejected...), ds.Warnings...) {
		codes[e.Code] = true
		if got := i18n.RowReason("en", e); got != e.Reason {
			t.Errorf("en: %q, want the reason %q", got, e.Reason)
		}
		for _, lang := range []string{"ar", "fr"} {
			if got := i18n.RowReason(lang, e); got == e.Reason || strings.Contains(got, "%!") || strings.Contains(got, "[data.") {
				t.Errorf("%s: %q for %q", lang, got, e.Reason)
			}
		}
	}
	for _, c := range []string{"above_ceiling", "country_above_ceiling", "total_above_ceiling", "before_min_year", "field_too_long", "formula_no_value", "arrests_from_breakdown"} {
		if !codes[c] {
			t.Errorf("no %s among %v", c, codes)
		}
	}
}
