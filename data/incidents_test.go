package data_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// The table a load builds and the same incidents handed in as a Gota
// DataFrame (Frame, then FromFrame) give the same figures, and the frame
// has a row per incident with the table's values.
func TestFrameRoundTrip(t *testing.T) {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	df, details := ds.Incidents.Frame(nil)
	if df.Nrow() != ds.Incidents.Nrow() || len(details.Latitude) != df.Nrow() {
		t.Fatalf("frame of %d rows, details of %d, for %d incidents", df.Nrow(), len(details.Latitude), ds.Incidents.Nrow())
	}
	again, err := data.FromFrame(df)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"2015", "2022", "2023-Q2", "2025-06"} {
		period, err := analysis.ParsePeriod(p, asOf)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := analysis.Compute(ds.Incidents, period, asOf), analysis.Compute(again, period, asOf); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: the figures differ once the table has been a DataFrame", p)
		}
	}
	// Some rows only: the seed incident of 2022-10-04 among them.
	year, month, day := ds.Incidents.Dates()
	var rows []int
	for i := range year {
		if year[i] == 2022 && month[i] == 10 && day[i] == 4 {
			rows = append(rows, i)
		}
	}
	sub, subDetails := ds.Incidents.Frame(rows)
	ids := sub.Col(data.ColIncidentID).Records()
	arrests, _ := sub.Col(data.ColArrests).Int()
	found := false
	for k, id := range ids {
		if id == "MA-2022-10-04-NADOR" {
			found = true
			if arrests[k] != 11 || sub.Col(data.ColArrestsByCountry).Records()[k] != "MA:2;ES:9" || subDetails.Column(data.ColLeadAgency)[k] == "" {
				t.Errorf("seed incident: arrests %d, by country %q, agency %q", arrests[k], sub.Col(data.ColArrestsByCountry).Records()[k], subDetails.Column(data.ColLeadAgency)[k])
			}
		}
	}
	if !found || sub.Nrow() != len(rows) {
		t.Errorf("rows of 2022-10-04: %v (%d rows asked, %d given)", ids, len(rows), sub.Nrow())
	}
}

// Values the merge fills in (affiliation unknown, cooperation none) are
// counted once per incident, however many workers merged the table.
func TestFilledValuesCountOnce(t *testing.T) {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	b.WriteString("incident_id,date,country,arrests\n")
	const n = 20000 // enough incidents for the merge to be split
	for i := range n {
		fmt.Fprintf(&b, "I%d,2022-%02d-01,MA,1\n", i, i%12+1)
	}
	path := filepath.Join(t.TempDir(), "x.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load([]string{path}, data.DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	period, _ := analysis.ParsePeriod("2022", asOf)
	f := analysis.Compute(ds.Incidents, period, asOf)
	for _, c := range []struct {
		name string
		got  []analysis.KeyYear
		key  string
	}{{"affiliations", f.Breakdowns.Affiliations, "unknown"}, {"cooperation types", f.Breakdowns.CooperationTypes, "none"}} {
		if len(c.got) != 1 || c.got[0].Key != c.key || c.got[0].Incidents != n {
			t.Errorf("%s = %+v, want %d incidents %s", c.name, c.got, n, c.key)
		}
	}
}
