package data

import (
	"strings"
	"sync"
)

// dict numbers the distinct strings of a load, so that a report keeps a
// 4-byte code for each text value instead of a string, and equal values
// share one copy. Code 0 is the empty string. Workers add to it at once;
// strings are read back (str) once reading is over.
type dict struct {
	mu     sync.Mutex
	codes  map[string]uint32
	values []string
}

func newDict() *dict {
	return &dict{codes: map[string]uint32{"": 0}, values: []string{""}}
}

// add returns the code of s and the dictionary's own copy of it.
func (d *dict) add(s string) (uint32, string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if c, ok := d.codes[s]; ok {
		return c, d.values[c]
	}
	s = strings.Clone(s)
	c := uint32(len(d.values))
	d.values = append(d.values, s)
	d.codes[s] = c
	return c, s
}

// str returns the string of a code.
func (d *dict) str(c uint32) string { return d.values[c] }

// done lets the index go once every value is in: codes can no longer be
// looked up, only read back.
func (d *dict) done() { d.codes = nil }

// code returns the code of s (0 for the empty string).
func (d *dict) code(s string) uint32 {
	if s == "" {
		return 0
	}
	c, _ := d.add(s)
	return c
}
