package charts

import (
	"maps"
	"slices"
	"testing"

	"github.com/ctreport/ctreport/analysis"
)

func labels(series []stackSeries) []string {
	var out []string
	for _, s := range series {
		out = append(out, s.label)
	}
	return out
}

func TestPartnerSeries(t *testing.T) {
	f := sample()
	years := yearAxis{first: 2015, last: 2022, lastToDate: true}
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"Spain", "France", "United States", "Belgium", "Germany", "Other countries"}},
		{"fr", []string{"Espagne", "France", "États-Unis", "Belgique", "Allemagne", "Autres pays"}},
		{"ar", []string{"إسبانيا", "فرنسا", "الولايات المتحدة", "بلجيكا", "ألمانيا", "بلدان أخرى"}},
	}
	for _, tt := range tests {
		series := partnerSeries(f.Partners, years, catalogue{lang: tt.lang})
		if got := labels(series); !slices.Equal(got, tt.want) {
			t.Errorf("%s: layers %q, want %q", tt.lang, got, tt.want)
		}
		// Italy (2019) and the Netherlands (2020) are the other countries.
		if other := series[len(series)-1].values; !maps.Equal(other, map[int]int{2019: 1, 2020: 1}) {
			t.Errorf("%s: other countries %v, want 2019: 1, 2020: 1", tt.lang, other)
		}
	}

	// Five partners or fewer: no "other" layer; years off the axis and
	// negative counts are left out.
	few := []analysis.PartnerYear{{Country: "ES", Year: 2020, Incidents: 2}, {Country: "FR", Year: 2030, Incidents: 5}, {Country: "US", Year: 2020, Incidents: -1}}
	if got := labels(partnerSeries(few, yearAxis{first: 2019, last: 2021}, catalogue{lang: "en"})); !slices.Equal(got, []string{"Spain"}) {
		t.Errorf("layers %q, want [Spain]", got)
	}
}

func TestAffiliationSeries(t *testing.T) {
	f := oddKeys()
	years := yearAxis{first: 2015, last: 2022, lastToDate: true}
	series := affiliationSeries(f.Breakdowns.Affiliations, years, catalogue{lang: "en"})
	want := []string{"Jihadist", "Separatist", "Unknown", "eco_extremist"}
	if got := labels(series); !slices.Equal(got, want) {
		t.Errorf("layers %q, want %q", got, want)
	}
	// The empty key counts as unknown; 2023 is after the chart's years.
	if got := series[2].values[2019]; got != 4+2 {
		t.Errorf("unknown in 2019 = %d, want 6", got)
	}
	if _, ok := series[0].values[2023]; ok {
		t.Error("jihadist has arrests in 2023, after the last year of the chart")
	}
	ar := affiliationSeries(f.Breakdowns.Affiliations, years, catalogue{lang: "ar"})
	if got := ar[3].label; got != "\u200eeco_extremist\u200e" {
		t.Errorf("Latin key in Arabic = %q, want it between LRMs", got)
	}
}

func TestSeriesYears(t *testing.T) {
	yearly := []analysis.YearFigures{{Year: 2021}, {Year: 2019}, {Year: 2022, ToDate: true}}
	if got, ok := seriesYears(yearly, []int{2010, 2030}); !ok || got != (yearAxis{2019, 2022, true}) {
		t.Errorf("with a yearly series: %v %v, want 2019–2022 to date", got, ok)
	}
	if got, ok := seriesYears(nil, []int{2012, 2010, 2011}); !ok || got != (yearAxis{first: 2010, last: 2012}) {
		t.Errorf("from the data: %v %v, want 2010–2012", got, ok)
	}
	if _, ok := seriesYears(nil, nil); ok {
		t.Error("no years at all: ok")
	}
}

func TestStackedTotals(t *testing.T) {
	b := stackedBars{
		years:  yearAxis{first: 2020, last: 2022},
		series: []stackSeries{{values: map[int]int{2020: 2, 2021: 3}}, {values: map[int]int{2021: 4, 2022: -1}}},
	}
	for year, want := range map[int]int{2020: 2, 2021: 7, 2022: 0} {
		if got := b.total(year); got != want {
			t.Errorf("total(%d) = %d, want %d", year, got, want)
		}
	}
	if _, _, ymin, ymax := b.DataRange(); ymin != 0 || ymax != 7 {
		t.Errorf("y range %v–%v, want 0–7", ymin, ymax)
	}
}

func TestPeriodName(t *testing.T) {
	q := analysis.Period{Kind: analysis.Quarter, Label: "2022-Q3", Start: day(2022, 7, 1), End: day(2022, 9, 30)}
	m := analysis.Period{Kind: analysis.Month, Label: "2022-07", Start: day(2022, 7, 1), End: day(2022, 7, 31)}
	y := analysis.Period{Kind: analysis.Year, Label: "2022", Start: day(2022, 1, 1), End: day(2022, 12, 31)}
	r := analysis.Period{Kind: analysis.Range, Label: "2022-01-15_2022-03-31", Start: day(2022, 1, 15), End: day(2022, 3, 31)}
	tests := []struct {
		p    analysis.Period
		lang string
		want string
	}{
		{q, "en", "Q3 2022"}, {q, "fr", "3e trimestre 2022"}, {q, "ar", "الربع الثالث من 2022"},
		{m, "en", "July 2022"}, {m, "fr", "juillet 2022"}, {m, "ar", "يوليو 2022"},
		{y, "ar", "2022"},
		{r, "en", "15 January 2022 – 31 March 2022"}, {r, "fr", "du 15 janvier 2022 au 31 mars 2022"},
		{r, "ar", "من 15 يناير 2022 إلى 31 مارس 2022"},
		{analysis.Period{Label: "2022-W3"}, "en", "2022-W3"},
	}
	for _, tt := range tests {
		if got := periodName(tt.p, catalogue{lang: tt.lang}); got != tt.want {
			t.Errorf("periodName(%s, %s) = %q, want %q", tt.p.Label, tt.lang, got, tt.want)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct{ code, lang, want string }{
		{"MA", "en", "Morocco"}, {"MA", "fr", "Maroc"}, {"MA", "ar", "المغرب"},
		{"XX", "en", "XX"}, {"XX", "ar", "\u200eXX\u200e"}, {"", "en", ""},
	}
	for _, tt := range tests {
		if got := countryName(tt.code, catalogue{lang: tt.lang}); got != tt.want {
			t.Errorf("countryName(%q, %s) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}
