package memory

import (
	"os"
	"runtime/debug"
)

// MinLimit is the least soft memory limit a run sets.
const MinLimit = 256 << 20

// Bound prepares the memory of a run that loads inputBytes bytes in all.
//
// It sets the garbage collector's soft memory limit to twice the input,
// and at least MinLimit: a load keeps about 1.5 bytes per input byte, and
// without a limit the heap may grow to twice what is kept before it is
// collected. The limit is soft: past it the collector works harder,
// nothing fails. GOMEMLIMIT, when set, is left as it is.
//
// It then asks for huge pages for that much heap (see HugePages).
func Bound(inputBytes int64) {
	limit := max(MinLimit, 2*inputBytes)
	HugePages(limit)
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(limit)
}
