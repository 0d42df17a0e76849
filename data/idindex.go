package data

import "hash/maphash"

// idIndex finds an incident's row by its id. It is keyed by a 64-bit hash
// of the id, which the workers that parse the rows compute, so the one
// goroutine that files the reports neither hashes nor stores strings; ids
// whose hash another id already has (a chance of about 10⁻⁸ in a million
// incidents) go to a second, plain map.
type idIndex struct {
	byHash  map[uint64]int32
	clashes map[string]int32
}

var idSeed = maphash.MakeSeed()

func idHash(id string) uint64 { return maphash.String(idSeed, id) }

func newIDIndex(n int) idIndex { return idIndex{byHash: make(map[uint64]int32, n)} }

// find returns the row of id (whose hash is h); ids holds the id of each
// row.
func (x *idIndex) find(id string, h uint64, ids []string) (int32, bool) {
	if g, ok := x.byHash[h]; ok && ids[g] == id {
		return g, true
	}
	g, ok := x.clashes[id]
	return g, ok
}

// add files id (hash h) under row g.
func (x *idIndex) add(id string, h uint64, g int32) {
	if _, taken := x.byHash[h]; !taken {
		x.byHash[h] = g
		return
	}
	if x.clashes == nil {
		x.clashes = map[string]int32{}
	}
	x.clashes[id] = g
}
