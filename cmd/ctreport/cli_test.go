package main

// The command line as a user meets it: the real binary's help, errors,
// "--", standard input, completion, the man page and plurals.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runBin runs the binary with stdin and returns its exit code and output.
func runBin(t *testing.T, in string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(in)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.String(), errb.String()
}

func TestHelpOnStdout(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"Usage:", "ctreport run [flags] [INPUT ...]", "Examples:", "Exit status:"}},
		{[]string{"-h"}, []string{"Usage:"}},
		{[]string{"help", "run"}, []string{"Usage: ctreport run"}},
		{[]string{"run", "--help"}, []string{"Usage: ctreport run [flags] [INPUT ...]", "INPUT is one of:", "  -       CSV read from standard input",
			"Report flags", "  --out DIR ", "  --lang LANG ", "Run flags:", "  --lock-wait DURATION ", "Examples:", "Exit status:", "  3  more rows rejected"}},
		{[]string{"run", "-h"}, []string{"Usage: ctreport run"}},
		{[]string{"synth", "--help"}, []string{"Usage: ctreport synth [flags]", "  --rows N ", "  --out FILE ", "Examples:", "Exit status:"}},
	} {
		code, stdout, stderr := runBin(t, "", c.args...)
		if code != 0 || stderr != "" {
			t.Errorf("%v: exit %d, stderr %q", c.args, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: stdout lacks %q", c.args, w)
			}
		}
		if strings.Contains(stdout, "\n  -"+"out") || strings.Contains(stdout, " string\n") {
			t.Errorf("%v: flags printed the flag package's way:\n%s", c.args, stdout)
		}
	}
}

// An unknown flag or command is one line, with a suggestion, exit 2.
func TestUnknownFlagOrCommand(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "--perod", "2022"}, "ctreport: run: unknown flag --perod (did you mean --period?)\n"},
		{[]string{"run", "--lnag=ar"}, "ctreport: run: unknown flag --lnag (did you mean --lang?)\n"},
		{[]string{"synth", "--row", "3"}, "ctreport: synth: unknown flag --row (did you mean --rows?)\n"},
		{[]string{"rnu"}, "ctreport: unknown command \"rnu\" (did you mean \"run\"?)\n"},
		{[]string{"run", "--zzzzzz"}, "ctreport: run: unknown flag --zzzzzz (see \"ctreport run --help\")\n"},
		{[]string{"completion", "bsh"}, "ctreport: completion: unknown shell \"bsh\" (did you mean \"bash\"?)\n"},
	} {
		code, stdout, stderr := runBin(t, "", c.args...)
		if code != 2 || stdout != "" || stderr != c.want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, stdout, stderr, c.want)
		}
	}
}

// After "--" every argument is an input: files named like flags never set
// the output (issue 19, item 14).
func TestDoubleDashEndsFlags(t *testing.T) {
	dir := t.TempDir()
	seed, _ := os.ReadFile(seedCSV)
	for _, name := range []string{"--a.csv", "--out=hijack.csv"} {
		if err := os.WriteFile(filepath.Join(dir, name), seed, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(bin, "run", "--as-of", asOf, "--period", "2022", "--out", out, "--", "--a.csv", "--out=hijack.csv")
	cmd.Dir = dir
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	if _, err := os.Stat(filepath.Join(dir, "hijack.csv", "2022")); err == nil {
		t.Error("a file named --out=hijack.csv set the output folder")
	}
	m, _ := os.ReadFile(filepath.Join(out, "2022", "manifest.json"))
	if !strings.Contains(string(m), `"--out=hijack.csv"`) || !strings.Contains(string(m), `"--a.csv"`) {
		t.Errorf("the manifest does not list both files as inputs:\n%s", m)
	}
}

// "-" reads CSV from standard input; it is named stdin, and the copy is
// removed.
func TestStdinInput(t *testing.T) {
	seed, err := os.ReadFile(seedCSV)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	cmd := exec.Command(bin, "run", "--as-of", asOf, "--period", "2022", "--out", out, "-")
	cmd.Stdin = bytes.NewReader(seed)
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp, "TMP="+tmp, "TEMP="+tmp)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if want := "1 incident from 3 rows (0 rejected, 0 copies dropped)"; !strings.Contains(stdout.String(), want) {
		t.Errorf("stdout %q lacks %q", stdout.String(), want)
	}
	if !strings.Contains(stderr.String(), "file=stdin ") {
		t.Errorf("the log does not name the input stdin:\n%s", stderr.String())
	}
	m, _ := os.ReadFile(filepath.Join(out, "2022", "manifest.json"))
	if !strings.Contains(string(m), `"path": "stdin"`) {
		t.Errorf("manifest.json does not name the input stdin:\n%s", m)
	}
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "ctreport-stdin-") {
			t.Errorf("the copy of standard input %s was left behind", e.Name())
		}
	}
}

func TestCompletionAndMan(t *testing.T) {
	for shell, want := range map[string]string{
		"bash":       "complete -o filenames -F _ctreport ctreport",
		"zsh":        "#compdef ctreport",
		"fish":       "complete -c ctreport -n '__fish_seen_subcommand_from run' -l lang -x -a 'en ar fr'",
		"powershell": "Register-ArgumentCompleter -Native -CommandName ctreport",
	} {
		code, stdout, stderr := runBin(t, "", "completion", shell)
		if code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("completion %s: exit %d (%s), lacks %q", shell, code, stderr, want)
		}
		for _, s := range settingsTable {
			if s.Flag != "" && !strings.Contains(stdout, s.Flag) {
				t.Errorf("completion %s lacks --%s", shell, s.Flag)
			}
		}
	}
	if sh, err := exec.LookPath("bash"); err == nil {
		_, script, _ := runBin(t, "", "completion", "bash")
		if b, err := exec.Command(sh, "-n", "-c", script).CombinedOutput(); err != nil {
			t.Errorf("bash -n: %v\n%s", err, b)
		}
	}
	code, man, _ := runBin(t, "", "man")
	if code != 0 || !strings.HasPrefix(man, `.\"`) || !strings.Contains(man, ".TH CTREPORT 1") {
		t.Errorf("man: exit %d\n%s", code, man)
	}
	for _, s := range settingsTable {
		if s.Flag != "" && !strings.Contains(man, roff("--"+s.Flag)) {
			t.Errorf("the man page lacks --%s", s.Flag)
		}
	}
	if b, err := os.ReadFile("../../docs/ctreport.1"); err != nil || string(b) != man {
		t.Errorf("docs/ctreport.1 is not what ctreport man prints (make man)")
	}
}

// The lock file as a symlink stops the run with a clear error, its target
// untouched (issue 19, item 13).
func TestLockSymlinkRefused(t *testing.T) {
	out, other := t.TempDir(), t.TempDir()
	target := filepath.Join(other, "keep.txt")
	os.WriteFile(target, []byte("keep"), 0o644)
	if err := os.Symlink(target, filepath.Join(out, ".ctreport.lock")); err != nil {
		t.Skip(err)
	}
	code, _, stderr := runBin(t, "", "run", "--as-of", asOf, "--out", out)
	if code != 1 || !strings.Contains(stderr, "is a symbolic link, not a plain file") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(target); string(b) != "keep" {
		t.Errorf("the symlink's target holds %q", b)
	}
}
