package main

// The real binary, built once by TestMain, and what the tests that run it
// share. Runs on every system; the tests of cron's hard cases (signals,
// full disks, tmpfs) are in cron_test.go, on Linux.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ctreport/ctreport/internal/outdir"
)

// bin is the ctreport binary the tests run, built once by TestMain in
// binDir.
var bin, binDir string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "ctreport-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binDir, bin = dir, filepath.Join(dir, "ctreport"+exeSuffix)
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building ctreport: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// exeSuffix is what the system's executables end with.
var exeSuffix = map[bool]string{true: ".exe"}[runtime.GOOS == "windows"]

// asOf is the as-of date of every run here, so that "last-year" is 2025.
const asOf = "2026-11-28"

// result is how a process ended.
type result struct {
	code           int
	stdout, stderr string
	killed         bool // by a signal
}

func wait(t *testing.T, cmd *exec.Cmd, stdout, stderr *bytes.Buffer) result {
	t.Helper()
	err := cmd.Wait()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
		r.killed = !ee.Exited()
	default:
		t.Fatal(err)
	}
	return r
}

// start starts ctreport with args.
func start(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stdout, &stderr
}

// ctreportProc runs ctreport to the end.
func ctreportProc(t *testing.T, args ...string) result {
	t.Helper()
	cmd, stdout, stderr := start(t, args...)
	return wait(t, cmd, stdout, stderr)
}

// mustRun runs ctreport and fails the test unless it exits 0.
func mustRun(t *testing.T, args ...string) result {
	t.Helper()
	r := ctreportProc(t, args...)
	if r.code != 0 {
		t.Fatalf("ctreport %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r
}

// synthInput writes synthetic incidents with ctreport synth.
func synthInput(t *testing.T, rows int, seed int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("incidents-%d-%d.csv", rows, seed))
	mustRun(t, "synth", "--rows", strconv.Itoa(rows), "--seed", strconv.Itoa(seed), "--out", path)
	return path
}

// previous builds a report once for all the tests that need one to be
// there before their run (the embedded sample's 2025, or the seed file's
// 2022), and copies it to out/<label>.
func previous(t *testing.T, out, label string) {
	t.Helper()
	b := baselines[label]
	b.once.Do(func() {
		b.dir = filepath.Join(binDir, "baseline-"+label)
		args := []string{"run", "--as-of", asOf, "--out", b.dir}
		if label == "2022" {
			seed, _ := filepath.Abs(seedCSV)
			args = append(args, "--period", "2022", seed)
		}
		b.result = ctreportProc(t, args...)
	})
	if b.result.code != 0 {
		t.Fatalf("building the previous report: exit %d\n%s", b.result.code, b.result.stderr)
	}
	if err := os.CopyFS(filepath.Join(out, label), os.DirFS(filepath.Join(b.dir, label))); err != nil {
		t.Fatal(err)
	}
}

var baselines = map[string]*struct {
	once   sync.Once
	dir    string
	result result
}{"2025": {}, "2022": {}}

// sums is the SHA-256 of every file under dir, by relative path.
func sums(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		rel, _ := filepath.Rel(dir, p)
		got[filepath.ToSlash(rel)] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func sameSums(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// checkWhole checks that the report folder dir is whole: its manifest
// lists every other file in it with the right size and SHA-256.
func checkWhole(t *testing.T, dir string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("report %s: %v", dir, err)
	}
	var m struct {
		Outputs []struct {
			Path   string
			Size   int64
			SHA256 string
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/manifest.json: %v", dir, err)
	}
	have := sums(t, dir)
	delete(have, "manifest.json")
	if len(m.Outputs) == 0 {
		t.Errorf("%s/manifest.json lists no outputs", dir)
	}
	for _, o := range m.Outputs {
		if have[o.Path] != o.SHA256 {
			t.Errorf("%s/%s: SHA-256 %q, manifest says %q", dir, o.Path, have[o.Path], o.SHA256)
		}
		delete(have, o.Path)
	}
	for p := range have {
		t.Errorf("%s/%s is not in the manifest", dir, p)
	}
}

// checkFolder checks what a reader of the output folder out sees: only
// the report folders labels (each whole), latest pointing to one of them,
// and dot names. It returns the dot names other than the lock file.
func checkFolder(t *testing.T, out string, labels ...string) (staging []string) {
	t.Helper()
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case name == outdir.LockName:
		case strings.HasPrefix(name, "."):
			staging = append(staging, name)
		case name == outdir.LatestName:
			target, err := os.Readlink(filepath.Join(out, name))
			if err != nil || !slices.Contains(labels, target) {
				t.Errorf("latest -> %q (%v), want one of %v", target, err, labels)
			}
		case slices.Contains(labels, name):
			checkWhole(t, filepath.Join(out, name))
		default:
			t.Errorf("%s holds %s, which a reader would take for a report", out, name)
		}
	}
	return staging
}
