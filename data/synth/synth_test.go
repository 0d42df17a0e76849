package synth

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readAll parses b and checks that every record has the header's width.
func readAll(t testing.TB, b []byte) (header []string, rows [][]string) {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = len(Header)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	if len(recs) == 0 {
		t.Fatal("no header")
	}
	return recs[0], recs[1:]
}

func write(t testing.TB, cfg Config) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, cfg); err != nil {
		t.Fatalf("Write(%+v): %v", cfg, err)
	}
	return buf.Bytes()
}

func TestWriteDeterministic(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Rows = 5000
	a, b := write(t, cfg), write(t, cfg)
	if !bytes.Equal(a, b) {
		t.Fatal("same config gave different bytes")
	}
	cfg.Seed = 2
	if c := write(t, cfg); bytes.Equal(a, c) {
		t.Fatal("seeds 1 and 2 gave the same bytes")
	}
}

func TestWriteRowCount(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"empty", Config{Rows: 0, Seed: 1, Start: 2002, End: 2025}},
		{"one", Config{Rows: 1, Seed: 1, Start: 2002, End: 2025}},
		{"fewer rows than years", Config{Rows: 7, Seed: 3, Start: 2002, End: 2025}},
		{"default", DefaultConfig()},
		{"one year", Config{Rows: 2000, Seed: 4, Start: 2016, End: 2016}},
		{"beyond the table", Config{Rows: 3000, Seed: 5, Start: 1990, End: 2030}},
		{"50k", Config{Rows: 50000, Seed: 6, Start: 2002, End: 2025}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			header, rows := readAll(t, write(t, tc.cfg))
			if strings.Join(header, ",") != strings.Join(Header, ",") {
				t.Errorf("header = %v", header)
			}
			if len(rows) != tc.cfg.Rows {
				t.Errorf("%d rows, want %d", len(rows), tc.cfg.Rows)
			}
			for i, row := range rows {
				y, err := strconv.Atoi(row[fDate][:4])
				if err != nil || y < tc.cfg.Start || y > tc.cfg.End {
					t.Fatalf("row %d: date %q outside %d–%d", i+1, row[fDate], tc.cfg.Start, tc.cfg.End)
				}
			}
		})
	}
}

func TestWriteConfigErrors(t *testing.T) {
	for _, cfg := range []Config{
		{Rows: -1, Start: 2002, End: 2025},
		{Rows: 10, Start: 2025, End: 2002},
		{Rows: 10, Start: 0, End: 2002},
		{Rows: 10, Start: 2002, End: 10000},
	} {
		if err := Write(io.Discard, cfg); err == nil {
			t.Errorf("Write(%+v) = nil, want an error", cfg)
		}
	}
}

// TestWriteArrestsByCountry checks that a breakdown adds up to its row's
// arrests, except for the rare deliberate mismatches.
func TestWriteArrestsByCountry(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Rows = 100000
	_, rows := readAll(t, write(t, cfg))
	withBreakdown, mismatched := 0, 0
	for i, row := range rows {
		if row[fByCountry] == "" {
			continue
		}
		withBreakdown++
		if row[fArrests] == "" {
			t.Fatalf("row %d: breakdown %q without arrests", i+1, row[fByCountry])
		}
		sum := 0
		for _, e := range strings.Split(row[fByCountry], ";") {
			code, n, ok := strings.Cut(e, ":")
			v, err := strconv.Atoi(n)
			if !ok || len(code) != 2 || err != nil || v < 1 {
				t.Fatalf("row %d: bad breakdown entry %q", i+1, e)
			}
			sum += v
		}
		if a, _ := strconv.Atoi(row[fArrests]); a != sum {
			mismatched++
		}
	}
	t.Logf("%d rows, %d with a breakdown, %d mismatched", len(rows), withBreakdown, mismatched)
	if withBreakdown < len(rows)/20 {
		t.Errorf("only %d rows of %d have a breakdown", withBreakdown, len(rows))
	}
	if mismatched == 0 || mismatched > len(rows)/100 {
		t.Errorf("%d mismatched breakdowns in %d rows, want some, at most 1 %%", mismatched, len(rows))
	}
}

var idPattern = regexp.MustCompile(`^SYN-(\d{4})-\d{6}$`)

// TestWriteIncidents checks ids and the several-sources structure: the
// reports of one incident are adjacent, share the id's year, and some are
// exact copies.
func TestWriteIncidents(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Rows = 100000
	_, rows := readAll(t, write(t, cfg))
	seen := map[string]bool{}
	incidents, multi, copies := 0, 0, 0
	for i := 0; i < len(rows); {
		id := rows[i][fID]
		m := idPattern.FindStringSubmatch(id)
		if m == nil {
			t.Fatalf("row %d: id %q", i+1, id)
		}
		if seen[id] {
			t.Fatalf("row %d: id %q used by an earlier incident", i+1, id)
		}
		seen[id] = true
		incidents++
		j, sources := i+1, map[string]bool{rows[i][fSource]: true}
		for ; j < len(rows) && rows[j][fID] == id; j++ {
			if slicesEqual(rows[j], rows[j-1]) {
				copies++
				continue
			}
			if sources[rows[j][fSource]] {
				t.Fatalf("row %d: source %q twice for %s", j+1, rows[j][fSource], id)
			}
			sources[rows[j][fSource]] = true
		}
		if len(sources) > 1 {
			multi++
		}
		for k := i; k < j; k++ {
			if rows[k][fDate][:4] != m[1] {
				t.Fatalf("row %d: date %s in incident %s", k+1, rows[k][fDate], id)
			}
		}
		i = j
	}
	t.Logf("%d rows, %d incidents, %d with several sources, %d exact copies", len(rows), incidents, multi, copies)
	if share := float64(multi) / float64(incidents); share < 0.17 || share > 0.23 {
		t.Errorf("%.3f of incidents have several sources, want about 1 in 5", share)
	}
	if share := float64(copies) / float64(len(rows)); share < 0.007 || share > 0.013 {
		t.Errorf("%.4f of rows are exact copies, want about 1 in 100", share)
	}
}

func slicesEqual(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

// TestWriteValues checks every value against docs/input.md and the shape the
// benchmark expects.
func TestWriteValues(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Rows = 50000
	b := write(t, cfg)
	_, rows := readAll(t, b)
	if w := float64(len(b)) / float64(len(rows)); w < 150 || w > 200 {
		t.Errorf("rows average %.0f bytes, want 150–200", w)
	} else {
		t.Logf("rows average %.1f bytes", w)
	}
	enums := map[int]map[string]bool{
		fEvent:       set("operation", "foiled_plot", "failed_attack", "completed_attack"),
		fCoop:        set("", "joint_operation", "intelligence_sharing", "extradition"),
		fAffiliation: set("", "jihadist", "separatist", "unknown"),
		fCountry:     set("MA", "ES", "FR", "BE", "DE", "TN", "DZ"),
	}
	countCol := func(s string) bool {
		n, err := strconv.Atoi(s)
		return s == "" || err == nil && n >= 0
	}
	byCountry, events, formulas, arabic, monthOnly := map[string]int{}, map[string]int{}, 0, 0, 0
	for i, row := range rows {
		for col, allowed := range enums {
			if !allowed[row[col]] {
				t.Fatalf("row %d: %s = %q", i+1, Header[col], row[col])
			}
		}
		byCountry[row[fCountry]]++
		events[row[fEvent]]++
		if !countCol(row[fCells]) || !countCol(row[fArrests]) {
			t.Fatalf("row %d: counts %q, %q", i+1, row[fCells], row[fArrests])
		}
		if strings.HasSuffix(row[fEvent], "_attack") {
			if row[fCells] != "0" && row[fCells] != "" {
				t.Fatalf("row %d: an attack with %s cells", i+1, row[fCells])
			}
		}
		layout := time.DateOnly
		if len(row[fDate]) == 7 {
			layout = "2006-01"
			monthOnly++
		}
		if _, err := time.Parse(layout, row[fDate]); err != nil {
			t.Fatalf("row %d: date: %v", i+1, err)
		}
		if sd := row[fSourceDate]; sd != "" && (sd < row[fDate] || sd[:4] != row[fDate][:4]) {
			t.Fatalf("row %d: source date %s before %s or in another year", i+1, sd, row[fDate])
		}
		if (row[fPartners] == "") != (row[fCoop] == "") {
			t.Fatalf("row %d: partners %q with cooperation %q", i+1, row[fPartners], row[fCoop])
		}
		for _, p := range strings.Split(row[fPartners], ";") {
			if p != "" && (len(p) != 2 || p == row[fCountry]) {
				t.Fatalf("row %d: partner %q", i+1, p)
			}
		}
		if row[fLat] != "" {
			lat, err1 := strconv.ParseFloat(row[fLat], 64)
			lon, err2 := strconv.ParseFloat(row[fLon], 64)
			if err1 != nil || err2 != nil || lat < 20 || lat > 56 || lon < -20 || lon > 15 {
				t.Fatalf("row %d: coordinates %q, %q", i+1, row[fLat], row[fLon])
			}
		}
		if !strings.Contains(row[fSource], "synthetic") {
			t.Fatalf("row %d: source %q does not say synthetic", i+1, row[fSource])
		}
		if n := row[fNotes]; n != "" && strings.ContainsAny(n[:1], "=-+@") {
			formulas++
		}
		if strings.ContainsAny(row[fNotes]+row[fGroup], "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
			arabic++
		}
	}
	t.Logf("countries %v, events %v, %d formula-like notes, %d Arabic, %d month dates", byCountry, events, formulas, arabic, monthOnly)
	if byCountry["MA"] < len(rows)*3/4 {
		t.Errorf("only %d rows of %d in MA", byCountry["MA"], len(rows))
	}
	if events["operation"] < len(rows)/2 || events["foiled_plot"] < len(rows)/10 ||
		events["failed_attack"] == 0 || events["completed_attack"] == 0 {
		t.Errorf("event types %v", events)
	}
	if formulas == 0 || arabic < len(rows)/10 || monthOnly == 0 {
		t.Errorf("%d formula-like notes, %d Arabic values, %d month dates: want some of each", formulas, arabic, monthOnly)
	}
}

// TestWriteYears checks that the rows of each year follow the calibration
// table's shape.
func TestWriteYears(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Rows = 24000
	_, rows := readAll(t, write(t, cfg))
	got := map[int]int{}
	for _, row := range rows {
		y, _ := strconv.Atoi(row[fDate][:4])
		got[y]++
	}
	weights := make([]float64, 0, 24)
	for y := cfg.Start; y <= cfg.End; y++ {
		weights = append(weights, yearWeight(y))
	}
	for i, want := range apportion(cfg.Rows, weights) {
		if y := cfg.Start + i; got[y] != want {
			t.Errorf("%d: %d rows, want %d", y, got[y], want)
		}
	}
}

func TestApportion(t *testing.T) {
	for _, tc := range []struct {
		total   int
		weights []float64
		want    []int
	}{
		{10, []float64{1, 1}, []int{5, 5}},
		{3, []float64{1, 1}, []int{2, 1}},
		{7, []float64{1, 2, 4}, []int{1, 2, 4}},
		{0, []float64{1, 2}, []int{0, 0}},
		{5, []float64{0, 0}, []int{5, 0}},
	} {
		if got := apportion(tc.total, tc.weights); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("apportion(%d, %v) = %v, want %v", tc.total, tc.weights, got, tc.want)
		}
	}
}

func set(s ...string) map[string]bool {
	m := map[string]bool{}
	for _, v := range s {
		m[v] = true
	}
	return m
}

func BenchmarkWrite(b *testing.B) {
	for _, rows := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			cfg := DefaultConfig()
			cfg.Rows = rows
			var n countingWriter
			for b.Loop() {
				if err := Write(&n, cfg); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(n.n / int64(b.N))
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

func ExampleWrite() {
	var buf bytes.Buffer
	cfg := Config{Rows: 3, Seed: 1, Start: 2015, End: 2015}
	if err := Write(&buf, cfg); err != nil {
		panic(err)
	}
	recs, _ := csv.NewReader(&buf).ReadAll()
	for _, rec := range recs {
		fmt.Println(rec[0], rec[1], rec[3], rec[4], rec[5])
	}
	// Output:
	// incident_id date event_type cells_dismantled arrests
	// SYN-2015-000001 2015-02-01 operation 1 6
	// SYN-2015-000002 2015-05-25 foiled_plot 0 3
	// SYN-2015-000002 2015-05-25 foiled_plot 0 2
}
