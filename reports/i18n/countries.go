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
// CLDR ("ES": Spain, Espagne, إسبانيا); ok is false, and the code is
// returned, when CLDR does not know it.
func Country(lang, code string) (name string, ok bool) {
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
