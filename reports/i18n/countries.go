package i18n

import (
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var regionNamers = map[string]display.Namer{
	"en": display.English.Regions(),
	"fr": display.French.Regions(),
	"ar": display.Arabic.Regions(),
}

// Country names a country by its ISO 3166-1 alpha-2 code in lang, from
// CLDR ("ES": Spain, Espagne, إسبانيا), or a former state by its code of
// data.FormerStates ("SUHH": Soviet Union, Union soviétique, الاتحاد
// السوفيتي), from the catalogue; ok is false, and the code is returned,
// when neither knows it.
func Country(lang, code string) (name string, ok bool) {
	if len(code) == 4 {
		if _, found := messages["country."+code]; found {
			return T(lang, "country."+code), true
		}
		return code, false
	}
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() {
		return code, false
	}
	n, found := regionNamers[lang]
	if !found {
		n = regionNamers["en"]
	}
	if name := n.Name(r); name != "" {
		return name, true
	}
	return code, false
}

// The names of the former states of data.FormerStates, which CLDR does
// not give, by their code.
func init() {
	register(map[string]Message{
		"country.SUHH": {En: "Soviet Union", Ar: "الاتحاد السوفيتي", Fr: "Union soviétique"},
		"country.XDEW": {En: "West Germany", Ar: "ألمانيا الغربية", Fr: "Allemagne de l'Ouest"},
		"country.DDDE": {En: "East Germany", Ar: "ألمانيا الشرقية", Fr: "Allemagne de l'Est"},
		"country.YUCS": {En: "Yugoslavia", Ar: "يوغوسلافيا", Fr: "Yougoslavie"},
		"country.CSXX": {En: "Serbia and Montenegro", Ar: "صربيا والجبل الأسود", Fr: "Serbie-et-Monténégro"},
		"country.CSHH": {En: "Czechoslovakia", Ar: "تشيكوسلوفاكيا", Fr: "Tchécoslovaquie"},
		"country.ZRCD": {En: "Zaire", Ar: "زائير", Fr: "Zaïre"},
		"country.XCGP": {En: "People's Republic of the Congo", Ar: "جمهورية الكونغو الشعبية", Fr: "République populaire du Congo"},
		"country.RHZW": {En: "Rhodesia", Ar: "روديسيا", Fr: "Rhodésie"},
		"country.YDYE": {En: "South Yemen", Ar: "اليمن الجنوبي", Fr: "Yémen du Sud"},
		"country.XYEN": {En: "North Yemen", Ar: "اليمن الشمالي", Fr: "Yémen du Nord"},
		"country.XVNS": {En: "South Vietnam", Ar: "فيتنام الجنوبية", Fr: "Sud-Vietnam"},
		"country.NHVU": {En: "New Hebrides", Ar: "هبريدس الجديدة", Fr: "Nouvelles-Hébrides"},
	})
}
