package charts

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

var mapAsOf = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// loaded is a data set read by the data package and its figures for a
// period, as a report computes them.
type loaded struct {
	inc *data.Incidents
	f   analysis.Figures
}

func computed(t *testing.T, ds *data.Dataset, period string) loaded {
	t.Helper()
	p, err := analysis.ParsePeriod(period, mapAsOf)
	if err != nil {
		t.Fatal(err)
	}
	return loaded{ds.Incidents, analysis.Compute(ds.Incidents, p, mapAsOf)}
}

// loadSample is the embedded sample's figures for period: every incident
// in Morocco.
func loadSample(t *testing.T, period string) loaded {
	t.Helper()
	ds, err := data.LoadSample(data.DefaultOptions(mapAsOf))
	if err != nil {
		t.Fatal(err)
	}
	return computed(t, ds, period)
}

// place is one row of a test file: incidents at a city of a country, with
// their arrests ("" not given) and whether they have coordinates.
type testPlace struct {
	country, city string
	lat, lon      float64
	arrests       []string
	noCoords      int // how many of them have none
}

// loadPlaces writes the places as a ctreport CSV of 2016 and loads it.
func loadPlaces(t *testing.T, places []testPlace) loaded {
	t.Helper()
	var b strings.Builder
	b.WriteString("incident_id,date,country,event_type,arrests,city,latitude,longitude,source_name\n")
	n := 0
	for _, p := range places {
		for k, a := range p.arrests {
			n++
			lat, lon := fmt.Sprint(p.lat), fmt.Sprint(p.lon)
			if k < p.noCoords {
				lat, lon = "", ""
			}
			fmt.Fprintf(&b, "T-%d,2016-%02d-%02d,%s,operation,%s,%s,%s,%s,test\n", n, n%12+1, n%28+1, p.country, a, p.city, lat, lon)
		}
	}
	path := filepath.Join(t.TempDir(), "places.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load([]string{path}, data.DefaultOptions(mapAsOf))
	if err != nil {
		t.Fatal(err)
	}
	if ds.Totals().Rejected != 0 {
		t.Fatalf("rejected rows: %v", ds.Rejected)
	}
	return computed(t, ds, "2016")
}

// europe is incidents in fifteen countries, some of them small and close
// together so that not every label finds room; Algeria's incidents give
// no arrest count, Belgium's give 0, and one Spanish incident gives none.
var europe = []testPlace{
	{"FR", "Paris", 48.86, 2.35, []string{"2", "1", "0", "3", "4", "1", "2", "5", "1"}, 1},
	{"FR", "Nice", 43.71, 7.26, []string{"1", "2"}, 0},
	{"BE", "Bruxelles", 50.85, 4.35, []string{"0", "0", "0", "0"}, 0},
	{"NL", "Amsterdam", 52.37, 4.9, []string{"1"}, 0},
	{"LU", "Luxembourg", 49.61, 6.13, []string{"2"}, 0},
	{"DE", "Berlin", 52.52, 13.4, []string{"3", "1", "2"}, 0},
	{"ES", "Barcelona", 41.39, 2.17, []string{"2", "", "4"}, 0},
	{"GB", "London", 51.51, -0.13, []string{"1", "2", "3", "1", "1"}, 2},
	{"MA", "Casablanca", 33.57, -7.59, []string{"6", "3"}, 0},
	{"DZ", "Alger", 36.75, 3.06, []string{"", ""}, 0},
	{"TN", "Tunis", 36.81, 10.18, []string{"1", "1", "2"}, 0},
	{"EG", "Cairo", 30.04, 31.24, []string{"5", "2", "2", "1", "1", "1"}, 0},
	{"TR", "Istanbul", 41.01, 28.98, []string{"2", "2", "3", "1", "4"}, 0},
	{"LB", "Beirut", 33.89, 35.5, []string{"1", "1"}, 0},
	{"IL", "Jerusalem", 31.77, 35.21, []string{"0", "1"}, 0},
}

// drawn draws fg as a PNG, filling its layout log, and returns the texts
// of its value boxes (the map's labels).
func drawn(t *testing.T, fg figure) []layoutBox {
	t.Helper()
	if _, err := encode(fg, "png", time.Time{}); err != nil {
		t.Fatal(err)
	}
	var out []layoutBox
	for _, b := range fg.log.boxes {
		if b.kind == "value" {
			out = append(out, b)
		}
	}
	return out
}

// mapFigures draws both maps of l in lang, as Write does.
func mapFigures(t *testing.T, l loaded, lang string) (incidents, arrests figure) {
	t.Helper()
	figs, _, err := figures(l.f, Options{Lang: lang, Source: "Source: test", Incidents: l.inc})
	if err != nil {
		t.Fatal(err)
	}
	for i, ch := range chartBuilders {
		switch ch.name {
		case IncidentsMap:
			incidents = figs[i]
		case ArrestsMap:
			arrests = figs[i]
		}
	}
	return incidents, arrests
}

// published sums figures.json's country_affiliation by country: the
// incidents and arrests a person would check the map against.
func published(f analysis.Figures) (incidents, arrests map[string]int) {
	incidents, arrests = map[string]int{}, map[string]int{}
	for _, ca := range f.Breakdowns.CountryAffiliation {
		incidents[ca.Country] += ca.Incidents
		arrests[ca.Country] += ca.Arrests
	}
	return incidents, arrests
}

// Every country with incidents is named on the map with its count, or in
// the footnote when its label finds no room, and no two labels overlap;
// the counts are figures.json's; a country none of whose incidents gives
// an arrest count is "not given" on the arrests map, never 0.
func TestMapsNameEveryCountry(t *testing.T) {
	l := loadPlaces(t, europe)
	incidents, arrests := published(l.f)
	if incidents["FR"] != 11 || arrests["FR"] != 22 || arrests["DZ"] != 0 || arrests["BE"] != 0 {
		t.Fatalf("published figures %v %v", incidents, arrests)
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		cat, _ := catalogueFor(lang)
		inc, arr := mapFigures(t, l, lang)
		for _, m := range []struct {
			fg     figure
			counts map[string]int
		}{{inc, incidents}, {arr, arrests}} {
			boxes := drawn(t, m.fg)
			for i, a := range boxes {
				for _, b := range boxes[i+1:] {
					if overlap(a.rect, b.rect) {
						t.Errorf("%s %s: labels %q and %q overlap", lang, m.fg.title, a.text, b.text)
					}
				}
			}
			left := 0
			for code, n := range m.counts {
				want := nameCount(cat, countryName(code, cat), cat.int(n))
				if m.fg.title == arr.title && code == "DZ" {
					want = cat.textf("map.not_given_fmt", countryName(code, cat))
				}
				onMap := false
				for _, b := range boxes {
					onMap = onMap || b.text == want
				}
				inNote := strings.Contains(m.fg.footnote, want)
				if onMap == inNote {
					t.Errorf("%s %s: %q on the map %v, in the footnote %v; want one of them", lang, m.fg.title, want, onMap, inNote)
				}
				if inNote {
					left++
				}
			}
			if left == 0 {
				t.Errorf("%s %s: every label found room; the case no longer tests the footnote", lang, m.fg.title)
			}
		}
		for _, fg := range []figure{inc, arr} {
			if !strings.Contains(fg.subtitle, cat.text("map.disputed")) {
				t.Errorf("%s: Western Sahara is on the map but the subtitle %q does not say how it is drawn", lang, fg.subtitle)
			}
		}
		legend := map[string]bool{}
		for _, e := range arr.legend {
			legend[e.key] = true
		}
		if !legend["not_given"] || !legend["zero"] {
			t.Errorf("%s: the arrests legend has %v; want not_given and zero", lang, legend)
		}
		if want := cat.textf("amap.partial_fmt", cat.int(3), cat.int(l.f.Current.Incidents)); !strings.Contains(arr.footnote, want) {
			t.Errorf("%s: arrests footnote %q lacks %q", lang, arr.footnote, want)
		}
	}
}

// A period whose incidents are all in one country is drawn as that
// country with its incidents as circles by place: the circles hold every
// incident with coordinates, the footnote counts those without, and the
// arrests add up to figures.json's.
func TestMapOfOneCountry(t *testing.T) {
	l := loadSample(t, "2022")
	incidents, arrests := published(l.f)
	if len(incidents) != 1 || incidents["MA"] != l.f.Current.Incidents {
		t.Fatalf("the sample's 2022 is not all in Morocco: %v", incidents)
	}
	in := newMapInput(l.f, l.inc)
	shapes, _ := world()
	if got := in.focus(shapes); got != "MA" {
		t.Fatalf("focus %q, want MA", got)
	}
	placed, arrested := 0, 0
	for _, p := range in.places {
		placed += p.incidents
		arrested += p.arrests
	}
	if placed+in.noCoords != incidents["MA"] || in.noCoords == 0 {
		t.Errorf("%d incidents at places and %d without coordinates, want %d in all (some without)", placed, in.noCoords, incidents["MA"])
	}
	if arrested > arrests["MA"] {
		t.Errorf("places hold %d arrests, more than Morocco's %d", arrested, arrests["MA"])
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		cat, _ := catalogueFor(lang)
		inc, arr := mapFigures(t, l, lang)
		for _, fg := range []figure{inc, arr} {
			if !strings.Contains(fg.title, countryName("MA", cat)) {
				t.Errorf("%s: title %q does not name Morocco", lang, fg.title)
			}
			want := cat.textf("map.no_coords_fmt", cat.int(in.noCoords), cat.int(incidents["MA"]))
			if !strings.Contains(fg.footnote, want) {
				t.Errorf("%s: footnote %q lacks %q", lang, fg.footnote, want)
			}
			// The places lie north of 29°N: the map ends before Western
			// Sahara, and the subtitle does not speak of it.
			if strings.Contains(fg.subtitle, cat.text("map.disputed")) {
				t.Errorf("%s: Western Sahara is not on the map but the subtitle %q speaks of it", lang, fg.subtitle)
			}
			boxes := drawn(t, fg)
			if len(boxes) < 3 {
				t.Errorf("%s %s: %d places labelled, want the largest", lang, fg.title, len(boxes))
			}
		}
	}
}

// The rule that chooses the map of one country.
func TestMapFocusRule(t *testing.T) {
	shapes, _ := world()
	for _, tt := range []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{"MA": 20}, "MA"},
		{map[string]int{"FR": 14, "BE": 2}, "FR"},          // two elsewhere
		{map[string]int{"FR": 27, "BE": 2, "DE": 1}, "FR"}, // a tenth elsewhere
		{map[string]int{"FR": 14, "BE": 2, "DE": 1}, ""},   // three, more than a tenth
		{map[string]int{"FR": 3, "BE": 2}, ""},             // less than three quarters
		{map[string]int{"FR": 9, "ES": 9}, ""},             // two countries
		{map[string]int{"EH": 10}, ""},                     // disputed: never zoomed on
		{map[string]int{"XX": 10}, ""},                     // no shape
		{map[string]int{"MA": 10, "ES": 1, "FR": 0, "BE": 0}, "MA"},
	} {
		in := mapInput{countries: map[string]*countryCounts{}, withPlaces: true}
		for code, n := range tt.counts {
			in.countries[code] = &countryCounts{incidents: n}
			in.total += n
			in.places = append(in.places, place{country: code, incidents: n})
		}
		if got := in.focus(shapes); got != tt.want {
			t.Errorf("%v: focus %q, want %q", tt.counts, got, tt.want)
		}
	}
	// Without coordinates, or without the incidents, the world view.
	in := mapInput{countries: map[string]*countryCounts{"MA": {incidents: 5}}, total: 5, withPlaces: true}
	if got := in.focus(shapes); got != "" {
		t.Errorf("no coordinates: focus %q", got)
	}
	in.withPlaces = false
	if got := in.focus(shapes); got != "" {
		t.Errorf("no incidents given: focus %q", got)
	}
}

// Without the incidents, a country without arrests is taken as not given
// unless every incident of the period gives its arrests.
func TestArrestsWithoutIncidents(t *testing.T) {
	f := analysis.Figures{Breakdowns: analysis.Breakdowns{CountryAffiliation: []analysis.CountryAffiliation{
		{Country: "MA", Counts: analysis.Counts{Incidents: 2, Arrests: 5}},
		{Country: "ES", Counts: analysis.Counts{Incidents: 1}},
	}}}
	f.Current.Incidents, f.Current.Arrests, f.Current.ArrestsGiven = 3, analysis.Count(5), 2
	states := func() map[string]countryState {
		out := map[string]countryState{}
		for _, v := range arrestCounts(newMapInput(f, nil)) {
			out[v.code] = v.state
		}
		return out
	}
	if s := states(); s["MA"] != counted || s["ES"] != stateNotGiven {
		t.Errorf("some given: %v", s)
	}
	f.Current.ArrestsGiven = 3
	if s := states(); s["MA"] != counted || s["ES"] != zero {
		t.Errorf("all given: %v", s)
	}
	f.Current.Arrests, f.Current.ArrestsGiven = analysis.NullInt{}, 0
	f.Breakdowns.CountryAffiliation[0].Arrests = 0
	if s := states(); s["MA"] != stateNotGiven || s["ES"] != stateNotGiven {
		t.Errorf("none given: %v", s)
	}
}

// mapGoldens are the maps drawn from loaded data: the sample's 2022 (one
// country) and the fifteen countries of europe.
func TestMapGoldens(t *testing.T) {
	for _, c := range []struct {
		name  string
		l     loaded
		langs []string
	}{{"morocco", loadSample(t, "2022"), []string{"en", "ar", "fr"}}, {"europe", loadPlaces(t, europe), []string{"en", "ar"}}} {
		for _, lang := range c.langs {
			for _, chart := range []string{IncidentsMap, ArrestsMap} {
				o := Options{Lang: lang, Source: "Source: test", AsOf: "2026-11-30", Incidents: c.l.inc}
				got, _, err := Render(chart, c.l.f, o, "png")
				if err != nil {
					t.Fatal(err)
				}
				checkGolden(t, filepath.Join("testdata", c.name+"_"+lang+"_"+chart+".png"), got)
			}
		}
	}
}

// On a map of places, each of the largest places is named beside its
// circle or, when its label finds no room, in the footnote; never both,
// never neither. The sample's 2025 crowds places around Casablanca.
func TestMapNamesEveryLargestPlace(t *testing.T) {
	l := loadSample(t, "2025")
	m := newMapInput(l.f, l.inc)
	for _, lang := range []string{"en", "ar", "fr"} {
		cat, _ := catalogueFor(lang)
		inc, _ := mapFigures(t, l, lang)
		boxes := drawn(t, inc)
		named, left := 0, 0
		for _, p := range m.places {
			if p.name == "" || named+left == 8 {
				continue
			}
			want := nameCount(cat, p.name, cat.int(p.incidents))
			onMap := false
			for _, b := range boxes {
				onMap = onMap || b.text == want
			}
			inNote := strings.Contains(inc.footnote, want)
			if onMap == inNote {
				t.Errorf("%s: %q on the map %v, in the footnote %v; want one of them", lang, want, onMap, inNote)
			}
			if onMap {
				named++
			} else {
				left++
			}
		}
		if left == 0 {
			t.Errorf("%s: every place found room; the case no longer tests the footnote", lang)
		}
	}
}
