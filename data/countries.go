package data

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// countryIndex maps a folded country name or code to its ISO 3166-1
// alpha-2 code. Names are CLDR's (golang.org/x/text/language/display) in
// English, French, Spanish and Arabic.
var countryIndex = sync.OnceValue(func() map[string]string {
	idx := make(map[string]string, 1200)
	namers := []display.Namer{display.English.Regions(), display.French.Regions(), display.Spanish.Regions(), display.Arabic.Regions()}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || notISO[code] {
				continue
			}
			idx[nameKey(code)] = code
			for _, n := range namers {
				if k := nameKey(n.Name(r)); k != "" {
					if _, taken := idx[k]; !taken {
						idx[k] = code
					}
				}
			}
		}
	}
	// Common short forms CLDR does not list as the main name.
	for name, code := range map[string]string{"USA": "US", "UK": "GB", "Etats-Unis": "US", "EEUU": "US", "EE. UU.": "US"} {
		idx[nameKey(name)] = code
	}
	return idx
})

// notISO are codes CLDR knows that are not officially assigned ISO 3166-1
// codes (exceptionally reserved or transitional), so that "France" means
// FR, not FX, and "Ceuta y Melilla" is not a country of its own.
var notISO = map[string]bool{"AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "EU": true, "EZ": true,
	"FX": true, "IC": true, "QO": true, "SU": true, "TA": true, "UN": true}

// nameKey folds case, accents, Arabic variants and punctuation, so that
// spellings of one name compare equal.
func nameKey(s string) string {
	s = foldArabic(norm.NFD.String(strings.TrimSpace(s)))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == ' ' || r == '-' || r == '_' || r == '\'' || r == '’':
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// parseCountry returns the ISO alpha-2 code of a code or a country name.
func parseCountry(s string) (string, error) {
	if code, ok := countryIndex()[nameKey(s)]; ok {
		return code, nil
	}
	return "", fmt.Errorf("%q is not a country (ISO code, or its name in English, French, Spanish or Arabic)", s)
}
