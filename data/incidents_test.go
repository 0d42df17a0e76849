package data_test

import (
	"reflect"
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
