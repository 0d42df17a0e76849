package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var asOf = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

func load(t *testing.T, files ...string) *Dataset {
	t.Helper()
	ds, err := Load(files, DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	checkFilesNoPoison(t, ds, files...)
	return ds
}

// writeFile writes content to a file in a fresh temporary folder.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// col returns a column of the incidents, from the table or the details.
func col(t *testing.T, ds *Dataset, name string) []string {
	t.Helper()
	df, details := ds.Incidents.Frame(nil)
	if v := details.Column(name); v != nil {
		return v
	}
	if name == ColLatitude || name == ColLongitude {
		v := details.Latitude
		if name == ColLongitude {
			v = details.Longitude
		}
		out := make([]string, len(v))
		for i, f := range v {
			out[i] = formatCoordinate(f)
		}
		return out
	}
	s := df.Col(name)
	if s.Err != nil {
		t.Fatalf("column %s: %v", name, s.Err)
	}
	return s.Records()
}

// The seed example of docs/input.md: one incident, three sources.
func TestSeedExample(t *testing.T) {
	for _, file := range []string{"testdata/seed.csv", "testdata/seed-ar.csv"} {
		t.Run(file, func(t *testing.T) {
			ds := load(t, file)
			if n := ds.Incidents.Nrow(); n != 1 {
				t.Fatalf("incidents = %d, want 1", n)
			}
			want := map[string]string{
				ColIncidentID: "MA-2022-10-04-NADOR", ColDate: "2022-10-04", ColCountry: "MA",
				ColCellsDismantled: "1", ColArrests: "11", ColArrestsByCountry: "MA:2;ES:9",
				ColPartnerCountries: "ES", ColCooperationType: "joint_operation", ColGroup: "ISIS",
				ColAffiliation: "jihadist", ColCity: "Nador", ColLeadAgency: "BCIJ", ColSources: "3",
				ColLinkedIncidents: "MA-2019-12-NADOR", ColSeized: "phones;sim_cards;computer;digital_media",
				"source_lang": "ar",
			}
			for c, v := range want {
				if got := col(t, ds, c)[0]; got != v {
					t.Errorf("%s = %q, want %q", c, got, v)
				}
			}
			acct := ds.Files[0]
			if acct.RowsRead != 3 || acct.Accepted != 3 || acct.CopiesDropped != 0 || acct.Rejected != 0 {
				t.Errorf("accounting = %+v", acct)
			}
			var fields []string
			for _, n := range ds.Notes {
				fields = append(fields, n.Field)
			}
			if got := strings.Join(fields, ","); got != "arrests,arrests_by_country ES,city,lead_agency" {
				t.Errorf("notes on %s, want arrests, ES arrests, city, lead agency", got)
			}
			if n := ds.Notes[0]; n.Used != "11" || len(n.Values) != 3 || n.Values[0].Value != "12" || n.Values[1].Value != "11" || n.Values[2].Value != "13" {
				t.Errorf("arrests note = %v", n)
			}
			if len(ds.Warnings) != 2 || !strings.Contains(ds.Warnings[0].Reason, "unknown column") ||
				!strings.Contains(ds.Warnings[1].Reason, "arrests 12 differ from the arrests_by_country total 11") || ds.Warnings[1].Line != 2 {
				t.Errorf("warnings = %v, want the unknown column source_lang and the 12 ≠ 2+9 mismatch on line 2", ds.Warnings)
			}
			if len(ds.UnknownColumns) != 1 || ds.UnknownColumns[0] != "source_lang" {
				t.Errorf("unknown columns = %v", ds.UnknownColumns)
			}
		})
	}
}
