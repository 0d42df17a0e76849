package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// yearCount is what a test counts itself, per year, from the rows it
// wrote.
type yearCount struct {
	incidents, operations, foiled, failed, completed int
	arrests, arrestsGiven                            int
}

// exportFile writes rows of named values under the header in
// testdata/NAME-header.csv (the export's columns, as published).
func exportFile(t *testing.T, dir, header, name string, rows []map[string]string) string {
	t.Helper()
	h, err := os.ReadFile(filepath.Join("testdata", header+"-header.csv"))
	if err != nil {
		t.Fatal(err)
	}
	cols := strings.Split(strings.TrimSpace(string(h)), ",")
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(cols)
	for _, r := range rows {
		rec := make([]string, len(cols))
		for i, c := range cols {
			rec[i] = r[c]
		}
		w.Write(rec)
	}
	w.Flush()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// reportFigures is the part of figures.json these tests check.
type reportFigures struct {
	Yearly []struct {
		Year             int  `json:"year"`
		Incidents        int  `json:"incidents"`
		Operations       int  `json:"operations"`
		FoiledPlots      int  `json:"foiled_plots"`
		FailedAttacks    int  `json:"failed_attacks"`
		CompletedAttacks int  `json:"completed_attacks"`
		Arrests          *int `json:"arrests"`
		ArrestsGiven     int  `json:"arrests_given"`
	} `json:"yearly"`
	CountryAffiliation []struct {
		Country   string `json:"country"`
		Incidents int    `json:"incidents"`
	} `json:"country_affiliation"`
	Selection *struct {
		Country []string `json:"country"`
	} `json:"selection"`
	Quality struct {
		RowsRead  int `json:"rows_read"`
		Rejected  int `json:"rejected"`
		Incidents int `json:"incidents"`
	} `json:"quality"`
}

func readReportFigures(t *testing.T, dir string) reportFigures {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "figures.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f reportFigures
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// checkYears sets figures.json's yearly figures against a count of the
// rows written.
func checkYears(t *testing.T, what string, f reportFigures, want map[int]yearCount) {
	t.Helper()
	seen := 0
	for _, y := range f.Yearly {
		w, ok := want[y.Year]
		if !ok {
			if y.Incidents != 0 {
				t.Errorf("%s %d: %d incidents in a year with no row", what, y.Year, y.Incidents)
			}
			continue
		}
		seen++
		got := yearCount{y.Incidents, y.Operations, y.FoiledPlots, y.FailedAttacks, y.CompletedAttacks, 0, y.ArrestsGiven}
		if y.Arrests != nil {
			got.arrests = *y.Arrests
		} else if w.arrestsGiven > 0 {
			t.Errorf("%s %d: arrests null, %d incidents give them", what, y.Year, w.arrestsGiven)
		}
		if got != w {
			t.Errorf("%s %d: figures.json %+v, counted %+v", what, y.Year, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("%s: %d years in figures.json, %d written", what, seen, len(want))
	}
}

func byCountry(f reportFigures) map[string]int {
	out := map[string]int{}
	for _, ca := range f.CountryAffiliation {
		out[ca.Country] += ca.Incidents
	}
	return out
}

// issue 17's "done when": a GTD export loads as downloaded, and its
// incidents by year and by country, attacks by outcome and arrests equal
// a count made from the rows; --country MA on it reports the Moroccan
// incidents and says so.
func TestGTDExportAgainstACount(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(17, 1))
	countries := [][2]string{{"Morocco", "MA"}, {"Algeria", "DZ"}, {"Spain", "ES"}, {"France", "FR"}, {"Iraq", "IQ"},
		{"Ivory Coast", "CI"}, {"West Bank and Gaza Strip", "PS"}, {"Myanmar", "MM"}}
	captured := []string{"-99", "-9", "", "0", "1", "3", "2.0", "12"}
	groups := []string{"Unknown", "Islamic State of Iraq and the Levant (ISIL)", "Al-Qaida in the Islamic Maghreb (AQIM)", "Taliban", "Gunmen"}
	years := map[int]yearCount{}
	countries2017 := map[string]int{}
	var rows []map[string]string
	for y := 2012; y <= 2017; y++ {
		for i := range 90 {
			m, d := r.IntN(13), 0
			switch {
			case i == 0:
				m, d = 1, 1 // each year from January to December: the data covers it all
			case i == 89:
				m, d = 12, 28
			case m > 0:
				d = r.IntN(29)
			}
			c := countries[r.IntN(len(countries))]
			success, n := r.IntN(2), captured[r.IntN(len(captured))]
			rows = append(rows, map[string]string{"eventid": fmt.Sprintf("%d%02d%02d%04d", y, m, d, i), "iyear": strconv.Itoa(y),
				"imonth": strconv.Itoa(m), "iday": strconv.Itoa(d), "country": "1", "country_txt": c[0], "region_txt": "Middle East & North Africa",
				"success": strconv.Itoa(success), "nperpcap": n, "gname": groups[r.IntN(len(groups))], "nkill": strconv.Itoa(r.IntN(5)),
				"summary": fmt.Sprintf(`%d/%d/%d: "Assailants", the report says, attacked.`, m, d, y), "city": "Unknown",
				"latitude": fmt.Sprintf("%.6f", 20+r.Float64()*15), "longitude": fmt.Sprintf("%.6f", -10+r.Float64()*50)})
			yc := years[y]
			yc.incidents++
			if success == 1 {
				yc.completed++
			} else {
				yc.failed++
			}
			if v, err := strconv.ParseFloat(n, 64); err == nil && v >= 0 {
				yc.arrests += int(v)
				yc.arrestsGiven++
			}
			years[y] = yc
			if y == 2017 {
				countries2017[c[1]]++
			}
		}
	}
	// An attack between states has no country: rejected, never counted.
	rows = append(rows, map[string]string{"eventid": "201706060001", "iyear": "2017", "imonth": "6", "iday": "6", "country_txt": "International", "success": "1"})
	in := exportFile(t, dir, "gtd", "globalterrorismdb_0718dist.csv", rows)

	out := filepath.Join(dir, "out")
	code, _, stderr := ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2017", "--out", out, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "format=gtd") {
		t.Errorf("the file was not read as GTD:\n%s", stderr)
	}
	f := readReportFigures(t, filepath.Join(out, "2017"))
	if f.Quality.RowsRead != len(rows) || f.Quality.Rejected != 1 || f.Quality.Incidents != len(rows)-1 {
		t.Errorf("quality %+v, %d rows written", f.Quality, len(rows))
	}
	checkYears(t, "GTD", f, years)
	if got := byCountry(f); fmt.Sprint(got) != fmt.Sprint(countries2017) {
		t.Errorf("2017 by country %v, counted %v", got, countries2017)
	}

	code, _, stderr = ctreport(t, "run", "--as-of", "2026-11-28", "--period", "2017", "--out", out, "--country", "MA", in)
	if code != 0 {
		t.Fatalf("--country MA: exit %d: %s", code, stderr)
	}
	f = readReportFigures(t, filepath.Join(out, "2017"))
	if got := byCountry(f); len(got) != 1 || got["MA"] != countries2017["MA"] || countries2017["MA"] == 0 {
		t.Errorf("--country MA: by country %v, counted %d Moroccan incidents", got, countries2017["MA"])
	}
	if y := f.Yearly[len(f.Yearly)-1]; y.Year != 2017 || y.Incidents != countries2017["MA"] {
		t.Errorf("--country MA: 2017 has %d incidents, counted %d", y.Incidents, countries2017["MA"])
	}
	if f.Selection == nil || fmt.Sprint(f.Selection.Country) != "[MA]" {
		t.Errorf("figures.json selection %+v", f.Selection)
	}
	note, _ := os.ReadFile(filepath.Join(out, "2017", "brief.md"))
	if !strings.Contains(string(note), "--country MA") {
		t.Errorf("the note does not name the selection:\n%s", note)
	}
	// GTD has no partner field: the note says so rather than "no partner".
	if strings.Contains(string(note), "No partner country took part") || !strings.Contains(string(note), "record no partner countries") {
		t.Errorf("the note claims or leaves unsaid what GTD does not record about partners:\n%s", note)
	}
}

// An ACLED export, the current one and the older upper-case one, loads
// as downloaded: the events in scope are counted by year, country and
// type as a count of the rows says, the others read and left out.
func TestACLEDExportsAgainstACount(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(17, 2))
	type kind struct{ event, sub, as string }
	current := []kind{{"Strategic developments", "Arrests", "operation"}, {"Strategic developments", "Disrupted weapons use", "foiled_plot"},
		{"Explosions/Remote violence", "Suicide bomb", "completed_attack"}, {"Explosions/Remote violence", "Remote explosive/landmine/IED", "completed_attack"},
		{"Violence against civilians", "Attack", "completed_attack"}, {"Violence against civilians", "Abduction/forced disappearance", "completed_attack"},
		{"Battles", "Armed clash", ""}, {"Protests", "Peaceful protest", ""}, {"Explosions/Remote violence", "Air/drone strike", ""},
		{"Strategic developments", "Agreement", ""}}
	old := []kind{{"Remote violence", "", "completed_attack"}, {"Violence against civilians", "", "completed_attack"},
		{"Battle-No change of territory", "", ""}, {"Riots/Protests", "", ""}, {"Strategic development", "", ""}}
	countries := [][2]string{{"Morocco", "MA"}, {"Mali", "ML"}, {"Nigeria", "NG"}, {"Democratic Republic of Congo", "CD"}, {"Burkina Faso", "BF"}}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	years := map[int]yearCount{}
	countries2020 := map[string]int{}
	outOfScope := 0
	var rowsNew, rowsOld []map[string]string
	for y := 2015; y <= 2020; y++ {
		kinds := old
		if y >= 2018 {
			kinds = current
		}
		for i := range 80 {
			m, d := 1+r.IntN(12), 1+r.IntN(28)
			switch i {
			case 0:
				m = 1
			case 79:
				m = 12
			}
			k, c := kinds[r.IntN(len(kinds))], countries[r.IntN(len(countries))]
			id := fmt.Sprintf("%s%d%03d", c[1], y, i)
			if y >= 2018 {
				date := fmt.Sprintf("%d-%02d-%02d", y, m, d)
				if i%2 == 1 {
					date = fmt.Sprintf("%d %s %d", d, months[m-1], y)
				}
				rowsNew = append(rowsNew, map[string]string{"event_id_cnty": id, "event_date": date, "year": strconv.Itoa(y),
					"time_precision": strconv.Itoa(1 + r.IntN(3)), "event_type": k.event, "sub_event_type": k.sub,
					"actor1": "Police Forces of Morocco (1999-)", "actor2": "Islamic State (Morocco)", "country": c[0],
					"admin1": "Oriental", "location": "Nador", "latitude": "35.1681", "longitude": "-2.9335", "source": "Le360",
					"notes": "On " + date + ", an event.", "fatalities": "0"})
			} else {
				date := fmt.Sprintf("%02d-%s-%d", d, months[m-1], y)
				if i%2 == 1 {
					date = fmt.Sprintf("%02d-%s-%02d", d, months[m-1][:3], y%100)
				}
				rowsOld = append(rowsOld, map[string]string{"EVENT_ID_CNTY": id, "EVENT_DATE": date, "YEAR": strconv.Itoa(y),
					"TIME_PRECISION": "1", "EVENT_TYPE": k.event, "ACTOR1": "AQIM: Al Qaeda in the Islamic Maghreb", "COUNTRY": c[0],
					"LOCATION": "Gao", "LATITUDE": "16.27", "LONGITUDE": "-0.04", "SOURCE": "AFP", "FATALITIES": "1"})
			}
			if k.as == "" {
				outOfScope++
				continue
			}
			yc := years[y]
			yc.incidents++
			switch k.as {
			case "operation":
				yc.operations++
			case "foiled_plot":
				yc.foiled++
			case "completed_attack":
				yc.completed++
			}
			years[y] = yc
			if y == 2020 {
				countries2020[c[1]]++
			}
		}
	}
	in := []string{exportFile(t, dir, "acled-old", "acled-2015-2017.csv", rowsOld), exportFile(t, dir, "acled", "acled-2018-2020.csv", rowsNew)}
	out := filepath.Join(dir, "out")
	code, _, stderr := ctreport(t, append([]string{"run", "--as-of", "2026-11-28", "--period", "2020", "--out", out}, in...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "format=acled"); n != 2 {
		t.Errorf("%d files read as ACLED:\n%s", n, stderr)
	}
	f := readReportFigures(t, filepath.Join(out, "2020"))
	if f.Quality.RowsRead != len(rowsOld)+len(rowsNew) || f.Quality.Rejected != 0 || f.Quality.Incidents != len(rowsOld)+len(rowsNew)-outOfScope {
		t.Errorf("quality %+v; %d rows written, %d out of scope", f.Quality, len(rowsOld)+len(rowsNew), outOfScope)
	}
	checkYears(t, "ACLED", f, years)
	if got := byCountry(f); fmt.Sprint(got) != fmt.Sprint(countries2020) {
		t.Errorf("2020 by country %v, counted %v", got, countries2020)
	}
}
