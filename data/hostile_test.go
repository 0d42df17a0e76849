package data

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// The hostile inputs of issue 19, data side: each gives a clear error or
// a correct result within bounded time and memory.

// within fails t when f takes longer than limit (generous: a 2-core CI
// machine under load) and returns how long it took.
func within(t *testing.T, limit time.Duration, f func()) time.Duration {
	t.Helper()
	start := time.Now()
	f()
	d := time.Since(start)
	if d > limit {
		t.Errorf("took %v, want under %v", d, limit)
	}
	return d
}

// peakHeap runs f and returns about how many bytes of heap it took at
// most, sampled while it runs.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	done := make(chan struct{})
	peak := before.HeapAlloc
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}()
	f()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	close(done)
	peak = max(peak, ms.HeapAlloc)
	if peak < before.HeapAlloc {
		return 0
	}
	return peak - before.HeapAlloc
}

// Case 11: many reports of one incident (a fill-down error in
// incident_id) merge in time linear in the reports.
func TestManyReportsOfOneIncident(t *testing.T) {
	const n = 80_000
	var b strings.Builder
	b.WriteString("incident_id,date,country,arrests,arrests_by_country,partner_countries,source_name,notes,seized,linked_incident_ids\n")
	countries := []string{"MA", "ES", "FR", "US", "DZ", "TN", "BE", "DE"}
	for i := range n {
		c := countries[i%len(countries)]
		fmt.Fprintf(&b, "FILLED,2022-10-%02d,MA,%d,%s:%d,%s,source %d,note %d,item%d,L-%d\n", 1+i%28, i%50, c, i%50, c, i, i, i, i)
	}
	path := writeFile(t, "fill-down.csv", b.String())
	var ds *Dataset
	within(t, 10*time.Second, func() { ds = load(t, path) })
	if ds.Incidents.Nrow() != 1 || ds.Totals().Accepted != n {
		t.Fatalf("%d incidents from %d accepted rows, want 1 from %d", ds.Incidents.Nrow(), ds.Totals().Accepted, n)
	}
	if got := ds.Incidents.arrests[0]; got != 0 {
		t.Errorf("arrests %d, want the lowest, 0", got)
	}
	if got := col(t, ds, ColSourceName)[0]; !strings.HasPrefix(got, "source 0; source 1; ") || strings.Count(got, "; ") != n-1 {
		t.Errorf("source names: %.60q…, want all %d, each once", got, n)
	}
}

// Identical copies among many reports of one incident are still found.
func TestManyReportsCopiesFound(t *testing.T) {
	var b strings.Builder
	b.WriteString("incident_id,date,country,arrests\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "A,2022-01-01,MA,%d\n", i%100)
	}
	ds := load(t, writeFile(t, "copies.csv", b.String()))
	if a := ds.Totals(); a.Accepted != 100 || a.CopiesDropped != 900 {
		t.Errorf("%d accepted, %d copies dropped; want 100 and 900", a.Accepted, a.CopiesDropped)
	}
}

// rejectedFor returns the reason of the rejection at line, or "".
func rejectedFor(ds *Dataset, line int) RowError {
	for _, e := range ds.Rejected {
		if e.Line == line {
			return e
		}
	}
	return RowError{}
}

// Case 1: counts past int64, or past their documented ceiling, reject
// their row with a reason naming the ceiling; no sum can overflow.
func TestCountCeilings(t *testing.T) {
	ds := load(t, writeFile(t, "counts.csv", "incident_id,date,country,cells_dismantled,arrests,arrests_by_country\n"+
		"A,2022-01-01,MA,,9223372036854775807,\n"+ // 2
		"B,2022-01-01,MA,,9223372036854775807,\n"+ // 3
		"C,2022-01-01,MA,,1000001,\n"+ // 4
		"D,2022-01-01,MA,10001,,\n"+ // 5
		"E,2022-01-01,MA,,,MA:1000001\n"+ // 6
		"F,2022-01-01,MA,,1000000,ES:600000;MA:500000\n"+ // 7
		"G,2022-01-01,MA,10000,1000000,\n"+ // 8: at the ceilings, accepted
		"H,2022-01-01,MA,,99999999999999999999,\n")) // 9
	want := map[int]string{
		2: `arrests: "9223372036854775807" is above 1,000,000, the largest count of arrests accepted`,
		3: `arrests: "9223372036854775807" is above 1,000,000, the largest count of arrests accepted`,
		4: `arrests: "1000001" is above 1,000,000, the largest count of arrests accepted`,
		5: `cells_dismantled: "10001" is above 10,000, the largest count of cells_dismantled accepted`,
		6: `arrests_by_country: MA: "1000001" is above 1,000,000, the largest count of arrests accepted`,
		7: `arrests_by_country: the arrests_by_country total 1,100,000 is above 1,000,000, the largest count of arrests accepted`,
		9: `arrests: "99999999999999999999" is too large`,
	}
	for line, w := range want {
		e := rejectedFor(ds, line)
		if got := fmt.Sprintf("%s: %s", e.ColumnName, e.Reason); got != w {
			t.Errorf("line %d: %q, want %q", line, got, w)
		}
	}
	if ds.Incidents.Nrow() != 1 || ds.Incidents.arrests[0] != MaxArrests || ds.Incidents.cells[0] != MaxCells {
		t.Errorf("want only G, at the ceilings: %d incidents", ds.Incidents.Nrow())
	}
}

// Case 20 (rows): a date before MinYear rejects its row, so it cannot
// stretch the yearly series back to year 1.
func TestEarliestYear(t *testing.T) {
	ds := load(t, writeFile(t, "old.csv", "incident_id,date,country,source_date\n"+
		"A,0001-01-01,MA,\n"+
		"B,1899,MA,\n"+
		"C,31/12/1899,MA,\n"+
		"D,2022-01-01,MA,1850-01-01\n"+
		"E,1900-01-01,MA,\n"))
	if len(ds.Rejected) != 4 {
		t.Fatalf("%d rejected, want 4: %v", len(ds.Rejected), ds.Rejected)
	}
	if got, want := ds.Rejected[0].Reason, `"0001-01-01" is before 1900, the earliest year accepted`; got != want {
		t.Errorf("%q, want %q", got, want)
	}
	if ds.Rejected[0].Code != "before_min_year" || ds.Rejected[3].ColumnName != "source_date" {
		t.Errorf("%+v", ds.Rejected)
	}
	if ds.Incidents.Nrow() != 1 {
		t.Errorf("%d incidents, want only E", ds.Incidents.Nrow())
	}
}

// Case 18: arrests empty beside a breakdown are the breakdown's total,
// with a warning, so that the note (arrests) and figures.json (arrests by
// country) agree.
func TestArrestsFromBreakdown(t *testing.T) {
	ds := load(t, writeFile(t, "bd.csv", "incident_id,date,country,arrests,arrests_by_country\nA,2022-01-01,MA,,MA:7\nB,2022-01-01,MA,,MA:2;ES:3\nC,2022-01-01,MA,,\n"))
	if got := ds.Incidents.arrests; len(got) != 3 || got[0] != 7 || got[1] != 5 || got[2] != -1 {
		t.Errorf("arrests %v, want [7 5 -1]", got)
	}
	var warned []string
	for _, w := range ds.Warnings {
		if w.Code == "arrests_from_breakdown" {
			warned = append(warned, w.Reason)
		}
	}
	if len(warned) != 2 || warned[0] != "arrests not given: taken as the arrests_by_country total 7 (MA:7)" {
		t.Errorf("warnings %q", warned)
	}
}

// Case 8: two columns whose names normalise alike are refused, naming
// both, instead of one silently hiding the other.
func TestColumnsNormalisingAlike(t *testing.T) {
	path := writeFile(t, "dup.csv", "incident_id,date,country,Analyst Comment,analyst_comment\nA,2022-01-01,MA,x,y\n")
	_, err := Load([]string{path}, DefaultOptions(asOf))
	if err == nil || !strings.Contains(err.Error(), `columns 4 ("Analyst Comment") and 5 ("analyst_comment") have the same name once normalised (analyst_comment)`) {
		t.Fatalf("error %v", err)
	}
	// One such column in each of two files is one column.
	a := writeFile(t, "a.csv", "incident_id,date,country,Analyst Comment\nA,2022-01-01,MA,x\n")
	b := writeFile(t, "b.csv", "incident_id,date,country,analyst-comment\nB,2022-01-01,MA,y\n")
	ds := load(t, a, b)
	if len(ds.UnknownColumns) != 1 || strings.Join(col(t, ds, "analyst_comment"), ",") != "x,y" {
		t.Errorf("unknown columns %v", ds.UnknownColumns)
	}
}

// Case 10: a header with more than MaxColumns columns is refused at
// once; up to it, the names are matched in linear time.
func TestTooManyColumns(t *testing.T) {
	for _, n := range []int{MaxColumns + 1, 1_000_000} {
		var b strings.Builder
		b.WriteString("incident_id,date,country")
		for i := 3; i < n; i++ {
			fmt.Fprintf(&b, ",c%d", i)
		}
		b.WriteString("\n")
		path := writeFile(t, "wide.csv", b.String())
		var err error
		within(t, 5*time.Second, func() { _, err = Load([]string{path}, DefaultOptions(asOf)) })
		if want := fmt.Sprintf("wide.csv:1: the header has %d columns; at most %d are read", n, MaxColumns); err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("%d columns: %v, want …%s", n, err, want)
		}
	}
	var b strings.Builder
	b.WriteString("incident_id,date,country")
	for i := 3; i < MaxColumns; i++ {
		fmt.Fprintf(&b, ",c%d", i)
	}
	b.WriteString("\nA,2022-01-01,MA" + strings.Repeat(",v", MaxColumns-3) + "\n")
	var ds *Dataset
	within(t, 5*time.Second, func() { ds = load(t, writeFile(t, "wide.csv", b.String())) })
	if len(ds.UnknownColumns) != MaxColumns-3 || ds.Totals().Accepted != 1 {
		t.Errorf("%d unknown columns, %d accepted", len(ds.UnknownColumns), ds.Totals().Accepted)
	}
}

// Case 19: a field above MaxFieldBytes rejects its row (the rejection
// keeps a part of it); a row above MaxRowBytes makes the file unreadable
// without reading it all into memory.
func TestFieldAndRowLimits(t *testing.T) {
	big := strings.Repeat("x", MaxFieldBytes+1)
	ds := load(t, writeFile(t, "big.csv", "incident_id,date,country,notes\nA,2022-01-01,MA,"+big+"\nB,2022-01-02,MA,small\n"))
	e := rejectedFor(ds, 2)
	if e.Code != "field_too_long" || e.Reason != "value of 16,777,217 bytes is longer than 16,777,216 bytes, the longest accepted" || e.ColumnName != "notes" {
		t.Errorf("%+v", e)
	}
	if len(e.Raw) > MaxRawBytes+100 || !strings.HasSuffix(e.Raw, fmt.Sprintf("… (%d bytes in all)", len(big)+16)) {
		t.Errorf("raw of %d bytes ending %q", len(e.Raw), e.Raw[max(0, len(e.Raw)-40):])
	}
	if ds.Incidents.Nrow() != 1 {
		t.Errorf("%d incidents, want B", ds.Incidents.Nrow())
	}

	// 1 GB in one unquoted field, read from a reader: refused once the
	// row passes MaxRowBytes, holding a few times that at most.
	in := io.MultiReader(strings.NewReader("incident_id,date,country,notes\nA,2022-01-01,MA,"), &repeatReader{b: 'x', n: 1 << 30})
	var err error
	heap := peakHeap(func() {
		within(t, 20*time.Second, func() {
			l := newLoader(DefaultOptions(asOf))
			src, cerr := newCSVChunker(in, 0)
			if cerr != nil {
				t.Fatal(cerr)
			}
			err = l.read("huge.csv", 1<<30, src)
		})
	})
	if err == nil || !strings.Contains(err.Error(), "line 2: the row is longer than 64 MiB, the longest read") {
		t.Errorf("error %v", err)
	}
	if heap > 6*MaxRowBytes {
		t.Errorf("peak heap %d MiB, want at most %d", heap>>20, 6*MaxRowBytes>>20)
	}
}

// repeatReader reads as n bytes b.
type repeatReader struct {
	b byte
	n int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), r.n)
	for i := range k {
		p[i] = r.b
	}
	r.n -= k
	return int(k), nil
}

// Case 19: millions of rejected rows are counted, but only the first
// MaxKeptRejected are kept.
func TestRejectedRowsKept(t *testing.T) {
	const n = MaxKeptRejected + 50_000
	var b strings.Builder
	b.WriteString("incident_id,date,country\n")
	for range n {
		b.WriteString("A,not a date,MA\n")
	}
	b.WriteString("B,2022-01-01,MA\n")
	var ds *Dataset
	heap := peakHeap(func() {
		within(t, 20*time.Second, func() { ds = load(t, writeFile(t, "bad.csv", b.String())) })
	})
	if a := ds.Totals(); a.Rejected != n || a.Accepted != 1 || len(ds.Rejected) != MaxKeptRejected || ds.RejectedNotKept != 50_000 {
		t.Errorf("%d rejected, %d kept, %d not kept", a.Rejected, len(ds.Rejected), ds.RejectedNotKept)
	}
	t.Logf("peak heap %d MiB", heap>>20)
}

// Case 6: a file whose size or modification time changes while it is
// read fails the load, even with KeepGoing.
func TestFileChangedWhileRead(t *testing.T) {
	for _, name := range []string{"grown.csv", "grown.xlsx"} {
		var path string
		if strings.HasSuffix(name, ".xlsx") {
			path = writeXLSX(t, name, [][]any{{"incident_id", "date", "country"}, {"A", "2022-01-01", "MA"}})
		} else {
			path = writeFile(t, name, "incident_id,date,country\nA,2022-01-01,MA\n")
		}
		afterReadHook = func(p string) {
			f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString("B,2022-01-02,MA\n")
			f.Close()
		}
		opts := DefaultOptions(asOf)
		opts.KeepGoing = true
		_, err := Load([]string{path}, opts)
		afterReadHook = nil
		if !errors.Is(err, ErrChanged) || !strings.HasPrefix(err.Error(), path+": changed while being read (") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Touched only: the same size, another modification time.
	path := writeFile(t, "touched.csv", "incident_id,date,country\nA,2022-01-01,MA\n")
	afterReadHook = func(p string) { os.Chtimes(p, time.Now(), time.Now().Add(time.Hour)) }
	defer func() { afterReadHook = nil }()
	if _, err := Load([]string{path}, DefaultOptions(asOf)); !errors.Is(err, ErrChanged) {
		t.Errorf("touched: %v", err)
	}
}

// Case 3: a CSV whose lines end with CR alone ("CSV (Macintosh)") is
// read as the same file with LF, and its digest is of its own bytes.
func TestCROnlyLineEnds(t *testing.T) {
	lf := "incident_id,date,country,notes\nA,2022-01-01,MA,\"two\nlines\"\nB,2022-01-02,ES,x\n\nC,2022-01-03,FR,\n"
	cr := strings.ReplaceAll(lf, "\n", "\r")
	a := load(t, writeFile(t, "lf.csv", lf))
	b := load(t, writeFile(t, "cr.csv", cr))
	if b.Incidents.Nrow() != 3 || b.Totals().RowsRead != 3 || strings.Join(col(t, b, ColIncidentID), ",") != "A,B,C" {
		t.Fatalf("CR-only: %d incidents from %d rows", b.Incidents.Nrow(), b.Totals().RowsRead)
	}
	if got, want := strings.Join(col(t, b, ColNotes), "|"), strings.Join(col(t, a, ColNotes), "|"); got != want {
		t.Errorf("notes %q, want %q", got, want)
	}
	if b.Files[0].SHA256 != fmt.Sprintf("%x", sha256.Sum256([]byte(cr))) {
		t.Error("the digest is not of the file's bytes")
	}
	// Line numbers count CRs as line ends.
	bad := load(t, writeFile(t, "crbad.csv", "incident_id,date,country\rA,2022-01-01,MA\r\rB,nope,MA\r"))
	if len(bad.Rejected) != 1 || bad.Rejected[0].Line != 4 {
		t.Errorf("rejected %+v, want line 4", bad.Rejected)
	}
}

// Row warnings are kept up to MaxKeptWarnings and counted beyond, so that
// millions of warned rows do not grow memory without bound; the rows
// themselves are accepted.
func TestRowWarningsKept(t *testing.T) {
	const n = MaxKeptWarnings + 50
	var b strings.Builder
	b.WriteString("incident_id,date,country,arrests,arrests_by_country\n")
	for i := range n {
		fmt.Fprintf(&b, "W%d,2022-01-01,MA,12,MA:11\n", i)
	}
	ds := load(t, writeFile(t, "warned.csv", b.String()))
	if a := ds.Totals(); a.Accepted != n || len(ds.Warnings) != MaxKeptWarnings || ds.WarningsNotKept != 50 || ds.WarningCount() != n {
		t.Errorf("%d accepted, %d warnings kept, %d not kept", a.Accepted, len(ds.Warnings), ds.WarningsNotKept)
	}
}
