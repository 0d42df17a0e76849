package i18n

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// separators per language: decimal mark, thousands separator, and what
// goes between a number and "%". French uses a narrow no-break space
// (U+202F) for thousands and a no-break space before "%"; Arabic (Moroccan
// usage) a decimal comma and a dot for thousands.
type separators struct{ decimal, group, percent string }

func seps(lang string) separators {
	switch lang {
	case "fr":
		return separators{",", "\u202f", "\u00a0%"}
	case "ar":
		return separators{",", ".", "\u00a0%"}
	}
	return separators{".", ",", "%"}
}

// Int writes n with the language's thousands separator: 1,234 · 1 234 ·
// 1.234. Negative numbers take a true minus sign (U+2212).
func Int(lang string, n int) string {
	neg := n < 0
	s := strconv.Itoa(n)
	if neg {
		s = s[1:]
	}
	s = group(s, seps(lang).group)
	if neg {
		return "\u2212" + s
	}
	return s
}

func group(digits, sep string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	first := len(digits) % 3
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// Float writes v with the given number of decimals. NaN and Inf are
// written as "n/a" in the language: they must never reach a reader as such.
func Float(lang string, v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return T(lang, "n_a")
	}
	s := strconv.FormatFloat(roundHalfUp(math.Abs(v), decimals), 'f', decimals, 64)
	if strings.Trim(s, "0.") == "" {
		v = 0 // no "−0.0"
	}
	intPart, frac, _ := strings.Cut(s, ".")
	sp := seps(lang)
	out := group(intPart, sp.group)
	if frac != "" {
		out += sp.decimal + frac
	}
	if v < 0 {
		return "\u2212" + out
	}
	return out
}

// Percent writes a share (0.25) as a percentage (25 %) with decimals.
func Percent(lang string, share float64, decimals int) string {
	if math.IsNaN(share) || math.IsInf(share, 0) {
		return T(lang, "n_a")
	}
	return Float(lang, share*100, decimals) + seps(lang).percent
}

// SignedPercent writes a change in per cent (−17.6) with its sign: +5 %,
// −17.6 %.
func SignedPercent(lang string, pct float64, decimals int) string {
	if math.IsNaN(pct) || math.IsInf(pct, 0) {
		return T(lang, "n_a")
	}
	return Signed(lang, pct, decimals) + seps(lang).percent
}

// Signed writes v with decimals and an explicit sign: +0.4, −0.2; a value
// that rounds to zero gets none.
func Signed(lang string, v float64, decimals int) string {
	s := Float(lang, v, decimals)
	if v > 0 && strings.Trim(Float("en", v, decimals), "0.") != "" {
		return "+" + s
	}
	return s
}

var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	// The month names the seed article uses ("18 ديسمبر 2021"), read
	// across the Arab world.
	"ar": {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
}

// Date writes a day as a reader of the language expects: 4 October 2022,
// 4 octobre 2022, 4 أكتوبر 2022; French writes the first of the month as
// an ordinal, 1er janvier 2024 (Imprimerie nationale, Lexique des règles
// typographiques, « Dates »).
func Date(lang string, t time.Time) string {
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["en"]
	}
	day := strconv.Itoa(t.Day())
	if lang == "fr" && t.Day() == 1 {
		day = "1er"
	}
	return day + " " + names[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// Month writes a month name in the language.
func Month(lang string, m time.Month) string {
	names, ok := monthNames[lang]
	if !ok {
		names = monthNames["en"]
	}
	return names[m-1]
}

// roundHalfUp rounds v ≥ 0 to decimals places, halves up, after removing
// the binary representation error (0.2065 × 100 is 20.6499…, and is
// written 20.7 as a person rounding 20.65 would).
func roundHalfUp(v float64, decimals int) float64 {
	clean, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 10, 64), 64)
	p := math.Pow(10, float64(decimals))
	return math.Floor(clean*p+0.5) / p
}
