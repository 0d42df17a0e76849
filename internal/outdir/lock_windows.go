package outdir

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockAt is the byte LockFileEx locks: far past the pid the file holds,
// because Windows locks forbid reading the bytes they cover, and waiting
// runs read the holder's pid.
func lockAt() *windows.Overlapped { return &windows.Overlapped{OffsetHigh: 1} }

// tryLock takes an exclusive LockFileEx lock on f without waiting; it
// reports false when another handle holds it. Windows releases the lock
// when the process ends, however it ends.
func tryLock(f *os.File) (bool, error) {
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, lockAt())
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return false, nil
	}
	return err == nil, err
}

func unlock(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, lockAt())
}
