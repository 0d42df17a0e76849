// Package workbook writes report.xlsx (Write, or Start and Finish so that
// the Incidents sheet is streamed while the figures are computed): the
// Summary with its native charts and map, Yearly, Yearly changes, Trends,
// Cooperation, Affiliation, Locations, Incidents (split past Excel's row
// limit), Quality and About, in the report's language, right to left in
// Arabic (docs/figures.md, The outputs and Sheets that read and print).
//
// Most sheets are laid out in memory as a grid (grid.go) and written
// with fitted widths, wrapped headers (headers.go), Excel tables, frozen
// panes and their page setup; the Incidents sheet (incidents.go) and a
// grid past streamRows rows (limits.go) are streamed. Number formats and
// cell styles are in style.go; the native charts in charts.go, the data
// of the stacked ones in stacked.go; zip.go normalises the package so
// that the same input gives the same bytes.
package workbook
