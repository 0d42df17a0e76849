package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// version is the release, as manifest.json records it and the unchanged
// check compares it. A release build may set it with
// -ldflags "-X main.version=…"; `make dist` and `make install` leave it.
var version = "0.1.0"

// commit and buildDate are set by the Makefile's builds
// (-ldflags "-X main.commit=… -X main.buildDate=…"); otherwise they come
// from the build information Go stamps into the binary (vcs.revision,
// vcs.time), and otherwise they are unknown.
var commit, buildDate string

// buildInfo is what `ctreport version` prints.
type buildInfo struct {
	Version  string // the release (version)
	Commit   string // the git commit, "unknown" when not known
	Modified bool   // built from a tree with uncommitted changes
	Date     string // the build date (make), or the commit's date (go build), or "unknown"
	DateIsOf string // "built" or "committed"
	Go       string // go1.26.8 linux/amd64
}

// readBuildInfo fills a buildInfo from the linker flags and bi (nil when
// the binary carries none).
func readBuildInfo(bi *debug.BuildInfo) buildInfo {
	info := buildInfo{Version: version, Commit: commit, Date: buildDate, DateIsOf: "built",
		Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if bi != nil {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if info.Commit == "" {
					info.Commit = s.Value
				}
			case "vcs.time":
				if info.Date == "" {
					info.Date, info.DateIsOf = s.Value, "committed"
				}
			case "vcs.modified":
				info.Modified = info.Modified || s.Value == "true"
			}
		}
	}
	if strings.HasSuffix(info.Commit, "-dirty") {
		info.Commit, info.Modified = strings.TrimSuffix(info.Commit, "-dirty"), true
	}
	if info.Commit == "" {
		info.Commit = "unknown"
	}
	if info.Date == "" {
		info.Date, info.DateIsOf = "unknown", "built"
	}
	return info
}

func printVersion(w io.Writer) {
	bi, _ := debug.ReadBuildInfo()
	info := readBuildInfo(bi)
	fmt.Fprintf(w, "ctreport %s\n", info.Version)
	c := info.Commit
	if info.Modified {
		c += " (with uncommitted changes)"
	}
	fmt.Fprintf(w, "commit:  %s\n", c)
	fmt.Fprintf(w, "%-8s %s\n", info.DateIsOf+":", info.Date)
	fmt.Fprintf(w, "go:      %s\n", info.Go)
}
