package reports

import (
	"encoding/json"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// figuresJSON is the layout of figures.json (docs/figures-json.md).
type figuresJSON struct {
	Period        analysis.Period           `json:"period"`
	AsOf          string                    `json:"as_of"`
	Coverage      coverageJSON              `json:"coverage"`
	Yearly        []analysis.YearFigures    `json:"yearly"`
	PeriodFigures periodFiguresJSON         `json:"period_figures"`
	Trends        map[string]analysis.Trend `json:"trends"`
	Partners      []analysis.PartnerYear    `json:"partners"`
	analysis.Breakdowns
	Comparisons []analysis.Comparison `json:"comparisons"`
	Quality     qualityJSON           `json:"quality"`
	Warnings    []string              `json:"warnings"`
	// Selection is the desk report's selection the figures are of
	// (absent when every incident counts).
	Selection *data.Selection `json:"selection,omitempty"`
}

type periodFiguresJSON struct {
	Current     analysis.PeriodFigures `json:"current"`
	Previous    analysis.PeriodFigures `json:"previous"`
	YearEarlier analysis.PeriodFigures `json:"year_earlier"`
}

// coverageJSON says what the data covers: its spans (declared by the user,
// or the months from each file's first to last dated report, joined), and for each count
// an incident may leave empty, year by year, how many of the incidents
// give it. A year or period outside the spans has null figures.
type coverageJSON struct {
	Spans    []spanJSON             `json:"spans"`
	Declared bool                   `json:"declared"`
	Given    map[string][]givenJSON `json:"given"`
}

type spanJSON struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// givenJSON is one year of a count: of its incidents, how many give it,
// and that share (null for a year without incidents or without data).
type givenJSON struct {
	Year      int                `json:"year"`
	Incidents analysis.NullInt   `json:"incidents"`
	Given     analysis.NullInt   `json:"given"`
	Share     analysis.NullFloat `json:"share"`
}

func coverage(f analysis.Figures, d *data.Dataset) coverageJSON {
	c := coverageJSON{Spans: []spanJSON{}, Declared: d != nil && d.Declared, Given: map[string][]givenJSON{}}
	for _, s := range f.Coverage {
		c.Spans = append(c.Spans, spanJSON{s.From.Format(time.DateOnly), s.To.Format(time.DateOnly)})
	}
	for _, name := range analysis.GivenCounts {
		years := []givenJSON{}
		for _, y := range f.Yearly {
			g := givenJSON{Year: y.Year}
			if !y.NoData {
				n := y.CellsDismantledGiven
				if name == "arrests" {
					n = y.ArrestsGiven
				}
				g.Incidents, g.Given = analysis.Count(y.Incidents), analysis.Count(n)
				if y.Incidents > 0 {
					g.Share = analysis.Known(float64(n) / float64(y.Incidents))
				}
			}
			years = append(years, g)
		}
		c.Given[name] = years
	}
	return c
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
		ProbableDuplicates: d.DuplicatePairs, RowWarnings: d.WarningCount(),
	}
}

// FiguresJSON encodes the figures of a report as figures.json holds them.
func FiguresJSON(in report.Input) ([]byte, error) {
	f := in.Figures
	out := figuresJSON{
		Period: f.Period, AsOf: f.AsOf, Coverage: coverage(f, in.Data), Yearly: f.Yearly,
		PeriodFigures: periodFiguresJSON{f.Current, f.Previous, f.YearEarlier},
		Trends:        f.Trends, Partners: f.Partners, Breakdowns: f.Breakdowns, Comparisons: f.Comparisons,
		Quality: quality(in.Data), Warnings: i18n.WarningTexts("en", f.Warnings),
	}
	if in.Data != nil && !in.Data.Selection.Empty() {
		out.Selection = in.Data.Selection
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
