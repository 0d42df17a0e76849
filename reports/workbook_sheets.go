package reports

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
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
// it.
type wbMeasure struct {
	name, definition wbMsg
	kind             wbMeasureKind
	count            func(analysis.Measures) int
	value            func(analysis.Measures) analysis.NullFloat
}

var wbMeasures = []wbMeasure{
	{name: wbMsgIncidents, definition: wbMsgDefIncidents, count: func(m analysis.Measures) int { return m.Incidents }},
	{name: wbMsgOperations, definition: wbMsgDefOperations, count: func(m analysis.Measures) int { return m.Operations }},
	{name: wbMsgCellsDismantled, definition: wbMsgDefCellsDismantled, count: func(m analysis.Measures) int { return m.CellsDismantled }},
	{name: wbMsgArrestsMeasure, definition: wbMsgDefArrests, count: func(m analysis.Measures) int { return m.Arrests }},
	{name: wbMsgFoiledPlots, definition: wbMsgDefFoiledPlots, count: func(m analysis.Measures) int { return m.FoiledPlots }},
	{name: wbMsgFailedAttacks, definition: wbMsgDefFailedAttacks, count: func(m analysis.Measures) int { return m.FailedAttacks }},
	{name: wbMsgCompletedAttacks, definition: wbMsgDefCompletedAttacks, count: func(m analysis.Measures) int { return m.CompletedAttacks }},
	{name: wbMsgCrossBorder, definition: wbMsgDefCrossBorder, count: func(m analysis.Measures) int { return m.CrossBorderIncidents }},
	{name: wbMsgCooperationRate, definition: wbMsgDefCooperationRate, kind: wbRate, value: func(m analysis.Measures) analysis.NullFloat { return m.CooperationRate }},
	{name: wbMsgArrestsPerCell, definition: wbMsgDefArrestsPerCell, kind: wbRatio, value: func(m analysis.Measures) analysis.NullFloat { return m.ArrestsPerCell }},
}

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

// changeCells are the change and the % change from earlier to current:
// ints for counts; empty where either figure is missing; "n/a" for a %
// change from 0.
func (ms wbMeasure) changeCells(current, earlier analysis.Measures, st wbStyles, cat wbCatalogue) (change, percent wbCell) {
	if ms.kind == wbCount {
		c, e := ms.count(current), ms.count(earlier)
		change = wbInt(c - e)
		if e == 0 {
			return change, wbText(cat.text(wbMsgNA))
		}
		return change, wbNumber(analysis.Known(float64(c-e)/float64(e)), st.percent)
	}
	c, e := ms.figure(current), ms.figure(earlier)
	if !c.Valid || !e.Valid {
		return wbCell{}, wbCell{}
	}
	style := st.percent
	if ms.kind == wbRatio {
		style = st.ratio
	}
	change = wbNumber(analysis.Known(c.Float64-e.Float64), style)
	if e.Float64 == 0 {
		return change, wbText(cat.text(wbMsgNA))
	}
	return change, wbNumber(analysis.Known((c.Float64-e.Float64)/e.Float64), st.percent)
}

// summaryGrid lays out the Summary sheet: the periods, the key figures
// against the previous period and a year earlier, and the warnings.
func summaryGrid(in Input, asOf wbCell, incidentSheets []string, incidentRows int, st wbStyles, cat wbCatalogue) *wbGrid {
	fig := in.Figures
	g := &wbGrid{}
	g.add(wbCell{value: cat.text(wbMsgSummaryTitle), style: st.title, spill: true})
	g.add()
	g.headerRow(st, cat.text(wbMsgPeriodHeader), cat.text(wbMsgLabel), cat.text(wbMsgStart), cat.text(wbMsgEnd))
	for _, p := range []struct {
		label wbMsg
		pf    analysis.PeriodFigures
	}{
		{wbMsgReportingPeriod, fig.Current},
		{wbMsgPreviousPeriod, fig.Previous},
		{wbMsgYearEarlier, fig.YearEarlier},
	} {
		g.add(wbText(cat.text(p.label)), wbText(p.pf.Period.Label), wbDay(p.pf.Period.Start, st), wbDay(p.pf.Period.End, st))
	}
	g.add(wbText(cat.text(wbMsgAsOf)), asOf)
	g.add()

	g.add(wbCell{value: cat.text(wbMsgKeyFigures), style: st.title, spill: true})
	g.headerRow(st,
		cat.text(wbMsgMeasure),
		cat.text(wbMsgCurrentPeriod),
		cat.text(wbMsgPreviousPeriod), cat.text(wbMsgChange), cat.text(wbMsgPercentChange),
		cat.text(wbMsgYearEarlier), cat.text(wbMsgChange), cat.text(wbMsgPercentChange))
	cur, prev, ye := fig.Current.Measures, fig.Previous.Measures, fig.YearEarlier.Measures
	for _, ms := range wbMeasures {
		chPrev, pctPrev := ms.changeCells(cur, prev, st, cat)
		chYE, pctYE := ms.changeCells(cur, ye, st, cat)
		g.add(wbText(cat.text(ms.name)),
			ms.cell(cur, st),
			ms.cell(prev, st), chPrev, pctPrev,
			ms.cell(ye, st), chYE, pctYE)
	}
	if fig.Current.Unplaced > 0 {
		g.add(wbText(cat.text(wbMsgUnplaced)),
			wbInt(fig.Current.Unplaced),
			wbInt(fig.Previous.Unplaced), wbCell{}, wbCell{},
			wbInt(fig.YearEarlier.Unplaced))
	}
	g.add()

	g.add(wbCell{value: cat.text(wbMsgWarnings), style: st.title, spill: true})
	warnings := fig.Warnings
	if len(incidentSheets) > 1 {
		warnings = append(warnings[:len(warnings):len(warnings)],
			fmt.Sprintf(cat.text(wbMsgIncidentsSplit), incidentRows, len(incidentSheets), strings.Join(incidentSheets, ", ")))
	}
	if len(warnings) == 0 {
		g.add(wbSentence(cat.text(wbMsgNone)))
	}
	for _, w := range warnings {
		g.add(wbSentence(w))
	}
	return g
}

// yearlyGrid lays out the Yearly sheet: one row a year, every measure.
func yearlyGrid(fig analysis.Figures, st wbStyles, cat wbCatalogue) *wbGrid {
	g := &wbGrid{panes: wbFreezeHeader(true)}
	header := []string{cat.text(wbMsgYear), cat.text(wbMsgToDateHeader)}
	for _, ms := range wbMeasures {
		header = append(header, cat.text(ms.name))
		if ms.kind == wbRate {
			header = append(header, cat.text(wbMsgCooperationLow), cat.text(wbMsgCooperationHigh))
		}
	}
	g.headerRow(st, header...)
	for _, y := range fig.Yearly {
		row := []wbCell{wbInt(y.Year), {}}
		if y.ToDate {
			row[1] = wbText(cat.text(wbMsgToDate))
		}
		for _, ms := range wbMeasures {
			row = append(row, ms.cell(y.Measures, st))
			if ms.kind == wbRate {
				row = append(row, wbNumber(y.CooperationRateLow, st.percent), wbNumber(y.CooperationRateHigh, st.percent))
			}
		}
		g.add(row...)
	}
	switch {
	case len(fig.Yearly) == 0:
		g.add(wbSentence(cat.text(wbMsgNone)))
	case wbTableHeaderOK(header):
		g.tables = append(g.tables, wbTable{name: "Yearly", headerRow: 1, last: len(g.rows), firstCol: 1, lastCol: len(header)})
	}
	return g
}

// wbMaxListed bounds each list of the Quality sheet, which is written in
// memory: a file rejected wholesale must not make a workbook Excel cannot
// open. What is left out is counted.
var wbMaxListed = 100_000

// qualityGrid lays out the Quality sheet: row accounting per file, rejected
// rows, reconciliation notes, row warnings and probable duplicates, one
// titled table under another.
func qualityGrid(d *data.Dataset, st wbStyles, cat wbCatalogue) *wbGrid {
	g := &wbGrid{}

	var files [][]wbCell
	for _, f := range d.Files {
		files = append(files, []wbCell{wbText(f.Path), wbInt(f.RowsRead), wbInt(f.Accepted), wbInt(f.CopiesDropped), wbInt(f.Rejected), wbText(f.SHA256)})
	}
	g.section(st, cat, wbMsgQualityFiles, "QualityFiles",
		[]string{cat.text(wbMsgFile), cat.text(wbMsgRowsRead), cat.text(wbMsgAccepted), cat.text(wbMsgCopiesDropped), cat.text(wbMsgRejected), cat.text(wbMsgSHA256)},
		files)
	if len(files) > 0 {
		// The total sits under the table, outside it, so that sorting or
		// filtering the files leaves it in place.
		g.rows = g.rows[:len(g.rows)-1] // drop the blank row section added
		t := d.Totals()
		g.add(wbStyled(cat.text(wbMsgTotal), st.bold),
			wbCell{value: t.RowsRead, style: st.bold}, wbCell{value: t.Accepted, style: st.bold},
			wbCell{value: t.CopiesDropped, style: st.bold}, wbCell{value: t.Rejected, style: st.bold})
		g.add()
	}

	errorRows := func(errs []data.RowError) [][]wbCell {
		rows := make([][]wbCell, 0, min(len(errs), wbMaxListed))
		for _, e := range errs[:min(len(errs), wbMaxListed)] {
			rows = append(rows, []wbCell{wbText(e.File), wbPositive(e.Line), wbPositive(e.Column), wbText(e.ColumnName), wbText(e.Reason), wbText(e.Raw)})
		}
		return rows
	}
	errorHeader := []string{cat.text(wbMsgFile), cat.text(wbMsgLine), cat.text(wbMsgColumn), cat.text(wbMsgColumnName), cat.text(wbMsgReason), cat.text(wbMsgRawRow)}

	g.section(st, cat, wbMsgQualityRejected, "QualityRejected", errorHeader, errorRows(d.Rejected))
	if n := len(d.Rejected) - wbMaxListed; n > 0 {
		g.moreNotListed(fmt.Sprintf(cat.text(wbMsgMoreRejected), n))
	}

	notes := make([][]wbCell, 0, min(len(d.Notes), wbMaxListed))
	for _, n := range d.Notes[:min(len(d.Notes), wbMaxListed)] {
		said := make([]string, len(n.Values))
		for i, v := range n.Values {
			said[i] = v.Source + ": " + v.Value
		}
		notes = append(notes, []wbCell{wbText(n.IncidentID), wbText(n.Field), wbText(strings.Join(said, "; ")), wbText(n.Used)})
	}
	g.section(st, cat, wbMsgQualityNotes, "QualityNotes",
		[]string{cat.text(wbMsgIncidentID), cat.text(wbMsgField), cat.text(wbMsgSourcesSaid), cat.text(wbMsgValueUsed)},
		notes)
	if n := len(d.Notes) - wbMaxListed; n > 0 {
		g.moreNotListed(fmt.Sprintf(cat.text(wbMsgMoreNot), n))
	}

	g.section(st, cat, wbMsgQualityWarnings, "QualityWarnings", errorHeader, errorRows(d.Warnings))
	if n := len(d.Warnings) - wbMaxListed; n > 0 {
		g.moreNotListed(fmt.Sprintf(cat.text(wbMsgMoreNot), n))
	}

	listed := d.Duplicates[:min(len(d.Duplicates), wbMaxListed)]
	dups := make([][]wbCell, 0, len(listed))
	for _, p := range listed {
		dups = append(dups, []wbCell{wbText(p.IncidentA), wbText(p.DateA), wbText(p.IncidentB), wbText(p.DateB), wbText(p.Country), wbInt(p.Arrests)})
	}
	g.section(st, cat, wbMsgQualityDuplicates, "QualityDuplicates",
		[]string{cat.text(wbMsgIncidentA), cat.text(wbMsgDateA), cat.text(wbMsgIncidentB), cat.text(wbMsgDateB), cat.text(wbMsgCountry), cat.text(wbMsgArrests)},
		dups)
	if total := max(d.DuplicatePairs, len(d.Duplicates)); total > len(listed) {
		g.moreNotListed(fmt.Sprintf(cat.text(wbMsgDuplicatesMore), total, len(listed)))
	}
	return g
}

// moreNotListed puts a sentence under the section just added, before its
// blank row.
func (g *wbGrid) moreNotListed(s string) {
	g.rows = g.rows[:len(g.rows)-1]
	g.add(wbSentence(s))
	g.add()
}

// wbPositive is n, or an empty cell for 0 (a line or column not known).
func wbPositive(n int) wbCell {
	if n <= 0 {
		return wbCell{}
	}
	return wbInt(n)
}

// aboutGrid lays out the About sheet: what was run, on what, and what the
// measures mean.
func aboutGrid(in Input, d *data.Dataset, asOf wbCell, st wbStyles, cat wbCatalogue) *wbGrid {
	fig, set := in.Figures, in.Settings
	g := &wbGrid{}
	g.add(wbCell{value: cat.text(wbMsgAboutTitle), style: st.title, spill: true})
	g.headerRow(st, cat.text(wbMsgItem), cat.text(wbMsgValue))
	period := fig.Period
	asked := set.Period
	if asked == "" {
		asked = period.Label
	}
	g.add(wbText(cat.text(wbMsgVersion)), wbText(in.Version))
	g.add(wbText(cat.text(wbMsgAsOf)), asOf)
	g.add(wbText(cat.text(wbMsgPeriodAsked)), wbText(asked))
	g.add(wbText(cat.text(wbMsgPeriodLabel)), wbText(period.Label))
	g.add(wbText(cat.text(wbMsgPeriodStart)), wbDay(period.Start, st))
	g.add(wbText(cat.text(wbMsgPeriodEnd)), wbDay(period.End, st))
	g.add(wbText(cat.text(wbMsgPreviousPeriod)), wbText(fig.Previous.Period.Label))
	g.add(wbText(cat.text(wbMsgYearEarlier)), wbText(fig.YearEarlier.Period.Label))
	g.add(wbText(cat.text(wbMsgLanguage)), wbText(set.Lang))
	g.add(wbText(cat.text(wbMsgRule)), wbText(set.Rule))
	g.add(wbText(cat.text(wbMsgMaxRejected)), wbCell{value: set.MaxRejected})
	priority := strings.Join(set.SourcePriority, "; ")
	if priority == "" {
		priority = cat.text(wbMsgInputOrder)
	}
	g.add(wbText(cat.text(wbMsgPriority)), wbText(priority))
	if len(set.Inputs) == 0 {
		g.add(wbText(cat.text(wbMsgInputNamed)), wbText(cat.text(wbMsgEmbedded)))
	}
	for _, name := range set.Inputs {
		g.add(wbText(cat.text(wbMsgInputNamed)), wbText(name))
	}
	g.add()

	g.add(wbCell{value: cat.text(wbMsgInputFiles), style: st.title, spill: true})
	g.headerRow(st, cat.text(wbMsgFile), cat.text(wbMsgSize), cat.text(wbMsgSHA256))
	if len(d.Files) == 0 {
		g.add(wbSentence(cat.text(wbMsgNone)))
	}
	for _, f := range d.Files {
		g.add(wbText(f.Path), wbInt(int(f.Size)), wbText(f.SHA256))
	}
	g.add()

	g.add(wbCell{value: cat.text(wbMsgDefinitions), style: st.title, spill: true})
	g.headerRow(st, cat.text(wbMsgMeasure), cat.text(wbMsgDefinition))
	for _, ms := range wbMeasures {
		g.add(wbText(cat.text(ms.name)), wbSentence(cat.text(ms.definition)))
		if ms.kind == wbRate {
			g.add(wbText(cat.text(wbMsgCooperationBounds)), wbSentence(cat.text(wbMsgDefCooperationBounds)))
		}
	}
	g.add(wbText(cat.text(wbMsgPercentChange)), wbSentence(cat.text(wbMsgDefChange)))
	g.add(wbText(cat.text(wbMsgToDateHeader)), wbSentence(cat.text(wbMsgDefToDate)))
	g.add(wbText(cat.text(wbMsgUnplaced)), wbSentence(cat.text(wbMsgDefUnplaced)))
	return g
}

// wbFreezeHeader freezes the first row, and the first column too when
// firstColumn.
func wbFreezeHeader(firstColumn bool) *excelize.Panes {
	if !firstColumn {
		return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
	}
	return &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}}}
}
