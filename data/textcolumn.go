package data

import "unsafe"

// textColumn holds strings with no pointer per string for the garbage
// collector to follow: their bytes in chunks of textColumnChunk bytes (a
// longer string in a chunk of its own), and each string as its chunk,
// offset and length. The incidents' ids and the table's distinct values
// are kept so: as strings, the 780,000 ids of a million-row file were about
// 60 % of what each collection of a run marked, and the values 20 %.
type textColumn struct {
	chunks [][]byte
	at     []textRef
	// open says the last chunk may take more strings: not when it is
	// shared with the column it came from (appendColumn).
	open bool
}

// textRef is where a string's bytes are.
type textRef struct{ chunk, off, n uint32 }

// textColumnChunk is the size of a chunk.
const textColumnChunk = 1 << 20

func makeTextColumn(rows, capacity int) textColumn {
	return textColumn{at: make([]textRef, rows, capacity)}
}

func (c *textColumn) len() int { return len(c.at) }

// get returns string i. Its bytes are never written again.
func (c *textColumn) get(i int) string {
	r := c.at[i]
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&c.chunks[r.chunk][r.off], r.n)
}

// add appends a copy of s.
func (c *textColumn) add(s string) {
	c.at = append(c.at, c.store(s))
}

// set makes a copy of s string i.
func (c *textColumn) set(i int, s string) { c.at[i] = c.store(s) }

// store copies s into a chunk.
func (c *textColumn) store(s string) textRef {
	if s == "" {
		return textRef{}
	}
	last := len(c.chunks) - 1
	if !c.open || len(c.chunks[last])+len(s) > cap(c.chunks[last]) {
		c.chunks = append(c.chunks, make([]byte, 0, max(textColumnChunk, len(s))))
		c.open = true
		last++
	}
	r := textRef{uint32(last), uint32(len(c.chunks[last])), uint32(len(s))}
	c.chunks[last] = append(c.chunks[last], s...)
	return r
}

// textColumnOf returns a column holding copies of values.
func textColumnOf(values []string) textColumn {
	c := makeTextColumn(0, len(values))
	for _, v := range values {
		c.add(v)
	}
	return c
}

// appendColumn appends the strings of src, sharing its chunks.
func (c *textColumn) appendColumn(src *textColumn) {
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
