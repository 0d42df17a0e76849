package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Groups the table does not know are named in the log after loading, most
// incidents first, the first 20 of them; "Unknown" is no group.
func TestLogUnknownGroups(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("incident_id,date,country,group\n")
	n := 0
	for g := range 25 {
		for range 30 - g {
			n++
			fmt.Fprintf(&b, "I%d,2022-01-05,MA,Cell %02d\n", n, g)
		}
	}
	for range 40 {
		n++
		fmt.Fprintf(&b, "I%d,2022-01-05,MA,Unknown\n", n)
	}
	in := filepath.Join(dir, "in.csv")
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", filepath.Join(dir, "out"), in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := `msg="groups not in the group table" count=25 names="Cell 00 (30), Cell 01 (29), `
	if !strings.Contains(stderr, want) || !strings.Contains(stderr, `Cell 19 (11), …"`) || strings.Contains(stderr, "Cell 20") || strings.Contains(stderr, "Unknown (") {
		t.Errorf("log lacks %s… Cell 19 (11), …, or names more than 20 or Unknown:\n%s", want, stderr)
	}
}
