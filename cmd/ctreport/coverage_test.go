package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeIncidents writes a CSV of n incidents a month, each with 2 arrests,
// on the 10th of every month from..to (YYYY-MM, inclusive), skipping the
// years in skip.
func writeIncidents(t *testing.T, from, to string, n int, skip ...int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("incident_id,date,country,event_type,cells_dismantled,arrests\n")
	var y, m, ty, tm int
	fmt.Sscanf(from, "%d-%d", &y, &m)
	fmt.Sscanf(to, "%d-%d", &ty, &tm)
	for ; y < ty || y == ty && m <= tm; m++ {
		if m > 12 {
			y, m = y+1, 1
			if y > ty || y == ty && m > tm {
				break
			}
		}
		if slices.Contains(skip, y) {
			continue
		}
		for i := range n {
			fmt.Fprintf(&b, "C%d-%02d-%d,%d-%02d-10,MA,operation,1,2\n", y, m, i, y, m)
		}
	}
	path := filepath.Join(t.TempDir(), "incidents.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// figuresOf reads a report's figures.json loosely.
func figuresOf(t *testing.T, dir string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// Data that ends in October 2024, run in 2026 for last year (2025): no
// report of a fall to 0, but exit 1 naming what the data covers, and the
// report published before is untouched. --allow-empty writes it, with every
// figure missing and no change stated.
func TestPeriodOutsideCoverage(t *testing.T) {
	in := writeIncidents(t, "2020-01", "2024-10", 1)
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-03-01", "--out", out, in)
	if code != 1 || !strings.Contains(stderr, "the data covers 2020-01-01..2024-10-31; 2025 (2025-01-01..2025-12-31) lies outside it") {
		t.Fatalf("exit %d, want 1 naming the coverage and the period: %s", code, stderr)
	}
	if left := leftBehind(t, out); len(left) > 0 {
		t.Errorf("a refused report left %v", left)
	}
	code, _, stderr = ctreport(t, "run", "--as-of", "2026-03-01", "--allow-empty", "--out", out, in)
	if code != 0 {
		t.Fatalf("--allow-empty: exit %d: %s", code, stderr)
	}
	f := figuresOf(t, filepath.Join(out, "2025"))
	cur := f["period_figures"].(map[string]any)["current"].(map[string]any)
	if cur["coverage"] != "none" || cur["incidents"] != nil || cur["arrests"] != nil {
		t.Errorf("2025 without data: %v", cur)
	}
	md, _ := os.ReadFile(filepath.Join(out, "2025", "brief.md"))
	for _, bad := range []string{"fell", "No counter-terrorism incident", "no arrest", "−100"} {
		if strings.Contains(string(md), bad) {
			t.Errorf("the note of a period without data says %q:\n%s", bad, md)
		}
	}
	if !strings.Contains(string(md), "The data does not cover 2025: there are no figures for this period.") {
		t.Errorf("the note does not say 2025 has no data:\n%s", md)
	}
}

// Data only for 2024, report of 2024: 2023 has no data, so nothing is
// compared with it — no "rose against 0 in 2023".
func TestNoComparisonWithPeriodWithoutData(t *testing.T) {
	in := writeIncidents(t, "2024-01", "2024-12", 1)
	out := t.TempDir()
	if code, _, stderr := ctreport(t, "run", "--as-of", "2026-03-01", "--period", "2024", "--out", out, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dir := filepath.Join(out, "2024")
	f := figuresOf(t, dir)
	prev := f["period_figures"].(map[string]any)["previous"].(map[string]any)
	if prev["coverage"] != "none" || prev["incidents"] != nil {
		t.Errorf("2023: %v, want no data", prev)
	}
	for _, c := range f["comparisons"].([]any) {
		c := c.(map[string]any)
		if c["change"] != nil || c["p"] != nil {
			t.Errorf("comparison with a period without data: %v", c)
		}
	}
	md, _ := os.ReadFile(filepath.Join(dir, "brief.md"))
	note := string(md)
	for _, bad := range []string{"rose", "against 0", "sharply"} {
		if strings.Contains(note, bad) {
			t.Errorf("the note says %q:\n%s", bad, note)
		}
	}
	if !strings.Contains(note, "no data for 2023, so no comparison with it") {
		t.Errorf("the note does not say why 2024 is not compared:\n%s", note)
	}

	// Declared coverage: the user says the data covers 2020–2024, so 2023
	// is a year of no incidents and is compared.
	out = t.TempDir()
	if code, _, stderr := ctreport(t, "run", "--as-of", "2026-03-01", "--period", "2024", "--coverage", "2020..2024", "--out", out, in); code != 0 {
		t.Fatalf("--coverage: exit %d: %s", code, stderr)
	}
	f = figuresOf(t, filepath.Join(out, "2024"))
	prev = f["period_figures"].(map[string]any)["previous"].(map[string]any)
	if prev["coverage"] != "full" || prev["incidents"] != float64(0) {
		t.Errorf("2023 with coverage declared: %v, want 0 incidents", prev)
	}
	if cov := f["coverage"].(map[string]any); cov["declared"] != true {
		t.Errorf("coverage %v, want declared", cov)
	}
}

// A year missing from the source (as 1993 is from the Global Terrorism
// Database) is flagged as a possible gap, not read as a year of calm.
func TestPossibleGapInTheData(t *testing.T) {
	in := writeIncidents(t, "2010-01", "2020-12", 3, 2015)
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-03-01", "--period", "2020", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f := figuresOf(t, filepath.Join(out, "2020"))
	var gaps []string
	for _, w := range f["warnings"].([]any) {
		if s := w.(string); strings.Contains(s, "possibly a gap") {
			gaps = append(gaps, s)
		}
	}
	if len(gaps) != 1 || !strings.HasPrefix(gaps[0], "2015: only 0 incidents, against a median of 36") {
		t.Errorf("gap warnings %q, want one for 2015", gaps)
	}
}
