package data

import "hash/maphash"

// idIndex finds an incident's row by its id. It is a table of 64-bit
// slots with linear probing: each slot holds the high half of the id's
// hash and the row + 1 (0 is an empty slot), so a lookup mostly reads one
// word. The hash is computed by the workers that parse the rows, so the
// one goroutine that files the reports does not hash; a slot whose half
// hash matches is confirmed against the row's id, so ids that share a
// hash are told apart. The table grows when three quarters full.
type idIndex struct {
	slots []uint64
	n     int
}

// idHash is the hash of an id: the one the parser computes for the value.
func idHash(id string) uint64 { return maphash.String(hashSeed, id) }

// newIDIndex returns an index with room for n ids.
func newIDIndex(n int) idIndex {
	size := 16
	for size*3 <= n*4 {
		size *= 2
	}
	return idIndex{slots: make([]uint64, size)}
}

// find returns the row of id (whose hash is h), or -1 and the slot to add
// it at; ids holds the id of each row.
func (x *idIndex) find(id string, h uint64, ids *textColumn) (row int32, slot int) {
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return -1, int(i)
		}
		if s>>32 == h>>32 && ids.get(int(uint32(s)-1)) == id {
			return int32(uint32(s) - 1), int(i)
		}
	}
}

// slot returns the first slot a lookup of hash h reads.
func (x *idIndex) slot(h uint64) uint64 { return x.slots[h&uint64(len(x.slots)-1)] }

// add files row, whose id has hash h, at the slot find gave for it; ids
// holds the id of each row, this one's included.
func (x *idIndex) add(h uint64, row int32, slot int, ids *textColumn) {
	x.slots[slot] = h>>32<<32 | (uint64(row) + 1)
	x.n++
	if x.n*4 > len(x.slots)*3 {
		bigger := newIDIndex(2 * x.n)
		bigger.take(x, ids)
		*x = bigger
	}
}

// take files every row of from, whose ids are in ids.
func (x *idIndex) take(from *idIndex, ids *textColumn) {
	for _, s := range from.slots {
		if s == 0 {
			continue
		}
		id := ids.get(int(uint32(s) - 1))
		h := idHash(id)
		_, slot := x.find(id, h, ids)
		x.slots[slot] = s
		x.n++
	}
}
