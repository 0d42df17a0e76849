package data

import (
	"unicode"
	"unicode/utf8"
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
	var buf [5 * maxUnknownLen]byte // '&' folds to " and "
	if k, ascii := foldASCII(buf[:0], v); ascii {
		return len(k) == 0 || unknownWords[string(k)]
	}
	k := nameKey(v)
	return k == "" || unknownWords[k]
}

// foldASCII appends nameKey(v) to b when v is ASCII, without nameKey's
// normalisation and allocations (most place and agency names are ASCII,
// and each new one is checked here); it reports false when v is not.
func foldASCII(b []byte, v string) ([]byte, bool) {
	space := false // a separator since the last letter or digit
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= utf8.RuneSelf:
			return b, false
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b, space = append(b, c), false
		case c == ' ' || c == '-' || c == '_' || c == '\'':
			space = true
		case c == '&':
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b, space = append(b, "and"...), true
		}
	}
	return b, true
}
