package workbook

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// keyPrefixes are the key prefixes the workbook completes at run time
// (a measure's name, a column header, a value of an enumerated column).
var keyPrefixes = []string{"wb.measure.", "wb.def.", "wb.col.", "wb.affil.", "wb.cooperation_type.", "wb.affiliation.", "wb.event_type.", "wb.date_precision."}

// TestWorkbookMessages checks the workbook's use of the catalogue: every
// key the code names exists, every "wb." key is used, and every measure
// and series has a name and a definition.
func TestWorkbookMessages(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	literal := regexp.MustCompile(`"(wb\.[a-z0-9_.]+|n_a)"`)
	used := map[string]bool{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			used[m[1]] = true
		}
	}
	if len(used) < 100 {
		t.Fatalf("found %d message keys in the workbook's code; the scan missed some", len(used))
	}
	keys := i18n.Keys()
	for k := range used {
		if strings.HasSuffix(k, ".") || strings.HasSuffix(k, "_") {
			continue // a prefix, completed at run time
		}
		if !slices.Contains(keys, k) {
			t.Errorf("the workbook uses %q, which the catalogue lacks", k)
		}
	}
	for _, k := range keys {
		if strings.HasPrefix(k, "wb.") && !used[k] && !slices.ContainsFunc(keyPrefixes, func(p string) bool { return strings.HasPrefix(k, p) }) {
			t.Errorf("catalogue message %q is not used by the workbook", k)
		}
	}
	for _, ms := range measures {
		for _, k := range []string{"wb.measure." + ms.key, "wb.def." + ms.key} {
			if !slices.Contains(keys, k) {
				t.Errorf("measure %s has no %s", ms.key, k)
			}
		}
	}
	for _, s := range analysis.TrendSeries {
		if !slices.Contains(keys, "wb.measure."+s) {
			t.Errorf("trend series %s has no name", s)
		}
	}
}

// TestWorkbookSheetNames: in every language the sheet names are valid
// Excel sheet names as they stand, and differ from one another.
func TestWorkbookSheetNames(t *testing.T) {
	for _, lang := range i18n.Languages {
		seen := map[string]bool{}
		for _, key := range []string{"wb.sheet.summary", "wb.sheet.yearly", "wb.sheet.changes", "wb.sheet.trends", "wb.sheet.cooperation", "wb.sheet.affiliation",
			"wb.sheet.locations", "wb.sheet.incidents", "wb.sheet.quality", "wb.sheet.about"} {
			name := i18n.T(lang, key)
			if sheetName(name) != name {
				t.Errorf("%s %s: %q is not a valid sheet name", lang, key, name)
			}
			if seen[strings.ToLower(name)] {
				t.Errorf("%s: two sheets named %q", lang, name)
			}
			seen[strings.ToLower(name)] = true
		}
	}
}

func TestWorkbookTrendVerdict(t *testing.T) {
	known := analysis.Known
	for _, c := range []struct {
		name  string
		trend analysis.Trend
		lang  locale
		want  string
	}{
		{"too short", analysis.Trend{Years: 2}, "en", "too few complete years"},
		{"rising", analysis.Trend{MannKendallS: known(40), MannKendallP: known(0.012)}, "en", "rising (Mann–Kendall p = 0.012)"},
		{"falling, tiny p", analysis.Trend{MannKendallS: known(-90), MannKendallP: known(0.0001)}, "en", "falling (Mann–Kendall p < 0.001)"},
		{"small p, 3 decimals", analysis.Trend{MannKendallS: known(-30), MannKendallP: known(0.004)}, "en", "falling (Mann–Kendall p = 0.004)"},
		{"no trend", analysis.Trend{MannKendallS: known(3), MannKendallP: known(0.4)}, "en", "no clear trend (p = 0.40)"},
		{"p at 0.05 is not significant", analysis.Trend{MannKendallS: known(12), MannKendallP: known(0.05)}, "en", "no clear trend (p = 0.050)"},
		{"French decimal comma", analysis.Trend{MannKendallS: known(40), MannKendallP: known(0.012)}, "fr", "en hausse (Mann–Kendall, p = 0,012)"},
		{"Arabic", analysis.Trend{MannKendallS: known(3), MannKendallP: known(0.4)}, "ar", "لا اتجاه واضح (p = 0,40)"},
		{"Arabic, too short", analysis.Trend{}, "ar", "عدد السنوات الكاملة غير كافٍ"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := trendVerdict(c.trend, c.lang); got != c.want {
				t.Errorf("verdict = %q, want %q", got, c.want)
			}
		})
	}
}

// TestWorkbookYearChangeCells: the change of a count is a count, of a rate
// percentage points; the % change from 0 is n/a; what the analysis left
// out stays empty.
func TestWorkbookYearChangeCells(t *testing.T) {
	st := styles{signedCount: 1, signedPoints: 2, signedPercent: 3, average: 4, percent: 5}
	known := analysis.Known
	for _, c := range []struct {
		name string
		yc   analysis.YearChange
		rate bool
		want []cell
	}{
		{"first year", analysis.YearChange{Year: 2002, Value: known(3)}, false, []cell{{}, {}, {}}},
		{"count", analysis.YearChange{Change: known(-2), ChangePct: known(-40), MovingAverage3: known(4.5)}, false,
			[]cell{{value: -2.0, style: 1}, {value: -0.4, style: 3}, {value: 4.5, style: 4}}},
		{"from 0", analysis.YearChange{Change: known(5)}, false, []cell{{value: 5.0, style: 1}, {value: "n/a"}, {}}},
		{"rate", analysis.YearChange{Change: known(0.05), ChangePct: known(25), MovingAverage3: known(0.2)}, true,
			[]cell{{value: 5.0, style: 2}, {value: 0.2, style: 5}}}, // in points, with no relative % change
	} {
		t.Run(c.name, func(t *testing.T) {
			got := yearChangeCells(c.yc, c.rate, st, "en")
			if len(got) != len(c.want) {
				t.Fatalf("%d cells, want %d", len(got), len(c.want))
			}
			for i := range got {
				g, w := got[i], c.want[i]
				gf, gok := g.value.(float64)
				wf, wok := w.value.(float64)
				same := g.value == w.value || gok && wok && math.Abs(gf-wf) < 1e-12
				if !same || g.style != w.style {
					t.Errorf("cell %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

// TestShownCountryLists: the Incidents sheet writes a list of partner
// countries, or of arrests by country, with the countries' names in the
// report's language; a code the catalogue does not know stays as given.
func TestShownCountryLists(t *testing.T) {
	for _, c := range []struct {
		lang, field, code, want string
	}{
		{"en", countryList, "ES;US", "Spain; United States"},
		{"fr", countryList, "ES; MA", "Espagne\u00a0; Maroc"},
		{"ar", countryList, "ES;US", "إسبانيا؛ الولايات المتحدة"},
		{"en", countryCounts, "MA:2;ES:9", "Morocco: 2; Spain: 9"},
		{"ar", countryCounts, "MA:2", "المغرب: 2"},
		{"en", countryCounts, "ZZ:1", "ZZ: 1"},
		{"en", "cooperation_type", "joint_operation", "Joint operation"},
	} {
		inc := &incidentSheet{lang: localeOf(c.lang)}
		if got := inc.shown(c.field, c.code); got != c.want {
			t.Errorf("%s %s %q shows as %q, want %q", c.lang, c.field, c.code, got, c.want)
		}
	}
}

// A change of a rate too small to show with one decimal is 0, so the
// signed format reads "0.0 pts", never "-0.0 pts".
func TestTinyPointChangeIsZero(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{{-0.04, 0}, {0.049, 0}, {-0.05, -0.05}, {2.34, 2.34}, {-1.2, -1.2}} {
		if got := roundPoints(c.in); got != c.want || math.Signbit(got) != math.Signbit(c.want) {
			t.Errorf("roundPoints(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
