// Package data reads incident files that follow shared/spec/input.md,
// checks every value, merges the reports of one incident and builds the
// incidents table: one Gota DataFrame with typed columns, one row per
// reconciled incident.
//
// Every input row ends in exactly one place: an accepted report, a dropped
// identical copy, or a rejected row (RowError) naming its file, line and
// column. A rejected row never stops a load.
package data
