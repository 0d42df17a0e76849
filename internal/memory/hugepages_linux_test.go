package memory

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// After HugePages, what the program allocates next lies in memory marked
// for huge pages ("hg" among the flags /proc/self/smaps lists for it):
// all but its ends, as the marked range runs from huge page boundary to
// huge page boundary.
func TestHugePages(t *testing.T) {
	if hugePageSize() == 0 {
		t.Skip("transparent huge pages are not in madvise mode on this machine")
	}
	HugePages(64 << 20)
	buf := make([]byte, 32<<20)
	for i := range buf {
		buf[i] = 1
	}
	flags, err := vmFlags(uintptr(unsafe.Pointer(&buf[len(buf)/2])))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("a 32 MB allocation after HugePages lies in memory with flags %q, without hg", flags)
	}
}

// vmFlags returns the VmFlags line /proc/self/smaps gives for the mapping
// that holds addr.
func vmFlags(addr uintptr) (string, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var from, to uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x ", &from, &to); n == 2 {
			in = from <= addr && addr < to
			continue
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(rest), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("no mapping in /proc/self/smaps holds %#x", addr)
}
