package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// formerGTDFile writes a GTD-format file (the export's column names, a
// part of them) of 1989 incidents in former states and in today's
// countries; country_txt name i has i+1 incidents. It returns the count
// of incidents by country_txt, made from the rows written.
func formerGTDFile(t *testing.T) (string, map[string]int) {
	t.Helper()
	names := []string{"Soviet Union", "Russia", "West Germany (FRG)", "East Germany (GDR)", "Germany", "Yugoslavia", "Czechoslovakia", "Zaire", "Morocco"}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(strings.Split("eventid,iyear,imonth,iday,extended,country,country_txt,region,region_txt,provstate,city,latitude,longitude,summary,success,gname,gname2,gname3,nperps,nperpcap,nkill,related", ","))
	count := map[string]int{}
	id := 0
	for i, name := range names {
		for range i + 1 {
			id++
			w.Write([]string{fmt.Sprintf("1989%06d", id), "1989", fmt.Sprint(1 + id%12), "5", "0", "", name, "", "", "", "", "", "", "", "1", "Unknown", "", "", "-99", "-99", "0", ""})
			count[name]++
		}
	}
	w.Flush()
	path := filepath.Join(t.TempDir(), "globalterrorismdb_0718dist.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, count
}

// incidentsByCountry reads figures.json's country_affiliation, summed over
// affiliations.
func incidentsByCountry(t *testing.T, path string) map[string]int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		CountryAffiliation []struct {
			Country   string `json:"country"`
			Incidents int    `json:"incidents"`
		} `json:"country_affiliation"`
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, ca := range f.CountryAffiliation {
		out[ca.Country] += ca.Incidents
	}
	return out
}

// A GTD file with rows in former states: by default each is counted under
// its successor with a warning per row; with --former-states apart under
// its own code, named in the report's language in the workbook, recorded
// in manifest.json, and selected by name with --country.
func TestFormerStatesEndToEnd(t *testing.T) {
	in, byName := formerGTDFile(t)
	successor := map[string]int{
		"RU": byName["Soviet Union"] + byName["Russia"],
		"DE": byName["West Germany (FRG)"] + byName["East Germany (GDR)"] + byName["Germany"],
		"RS": byName["Yugoslavia"], "CZ": byName["Czechoslovakia"], "CD": byName["Zaire"], "MA": byName["Morocco"],
	}
	apart := map[string]int{
		"SUHH": byName["Soviet Union"], "RU": byName["Russia"], "XDEW": byName["West Germany (FRG)"], "DDDE": byName["East Germany (GDR)"],
		"DE": byName["Germany"], "YUCS": byName["Yugoslavia"], "CSHH": byName["Czechoslovakia"], "ZRCD": byName["Zaire"], "MA": byName["Morocco"],
	}
	formerRows := byName["Soviet Union"] + byName["West Germany (FRG)"] + byName["East Germany (GDR)"] + byName["Yugoslavia"] + byName["Czechoslovakia"] + byName["Zaire"]

	out := filepath.Join(t.TempDir(), "out")
	dir := filepath.Join(out, "1989")
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "1989", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got := incidentsByCountry(t, filepath.Join(dir, "figures.json")); !maps.Equal(got, successor) {
		t.Errorf("by default, incidents by country %v, want %v", got, successor)
	}
	f := readFigures(t, filepath.Join(dir, "figures.json"))
	if f.Quality.Incidents != 45 || !strings.Contains(stderr, fmt.Sprintf("warnings=%d", formerRows)) {
		t.Errorf("by default %d incidents, and the log does not count %d former-state warnings:\n%s", f.Quality.Incidents, formerRows, stderr)
	}
	if man, _ := os.ReadFile(filepath.Join(dir, "manifest.json")); strings.Contains(string(man), "former_states") {
		t.Errorf("the default is recorded:\n%s", man)
	}

	code, _, stderr = ctreport(t, "run", "--as-of", "2026-11-28", "--period", "1989", "--out", out, "--lang", "fr", "--former-states", "apart", in)
	if code != 0 {
		t.Fatalf("apart: exit %d: %s", code, stderr)
	}
	if got := incidentsByCountry(t, filepath.Join(dir, "figures.json")); !maps.Equal(got, apart) {
		t.Errorf("apart, incidents by country %v, want %v", got, apart)
	}
	if !strings.Contains(stderr, "warnings=0") {
		t.Errorf("apart, warnings:\n%s", stderr)
	}
	if man, _ := os.ReadFile(filepath.Join(dir, "manifest.json")); !strings.Contains(string(man), `"former_states": "apart"`) {
		t.Errorf("manifest.json does not record the setting:\n%s", man)
	}
	// The workbook names each former state in French beside its code.
	wb, err := excelize.OpenFile(filepath.Join(dir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	named := map[string]bool{}
	for _, sheet := range wb.GetSheetList() {
		rows, _ := wb.GetRows(sheet)
		for _, r := range rows {
			for i := 0; i+1 < len(r); i++ {
				named[r[i]+"|"+r[i+1]] = true
			}
		}
	}
	for _, pair := range []string{"Union soviétique|SUHH", "Allemagne de l'Ouest|XDEW", "Allemagne de l'Est|DDDE", "Yougoslavie|YUCS", "Tchécoslovaquie|CSHH", "Zaïre|ZRCD"} {
		if !named[pair] {
			t.Errorf("the workbook has no row %q", pair)
		}
	}
	for _, sheet := range wb.GetSheetList() {
		rows, _ := wb.GetRows(sheet)
		for _, r := range rows {
			if slices.Contains(r, "SUHH") && !slices.Contains(r, "Union soviétique") {
				t.Errorf("sheet %s: SUHH without its name: %v", sheet, r)
				break
			}
		}
	}

	// --country reads a former state as the load does.
	code, _, stderr = ctreport(t, "run", "--as-of", "2026-11-28", "--period", "1989", "--out", out, "--former-states", "apart", "--country", "Soviet Union", in)
	if code != 0 {
		t.Fatalf("--country: exit %d: %s", code, stderr)
	}
	if got := incidentsByCountry(t, filepath.Join(dir, "figures.json")); !maps.Equal(got, map[string]int{"SUHH": byName["Soviet Union"]}) {
		t.Errorf("--country Soviet Union: %v", got)
	}
	if note, _ := os.ReadFile(filepath.Join(dir, "brief.md")); !strings.Contains(string(note), "--country SUHH") {
		t.Errorf("the note does not name the selection:\n%s", note)
	}
	code, _, stderr = ctreport(t, "run", "--as-of", "2026-11-28", "--period", "1989", "--out", out, "--former-states", "apart", "--region", "Eastern Europe", in)
	if code != 0 {
		t.Fatalf("--region: exit %d: %s", code, stderr)
	}
	if got, want := incidentsByCountry(t, filepath.Join(dir, "figures.json")), map[string]int{"SUHH": apart["SUHH"], "RU": apart["RU"], "CSHH": apart["CSHH"]}; !maps.Equal(got, want) {
		t.Errorf("--region Eastern Europe: %v, want %v", got, want)
	}
	if code, _, stderr = ctreport(t, "run", "--out", out, "--former-states", "separate", in); code != 2 || !strings.Contains(stderr, "want successor or apart") {
		t.Errorf("a bad value: exit %d: %s", code, stderr)
	}
}
