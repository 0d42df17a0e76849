// Package synth writes synthetic incident reports that follow
// docs/input.md, for tests, benchmarks and the embedded sample.
//
// Write streams any number of rows from a seed: the same Config gives the
// same bytes. The rows exercise what the reader must handle: several
// sources per incident that disagree on counts, city, group spelling and
// agency; exact duplicate rows; arrests_by_country breakdowns, a few of
// which deliberately disagree with their row's arrests; month-precision
// dates; Arabic, French and Spanish group names; Arabic free text; and
// notes that begin with '=' or '-' (formula-injection bait).
//
// Sample writes the embedded sample (data/sample/incidents.csv): the few
// real incidents of docs/sample.md, then synthetic incidents planned so
// that the reconciled yearly totals (lowest count among an incident's
// reports) match the public figures docs/sample.md lists; see Targets.
//
// Every synthetic row says "synthetic" in source_name; real rows do not.
package synth
