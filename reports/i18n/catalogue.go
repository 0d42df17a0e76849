package i18n

import (
	"fmt"
	"sort"
	"strings"
)

// Languages are the languages of the catalogue, in the order reports list
// them.
var Languages = []string{"en", "ar", "fr"}

// Message is one string in every language. Placeholders use fmt's indexed
// verbs (%[1]s, %[2]d) so that each language can order them as its grammar
// needs.
type Message struct{ En, Ar, Fr string }

// Plural is a message whose form depends on a count, by the CLDR plural
// categories of each language: English and French have one and other;
// Arabic has zero, one, two, few, many and other.
type Plural struct {
	En, Fr [2]string // one, other
	Ar     [6]string // zero, one, two, few, many, other
}

var (
	messages = map[string]Message{}
	plurals  = map[string]Plural{}
)

// register adds messages to the catalogue; a key defined twice is a bug.
func register(m map[string]Message) {
	for k, v := range m {
		if _, dup := messages[k]; dup {
			panic("i18n: message " + k + " defined twice")
		}
		messages[k] = v
	}
}

// registerPlurals adds plural messages to the catalogue.
func registerPlurals(m map[string]Plural) {
	for k, v := range m {
		if _, dup := plurals[k]; dup {
			panic("i18n: plural message " + k + " defined twice")
		}
		plurals[k] = v
	}
}

// T returns the message key in lang (English for an unknown language). A
// missing key returns the key itself in brackets, so it shows and a test
// catches it.
func T(lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return "[" + key + "]"
	}
	switch lang {
	case "ar":
		return m.Ar
	case "fr":
		return m.Fr
	}
	return m.En
}

// F formats the message key in lang with args (see Message).
func F(lang, key string, args ...any) string {
	return fmt.Sprintf(T(lang, key), args...)
}

// N returns the form of the plural message key for the count n, formatted
// with n (as %[1]s, written with Int) and args (from %[2]…).
func N(lang, key string, n int, args ...any) string {
	p, ok := plurals[key]
	if !ok {
		return "[" + key + "]"
	}
	var form string
	switch lang {
	case "ar":
		form = p.Ar[arabicCategory(n)]
	case "fr":
		form = p.Fr[frenchCategory(n)]
	default:
		form = p.En[englishCategory(n)]
	}
	if !strings.Contains(form, "%") {
		return form // a form that spells the count out ("ملفا حوادث") takes no arguments
	}
	// Forms that name their arguments (%[2]s) may leave the count out:
	// fmt does not flag unused arguments once indexes are used.
	return fmt.Sprintf(form, append([]any{Int(lang, n)}, args...)...)
}

// Keys lists every message and plural key, sorted.
func Keys() []string {
	var keys []string
	for k := range messages {
		keys = append(keys, k)
	}
	for k := range plurals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// CLDR plural rules for integers (Unicode CLDR, Language Plural Rules).
// English: one for 1, other otherwise.
func englishCategory(n int) int {
	if n == 1 {
		return 0
	}
	return 1
}

// French: one for 0 and 1, other otherwise.
func frenchCategory(n int) int {
	if n == 0 || n == 1 {
		return 0
	}
	return 1
}

// Arabic: zero 0; one 1; two 2; few n%100 in 3..10; many n%100 in
// 11..99; other (100, 101, 102, …).
func arabicCategory(n int) int {
	if n < 0 {
		n = -n
	}
	switch m := n % 100; {
	case n == 0:
		return 0
	case n == 1:
		return 1
	case n == 2:
		return 2
	case m >= 3 && m <= 10:
		return 3
	case m >= 11 && m <= 99:
		return 4
	}
	return 5
}
