// Package reports writes one report folder from the figures and the
// loaded data: report.xlsx, charts/*.png|svg, figures.json, rejected.csv and
// manifest.json (shared/spec/cli.md). It reads nothing but what it is given
// and never reaches back into loading or analysis.
package reports
