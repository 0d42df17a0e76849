// Package report holds what one report is written from — the figures, the
// loaded data, the settings the run records and the tool's version
// (Input) — and what every output of a report says of it in the same
// words, such as the source line under each chart and in the note. The
// writers of each output (reports/workbook, reports/brief,
// reports/charts) and the folder that gathers them (reports) take it
// from here.
package report
