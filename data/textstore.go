package data

import (
	"strings"
	"unsafe"
)

// textStore keeps copies of strings in arrays of textChunk bytes, and
// the list of what it keeps in blocks of textBlock strings: neither is
// copied again as it grows, and the garbage collector has a few large
// objects to follow instead of a string each.
type textStore struct {
	bytes  []byte
	blocks [][]string
	n      int
}

const (
	textChunk = 1 << 20
	textBlock = 1 << 16
)

// copy returns a copy of v whose bytes are never written again.
func (s *textStore) copy(v string) string {
	if v == "" || len(v) > textChunk/16 {
		return strings.Clone(v)
	}
	if len(s.bytes)+len(v) > cap(s.bytes) {
		s.bytes = make([]byte, 0, textChunk)
	}
	start := len(s.bytes)
	s.bytes = append(s.bytes, v...)
	return unsafe.String(&s.bytes[start], len(v))
}

// add keeps a copy of v and returns its number, from 0 up.
func (s *textStore) add(v string) int {
	if s.n%textBlock == 0 {
		s.blocks = append(s.blocks, make([]string, 0, textBlock))
	}
	b := &s.blocks[len(s.blocks)-1]
	*b = append(*b, s.copy(v))
	s.n++
	return s.n - 1
}

// appendTo appends what the store keeps, in order, to dst.
func (s *textStore) appendTo(dst []string) []string {
	for _, b := range s.blocks {
		dst = append(dst, b...)
	}
	return dst
}
