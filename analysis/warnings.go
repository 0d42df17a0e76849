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
)
