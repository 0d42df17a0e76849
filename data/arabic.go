package data

import "strings"

// foldArabic removes what Arabic spelling varies on without changing the
// word: diacritics (tashkeel, U+064B–U+0652, U+0670 superscript alef) and
// tatweel (U+0640) are dropped; alef with hamza or madda (أ إ آ ٱ) becomes
// bare alef, taa marbuta (ة) becomes haa (ه), alef maqsura (ى) becomes yaa
// (ي). Text without Arabic letters is returned unchanged.
func foldArabic(s string) string {
	if !hasArabic(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func hasArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xD8 || s[i] == 0xD9 || s[i] == 0xDA || s[i] == 0xDB {
			return true // lead bytes of U+0600–U+06FF
		}
	}
	return false
}

// westernDigits rewrites Arabic-Indic (٠–٩) and Extended Arabic-Indic
// (۰–۹) digits as 0–9, and the Arabic decimal separator (٫) as '.'.
func westernDigits(s string) string {
	if !hasArabic(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r == '٫':
			return '.'
		}
		return r
	}, s)
}
