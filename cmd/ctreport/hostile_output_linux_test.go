//go:build linux

package main

import (
	"strings"
	"syscall"
	"testing"
	"time"
)

// Case 2: a SIGTERM while a report of huge counts is being made stops it
// at once (exit 1, nothing published) or lets it finish (exit 0): never a
// run that has to be killed.
func TestHostileHugeCountsSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the binary")
	}
	in := hugeCounts(t)
	big := synthInput(t, 100000, 7)
	for _, after := range []time.Duration{0, 50 * time.Millisecond, 300 * time.Millisecond, time.Second} {
		out := t.TempDir()
		cmd, stdout, stderr := start(t, "run", "--as-of", asOf, "--period", "2022", "--max-rejected", "1", "--out", out, in, big)
		// Once it holds the lock its signal handler is in place (before,
		// SIGTERM ends a Go program at once, which is as good).
		waitForLock(t, out, cmd.Process.Pid)
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan result, 1)
		go func() { done <- wait(t, cmd, stdout, stderr) }()
		select {
		case r := <-done:
			if r.killed || (r.code != 0 && r.code != 1) {
				t.Errorf("SIGTERM after %v: exit %d (killed %v)\n%s", after, r.code, r.killed, r.stderr)
			}
			if r.code == 1 && !strings.Contains(r.stderr, "interrupted") {
				t.Errorf("SIGTERM after %v: exit 1 without saying it was interrupted:\n%s", after, r.stderr)
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("SIGTERM after %v: still running 20 s later", after)
		}
	}
}
