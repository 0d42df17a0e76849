package workbook

import (
	"archive/zip"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/i18n"
)

// TestStackedChartsFollowThePNGs: the Summary has native charts of
// incidents per partner country and of arrests by affiliation, titled as
// the PNGs, stacked, with the five partners of most incidents and the
// others together in grey, each layer in its fixed colour, drawing from a
// table whose names are in the workbook's language and whose counts are
// the figures'.
func TestStackedChartsFollowThePNGs(t *testing.T) {
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			in := sampleInput(t, lang)
			fig := in.Figures
			f, path := writeTestWorkbook(t, in)
			tr := func(key string) string { return i18n.T(lang, key) }

			// The five partners of most incidents, as the PNG takes them.
			total, byYear := map[string]int{}, map[string]map[int]int{}
			for _, p := range fig.Partners {
				total[p.Country] += p.Incidents
				if byYear[p.Country] == nil {
					byYear[p.Country] = map[int]int{}
				}
				byYear[p.Country][p.Year] += p.Incidents
			}
			codes := slices.Collect(maps.Keys(total))
			slices.SortFunc(codes, func(a, b string) int {
				if total[a] != total[b] {
					return total[b] - total[a]
				}
				return strings.Compare(a, b)
			})
			if len(codes) <= maxPartnerLayers {
				t.Fatalf("the sample has %d partner countries: too few to test the others' layer", len(codes))
			}
			top := codes[:maxPartnerLayers]

			coop := sheetName(tr("wb.sheet.cooperation"))
			rows := readSheet(t, f, coop)
			header, data := readSection(t, rows, coop, tr("chart.partners.title"))
			if n := len(data) - 1; n < 0 || data[n][0] != tr("wb.chart_data") {
				t.Fatalf("%s: no line under the chart's data that says so: %q", coop, data)
			}
			data = data[:len(data)-1]
			if len(data) != maxPartnerLayers+1 {
				t.Fatalf("%s: %d layers, want %d and the others", coop, len(data), maxPartnerLayers)
			}
			for i, code := range top {
				name, _ := i18n.Country(lang, code)
				if data[i][0] != name {
					t.Errorf("layer %d = %q, want %q", i+1, data[i][0], name)
				}
				for c, h := range header[1 : len(header)-1] {
					y, _ := strconv.Atoi(h)
					if got := data[i][c+1]; got != strconv.Itoa(byYear[code][y]) {
						t.Errorf("%s %s = %s, want %d", code, h, got, byYear[code][y])
					}
				}
			}
			others := 0
			for _, code := range codes[maxPartnerLayers:] {
				others += total[code]
			}
			if last := data[maxPartnerLayers]; last[0] != tr("chart.partners.other") || last[len(last)-1] != strconv.Itoa(others) {
				t.Errorf("the others' layer = %q, want %q with %d in all", last, tr("chart.partners.other"), others)
			}

			partners, affiliations := chartXML(t, path, tr("chart.partners.title")), chartXML(t, path, tr("chart.affiliations.title"))
			for _, x := range []string{partners, affiliations} {
				if !strings.Contains(x, `<grouping val="stacked">`) || !strings.Contains(x, `<varyColors val="0">`) {
					t.Errorf("chart not stacked, or its colours not fixed by layer: %.200s", x)
				}
			}
			var want []string
			for _, code := range top {
				want = append(want, charts.PartnerColour(code))
			}
			want = append(want, charts.OtherColour())
			if got := seriesColours(partners); !slices.Equal(got, want) {
				t.Errorf("partner layers in %q, want %q", got, want)
			}
			if !strings.Contains(partners, "&#39;"+coop+"&#39;!$A$") {
				t.Errorf("the partners chart does not draw from the %s sheet", coop)
			}
			// Arrests by affiliation: jihadist at the bottom, unknown on top.
			if got, want := seriesColours(affiliations), []string{charts.AffiliationColour("jihadist"), charts.AffiliationColour("unknown")}; !slices.Equal(got, want) {
				t.Errorf("affiliation layers in %q, want %q", got, want)
			}
		})
	}
}

// chartXML is the chart of the package at path titled title.
func chartXML(t *testing.T, path, title string) string {
	t.Helper()
	for _, c := range strings.Split(chartXMLs(t, path), "\x00") {
		if strings.Contains(c, "<a:t>"+title+"</a:t>") {
			return c
		}
	}
	t.Fatalf("no chart titled %q", title)
	return ""
}

// chartXMLs are the charts of the package at path, one after another,
// separated by NUL.
func chartXMLs(t *testing.T, path string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var out []string
	for _, zf := range z.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		out = append(out, string(b))
	}
	return strings.Join(out, "\x00")
}

// seriesColours are the fill colours of a chart's series, in order.
func seriesColours(chart string) []string {
	var out []string
	for _, ser := range strings.Split(chart, "<ser>")[1:] {
		_, after, ok := strings.Cut(ser, `<spPr><a:solidFill><a:srgbClr val="`)
		if ok {
			out = append(out, after[:6])
		}
	}
	return out
}

// TestStackedDataNotGiven: a year whose arrests no incident gives shows
// "—" in the affiliations chart's data, never 0; with no year giving
// arrests there is neither table nor chart.
func TestStackedDataNotGiven(t *testing.T) {
	in := sampleInput(t, "en")
	y := &in.Figures.Yearly[1]
	y.Arrests = analysis.NullInt{}
	f, path := writeTestWorkbook(t, in)
	header, data := readSection(t, readSheet(t, f, "Affiliation"), "Affiliation", i18n.T("en", "chart.affiliations.title"))
	col := slices.Index(header, strconv.Itoa(y.Year))
	if col < 0 {
		t.Fatalf("no column %d in %q", y.Year, header)
	}
	for _, r := range data[:len(data)-1] {
		if r[col] != notGiven {
			t.Errorf("%s %d = %q, want %s", r[0], y.Year, r[col], notGiven)
		}
	}
	chartXML(t, path, i18n.T("en", "chart.affiliations.title"))

	for i := range in.Figures.Yearly {
		in.Figures.Yearly[i].Arrests = analysis.NullInt{}
	}
	f, path = writeTestWorkbook(t, in)
	for _, row := range readSheet(t, f, "Affiliation") {
		if len(row) > 0 && row[0] == i18n.T("en", "chart.affiliations.title") {
			t.Error("a table of arrests by affiliation when no year gives arrests")
		}
	}
	if x := chartXMLs(t, path); strings.Contains(x, i18n.T("en", "chart.affiliations.title")) {
		t.Error("a chart of arrests by affiliation when no year gives arrests")
	}
}
