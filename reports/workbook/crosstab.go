package workbook

import (
	"slices"
	"strconv"

	"github.com/ctreport/ctreport/analysis"
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
func (g *grid) byYearSection(st styles, lang locale, yearly []analysis.YearFigures, title, name, keyHeader, field string, counts []yearCount) {
	labels, byYear := yearColumns(yearly, counts, lang)
	kc := make([]keyCount, len(counts))
	for i, c := range counts {
		kc[i] = keyCount{key: lang.value(field, c.key), column: byYear[c.year], n: c.n}
	}
	header := append(append([]string{keyHeader}, labels...), lang.t("wb.total"))
	g.section(st, lang, title, name, header, crossTabulate(labels, kc))
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
