package brief

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

// Over many periods of the embedded sample (every year, every quarter of
// 2023–2025, every month of 2025), in every language: each change beyond
// chance and each significant trend of the figures is named in the note's
// text (its measure and, for a change, its count), and the headline is
// the top-ranked finding.
func TestEveryFindingIsTold(t *testing.T) {
	asOf := day(2026, 11, 28)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for y := 2003; y <= 2025; y++ {
		labels = append(labels, itoa(y))
	}
	for y := 2023; y <= 2025; y++ {
		for q := 1; q <= 4; q++ {
			labels = append(labels, itoa(y)+"-Q"+itoa(q))
		}
	}
	for m := 1; m <= 12; m++ {
		labels = append(labels, "2025-"+map[bool]string{true: "0", false: ""}[m < 10]+itoa(m))
	}
	told, trends := 0, 0
	for _, label := range labels {
		period, err := analysis.ParsePeriod(label, asOf)
		if err != nil {
			t.Fatal(err)
		}
		fig := analysis.Compute(ds.Incidents, period, asOf)
		for _, lang := range []string{"en", "fr", "ar"} {
			in := report.Input{Figures: fig, Data: ds, Settings: report.Settings{Lang: lang, Rule: data.RuleMin}}
			w := writer{lang: lang, in: in, f: fig}
			st := w.tell()
			text := st.headline + " " + strings.Join(st.findings, " ")
			for _, c := range fig.Comparisons {
				if !c.Significant || c.Against == "year_earlier" && !fig.YearEarlierDiffers() {
					continue
				}
				if !strings.Contains(text, w.noun(c.Measure)) && !strings.Contains(text, sentence(w.noun(c.Measure))) || !strings.Contains(text, w.num(c.Current.Int)) {
					t.Errorf("%s %s: %s against %s (p %.4f) is not told:\n%s", label, lang, c.Measure, c.Against, c.P.Float64, text)
				}
				told++
			}
			for _, name := range analysis.TrendSeries {
				tr := fig.Trends[name]
				if tr.Years >= 3 && tr.MannKendallP.Valid && tr.MannKendallP.Float64 < 0.05 && tr.MannKendallS.Float64 != 0 {
					if !strings.Contains(text, w.noun(name)) {
						t.Errorf("%s %s: the trend of %s (p %.4f) is not told:\n%s", label, lang, name, tr.MannKendallP.Float64, text)
					}
					trends++
				}
			}
			if fs := w.findings(); len(fs) > 0 && fs[0].rank <= 3 && st.headline != fs[0].text {
				t.Errorf("%s %s: headline %q, want the top finding %q", label, lang, st.headline, fs[0].text)
			}
		}
	}
	if told == 0 || trends == 0 {
		t.Errorf("the periods tried hold %d changes and %d trends beyond chance; the test checks nothing", told, trends)
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// The largest operation is an operation or a foiled plot: an attack with
// more arrests (GTD's perpetrators captured) is not named as one, and a
// period of attacks alone has no such finding.
func TestLargestOperationIsNoAttack(t *testing.T) {
	asOf := day(2026, 11, 28)
	for _, c := range []struct {
		rows, want string
	}{
		{"A,2024-03-01,MA,completed_attack,40,Nador\nB,2024-04-02,MA,operation,5,Fès\nC,2024-05-03,MA,foiled_plot,4,Tanger\n", "Fès (Morocco), 2 April 2024, 5 arrests"},
		{"A,2024-03-01,MA,completed_attack,40,Nador\nB,2024-04-02,MA,failed_attack,7,Fès\n", ""},
	} {
		path := filepath.Join(t.TempDir(), "incidents.csv")
		if err := os.WriteFile(path, []byte("incident_id,date,country,event_type,arrests,city\n"+c.rows), 0o644); err != nil {
			t.Fatal(err)
		}
		ds, err := data.Load([]string{path}, data.DefaultOptions(asOf))
		if err != nil {
			t.Fatal(err)
		}
		period, _ := analysis.ParsePeriod("2024", asOf)
		fig := analysis.Compute(ds.Incidents, period, asOf)
		w := writer{lang: "en", in: report.Input{Figures: fig, Data: ds, Settings: report.Settings{Lang: "en"}}, f: fig}
		f, ok := w.largestOperation()
		switch {
		case c.want == "" && ok:
			t.Errorf("attacks only: %q", f.text)
		case c.want != "" && !strings.Contains(f.text, c.want):
			t.Errorf("largest operation %q, want %q", f.text, c.want)
		}
	}
}
