package reports

import (
	"encoding/json"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// figuresJSON is the layout of figures.json (docs/figures-json.md).
type figuresJSON struct {
	Period        analysis.Period           `json:"period"`
	AsOf          string                    `json:"as_of"`
	Yearly        []analysis.YearFigures    `json:"yearly"`
	PeriodFigures periodFiguresJSON         `json:"period_figures"`
	Trends        map[string]analysis.Trend `json:"trends"`
	Partners      []analysis.PartnerYear    `json:"partners"`
	analysis.Breakdowns
	Comparisons []analysis.Comparison `json:"comparisons"`
	Quality     qualityJSON           `json:"quality"`
	Warnings    []string              `json:"warnings"`
}

type periodFiguresJSON struct {
	Current     analysis.PeriodFigures `json:"current"`
	Previous    analysis.PeriodFigures `json:"previous"`
	YearEarlier analysis.PeriodFigures `json:"year_earlier"`
}

type qualityJSON struct {
	RowsRead            int `json:"rows_read"`
	Accepted            int `json:"accepted"`
	CopiesDropped       int `json:"copies_dropped"`
	Rejected            int `json:"rejected"`
	Incidents           int `json:"incidents"`
	ReconciliationNotes int `json:"reconciliation_notes"`
	ProbableDuplicates  int `json:"probable_duplicates"`
	RowWarnings         int `json:"row_warnings"`
}

// quality sums up the row accounting and reconciliation of a load.
func quality(d *data.Dataset) qualityJSON {
	t := d.Totals()
	return qualityJSON{
		RowsRead: t.RowsRead, Accepted: t.Accepted, CopiesDropped: t.CopiesDropped, Rejected: t.Rejected,
		Incidents: d.Incidents.Nrow(), ReconciliationNotes: d.NoteCount,
		ProbableDuplicates: d.DuplicatePairs, RowWarnings: len(d.Warnings),
	}
}

// FiguresJSON encodes the figures of a report as figures.json holds them.
func FiguresJSON(in report.Input) ([]byte, error) {
	f := in.Figures
	out := figuresJSON{
		Period: f.Period, AsOf: f.AsOf, Yearly: f.Yearly,
		PeriodFigures: periodFiguresJSON{f.Current, f.Previous, f.YearEarlier},
		Trends:        f.Trends, Partners: f.Partners, Breakdowns: f.Breakdowns, Comparisons: f.Comparisons,
		Quality: quality(in.Data), Warnings: i18n.WarningTexts("en", f.Warnings),
	}
	if out.Partners == nil {
		out.Partners = []analysis.PartnerYear{}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	return append(b, '\n'), err
}
