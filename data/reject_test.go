package data

import (
	"fmt"
	"strings"
	"testing"
)

// Each reason a row is rejected, with its line and column.
func TestRejectedRows(t *testing.T) {
	const header = "incident_id,date,country,event_type,cells_dismantled,arrests,arrests_by_country,partner_countries,cooperation_type,affiliation,latitude,longitude,date_precision\n"
	for _, c := range []struct {
		name, row string
		column    int
		reason    string
	}{
		{"negative arrests", "A,2022-01-05,MA,,,-3,,,,,,,", 6, `arrests: "-3" is negative`},
		{"fractional cells", "A,2022-01-05,MA,,1.5,,,,,,,,", 5, `cells_dismantled: "1.5" is not a whole number`},
		{"text count", "A,2022-01-05,MA,,,twelve,,,,,,,", 6, `arrests: "twelve" is not a whole number`},
		{"huge count", "A,2022-01-05,MA,,,99999999999999999999,,,,,,,", 6, `is too large`},
		{"empty id", ",2022-01-05,MA,,,,,,,,,,", 1, "incident_id: required value is empty"},
		{"empty date", "A,,MA,,,,,,,,,,", 2, "date: required value is empty"},
		{"empty country", "A,2022-01-05,,,,,,,,,,,", 3, "country: required value is empty"},
		{"30 February", "A,2022-02-30,MA,,,,,,,,,,", 2, `date: "2022-02-30": day 30 does not exist in 2022-02`},
		{"day 0", "A,2022-02-00,MA,,,,,,,,,,", 2, "day 0 does not exist"},
		{"month 0", "A,2022-00,MA,,,,,,,,,,", 2, "month 0 does not exist"},
		{"month 13 day first", "A,05/13/2022,MA,,,,,,,,,,", 2, "month 13 does not exist"},
		{"US order", "A,2022/01/05,MA,,,,,,,,,,", 2, "is not a date"},
		{"future date", "A,2027-01-01,MA,,,,,,,,,,", 2, "is after the as-of date 2026-11-28"},
		{"day after the as-of date", "A,2026-11-29,MA,,,,,,,,,,", 2, "is after the as-of date 2026-11-28"},
		{"future month", "A,2026-12,MA,,,,,,,,,,", 2, "is after the as-of date 2026-11-28"},
		{"unknown country", "A,2022-01-05,Atlantis,,,,,,,,,,", 3, `country: "Atlantis" is not a country`},
		{"unknown event type", "A,2022-01-05,MA,raid,,,,,,,,,", 4, `event_type: "raid" is not one of operation, foiled_plot`},
		{"bad by-country", "A,2022-01-05,MA,,,2,MA=2,,,,,,", 7, `"MA=2" is not a list of COUNTRY:n`},
		{"by-country twice", "A,2022-01-05,MA,,,4,MA:2;MA:2,,,,,,", 7, "MA is given twice"},
		{"bad partner", "A,2022-01-05,MA,,,,,ES;Narnia,,,,,", 8, `partner_countries: "Narnia" is not a country`},
		{"bad cooperation", "A,2022-01-05,MA,,,,,ES,friendship,,,,", 9, `"friendship" is not one of joint_operation`},
		{"bad affiliation", "A,2022-01-05,MA,,,,,,,religious,,,", 10, `"religious" is not one of jihadist`},
		{"no country", "A,2022-01-05,International,,,,,,,,,,", 3, `country: "International" is not a country: the incident has no single country`},
		{"precision unknown", "A,2022-01-05,MA,,,,,,,,,,week", 13, `"week" is not day, month or year`},
		{"invalid UTF-8", "A,2022-01-05,MA,\xff,,,,,,,,,", 4, "value is not valid UTF-8"},
		{"too few fields", "A,2022-01-05,MA", 0, "row has 3 fields, the header has 13"},
		{"too many fields", "A,2022-01-05,MA,,,,,,,,,,,,", 0, "row has 15 fields, the header has 13"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, "in.csv", header+"OK,2022-01-01,MA,,,,,,,,,,\n"+c.row+"\n")
			ds := load(t, path)
			if len(ds.Rejected) != 1 {
				t.Fatalf("rejected = %v, want one row", ds.Rejected)
			}
			r := ds.Rejected[0]
			if r.Line != 3 || r.Column != c.column || !strings.Contains(r.Error(), c.reason) {
				t.Errorf("got %q (line %d, column %d), want line 3 column %d saying %q", r.Error(), r.Line, r.Column, c.column, c.reason)
			}
			if !strings.HasPrefix(r.Error(), path+":3:") {
				t.Errorf("%q does not start with file:line", r.Error())
			}
			if a := ds.Files[0]; a.RowsRead != 2 || a.Accepted != 1 || a.Rejected != 1 {
				t.Errorf("accounting %+v", a)
			}
		})
	}
}

// Values that are accepted, and what they become.
func TestAcceptedValues(t *testing.T) {
	const header = "incident_id,date,country,partner_countries,group,affiliation,date_precision,arrests\n"
	for _, c := range []struct {
		name, row, column, want string
	}{
		{"day first", "A,04/10/2022,MA,,,,,", ColDate, "2022-10-04"},
		{"day first one digit", "A,4/9/2022,MA,,,,,", ColDate, "2022-09-04"},
		{"month", "A,2022-10,MA,,,,,", ColDatePrecision, "month"},
		{"year", "A,2019,MA,,,,,", ColDatePrecision, "year"},
		{"precision widens", "A,2022-10-04,MA,,,,month,", ColDate, "2022-10"},
		{"precision finer than the date is ignored", "A,2022-10,MA,,,,day,", ColDate, "2022-10"},
		{"widened before the future check", "A,2026-12-15,MA,,,,year,", ColDate, "2026"},
		{"29 February leap year", "A,2024-02-29,MA,,,,,", ColDate, "2024-02-29"},
		{"Arabic-Indic digits", "A,٢٠٢٢-١٠-٠٤,MA,,,,,١٢", ColArrests, "12"},
		{"Persian digits", "A,۲۰۲۲-۱۰-۰۴,MA,,,,,۱۲", ColDate, "2022-10-04"},
		{"country in French", "A,2022-10-04,Maroc,,,,,", ColCountry, "MA"},
		{"country in Spanish", "A,2022-10-04,Marruecos,,,,,", ColCountry, "MA"},
		{"country in Arabic", "A,2022-10-04,المغرب,,,,,", ColCountry, "MA"},
		{"lower-case code", "A,2022-10-04,ma,,,,,", ColCountry, "MA"},
		{"partners by name, '|' list", "A,2022-10-04,MA,Espagne|États-Unis|ES,,,,", ColPartnerCountries, "ES;US"},
		{"lead country is no partner", "A,2022-10-04,MA,MA;FR,,,,", ColPartnerCountries, "FR"},
		{"default cooperation with partners", "A,2022-10-04,MA,ES,,,,", ColCooperationType, "joint_operation"},
		{"default cooperation without", "A,2022-10-04,MA,,,,,", ColCooperationType, "none"},
		{"default event type", "A,2022-10-04,MA,,,,,", ColEventType, "operation"},
		{"count not given is missing, not 0", "A,2022-10-04,MA,,,,,", ColArrests, "NaN"},
		{"Daech", "A,2022-10-04,MA,,Daech,,,", ColGroup, "ISIS"},
		{"Arabic with tashkeel and tatweel", "A,2022-10-04,MA,,الدَّوْلَة الإسلاميـــة,,,", ColGroup, "ISIS"},
		{"تنظيم الدولة", "A,2022-10-04,MA,,تنظيم الدولة,,,", ColAffiliation, "jihadist"},
		{"affiliation given wins", "A,2022-10-04,MA,,ISIS,other,,", ColAffiliation, "other"},
		{"unknown group kept", "A,2022-10-04,MA,,Some Cell,,,", ColGroup, "Some Cell"},
		{"unknown group affiliation", "A,2022-10-04,MA,,Some Cell,,,", ColAffiliation, "unknown"},
		{"spaces trimmed", "  A  , 2022-10-04 , MA ,,,,,", ColIncidentID, "A"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds := load(t, writeFile(t, "in.csv", header+c.row+"\n"))
			if len(ds.Rejected) > 0 {
				t.Fatalf("rejected: %v", ds.Rejected[0])
			}
			if got := col(t, ds, c.column)[0]; got != c.want {
				t.Errorf("%s = %q, want %q", c.column, got, c.want)
			}
		})
	}
}

// Country names resolve to current ISO codes, never to retired ones
// (Germany is DE, not the DD of 1974–1990), and common names CLDR does not
// give are known.
func TestCountryNames(t *testing.T) {
	for name, want := range map[string]string{
		"Germany": "DE", "Allemagne": "DE", "Alemania": "DE", "ألمانيا": "DE", "Yemen": "YE", "Vietnam": "VN",
		"Zimbabwe": "ZW", "Myanmar (Burma)": "MM", "France": "FR", "Türkiye": "TR", "Czech Republic": "CZ",
		"United States of America": "US", "السعودية": "SA", "بريطانيا": "GB", "المملكة المغربية": "MA",
		"Bosnia and Herzegovina": "BA", "Ivory Coast": "CI", "Palestine": "PS", "Espagne": "ES", "إسبانيا": "ES",
	} {
		if got, err := parseCountry(name, false); err != nil || got != want {
			t.Errorf("%s = %q (%v), want %s", name, got, err, want)
		}
	}
	for _, retired := range []string{"DD", "YD", "ZR", "HV", "BU", "SU", "YU", "FX"} {
		if got, err := parseCountry(retired, false); err == nil {
			t.Errorf("retired code %s accepted as %s", retired, got)
		}
	}
}

// A rejection's arguments are its own: reading on into the chunk that held
// the row does not change them.
func TestRejectionArgsOutliveTheChunk(t *testing.T) {
	var b strings.Builder
	b.WriteString("incident_id,date,country,notes\n")
	for i := range 300000 { // about 21 MB: the bad row's chunk is read into again
		if i == 10 {
			b.WriteString("A,2O22-01-05,MA,\n")
		}
		fmt.Fprintf(&b, "I%d,2022-01-05,MA,some words to fill the chunks of the file %d\n", i, i)
	}
	ds := load(t, writeFile(t, "big.csv", b.String()))
	if len(ds.Rejected) != 1 {
		t.Fatalf("rejected = %d rows, want 1", len(ds.Rejected))
	}
	if e := ds.Rejected[0]; e.Code != "not_a_date" || len(e.Args) != 1 || e.Args[0] != "2O22-01-05" {
		t.Errorf("code %q, args %q; want not_a_date of \"2O22-01-05\"", e.Code, e.Args)
	}
}
