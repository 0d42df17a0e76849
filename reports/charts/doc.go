// Package charts draws the eight charts of docs/figures.md (The outputs) from
// analysis.Figures, each as a 300 dpi PNG for slides, an SVG and a PDF, in
// English, Arabic or French:
//
//   - cells_per_year: cells dismantled per year, with the Theil–Sen trend
//     line over complete years when the Mann–Kendall trend is beyond
//     chance (p < 0.05), else "no clear trend" in the subtitle;
//   - arrests_per_year: arrests per year, with its trend as cells;
//   - cooperation_rate: the share of incidents with a partner country per
//     year, with its Wilson 95 % interval as a shaded band;
//   - partners_per_year: incidents per partner country per year, the five
//     partners with most incidents stacked and the rest as "other", the
//     year's cross-border incidents over each bar;
//   - arrests_by_affiliation: arrests per affiliation per year, stacked;
//   - period_comparison: small multiples (panels.go), one panel per
//     measure — incidents, cells, arrests, foiled plots, cross-border
//     incidents — each on its own zero-based scale, with a bar for the
//     same period a year earlier, the previous period and the period; under
//     the bars the period's change against each ("+3 (+25%)", the per cent
//     only over a count above 0), starred and bold when beyond chance
//     (p < 0.05, as the workbook and the note; the footnote says so); a
//     missing count has no bar but "—" and no change; a period covered in
//     part, or the period itself when not over on the as-of date, is drawn
//     lighter and "not compared";
//   - incidents_map: the period's incidents by country over Natural
//     Earth's boundaries (worldmap.go; the data embedded from
//     scripts/mapdata), or, when one country holds nearly all of them,
//     that country with its incidents as circles by place, from their
//     coordinates (mapinput.go, placemap.go); Western Sahara drawn
//     neutrally with a dashed outline;
//   - arrests_map: the period's arrests in the same two views, a country
//     or place whose incidents give no arrest count drawn as "not given",
//     apart from 0.
//
// The maps' counts by country are figures.json's country_affiliation
// summed by country. Their labels never overlap: one that finds no room
// is named with its count in the footnote instead (mapview.go), and the
// footnote counts the incidents a map of places cannot draw.
//
// Write draws the charts on all cores, the maps first, and hands each
// file it writes to Options.Drawn: the workbook's Summary takes the map's
// picture from there rather than drawing it again.
//
// Every chart has a title, a subtitle defining its measure, axis labels, a
// legend where there is more than one thing to tell apart, and a source
// line with the as-of date under the plot. A last year that the period
// covers only in part is drawn lighter (bars) or hollow (points) and its
// tick names the months it covers ("Jan–Sep 2025"). Values over bars never
// collide (the tests check the layout's boxes, see layoutLog).
// Colours come from the Okabe–Ito palette, which stays distinguishable
// under the common colour-vision deficiencies, and mean one thing: each
// partner country of a documented table and each affiliation has its own
// colour in every report and language (colours.go, docs/figures.md), and
// "other" is grey.
//
// Text is set in DejaVu Sans, embedded from codeberg.org/go-fonts/dejavu,
// by TextHandler: HarfBuzz shaping (go-text/typesetting) joins Arabic
// letters, the Unicode bidi algorithm orders mixed Arabic, digits and Latin
// words, and every glyph is drawn as an outline, so the three formats look
// the same without fonts on the reader's machine. Arabic charts are laid
// out right to left (title, legend and source line from the right edge,
// the comparison's panels and row labels from the right) while years still increase
// left to right, as in Arabic charts.
//
// All visible text comes from the i18n catalogue (keys "chart.…" in
// reports/i18n/charts.go), and numbers and dates from its formats. The same
// figures and options give byte-identical files; PDFs are dated by the
// as-of date. Nothing here reads the clock.
package charts
