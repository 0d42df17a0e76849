package main

import (
	"os"
	"runtime/debug"
)

// minMemoryLimit is the least soft memory limit a run sets.
const minMemoryLimit = 256 << 20

// boundMemory sets the garbage collector's soft memory limit for loads of
// inputBytes bytes in all: twice that, and at least minMemoryLimit. A load
// keeps about 1.5 bytes per input byte; without a limit the heap may grow
// to twice what is kept before it is collected. The limit is soft: past
// it the collector works harder, nothing fails. GOMEMLIMIT, when set,
// is left as it is.
func boundMemory(inputBytes int64) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(max(minMemoryLimit, 2*inputBytes))
}
