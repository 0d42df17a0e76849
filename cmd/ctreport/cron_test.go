//go:build linux

package main

// Tests of ctreport as cron runs it: the real binary in its own process,
// on real files, killed, interrupted, run twice at once, on a full or
// read-only disk.

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ctreport/ctreport/internal/outdir"
	"golang.org/x/sys/unix"
)

// SIGKILL at any moment of a run leaves the previous report as it was (or,
// after the commit point, the new report whole) and nothing a reader would
// take for a report; the next run clears what the killed ones left.
//
// The kills come at random times within how long a run takes: first as
// measured, then less when a run finishes before its kill (the machine got
// less busy). The test itself is not parallel, so that the runs it times
// compete only with each other: two series of kills, one a core, each on
// its own output folder.
func TestKillAtRandomPoints(t *testing.T) {
	const rounds, series = 20, 2
	big := synthInput(t, 20000, 1)

	// Complete runs, two at once as the kills below: what a completed run
	// publishes, and how long it takes.
	var took time.Duration
	var after map[string]string
	cmds := make([]*exec.Cmd, series)
	outs := make([]*bytes.Buffer, 2*series)
	dirs := make([]string, series)
	began := time.Now()
	for i := range series {
		dirs[i] = t.TempDir()
		cmds[i], outs[2*i], outs[2*i+1] = start(t, "run", "--as-of", asOf, "--out", dirs[i], big)
	}
	for i, cmd := range cmds {
		if r := wait(t, cmd, outs[2*i], outs[2*i+1]); r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		took = max(took, time.Since(began))
		s := sums(t, filepath.Join(dirs[i], "2025"))
		if after != nil && !sameSums(s, after) {
			t.Fatal("two runs on the same input gave different reports")
		}
		after = s
	}

	for i := range series {
		t.Run(fmt.Sprintf("series %d", i+1), func(t *testing.T) {
			t.Parallel()
			killRuns(t, big, rounds/series, took, after)
		})
	}
}

// killRuns kills rounds runs on big at random times within took; after is
// the report a completed run publishes.
func killRuns(t *testing.T, big string, rounds int, took time.Duration, after map[string]string) {
	out := t.TempDir()
	previous(t, out, "2025") // the embedded sample's 2025
	published := filepath.Join(out, "2025")
	before := sums(t, published)
	if sameSums(before, after) {
		t.Fatal("the two inputs give the same report: the test could not tell them apart")
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	var old, replaced, finished int
	for i := range rounds {
		delay := time.Duration(rng.Int64N(int64(took)))
		cmd, stdout, stderr := start(t, "run", "--as-of", asOf, "--out", out, "--force", big)
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		r := wait(t, cmd, stdout, stderr)
		now := sums(t, published)
		switch {
		case !r.killed:
			finished++
			if r.code != 0 {
				t.Fatalf("round %d: exit %d: %s", i, r.code, r.stderr)
			}
			// The run took less than delay (the machine is less busy
			// now): aim the next kills at the run as it is now.
			took = min(took, delay)
		case sameSums(now, before):
			old++
		case sameSums(now, after):
			replaced++ // killed after the commit point
		default:
			t.Fatalf("round %d: killed after %v, the published report is neither the previous one nor the new one", i, delay)
		}
		checkFolder(t, out, "2025")
		before = now // a new report is the previous one from now on
	}
	t.Logf("%d kills (a run takes %v or less): %d left the previous report, %d came after the commit point; %d runs finished first",
		rounds, took.Round(time.Millisecond), old, replaced, finished)
	if old < rounds/4 {
		t.Errorf("only %d of %d kills came before the commit point: the test is not testing much", old, rounds)
	}

	// The next run clears what the killed ones left. Run it on the
	// inputs of the published report, so that it has nothing else to do.
	args := []string{"run", "--as-of", asOf, "--out", out}
	if sameSums(before, after) {
		args = append(args, big)
	}
	r := mustRun(t, args...)
	if !strings.Contains(r.stdout, "unchanged") {
		t.Errorf("stdout %q, want the report found up to date", r.stdout)
	}
	if left := checkFolder(t, out, "2025"); len(left) > 0 {
		t.Errorf("after a completed run, %v remain", left)
	}
}

// Two runs of one report at once: one publishes; the other waits for it
// (and then finds the report up to date), or, told not to wait long,
// fails naming the holder.
func TestConcurrentRuns(t *testing.T) {
	t.Parallel()
	big := synthInput(t, 20000, 2)
	out := t.TempDir()
	args := []string{"run", "--as-of", asOf, "--out", out, big}
	// Wait as long as it takes, even on a busy machine.
	a, aOut, aErr := start(t, append(args, "--lock-wait", "10m")...)
	b, bOut, bErr := start(t, append(args, "--lock-wait", "10m")...)
	// Once the lock file names a pid, one of them holds the lock.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if pid, _ := os.ReadFile(filepath.Join(out, outdir.LockName)); len(bytes.TrimSpace(pid)) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no run took the lock")
		}
		time.Sleep(5 * time.Millisecond)
	}
	c := ctreportProc(t, append(args, "--lock-wait", "50ms")...)
	ra, rb := wait(t, a, aOut, aErr), wait(t, b, bOut, bErr)

	if ra.code != 0 || rb.code != 0 {
		t.Fatalf("exit %d and %d:\n%s\n%s", ra.code, rb.code, ra.stderr, rb.stderr)
	}
	outs := []string{ra.stdout, rb.stdout}
	slices.Sort(outs)
	if !strings.Contains(outs[0], "unchanged") || !strings.Contains(outs[1], "written") {
		t.Errorf("want one run to publish and the other to find it up to date:\n%s%s", outs[0], outs[1])
	}
	holder := regexp.MustCompile(`locked by another ctreport run \(pid (\d+)\)`).FindStringSubmatch(c.stderr)
	if c.code != 1 || holder == nil {
		t.Fatalf("the run that would not wait: exit %d, stderr %q; want exit 1 naming the holder", c.code, c.stderr)
	}
	if pid, _ := strconv.Atoi(holder[1]); pid != a.Process.Pid && pid != b.Process.Pid {
		t.Errorf("holder pid %d is neither run (%d, %d)", pid, a.Process.Pid, b.Process.Pid)
	}
	if left := checkFolder(t, out, "2025"); len(left) > 0 {
		t.Errorf("staging left: %v", left)
	}
}

// mountTmpfs mounts a tmpfs on a new folder and returns it, or "" where
// mounting is not allowed.
func mountTmpfs(t *testing.T, opts string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", opts, "tmpfs", dir).CombinedOutput(); err != nil {
		return ""
	} else if len(out) > 0 {
		t.Log(string(out))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// A run that fails leaves the previous report as it was, no staging
// folder, and says why with exit 1.
func TestFailuresLeaveNoPartialReport(t *testing.T) {
	t.Parallel()
	seed, err := filepath.Abs(seedCSV)
	if err != nil {
		t.Fatal(err)
	}
	base := []string{"run", "--as-of", asOf, "--period", "2022", "--force"}
	// failing runs the command of a case and checks the common promises.
	failing := func(t *testing.T, r result, msg string) {
		t.Helper()
		if r.code != 1 || !strings.Contains(r.stderr, msg) {
			t.Errorf("exit %d, stderr %q; want exit 1 saying %q", r.code, r.stderr, msg)
		}
		if strings.Contains(r.stdout, "written") {
			t.Errorf("stdout says %q", r.stdout)
		}
	}

	t.Run("output folder under a regular file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		os.WriteFile(file, []byte("x"), 0o644)
		out := filepath.Join(file, "out")
		failing(t, ctreportProc(t, append(base, "--out", out, seed)...), "not a directory")
	})

	t.Run("missing input", func(t *testing.T) {
		out := t.TempDir()
		previous(t, out, "2022")
		before := sums(t, filepath.Join(out, "2022"))
		failing(t, ctreportProc(t, append(base, "--out", out, seed, "no/such/file.csv")...), "no/such/file.csv")
		if !sameSums(before, sums(t, filepath.Join(out, "2022"))) {
			t.Error("the previous report changed")
		}
		if left := checkFolder(t, out, "2022"); len(left) > 0 {
			t.Errorf("left %v", left)
		}
	})

	t.Run("full disk", func(t *testing.T) {
		mnt := mountTmpfs(t, "size=32m")
		if mnt == "" {
			t.Log("cannot mount a tmpfs here; limiting the file size (RLIMIT_FSIZE) instead")
		}
		out := filepath.Join(t.TempDir(), "out")
		if mnt != "" {
			out = filepath.Join(mnt, "out")
		}
		previous(t, out, "2022")
		before := sums(t, filepath.Join(out, "2022"))
		if mnt != "" {
			fillDisk(t, mnt, 32<<10)
		}
		cmd, stdout, stderr := start(t, append(base, "--out", out, seed)...)
		if mnt == "" {
			// Too late for nothing but the lock file: the run is still
			// starting up. Writes past 32 KiB then fail with EFBIG.
			lim := unix.Rlimit{Cur: 32 << 10, Max: 32 << 10}
			if err := unix.Prlimit(cmd.Process.Pid, unix.RLIMIT_FSIZE, &lim, nil); err != nil {
				t.Fatal(err)
			}
		}
		r := wait(t, cmd, stdout, stderr)
		msg := "no space left on device"
		if mnt == "" {
			msg = "file too large"
		}
		failing(t, r, msg)
		if !sameSums(before, sums(t, filepath.Join(out, "2022"))) {
			t.Error("the previous report changed")
		}
		if left := checkFolder(t, out, "2022"); len(left) > 0 {
			t.Errorf("left %v", left)
		}
	})

	t.Run("read-only output folder", func(t *testing.T) {
		mnt := mountTmpfs(t, "size=32m")
		if mnt == "" {
			t.Skip("cannot mount a tmpfs here (the regular-file case covers an unwritable folder)")
		}
		out := filepath.Join(mnt, "out")
		previous(t, out, "2022")
		before := sums(t, filepath.Join(out, "2022"))
		if b, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
			t.Skipf("remount read-only: %v %s", err, b)
		}
		failing(t, ctreportProc(t, append(base, "--out", out, seed)...), "read-only file system")
		if !sameSums(before, sums(t, filepath.Join(out, "2022"))) {
			t.Error("the previous report changed")
		}
	})
}

// fillDisk fills the file system of dir, bar free bytes, with a file beside
// the output folder.
func fillDisk(t *testing.T, dir string, free int64) {
	t.Helper()
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	avail := int64(st.Bavail) * st.Bsize
	if avail <= free {
		return
	}
	if err := os.WriteFile(filepath.Join(dir, "filler"), make([]byte, avail-free), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A rerun on the same inputs, settings and as-of date writes nothing;
// --force rewrites every file with the same bytes; a changed input is
// rebuilt.
func TestRerunUnchangedAndForce(t *testing.T) {
	t.Parallel()
	input := filepath.Join(t.TempDir(), "incidents.csv")
	seed, err := os.ReadFile(seedCSV)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(input, seed, 0o644)
	out := t.TempDir()
	args := []string{"run", "--as-of", asOf, "--period", "2022", "--out", out, input}
	dir := filepath.Join(out, "2022")
	mustRun(t, args...)
	first := sums(t, dir)
	for _, f := range []string{"report.xlsx", "figures.json", "manifest.json", "rejected.csv"} {
		if _, ok := first[f]; !ok {
			t.Errorf("no %s in %v", f, first)
		}
	}
	ino := inode(t, dir)

	r := mustRun(t, args...)
	if !strings.Contains(r.stdout, "unchanged") || strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("rerun stdout %q, want one line saying unchanged", r.stdout)
	}
	if inode(t, dir) != ino {
		t.Error("the rerun replaced the report folder")
	}

	r = mustRun(t, append(args, "--force")...)
	if !strings.Contains(r.stdout, "written") {
		t.Errorf("--force stdout %q", r.stdout)
	}
	if inode(t, dir) == ino {
		t.Error("--force did not replace the report folder")
	}
	if again := sums(t, dir); !sameSums(first, again) {
		for f, s := range first {
			if again[f] != s {
				t.Errorf("--force: %s differs", f)
			}
		}
	}

	// Same size, other contents: the SHA-256 tells.
	os.WriteFile(input, bytes.Replace(seed, []byte("11"), []byte("12"), 1), 0o644)
	r = mustRun(t, args...)
	if !strings.Contains(r.stdout, "written") {
		t.Errorf("changed input: stdout %q", r.stdout)
	}
	checkWhole(t, dir)
}

func inode(t *testing.T, path string) uint64 {
	t.Helper()
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		t.Fatal(err)
	}
	return st.Ino
}

// SIGINT or SIGTERM stops a run: exit 1, "interrupted", the staging folder
// removed, the previous report untouched.
func TestInterrupt(t *testing.T) {
	t.Parallel()
	big := synthInput(t, 20000, 3)
	for _, c := range []struct {
		name  string
		sig   syscall.Signal
		after string // the log line after which the signal is sent
	}{
		{"SIGINT while loading", syscall.SIGINT, ""},
		{"SIGTERM while writing", syscall.SIGTERM, "msg=reconciled"},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := t.TempDir()
			previous(t, out, "2025")
			before := sums(t, filepath.Join(out, "2025"))
			cmd := exec.Command(bin, "run", "--as-of", asOf, "--out", out, big)
			var stdout, stderr bytes.Buffer
			cmd.Stdout = &stdout
			pipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// The run holds the lock, so its signal handler is set: send
			// the signal now, or after the line c.after.
			waitForLock(t, out, cmd.Process.Pid)
			sc := bufio.NewScanner(pipe)
			for c.after != "" && sc.Scan() {
				stderr.Write(append(sc.Bytes(), '\n'))
				if strings.Contains(sc.Text(), c.after) {
					break
				}
			}
			cmd.Process.Signal(c.sig)
			io.Copy(&stderr, pipe)
			r := wait(t, cmd, &stdout, &stderr)
			if r.code == 0 {
				t.Skip("the run published before the signal came")
			}
			if r.code != 1 || !strings.Contains(r.stderr, "interrupted") {
				t.Errorf("exit %d, stderr %q; want exit 1, interrupted", r.code, r.stderr)
			}
			if !sameSums(before, sums(t, filepath.Join(out, "2025"))) {
				t.Error("the previous report changed")
			}
			if left := checkFolder(t, out, "2025"); len(left) > 0 {
				t.Errorf("left %v", left)
			}
		})
	}
}

// waitForLock waits until the process pid holds the lock of out.
func waitForLock(t *testing.T, out string, pid int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, _ := os.ReadFile(filepath.Join(out, outdir.LockName))
		if strings.TrimSpace(string(b)) == strconv.Itoa(pid) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("pid %d did not take the lock of %s", pid, out)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// A settings file with a misspelt key is refused, naming the key and its
// line.
func TestSettingsTypoRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	conf := filepath.Join(dir, "ctreport.toml")
	os.WriteFile(conf, []byte(`out = "out"

[reports.quarterly-ar]
period = "last-quarter"
lnag = "ar"
`), 0o644)
	r := ctreportProc(t, "run", "--config", conf)
	want := conf + `:5:1: unknown key "lnag" in [reports.quarterly-ar] (did you mean "lang"?)`
	if r.code != 2 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 2 and %q", r.code, r.stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
		t.Error("a refused settings file still made the output folder")
	}
}
