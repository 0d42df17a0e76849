package data

import "strings"

// valueCache remembers what the raw values of one column were read as,
// keyed by the hash of each value (which the parser computes for the
// report's hash anyway): a table of slots with linear probing, each the
// high half of a value's hash and its entry number, so that a value not
// remembered (a note, one a row) is mostly found missing without reading
// an entry.
type valueCache struct {
	slots   []uint64 // hash>>32<<32 | entry + 1; 0 is empty; a power of two long
	entries []cacheEntry
	// hits and misses count lookups, so a full cache that finds few of
	// them (free text) is no longer searched.
	hits, misses int
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
	if mask < 0 || len(vc.entries) == maxCachedValues && vc.misses > 8*vc.hits {
		return nil, false
	}
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := vc.slots[i]
		if s == 0 {
			vc.misses++
			return nil, false
		}
		if s>>32 != h>>32 {
			continue
		}
		if en := &vc.entries[uint32(s)-1]; en.h == h && en.raw == raw {
			vc.hits++
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
		vc.slots = make([]uint64, max(64, 2*len(vc.slots)))
		for e := range vc.entries {
			vc.place(e)
		}
		return
	}
	vc.place(len(vc.entries) - 1)
}

func (vc *valueCache) place(e int) {
	mask := len(vc.slots) - 1
	h := vc.entries[e].h
	i := int(h) & mask
	for vc.slots[i] != 0 {
		i = (i + 1) & mask
	}
	vc.slots[i] = h>>32<<32 | (uint64(e) + 1)
}
