package data

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ctreport/ctreport/internal/editdist"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// valueAliases are French and Arabic words for the values of the
// enumerations and of date_precision, by folded name (nameKey): the value
// each stands for. docs/input.md lists them.
var valueAliases = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for v, names := range map[string][]string{
		EventOperation:         {"opération", "opération de police", "opération sécuritaire", "عملية", "عملية أمنية"},
		EventFoiledPlot:        {"complot déjoué", "projet déjoué", "attentat déjoué", "مخطط محبط", "مخطط تم إحباطه", "مخطط إرهابي محبط"},
		EventFailedAttack:      {"attentat manqué", "attentat raté", "tentative d'attentat", "attentat échoué", "هجوم فاشل", "محاولة هجوم"},
		EventCompletedAttack:   {"attentat", "attentat commis", "attentat perpétré", "هجوم", "هجوم منفذ", "اعتداء"},
		PrecisionDay:           {"jour", "يوم"},
		PrecisionMonth:         {"mois", "شهر"},
		PrecisionYear:          {"année", "an", "سنة", "عام"},
		"joint_operation":      {"opération conjointe", "عملية مشتركة"},
		"intelligence_sharing": {"échange de renseignements", "partage de renseignements", "تبادل المعلومات", "تبادل المعلومات الاستخباراتية"},
		"extradition":          {"تسليم"},
		"none":                 {"aucune", "aucun", "لا شيء"},
		"jihadist":             {"jihadiste", "djihadiste", "جهادي"},
		"separatist":           {"séparatiste", "انفصالي"},
		"left_wing":            {"extrême gauche", "gauche", "يساري"},
		"right_wing":           {"extrême droite", "droite", "يميني"},
		"other":                {"autre", "آخر", "أخرى"},
	} {
		for _, n := range names {
			m[nameKey(n)] = v
		}
	}
	return m
})

// aliasOf returns the value a French or Arabic word s stands for, if it is
// one of allowed.
func aliasOf(s string, allowed []string) (string, bool) {
	v, ok := valueAliases()[nameKey(s)]
	if !ok {
		return "", false
	}
	for _, a := range allowed {
		if a == v {
			return a, true
		}
	}
	return "", false
}

// ungroup reads a count written with a thousands separator — a space, a
// non-breaking or narrow space, ',', '.' or an apostrophe, the same
// throughout, between groups of three digits after a first group of one
// to three ("1 200", "1,200", "1.200", "12'000") — as its digits; ok
// false for anything else ("1.5", "1,20").
func ungroup(s string) (string, bool) {
	var sep rune
	var b strings.Builder
	group, groups := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			group++
			b.WriteRune(r)
		case r == ' ' || r == '\u00a0' || r == '\u202f' || r == ',' || r == '.' || r == '\'':
			if sep == 0 {
				sep = r
			}
			if r != sep || (groups == 0 && (group < 1 || group > 3)) || (groups > 0 && group != 3) {
				return "", false
			}
			groups++
			group = 0
		default:
			return "", false
		}
	}
	if groups == 0 || group != 3 {
		return "", false
	}
	return b.String(), true
}

// countryNames are the names a "did you mean" for a country suggests: the
// English name of every country and the common forms, by folded name.
var countryNames = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for k, code := range countryIndex() {
		if utf8.RuneCountInString(k) < 4 {
			continue
		}
		r, err := language.ParseRegion(code)
		if err != nil {
			continue
		}
		if en := display.English.Regions().Name(r); nameKey(en) == k {
			out[k] = en
		}
	}
	for name := range otherCountryNames {
		if k := nameKey(name); utf8.RuneCountInString(k) >= 4 {
			out[k] = name
		}
	}
	return out
})

// suggestCountry returns the country name closest to s, if one is close
// enough to be a typing error ("Marocco": Morocco), else "".
func suggestCountry(s string) string {
	k := nameKey(s)
	if n := utf8.RuneCountInString(k); n < 4 || n > 60 {
		return ""
	}
	best, bestD := "", 3
	limit := 1
	if utf8.RuneCountInString(k) >= 6 {
		limit = 2
	}
	for cand, name := range countryNames() {
		if d := editdist.Distance(k, cand, limit); d <= limit && (d < bestD || d == bestD && name < best) {
			best, bestD = name, d
		}
	}
	return best
}

// suggestColumn returns the column name closest to a header key k that is
// not a column, if one is close enough ("arests": arrests), else "".
func suggestColumn(k string) string {
	if utf8.RuneCountInString(k) < 4 {
		return ""
	}
	best, bestD := "", 3
	for cand, c := range columnNames {
		if d := editdist.Distance(k, cand, 2); d <= 2 && (d < bestD || d == bestD && canonicalName[c] < best) {
			best, bestD = canonicalName[c], d
		}
	}
	return best
}
