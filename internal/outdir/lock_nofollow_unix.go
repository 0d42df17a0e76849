//go:build unix

package outdir

import "golang.org/x/sys/unix"

// noFollow makes opening the lock file fail on a symlink instead of
// opening (and truncating) what it points to.
const (
	noFollow = unix.O_NOFOLLOW
	nonBlock = unix.O_NONBLOCK
)
