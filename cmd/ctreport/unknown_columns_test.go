package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A column that means a known one under another name is named in the log,
// with its file and number; its values are not read as that column.
func TestUnknownColumnLogged(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "desk.csv")
	if err := os.WriteFile(in, []byte("incident_id,date,country,nombre_cellules,analyst\nA,2024-03-01,MA,2,x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2024", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"level=WARN msg=\"unknown column\" file=" + in + " column=4 header=nombre_cellules kept_as=nombre_cellules did_you_mean=cells_dismantled",
		"level=WARN msg=\"unknown column\" file=" + in + " column=5 header=analyst kept_as=analyst\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("the log lacks %q:\n%s", want, stderr)
		}
	}
	f := readFigures(t, filepath.Join(out, "2024", "figures.json"))
	if y := f.Yearly[len(f.Yearly)-1]; y.CellsDismantledGiven != 0 {
		t.Errorf("nombre_cellules was read as cells_dismantled: %+v", y)
	}
}
