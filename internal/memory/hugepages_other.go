//go:build !linux

package memory

// HugePages does nothing outside Linux: the heap keeps the pages the
// system gives it.
func HugePages(n int64) {}
