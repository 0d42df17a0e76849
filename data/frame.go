package data

import (
	"strings"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// tableBuilder collects reconciled incidents as typed column slices, the
// form the incidents table is built from.
type tableBuilder struct {
	ids, dates, precisions, countries, events    []string
	byCountry, partners, coop, groups, affs      []string
	admin1, city, agency, linked, seized         []string
	srcName, srcURL, srcDate, notes              []string
	years, months, days, cells, arrests, sources []int
	lats, lons                                   []float64
	extra                                        [][]string
	dayDates                                     []date // for probable duplicates
}

func newTableBuilder(n, nExtra int) *tableBuilder {
	s := func() []string { return make([]string, n) }
	i := func() []int { return make([]int, n) }
	b := &tableBuilder{
		ids: s(), dates: s(), precisions: s(), countries: s(), events: s(),
		byCountry: s(), partners: s(), coop: s(), groups: s(), affs: s(),
		admin1: s(), city: s(), agency: s(), linked: s(), seized: s(),
		srcName: s(), srcURL: s(), srcDate: s(), notes: s(),
		years: i(), months: i(), days: i(), cells: i(), arrests: i(), sources: i(),
		lats: make([]float64, n), lons: make([]float64, n),
		extra: make([][]string, nExtra), dayDates: make([]date, n),
	}
	for j := range b.extra {
		b.extra[j] = s()
	}
	return b
}

// set writes incident i; workers may set different rows at once.
func (b *tableBuilder) set(i int, m *merged) {
	b.ids[i] = m.id
	b.dates[i] = m.date.String()
	b.precisions[i] = m.date.precision()
	b.years[i], b.months[i], b.days[i] = int(m.date.year), int(m.date.month), int(m.date.dayOfMonth)
	b.dayDates[i] = m.date
	b.countries[i] = m.country
	b.events[i] = m.eventType
	b.cells[i], b.arrests[i] = m.cells, m.arrests
	b.byCountry[i] = m.byCountry
	b.partners[i] = m.partners
	b.coop[i], b.groups[i], b.affs[i] = m.cooperation, m.group, m.affiliate
	b.admin1[i], b.city[i] = m.admin1, m.city
	b.lats[i], b.lons[i] = m.lat, m.lon
	b.agency[i] = m.leadAgency
	b.linked[i], b.seized[i] = m.linked, m.seized
	b.srcName[i], b.srcURL[i], b.srcDate[i], b.notes[i] = m.sourceName, m.sourceURL, m.sourceDate, m.notes
	b.sources[i] = m.sources
	for j := range b.extra {
		if j < len(m.extra) {
			b.extra[j][i] = m.extra[j]
		}
	}
}

// joinList writes a list cell; a one-item list needs no new string.
func joinList(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list, ";")
}

// frame builds the incidents table, one Gota series per column, the
// columns built on all cores, and hands the other columns over as Details.
// Each typed slice is let go once its series is built, to keep the peak
// low.
func (b *tableBuilder) frame(extraNames []string) (dataframe.DataFrame, *Details) {
	var jobs []func() series.Series
	str := func(v *[]string, name string) {
		jobs = append(jobs, func() series.Series { s := series.New(*v, series.String, name); *v = nil; return s })
	}
	num := func(v *[]int, name string) {
		jobs = append(jobs, func() series.Series { s := series.New(*v, series.Int, name); *v = nil; return s })
	}
	str(&b.ids, ColIncidentID)
	str(&b.dates, ColDate)
	num(&b.years, ColYear)
	num(&b.months, ColMonth)
	num(&b.days, ColDay)
	str(&b.precisions, ColDatePrecision)
	str(&b.countries, ColCountry)
	str(&b.events, ColEventType)
	num(&b.cells, ColCellsDismantled)
	num(&b.arrests, ColArrests)
	str(&b.byCountry, ColArrestsByCountry)
	str(&b.partners, ColPartnerCountries)
	str(&b.coop, ColCooperationType)
	str(&b.groups, ColGroup)
	str(&b.affs, ColAffiliation)
	str(&b.admin1, ColAdmin1)
	str(&b.city, ColCity)
	num(&b.sources, ColSources)
	d := &Details{
		Latitude: b.lats, Longitude: b.lons,
		Names: append([]string{ColLeadAgency, ColLinkedIncidents, ColSeized, ColSourceName, ColSourceURL, ColSourceDate, ColNotes}, extraNames...),
		Text:  append([][]string{b.agency, b.linked, b.seized, b.srcName, b.srcURL, b.srcDate, b.notes}, b.extra...),
	}
	cols := make([]series.Series, len(jobs))
	forEachChunk(len(jobs), 1, func(from, to int) {
		for i := from; i < to; i++ {
			cols[i] = jobs[i]()
		}
	})
	return dataframe.New(cols...), d
}
