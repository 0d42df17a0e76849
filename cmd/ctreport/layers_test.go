package main

import (
	"os/exec"
	"strings"
	"testing"
)

// Data flows one way, data → analysis → reports → cmd (docs/design.md): no
// package imports one of a later layer. internal packages import none of
// the project's.
func TestImportsFlowOneWay(t *testing.T) {
	const module = "github.com/ctreport/ctreport/"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, module+"...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	layer := func(pkg string) int {
		switch p := strings.TrimPrefix(pkg, module); {
		case strings.HasPrefix(p, "internal/"):
			return -1
		case p == "data" || strings.HasPrefix(p, "data/"):
			return 0
		case p == "analysis":
			return 1
		case p == "reports" || strings.HasPrefix(p, "reports/"):
			return 2
		}
		return 3
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 10 {
		t.Fatalf("go list found %d packages:\n%s", len(lines), out)
	}
	for _, line := range lines {
		fields := strings.Fields(line)
		pkg := fields[0]
		for _, imp := range fields[1:] {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			if layer(pkg) == -1 || layer(imp) > layer(pkg) {
				t.Errorf("%s imports %s", strings.TrimPrefix(pkg, module), strings.TrimPrefix(imp, module))
			}
		}
	}
}
