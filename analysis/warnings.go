package analysis

// Warning is something about the figures a reader must know. Code names its
// message; reports word it in the report's language from their catalogue
// ("warning.<code>"), so analysis holds no prose. Args fill the message:
// counts as int, labels, years and dates as string.
type Warning struct {
	Code string `json:"code"`
	Args []any  `json:"args"`
}

// Warning codes and their arguments.
const (
	// WarnUnplacedInPeriod: incidents dated too coarsely for the period
	// (count int, period label string).
	WarnUnplacedInPeriod = "unplaced_in_period"
	// WarnUnplacedInSeries: incidents of the period's last year that cannot
	// be placed before the period's end (count int, year string, period end
	// string YYYY-MM-DD).
	WarnUnplacedInSeries = "unplaced_in_series"
	// WarnSeriesTooShort: too few complete years for the trend tests
	// (years int, series name string: one of TrendSeries).
	WarnSeriesTooShort = "series_too_short"
	// WarnMeasureAbsent: no incident of the data gives a count, which is
	// missing everywhere (measure string: "cells_dismantled" or "arrests").
	WarnMeasureAbsent = "measure_absent"
	// WarnNotGiven: a period's incidents give none of a count, which is
	// missing for that period, and so is its comparison (incidents int,
	// measure string, period label string).
	WarnNotGiven = "not_given"
	// WarnPartlyGiven: only some of the period's incidents give a count,
	// which is the sum of those given (incidents int, given int, measure
	// string, period label string).
	WarnPartlyGiven = "partly_given"
	// WarnNoData: the data does not cover a period at all; its figures are
	// missing and it is not compared (period label string).
	WarnNoData = "no_data"
	// WarnPartlyCovered: the data covers only part of a period, which is
	// therefore not compared (period label string, first and last day
	// covered string YYYY-MM-DD).
	WarnPartlyCovered = "partly_covered"
	// WarnPossibleGap: a year with very few incidents among years with many
	// (incidents int, year string, median of the years around it int).
	WarnPossibleGap = "possible_gap"
)

// GivenCounts are the counts an incident may leave empty, by their
// snake_case names.
var GivenCounts = []string{"cells_dismantled", "arrests"}

// given returns a count that may be missing and how many incidents give it.
func (m Measures) given(name string) (NullInt, int) {
	if name == "arrests" {
		return m.Arrests, m.ArrestsGiven
	}
	return m.CellsDismantled, m.CellsDismantledGiven
}

// givenWarnings says which counts the data does not give: nowhere, for a
// period whose incidents give none, or only for some of the report's
// period's incidents.
func givenWarnings(in *incidents, f *Figures) []Warning {
	var out []Warning
	for _, name := range GivenCounts {
		if name == "arrests" && !in.anyArrests || name == "cells_dismantled" && !in.anyCells {
			if len(in.from) > 0 {
				out = append(out, Warning{WarnMeasureAbsent, []any{name}})
			}
			continue
		}
		periods := []PeriodFigures{f.Current, f.Previous}
		if f.YearEarlierDiffers() {
			periods = append(periods, f.YearEarlier)
		}
		for _, pf := range periods {
			if v, _ := pf.given(name); !v.Valid && !pf.NoData {
				out = append(out, Warning{WarnNotGiven, []any{pf.Incidents, name, pf.Period.Label}})
			}
		}
		if _, n := f.Current.given(name); n > 0 && n < f.Current.Incidents {
			out = append(out, Warning{WarnPartlyGiven, []any{f.Current.Incidents, n, name, f.Current.Period.Label}})
		}
	}
	return out
}
