// Package workbook writes report.xlsx (Write, or Start and Finish so that
// the Incidents sheet is written while the figures are computed): the
// Summary with its native charts and map, Yearly, Yearly changes, Trends,
// Cooperation, Affiliation, Locations, Incidents (split past Excel's row
// limit), Quality and About, in the report's language, right to left in
// Arabic (docs/figures.md, The outputs and Sheets that read and print).
//
// Most sheets are laid out in memory as a grid (grid.go) and written
// with fitted widths, wrapped headers (headers.go), Excel tables, frozen
// panes and their page setup; a grid past streamRows rows (limits.go) is
// streamed. The Incidents sheet (incidents.go) is made with its header
// row only, and its rows, written and deflated by sheetrows.go, are
// joined into it when the package is saved (splice.go). Number formats
// and cell styles are in style.go; the native charts in charts.go, the
// data of the stacked ones in stacked.go; zip.go normalises the package
// so that the same input gives the same bytes.
package workbook
