package data

import (
	"fmt"
	"strings"
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
	if vc.n != maxCachedValues {
		t.Errorf("%d values remembered, want at most %d", vc.n, maxCachedValues)
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

// A value remembered by its code alone is found by code and by get; one
// remembered with more is found with all of it. Empty values are not
// remembered, nor values past maxCachedBytes of text; long values before
// that are.
func TestValueCacheKinds(t *testing.T) {
	var vc valueCache
	vc.putCode(7, "Rabat", 3)
	vc.put(8, "MA", cached{code: 4, text: "MA", former: true})
	if c, ok := vc.code(7, "Rabat"); !ok || c != 3 {
		t.Errorf("code(Rabat) = %d, %v; want 3", c, ok)
	}
	if c, ok := vc.get(7, "Rabat"); !ok || c.code != 3 || c.text != "" {
		t.Errorf("get(Rabat) = %+v, %v; want code 3 alone", c, ok)
	}
	if c, ok := vc.get(8, "MA"); !ok || c.code != 4 || c.text != "MA" || !c.former {
		t.Errorf("get(MA) = %+v, %v; want code 4, MA, former", c, ok)
	}
	if c, ok := vc.code(8, "MA"); !ok || c != 4 {
		t.Errorf("code(MA) = %d, %v; want 4", c, ok)
	}
	if _, ok := vc.code(7, "Rabas"); ok {
		t.Error("a value of the same hash and length but other text is found")
	}
	vc.putCode(10, "", 6)
	if _, ok := vc.code(10, ""); ok || vc.n != 2 {
		t.Errorf("an empty value is remembered (%d values)", vc.n)
	}
	// Values of an eighth of maxCachedBytes each: the text of "Rabat" and
	// "MA" is there too, so seven more fit and the eighth does not.
	for i := range 8 {
		long := strings.Repeat(string(rune('a'+i)), maxCachedBytes/8)
		vc.putCode(uint64(100+i), long, uint32(100+i))
		if c, ok := vc.code(uint64(100+i), long); ok != (i < 7) || ok && c != uint32(100+i) {
			t.Errorf("value %d of %d bytes: code %d, found %v; want found %v", i, len(long), c, ok, i < 7)
		}
	}
	if len(vc.arena) > maxCachedBytes {
		t.Errorf("%d bytes of text remembered, more than %d", len(vc.arena), maxCachedBytes)
	}
}
