// Package analysis turns the reconciled incidents table into the figures of
// a report: the measures per year and for a period, the period comparisons
// and the trend statistics (see docs/figures.md).
//
// It is pure: the incidents, a period and the as-of date come in; figures
// and warnings go out. Nothing here reads the clock, files or the network.
// Values that cannot be computed are NullFloat{Valid: false}, never NaN.
package analysis
