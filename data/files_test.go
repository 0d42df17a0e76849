package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ctreport/ctreport/data/synth"
	"github.com/xuri/excelize/v2"
)

func TestFileForms(t *testing.T) {
	for _, c := range []struct {
		name, content string
		incidents     int
		rejected      int
	}{
		{"comma", "incident_id,date,country\nA,2022-01-01,MA\n", 1, 0},
		{"semicolon", "incident_id;date;country;notes\nA;2022-01-01;MA;a, b\n", 1, 0},
		{"tab", "incident_id\tdate\tcountry\nA\t2022-01-01\tMA\n", 1, 0},
		{"BOM and CRLF", "\ufeffincident_id,date,country\r\nA,2022-01-01,MA\r\nB,2022-01-02,MA\r\n", 2, 0},
		{"no final newline", "incident_id,date,country\nA,2022-01-01,MA", 1, 0},
		{"quoted line break and quotes", "incident_id,date,country,notes\nA,2022-01-01,MA,\"two\nlines, \"\"quoted\"\"\"\nB,2022-01-02,MA,x\n", 2, 0},
		{"header case and aliases", "Incident-ID,DATE,Pays,Arrestations\nA,2022-01-01,MA,3\n", 1, 0},
		{"Arabic header", "رقم الحادثة,التاريخ,البلد\nA,2022-01-01,MA\n", 1, 0},
		{"header only", "incident_id,date,country\n", 0, 0},
		{"blank line skipped by csv", "incident_id,date,country\n\nA,2022-01-01,MA\n", 1, 0},
		{"bare quote", "incident_id,date,country\nA,2022-01-01,M\"A\nB,2022-01-02,MA\n", 1, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds := load(t, writeFile(t, "f.csv", c.content))
			tot := ds.Totals()
			if ds.Incidents.Nrow() != c.incidents || tot.Rejected != c.rejected {
				t.Errorf("incidents %d rejected %d (%v), want %d and %d", ds.Incidents.Nrow(), tot.Rejected, ds.Rejected, c.incidents, c.rejected)
			}
			if tot.RowsRead != tot.Accepted+tot.CopiesDropped+tot.Rejected {
				t.Errorf("rows read %d ≠ accepted + dropped + rejected %+v", tot.RowsRead, tot)
			}
		})
	}
}

func TestUnbalancedQuoteIsRejectedNotLost(t *testing.T) {
	ds := load(t, writeFile(t, "q.csv", "incident_id,date,country,notes\nA,2022-01-01,MA,ok\nB,2022-01-02,MA,\"never closed\nC,2022-01-03,MA,x\n"))
	if len(ds.Rejected) != 1 || ds.Rejected[0].Line != 3 || !strings.Contains(ds.Rejected[0].Reason, "cannot be split into fields") {
		t.Errorf("rejected = %v, want line 3's unterminated quote", ds.Rejected)
	}
	if ds.Incidents.Nrow() != 1 {
		t.Errorf("incidents = %d, want A only", ds.Incidents.Nrow())
	}
}

// Files that cannot be read at all stop the load with a message that names
// them; with KeepGoing they are skipped and said.
func TestUnreadableFiles(t *testing.T) {
	for _, c := range []struct {
		name, file, content, msg string
	}{
		{"not CSV at all", "x.csv", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "header is not valid UTF-8"},
		{"text that is not CSV", "x.csv", "Dear colleagues,\nplease find the figures attached.\n", "required column missing"},
		{"missing required column", "x.csv", "incident_id,date\nA,2022-01-01\n", "required column missing: country"},
		{"column twice", "x.csv", "incident_id,date,country,pays\nA,2022-01-01,MA,MA\n", "column country appears twice"},
		{"xlsx that is not a zip", "x.xlsx", "incident_id,date,country\n", "not a readable .xlsx workbook"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, c.file, c.content)
			_, err := Load([]string{path}, DefaultOptions(asOf))
			var fe *FileError
			if !errors.As(err, &fe) || !strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err = %v, want a FileError naming %s and saying %q", err, path, c.msg)
			}
			opts := DefaultOptions(asOf)
			opts.KeepGoing = true
			good := writeFile(t, "good.csv", "incident_id,date,country\nA,2022-01-01,MA\n")
			ds, err := Load([]string{path, good}, opts)
			if err != nil || ds.Incidents.Nrow() != 1 || len(ds.Warnings) != 1 || !strings.Contains(ds.Warnings[0].Error(), "file skipped") {
				t.Errorf("keep going: err %v, warnings %v", err, ds.Warnings)
			}
		})
	}
}

// A column without a name (a trailing delimiter, say) is kept as column_N.
func TestUnnamedColumn(t *testing.T) {
	ds := load(t, writeFile(t, "x.csv", "incident_id,date,country,\nA,2022-01-01,MA,kept\n"))
	if got := col(t, ds, "column_4"); len(got) != 1 || got[0] != "kept" {
		t.Errorf("column_4 = %v", got)
	}
}

// A file of 0 bytes cannot be read: whatever it was meant to hold is
// missing. One with bytes but no rows (a byte-order mark, blank lines, a
// header alone) is read as no rows, with a warning that names it.
func TestEmptyFile(t *testing.T) {
	for _, name := range []string{"zero.csv", "zero.xlsx"} {
		path := writeFile(t, name, "")
		_, err := Load([]string{path}, DefaultOptions(asOf))
		var fe *FileError
		if !errors.As(err, &fe) || err.Error() != path+": empty file, 0 bytes" {
			t.Errorf("%s: err = %v, want %q", name, err, path+": empty file, 0 bytes")
		}
	}
	for _, c := range []struct{ name, content, code string }{
		{"BOM only", "\ufeff", "empty_file"},
		{"blank lines only", "\n\r\n\n", "empty_file"},
		{"header only", "incident_id,date,country\n", "no_rows"},
		{"header and blank lines", "\ufeffincident_id,date,country\r\n\r\n\n", "no_rows"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, "f.csv", c.content)
			ds := load(t, path)
			if ds.Incidents.Nrow() != 0 || len(ds.Files) != 1 || ds.Files[0].RowsRead != 0 || ds.Files[0].Skipped || len(ds.Skipped) != 0 {
				t.Errorf("%d incidents, files %+v, skipped %+v", ds.Incidents.Nrow(), ds.Files, ds.Skipped)
			}
			if len(ds.Warnings) != 1 || ds.Warnings[0].Code != c.code || ds.Warnings[0].File != path {
				t.Errorf("warnings %v, want one %s naming %s", ds.Warnings, c.code, path)
			}
		})
	}
}

// With KeepGoing a file that cannot be read is accounted for: in Skipped,
// with the reason, its size and SHA-256, and in Inputs in the order given.
func TestKeepGoingAccountsForSkippedFiles(t *testing.T) {
	zero := writeFile(t, "a-zero.csv", "")
	good := writeFile(t, "b-good.csv", "incident_id,date,country\nA,2022-01-01,MA\n")
	bad := writeFile(t, "c-bad.csv", "incident_id,date\nA,2022-01-01\n")
	opts := DefaultOptions(asOf)
	opts.KeepGoing = true
	ds, err := Load([]string{zero, good, bad}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Files) != 1 || ds.Files[0].Path != good || ds.Files[0].Skipped {
		t.Errorf("files %+v, want %s read", ds.Files, good)
	}
	in := ds.Inputs()
	if len(in) != 3 || in[0].Path != zero || in[1].Path != good || in[2].Path != bad {
		t.Fatalf("inputs %+v, want the three files in the order given", in)
	}
	if !in[0].Skipped || in[0].Reason != "empty file, 0 bytes" || in[0].Size != 0 ||
		in[0].SHA256 != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("0-byte file: %+v", in[0])
	}
	if !in[2].Skipped || !strings.Contains(in[2].Reason, "required column missing: country") || strings.Contains(in[2].Reason, bad) || in[2].Size != 30 || len(in[2].SHA256) != 64 {
		t.Errorf("file without country: %+v", in[2])
	}
	if tot := ds.Totals(); tot.RowsRead != 1 || tot.Accepted != 1 {
		t.Errorf("totals %+v", tot)
	}
	if len(ds.Warnings) != 2 || ds.Warnings[0].Code != "file_skipped" || ds.Warnings[1].Code != "file_skipped" {
		t.Errorf("warnings %v, want two file_skipped", ds.Warnings)
	}
}

func TestHugeField(t *testing.T) {
	big := strings.Repeat("x", 10<<20)
	ds := load(t, writeFile(t, "big.csv", "incident_id,date,country,notes\nA,2022-01-01,MA,"+big+"\nB,2022-01-02,MA,small\n"))
	if ds.Incidents.Nrow() != 2 || len(col(t, ds, ColNotes)[0]) != 10<<20 {
		t.Errorf("a 10 MB field must load whole")
	}
}

func TestExpandInputs(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b.csv", "a.xlsx", "c.txt", "a.csv"} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	got, err := ExpandInputs([]string{dir})
	if err != nil || strings.Join(got, ",") != filepath.Join(dir, "a.csv")+","+filepath.Join(dir, "a.xlsx")+","+filepath.Join(dir, "b.csv") {
		t.Errorf("directory: %v %v", got, err)
	}
	got, err = ExpandInputs([]string{filepath.Join(dir, "*.csv")})
	if err != nil || len(got) != 2 {
		t.Errorf("glob: %v %v", got, err)
	}
	if _, err := ExpandInputs([]string{filepath.Join(dir, "*.none")}); err == nil || !strings.Contains(err.Error(), "matches no file") {
		t.Errorf("empty glob: %v", err)
	}
	if _, err := ExpandInputs([]string{filepath.Join(dir, "missing.csv")}); err == nil {
		t.Error("a missing file must be an error")
	}
	// A folder with no file to read gives an error that names it, not an
	// empty list (which would mean "no input named").
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("x"), 0o644)
	os.Mkdir(filepath.Join(empty, "sub.csv"), 0o755)
	if got, err := ExpandInputs([]string{dir, empty}); err == nil || err.Error() != "input "+empty+": no .csv or .xlsx file in this folder" {
		t.Errorf("empty folder: %v %v", got, err)
	}
}

// An .xlsx holding the seed example's rows gives the same incident as the
// CSV, also when its dates are real spreadsheet dates.
func TestXLSXSameAsCSV(t *testing.T) {
	csvDS := load(t, "testdata/seed.csv")
	f := excelize.NewFile()
	rows := [][]any{
		{"incident_id", "date", "country", "event_type", "cells_dismantled", "arrests", "arrests_by_country", "partner_countries", "cooperation_type", "group", "city", "lead_agency", "linked_incident_ids", "seized", "source_name", "source_lang"},
		{"MA-2022-10-04-NADOR", "2022-10-04", "MA", "operation", 1, 12, "MA:2;ES:9", "ES", "joint_operation", "داعش", "Nador", "BCIJ", "MA-2019-12-NADOR", "phones;sim_cards;computer;digital_media", "press article (seed)", "ar"},
		{"MA-2022-10-04-NADOR", 44838, "MA", "operation", 1, 11, "MA:2;ES:9", "ES", "joint_operation", "ISIS", "Nador", "BCIJ", "MA-2019-12-NADOR", "phones;sim_cards;computer;digital_media", "DGSN communiqué", "ar"},
		{"MA-2022-10-04-NADOR", "2022-10-04", "MA", "operation", 1, 13, "MA:2;ES:11", "ES", "joint_operation", "Estado Islámico", "Melilla", "CGI", nil, nil, "Spanish interior ministry", "es"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "seed.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	xDS := load(t, path)
	for _, c := range []string{ColIncidentID, ColDate, ColArrests, ColArrestsByCountry, ColCity, ColGroup, ColSources} {
		if a, b := col(t, csvDS, c)[0], col(t, xDS, c)[0]; a != b {
			t.Errorf("%s: csv %q, xlsx %q", c, a, b)
		}
	}
	if len(xDS.Notes) != len(csvDS.Notes) || xDS.Files[0].RowsRead != 3 {
		t.Errorf("xlsx notes %d rows %d", len(xDS.Notes), xDS.Files[0].RowsRead)
	}
}

// Source URLs are kept by the parser that read them, then gathered: over
// many files (more parsers than own-text codes can name) every incident
// keeps its own.
func TestSourceURLsOverManyFiles(t *testing.T) {
	var files []string
	want := map[string]string{}
	for f := range ownWorkers/2 + 10 {
		var b strings.Builder
		b.WriteString("incident_id,date,country,source_url\n")
		for i := range 3 {
			id := fmt.Sprintf("F%d-%d", f, i)
			url := fmt.Sprintf("https://example.org/%d/%d", f, i)
			want[id] = url
			fmt.Fprintf(&b, "%s,2022-01-0%d,MA,%s\n", id, i+1, url)
		}
		files = append(files, writeFile(t, fmt.Sprintf("f%03d.csv", f), b.String()))
	}
	ds, err := Load(files, DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	ids, urls := col(t, ds, ColIncidentID), col(t, ds, ColSourceURL)
	if len(ids) != len(want) {
		t.Fatalf("%d incidents, want %d", len(ids), len(want))
	}
	for i, id := range ids {
		if urls[i] != want[id] {
			t.Errorf("%s: url %q, want %q", id, urls[i], want[id])
		}
	}
}

// Loads running at once in one process keep to their own chunks.
func TestConcurrentLoads(t *testing.T) {
	var paths []string
	for seed := range 2 {
		cfg := synth.DefaultConfig()
		cfg.Rows, cfg.Seed = 40_000, uint64(seed+1)
		var b strings.Builder
		if err := synth.Write(&b, cfg); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, writeFile(t, fmt.Sprintf("s%d.csv", seed), b.String()))
	}
	digest := func(ds *Dataset) string {
		ids, urls, cities := col(t, ds, ColIncidentID), col(t, ds, ColSourceURL), col(t, ds, ColCity)
		return fmt.Sprint(len(ids), ids[len(ids)/2], urls[len(urls)/3], cities[len(cities)-1], ds.NoteCount)
	}
	want := make([]string, len(paths))
	for i, p := range paths {
		ds, err := Load([]string{p}, DefaultOptions(asOf))
		if err != nil {
			t.Fatal(err)
		}
		want[i] = digest(ds)
	}
	got := make([]string, 2*len(paths))
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if ds, err := Load([]string{paths[i%len(paths)]}, DefaultOptions(asOf)); err == nil {
				got[i] = digest(ds)
			}
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want[i%len(paths)] {
			t.Errorf("load %d at once: %s, alone: %s", i, g, want[i%len(paths)])
		}
	}
}

// A workbook whose first sheet has a header and no row is read as no
// rows, with the same warning as a CSV file.
func TestXLSXHeaderOnly(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"incident_id", "date", "country"})
	path := filepath.Join(t.TempDir(), "header.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	ds := load(t, path)
	if len(ds.Files) != 1 || ds.Files[0].RowsRead != 0 || len(ds.Warnings) != 1 || ds.Warnings[0].Code != "no_rows" || ds.Warnings[0].File != path {
		t.Errorf("files %+v, warnings %v", ds.Files, ds.Warnings)
	}
}
