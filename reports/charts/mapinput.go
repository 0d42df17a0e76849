package charts

import (
	"math"
	"sort"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// mapInput is what the two maps draw. The counts by country are those
// figures.json publishes for the period (country_affiliation, summed over
// affiliations: incidents and arrests by the country where each incident
// took place). From the incidents, when Options.Incidents gives them, come
// how many of each country's incidents give an arrest count, and the
// places of the incidents with coordinates.
type mapInput struct {
	countries map[string]*countryCounts
	total     int // the period's incidents
	// places are the period's incidents with coordinates, grouped by place
	// (see placeKey), most incidents first; noCoords counts those without.
	// withPlaces says the incidents were given.
	places     []place
	noCoords   int
	withPlaces bool
}

// countryCounts are one country's incidents and arrests in the period,
// and how many of its incidents give an arrest count: −1 when some do but
// it is not known how many (the figures alone, without the incidents).
type countryCounts struct {
	incidents, arrests, arrestsGiven int
}

// place is a group of the period's incidents at one place: its country,
// its name (the city; empty for a place known by its coordinates only),
// the mean of their coordinates, and their incidents and arrests.
type place struct {
	country, name          string
	lon, lat               float64
	incidents, arrests     int
	arrestsGiven           int
	sumLon, sumLat, coords float64
}

// placeKey groups incidents: by country and city when the city is given,
// else by country and coordinates rounded to a tenth of a degree (about
// 11 km).
type placeKey struct {
	country, city string
	lon, lat      int
}

// newMapInput gathers the period's counts from f and, when t is not nil,
// the incidents of the period (those f.Period holds, by the rule every
// output uses) from t.
func newMapInput(f analysis.Figures, t *data.Incidents) mapInput {
	in := mapInput{countries: map[string]*countryCounts{}}
	for _, ca := range f.Breakdowns.CountryAffiliation {
		if ca.Incidents <= 0 {
			continue
		}
		c := in.countries[ca.Country]
		if c == nil {
			c = &countryCounts{}
			in.countries[ca.Country] = c
		}
		c.incidents += ca.Incidents
		c.arrests += max(0, ca.Arrests)
		in.total += ca.Incidents
	}
	if t == nil {
		// Without the incidents, whether a country's arrests are given is
		// known only when every incident of the period gives them, or
		// none does; otherwise a country with arrests gives some, and one
		// without is taken as not given (never as 0).
		cur := f.Current
		for _, c := range in.countries {
			switch {
			case cur.Arrests.Valid && cur.ArrestsGiven >= cur.Incidents:
				c.arrestsGiven = c.incidents
			case cur.Arrests.Valid && c.arrests > 0:
				c.arrestsGiven = -1
			}
		}
		return in
	}
	in.withPlaces = true
	for _, c := range in.countries {
		c.arrestsGiven = 0
	}
	year, month, day := t.Dates()
	_, arrests := t.Counts()
	country, city := t.Codes(data.ColCountry), t.Codes(data.ColCity)
	var rows []int
	for i := range t.Nrow() {
		if !f.Period.Holds(int(year[i]), int(month[i]), int(day[i])) {
			continue
		}
		rows = append(rows, i)
		if c := in.countries[t.Text(country[i])]; c != nil && arrests[i] >= 0 {
			c.arrestsGiven++
		}
	}
	byKey := map[placeKey]*place{}
	lats, lons := t.Coordinates()
	for _, i := range rows {
		lat, lon := lats[i], lons[i]
		if math.IsNaN(lat) || math.IsNaN(lon) {
			in.noCoords++
			continue
		}
		key := placeKey{country: t.Text(country[i]), city: t.Text(city[i])}
		if key.city == "" {
			key.lon, key.lat = int(math.Round(lon*10)), int(math.Round(lat*10))
		}
		p := byKey[key]
		if p == nil {
			p = &place{country: key.country, name: key.city}
			byKey[key] = p
		}
		p.incidents++
		p.sumLon, p.sumLat, p.coords = p.sumLon+lon, p.sumLat+lat, p.coords+1
		if arrests[i] >= 0 {
			p.arrests += arrests[i]
			p.arrestsGiven++
		}
	}
	for _, p := range byKey {
		p.lon, p.lat = p.sumLon/p.coords, p.sumLat/p.coords
		in.places = append(in.places, *p)
	}
	sort.Slice(in.places, func(a, b int) bool {
		x, y := in.places[a], in.places[b]
		if x.incidents != y.incidents {
			return x.incidents > y.incidents
		}
		if x.country != y.country {
			return x.country < y.country
		}
		if x.name != y.name {
			return x.name < y.name
		}
		if x.lon != y.lon {
			return x.lon < y.lon
		}
		return x.lat < y.lat
	})
	return in
}

// The maps show one country alone, with its incidents as points, when the
// incidents elsewhere are at most othersFew or 1 − oneCountryShare of the
// period's, and that country holds at least three quarters of them
// (docs/figures.md, The maps).
const (
	oneCountryShare = 0.9
	othersFew       = 2
)

// focus returns the country the maps zoom on, or "" for the world view:
// the country with most incidents when the others hold at most 2 of them
// or a tenth, it holds three quarters, it has a shape on the map, and at
// least one of its incidents has coordinates.
func (in mapInput) focus(shapes []mapShape) string {
	if !in.withPlaces || in.total == 0 {
		return ""
	}
	best, n := "", 0
	for code, c := range in.countries {
		if c.incidents > n || (c.incidents == n && code < best) {
			best, n = code, c.incidents
		}
	}
	others := in.total - n
	if float64(others) > max(othersFew, (1-oneCountryShare)*float64(in.total)) || 4*n < 3*in.total || disputed[best] {
		return ""
	}
	hasShape := false
	for _, s := range shapes {
		hasShape = hasShape || s.code == best
	}
	located := false
	for _, p := range in.places {
		located = located || p.country == best
	}
	if !hasShape || !located {
		return ""
	}
	return best
}
