package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --country MA on a world file reports the Moroccan incidents only (as
// lead country or partner), and figures.json, manifest.json and the note
// say what was selected.
func TestDeskReport(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("incident_id,date,country,partner_countries,event_type,arrests\n")
	moroccan := 0
	for i := range 300 {
		c, p := []string{"MA", "ES", "FR", "DZ"}[i%4], ""
		if i%7 == 0 {
			p = "MA"
		}
		if c == "MA" || p == "MA" {
			moroccan++
		}
		fmt.Fprintf(&b, "I%d,2022-%02d-05,%s,%s,operation,%d\n", i, 1+i%12, c, p, i%5)
	}
	in := filepath.Join(dir, "world.csv")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out, "--country", "MA", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, fmt.Sprintf(`msg=selected selection="--country MA" incidents=%d`, moroccan)) {
		t.Errorf("log lacks the selection:\n%s", stderr)
	}
	f := readFigures(t, filepath.Join(out, "2022", "figures.json"))
	if got := f.Yearly[len(f.Yearly)-1].Incidents; got != moroccan {
		t.Errorf("incidents %d, want %d", got, moroccan)
	}
	var sel struct {
		Selection struct {
			Country []string `json:"country"`
		} `json:"selection"`
	}
	raw, _ := os.ReadFile(filepath.Join(out, "2022", "figures.json"))
	if err := json.Unmarshal(raw, &sel); err != nil || len(sel.Selection.Country) != 1 || sel.Selection.Country[0] != "MA" {
		t.Errorf("figures.json selection %+v (%v)", sel, err)
	}
	man, _ := os.ReadFile(filepath.Join(out, "2022", "manifest.json"))
	if !strings.Contains(string(man), `"country": [`) {
		t.Errorf("manifest.json does not record the selection:\n%s", man)
	}
	note, _ := os.ReadFile(filepath.Join(out, "2022", "brief.md"))
	if !strings.Contains(string(note), "only the incidents selected: --country MA") {
		t.Errorf("brief.md does not name the selection:\n%s", note)
	}
	code, _, stderr = ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out, "--region", "Middle Earth", in)
	if code != 2 || !strings.Contains(stderr, "is not a UN M49 region") {
		t.Errorf("bad region: exit %d: %s", code, stderr)
	}
}
