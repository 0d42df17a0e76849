package memory

import (
	"os"
	"runtime"
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
	var n uintptr
	for _, c := range strings.TrimSpace(string(size)) {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + uintptr(c-'0')
	}
	return n
})

var prepared sync.Once

// HugePages asks the kernel to back the next n bytes of heap with
// transparent huge pages. Only its first call in a process acts: the
// heap is still small and fresh then, so the allocation below costs
// nothing (later, it could take memory already used, which the runtime
// clears first).
//
// The Go runtime maps its heap in plain pages; the kernel's "madvise"
// mode gives huge pages only to ranges marked MADV_HUGEPAGE. HugePages
// makes the heap grow by n bytes with one allocation the runtime takes
// from fresh memory and never touches, marks the range, and frees the
// allocation: the runtime hands out its lowest free addresses first, so
// the load's memory comes from the marked range, faulted in 2 MB at a
// time. Nothing depends on it but speed: where the kernel has no huge
// page to give, it gives plain pages.
func HugePages(n int64) {
	prepared.Do(func() { hugePages(n) })
}

func hugePages(n int64) {
	size := hugePageSize()
	if size == 0 || n <= 0 {
		return
	}
	block := make([]byte, n)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	from := (start+size-1)&^(size-1) - start
	to := (start+uintptr(len(block)))&^(size-1) - start
	if from < to {
		_ = unix.Madvise(block[from:to], unix.MADV_HUGEPAGE)
	}
	runtime.KeepAlive(block)
	runtime.GC() // frees the block, so the load allocates from it
}
