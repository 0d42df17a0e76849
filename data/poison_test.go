package data

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// poison is what the tests write over a chunk once its batch is over
// (recycledPoison): 0xFE is never part of valid UTF-8, so a string that
// holds it was read from a recycled chunk instead of being copied, unless
// the input held it.
const poison = 0xFE

// The tests poison recycled chunks; a run of benchmarks alone
// (-test.run '^$', as scripts/bench.sh runs them) times the loader as the
// command runs it, without the poisoning.
func init() {
	benchOnly := false
	for _, a := range os.Args[1:] {
		benchOnly = benchOnly || a == "-test.run=^$" || a == "^$"
	}
	if !benchOnly {
		recycledPoison = poison
	}
}

// checkNoPoison fails t when a string in ds (incidents, rejected rows,
// warnings, their arguments, notes…) holds the poison byte: a part of a
// chunk kept past its batch. Inputs that hold the byte themselves are not
// checked.
func checkNoPoison(t testing.TB, ds *Dataset, inputs ...[]byte) {
	t.Helper()
	for _, in := range inputs {
		if bytes.IndexByte(in, poison) >= 0 {
			return
		}
	}
	if bad := poisonedStrings(ds); len(bad) > 0 {
		if len(bad) > 5 {
			bad = append(bad[:5], fmt.Sprintf("… %d more", len(bad)-5))
		}
		t.Errorf("strings kept from a recycled chunk (not copied):\n%s", strings.Join(bad, "\n"))
	}
}

// checkFilesNoPoison is checkNoPoison for a load of files.
func checkFilesNoPoison(t testing.TB, ds *Dataset, files ...string) {
	t.Helper()
	var inputs [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return // the load said what it could of a file it could not read
		}
		inputs = append(inputs, b)
	}
	checkNoPoison(t, ds, inputs...)
}

// poisonedStrings walks every string reachable from v, exported or not,
// and returns where those holding the poison byte are, with their value.
func poisonedStrings(v any) []string {
	var bad []string
	seen := map[uintptr]bool{}
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			if s := v.String(); strings.IndexByte(s, poison) >= 0 {
				bad = append(bad, fmt.Sprintf("%s = %q", path, s))
			}
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(path, v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		case reflect.Slice, reflect.Array:
			if v.Kind() == reflect.Slice && v.Len() > 0 && !hasStrings(v.Type().Elem(), map[reflect.Type]bool{}) {
				return // numbers and codes: nothing to read
			}
			for i := range v.Len() {
				walk(fmt.Sprintf("%s[%d]", path, i), v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(fmt.Sprintf("%s[key %v]", path, it.Key()), it.Key())
				walk(fmt.Sprintf("%s[%v]", path, it.Key()), it.Value())
			}
		}
	}
	walk("ds", reflect.ValueOf(v))
	return bad
}

// hasStrings says whether a value of type t may hold a string.
func hasStrings(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.String, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return hasStrings(t.Elem(), seen)
	case reflect.Map:
		return hasStrings(t.Key(), seen) || hasStrings(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if hasStrings(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

// A string kept from a chunk without a copy is caught: with the tests'
// poison, it reads as 0xFE bytes once its batch is over.
func TestPoisonCatchesUncopiedStrings(t *testing.T) {
	c, err := newCSVChunker(strings.NewReader("incident_id,date,country\nA,2022-01-05,MA\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.header(); err != nil {
		t.Fatal(err)
	}
	b, err := c.next()
	if err != nil {
		t.Fatal(err)
	}
	kept := struct{ ID string }{b.text[:1]}
	if bad := poisonedStrings(kept); len(bad) != 0 {
		t.Fatalf("poisoned before the batch is over: %v", bad)
	}
	b.recycle()
	if bad := poisonedStrings(kept); len(bad) != 1 {
		t.Fatalf("a part of a recycled chunk not seen as poisoned: %q", kept.ID)
	}
}
