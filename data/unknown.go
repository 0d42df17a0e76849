package data

import (
	"unicode"
)

// unknownWords are the values that say a value is not known: in the
// columns group, affiliation, admin1, city and lead_agency such a value is
// read as an empty cell, not as a name (a group "Unknown" is no group).
// The whole value must match, after the folding group names get (nameKey:
// case, accents, punctuation, Arabic letter variants), so "UNKNOWN",
// "n/a", "N.A." and "غير معروفة" match, and "Unknown Soldiers" does not:
//
//	unknown, none, n/a (and na), غير معروف, غير معروفة, مجهول,
//	inconnu, inconnue, non connu, desconocido, desconocida
//
// A value with no letter or digit at all ("-", "?", "—", "...") names
// nothing either, and is read the same way.
//
// "none" is here because in these columns it cannot be a name: "no group"
// and "group not known" both leave the incident without a group. It is
// not applied to cooperation_type, where none is a value, nor to any
// other checked column (docs/input.md, Groups).
var unknownWords = map[string]bool{
	"unknown":     true,
	"none":        true,
	"na":          true, // N/A, n/a, NA, N.A.
	"غير معروف":   true,
	"غير معروفه":  true, // غير معروفة, with ة folded to ه
	"مجهول":       true,
	"inconnu":     true,
	"inconnue":    true,
	"non connu":   true,
	"desconocido": true,
	"desconocida": true,
}

// maxUnknownLen bounds the bytes of a value that can fold to one of
// unknownWords (the longest, with room for spaces, accents and Arabic
// diacritics); a longer value is only checked for having a letter or a
// digit.
const maxUnknownLen = 64

// isUnknownValue says whether a trimmed, non-empty cell means "not known"
// (see unknownWords).
func isUnknownValue(v string) bool {
	if len(v) > maxUnknownLen {
		for _, r := range v {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	k := nameKey(v)
	return k == "" || unknownWords[k]
}
