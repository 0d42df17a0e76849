package data

import (
	"fmt"
	"testing"
)

// Values are told apart by their text when their hashes are equal; the
// cache stops remembering at maxCachedValues and still finds what it
// holds, until lookups mostly miss (free text): then it is not searched.
func TestValueCache(t *testing.T) {
	var vc valueCache
	for i, v := range []string{"MA", "ES", "FR"} {
		vc.put(42, v, cached{code: uint32(i + 1)}) // one hash for all three
	}
	for i, v := range []string{"MA", "ES", "FR"} {
		if c, ok := vc.get(42, v); !ok || c.code != uint32(i+1) {
			t.Errorf("get(%s) = %v, %v; want code %d", v, c, ok, i+1)
		}
	}
	if _, ok := vc.get(42, "DE"); ok {
		t.Error("a value never put is found")
	}
	for i := range 2 * maxCachedValues {
		v := fmt.Sprint(i)
		vc.put(uint64(i)*0x9e3779b97f4a7c15, v, cached{code: uint32(i)})
	}
	if len(vc.entries) != maxCachedValues {
		t.Errorf("%d values remembered, want at most %d", len(vc.entries), maxCachedValues)
	}
	for _, i := range []int{0, maxCachedValues - 4, maxCachedValues + 1} {
		c, ok := vc.get(uint64(i)*0x9e3779b97f4a7c15, fmt.Sprint(i))
		if want := i < maxCachedValues-3; ok != want || ok && c.code != uint32(i) {
			t.Errorf("get(%d) = %v, %v; want found %v", i, c, ok, want)
		}
	}
	for i := range 100 {
		vc.get(uint64(i+1)<<40, "never put")
	}
	if _, ok := vc.get(0, "0"); ok {
		t.Error("a full cache whose lookups mostly miss is still searched")
	}
}
