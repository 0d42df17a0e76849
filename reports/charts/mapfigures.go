package charts

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

// incidentsMapFigure is the map of the period's incidents: by country
// (the country where each took place), or, when one country holds nearly
// all of them (mapInput.focus), that country with its incidents as points
// from their coordinates.
func incidentsMapFigure(f analysis.Figures, in mapInput, cat catalogue) figure {
	return mapFigure(f, in, cat, false)
}

// arrestsMapFigure is the map of the period's arrests, as the incidents
// map: by the country where each incident took place, or by place for one
// country. A country or place none of whose incidents gives an arrest
// count is "not given", never 0.
func arrestsMapFigure(f analysis.Figures, in mapInput, cat catalogue) figure {
	return mapFigure(f, in, cat, true)
}

// mapFigure draws one of the two maps; arrests chooses the measure.
func mapFigure(f analysis.Figures, in mapInput, cat catalogue, arrests bool) figure {
	key := "map."
	if arrests {
		key = "amap."
	}
	fg := newFigure(cat, cat.text(key+"title"))
	if cur := f.Current.Period; cur.Label != "" || !cur.Start.IsZero() {
		fg.title = cat.textf(key+"title_fmt", periodName(cur, cat))
	}
	shapes, err := world()
	if err != nil || len(in.countries) == 0 {
		fg.subtitle = cat.text(key + "subtitle")
		fg.note = cat.text("map.none")
		return fg
	}
	if arrests {
		fg.footnote = partialArrests(f.Current, cat)
	}
	if fine, err := detailed(); err == nil {
		if code := in.focus(fine); code != "" {
			return placeFigure(fg, f, in, code, fine, cat, arrests)
		}
	}
	fg.subtitle = cat.text(key + "subtitle")
	values := incidentCounts(in)
	if arrests {
		values = arrestCounts(in)
	}
	return worldFigure(fg, values, shapes, cat)
}

// placeLabelCount is how many of the largest places a map of one country
// labels (fewer when they would overlap).
const placeLabelCount = 8

// placeFigure is the map of one country, code: the country and its
// neighbours, and the period's incidents with coordinates as circles per
// place. Incidents without coordinates, and those whose place falls
// outside the map, are counted in the footnote.
func placeFigure(fg figure, f analysis.Figures, in mapInput, code string, shapes []mapShape, cat catalogue, arrests bool) figure {
	key := "map."
	if arrests {
		key = "amap."
	}
	name := countryName(code, cat)
	c := in.countries[code]
	fg.title = cat.text(key + "place_title")
	if cur := f.Current.Period; cur.Label != "" || !cur.Start.IsZero() {
		fg.title = cat.textf(key+"place_title_fmt", name, periodName(cur, cat))
	}
	fg.subtitle = cat.textf(key+"place_subtitle_fmt", name, cat.int(c.incidents), cat.int(in.total))
	m := placeMap{mapView: emptyExtent(shapes), labels: placeLabelCount, label: fg.st.value, log: fg.log}
	for _, s := range shapes {
		if s.code == code {
			m.include(s)
		}
	}
	m.mapView = m.around(in.places)
	m.widen(0.15, 0.5, 3)
	m.fill = func(s string) color.RGBA {
		if s == code {
			return focusFill
		}
		return noIncident
	}
	states := map[countryState]bool{}
	for _, p := range in.places {
		v := placeValue{place: p, n: p.incidents, state: counted}
		if arrests {
			v.n = p.arrests
			switch {
			case p.arrestsGiven == 0:
				v.state = stateNotGiven
			case p.arrests == 0:
				v.state = zero
			}
		}
		if v.state == counted {
			m.top = max(m.top, v.n)
		}
		v.label = nameCount(cat, p.name, cat.int(v.n))
		m.places = append(m.places, v)
	}
	sortPlaces(m.places)

	p := plot.New()
	p.BackgroundColor = nil
	p.HideAxes()
	p.Add(m)
	fg.plot = p
	for _, v := range m.places {
		states[v.state] = true
	}
	if states[counted] {
		fg.legend = append(fg.legend, legendEntry{key: "place", label: cat.text(key + "place_legend"), thumb: circleMark(pointFill, pointEdge, vg.Points(6))})
	}
	if states[zero] {
		fg.legend = append(fg.legend, legendEntry{key: "zero", label: cat.text("amap.place_zero"), thumb: circleMark(nil, zeroEdge, markRadius)})
	}
	if states[stateNotGiven] {
		fg.legend = append(fg.legend, legendEntry{key: "not_given", label: cat.text("map.not_given_legend"), thumb: circleMark(nil, notGivenEdge, markRadius)})
	}
	if in.noCoords > 0 {
		fg.footnote = joinNotes(fg.footnote, cat.textf("map.no_coords_fmt", cat.int(in.noCoords), cat.int(in.total)))
	}
	fg.settle = func(fg *figure) {
		settleMap(fg, m.mapView, cat, func(area draw.Canvas) string {
			at := m.project(area)
			out := map[string]int{}
			var order []string
			for _, v := range m.places {
				if inside(area, at(v.lon, v.lat)) {
					continue
				}
				if out[v.country] == 0 {
					order = append(order, v.country)
				}
				out[v.country] += v.incidents
			}
			note := ""
			if len(order) > 0 {
				var names []string
				total := 0
				for _, c := range order {
					names = append(names, nameCount(cat, countryName(c, cat), cat.int(out[c])))
					total += out[c]
				}
				note = cat.textf("map.outside_fmt", cat.int(total), listOf(cat, names))
			}
			return joinNotes(note, unlabelled(area, m.label, m.placeLabels(), m.circleBoxes(area), cat))
		})
	}
	return fg
}
