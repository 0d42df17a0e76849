package charts

import (
	"testing"

	"github.com/ctreport/ctreport/analysis"
)

// A count that is missing (not given, or a year without data) is drawn as
// a gap marked "—", never as a bar of 0, and the footnote says why; when
// no year has it the chart says so instead of drawing zeros.
func TestMissingCountsAreGaps(t *testing.T) {
	cat, err := catalogueFor("en")
	if err != nil {
		t.Fatal(err)
	}
	f := figuresOf([]yearRow{{2020, 3, 1, 2, 5, false}, {2021, 3, 1, 2, 5, false}, {2022, 3, 1, 2, 5, false}}, analysis.Trend{})
	f.Yearly[1].Arrests = analysis.NullInt{}                                                          // not given
	f.Yearly[2].Measures = analysis.Measures{NoData: true}                                            // not covered
	f.Current = quarter(2022, 2, analysis.Measures{Incidents: 2, CellsDismantled: analysis.Count(1)}) // arrests not given
	f.Previous = quarter(2022, 1, analysis.Measures{Incidents: 3, CellsDismantled: analysis.Count(2), Arrests: analysis.Count(4)})
	fg, _, bars := countFigure(f.Yearly, cat, countChart{title: "arrests.title", axis: "arrests.axis",
		value: func(y analysis.YearFigures) analysis.NullInt { return y.Arrests }})
	var labels []string
	for _, b := range bars.bars {
		labels = append(labels, bars.text(b))
	}
	if want := []string{"5", "—", "—"}; len(labels) != 3 || labels[0] != want[0] || labels[1] != want[1] || labels[2] != want[2] {
		t.Errorf("bar labels %q, want %q", labels, want)
	}
	if !bars.bars[1].missing || !bars.bars[2].missing || bars.bars[0].missing {
		t.Errorf("missing bars %+v", bars.bars)
	}
	if fg.footnote != cat.text("not_given_note") {
		t.Errorf("footnote %q, want the not-given note", fg.footnote)
	}

	for i := range f.Yearly {
		f.Yearly[i].Arrests = analysis.NullInt{}
	}
	fg, p, _ := countFigure(f.Yearly, cat, countChart{title: "arrests.title", value: func(y analysis.YearFigures) analysis.NullInt { return y.Arrests }})
	if p != nil || fg.note != cat.text("not_given") {
		t.Errorf("no year with arrests: plot %v, note %q; want no plot and the not-given note", p != nil, fg.note)
	}

	cmp := comparisonFigure(f, cat)
	if cmp.footnote != cat.text("not_given_note") {
		t.Errorf("comparison footnote %q, want the not-given note", cmp.footnote)
	}
	aff := affiliationsFigure(f, cat)
	if aff.note != cat.text("not_given") {
		t.Errorf("arrests by affiliation with no arrests given: note %q", aff.note)
	}
}
