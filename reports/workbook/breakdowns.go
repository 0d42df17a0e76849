package workbook

import (
	"slices"

	"github.com/ctreport/ctreport/analysis"
)

// cooperationGrid lays out the Cooperation sheet: incidents per partner
// country, per cooperation type and per partner pair, and arrests per
// country, each by year; last, the data of the Summary's chart of
// incidents per partner country, whose place it returns (nil without it).
func cooperationGrid(fig analysis.Figures, st styles, lang locale) (*grid, *stackedTable) {
	g := &grid{}
	b := fig.Breakdowns
	partners := make([]yearCount, len(fig.Partners))
	for i, p := range fig.Partners {
		partners[i] = yearCount{key: p.Country, year: p.Year, n: p.Incidents}
	}
	arrests := make([]yearCount, len(b.ArrestsByCountry))
	for i, a := range b.ArrestsByCountry {
		arrests[i] = yearCount{key: a.Country, year: a.Year, n: a.Arrests}
	}
	for _, s := range []struct {
		title, name, key, field, json string
		counts                        []yearCount
	}{
		{"wb.coop.partners", "Partners", "wb.coop.partner", countryField, "partners", partners},
		{"wb.coop.types", "CooperationTypes", "wb.coop.type", "cooperation_type", "cooperation_types", keyYears(b.CooperationTypes, countIncidents)},
		{"wb.coop.pairs", "PartnerPairs", "wb.coop.pair", countryField, "partner_pairs", keyYears(b.PartnerPairs, countIncidents)},
		{"wb.coop.arrests_by_country", "ArrestsByCountry", "wb.country", countryField, "arrests_by_country", arrests},
	} {
		g.byYearSection(st, lang, fig.Yearly, lang.t(s.title), s.name, lang.t(s.key), s.field, s.json, s.counts)
	}
	layers, first, last := partnerLayers(fig, lang)
	return g, g.stackedSection(st, lang, fig, "PartnersCharted", "chart.partners.title", "chart.partners.axis", lang.t("wb.coop.partner"), layers, first, last, nil)
}

// affiliationGrid lays out the Affiliation sheet: incidents, arrests and
// cells per affiliation and per group by year, then the period's counts
// by lead country and affiliation in TE-SAT's layout (countries down,
// affiliations across); last, the data of the Summary's chart of arrests
// by affiliation, whose place it returns (nil without it).
func affiliationGrid(fig analysis.Figures, st styles, lang locale) (*grid, *stackedTable) {
	g := &grid{}
	b := fig.Breakdowns
	measures := []struct {
		key, table string
		measure    func(analysis.Counts) int
	}{{"incidents", "Incidents", countIncidents}, {"arrests", "Arrests", countArrests}, {"cells", "Cells", countCells}}
	for _, dim := range []struct {
		key, table, field, json string
		items                   []analysis.KeyYear
	}{{"affiliation", "Affiliation", "affiliation", "affiliations", b.Affiliations}, {"group", "Group", "", "groups", b.Groups}} {
		for _, m := range measures {
			g.byYearSection(st, lang, fig.Yearly, lang.t("wb.affil."+dim.key+"_"+m.key), dim.table+m.table,
				lang.t("wb.affil."+dim.key), dim.field, dim.json, keyYears(dim.items, m.measure))
		}
	}

	var keys []string
	for _, ca := range b.CountryAffiliation {
		keys = append(keys, ca.Affiliation)
	}
	slices.Sort(keys)
	affiliations := make([]string, 0, len(keys))
	for _, k := range slices.Compact(keys) {
		affiliations = append(affiliations, lang.value("affiliation", k))
	}
	header := append(append([]string{lang.t("wb.country")}, affiliations...), lang.t("wb.total"))
	for _, m := range measures {
		counts := make([]keyCount, len(b.CountryAffiliation))
		for i, ca := range b.CountryAffiliation {
			counts[i] = keyCount{key: ca.Country, column: lang.value("affiliation", ca.Affiliation), n: m.measure(ca.Counts)}
		}
		rows := crossTabulate(affiliations, counts)
		nameCountries(rows, lang)
		g.section(st, lang, lang.f("wb.affil.country_"+m.key, lang.period(fig.Period)), "Country"+m.table, header, rows)
	}
	layers, first, last := affiliationLayers(fig, lang)
	arrestsNotGiven := map[int]bool{}
	for _, y := range fig.Yearly {
		arrestsNotGiven[y.Year] = !y.Arrests.Valid
	}
	return g, g.stackedSection(st, lang, fig, "AffiliationArrestsCharted", "chart.affiliations.title", "chart.affiliations.axis", lang.t("wb.affil.affiliation"), layers, first, last,
		func(year int) bool { return arrestsNotGiven[year] })
}

// locationsGrid lays out the Locations sheet: the period's incidents,
// cells and arrests per region (admin1) and per city.
func locationsGrid(fig analysis.Figures, st styles, lang locale) *grid {
	g := &grid{}
	for _, s := range []struct {
		title, name, key, json string
		items                  []analysis.KeyCounts
	}{
		{"wb.loc.admin1", "Regions", "wb.loc.region", "admin1", fig.Breakdowns.Admin1},
		{"wb.loc.cities", "Cities", "wb.loc.city", "cities", fig.Breakdowns.Cities},
	} {
		// The first maxBreakdownRows: the analysis lists them by incidents,
		// most first.
		listed := s.items[:min(len(s.items), maxBreakdownRows)]
		rows := make([][]cell, len(listed))
		for i, it := range listed {
			rows[i] = []cell{textCell(lang.value("", it.Key)), intCell(it.Incidents), intCell(it.CellsDismantled), intCell(it.Arrests)}
		}
		g.section(st, lang, lang.f(s.title, lang.period(fig.Period)), s.name,
			[]string{lang.t(s.key), measureName("incidents", lang), measureName("cells_dismantled", lang), measureName("arrests", lang)},
			rows)
		if more := len(s.items) - len(listed); more > 0 {
			g.moreNotListed(lang.f("wb.more_in_json", lang.int(more), lang.int(maxBreakdownRows), s.json))
		}
	}
	return g
}
