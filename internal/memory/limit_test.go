package memory

import (
	"runtime/debug"
	"testing"
)

// The soft memory limit is twice the input, at least 256 MiB, and left
// alone when GOMEMLIMIT is set.
func TestBound(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	t.Setenv("GOMEMLIMIT", "")
	for _, c := range []struct{ input, want int64 }{{184 << 20, 368 << 20}, {1 << 20, 256 << 20}, {1 << 30, 2 << 30}} {
		Bound(c.input)
		if got := debug.SetMemoryLimit(-1); got != c.want {
			t.Errorf("input %d MiB: limit %d MiB, want %d MiB", c.input>>20, got>>20, c.want>>20)
		}
	}
	debug.SetMemoryLimit(123 << 20)
	t.Setenv("GOMEMLIMIT", "123MiB")
	Bound(1 << 30)
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("with GOMEMLIMIT set the limit became %d MiB", got>>20)
	}
}
