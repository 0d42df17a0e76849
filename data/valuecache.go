package data

import "strings"

// valueCache remembers what the raw values of one column were read as,
// keyed by the hash of each value (which the parser computes for the
// report's hash anyway): a table of entry numbers with linear probing,
// small enough to stay in the core's cache for the columns that repeat
// (countries, groups, dates).
type valueCache struct {
	slots   []int32 // entry + 1; 0 is empty; a power of two long
	entries []cacheEntry
}

type cacheEntry struct {
	h   uint64
	raw string
	c   cached
}

// maxCachedValues bounds a column's cache, so free text (notes, one a
// row) does not fill memory.
const maxCachedValues = 1 << 14

// get returns what raw (of hash h) was read as, if it is remembered. The
// pointer is valid until the next put.
func (vc *valueCache) get(h uint64, raw string) (*cached, bool) {
	mask := len(vc.slots) - 1
	if mask < 0 {
		return nil, false
	}
	for i := int(h) & mask; ; i = (i + 1) & mask {
		e := vc.slots[i]
		if e == 0 {
			return nil, false
		}
		if en := &vc.entries[e-1]; en.h == h && en.raw == raw {
			return &en.c, true
		}
	}
}

// put remembers what raw (of hash h, not yet remembered) was read as;
// past maxCachedValues it forgets it.
func (vc *valueCache) put(h uint64, raw string, c cached) {
	if len(vc.entries) >= maxCachedValues {
		return
	}
	vc.entries = append(vc.entries, cacheEntry{h, strings.Clone(raw), c})
	if len(vc.entries)*2 > len(vc.slots) {
		vc.slots = make([]int32, max(64, 2*len(vc.slots)))
		for e := range vc.entries {
			vc.place(e)
		}
		return
	}
	vc.place(len(vc.entries) - 1)
}

func (vc *valueCache) place(e int) {
	mask := len(vc.slots) - 1
	i := int(vc.entries[e].h) & mask
	for vc.slots[i] != 0 {
		i = (i + 1) & mask
	}
	vc.slots[i] = int32(e + 1)
}
