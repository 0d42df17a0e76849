// Package data reads incident files that follow shared/spec/input.md,
// checks every value, merges the reports of one incident and builds the
// incidents table (Incidents): one entry per reconciled incident, kept
// column by column, from which any rows come out as a Gota DataFrame with
// typed columns.
//
// A CSV file is read in chunks of whole records that all cores split and
// check at once (csvsplit.go); reports are kept small — text as codes into
// the load's dict — and the first report of each incident is written
// straight into the table.
//
// Every input row ends in exactly one place: an accepted report, a dropped
// identical copy, or a rejected row (RowError) naming its file, line and
// column. A rejected row never stops a load.
package data
