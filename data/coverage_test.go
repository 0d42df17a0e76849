package data

import (
	"strings"
	"testing"
	"time"
)

func TestParseCoverage(t *testing.T) {
	run, files, err := ParseCoverage("1970..2017")
	if err != nil || run == nil || files != nil || run.String() != "1970-01-01..2017-12-31" {
		t.Errorf("run-wide: %v %v %v", run, files, err)
	}
	run, files, err = ParseCoverage("gtd.csv=1970..2017, desk.csv=2024-01..2024-10-15")
	if err != nil || run != nil || files["gtd.csv"].String() != "1970-01-01..2017-12-31" || files["desk.csv"].String() != "2024-01-01..2024-10-15" {
		t.Errorf("per file: %v %v %v", run, files, err)
	}
	for _, bad := range []string{"", "1970", "2017..1970", "1970..2017,1980..1990", "a.csv=1970..2017,a.csv=1980..1990", "=1970..2017"} {
		if _, _, err := ParseCoverage(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// A coverage declared for one file replaces that file's own span; the
// other files keep theirs, and the years between have no data.
func TestCoveragePerFile(t *testing.T) {
	head := "incident_id,date,country\n"
	a := writeFile(t, "a.csv", head+"A1,2010-03-05,MA\nA2,2012-06-01,MA\n")
	b := writeFile(t, "b.csv", head+"B1,2020-02-01,MA\nB2,2022-11-30,MA\n")
	opts := DefaultOptions(time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	_, opts.FileCoverage, _ = ParseCoverage("a.csv=2010..2015")
	ds, err := Load([]string{a, b}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range ds.Coverage {
		got = append(got, s.String())
	}
	if strings.Join(got, " ") != "2010-01-01..2015-12-31 2020-02-01..2022-11-30" || !ds.Declared {
		t.Errorf("coverage %v (declared %v), want a.csv's declared span and b.csv's own", got, ds.Declared)
	}
}
