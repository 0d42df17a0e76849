//go:build unix

package data

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Case 16: only regular files are read. A named pipe, a device or a
// directory is an error naming it, at once (opening a pipe would wait for
// a writer; /dev/zero never ends), even with KeepGoing, where it is
// skipped.
func TestOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	good := writeFile(t, "good.csv", "incident_id,date,country\nA,2022-01-01,MA\n")
	for _, c := range []struct{ path, want string }{
		{fifo, fifo + ": not a regular file: a named pipe (FIFO)"},
		{"/dev/zero", "/dev/zero: not a regular file: a device"},
		{dir, dir + ": is a directory"},
	} {
		var err error
		within(t, 5*time.Second, func() { _, err = Load([]string{c.path}, DefaultOptions(asOf)) })
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: %v, want %q", c.path, err, c.want)
		}
		opts := DefaultOptions(asOf)
		opts.KeepGoing = true
		var ds *Dataset
		within(t, 5*time.Second, func() { ds, err = Load([]string{c.path, good}, opts) })
		if err != nil || len(ds.Skipped) != 1 || ds.Skipped[0].Path != c.path || ds.Totals().Accepted != 1 {
			t.Errorf("%s with KeepGoing: %v %+v", c.path, err, ds)
		}
	}
	// Found in a folder, the pipe is named as well.
	files, err := ExpandInputs([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var lerr error
	within(t, 5*time.Second, func() { _, lerr = Load(files, DefaultOptions(asOf)) })
	if lerr == nil || !strings.Contains(lerr.Error(), "pipe.csv: not a regular file") {
		t.Errorf("folder with a pipe: %v", lerr)
	}
}
