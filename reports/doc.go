// Package reports writes one report folder from the figures and the
// loaded data (docs/cli.md, The output folder): Start begins it — the
// workbook's Incidents sheet, which needs only the data and the period, is
// written while the caller computes the figures — and Finish writes the
// rest: report.xlsx (reports/workbook), charts/ (reports/charts), brief.md
// and brief.html (reports/brief), figures.json (docs/figures-json.md),
// rejected.csv and, last, manifest.json, which lists the others with their
// SHA-256.
//
// The folder is written where the caller says, normally a staging folder
// of package outdir, which the caller publishes once Finish has returned.
// Nothing here reads the clock or reaches back into loading or analysis.
package reports
