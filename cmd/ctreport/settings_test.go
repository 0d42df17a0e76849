package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeSettings writes a settings file beside a copy of the seed example
// and returns its path.
func writeSettings(t *testing.T, text string) string {
	t.Helper()
	dir := t.TempDir()
	seed, err := os.ReadFile(seedCSV)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "seed.csv"), seed, 0o644)
	path := filepath.Join(dir, "ctreport.toml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Several reports in one file, shared defaults at the top, paths taken
// from the file's folder; --report builds one; flags override the file.
func TestSettingsReports(t *testing.T) {
	conf := writeSettings(t, `# shared by the reports below
inputs = ["seed.csv"]
out = "out"
rule = "max"
max_rejected = 0.2

[reports.year]
period = "2022"

[reports.second-half]
period = "2022-07-01..2022-12-31"
rule = "min"
`)
	dir := filepath.Dir(conf)
	code, stdout, stderr := ctreport(t, "run", "--config", conf, "--as-of", "2026-11-28", "--log-format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "(second-half) written") || !strings.Contains(lines[1], "(year) written") {
		t.Errorf("stdout = %q, want a line a report, by name", stdout)
	}
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec["msg"] == nil {
			t.Errorf("--log-format json: %q is not a JSON log record", line)
		}
	}
	for _, label := range []string{"2022", "2022-07-01_2022-12-31"} {
		b, err := os.ReadFile(filepath.Join(dir, "out", label, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Settings struct {
				Rule        string   `json:"rule"`
				MaxRejected float64  `json:"max_rejected"`
				Inputs      []string `json:"inputs"`
			} `json:"settings"`
		}
		json.Unmarshal(b, &m)
		wantRule := map[string]string{"2022": "max", "2022-07-01_2022-12-31": "min"}[label]
		s := m.Settings
		if s.Rule != wantRule || s.MaxRejected != 0.2 || len(s.Inputs) != 1 || s.Inputs[0] != filepath.Join(dir, "seed.csv") {
			t.Errorf("%s: settings %+v", label, s)
		}
	}

	// One report, already up to date.
	code, stdout, _ = ctreport(t, "run", "--config", conf, "--as-of", "2026-11-28", "--report", "year")
	if code != 0 || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, "(year) unchanged") {
		t.Errorf("--report year: exit %d, stdout %q", code, stdout)
	}
	// A flag overrides every report's value: both now write 2023.
	code, _, stderr = ctreport(t, "run", "--config", conf, "--as-of", "2026-11-28", "--period", "2023")
	if code != 2 || !strings.Contains(stderr, `reports "second-half" and "year" both write`) {
		t.Errorf("--period over two reports: exit %d, stderr %q", code, stderr)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, c := range []struct {
		name, text string
		args       []string
		msg        string
	}{
		{"typo at the top", "otu = \"x\"\n", nil, `:1:1: unknown key "otu" at the top level (did you mean "out"?)`},
		{"typo in a report", "[reports.q]\nperiod = \"last-quarter\"\nlnag = \"ar\"\n", nil, `:3:1: unknown key "lnag" in [reports.q] (did you mean "lang"?)`},
		{"misspelt table", "[report.q]\nlang = \"ar\"\n", nil, `:1:2: unknown key "report" at the top level (did you mean "reports"?)`},
		{"unknown key far from any", "[reports.q]\ncolour = 1\n", nil, `:2:1: unknown key "colour" in [reports.q] (known keys: inputs, out,`},
		{"wrong type", "lang = 3\n", nil, `:1:8: lang: want a string, not a TOML integer`},
		{"bad value", "[reports.q]\nlang = \"de\"\n", nil, `ctreport.toml: [reports.q] lang "de": want en, ar or fr`},
		{"bad value, flag wins", "lang = \"de\"\n", []string{"--lang", "xx"}, `--lang "xx": want en, ar or fr`},
		{"syntax", "lang = \n", nil, `:1:8: unexpected character`},
		{"no such report", "[reports.q]\n", []string{"--report", "y"}, `--report y: `},
		{"missing file", "", []string{"--config", "no/such.toml"}, `--config: open no/such.toml`},
	} {
		t.Run(c.name, func(t *testing.T) {
			conf := writeSettings(t, c.text)
			code, _, stderr := ctreport(t, append([]string{"run", "--config", conf, "--out", t.TempDir()}, c.args...)...)
			if code != 2 || !strings.Contains(stderr, c.msg) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, c.msg)
			}
		})
	}
	if code, _, stderr := ctreport(t, "run", "--report", "q"); code != 2 || !strings.Contains(stderr, "--report q: there is no settings file") {
		t.Errorf("--report without --config: exit %d, %q", code, stderr)
	}
}

// The progress line is drawn, updated and cleared; nothing is drawn when
// stderr is not a terminal.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, on: true, after: 0, interval: 2 * time.Millisecond}
	stop := p.start("loading 1 file, 3.7 MB")
	time.Sleep(20 * time.Millisecond)
	stop()
	got := buf.String()
	if !strings.HasPrefix(got, "\r\x1b[Kctreport: loading 1 file, 3.7 MB… 0s") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("progress wrote %q", got)
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress(f).on || newProgress(&buf).on {
		t.Error("progress is on for a file or a buffer")
	}
}

// One as-of date for everything a run does: the period, the loader's
// future-date check and the figures all take the date parsed once.
func TestOneAsOf(t *testing.T) {
	asOf, err := parseAsOf("", time.Date(2026, 1, 1, 0, 30, 0, 0, time.FixedZone("UTC+3", 3*3600)))
	if err != nil || asOf.Format(time.DateOnly) != "2025-12-31" {
		t.Fatalf("today at 00:30 UTC+3 = %v (%v), want the UTC day 2025-12-31", asOf, err)
	}
	for _, c := range []struct{ period, label string }{
		{"last-quarter", "2025-Q3"}, {"last-month", "2025-11"}, {"last-year", "2024"}, {"year-to-date", "2025-01-01_2025-12-31"},
	} {
		cfg := defaultReportConfig()
		cfg.Period = c.period
		p, err := planReport(job{cfg: cfg}, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if p.period.Label != c.label || !p.opts.AsOf.Equal(asOf) || !p.asOf.Equal(asOf) {
			t.Errorf("%s as of %s: label %s, loader as of %v, run as of %v", c.period, asOf.Format(time.DateOnly), p.period.Label, p.opts.AsOf, p.asOf)
		}
	}
}
