package analysis

import (
	"encoding/json"
	"math"
	"strconv"
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

func roundTo(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	r := math.Round(v*p) / p
	if r == 0 {
		return 0 // no "-0" in outputs
	}
	return r
}

// Measures are the figures of report.md's Measures table for one span of
// time (a year or a period).
type Measures struct {
	Incidents            int `json:"incidents"`
	Operations           int `json:"operations"`
	CellsDismantled      int `json:"cells_dismantled"`
	Arrests              int `json:"arrests"`
	FoiledPlots          int `json:"foiled_plots"`
	FailedAttacks        int `json:"failed_attacks"`
	CompletedAttacks     int `json:"completed_attacks"`
	CrossBorderIncidents int `json:"cross_border_incidents"`
	// CooperationRate is CrossBorderIncidents ÷ Incidents, with its Wilson
	// 95 % score interval.
	CooperationRate     NullFloat `json:"cooperation_rate"`
	CooperationRateLow  NullFloat `json:"cooperation_rate_low"`
	CooperationRateHigh NullFloat `json:"cooperation_rate_high"`
	// ArrestsPerCell is the arrests of incidents with cells > 0 divided by
	// their cells.
	ArrestsPerCell NullFloat `json:"arrests_per_cell"`
}

// YearFigures are the measures of one calendar year of the yearly series.
type YearFigures struct {
	Year int `json:"year"`
	// ToDate marks a last year that the period covers only in part; it is
	// left out of the trend statistics.
	ToDate bool `json:"to_date"`
	Measures
}

// PeriodFigures are the measures of one period, and how many incidents
// could not be placed in it because their date is coarser than the period
// (a year-precision date in a quarterly report).
type PeriodFigures struct {
	Period   Period `json:"period"`
	Unplaced int    `json:"unplaced_incidents"`
	Measures
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
	// Trends holds the trend statistics per series name
	// ("incidents", "cells_dismantled", "arrests", "cooperation_rate").
	Trends   map[string]Trend
	Warnings []string
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
}
