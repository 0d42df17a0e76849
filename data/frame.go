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
	s := func() []string { return make([]string, 0, n) }
	i := func() []int { return make([]int, 0, n) }
	b := &tableBuilder{
		ids: s(), dates: s(), precisions: s(), countries: s(), events: s(),
		byCountry: s(), partners: s(), coop: s(), groups: s(), affs: s(),
		admin1: s(), city: s(), agency: s(), linked: s(), seized: s(),
		srcName: s(), srcURL: s(), srcDate: s(), notes: s(),
		years: i(), months: i(), days: i(), cells: i(), arrests: i(), sources: i(),
		lats: make([]float64, 0, n), lons: make([]float64, 0, n),
		extra: make([][]string, nExtra), dayDates: make([]date, 0, n),
	}
	for j := range b.extra {
		b.extra[j] = s()
	}
	return b
}

func (b *tableBuilder) add(m *merged) {
	b.ids = append(b.ids, m.id)
	b.dates = append(b.dates, m.date.String())
	b.precisions = append(b.precisions, m.date.precision())
	b.years = append(b.years, m.date.year)
	b.months = append(b.months, m.date.month)
	b.days = append(b.days, m.date.dayOfMonth)
	b.dayDates = append(b.dayDates, m.date)
	b.countries = append(b.countries, m.country)
	b.events = append(b.events, m.eventType)
	b.cells = append(b.cells, m.cells)
	b.arrests = append(b.arrests, m.arrests)
	b.byCountry = append(b.byCountry, formatByCountry(m.byCountry))
	b.partners = append(b.partners, joinList(m.partners))
	b.coop = append(b.coop, m.cooperation)
	b.groups = append(b.groups, m.group)
	b.affs = append(b.affs, m.affiliate)
	b.admin1 = append(b.admin1, m.admin1)
	b.city = append(b.city, m.city)
	b.lats = append(b.lats, m.lat)
	b.lons = append(b.lons, m.lon)
	b.agency = append(b.agency, m.leadAgency)
	b.linked = append(b.linked, joinList(m.linked))
	b.seized = append(b.seized, joinList(m.seized))
	b.srcName = append(b.srcName, m.sourceName)
	b.srcURL = append(b.srcURL, m.sourceURL)
	b.srcDate = append(b.srcDate, m.sourceDate)
	b.notes = append(b.notes, m.notes)
	b.sources = append(b.sources, m.sources)
	for j := range b.extra {
		v := ""
		if j < len(m.extra) {
			v = m.extra[j]
		}
		b.extra[j] = append(b.extra[j], v)
	}
}

// joinList writes a list cell; a one-item list needs no new string.
func joinList(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list, ";")
}

// frame builds the incidents table, one Gota series per column. Each typed
// slice is let go once its series is built, to keep the peak low.
func (b *tableBuilder) frame(extraNames []string) dataframe.DataFrame {
	var cols []series.Series
	str := func(v *[]string, name string) {
		cols = append(cols, series.New(*v, series.String, name))
		*v = nil
	}
	num := func(v *[]int, name string) {
		cols = append(cols, series.New(*v, series.Int, name))
		*v = nil
	}
	flt := func(v *[]float64, name string) {
		cols = append(cols, series.New(*v, series.Float, name))
		*v = nil
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
	flt(&b.lats, ColLatitude)
	flt(&b.lons, ColLongitude)
	str(&b.agency, ColLeadAgency)
	str(&b.linked, ColLinkedIncidents)
	str(&b.seized, ColSeized)
	str(&b.srcName, ColSourceName)
	str(&b.srcURL, ColSourceURL)
	str(&b.srcDate, ColSourceDate)
	str(&b.notes, ColNotes)
	num(&b.sources, ColSources)
	for j, name := range extraNames {
		str(&b.extra[j], name)
	}
	return dataframe.New(cols...)
}
