package analysis

import (
	"sort"
	"strconv"
	"strings"
)

// keyYear indexes a per-year breakdown.
type keyYear struct {
	key  string
	year int
}

// codeYear indexes a per-year breakdown by a text code of the table,
// turned into its text once counting is over.
type codeYear struct {
	code uint32
	year int
}

// pairYear indexes the lead–partner pairs.
type pairYear struct {
	lead    uint32
	partner string
	year    int
}

// yearBreakdowns accumulates the per-year tables while the yearly series
// is counted, so every table covers exactly the incidents of the series.
type yearBreakdowns struct {
	partners                          map[keyYear]*Counts
	pairs                             map[pairYear]*Counts
	cooperation, affiliations, groups map[codeYear]*Counts
	arrestsByCountry                  map[keyYear]int
}

func newYearBreakdowns() yearBreakdowns {
	return yearBreakdowns{
		partners: map[keyYear]*Counts{}, pairs: map[pairYear]*Counts{}, cooperation: map[codeYear]*Counts{},
		affiliations: map[codeYear]*Counts{}, groups: map[codeYear]*Counts{}, arrestsByCountry: map[keyYear]int{},
	}
}

func (c *Counts) add(in *incidents, i int) {
	c.Incidents++
	c.CellsDismantled += in.cells[i]
	c.Arrests += in.arrests[i]
}

func addTo[K comparable](m map[K]*Counts, k K, in *incidents, i int) {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	c.add(in, i)
}

func (b *yearBreakdowns) add(in *incidents, i, year int) {
	for _, p := range in.partnerList(i) {
		addTo(b.partners, keyYear{p, year}, in, i)
		addTo(b.pairs, pairYear{in.country[i], p, year}, in, i)
	}
	addTo(b.cooperation, codeYear{in.cooperation[i], year}, in, i)
	addTo(b.affiliations, codeYear{in.affiliation[i], year}, in, i)
	if in.group[i] != 0 {
		addTo(b.groups, codeYear{in.group[i], year}, in, i)
	}
	for _, e := range arrestsByCountry(in, i) {
		b.arrestsByCountry[keyYear{e.country, year}] += e.n
	}
}

type countryN struct {
	country string
	n       int
}

// arrestsByCountry splits an incident's arrests over countries: from
// arrests_by_country ("MA:2;ES:9") where given, else all to the incident's
// country.
func arrestsByCountry(in *incidents, i int) []countryN {
	code := in.byCountry[i]
	if code == 0 {
		return []countryN{{in.text(in.country[i]), in.arrests[i]}}
	}
	if out, ok := in.byCountryOf[code]; ok {
		return out
	}
	var out []countryN
	for _, e := range strings.Split(in.text(code), ";") {
		c, n, _ := strings.Cut(e, ":")
		v, _ := strconv.Atoi(n)
		out = append(out, countryN{c, v})
	}
	in.byCountryOf[code] = out
	return out
}

func sortedKeyYears(m map[keyYear]*Counts) []KeyYear {
	out := make([]KeyYear, 0, len(m))
	for k, c := range m {
		out = append(out, KeyYear{Key: k.key, Year: k.year, Counts: *c})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Key != out[b].Key {
			return out[a].Key < out[b].Key
		}
		return out[a].Year < out[b].Year
	})
	return out
}

func (b *yearBreakdowns) partnerYears() []PartnerYear {
	out := []PartnerYear{}
	for _, ky := range sortedKeyYears(b.partners) {
		out = append(out, PartnerYear{Country: ky.Key, Year: ky.Year, Incidents: ky.Incidents})
	}
	return out
}

// sum adds o to c.
func (c *Counts) sum(o *Counts) {
	c.Incidents += o.Incidents
	c.CellsDismantled += o.CellsDismantled
	c.Arrests += o.Arrests
}

// addText adds the counts c to the key k of a breakdown by text.
func addText(m map[keyYear]*Counts, k keyYear, c *Counts) {
	if m[k] == nil {
		m[k] = &Counts{}
	}
	m[k].sum(c)
}

// byText turns a breakdown by code into one by text; codes of one text
// (a value a merge made in two places) add up.
func byText(m map[codeYear]*Counts, text func(uint32) string) map[keyYear]*Counts {
	out := make(map[keyYear]*Counts, len(m))
	for k, c := range m {
		addText(out, keyYear{text(k.code), k.year}, c)
	}
	return out
}

func (b *yearBreakdowns) breakdowns(text func(uint32) string) Breakdowns {
	pairs := make(map[keyYear]*Counts, len(b.pairs))
	for k, c := range b.pairs {
		addText(pairs, keyYear{text(k.lead) + "–" + k.partner, k.year}, c)
	}
	bd := Breakdowns{
		PartnerPairs: sortedKeyYears(pairs), CooperationTypes: sortedKeyYears(byText(b.cooperation, text)),
		Affiliations: sortedKeyYears(byText(b.affiliations, text)), Groups: sortedKeyYears(byText(b.groups, text)),
		ArrestsByCountry: make([]CountryArrests, 0, len(b.arrestsByCountry)),
	}
	for k, n := range b.arrestsByCountry {
		bd.ArrestsByCountry = append(bd.ArrestsByCountry, CountryArrests{Country: k.key, Year: k.year, Arrests: n})
	}
	sort.Slice(bd.ArrestsByCountry, func(a, c int) bool {
		x, y := bd.ArrestsByCountry[a], bd.ArrestsByCountry[c]
		if x.Country != y.Country {
			return x.Country < y.Country
		}
		return x.Year < y.Year
	})
	return bd
}

// periodBreakdowns fills the tables of the period: country × affiliation,
// admin1, city and partner countries, over the incidents placed in the
// period.
func periodBreakdowns(in *incidents, p Period, bd *Breakdowns) {
	type ca struct{ country, affiliation string }
	byCA := map[ca]*Counts{}
	admin1, city, partners := map[string]*Counts{}, map[string]*Counts{}, map[string]*Counts{}
	add := func(m map[string]*Counts, key string, i int) {
		c := m[key]
		if c == nil {
			c = &Counts{}
			m[key] = c
		}
		c.add(in, i)
	}
	d := periodDays(p)
	for i := range in.from {
		if !in.places(p, d, i) {
			continue
		}
		k := ca{in.text(in.country[i]), in.text(in.affiliation[i])}
		if byCA[k] == nil {
			byCA[k] = &Counts{}
		}
		byCA[k].add(in, i)
		add(admin1, in.text(in.admin1[i]), i)
		add(city, in.text(in.city[i]), i)
		for _, c := range in.partnerList(i) {
			add(partners, c, i)
		}
	}
	bd.CountryAffiliation = make([]CountryAffiliation, 0, len(byCA))
	for k, c := range byCA {
		bd.CountryAffiliation = append(bd.CountryAffiliation, CountryAffiliation{Country: k.country, Affiliation: k.affiliation, Counts: *c})
	}
	sort.Slice(bd.CountryAffiliation, func(a, b int) bool {
		x, y := bd.CountryAffiliation[a], bd.CountryAffiliation[b]
		if x.Country != y.Country {
			return x.Country < y.Country
		}
		return x.Affiliation < y.Affiliation
	})
	bd.Admin1, bd.Cities, bd.PeriodPartners = sortedKeyCounts(admin1), sortedKeyCounts(city), sortedKeyCounts(partners)
}

// sortedKeyCounts lists a period table by key; the empty key (not given)
// sorts first.
func sortedKeyCounts(m map[string]*Counts) []KeyCounts {
	out := make([]KeyCounts, 0, len(m))
	for k, c := range m {
		out = append(out, KeyCounts{Key: k, Counts: *c})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Key < out[b].Key })
	return out
}
