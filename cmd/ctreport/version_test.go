package main

import (
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// The commit and date come from the linker flags, else from the build
// information Go stamps (vcs.revision, vcs.time), else are unknown.
func TestReadBuildInfo(t *testing.T) {
	stamped := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "66de5c9e"}, {Key: "vcs.time", Value: "2026-11-28T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got := readBuildInfo(stamped); got.Commit != "66de5c9e" || !got.Modified || got.Date != "2026-11-28T10:00:00Z" || got.DateIsOf != "committed" || got.Version != version {
		t.Errorf("from vcs settings: %+v", got)
	}
	if got := readBuildInfo(nil); got.Commit != "unknown" || got.Date != "unknown" {
		t.Errorf("without build info: %+v", got)
	}
	commit, buildDate = "abc123-dirty", "2026-12-01T00:00:00Z"
	defer func() { commit, buildDate = "", "" }()
	if got := readBuildInfo(stamped); got.Commit != "abc123" || !got.Modified || got.Date != "2026-12-01T00:00:00Z" || got.DateIsOf != "built" {
		t.Errorf("from linker flags: %+v", got)
	}
}

// `ctreport version` of a binary built as the Makefile builds it shows the
// version, the commit and the build date.
func TestVersionBinary(t *testing.T) {
	exe := filepath.Join(t.TempDir(), "ctreport"+exeSuffix)
	ld := "-X main.commit=0123456789abcdef -X main.buildDate=2026-12-01T00:00:00Z"
	if out, err := exec.Command("go", "build", "-ldflags", ld, "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(exe, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := "ctreport " + version + "\ncommit:  0123456789abcdef\nbuilt:   2026-12-01T00:00:00Z\n"
	if !strings.HasPrefix(string(out), want) || !strings.Contains(string(out), "go:      go1.") {
		t.Errorf("version printed\n%s\nwant it to begin\n%s", out, want)
	}
	// The test binary of TestMain, built without the flags: still a
	// commit line, from the build info or "unknown".
	out, _ = exec.Command(bin, "--version").Output()
	if !strings.HasPrefix(string(out), "ctreport "+version+"\ncommit:  ") {
		t.Errorf("--version printed %q", out)
	}
}
