package outdir

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// LockName is the lock file a run holds in its output folder.
const LockName = ".ctreport.lock"

// Lock is the exclusive hold of one output folder: while a run holds
// it no other ctreport run writes, publishes or cleans up in that folder.
type Lock struct {
	f *os.File
}

// LockedError says that another run holds the output folder.
type LockedError struct {
	Dir    string
	Holder int // the holder's process id; 0 when it has not written it yet
	Waited time.Duration
}

func (e *LockedError) Error() string {
	who := "another ctreport run"
	if e.Holder > 0 {
		who = fmt.Sprintf("another ctreport run (pid %d)", e.Holder)
	}
	return fmt.Sprintf("output folder %s is locked by %s; gave up after waiting %s (see --lock-wait)", e.Dir, who, e.Waited)
}

// Acquire takes the lock of outDir: an exclusive, non-blocking lock on
// outDir/.ctreport.lock (flock(2) on Unix, LockFileEx on Windows), which
// then holds this process's id. When another process holds it, Acquire
// tries again until wait has passed, then returns a
// *LockedError naming the holder. waiting, when not nil, is called once
// with the holder's pid when the first attempt finds the folder locked.
//
// The lock is released when the process ends, however it ends: a killed
// run never leaves the folder locked. The lock file itself stays (removing
// it would let two runs lock two different files).
func Acquire(ctx context.Context, outDir string, wait time.Duration, waiting func(holder int)) (*Lock, error) {
	path := filepath.Join(outDir, LockName)
	f, err := openLockFile(path)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	delay := 10 * time.Millisecond
	told := false
	for {
		held, err := tryLock(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		if held {
			break
		}
		waited := time.Since(start)
		if !told && waiting != nil && wait > 0 {
			waiting(lockHolder(f))
		}
		told = true
		if waited >= wait {
			holder := lockHolder(f)
			f.Close()
			return nil, &LockedError{Dir: outDir, Holder: holder, Waited: wait}
		}
		t := time.NewTimer(min(delay, wait-waited))
		select {
		case <-ctx.Done():
			t.Stop()
			f.Close()
			return nil, ctx.Err()
		case <-t.C:
		}
		delay = min(2*delay, 250*time.Millisecond)
	}
	// Ours now: say who holds it, for the runs that will wait on it.
	pid := []byte(strconv.Itoa(os.Getpid()) + "\n")
	if err := f.Truncate(0); err == nil {
		f.WriteAt(pid, 0)
	}
	return &Lock{f: f}, nil
}

// NotAFileError says that the lock file's name is taken by something
// other than a plain file: a symlink, which ctreport does not follow (it
// would overwrite the file it points to with its pid), a folder, a FIFO…
type NotAFileError struct {
	Path string
	What string // "a symbolic link", "a folder", "not a regular file"
}

func (e *NotAFileError) Error() string {
	return fmt.Sprintf("the lock file %s is %s, not a plain file: ctreport does not open it; remove it (a run creates it again)", e.Path, e.What)
}

// openLockFile opens (creating it if need be) the lock file at path,
// without following a symlink: a symlink, or anything but a plain file,
// is a *NotAFileError and nothing is opened, written or truncated.
func openLockFile(path string) (*os.File, error) {
	if err := plainOrMissing(path); err != nil {
		return nil, err
	}
	// O_NOFOLLOW closes the gap between the check and the open on Unix;
	// O_NONBLOCK keeps a FIFO put there from blocking the open.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|noFollow|nonBlock, 0o644)
	if err != nil {
		if perr := plainOrMissing(path); perr != nil {
			return nil, perr
		}
		return nil, fmt.Errorf("opening the lock file: %w", err)
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = &NotAFileError{Path: path, What: "not a regular file"}
	}
	if err == nil {
		// Windows: the name may have become a link between the check and
		// the open; the file opened must be the one the name holds.
		if lst, lerr := os.Lstat(path); lerr != nil || lst.Mode()&fs.ModeSymlink != 0 || !os.SameFile(st, lst) {
			err = &NotAFileError{Path: path, What: "a symbolic link"}
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// plainOrMissing returns a *NotAFileError when path exists and is not a
// plain file.
func plainOrMissing(path string) error {
	st, err := os.Lstat(path)
	switch {
	case err != nil:
		return nil // missing (or unreadable: the open says why)
	case st.Mode()&fs.ModeSymlink != 0:
		return &NotAFileError{Path: path, What: "a symbolic link"}
	case st.IsDir():
		return &NotAFileError{Path: path, What: "a folder"}
	case !st.Mode().IsRegular():
		return &NotAFileError{Path: path, What: "not a regular file"}
	}
	return nil
}

// lockHolder reads the holder's pid from the lock file; 0 if there is none
// yet.
func lockHolder(f *os.File) int {
	b := make([]byte, 32)
	n, _ := f.ReadAt(b, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(b[:n])))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

// Unlock releases the lock. The file keeps the last holder's pid, which
// only matters while it is locked.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	return err
}
