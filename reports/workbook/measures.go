package workbook

import (
	"github.com/ctreport/ctreport/analysis"
)

// measureKind says how a measure is written: a count, a rate (percent)
// or a ratio (two decimals).
type measureKind int

const (
	countKind measureKind = iota
	rateKind
	ratioKind
)

// measure is one row of docs/figures.md's Measures table as the workbook shows
// it. Its key is the Measures field in snake_case, as figures.json and
// analysis.Comparison name it; its name and definition are the catalogue
// messages "wb.measure.<key>" and "wb.def.<key>".
type measure struct {
	key   string
	kind  measureKind
	value func(analysis.Measures) analysis.NullFloat // a rate or a ratio
}

var measures = []measure{
	{key: "incidents"},
	{key: "operations"},
	{key: "cells_dismantled"},
	{key: "arrests"},
	{key: "foiled_plots"},
	{key: "failed_attacks"},
	{key: "completed_attacks"},
	{key: "cross_border_incidents"},
	{key: "cooperation_rate", kind: rateKind, value: func(m analysis.Measures) analysis.NullFloat { return m.CooperationRate }},
	{key: "arrests_per_cell", kind: ratioKind, value: func(m analysis.Measures) analysis.NullFloat { return m.ArrestsPerCell }},
}

// count is the measure of m, a count, which may be missing (not given).
func (ms measure) count(m analysis.Measures) analysis.NullInt {
	return analysis.MeasureCount(m, ms.key)
}

func (ms measure) name(l locale) string       { return measureName(ms.key, l) }
func (ms measure) definition(l locale) string { return l.t("wb.def." + ms.key) }

// figure returns the measure of m as a NullFloat: missing for a count
// not given.
func (ms measure) figure(m analysis.Measures) analysis.NullFloat {
	if ms.kind == countKind {
		if n := ms.count(m); n.Valid {
			return analysis.Known(float64(n.Int))
		}
		return analysis.NullFloat{}
	}
	return ms.value(m)
}

// cell writes the measure of m: an int for a count ("—" where it is not
// given: missing, never 0), a formatted number or an empty cell for a rate
// or ratio.
func (ms measure) cell(m analysis.Measures, st styles) cell {
	switch ms.kind {
	case rateKind:
		return numberCell(ms.value(m), st.percent)
	case ratioKind:
		return numberCell(ms.value(m), st.ratio)
	}
	return countCell(ms.count(m), st)
}

// comparisonCells are the change, % change, p-value and assessment of the
// period against an earlier one. A count takes them from cmp, the
// analysis's comparison (with its exact Poisson test), when there is one;
// otherwise, and for a rate or a ratio, which have no test, the change is
// worked out here and p and the assessment stay empty. A rate changes in
// percentage points, with no % change. The % change from 0 is "n/a"; a
// figure that is missing leaves the cells empty.
func (ms measure) comparisonCells(current, earlier analysis.Measures, cmp *analysis.Comparison, st styles, lang locale) []cell {
	if cmp != nil && ms.kind == countKind {
		if !cmp.Change.Valid {
			return []cell{{}, {}, {}, {}}
		}
		pct := percentOf(cmp.ChangePct, st)
		if !cmp.ChangePct.Valid && cmp.Other == analysis.Count(0) {
			pct = textCell(lang.t("n_a"))
		}
		cells := []cell{
			{value: cmp.Change.Int, style: st.signedCount}, pct,
			numberCell(cmp.P, st.pValue), textCell(assessment(cmp.P, cmp.Significant, lang)),
		}
		if cmp.Significant {
			for i := range cells {
				cells[i].style = st.hl(cells[i].style)
			}
		}
		return cells
	}
	c, e := ms.figure(current), ms.figure(earlier)
	if !c.Valid || !e.Valid {
		return []cell{{}, {}, {}, {}}
	}
	var change cell
	switch ms.kind {
	case countKind:
		change = cell{value: ms.count(current).Int - ms.count(earlier).Int, style: st.signedCount}
	case rateKind:
		change = numberCell(analysis.Known(roundPoints(100*(c.Float64-e.Float64))), st.signedPoints)
	default:
		change = numberCell(analysis.Known(c.Float64-e.Float64), st.signedRatio)
	}
	// A rate's change is already in percentage points (as the note gives
	// it); a relative change of a rate would read as a second, different
	// "%" for the same thing, so it is left out.
	pct := textCell(lang.t("n_a"))
	switch {
	case ms.kind == rateKind:
		pct = cell{}
	case e.Float64 != 0:
		pct = numberCell(analysis.Known((c.Float64-e.Float64)/e.Float64), st.signedPercent)
	}
	return []cell{change, pct, {}, {}}
}

// percentOf writes a change given in per cent (as analysis gives
// ChangePct: 25 for +25 %) as the share Excel's % format expects (0.25).
func percentOf(pct analysis.NullFloat, st styles) cell {
	if !pct.Valid {
		return cell{}
	}
	return numberCell(analysis.Known(pct.Float64/100), st.signedPercent)
}

// assessment says in words what the p-value of a comparison means:
// "significant change" below 0.05, "within normal variation" otherwise,
// nothing when there is no p-value.
func assessment(p analysis.NullFloat, significant bool, lang locale) string {
	switch {
	case !p.Valid:
		return ""
	case significant:
		return lang.t("wb.assess.significant")
	}
	return lang.t("wb.assess.normal")
}

// comparisonsByKey indexes the period comparisons by measure and by what
// they compare against ("previous", "year_earlier").
func comparisonsByKey(cs []analysis.Comparison) map[[2]string]*analysis.Comparison {
	out := make(map[[2]string]*analysis.Comparison, len(cs))
	for i := range cs {
		out[[2]string{cs[i].Measure, cs[i].Against}] = &cs[i]
	}
	return out
}
