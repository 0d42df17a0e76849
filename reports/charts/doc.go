// Package charts draws the yearly charts of report.md (section Charts) from
// analysis.Figures, each as a 300 dpi PNG for slides and as an SVG:
//
//   - cells_per_year: cells dismantled per year, with the Theil–Sen trend
//     line over complete years;
//   - arrests_per_year: arrests per year;
//   - cooperation_rate: the share of incidents with a partner country per
//     year, with its Wilson 95 % interval as a shaded band.
//
// Every chart has a title, axis labels, a legend, integer year ticks, and a
// source line with the as-of date under the plot. A last year that the
// period covers only in part is drawn lighter (bars) or hollow (points) and
// its tick reads "(to date)". Colours come from the Okabe–Ito palette, which
// stays distinguishable under the common colour-vision deficiencies.
//
// All visible text comes from the message table in messages.go, so that a
// translation catalogue can replace it. The same figures and options give
// byte-identical files. Nothing here reads the clock.
package charts
