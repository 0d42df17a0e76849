package main

// Hostile or odd inputs on the output side (issue 19): huge counts, text
// longer than an Excel cell, excelize's temporary files, two reports
// reaching one folder through a symlink, periods longer than
// time.Duration, bidi controls in a URL.

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// writeCSV writes rows (the header first) as a CSV file in a new folder.
func writeCSV(t *testing.T, rows ...[]string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "incidents.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// hugeCounts is a file covering 2021 and 2022 whole, with counts from 10¹³
// to 9·10¹⁷ (their sums stay within an int64).
func hugeCounts(t *testing.T) string {
	return writeCSV(t,
		[]string{"incident_id", "date", "country", "event_type", "cells_dismantled", "arrests"},
		[]string{"H1", "2021-01-05", "MA", "operation", "10000000000000", "300000000000000000"},
		[]string{"H2", "2021-12-20", "MA", "operation", "3", "10000000000000"},
		[]string{"H3", "2022-01-10", "MA", "operation", "1000000000000000", "900000000000000000"},
		[]string{"H4", "2022-06-10", "ES", "foiled_plot", "2", "5"},
		[]string{"H5", "2022-12-20", "MA", "operation", "1", "7"},
	)
}

// Case 2: counts of 10¹³–10¹⁸ give a report in seconds, with files of
// ordinary size (they took minutes, or never ended, and wrote a 340 MB
// brief.html), and the comparison's p-value (by the normal approximation).
// Should a documented count ceiling reject such rows instead, the report
// is still written from the others (--max-rejected 1): a clear result
// either way, in bounded time.
func TestHostileHugeCounts(t *testing.T) {
	in := hugeCounts(t)
	out := t.TempDir()
	start := time.Now()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--max-rejected", "1", "--out", out, in)
	took := time.Since(start)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if took > 60*time.Second {
		t.Errorf("the run took %v", took)
	}
	dir := filepath.Join(out, "2022")
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		st, _ := d.Info()
		limit := int64(1 << 20)
		if d.Name() == "brief.html" {
			limit = 8 << 20
		}
		if st.Size() > limit {
			t.Errorf("%s is %d bytes", path, st.Size())
		}
		return nil
	})
	fig := readFigures(t, filepath.Join(dir, "figures.json"))
	if y := fig.Yearly[len(fig.Yearly)-1]; y.Year == 2022 && y.Arrests.Valid && y.Arrests.Int == 900000000000000012 {
		// Accepted as they are: the arrests are compared, with a p-value.
		b, _ := os.ReadFile(filepath.Join(dir, "figures.json"))
		if !strings.Contains(string(b), `"p": 0`) {
			t.Errorf("figures.json has no p-value for the huge counts:\n%s", b)
		}
	}
}

// The same in-process: a run whose context is cancelled returns promptly.
func TestHostileHugeCountsCancelled(t *testing.T) {
	in := hugeCounts(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	var o, e strings.Builder
	start := time.Now()
	err := run(ctx, []string{"run", "--as-of", "2026-11-28", "--period", "2022", "--max-rejected", "1", "--out", t.TempDir(), in}, &o, &e)
	if took := time.Since(start); took > 30*time.Second {
		t.Errorf("cancelled run took %v (err %v)", took, err)
	}
}

// Case 9: a text longer than the 32,767 characters of an Excel cell is cut
// in report.xlsx with a visible marker, the Quality sheet says so first,
// and rejected.csv keeps the rejected row whole.
func TestHostileLongCellText(t *testing.T) {
	note := strings.Repeat("n", 40910)
	in := writeCSV(t,
		[]string{"incident_id", "date", "country", "arrests", "Notes"},
		[]string{"L1", "2022-03-04", "MA", "3", note},
		[]string{"L2", "2022-05-06", "MA", "2", "short"},
		[]string{"L3", "not a date", "MA", "1", strings.Repeat("r", 40000)},
	)
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--max-rejected", "1", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	dir := filepath.Join(out, "2022")
	f, err := excelize.OpenFile(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Incidents")
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for j, h := range rows[0] {
		if h == "Notes" {
			col = j
		}
	}
	var found bool
	for _, r := range rows[1:] {
		if col >= 0 && col < len(r) && strings.HasPrefix(r[col], "nnnn") {
			found = true
			if len(r[col]) != 32767-len([]rune(" […cut]"))+len(" […cut]") || !strings.HasSuffix(r[col], " […cut]") {
				t.Errorf("the long note is %d bytes, ends %q; want 32,767 characters ending with the marker", len(r[col]), r[col][len(r[col])-20:])
			}
		}
	}
	if !found {
		t.Errorf("the long note is not on the Incidents sheet (columns %q)", rows[0])
	}
	first, _ := f.GetCellValue("Quality", "A1")
	if !strings.HasPrefix(first, "Cells whose text is longer than the 32,767 characters an Excel cell can hold: 2.") {
		t.Errorf("Quality!A1 = %q, want the warning about the 2 cut cells (the note, the rejected row)", first)
	}
	rej, err := os.Open(filepath.Join(dir, "rejected.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer rej.Close()
	recs, err := csv.NewReader(rej).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || !strings.Contains(recs[1][5], strings.Repeat("r", 40000)) {
		t.Errorf("rejected.csv does not keep the 40,000-character row whole (%d records)", len(recs))
	}
}

// Case 17: two reports of one settings file whose outs reach one folder
// through a symlink — an existing one, or one whose target is not made
// yet — are refused before anything is written.
func TestHostileSymlinkedOut(t *testing.T) {
	for _, dangling := range []bool{false, true} {
		t.Run(fmt.Sprintf("dangling=%v", dangling), func(t *testing.T) {
			dir := t.TempDir()
			if !dangling {
				if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Symlink("real", filepath.Join(dir, "alias")); err != nil {
				t.Fatal(err)
			}
			seed, _ := filepath.Abs(seedCSV)
			conf := filepath.Join(dir, "ctreport.toml")
			os.WriteFile(conf, []byte(fmt.Sprintf("inputs = [%q]\nperiod = \"2022\"\n\n[reports.a]\nout = \"real\"\n\n[reports.b]\nout = \"alias\"\nlang = \"ar\"\n", seed)), 0o644)
			code, _, stderr := ctreport(t, "run", "--config", conf, "--as-of", "2026-11-28")
			if code != 2 || !strings.Contains(stderr, `reports "a" and "b" both write`) {
				t.Errorf("exit %d, want 2 and both reports named: %s", code, stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "real", "2022")); err == nil {
				t.Errorf("a report was written")
			}
		})
	}
}

// Case 15: excelize's temporary files go into the run's staging folder,
// never the system's temp folder: a run killed while they exist leaves
// nothing in TMPDIR, and the next run clears its staging folder.
func TestHostileExcelizeTempFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	in := onePeriod(t, 60000)
	tmp, out := t.TempDir(), t.TempDir()
	args := []string{"run", "--as-of", asOf, "--period", "2024", "--out", out, in}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the streamed Incidents sheet to spill into a temporary file
	// (past 16 MB), then kill the run.
	seen := ""
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline) && seen == ""; time.Sleep(5 * time.Millisecond) {
		m, _ := filepath.Glob(filepath.Join(out, ".2024.tmp-*", "report.xlsx.tmp-excelize", "excelize-*"))
		inTmp, _ := filepath.Glob(filepath.Join(tmp, "excelize-*"))
		if m = append(m, inTmp...); len(m) > 0 {
			seen = m[0]
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if seen == "" {
		t.Log("the run ended before a temporary file was seen; checking what it left")
	} else {
		t.Logf("killed while %s existed", seen)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("the killed run left %d files in TMPDIR, first %s", len(left), left[0].Name())
	}
	// The next run clears the staging folder, temporary files and all, and
	// leaves none of its own anywhere.
	cmd = exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the next run: %v\n%s", err, b)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("a run left %d files in TMPDIR, first %s", len(left), left[0].Name())
	}
	m, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
	m2, _ := filepath.Glob(filepath.Join(out, "2024", "*tmp*"))
	if len(m)+len(m2) > 0 {
		t.Errorf("left behind: %q %q", m, m2)
	}
}

// onePeriod writes n synthetic incidents all dated in 2024, so that one
// report's Incidents sheet holds them all.
func onePeriod(t *testing.T, n int) string {
	t.Helper()
	src := synthInput(t, n, 11)
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	for i := 1; i < len(lines); i++ {
		// SYN-YYYY-NNNNNN,YYYY-MM-DD,…: the date is the second field.
		if j := strings.IndexByte(lines[i], ','); j >= 0 && len(lines[i]) > j+5 {
			lines[i] = lines[i][:j+1] + "2024" + lines[i][j+5:]
		}
	}
	path := filepath.Join(t.TempDir(), "one-period.csv")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Case 20: a period longer than time.Duration's 292 years is counted in
// days: its previous period is as long.
func TestHostileLongPeriod(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "1700-01-01..2024-12-31", "--allow-empty", "--out", out, seedCSV)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(out, "1700-01-01_2024-12-31", "figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"label": "1375-01-01_1699-12-31"`) {
		t.Errorf("figures.json does not give the previous period 1375-01-01..1699-12-31 (118,704 days)")
	}
}

// Case 20: a source_url holding a U+202E right-to-left override is written
// as text, never as a link.
func TestHostileBidiURL(t *testing.T) {
	bad := "https://example.org/\u202egnp.exe"
	in := writeCSV(t,
		[]string{"incident_id", "date", "country", "arrests", "source_url"},
		[]string{"B1", "2022-03-04", "MA", "3", bad},
		[]string{"B2", "2022-05-06", "MA", "2", "https://example.org/fine"},
	)
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(out, "2022", "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Incidents")
	links := 0
	for r := 2; r <= len(rows); r++ {
		for c := 1; c <= len(rows[0]); c++ {
			ref, _ := excelize.CoordinatesToCellName(c, r)
			formula, _ := f.GetCellFormula("Incidents", ref)
			v, _ := f.GetCellValue("Incidents", ref)
			if strings.Contains(formula, "\u202e") {
				t.Errorf("%s is a link to the URL with U+202E: %q", ref, formula)
			}
			if formula != "" {
				links++
			}
			if v == bad && formula != "" {
				t.Errorf("%s: %q", ref, formula)
			}
		}
	}
	if links != 1 {
		t.Errorf("%d links, want 1 (the plain URL)", links)
	}
}

// OUT/latest made a real folder (by hand, by a sync tool): the run stops
// with exit 1 naming it, rather than publishing while latest goes stale.
func TestLatestAsFolderIsRefused(t *testing.T) {
	out := t.TempDir()
	if err := os.Mkdir(filepath.Join(out, "latest"), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out, seedCSV)
	if code != 1 || !strings.Contains(stderr, "latest is a folder, not the pointer to the latest report") {
		t.Fatalf("exit %d, want 1 naming latest: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "2022")); !os.IsNotExist(err) {
		t.Errorf("a report was published beside a stale latest: %v", err)
	}
}
