package data

import (
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
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r || notISO[code] {
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
	// Common names CLDR does not give as the main one.
	for name, code := range otherCountryNames {
		idx[nameKey(name)] = code
	}
	return idx
})

// notISO are codes CLDR knows that are not officially assigned ISO 3166-1
// codes (exceptionally reserved or transitional), so that "France" means
// FR, not FX, and "Ceuta y Melilla" is not a country of its own.
// Retired codes that CLDR replaces (DD → DE, YD → YE, ZR → CD, …) are
// left out by Region.Canonicalize; these are the ones it cannot replace.
var notISO = map[string]bool{"AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "EU": true, "EZ": true,
	"FX": true, "IC": true, "QO": true, "SU": true, "TA": true, "UN": true, "AN": true, "CS": true, "YU": true}

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
		case r == '&':
			b.WriteString(" and ") // CLDR's "Trinidad & Tobago" is also "Trinidad and Tobago"
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// parseCountry returns the ISO alpha-2 code of a code or a country name;
// a former state's is its successor's, or its own if apart.
func parseCountry(s string, apart bool) (string, error) {
	code, _, err := parseCountryIn(s, apart)
	return code, err
}

// parseCountryOrFormer is parseCountry that also takes the name or code
// of a former state (formerStates), giving its successor's code and
// former true.
func parseCountryOrFormer(s string) (code string, former bool, err error) {
	return parseCountryIn(s, false)
}

// parseCountryIn is parseCountryOrFormer where, if apart, a former state
// is its own code (SUHH) and former false: it is counted as itself.
func parseCountryIn(s string, apart bool) (code string, former bool, err error) {
	k := nameKey(s)
	if code, ok := countryIndex()[k]; ok {
		return code, false, nil
	}
	if f, ok := formerIndex()[k]; ok {
		if apart {
			return f.Code, false, nil
		}
		return f.Successor, true, nil
	}
	if noCountry[k] {
		return "", false, refuse("no_country", "%q is not a country: the incident has no single country", s)
	}
	if sug := cachedSuggestion(k); sug != "" {
		return "", false, refuse("not_a_country_suggest", "%q is not a country (ISO code, or its name in English, French, Spanish or Arabic); did you mean %s?", s, sug)
	}
	return "", false, refuse("not_a_country", "%q is not a country (ISO code, or its name in English, French, Spanish or Arabic)", s)
}

// suggestions keeps the country suggestions made, by folded name (keys
// are nameKey's own strings, never parts of a chunk), so that a file of
// many rows with one misspelt country looks it up once. It stops growing
// at maxSuggestions.
var (
	suggestionsMu sync.Mutex
	suggestions   = map[string]string{}
)

const maxSuggestions = 10_000

func cachedSuggestion(k string) string {
	suggestionsMu.Lock()
	sug, ok := suggestions[k]
	suggestionsMu.Unlock()
	if ok {
		return sug
	}
	sug = suggestCountry(k)
	suggestionsMu.Lock()
	if len(suggestions) < maxSuggestions {
		suggestions[k] = sug
	}
	suggestionsMu.Unlock()
	return sug
}

// FormerState is a state that no longer exists, as GTD and ACLED name it
// (docs/input.md, "Former states"): Code is its ISO 3166-3 code (or, where
// ISO gives none because the state's code lived on, ctreport's own in the
// user-assigned X range), Successor the ISO 3166-1 code of the country
// that succeeded it on most of its territory. By default an incident there
// is counted under its successor, with a note on its row; with
// FormerApart, under its own code.
type FormerState struct {
	Code, Successor string
	// Names are the names read as this state, English first; its code is
	// read as it too.
	Names []string
}

// formerStates is the table of former states.
var formerStates = []FormerState{
	{"SUHH", "RU", []string{"Soviet Union", "USSR", "Union soviétique", "URSS", "Unión Soviética", "الاتحاد السوفيتي", "الاتحاد السوفياتي"}},
	{"XDEW", "DE", []string{"West Germany", "West Germany (FRG)", "Allemagne de l'Ouest", "RFA", "Alemania Occidental", "ألمانيا الغربية"}},
	{"DDDE", "DE", []string{"East Germany", "East Germany (GDR)", "Allemagne de l'Est", "RDA", "Alemania Oriental", "ألمانيا الشرقية"}},
	{"YUCS", "RS", []string{"Yugoslavia", "Yougoslavie", "يوغوسلافيا"}},
	{"CSXX", "RS", []string{"Serbia and Montenegro", "Serbia-Montenegro", "Serbie-et-Monténégro", "Serbia y Montenegro", "صربيا والجبل الأسود"}},
	{"CSHH", "CZ", []string{"Czechoslovakia", "Tchécoslovaquie", "Checoslovaquia", "تشيكوسلوفاكيا"}},
	{"ZRCD", "CD", []string{"Zaire", "Zaïre", "زائير"}},
	{"XCGP", "CG", []string{"People's Republic of the Congo", "République populaire du Congo", "República Popular del Congo", "جمهورية الكونغو الشعبية"}},
	{"RHZW", "ZW", []string{"Rhodesia", "Rhodésie", "روديسيا"}},
	{"YDYE", "YE", []string{"South Yemen", "Yémen du Sud", "Yemen del Sur", "اليمن الجنوبي"}},
	{"XYEN", "YE", []string{"North Yemen", "Yémen du Nord", "Yemen del Norte", "اليمن الشمالي"}},
	{"XVNS", "VN", []string{"South Vietnam", "Sud-Vietnam", "Viêt Nam du Sud", "Vietnam del Sur", "فيتنام الجنوبية"}},
	{"NHVU", "VU", []string{"New Hebrides", "Nouvelles-Hébrides", "Nuevas Hébridas", "هبريدس الجديدة"}},
}

// FormerStates returns the table of former states, in the order of
// docs/input.md.
func FormerStates() []FormerState {
	out := make([]FormerState, len(formerStates))
	for i, f := range formerStates {
		out[i] = FormerState{f.Code, f.Successor, append([]string(nil), f.Names...)}
	}
	return out
}

// How former states are counted (Options.FormerStates).
const (
	FormerSuccessor = "successor" // under the successor, with a note on the row (the default)
	FormerApart     = "apart"     // under their own code
)

// FormerModes are the values Options.FormerStates takes.
var FormerModes = []string{FormerSuccessor, FormerApart}

// formerIndex maps a folded name or code of a former state to it.
var formerIndex = sync.OnceValue(func() map[string]*FormerState {
	idx := make(map[string]*FormerState, 8*len(formerStates))
	for i := range formerStates {
		f := &formerStates[i]
		idx[nameKey(f.Code)] = f
		for _, name := range f.Names {
			idx[nameKey(name)] = f
		}
	}
	return idx
})

// formerByCode is the former state of a code (SUHH), nil for any other.
func formerByCode(code string) *FormerState {
	if len(code) != 4 {
		return nil
	}
	for i := range formerStates {
		if formerStates[i].Code == code {
			return &formerStates[i]
		}
	}
	return nil
}

// noCountry are values of a country column that name no country: GTD's
// "International" (an attack on an aircraft or ship between states).
var noCountry = map[string]bool{"international": true, "international waters": true}

// otherCountryNames are names in common use that CLDR's display names do
// not give (long forms, former names, the usual Arabic short forms).
var otherCountryNames = map[string]string{
	"USA": "US", "U.S.": "US", "United States of America": "US", "Etats-Unis": "US", "Etats-Unis d'Amérique": "US",
	"EEUU": "US", "EE. UU.": "US", "Estados Unidos de América": "US", "الولايات المتحدة الأمريكية": "US", "أمريكا": "US",
	"UK": "GB", "Great Britain": "GB", "Britain": "GB", "Grande-Bretagne": "GB", "Gran Bretaña": "GB", "بريطانيا": "GB", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية": "GB",
	"Czech Republic": "CZ", "République tchèque": "CZ", "República Checa": "CZ",
	"Türkiye": "TR", "Turkiye": "TR", "Turquía": "TR",
	"Russian Federation": "RU", "Fédération de Russie": "RU",
	"Ivory Coast": "CI", "Côte d'Ivoire": "CI",
	"Palestine": "PS", "State of Palestine": "PS", "فلسطين": "PS",
	"Bosnia and Herzegovina": "BA", "Bosnia y Herzegovina": "BA",
	"Arabia Saudita": "SA", "السعودية": "SA", "المملكة العربية السعودية": "SA",
	"الدنمارك": "DK", "الإمارات": "AE", "الامارات": "AE", "الإمارات العربية المتحدة": "AE",
	"المملكة المغربية": "MA", "Royaume du Maroc": "MA", "Kingdom of Morocco": "MA", "Reino de Marruecos": "MA",
	"الجمهورية الجزائرية": "DZ", "Holland": "NL", "Hollande": "NL", "Holanda": "NL",
	"Burma": "MM", "Swaziland": "SZ", "Macedonia": "MK", "Cape Verde": "CV", "East Timor": "TL",
	"Congo-Kinshasa": "CD", "DR Congo": "CD", "Congo-Brazzaville": "CG",
	// GTD's and ACLED's names that CLDR does not give.
	"Myanmar": "MM", "Democratic Republic of the Congo": "CD", "Democratic Republic of Congo": "CD",
	"Republic of the Congo": "CG", "Republic of Congo": "CG", "Bosnia-Herzegovina": "BA",
	"Slovak Republic": "SK", "Hong Kong": "HK", "Macau": "MO", "Macao": "MO",
	"West Bank and Gaza Strip": "PS", "Kosovo": "XK", "St. Kitts and Nevis": "KN", "St. Lucia": "LC",
	"Vatican City": "VA", "Wallis and Futuna": "WF", "Falkland Islands": "FK", "Macedonia, FYR": "MK",
	"eSwatini": "SZ", "North Macedonia": "MK", "Gambia": "GM", "Bahamas": "BS", "Micronesia": "FM", "Caribbean Netherlands": "BQ",
	"Saint-Barthelemy": "BL", "Saint-Martin": "MF", "Sint Maarten": "SX", "Virgin Islands, U.S.": "VI",
	"Virgin Islands, British": "VG", "Cote d'Ivoire": "CI", "Timor-Leste": "TL", "Brunei Darussalam": "BN",
	"Syrian Arab Republic": "SY", "Iran (Islamic Republic of)": "IR", "Republic of Korea": "KR",
	"Democratic People's Republic of Korea": "KP", "Lao PDR": "LA", "Viet Nam": "VN",
}
