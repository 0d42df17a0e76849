package workbook

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// keyCount is one count of a breakdown: the count n of key in one column
// (a year, an affiliation).
type keyCount struct {
	key, column string
	n           int
}

// crossTabulate lays out a breakdown as a cross-table: one row per key, in
// the order the keys first come, one column per label of columns, the
// count at each crossing (0 where the breakdown has none: no gaps) and a
// Total column.
func crossTabulate(columns []string, counts []keyCount) [][]cell {
	at := make(map[string]int, len(columns))
	for i, c := range columns {
		at[c] = i
	}
	var keys []string
	byKey := map[string][]int{}
	for _, c := range counts {
		row, ok := byKey[c.key]
		if !ok {
			keys = append(keys, c.key)
			row = make([]int, len(columns))
			byKey[c.key] = row
		}
		if i, ok := at[c.column]; ok {
			row[i] += c.n
		}
	}
	rows := make([][]cell, 0, len(keys))
	for _, k := range keys {
		cells := make([]cell, 0, len(columns)+2)
		cells = append(cells, textCell(k))
		total := 0
		for _, n := range byKey[k] {
			cells = append(cells, intCell(n))
			total += n
		}
		rows = append(rows, append(cells, intCell(total)))
	}
	return rows
}

// yearColumns are the year columns of a breakdown by year: the years of
// the yearly series, and any other year the breakdown holds, in order. A
// year the period covers only in part says "to date". It returns the
// labels, and the label of each year.
func yearColumns(yearly []analysis.YearFigures, counts []yearCount, lang locale) ([]string, map[int]string) {
	toDate := map[int]bool{}
	var years []int
	for _, y := range yearly {
		years = append(years, y.Year)
		toDate[y.Year] = y.ToDate
	}
	for _, c := range counts {
		years = append(years, c.year)
	}
	slices.Sort(years)
	years = slices.Compact(years)
	labels := make([]string, len(years))
	byYear := make(map[int]string, len(years))
	for i, y := range years {
		labels[i] = strconv.Itoa(y)
		if toDate[y] {
			labels[i] = lang.f("wb.year_to_date", labels[i])
		}
		byYear[y] = labels[i]
	}
	return labels, byYear
}

// yearCount is one count of a breakdown by year.
type yearCount struct {
	key  string
	year int
	n    int
}

// byYearSection appends a titled cross-table of counts by key and year;
// field names the input column the keys come from, for lang.value.
func (g *grid) byYearSection(st styles, lang locale, yearly []analysis.YearFigures, title, name, keyHeader, field, jsonField string, counts []yearCount) {
	labels, byYear := yearColumns(yearly, counts, lang)
	kc := make([]keyCount, len(counts))
	for i, c := range counts {
		key := c.key
		if field != countryField {
			key = lang.value(field, c.key)
		}
		kc[i] = keyCount{key: key, column: byYear[c.year], n: c.n}
	}
	header := append(append([]string{keyHeader}, labels...), lang.t("wb.total"))
	rows := crossTabulate(labels, kc)
	if field == countryField {
		nameCountries(rows, lang)
	}
	rows, more := topRows(rows)
	g.section(st, lang, title, name, header, rows)
	if more > 0 {
		g.moreNotListed(lang.f("wb.more_in_json", lang.int(more), lang.int(maxBreakdownRows), jsonField))
	}
}

// maxBreakdownRows bounds a breakdown table (docs/figures.md, Large
// data): a table of groups, cities or pairs grows with the data set; the
// rows with the largest totals are kept, and figures.json has them all.
var maxBreakdownRows = 1_000

// topRows keeps the maxBreakdownRows rows with the largest totals (their
// last cell), in their order, and says how many it left out.
func topRows(rows [][]cell) ([][]cell, int) {
	if len(rows) <= maxBreakdownRows {
		return rows, 0
	}
	total := func(r []cell) int { n, _ := r[len(r)-1].value.(int); return n }
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return total(rows[b]) - total(rows[a]) })
	keep := idx[:maxBreakdownRows]
	slices.Sort(keep)
	out := make([][]cell, len(keep))
	for i, k := range keep {
		out[i] = rows[k]
	}
	return out, len(rows) - len(keep)
}

// countryField marks a breakdown whose keys are country codes ("ES") or
// pairs of them ("MA–ES"): shown by name.
const countryField = "country"

// nameCountries shows the first column of rows, country codes or pairs
// of them, as names in the language. The codes are in figures.json, for
// programs; a person reads the names, and the Arabic workbook shows no
// Latin code.
func nameCountries(rows [][]cell, lang locale) {
	for _, r := range rows {
		code, _ := r[0].value.(string)
		r[0] = textCell(countryNames(code, lang))
	}
}

// countryNames names the country of code, or each country of a pair
// "MA–ES" ("Morocco–Spain"); an empty code is "(not given)", and a code
// the catalogue does not know stays as it is.
func countryNames(code string, lang locale) string {
	if code == "" {
		return lang.t("wb.not_given")
	}
	parts := strings.Split(code, "–")
	for i, p := range parts {
		if name, ok := i18n.Country(string(lang), p); ok {
			parts[i] = name
		}
	}
	return strings.Join(parts, "–")
}

// keyYears turns a breakdown by key and year into counts of one of its
// measures.
func keyYears(items []analysis.KeyYear, measure func(analysis.Counts) int) []yearCount {
	out := make([]yearCount, len(items))
	for i, it := range items {
		out[i] = yearCount{key: it.Key, year: it.Year, n: measure(it.Counts)}
	}
	return out
}

// The measures of analysis.Counts.
func countIncidents(c analysis.Counts) int { return c.Incidents }
func countArrests(c analysis.Counts) int   { return c.Arrests }
func countCells(c analysis.Counts) int     { return c.CellsDismantled }
