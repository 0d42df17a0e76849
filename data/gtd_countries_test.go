package data

import (
	"strings"
	"testing"
)

// gtdCountries is GTD's country_txt list (the 205 names of the GTD
// codebook, public metadata).
var gtdCountries = strings.Split("Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia-Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechoslovakia|Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|East Germany (GDR)|East Timor|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Ethiopia|Falkland Islands|Fiji|Finland|France|French Guiana|French Polynesia|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guadeloupe|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|International|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Lithuania|Luxembourg|Macau|Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Martinique|Mauritania|Mauritius|Mexico|Moldova|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Caledonia|New Hebrides|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Yemen|Norway|Pakistan|Panama|Papua New Guinea|Paraguay|People's Republic of the Congo|Peru|Philippines|Poland|Portugal|Qatar|Republic of the Congo|Rhodesia|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Serbia-Montenegro|Seychelles|Sierra Leone|Singapore|Slovak Republic|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|South Vietnam|South Yemen|Soviet Union|Spain|Sri Lanka|St. Kitts and Nevis|St. Lucia|Sudan|Suriname|Swaziland|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Wallis and Futuna|West Bank and Gaza Strip|West Germany (FRG)|Western Sahara|Yemen|Yugoslavia|Zaire|Zambia|Zimbabwe", "|")

// acledCountries are ACLED's spellings that differ from CLDR's.
var acledCountries = []string{"Democratic Republic of Congo", "Republic of Congo", "eSwatini", "Palestine", "Bosnia and Herzegovina",
	"North Macedonia", "Czech Republic", "Kosovo", "Caribbean Netherlands", "Saint-Barthelemy", "Micronesia", "Cote d'Ivoire", "Myanmar", "Turkey"}

// Every GTD country name is a country, today's or a former state's with
// its successor; only "International" is refused, as no country.
func TestGTDCountryNames(t *testing.T) {
	if len(gtdCountries) != 205 {
		t.Fatalf("%d names, want 205", len(gtdCountries))
	}
	formers := 0
	for _, name := range append(gtdCountries, acledCountries...) {
		code, former, err := parseCountryOrFormer(name)
		switch {
		case name == "International":
			if err == nil || !strings.Contains(err.Error(), "is not a country: the incident has no single country") {
				t.Errorf("International: %v", err)
			}
		case err != nil:
			t.Errorf("%s: %v", name, err)
		case former:
			formers++
		}
		_ = code
	}
	if formers != 13 {
		t.Errorf("%d former states, want 13", formers)
	}
	for name, want := range map[string]string{"Myanmar": "MM", "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
		"Bosnia-Herzegovina": "BA", "Slovak Republic": "SK", "Hong Kong": "HK", "Macau": "MO", "West Bank and Gaza Strip": "PS",
		"Kosovo": "XK", "West Germany (FRG)": "DE", "East Germany (GDR)": "DE", "Soviet Union": "RU", "Yugoslavia": "RS",
		"Czechoslovakia": "CZ", "Zaire": "CD", "Rhodesia": "ZW", "South Yemen": "YE", "North Yemen": "YE", "South Vietnam": "VN",
		"People's Republic of the Congo": "CG", "Serbia-Montenegro": "RS", "New Hebrides": "VU", "Ivory Coast": "CI", "Swaziland": "SZ"} {
		if got, _, err := parseCountryOrFormer(name); got != want {
			t.Errorf("%s = %s (%v), want %s", name, got, err, want)
		}
	}
}
