package workbook

import (
	"github.com/ctreport/ctreport/analysis"
)

// wbMeasureKind says how a measure is written: a count, a rate (percent)
// or a ratio (two decimals).
type wbMeasureKind int

const (
	wbCount wbMeasureKind = iota
	wbRate
	wbRatio
)

// wbMeasure is one row of report.md's Measures table as the workbook shows
// it. Its key is the Measures field in snake_case, as figures.json and
// analysis.Comparison name it; its name and definition are the catalogue
// messages "wb.measure.<key>" and "wb.def.<key>".
type wbMeasure struct {
	key   string
	kind  wbMeasureKind
	count func(analysis.Measures) int
	value func(analysis.Measures) analysis.NullFloat
}

var wbMeasures = []wbMeasure{
	{key: "incidents", count: func(m analysis.Measures) int { return m.Incidents }},
	{key: "operations", count: func(m analysis.Measures) int { return m.Operations }},
	{key: "cells_dismantled", count: func(m analysis.Measures) int { return m.CellsDismantled }},
	{key: "arrests", count: func(m analysis.Measures) int { return m.Arrests }},
	{key: "foiled_plots", count: func(m analysis.Measures) int { return m.FoiledPlots }},
	{key: "failed_attacks", count: func(m analysis.Measures) int { return m.FailedAttacks }},
	{key: "completed_attacks", count: func(m analysis.Measures) int { return m.CompletedAttacks }},
	{key: "cross_border_incidents", count: func(m analysis.Measures) int { return m.CrossBorderIncidents }},
	{key: "cooperation_rate", kind: wbRate, value: func(m analysis.Measures) analysis.NullFloat { return m.CooperationRate }},
	{key: "arrests_per_cell", kind: wbRatio, value: func(m analysis.Measures) analysis.NullFloat { return m.ArrestsPerCell }},
}

func (ms wbMeasure) name(l wbLang) string       { return wbMeasureName(ms.key, l) }
func (ms wbMeasure) definition(l wbLang) string { return l.t("wb.def." + ms.key) }

// figure returns the measure of m as a NullFloat (counts are always
// known).
func (ms wbMeasure) figure(m analysis.Measures) analysis.NullFloat {
	if ms.kind == wbCount {
		return analysis.Known(float64(ms.count(m)))
	}
	return ms.value(m)
}

// cell writes the measure of m: an int for a count, a formatted number or
// an empty cell for a rate or ratio.
func (ms wbMeasure) cell(m analysis.Measures, st wbStyles) wbCell {
	switch ms.kind {
	case wbRate:
		return wbNumber(ms.value(m), st.percent)
	case wbRatio:
		return wbNumber(ms.value(m), st.ratio)
	}
	return wbInt(ms.count(m))
}

// comparisonCells are the change, % change, p-value and assessment of the
// period against an earlier one. A count takes them from cmp, the
// analysis's comparison (with its exact Poisson test), when there is one;
// otherwise, and for a rate or a ratio, which have no test, the change is
// worked out here and p and the assessment stay empty. A rate changes in
// percentage points, with no % change. The % change from 0 is "n/a"; a
// figure that is missing leaves the cells empty.
func (ms wbMeasure) comparisonCells(current, earlier analysis.Measures, cmp *analysis.Comparison, st wbStyles, lang wbLang) []wbCell {
	if cmp != nil && ms.kind == wbCount {
		pct := wbPercentOf(cmp.ChangePct, st)
		if !cmp.ChangePct.Valid && cmp.Other == 0 {
			pct = wbText(lang.t("n_a"))
		}
		return []wbCell{
			{value: cmp.Change, style: st.signedCount}, pct,
			wbNumber(cmp.P, st.pValue), wbText(wbAssessment(cmp.P, cmp.Significant, lang)),
		}
	}
	c, e := ms.figure(current), ms.figure(earlier)
	if !c.Valid || !e.Valid {
		return []wbCell{{}, {}, {}, {}}
	}
	var change wbCell
	switch ms.kind {
	case wbCount:
		change = wbCell{value: ms.count(current) - ms.count(earlier), style: st.signedCount}
	case wbRate:
		change = wbNumber(analysis.Known(100*(c.Float64-e.Float64)), st.signedPoints)
	default:
		change = wbNumber(analysis.Known(c.Float64-e.Float64), st.signedRatio)
	}
	// A rate's change is already in percentage points (as the note gives
	// it); a relative change of a rate would read as a second, different
	// "%" for the same thing, so it is left out.
	pct := wbText(lang.t("n_a"))
	switch {
	case ms.kind == wbRate:
		pct = wbCell{}
	case e.Float64 != 0:
		pct = wbNumber(analysis.Known((c.Float64-e.Float64)/e.Float64), st.signedPercent)
	}
	return []wbCell{change, pct, {}, {}}
}

// wbPercentOf writes a change given in per cent (as analysis gives
// ChangePct: 25 for +25 %) as the share Excel's % format expects (0.25).
func wbPercentOf(pct analysis.NullFloat, st wbStyles) wbCell {
	if !pct.Valid {
		return wbCell{}
	}
	return wbNumber(analysis.Known(pct.Float64/100), st.signedPercent)
}

// wbAssessment says in words what the p-value of a comparison means:
// "significant change" below 0.05, "within normal variation" otherwise,
// nothing when there is no p-value.
func wbAssessment(p analysis.NullFloat, significant bool, lang wbLang) string {
	switch {
	case !p.Valid:
		return ""
	case significant:
		return lang.t("wb.assess.significant")
	}
	return lang.t("wb.assess.normal")
}

// wbComparisons indexes the period comparisons by measure and by what
// they compare against ("previous", "year_earlier").
func wbComparisons(cs []analysis.Comparison) map[[2]string]*analysis.Comparison {
	out := make(map[[2]string]*analysis.Comparison, len(cs))
	for i := range cs {
		out[[2]string{cs[i].Measure, cs[i].Against}] = &cs[i]
	}
	return out
}
