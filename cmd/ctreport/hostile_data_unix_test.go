//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Cases 16 and 6: a named pipe found in a folder, /dev/zero, and a file
// written to while it is read each fail the run, at once, and nothing is
// published.
func TestHostileFilesFailTheRun(t *testing.T) {
	out := t.TempDir()
	previous(t, out, "2022")
	before := sums(t, filepath.Join(out, "2022"))

	dir := inputsDir(t, map[string]string{"a.csv": "incident_id,date,country\nA,2022-01-01,MA\n"})
	fifo := filepath.Join(dir, "b.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	refusedUntouched(t, hostileRun(t, out, 20*time.Second, dir), out, before, fifo+": not a regular file: a named pipe (FIFO)")
	refusedUntouched(t, hostileRun(t, out, 20*time.Second, "--keep-going", "/dev/zero"), out, before, "no row accepted")
	refusedUntouched(t, hostileRun(t, out, 20*time.Second, "/dev/zero"), out, before, "/dev/zero: not a regular file: a device")

	// A file appended to all the while the run reads it.
	big := synthInput(t, 20000, 3)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		f, err := os.OpenFile(big, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			fmt.Fprintf(f, "LATE-%d,2022-05-01,MA,operation,1,2,,,,,,,,,,,,,,,,\n", i)
			time.Sleep(50 * time.Microsecond)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	r := hostileRun(t, out, 60*time.Second, "--keep-going", big)
	close(stop)
	<-done
	refusedUntouched(t, r, out, before, big+": changed while being read")
}
