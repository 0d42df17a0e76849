package data

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// writeXLSX writes rows to the first sheet of a new workbook.
func writeXLSX(t testing.TB, name string, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// rezip rewrites the workbook at path with edit applied to each part's
// bytes (by name), and more parts added.
func rezip(t testing.TB, path string, edit func(name string, b []byte) []byte, more map[string][]byte) []byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(r)
		r.Close()
		w, _ := zw.Create(zf.Name)
		w.Write(edit(zf.Name, b.Bytes()))
	}
	for name, b := range more {
		w, _ := zw.Create(name)
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// Case 4: a workbook in Excel's 1904 date system has its serial dates
// read from 1904-01-01, not four years early.
func TestXLSX1904Dates(t *testing.T) {
	rows := [][]any{{"incident_id", "date", "country"}, {"A", 43376, "MA"}} // 2022-10-04 in the 1904 system
	f := excelize.NewFile()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Sheet1", cell, &r)
	}
	yes := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mac.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if got := col(t, load(t, path), ColDate)[0]; got != "2022-10-04" {
		t.Errorf("1904 system: %s, want 2022-10-04", got)
	}
	if got := col(t, load(t, writeXLSX(t, "pc.xlsx", [][]any{rows[0], {"A", 44838, "MA"}})), ColDate)[0]; got != "2022-10-04" {
		t.Errorf("1900 system: %s, want 2022-10-04", got)
	}
}

// Case 5: a formula cell without a computed value rejects its row with a
// reason naming the cell; one with a value is read as that value.
func TestXLSXFormulaWithoutValue(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"incident_id", "date", "country", "arrests"})
	f.SetSheetRow("Sheet1", "A2", &[]any{"A", "2022-01-01", "MA"})
	f.SetCellFormula("Sheet1", "D2", "SUM(10,20)")
	f.SetSheetRow("Sheet1", "A3", &[]any{"B", "2022-01-02", "MA", 4})
	path := filepath.Join(t.TempDir(), "formula.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	ds := load(t, path)
	if len(ds.Rejected) != 1 || ds.Rejected[0].Line != 2 || ds.Rejected[0].Code != "formula_no_value" ||
		ds.Rejected[0].Error() != path+":2:4: arrests: cell D2 holds a formula (=SUM(10,20)) with no computed value: open the workbook in Excel and save it" {
		t.Fatalf("rejected %v", ds.Rejected)
	}
	if ds.Incidents.Nrow() != 1 || ds.Incidents.arrests[0] != 4 {
		t.Errorf("want only B, with 4 arrests")
	}
	// With its value cached (as Excel saves it), the value is read.
	b := rezip(t, path, func(name string, b []byte) []byte {
		if strings.HasPrefix(name, "xl/worksheets/") {
			return bytes.Replace(b, []byte("<f>SUM(10,20)</f>"), []byte("<f>SUM(10,20)</f><v>30</v>"), 1)
		}
		return b
	}, nil)
	cached := filepath.Join(t.TempDir(), "cached.xlsx")
	os.WriteFile(cached, b, 0o644)
	ds = load(t, cached)
	if len(ds.Rejected) != 0 || ds.Incidents.arrests[0] != 30 {
		t.Errorf("cached value: rejected %v, arrests %v", ds.Rejected, ds.Incidents.arrests)
	}
}

// Case 12: a decompression bomb — a small file whose sheet, or shared
// strings, inflate hugely — is refused from the zip's directory, before
// anything is inflated: fast, and in little memory.
func TestXLSXBomb(t *testing.T) {
	path := writeXLSX(t, "ok.xlsx", [][]any{{"incident_id", "date", "country", "notes"}, {"A", "2022-01-01", "MA", "x"}})
	huge := func(n int) []byte { return bytes.Repeat([]byte("x"), n) }
	for _, c := range []struct {
		name string
		b    []byte
		want string
	}{
		{"cell", rezip(t, path, func(name string, b []byte) []byte {
			if strings.HasPrefix(name, "xl/worksheets/") {
				cell := append(append([]byte(`<row r="3"><c r="A3" t="inlineStr"><is><t>`), huge(100<<20)...), "</t></is></c></row></sheetData>"...)
				return bytes.Replace(b, []byte("</sheetData>"), cell, 1)
			}
			return b
		}, nil), "xl/worksheets/sheet1.xml would inflate"},
		{"shared strings", rezip(t, path, func(name string, b []byte) []byte {
			if name == "xl/sharedStrings.xml" {
				return bytes.Replace(b, []byte("<t>x</t>"), append(append([]byte("<t>"), huge(50<<20)...), "</t>"...), 1)
			}
			return b
		}, nil), "xl/sharedStrings.xml would inflate"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if len(c.b) > 2<<20 {
				t.Fatalf("the bomb is %d bytes", len(c.b))
			}
			p := filepath.Join(t.TempDir(), "bomb.xlsx")
			os.WriteFile(p, c.b, 0o644)
			var err error
			heap := peakHeap(func() {
				within(t, 5*time.Second, func() { _, err = Load([]string{p}, DefaultOptions(asOf)) })
			})
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), fmt.Sprintf("more than the %d times read", MaxXLSXRatio)) {
				t.Errorf("error %v, want …%s…", err, c.want)
			}
			if heap > 64<<20 {
				t.Errorf("peak heap %d MiB", heap>>20)
			}
		})
	}
	// A part above MaxXLSXPartBytes is refused on its declared size.
	if err := partSize("xl/worksheets/sheet1.xml", MaxXLSXPartBytes+1, MaxXLSXPartBytes); err == nil ||
		err.Error() != "the workbook cannot be read: xl/worksheets/sheet1.xml would inflate to 1024 MiB, more than the 1024 MiB read" {
		t.Errorf("%v", err)
	}
}
