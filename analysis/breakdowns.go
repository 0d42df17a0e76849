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

// yearBreakdowns accumulates the per-year tables while the yearly series
// is counted, so every table covers exactly the incidents of the series.
// Incidents are counted by the codes of their values, year by year — a
// list of partners or an arrests_by_country value is one code — and the
// counts are spread over the values' texts once counting is over.
type yearBreakdowns struct {
	first int // the year of years[0]
	years []codeCounts
}

// codeCounts are one year's counts by code.
type codeCounts struct {
	// pairs are keyed by lead country<<32 | partners
	partners, pairs, cooperation, affiliations, groups map[uint64]*Counts
	// byCountry counts incidents by arrests_by_country; countryArrests
	// sums the arrests of the others by country.
	byCountry, countryArrests map[uint32]int
}

func newYearBreakdowns(first, last int) yearBreakdowns {
	b := yearBreakdowns{first: first, years: make([]codeCounts, last-first+1)}
	for y := range b.years {
		b.years[y] = codeCounts{partners: map[uint64]*Counts{}, pairs: map[uint64]*Counts{}, cooperation: map[uint64]*Counts{},
			affiliations: map[uint64]*Counts{}, groups: map[uint64]*Counts{}, byCountry: map[uint32]int{}, countryArrests: map[uint32]int{}}
	}
	return b
}

func (c *Counts) add(in *incidents, i int) {
	c.Incidents++
	c.CellsDismantled += orZero(in.cells[i])
	c.Arrests += orZero(in.arrests[i])
}

func addTo(m map[uint64]*Counts, k uint64, in *incidents, i int) {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	c.add(in, i)
}

func (b *yearBreakdowns) add(in *incidents, i, year int) {
	y := &b.years[year-b.first]
	if p := in.partners[i]; p != 0 {
		addTo(y.partners, uint64(p), in, i)
		addTo(y.pairs, uint64(in.country[i])<<32|uint64(p), in, i)
	}
	addTo(y.cooperation, uint64(in.cooperation[i]), in, i)
	addTo(y.affiliations, uint64(in.affiliation[i]), in, i)
	if g := in.group[i]; g != 0 {
		addTo(y.groups, uint64(g), in, i)
	}
	// Arrests by country come from arrests_by_country where given, else
	// all go to the incident's country.
	if c := in.byCountry[i]; c != 0 {
		y.byCountry[c]++
	} else {
		y.countryArrests[in.country[i]] += orZero(in.arrests[i])
	}
}

// byCountry reads an arrests_by_country value ("MA:2;ES:9").
func byCountry(text string) []countryN {
	var out []countryN
	for _, e := range strings.Split(text, ";") {
		c, n, _ := strings.Cut(e, ":")
		v, _ := strconv.Atoi(n)
		out = append(out, countryN{c, v})
	}
	return out
}

type countryN struct {
	country string
	n       int
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

// spread adds the counts by code of one table, year by year, to the
// texts each code stands for (keys gives them).
func (b *yearBreakdowns) spread(table func(*codeCounts) map[uint64]*Counts, keys func(uint64) []string) map[keyYear]*Counts {
	out := map[keyYear]*Counts{}
	for y := range b.years {
		for code, c := range table(&b.years[y]) {
			for _, k := range keys(code) {
				addText(out, keyYear{k, b.first + y}, c)
			}
		}
	}
	return out
}

func (b *yearBreakdowns) partnerYears(text func(uint32) string) []PartnerYear {
	out := []PartnerYear{}
	partners := b.spread(func(y *codeCounts) map[uint64]*Counts { return y.partners }, func(code uint64) []string { return strings.Split(text(uint32(code)), ";") })
	for _, ky := range sortedKeyYears(partners) {
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

func (b *yearBreakdowns) breakdowns(text func(uint32) string) Breakdowns {
	one := func(code uint64) []string { return []string{text(uint32(code))} }
	pairs := func(code uint64) []string {
		lead := text(uint32(code >> 32))
		var out []string
		for _, p := range strings.Split(text(uint32(code)), ";") {
			out = append(out, lead+"–"+p)
		}
		return out
	}
	bd := Breakdowns{
		PartnerPairs:     sortedKeyYears(b.spread(func(y *codeCounts) map[uint64]*Counts { return y.pairs }, pairs)),
		CooperationTypes: sortedKeyYears(b.spread(func(y *codeCounts) map[uint64]*Counts { return y.cooperation }, one)),
		Affiliations:     sortedKeyYears(b.spread(func(y *codeCounts) map[uint64]*Counts { return y.affiliations }, one)),
		Groups:           sortedKeyYears(b.spread(func(y *codeCounts) map[uint64]*Counts { return y.groups }, one)),
	}
	arrests := map[keyYear]int{}
	for y := range b.years {
		year := b.first + y
		for code, n := range b.years[y].byCountry {
			for _, e := range byCountry(text(code)) {
				arrests[keyYear{e.country, year}] += n * e.n
			}
		}
		for code, n := range b.years[y].countryArrests {
			arrests[keyYear{text(code), year}] += n
		}
	}
	bd.ArrestsByCountry = make([]CountryArrests, 0, len(arrests))
	for k, n := range arrests {
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
