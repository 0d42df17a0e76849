package data

import (
	"fmt"
	"strings"
	"testing"
)

// A store gives back every string it keeps, by number and in order,
// across its arrays and blocks, however long the strings.
func TestTextStore(t *testing.T) {
	var s textStore
	var want []string
	for i := range 3*textBlock + 5 {
		v := fmt.Sprintf("value %d %s", i, strings.Repeat("ش", i%40))
		if i%10000 == 0 {
			v = strings.Repeat("x", textChunk/8) // kept on its own
		}
		if n := s.add(v); n != i {
			t.Fatalf("value %d numbered %d", i, n)
		}
		want = append(want, v)
	}
	got := s.appendTo([]string{"before"})
	if len(got) != len(want)+1 || got[0] != "before" {
		t.Fatalf("%d strings given back, want %d after the one there", len(got), len(want)+1)
	}
	for i, v := range want {
		if got[i+1] != v {
			t.Fatalf("string %d = %.20q, want %.20q", i, got[i+1], v)
		}
	}
}
