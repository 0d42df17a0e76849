package data

// valueCache remembers what the raw values of one column were read as,
// keyed by the hash of each value (which the parser computes for the
// report's hash anyway): a table of slots with linear probing. A slot
// holds the value's hash, where its text lies in the cache's own arena,
// and its dict code, so that a value read as a code alone (most columns)
// is found by reading one slot and the text it is compared with; what a
// value was read as besides its code (a date, a country's ISO code, a
// list) is an entry of rich. Packed this way, the caches of a wide file's
// columns stay small enough to be found in the processor's cache rather
// than in memory.
type valueCache struct {
	slots []cacheSlot // a power of two long; at most half full
	arena []byte      // the text of every value remembered, one after another
	rich  []cached    // what values put with put were read as
	n     int         // values remembered
	// hits and misses count lookups, so that a full cache (one that has
	// turned a value away for lack of room) that finds few of them (free
	// text) is no longer searched.
	hits, misses int
	full         bool
	spare        cached // what get returns for a value put with putCode
}

// cacheSlot is one value remembered: its hash, its text (arena[off:end];
// end is 0 in an empty slot, as no empty value is remembered), its dict
// code, and its entry of rich plus one (0: the code alone).
type cacheSlot struct {
	h             uint64
	off, end      uint32
	code, richIdx uint32
}

// maxCachedValues and maxCachedBytes bound a column's cache, so free text
// (notes, one a row) does not fill memory: past either, values are no
// longer remembered. (maxCachedBytes also keeps the arena's offsets within
// 32 bits.)
const (
	maxCachedValues = 1 << 14
	maxCachedBytes  = 64 << 20
)

// find returns the slot remembering raw (of hash h), or nil.
func (vc *valueCache) find(h uint64, raw string) *cacheSlot {
	mask := len(vc.slots) - 1
	if mask < 0 || vc.full && vc.misses > 8*vc.hits {
		return nil
	}
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &vc.slots[i]
		if s.end == 0 {
			vc.misses++
			return nil
		}
		if s.h == h && string(vc.arena[s.off:s.end]) == raw {
			vc.hits++
			return s
		}
	}
}

// code returns the dict code raw (of hash h) was read as, if remembered.
func (vc *valueCache) code(h uint64, raw string) (uint32, bool) {
	if s := vc.find(h, raw); s != nil {
		return s.code, true
	}
	return 0, false
}

// get returns what raw (of hash h) was read as, if it is remembered. The
// pointer is valid until the next get or put.
func (vc *valueCache) get(h uint64, raw string) (*cached, bool) {
	s := vc.find(h, raw)
	if s == nil {
		return nil, false
	}
	if s.richIdx == 0 {
		vc.spare = cached{code: s.code}
		return &vc.spare, true
	}
	return &vc.rich[s.richIdx-1], true
}

// putCode remembers the dict code raw (of hash h, not yet remembered) was
// read as, if the cache has room for it (keeps).
func (vc *valueCache) putCode(h uint64, raw string, code uint32) {
	vc.add(h, raw, code, 0)
}

// put remembers what raw (of hash h, not yet remembered) was read as, if
// the cache has room for it (keeps).
func (vc *valueCache) put(h uint64, raw string, c cached) {
	if !vc.keeps(raw) {
		return
	}
	vc.rich = append(vc.rich, c)
	vc.add(h, raw, c.code, uint32(len(vc.rich)))
}

// keeps says whether the cache has room to remember raw (an empty value
// is never remembered).
func (vc *valueCache) keeps(raw string) bool {
	if raw == "" {
		return false
	}
	if vc.n >= maxCachedValues || len(vc.arena)+len(raw) > maxCachedBytes {
		vc.full = true
		return false
	}
	return true
}

func (vc *valueCache) add(h uint64, raw string, code, richIdx uint32) {
	if !vc.keeps(raw) {
		return
	}
	off := uint32(len(vc.arena))
	vc.arena = append(vc.arena, raw...) // the cache's own copy
	s := cacheSlot{h: h, off: off, end: off + uint32(len(raw)), code: code, richIdx: richIdx}
	vc.n++
	if vc.n*2 > len(vc.slots) {
		old := vc.slots
		vc.slots = make([]cacheSlot, max(64, 2*len(vc.slots)))
		for _, o := range old {
			if o.end != 0 {
				vc.place(o)
			}
		}
	}
	vc.place(s)
}

func (vc *valueCache) place(s cacheSlot) {
	mask := len(vc.slots) - 1
	i := int(s.h) & mask
	for vc.slots[i].end != 0 {
		i = (i + 1) & mask
	}
	vc.slots[i] = s
}
