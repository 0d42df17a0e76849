package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A file without an arrests column (as GTD extracts and many desk files
// are): no output shows 0 arrests. figures.json has null, the workbook "—",
// the note says the figure is missing, and the arrests chart says so.
func TestNoArrestsColumnIsNotZero(t *testing.T) {
	in := filepath.Join(t.TempDir(), "desk.csv")
	var b strings.Builder
	b.WriteString("incident_id,date,country,event_type,cells_dismantled\n")
	for y := 2019; y <= 2024; y++ {
		for i := 1; i <= 6; i++ {
			fmt.Fprintf(&b, "D%d-%d,%d-03-%02d,MA,operation,1\n", y, i, y, i)
		}
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		out := t.TempDir()
		code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2024", "--lang", lang, "--out", out, in)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", lang, code, stderr)
		}
		dir := filepath.Join(out, "2024")

		raw, err := os.ReadFile(filepath.Join(dir, "figures.json"))
		if err != nil {
			t.Fatal(err)
		}
		var fig struct {
			Yearly        []map[string]any          `json:"yearly"`
			PeriodFigures map[string]map[string]any `json:"period_figures"`
			Comparisons   []map[string]any          `json:"comparisons"`
			Trends        map[string]map[string]any `json:"trends"`
			Warnings      []string                  `json:"warnings"`
		}
		if err := json.Unmarshal(raw, &fig); err != nil {
			t.Fatal(err)
		}
		for _, y := range fig.Yearly {
			if y["arrests"] != nil || y["cells_dismantled"] != float64(6) {
				t.Errorf("%s: year %v: arrests %v, cells %v; want null and 6", lang, y["year"], y["arrests"], y["cells_dismantled"])
			}
		}
		for name, pf := range fig.PeriodFigures {
			if pf["arrests"] != nil {
				t.Errorf("%s: %s arrests %v, want null", lang, name, pf["arrests"])
			}
		}
		for _, c := range fig.Comparisons {
			if c["measure"] == "arrests" && (c["change"] != nil || c["p"] != nil || c["current"] != nil) {
				t.Errorf("%s: arrests comparison %v, want nulls", lang, c)
			}
		}
		if n := fig.Trends["arrests"]["years"]; n != float64(0) {
			t.Errorf("%s: the arrests trend is taken over %v years, want 0", lang, n)
		}
		if !slices.ContainsFunc(fig.Warnings, func(w string) bool { return strings.HasPrefix(w, "Arrests: no incident in the data gives this count") }) {
			t.Errorf("%s: figures.json does not warn that arrests are absent", lang)
		}

		f, err := excelize.OpenFile(filepath.Join(dir, "report.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		sheets := f.GetSheetList()
		rows, err := f.GetRows(sheets[0]) // Summary
		if err != nil {
			t.Fatal(err)
		}
		arrestsName := map[string]string{"en": "Arrests", "ar": "الاعتقالات", "fr": "Arrestations"}[lang]
		// The first row named Arrests is the key figures' (the trend
		// verdicts come later).
		i := slices.IndexFunc(rows, func(r []string) bool { return len(r) > 2 && r[0] == arrestsName })
		if i < 0 {
			t.Fatalf("%s: no arrests row on the Summary sheet", lang)
		}
		if r := rows[i]; r[1] != "—" || r[2] != "—" || slices.Contains(r[3:], "0") {
			t.Errorf("%s: Summary arrests row %q, want — for both periods and no change", lang, r)
		}
		yearly, _ := f.GetRows(sheets[1])
		col := slices.Index(yearly[0], arrestsName)
		if col < 0 {
			t.Fatalf("%s: no arrests column on the Yearly sheet: %q", lang, yearly[0])
		}
		for _, r := range yearly[1:7] {
			if r[col] != "—" {
				t.Errorf("%s: Yearly %s arrests %q, want —", lang, r[0], r[col])
			}
		}
		f.Close()

		md, err := os.ReadFile(filepath.Join(dir, "brief.md"))
		if err != nil {
			t.Fatal(err)
		}
		note := string(md)
		for _, bad := range []string{"no arrest", "0 arrest", "Aucune arrestation", "لم يُوقَف أي شخص"} {
			if strings.Contains(note, bad) {
				t.Errorf("%s: the note says %q although no arrests are given", lang, bad)
			}
		}
		if !regexp.MustCompile(`(?m)^\| (Arrests|Arrestations|الاعتقالات) \| — \| — \| — \|`).MatchString(note) {
			t.Errorf("%s: the key table's arrests row is not — — —:\n%s", lang, note)
		}
	}
}
