package main

// Tests of what a run does with the inputs it is given: missing is not
// zero. A named input that gives nothing fails; a file left out by
// --keep-going is said in the log, the manifest and the note; a run with
// no accepted row publishes nothing.

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const goodCSV = "incident_id,date,country,arrests\nA,2022-03-01,MA,2\nB,2022-05-01,MA,3\n"

// inputsDir writes files (name → content) into a new folder and returns it.
func inputsDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// manifestInput is an entry of manifest.json's inputs, as the file has it.
type manifestInput struct {
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	SHA256   string `json:"sha256"`
	RowsRead int    `json:"rows_read"`
	Accepted int    `json:"accepted"`
	Skipped  bool   `json:"skipped"`
	Reason   string `json:"reason"`
}

func readManifestInputs(t *testing.T, dir string) ([]manifestInput, string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct{ Inputs []manifestInput }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m.Inputs, string(b)
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// An input folder, a glob or a settings file's inputs that give no file
// to read fail the run and name the path; the embedded sample is used only
// when no input is named at all.
func TestNamedInputsThatGiveNoFileFail(t *testing.T) {
	empty := inputsDir(t, map[string]string{"readme.txt": "not incidents"})
	if err := os.Mkdir(filepath.Join(empty, "old.csv"), 0o755); err != nil { // a folder, not a file
		t.Fatal(err)
	}
	conf := writeSettings(t, "inputs = ["+quoteTOML(empty)+"]\nperiod = \"2022\"\n")
	for _, c := range []struct {
		name string
		args []string
		msg  string
	}{
		{"folder", []string{empty}, "input " + empty + ": no .csv or .xlsx file in this folder"},
		{"folder with --keep-going", []string{"--keep-going", empty}, "input " + empty + ": no .csv or .xlsx file in this folder"},
		{"glob", []string{filepath.Join(empty, "*.xlsx")}, "matches no file"},
		{"settings file", []string{"--config", conf}, "input " + empty + ": no .csv or .xlsx file in this folder"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			code, stdout, stderr := ctreport(t, append([]string{"run", "--as-of", asOf, "--period", "2022", "--out", out}, c.args...)...)
			if code != 1 || !strings.Contains(stderr, c.msg) || stdout != "" {
				t.Errorf("exit %d, stdout %q; stderr %q should say %q", code, stdout, stderr, c.msg)
			}
			if strings.Contains(stderr, "embedded sample") {
				t.Errorf("the embedded sample was read: %s", stderr)
			}
			if left := leftBehind(t, out); len(left) > 0 {
				t.Errorf("a failed run left %v in the output folder", left)
			}
		})
	}
}

// quoteTOML writes s as a TOML basic string.
func quoteTOML(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// A file of 0 bytes is an error that names it; with --keep-going it is
// skipped, and the skip shows in the log, manifest.json and brief.md.
func TestZeroByteFile(t *testing.T) {
	dir := inputsDir(t, map[string]string{"a-good.csv": goodCSV, "b-zero.csv": ""})
	zero := filepath.Join(dir, "b-zero.csv")

	out := t.TempDir()
	code, stdout, stderr := ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, dir)
	if code != 1 || !strings.Contains(stderr, "ctreport: loading incidents: "+zero+": empty file, 0 bytes") || stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 naming %s", code, stdout, stderr, zero)
	}
	if left := leftBehind(t, out); len(left) > 0 {
		t.Errorf("a failed run left %v in the output folder", left)
	}

	code, stdout, stderr = ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, "--keep-going", dir)
	if code != 0 {
		t.Fatalf("--keep-going: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "2 incidents from 2 rows") {
		t.Errorf("stdout = %q", stdout)
	}
	if !regexp.MustCompile(`level=WARN msg=skipped file=` + regexp.QuoteMeta(zero) + ` reason="empty file, 0 bytes"`).MatchString(stderr) {
		t.Errorf("no skipped log line naming %s:\n%s", zero, stderr)
	}
	report := filepath.Join(out, "2022")
	inputs, raw := readManifestInputs(t, report)
	if len(inputs) != 2 || inputs[0].Path != filepath.Join(dir, "a-good.csv") || inputs[0].Skipped || inputs[0].Accepted != 2 {
		t.Fatalf("manifest inputs = %+v", inputs)
	}
	if z := inputs[1]; z.Path != zero || !z.Skipped || z.Reason != "empty file, 0 bytes" || z.Size != 0 ||
		z.SHA256 != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" || z.RowsRead != 0 {
		t.Errorf("the skipped file in the manifest = %+v", z)
	}
	if strings.Count(raw, `"skipped"`) != 1 || strings.Count(raw, `"reason"`) != 1 {
		t.Errorf("only the skipped file has skipped and reason:\n%s", raw)
	}
	brief := readText(t, filepath.Join(report, "brief.md"))
	if !strings.Contains(brief, "1 input file left out, unreadable: b-zero.csv") {
		t.Errorf("brief.md lacks the caveat of the skipped file:\n%s", brief)
	}
	checkWhole(t, report)

	// The same inputs again: the skipped file is part of what is compared.
	code, stdout, stderr = ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, "--keep-going", dir)
	if code != 0 || !strings.Contains(stdout, "unchanged") {
		t.Errorf("rerun: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	os.WriteFile(zero, []byte(goodCSV), 0o644)
	code, stdout, stderr = ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, "--keep-going", dir)
	if code != 0 || !strings.Contains(stdout, "written") || !strings.Contains(stderr, "because=\"input "+zero+" changed\"") {
		t.Errorf("rerun after the skipped file changed: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if inputs, _ := readManifestInputs(t, report); len(inputs) != 2 || inputs[1].Skipped || inputs[1].RowsRead != 2 {
		t.Errorf("manifest inputs after the fix = %+v", inputs)
	}
}

// The caveat of skipped files is worded in every language, its plural
// agreeing with the count.
func TestSkippedFilesCaveat(t *testing.T) {
	dir := inputsDir(t, map[string]string{
		"a.csv": goodCSV,
		"b.csv": "",
		"c.csv": "incident_id,date\nX,2022-01-01\n", // no country column
	})
	for _, c := range []struct {
		lang   string
		inputs []string
		want   string
	}{
		{"en", []string{"a.csv", "b.csv", "c.csv"}, "2 input files left out, unreadable: b.csv and c.csv"},
		{"fr", []string{"a.csv", "c.csv"}, "1 fichier écarté, illisible\u00a0: c.csv"},
		{"fr", []string{"a.csv", "b.csv", "c.csv"}, "2 fichiers écartés, illisibles\u00a0: b.csv et c.csv"},
		{"ar", []string{"a.csv", "b.csv"}, "ملف واحد مستبعد تعذرت قراءته: \u2066b.csv\u2069"},
		{"ar", []string{"a.csv", "b.csv", "c.csv"}, "ملفان مستبعدان تعذرت قراءتهما: \u2066b.csv\u2069 و\u2066c.csv\u2069"},
	} {
		t.Run(c.lang+"/"+strings.Join(c.inputs, ","), func(t *testing.T) {
			out := t.TempDir()
			args := []string{"run", "--as-of", asOf, "--period", "2022", "--out", out, "--lang", c.lang, "--keep-going"}
			for _, in := range c.inputs {
				args = append(args, filepath.Join(dir, in))
			}
			code, _, stderr := ctreport(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			brief := readText(t, filepath.Join(out, "2022", "brief.md"))
			if !strings.Contains(brief, c.want) {
				t.Errorf("brief.md lacks %q:\n%s", c.want, brief)
			}
			// The skip is its own caveat, not counted among the row warnings.
			if strings.Contains(brief, "inconsistent in") || strings.Contains(brief, "incohérence interne") || strings.Contains(brief, "تناقض") {
				t.Errorf("a skipped file is counted as a row warning:\n%s", brief)
			}
		})
	}
}

// A header-only file (also after a byte-order mark, or followed by blank
// lines) is read, with a warning naming it; alone, it gives no accepted
// row and nothing is published.
func TestHeaderOnlyFile(t *testing.T) {
	dir := inputsDir(t, map[string]string{
		"a-good.csv":   goodCSV,
		"b-header.csv": "\ufeffincident_id,date,country\r\n\r\n\n",
	})
	header := filepath.Join(dir, "b-header.csv")
	out := t.TempDir()
	code, _, stderr := ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, `level=WARN msg="no rows" file=`+header+` reason="no rows: the file has a header only"`) {
		t.Errorf("no warning naming %s:\n%s", header, stderr)
	}
	inputs, _ := readManifestInputs(t, filepath.Join(out, "2022"))
	if len(inputs) != 2 || inputs[1].Path != header || inputs[1].Skipped || inputs[1].RowsRead != 0 {
		t.Errorf("manifest inputs = %+v", inputs)
	}

	out = t.TempDir()
	code, stdout, stderr := ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, header)
	if code != 1 || stdout != "" || !strings.Contains(stderr, "ctreport: no row accepted from 1 file: the report is not published") {
		t.Errorf("header only: exit %d, stdout %q, stderr %s", code, stdout, stderr)
	}
	if left := leftBehind(t, out); len(left) > 0 {
		t.Errorf("a failed run left %v in the output folder", left)
	}
}

// When --keep-going skips every file, or the files read hold no accepted
// row, the run fails and the published report stays as it was.
func TestNoAcceptedRowPublishesNothing(t *testing.T) {
	dir := inputsDir(t, map[string]string{
		"zero.csv":     "",
		"nocol.csv":    "incident_id,date\nX,2022-01-01\n",
		"header.csv":   "incident_id,date,country\n",
		"rejected.csv": "incident_id,date,country,arrests\nA,2022-01-01,MA,-3\n",
	})
	in := func(names ...string) []string {
		var p []string
		for _, n := range names {
			p = append(p, filepath.Join(dir, n))
		}
		return p
	}
	out := t.TempDir()
	previous(t, out, "2022")
	before := sums(t, filepath.Join(out, "2022"))
	for _, c := range []struct {
		name string
		args []string
		msg  string
	}{
		{"every file skipped", append([]string{"--keep-going"}, in("zero.csv", "nocol.csv")...), "no row accepted from 2 files (2 skipped): the report is not published"},
		{"skipped and header only", append([]string{"--keep-going"}, in("zero.csv", "header.csv")...), "no row accepted from 2 files (1 skipped): the report is not published"},
		{"every row rejected", append([]string{"--max-rejected", "1"}, in("rejected.csv", "header.csv")...), "no row accepted from 2 files: the report is not published"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := ctreport(t, append([]string{"run", "--as-of", asOf, "--period", "2022", "--out", out}, c.args...)...)
			if code != 1 || stdout != "" || !strings.Contains(stderr, "ctreport: "+c.msg) {
				t.Errorf("exit %d, stdout %q; stderr %q should say %q", code, stdout, stderr, c.msg)
			}
			if after := sums(t, filepath.Join(out, "2022")); !sameSums(before, after) {
				t.Error("the published report changed")
			}
		})
	}
	// With the real binary, as cron runs it.
	r := ctreportProc(t, append([]string{"run", "--as-of", asOf, "--period", "2022", "--out", out, "--keep-going"}, in("zero.csv", "nocol.csv")...)...)
	if r.code != 1 || !strings.Contains(r.stderr, "no row accepted from 2 files (2 skipped)") ||
		strings.Count(r.stderr, "level=WARN msg=skipped") != 2 {
		t.Errorf("binary: exit %d\n%s", r.code, r.stderr)
	}
	if after := sums(t, filepath.Join(out, "2022")); !sameSums(before, after) {
		t.Error("the published report changed")
	}
}

// A normal run's manifest has no skipped or reason field.
func TestManifestWithoutSkippedFiles(t *testing.T) {
	out := t.TempDir()
	if code, _, stderr := ctreport(t, "run", "--as-of", asOf, "--period", "2022", "--out", out, seedCSV); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	_, raw := readManifestInputs(t, filepath.Join(out, "2022"))
	if strings.Contains(raw, `"skipped"`) || strings.Contains(raw, `"reason"`) {
		t.Errorf("manifest.json of a run without skipped files:\n%s", raw)
	}
}
