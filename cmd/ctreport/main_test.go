package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/internal/outdir"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const seedCSV = "../../data/testdata/seed.csv"

// ctreport runs the command in-process and returns its exit code and output.
func ctreport(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	code = exitCode(err, &errb)
	return code, out.String(), errb.String()
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; wrote %s.got (diff them, then -update if the change is right)", name, path)
	}
}

// The seed example of docs/input.md gives, for 2022: 1 incident, 1 cell, 11
// arrests, cross-border 1, cooperation rate 1.0 (Wilson low 0.2065).
func TestRunSeedExample(t *testing.T) {
	out := t.TempDir()
	code, stdout, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out, seedCSV)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "1 incident from 3 rows") {
		t.Errorf("stdout = %q", stdout)
	}
	dir := filepath.Join(out, "2022")
	for _, f := range []string{"report.xlsx", "figures.json", "rejected.csv", "manifest.json",
		"charts/cells_per_year.png", "charts/cells_per_year.svg", "charts/arrests_per_year.png",
		"charts/arrests_per_year.svg", "charts/cooperation_rate.png", "charts/cooperation_rate.svg"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("missing output: %v", err)
		}
	}
	fig := readFigures(t, filepath.Join(dir, "figures.json"))
	y := fig.Yearly[len(fig.Yearly)-1]
	if y.Year != 2022 || y.Incidents != 1 || y.CellsDismantled != analysis.Count(1) || y.Arrests != analysis.Count(11) || y.CrossBorderIncidents != 1 {
		t.Errorf("2022 = %+v", y)
	}
	if !y.CooperationRate.Valid || y.CooperationRate.Float64 != 1 || !y.CooperationRateLow.Valid || y.CooperationRateLow.Float64 != 0.2065 {
		t.Errorf("cooperation rate = %v [%v, …], want 1 [0.2065, 1]", y.CooperationRate, y.CooperationRateLow)
	}
	if q := fig.Quality; q.RowsRead != 3 || q.Accepted != 3 || q.Incidents != 1 || q.ReconciliationNotes != 4 {
		t.Errorf("quality = %+v", q)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "figures.json"))
	golden(t, "seed-2022.figures.json", b)
}

// The same file written the Arabic-office way (BOM, ';', CRLF, Arabic
// headers and digits, DD/MM/YYYY, country names) gives the same figures.
func TestRunSeedArabicFormSameFigures(t *testing.T) {
	out1, out2 := t.TempDir(), t.TempDir()
	for _, c := range []struct{ out, in string }{{out1, seedCSV}, {out2, "../../data/testdata/seed-ar.csv"}} {
		if code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", c.out, c.in); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.in, code, stderr)
		}
	}
	a, _ := os.ReadFile(filepath.Join(out1, "2022", "figures.json"))
	b, _ := os.ReadFile(filepath.Join(out2, "2022", "figures.json"))
	if !bytes.Equal(a, b) {
		t.Errorf("figures differ:\n%s\n---\n%s", a, b)
	}
}

func TestExitCodes(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.csv")
	os.WriteFile(bad, []byte("incident_id,date,country,arrests\nA,2022-01-01,MA,-3\nB,2022-01-02,MA,1\n"), 0o644)
	for _, c := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"bad period", []string{"run", "--period", "2024-Q5"}, 2, `--period`},
		{"bad as-of", []string{"run", "--as-of", "28/11/2026"}, 2, `--as-of`},
		{"bad lang", []string{"run", "--lang", "de"}, 2, `--lang "de"`},
		{"bad rule", []string{"run", "--rule", "mean"}, 2, `--rule "mean"`},
		{"unknown flag", []string{"run", "--nope"}, 2, `unknown flag --nope`},
		{"missing input", []string{"run", "--as-of", "2026-11-28", "no/such/file.csv"}, 1, "no/such/file.csv"},
		{"too many rejected", []string{"run", "--as-of", "2026-11-28", "--period", "2022", bad}, 3, "1 of 2 rows rejected"},
		{"bad synth rows", []string{"synth", "--rows", "-1"}, 2, "--rows -1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			code, _, stderr := ctreport(t, append(c.args, "--out", out)...)
			if c.args[0] == "frobnicate" || c.args[0] == "synth" {
				code, _, stderr = ctreport(t, c.args...)
			}
			if code != c.code || !strings.Contains(stderr, c.msg) {
				t.Errorf("exit %d, want %d; stderr %q should say %q", code, c.code, stderr, c.msg)
			}
			if left := leftBehind(t, out); c.code != 0 && len(left) > 0 {
				t.Errorf("a failed run left %v in the output folder", left)
			}
		})
	}
}

// leftBehind lists what is in the output folder dir besides the lock file,
// which stays by design.
func leftBehind(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != outdir.LockName {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestVersion(t *testing.T) {
	code, stdout, _ := ctreport(t, "version")
	if code != 0 || !strings.HasPrefix(stdout, "ctreport "+version+"\ncommit: ") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
}

// A group alias file that replaces the embedded table: "ISIS" is no longer
// known, so its incidents fall to affiliation "unknown"; the file is
// recorded with its SHA-256. A forced ';' reads a ';' file whose header
// would also split on ','.
func TestGroupsReplaceAndDelimiter(t *testing.T) {
	dir := t.TempDir()
	groups := filepath.Join(dir, "groups.csv")
	os.WriteFile(groups, []byte("alias,group,affiliation\nCell X,Cell X,other\n"), 0o644)
	in := filepath.Join(dir, "in.csv")
	os.WriteFile(in, []byte("incident_id;date;country;group;notes\nA;2022-01-05;MA;ISIS;a, b, c\nB;2022-02-05;MA;cell x;\n"), 0o644)
	out := filepath.Join(dir, "out")
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2022", "--out", out,
		"--groups", groups, "--groups-replace", "--delimiter", ";", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(filepath.Join(out, "2022", "figures.json"))
	for _, want := range []string{`"key": "unknown"`, `"key": "other"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("figures.json lacks %s", want)
		}
	}
	m, _ := os.ReadFile(filepath.Join(out, "2022", "manifest.json"))
	if !strings.Contains(string(m), `"groups_sha256": "`) || !strings.Contains(string(m), `"delimiter": ";"`) {
		t.Errorf("manifest does not record the groups file and delimiter:\n%s", m)
	}
	if code, _, stderr := ctreport(t, "run", "--groups-replace", "--out", out); code != 2 || !strings.Contains(stderr, "needs a groups file") {
		t.Errorf("--groups-replace alone: exit %d, %s", code, stderr)
	}
	if code, _, stderr := ctreport(t, "run", "--delimiter", "|", "--out", out); code != 2 || !strings.Contains(stderr, "want ',', ';' or 'tab'") {
		t.Errorf("--delimiter |: exit %d, %s", code, stderr)
	}
}
