package workbook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
)

// LibreOffice opens a workbook whose sheets are all streamed (as the
// Quality sheet of many rejected rows is) and whose long text is cut: the
// Quality sheet begins with the warning, and the cut text ends with the
// marker.
func TestWorkbookLibreOfficeStreamedAndCut(t *testing.T) {
	bin := soffice(t)
	if testing.Short() && os.Getenv("CTREPORT_REQUIRE_SOFFICE") != "1" {
		t.Skip("LibreOffice conversions take seconds; skipped with -short")
	}
	defer func(n int) { streamRows = n }(streamRows)
	streamRows = 0
	in := sampleInput(t, "en")
	ds := *in.Data
	ds.Rejected = append(append([]data.RowError(nil), ds.Rejected...), data.RowError{File: "x.csv", Line: 9, Column: 2, ColumnName: "date", Reason: "bad date", Raw: strings.Repeat("r", 40000)})
	in.Data = &ds
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	if err := Write(path, in); err != nil {
		t.Fatal(err)
	}
	convert(t, bin, t.TempDir(), dir, sofficeCSVFilter, path)
	rows := readCSV(t, filepath.Join(dir, "report-"+sheetName(i18n.T("en", "wb.sheet.quality"))+".csv"))
	if len(rows) == 0 || !strings.HasPrefix(rows[0][0], "Cells whose text is longer than the 32,767 characters an Excel cell can hold: 1.") {
		t.Fatalf("the Quality sheet does not begin with the warning: %q", rows[:min(len(rows), 1)])
	}
	var found bool
	for _, r := range rows {
		for _, v := range r {
			if strings.HasPrefix(v, "rrrr") {
				found = true
				if !strings.HasSuffix(v, " […cut]") || len(v) != 32767-7+len(" […cut]") {
					t.Errorf("the cut row is %d bytes, ending %q", len(v), v[max(0, len(v)-12):])
				}
			}
		}
	}
	if !found {
		t.Errorf("the long rejected row is not on the Quality sheet")
	}
}
