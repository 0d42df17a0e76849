package memory

import (
	"cmp"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePageSize is the size of a transparent huge page on the machine, 0
// when the heap should not ask for them: the kernel has them off, gives
// them to all memory anyway ("always"), or GODEBUG=disablethp=1 says the
// heap must not have them.
var hugePageSize = sync.OnceValue(func() uintptr {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return 0
	}
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		return 0
	}
	size, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size")
	if err != nil {
		return 0
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(size)), 10, 64)
	if err != nil || n&(n-1) != 0 {
		return 0
	}
	return uintptr(n)
})

var prepared sync.Once

// HugePages asks the kernel to back the next n bytes of heap with
// transparent huge pages. Only its first call in a process acts, while
// the heap is still small.
//
// The Go runtime maps its heap in plain pages; the kernel's "madvise"
// mode gives huge pages only to ranges marked MADV_HUGEPAGE. HugePages
// makes the heap grow by n bytes with allocations the runtime takes from
// fresh memory and does not touch, marks the ranges they cover, and frees
// them: the runtime hands out its lowest free addresses first, so the
// load's memory comes from the marked ranges, faulted in 2 MB at a time.
// Nothing depends on it but speed: where the kernel has no huge page to
// give, it gives plain pages.
func HugePages(n int64) {
	prepared.Do(func() { hugePages(n) })
}

// piece is the size of the allocations HugePages makes: small enough that
// the one that starts in memory the heap has used before, which the
// runtime clears first, costs little to clear.
const piece = 4 << 20

func hugePages(n int64) {
	size := hugePageSize()
	if size == 0 || n <= 0 {
		return
	}
	var pieces [][]byte
	for left := n; left > 0; left -= piece {
		pieces = append(pieces, make([]byte, min(piece, left)))
	}
	// Mark each run of adjacent pieces from huge page boundary to boundary.
	type span struct{ from, to uintptr }
	var spans []span
	for _, p := range pieces {
		from := uintptr(unsafe.Pointer(unsafe.SliceData(p)))
		spans = append(spans, span{from, from + uintptr(len(p))})
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.from, b.from) })
	for i := 0; i < len(spans); {
		run := spans[i]
		for i++; i < len(spans) && spans[i].from == run.to; i++ {
			run.to = spans[i].to
		}
		from, to := (run.from+size-1)&^(size-1), run.to&^(size-1)
		if from < to {
			_, _, _ = unix.Syscall(unix.SYS_MADVISE, from, to-from, unix.MADV_HUGEPAGE)
		}
	}
	runtime.KeepAlive(pieces)
	runtime.GC() // frees the pieces, so the load allocates from them
}
