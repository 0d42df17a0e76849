package data

import (
	"strings"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// buildFrame turns reconciled incidents into the incidents table: typed
// slices first, then one Gota series each.
func buildFrame(ms []merged, unknown []string) dataframe.DataFrame {
	n := len(ms)
	str := func() []string { return make([]string, n) }
	ids, dates, precisions, countries, events := str(), str(), str(), str(), str()
	byCountry, partners, coop, groups, affs := str(), str(), str(), str(), str()
	admin1, city, agency, linked, seized := str(), str(), str(), str(), str()
	srcName, srcURL, srcDate, notes := str(), str(), str(), str()
	years, months, days, cells, arrests, sources := make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n), make([]int, n)
	lats, lons := make([]float64, n), make([]float64, n)
	extra := make([][]string, len(unknown))
	for j := range extra {
		extra[j] = str()
	}
	for i, m := range ms {
		ids[i], dates[i], precisions[i] = m.id, m.date.String(), m.date.precision()
		years[i], months[i], days[i] = m.date.year, m.date.month, m.date.dayOfMonth
		countries[i], events[i] = m.country, m.eventType
		cells[i], arrests[i] = m.cells, m.arrests
		byCountry[i], partners[i] = formatByCountry(m.byCountry), strings.Join(m.partners, ";")
		coop[i], groups[i], affs[i] = m.cooperation, m.group, m.affiliate
		admin1[i], city[i], lats[i], lons[i], agency[i] = m.admin1, m.city, m.lat, m.lon, m.leadAgency
		linked[i], seized[i] = strings.Join(m.linked, ";"), strings.Join(m.seized, ";")
		srcName[i], srcURL[i], srcDate[i], notes[i] = m.sourceName, m.sourceURL, m.sourceDate, m.notes
		sources[i] = m.sources
		for j := range extra {
			if j < len(m.extra) {
				extra[j][i] = m.extra[j]
			}
		}
	}
	cols := []series.Series{
		series.New(ids, series.String, ColIncidentID),
		series.New(dates, series.String, ColDate),
		series.New(years, series.Int, ColYear),
		series.New(months, series.Int, ColMonth),
		series.New(days, series.Int, ColDay),
		series.New(precisions, series.String, ColDatePrecision),
		series.New(countries, series.String, ColCountry),
		series.New(events, series.String, ColEventType),
		series.New(cells, series.Int, ColCellsDismantled),
		series.New(arrests, series.Int, ColArrests),
		series.New(byCountry, series.String, ColArrestsByCountry),
		series.New(partners, series.String, ColPartnerCountries),
		series.New(coop, series.String, ColCooperationType),
		series.New(groups, series.String, ColGroup),
		series.New(affs, series.String, ColAffiliation),
		series.New(admin1, series.String, ColAdmin1),
		series.New(city, series.String, ColCity),
		series.New(lats, series.Float, ColLatitude),
		series.New(lons, series.Float, ColLongitude),
		series.New(agency, series.String, ColLeadAgency),
		series.New(linked, series.String, ColLinkedIncidents),
		series.New(seized, series.String, ColSeized),
		series.New(srcName, series.String, ColSourceName),
		series.New(srcURL, series.String, ColSourceURL),
		series.New(srcDate, series.String, ColSourceDate),
		series.New(notes, series.String, ColNotes),
		series.New(sources, series.Int, ColSources),
	}
	for j, name := range unknown {
		cols = append(cols, series.New(extra[j], series.String, name))
	}
	return dataframe.New(cols...)
}
