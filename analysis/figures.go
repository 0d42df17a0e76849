package analysis

import (
	"encoding/json"
	"math"
	"strconv"

	"github.com/ctreport/ctreport/data"
)

// NullFloat is a figure that may be missing (a rate over zero incidents, a
// statistic over too short a series). It marshals as JSON null when not
// Valid, so no NaN or Inf ever reaches an output.
type NullFloat struct {
	Float64 float64
	Valid   bool
}

// Known returns a valid NullFloat for v, or an invalid one when v is NaN or
// infinite.
func Known(v float64) NullFloat {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return NullFloat{}
	}
	return NullFloat{Float64: v, Valid: true}
}

// MarshalJSON writes the value rounded to 4 decimals (the precision the
// report states), or null.
func (n NullFloat) MarshalJSON() ([]byte, error) {
	if !n.Valid {
		return []byte("null"), nil
	}
	return []byte(strconv.FormatFloat(roundTo(n.Float64, 4), 'f', -1, 64)), nil
}

// UnmarshalJSON reads a number or null.
func (n *NullFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = NullFloat{}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = Known(v)
	return nil
}

// NullInt is a count that may be missing: one that no report gives (an
// absent arrests column), or a change against a count that is missing. It
// marshals as JSON null when not Valid.
type NullInt struct {
	Int   int
	Valid bool
}

// Count returns a valid NullInt for n.
func Count(n int) NullInt { return NullInt{Int: n, Valid: true} }

// String is the count, or "not given".
func (n NullInt) String() string {
	if !n.Valid {
		return "not given"
	}
	return strconv.Itoa(n.Int)
}

// MarshalJSON writes the count, or null.
func (n NullInt) MarshalJSON() ([]byte, error) {
	if !n.Valid {
		return []byte("null"), nil
	}
	return []byte(strconv.Itoa(n.Int)), nil
}

// UnmarshalJSON reads a whole number or null.
func (n *NullInt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = NullInt{}
		return nil
	}
	var v int
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*n = Count(v)
	return nil
}

func roundTo(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	r := math.Round(v*p) / p
	if r == 0 {
		return 0 // no "-0" in outputs
	}
	return r
}

// Measures are the figures of docs/figures.md's Measures table for one span of
// time (a year or a period).
//
// Cells dismantled and arrests are counts a report may leave empty, and a
// file may have no column for: each is the sum over the incidents that
// give it, with how many do (…Given). It is missing (not 0) where
// incidents were recorded but none gives it, and everywhere when no
// incident of the data gives it at all.
type Measures struct {
	Incidents            int     `json:"incidents"`
	Operations           int     `json:"operations"`
	CellsDismantled      NullInt `json:"cells_dismantled"`
	CellsDismantledGiven int     `json:"cells_dismantled_given"`
	Arrests              NullInt `json:"arrests"`
	ArrestsGiven         int     `json:"arrests_given"`
	FoiledPlots          int     `json:"foiled_plots"`
	FailedAttacks        int     `json:"failed_attacks"`
	CompletedAttacks     int     `json:"completed_attacks"`
	CrossBorderIncidents int     `json:"cross_border_incidents"`
	// CooperationRate is CrossBorderIncidents ÷ Incidents, with its Wilson
	// 95 % score interval.
	CooperationRate     NullFloat `json:"cooperation_rate"`
	CooperationRateLow  NullFloat `json:"cooperation_rate_low"`
	CooperationRateHigh NullFloat `json:"cooperation_rate_high"`
	// ArrestsPerCell is the arrests of incidents with cells > 0 divided by
	// their cells, over the incidents that give both.
	ArrestsPerCell NullFloat `json:"arrests_per_cell"`
	// NoData marks a span the data does not cover: every figure is
	// missing (null in figures.json), not 0.
	NoData bool `json:"-"`
}

// measuresJSON is Measures as figures.json writes them: every figure null
// for a span without data.
type measuresJSON struct {
	Incidents            NullInt   `json:"incidents"`
	Operations           NullInt   `json:"operations"`
	CellsDismantled      NullInt   `json:"cells_dismantled"`
	CellsDismantledGiven NullInt   `json:"cells_dismantled_given"`
	Arrests              NullInt   `json:"arrests"`
	ArrestsGiven         NullInt   `json:"arrests_given"`
	FoiledPlots          NullInt   `json:"foiled_plots"`
	FailedAttacks        NullInt   `json:"failed_attacks"`
	CompletedAttacks     NullInt   `json:"completed_attacks"`
	CrossBorderIncidents NullInt   `json:"cross_border_incidents"`
	CooperationRate      NullFloat `json:"cooperation_rate"`
	CooperationRateLow   NullFloat `json:"cooperation_rate_low"`
	CooperationRateHigh  NullFloat `json:"cooperation_rate_high"`
	ArrestsPerCell       NullFloat `json:"arrests_per_cell"`
}

func (m Measures) json() measuresJSON {
	if m.NoData {
		return measuresJSON{}
	}
	return measuresJSON{Count(m.Incidents), Count(m.Operations), m.CellsDismantled, Count(m.CellsDismantledGiven),
		m.Arrests, Count(m.ArrestsGiven), Count(m.FoiledPlots), Count(m.FailedAttacks), Count(m.CompletedAttacks),
		Count(m.CrossBorderIncidents), m.CooperationRate, m.CooperationRateLow, m.CooperationRateHigh, m.ArrestsPerCell}
}

// YearFigures are the measures of one calendar year of the yearly series.
type YearFigures struct {
	Year int `json:"year"`
	// ToDate marks a last year that the period covers only in part; it is
	// left out of the trend statistics.
	ToDate bool `json:"to_date"`
	// Coverage says how much of the year the data covers (Full, Partial,
	// None); only complete years of full coverage enter the trends.
	Coverage string `json:"coverage"`
	Measures
}

// Complete reports whether the year is whole and covered in full by the
// data: what the trend statistics and year-on-year changes take.
func (y YearFigures) Complete() bool { return !y.ToDate && y.Coverage == Full }

// MarshalJSON writes the year with null figures when the data does not
// cover it.
func (y YearFigures) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Year     int    `json:"year"`
		ToDate   bool   `json:"to_date"`
		Coverage string `json:"coverage"`
		measuresJSON
	}{y.Year, y.ToDate, y.Coverage, y.json()})
}

// PeriodFigures are the measures of one period, and how many incidents
// could not be placed in it because their date is coarser than the period
// (a year-precision date in a quarterly report).
type PeriodFigures struct {
	Period   Period `json:"period"`
	Unplaced int    `json:"unplaced_incidents"`
	// Coverage says how much of the period the data covers (Full,
	// Partial, None); CoveredFrom and CoveredTo are the first and last day
	// it covers (YYYY-MM-DD, empty for None). Only periods covered in full
	// are compared.
	Coverage               string `json:"coverage"`
	CoveredFrom, CoveredTo string `json:"-"`
	Measures
}

// MarshalJSON writes the period with null figures when the data does not
// cover it.
func (p PeriodFigures) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Period   Period `json:"period"`
		Unplaced int    `json:"unplaced_incidents"`
		Coverage string `json:"coverage"`
		measuresJSON
	}{p.Period, p.Unplaced, p.Coverage, p.json()})
}

// PartnerYear counts the incidents in which a partner country took part in
// one year.
type PartnerYear struct {
	Country   string `json:"country"`
	Year      int    `json:"year"`
	Incidents int    `json:"incidents"`
}

// Figures are all the figures of one report.
type Figures struct {
	Period      Period
	AsOf        string // YYYY-MM-DD
	Yearly      []YearFigures
	Current     PeriodFigures
	Previous    PeriodFigures
	YearEarlier PeriodFigures
	Partners    []PartnerYear
	// Trends holds the trend statistics per series name (TrendSeries).
	Trends      map[string]Trend
	Breakdowns  Breakdowns
	Comparisons []Comparison
	Warnings    []Warning
	// Coverage is what the data covers (see data.Incidents.Coverage).
	Coverage []data.Span
}

// Trend holds the trend statistics of one yearly series, over complete
// years only.
type Trend struct {
	// Years is the number of complete years the statistics are taken over.
	Years     int `json:"years"`
	FirstYear int `json:"first_year"`
	// TheilSenSlope is in units per year; the line is
	// TheilSenIntercept + TheilSenSlope × (year − FirstYear).
	TheilSenSlope     NullFloat `json:"theil_sen_slope"`
	TheilSenIntercept NullFloat `json:"theil_sen_intercept"`
	MannKendallS      NullFloat `json:"mann_kendall_s"`
	MannKendallZ      NullFloat `json:"mann_kendall_z"`
	MannKendallP      NullFloat `json:"mann_kendall_p"`
	OLSSlope          NullFloat `json:"ols_slope"`
	OLSSlopeLow       NullFloat `json:"ols_slope_low"`
	OLSSlopeHigh      NullFloat `json:"ols_slope_high"`
	// ByYear is the series year by year, to-date year included, with its
	// changes and moving average.
	ByYear []YearChange `json:"by_year"`
}

// Counts are the incidents, cells and arrests of one group of incidents.
type Counts struct {
	Incidents       int `json:"incidents"`
	CellsDismantled int `json:"cells_dismantled"`
	Arrests         int `json:"arrests"`
}

// KeyYear is one cell of a breakdown by year: Key is a partner country, a
// partner pair ("MA–ES", lead country first), a cooperation type, an
// affiliation or a group, depending on the breakdown.
type KeyYear struct {
	Key  string `json:"key"`
	Year int    `json:"year"`
	Counts
}

// KeyCounts is one row of a breakdown over the period (a region, a city).
type KeyCounts struct {
	Key string `json:"key"`
	Counts
}

// CountryArrests are the arrests in one country in one year: from
// arrests_by_country where given, else all to the incident's country
// (TE-SAT's "arrests per Member State").
type CountryArrests struct {
	Country string `json:"country"`
	Year    int    `json:"year"`
	Arrests int    `json:"arrests"`
}

// CountryAffiliation counts the period's incidents of one lead country and
// one affiliation (TE-SAT's layout).
type CountryAffiliation struct {
	Country     string `json:"country"`
	Affiliation string `json:"affiliation"`
	Counts
}

// Breakdowns are the tables of docs/figures.md's Measures beyond the yearly
// series. Per-year breakdowns cover the years of the yearly series; the
// others cover the period. Every slice is sorted by key, then year.
type Breakdowns struct {
	PartnerPairs       []KeyYear            `json:"partner_pairs"`
	CooperationTypes   []KeyYear            `json:"cooperation_types"`
	ArrestsByCountry   []CountryArrests     `json:"arrests_by_country"`
	Affiliations       []KeyYear            `json:"affiliations"`
	Groups             []KeyYear            `json:"groups"`
	CountryAffiliation []CountryAffiliation `json:"country_affiliation"`
	// PeriodPartners counts the period's incidents per partner country.
	PeriodPartners []KeyCounts `json:"period_partners"`
	Admin1         []KeyCounts `json:"admin1"`
	Cities         []KeyCounts `json:"cities"`
}

// Comparison sets one measure of the period against another period (the
// previous one, or the same period a year earlier).
//
// A count that is missing on either side (not given) leaves the change
// and the test missing too.
type Comparison struct {
	Measure string  `json:"measure"` // a Measures field in snake_case: "arrests"
	Against string  `json:"against"` // "previous" or "year_earlier"
	Current NullInt `json:"current"`
	Other   NullInt `json:"other"`
	Change  NullInt `json:"change"`
	// ChangePct is the change in per cent of Other; invalid when Other is 0.
	ChangePct NullFloat `json:"change_pct"`
	// RateRatio is (Current/days)/(Other/days); P is the two-sided p-value
	// of the exact conditional (binomial) test that the two rates are equal.
	RateRatio NullFloat `json:"rate_ratio"`
	P         NullFloat `json:"p"`
	// Significant is P < 0.05.
	Significant bool `json:"significant"`
}

// YearChange is one year of a series with its year-on-year change and
// 3-year moving average. Change and ChangePct are invalid for the first
// year, for a to-date year and where the earlier value is missing; ChangePct
// also where the earlier value is 0 ("n/a").
type YearChange struct {
	Year           int       `json:"year"`
	Value          NullFloat `json:"value"`
	Change         NullFloat `json:"change"`
	ChangePct      NullFloat `json:"change_pct"`
	MovingAverage3 NullFloat `json:"moving_average_3"`
}

var nan = math.NaN()

// YearEarlierDiffers reports whether the same period a year earlier is
// another period than the previous one. For a year period they are the
// same year, and outputs show that comparison once.
func (f Figures) YearEarlierDiffers() bool {
	return f.YearEarlier.Period.Label != f.Previous.Period.Label
}
