package data

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Selection is what a desk report keeps of the incidents (docs/input.md,
// "Desk reports"): each list that is not empty must match, and within a
// list one value is enough. An empty Selection keeps every incident.
type Selection struct {
	// Countries are ISO codes: an incident whose lead country, or one of
	// whose partners, is one of them.
	Countries []string `json:"country,omitempty"`
	// Regions are UN M49 regions by their English name ("Northern
	// Africa"): an incident whose lead country is in one.
	Regions []string `json:"region,omitempty"`
	// Groups are group names, read through the group table ("Daesh" is
	// ISIS); Affiliations and EventTypes values of those enumerations.
	Groups       []string `json:"group,omitempty"`
	Affiliations []string `json:"affiliation,omitempty"`
	EventTypes   []string `json:"event_type,omitempty"`

	regions []language.Region
}

// Add adds o's values to s.
func (s *Selection) Add(o *Selection) {
	s.Countries = append(s.Countries, o.Countries...)
	s.Regions = append(s.Regions, o.Regions...)
	s.regions = append(s.regions, o.regions...)
	s.Groups = append(s.Groups, o.Groups...)
	s.Affiliations = append(s.Affiliations, o.Affiliations...)
	s.EventTypes = append(s.EventTypes, o.EventTypes...)
}

// Empty says the selection keeps every incident.
func (s *Selection) Empty() bool {
	return s == nil || len(s.Countries)+len(s.Regions)+len(s.Groups)+len(s.Affiliations)+len(s.EventTypes) == 0
}

// String writes the selection as the flags that make it
// ("--country MA,ES --event-type operation"), "" when empty.
func (s *Selection) String() string {
	if s.Empty() {
		return ""
	}
	var parts []string
	for _, f := range []struct {
		flag string
		v    []string
	}{{"country", s.Countries}, {"region", s.Regions}, {"group", s.Groups}, {"affiliation", s.Affiliations}, {"event-type", s.EventTypes}} {
		if len(f.v) > 0 {
			parts = append(parts, "--"+f.flag+" "+strings.Join(f.v, ","))
		}
	}
	return strings.Join(parts, " ")
}

// m49Regions are the UN M49 regions by folded English name.
var m49Regions = sync.OnceValue(func() map[string]language.Region {
	out := map[string]language.Region{}
	for _, code := range []int{1, 2, 9, 5, 11, 13, 14, 15, 17, 18, 19, 21, 29, 30, 34, 35, 39, 53, 54, 57, 61, 142, 143, 145, 150, 151, 154, 155, 202, 419} {
		r, err := language.EncodeM49(code)
		if err != nil {
			continue
		}
		out[nameKey(display.English.Regions().Name(r))] = r
	}
	return out
})

// M49Names are the region names Selection.Regions accepts.
func M49Names() []string {
	var out []string
	for _, r := range m49Regions() {
		out = append(out, display.English.Regions().Name(r))
	}
	slices.Sort(out)
	return out
}

// NewSelection checks and normalises the values of a selection:
// countries as codes or names (a former state's as the load o counts it:
// its successor's code, or its own with FormerApart), regions by M49
// name, groups through o's group table, affiliations and event types as
// their enumerations read them. o nil: the defaults.
func NewSelection(countries, regions, groups, affs, events []string, o *Options) (*Selection, error) {
	g := DefaultGroups()
	apart := false
	if o != nil {
		if o.Groups != nil {
			g = o.Groups
		}
		apart = o.FormerStates == FormerApart
	}
	s := &Selection{}
	for _, c := range countries {
		code, err := parseCountry(c, apart)
		if err != nil {
			return nil, fmt.Errorf("country: %v", err)
		}
		if !slices.Contains(s.Countries, code) {
			s.Countries = append(s.Countries, code)
		}
	}
	for _, r := range regions {
		reg, ok := m49Regions()[nameKey(r)]
		if !ok {
			return nil, fmt.Errorf("region: %q is not a UN M49 region (%s)", r, strings.Join(M49Names(), ", "))
		}
		s.Regions = append(s.Regions, display.English.Regions().Name(reg))
		s.regions = append(s.regions, reg)
	}
	for _, name := range groups {
		n, _, _ := g.Lookup(name)
		s.Groups = append(s.Groups, n)
	}
	for _, a := range affs {
		v, err := parseEnum(a, affiliations)
		if err != nil {
			return nil, fmt.Errorf("affiliation: %v", err)
		}
		s.Affiliations = append(s.Affiliations, v)
	}
	for _, e := range events {
		v, err := parseEnum(e, eventTypes)
		if err != nil {
			return nil, fmt.Errorf("event type: %v", err)
		}
		s.EventTypes = append(s.EventTypes, v)
	}
	return s, nil
}

// Select returns the dataset with only the incidents s keeps, and s
// recorded (Dataset.Selection); the accounts of the rows read, rejected
// and reconciled stay those of the whole load. d itself for an empty s.
func (d *Dataset) Select(s *Selection) *Dataset {
	if s.Empty() {
		return d
	}
	t := d.Incidents
	var rows []int
	for i := range t.Nrow() {
		if s.keeps(t, i) {
			rows = append(rows, i)
		}
	}
	out := *d
	out.Incidents = t.rows(rows)
	out.Selection = s
	return &out
}

// keeps says whether s keeps incident i of t.
func (s *Selection) keeps(t *Incidents, i int) bool {
	text := func(k int) string { return t.text.get(int(t.codes[k][i])) }
	country := text(kCountry)
	if len(s.Countries) > 0 && !slices.Contains(s.Countries, country) {
		in := false
		for _, p := range splitList(text(kPartners)) {
			if slices.Contains(s.Countries, p) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	if len(s.regions) > 0 {
		if f := formerByCode(country); f != nil {
			country = f.Successor // a former state is in its successor's region
		}
		r, err := language.ParseRegion(country)
		if err != nil || !slices.ContainsFunc(s.regions, func(m language.Region) bool { return m.Contains(r) }) {
			return false
		}
	}
	if len(s.Groups) > 0 {
		g := nameKey(text(kGroup))
		if g == "" || !slices.ContainsFunc(s.Groups, func(n string) bool { return nameKey(n) == g }) {
			return false
		}
	}
	if len(s.Affiliations) > 0 && !slices.Contains(s.Affiliations, text(kAffiliation)) {
		return false
	}
	if len(s.EventTypes) > 0 && !slices.Contains(s.EventTypes, text(kEvent)) {
		return false
	}
	return true
}

// rows returns a table of the given rows of t (sharing its text).
func (t *Incidents) rows(rows []int) *Incidents {
	o := makeIncidents(0, len(rows))
	o.text, o.coverage, o.extraNames = t.text, t.coverage, t.extraNames
	o.extra = make([][]uint32, len(t.extra))
	for _, i := range rows {
		o.ids.add(t.ids.get(i))
		o.year, o.month, o.day = append(o.year, t.year[i]), append(o.month, t.month[i]), append(o.day, t.day[i])
		o.cells, o.arrests, o.sources = append(o.cells, t.cells[i]), append(o.arrests, t.arrests[i]), append(o.sources, t.sources[i])
		o.lat, o.lon, o.sourceDate = append(o.lat, t.lat[i]), append(o.lon, t.lon[i]), append(o.sourceDate, t.sourceDate[i])
		for k := range o.codes {
			o.codes[k] = append(o.codes[k], t.codes[k][i])
		}
		for j := range o.extra {
			o.extra[j] = append(o.extra[j], t.extra[j][i])
		}
	}
	return o
}
