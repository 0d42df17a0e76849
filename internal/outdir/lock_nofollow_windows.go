package outdir

// noFollow: Windows has no open flag that refuses a symlink; openLockFile
// checks the file before and after opening it instead.
const (
	noFollow = 0
	nonBlock = 0
)
