package data

import "unsafe"

// idColumn holds the incidents' ids with no pointer per id for the garbage
// collector to follow: their bytes in chunks of idChunk bytes (a longer
// id in a chunk of its own), and each id as its chunk, offset and length.
// Kept as strings, the 780,000 ids of a million-row file were about 60 %
// of what each collection of a run marked.
type idColumn struct {
	chunks [][]byte
	at     []idRef
	// open says the last chunk may take more ids: not when it is shared
	// with the column it came from (appendColumn).
	open bool
}

// idRef is where an id's bytes are.
type idRef struct{ chunk, off, n uint32 }

// idChunk is the size of a chunk of ids.
const idChunk = 1 << 20

func makeIDColumn(rows, capacity int) idColumn {
	return idColumn{at: make([]idRef, rows, capacity)}
}

func (c *idColumn) len() int { return len(c.at) }

// get returns id i. Its bytes are never written again.
func (c *idColumn) get(i int) string {
	r := c.at[i]
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&c.chunks[r.chunk][r.off], r.n)
}

// add appends a copy of id.
func (c *idColumn) add(id string) {
	c.at = append(c.at, c.store(id))
}

// set makes id the id of row i.
func (c *idColumn) set(i int, id string) { c.at[i] = c.store(id) }

// store copies id into a chunk.
func (c *idColumn) store(id string) idRef {
	if id == "" {
		return idRef{}
	}
	last := len(c.chunks) - 1
	if !c.open || len(c.chunks[last])+len(id) > cap(c.chunks[last]) {
		c.chunks = append(c.chunks, make([]byte, 0, max(idChunk, len(id))))
		c.open = true
		last++
	}
	r := idRef{uint32(last), uint32(len(c.chunks[last])), uint32(len(id))}
	c.chunks[last] = append(c.chunks[last], id...)
	return r
}

// appendColumn appends the ids of src, sharing its chunks.
func (c *idColumn) appendColumn(src *idColumn) {
	base := uint32(len(c.chunks))
	c.chunks = append(c.chunks, src.chunks...)
	for _, r := range src.at {
		if r.n > 0 {
			r.chunk += base
		}
		c.at = append(c.at, r)
	}
	c.open = false
}
