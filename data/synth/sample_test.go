package synth

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/sample/incidents.csv from Sample()")

var samplePath = filepath.Join("..", "sample", "incidents.csv")

func sample(t testing.TB, seed uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writeSample(&buf, seed); err != nil {
		t.Fatalf("writing the sample (seed %d): %v", seed, err)
	}
	return buf.Bytes()
}

// TestSampleFile fails when the committed sample is not what Sample
// writes; go test ./data/synth -run TestSampleFile -update rewrites it.
func TestSampleFile(t *testing.T) {
	var buf bytes.Buffer
	if err := Sample(&buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(samplePath, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatalf("%v (run go test ./data/synth -run TestSampleFile -update)", err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Fatalf("%s differs from Sample()'s output (%d vs %d bytes); run go test ./data/synth -run TestSampleFile -update",
			samplePath, len(got), buf.Len())
	}
}

func TestSampleRows(t *testing.T) {
	header, rows := readAll(t, sample(t, sampleSeed))
	if strings.Join(header, ",") != strings.Join(Header, ",") {
		t.Fatalf("header = %v", header)
	}
	if len(rows) < 300 || len(rows) > 1500 {
		t.Errorf("%d rows, want a few hundred to 1,500", len(rows))
	}
	for i, row := range rows {
		real := i < len(realRows)
		if real && strings.Join(row, ",") != strings.Join(realRows[i], ",") {
			t.Errorf("row %d = %q, want the real row %q", i+1, row, realRows[i])
		}
		if synthetic := strings.Contains(row[fSource], "synthetic"); synthetic == real {
			t.Errorf("row %d: source %q, real = %v", i+1, row[fSource], real)
		}
	}
	t.Logf("%d rows", len(rows))
}

// merged is one incident after the reference merge of docs/input.md's default
// rule: each count the lowest among the reports that give it, single
// values from the first report, partners united.
type merged struct {
	year                 int
	event, country, coop string
	group                string
	cells, arrests       int
	hasCells, hasArrests bool
	partners             map[string]bool
}

// referenceMerge is the test's own small merge, independent of reconcile.
func referenceMerge(t *testing.T, rows [][]string) []*merged {
	t.Helper()
	byID := map[string]*merged{}
	var out []*merged
	for i, row := range rows {
		m := byID[row[fID]]
		if m == nil {
			y, err := strconv.Atoi(row[fDate][:4])
			if err != nil {
				t.Fatalf("row %d: date %q", i+1, row[fDate])
			}
			m = &merged{year: y, event: row[fEvent], country: row[fCountry], coop: row[fCoop],
				group: row[fGroup], partners: map[string]bool{}}
			byID[row[fID]] = m
			out = append(out, m)
		}
		if s := row[fCells]; s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("row %d: cells %q", i+1, s)
			}
			if !m.hasCells || n < m.cells {
				m.cells, m.hasCells = n, true
			}
		}
		if s := row[fArrests]; s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("row %d: arrests %q", i+1, s)
			}
			if !m.hasArrests || n < m.arrests {
				m.arrests, m.hasArrests = n, true
			}
		}
		for _, p := range strings.Split(row[fPartners], ";") {
			if p != "" {
				m.partners[p] = true
			}
		}
	}
	return out
}

// TestSampleCalibration checks the reconciled sample, real incidents
// included, against the calibration table and the figures of docs/sample.md.
func TestSampleCalibration(t *testing.T) {
	for _, seed := range []uint64{sampleSeed, 2, 3, 4, 5, 6, 7, 8} {
		_, rows := readAll(t, sample(t, seed))
		checkCalibration(t, seed, referenceMerge(t, rows))
	}
}

func checkCalibration(t *testing.T, seed uint64, incs []*merged) {
	t.Helper()
	isis := set("ISIS", "IS", "ISIL", "Daesh", "Daech", "داعش", "État islamique",
		"Estado Islámico", "الدولة الإسلامية", "تنظيم الدولة")
	type totals struct{ cells, arrests, cellArrests, foiled, maesOps, maesArrests, completed, failed int }
	got := map[int]*totals{}
	cellsSince2013, isisCells := 0, 0
	for _, m := range incs {
		tt := got[m.year]
		if tt == nil {
			tt = &totals{}
			got[m.year] = tt
		}
		tt.cells += m.cells
		tt.arrests += m.arrests
		if m.cells > 0 {
			tt.cellArrests += m.arrests
		}
		switch m.event {
		case "foiled_plot":
			tt.foiled++
		case "completed_attack":
			tt.completed++
		case "failed_attack":
			tt.failed++
		}
		if strings.HasSuffix(m.event, "_attack") && m.cells != 0 {
			t.Errorf("seed %d: an attack with %d cells", seed, m.cells)
		}
		if m.country == "MA" && m.partners["ES"] && m.coop == "joint_operation" {
			tt.maesOps++
			tt.maesArrests += m.arrests
		}
		if m.year >= 2013 {
			cellsSince2013 += m.cells
			if isis[m.group] {
				isisCells += m.cells
			}
		}
	}
	for _, want := range Targets() {
		g := got[want.Year]
		if g == nil {
			t.Errorf("seed %d: no incident in %d", seed, want.Year)
			continue
		}
		if g.cells != want.Cells || g.arrests != want.Arrests || g.foiled != want.FoiledPlots ||
			g.maesOps != want.MAESOps || g.maesArrests != want.MAESArrests ||
			g.completed != want.Completed || g.failed != want.Failed ||
			want.CellArrests > 0 && g.cellArrests != want.CellArrests {
			t.Errorf("seed %d: %d: got %+v, want %+v", seed, want.Year, *g, want)
		}
	}
	if len(got) != len(Targets()) {
		t.Errorf("seed %d: incidents in %d years, want %d", seed, len(got), len(Targets()))
	}
	sum := func(from, to int) (cells, arrests, foiled int) {
		for y := from; y <= to; y++ {
			if g := got[y]; g != nil {
				cells, arrests, foiled = cells+g.cells, arrests+g.arrests, foiled+g.foiled
			}
		}
		return
	}
	// The figures of docs/sample.md, written out rather than taken
	// from Targets, so that a change of the table that breaks them fails.
	for _, f := range []struct {
		name                 string
		from, to             int
		cells, arrests       int
		minFoiled, maxFoiled int
	}{
		{"2002–2021 (C5)", 2002, 2021, 214, 4304, 501, 1 << 30},
		{"2002–2014 (C1, Mar 2015)", 2002, 2014, 132, 2720, 266, 276},
		{"2015 (Y1)", 2015, 2015, 21, 275, 0, 1 << 30},
		{"2016 (Y2)", 2016, 2016, 19, 276, 0, 1 << 30},
		{"2017 (Y3)", 2017, 2017, 9, 186, 0, 1 << 30},
		{"2023 (Y5)", 2023, 2023, 6, 56, 0, 1 << 30},
	} {
		c, a, fp := sum(f.from, f.to)
		if c != f.cells || a != f.arrests || fp < f.minFoiled || fp > f.maxFoiled {
			t.Errorf("seed %d: %s: %d cells, %d arrests, %d plots foiled; want %d, %d, %d–%d",
				seed, f.name, c, a, fp, f.cells, f.arrests, f.minFoiled, f.maxFoiled)
		}
	}
	if g := got[2018]; g == nil || g.cells < 8 {
		t.Errorf("seed %d: 2018: fewer than the 8 cells of docs/sample.md Y4", seed)
	}
	if g := got[2023]; g == nil || g.cellArrests != 16 {
		t.Errorf("seed %d: 2023: want 16 arrested in cells (docs/sample.md Y5)", seed)
	}
	for _, f := range []struct{ year, ops, arrests int }{{2014, 5, 40}, {2015, -1, 28}, {2024, -1, 9}} {
		g := got[f.year]
		if g == nil || f.ops >= 0 && g.maesOps != f.ops || g.maesArrests != f.arrests {
			t.Errorf("seed %d: %d Morocco–Spain joint operations: want %d with %d arrested (docs/sample.md X1–X3)",
				seed, f.year, f.ops, f.arrests)
		}
	}
	if share := float64(isisCells) / float64(cellsSince2013); share < 0.875 || share > 0.885 {
		t.Errorf("seed %d: %d of %d cells since 2013 tied to ISIS (%.3f), want 88 %% (docs/sample.md I1)",
			seed, isisCells, cellsSince2013, share)
	}
}
