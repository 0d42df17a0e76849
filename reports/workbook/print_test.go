package workbook

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// snakeCase is a header written as a program's name (رقم_الحادثة,
// incident_id) rather than in words.
var snakeCase = regexp.MustCompile(`\p{L}_\p{L}`)

// englishCodes are values of the embedded sample's codes a reader must
// not meet in a visible cell (the Arabic workbook above all).
var englishCodes = regexp.MustCompile(`(^|[;: ])(MA|ES|FR|US|BE|DE|GB)($|[;:])|^(operation|foiled_plot|failed_attack|completed_attack|day|month|year|jihadist|separatist|left_wing|right_wing|unknown|other|joint_operation|intelligence_sharing|extradition|none)$`)

// TestSheetsReadAndPrint checks the embedded sample's workbook in every
// language as a reader and a printer meet it: every sheet prints one page
// wide (landscape when it has many columns) and every table sheet repeats
// its header rows, freezes its header and has its filter buttons (an
// Excel table); no header is snake_case; counts carry #,##0; and no
// visible cell holds a code (MA, operation, day, jihadist): the codes stay
// in hidden "…code" columns of the Incidents sheet.
func TestSheetsReadAndPrint(t *testing.T) {
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			f, _ := writeTestWorkbook(t, sampleInput(t, lang))
			tr := func(key string) string { return i18n.T(lang, key) }
			for _, s := range f.GetSheetList() {
				layout, err := f.GetPageLayout(s)
				if err != nil {
					t.Fatal(err)
				}
				props, err := f.GetSheetProps(s)
				if err != nil {
					t.Fatal(err)
				}
				if layout.FitToWidth == nil || *layout.FitToWidth != 1 || props.FitToPage == nil || !*props.FitToPage {
					t.Errorf("%s: does not print one page wide", s)
				}
				tables, err := f.GetTables(s)
				if err != nil {
					t.Fatal(err)
				}
				if len(tables) == 0 {
					continue
				}
				panes, err := f.GetPanes(s)
				if err != nil || !panes.Freeze || panes.YSplit < 1 {
					t.Errorf("%s: header not frozen (%+v, %v)", s, panes, err)
				}
				titles := false
				for _, dn := range f.GetDefinedName() {
					titles = titles || dn.Name == "_xlnm.Print_Titles" && dn.Scope == s
				}
				if !titles && s != sheetName(tr("wb.sheet.incidents")) {
					t.Errorf("%s: no header rows repeated on each printed page", s)
				}
				for _, tb := range tables {
					from, _, _ := strings.Cut(tb.Range, ":")
					col, row, _ := excelize.CellNameToCoordinates(from)
					rows, _ := f.GetRows(s)
					for _, h := range rows[row-1][col-1:] {
						if snakeCase.MatchString(h) {
							t.Errorf("%s: header %q is snake_case", s, h)
						}
					}
				}
			}

			yearly := sheetName(tr("wb.sheet.yearly"))
			c := headerCol(t, f, yearly, 1, tr("wb.measure.incidents"))
			if got := numFmt(t, f, yearly, ref(c, 2)); got != formatCount {
				t.Errorf("%s: incidents shown as %q, want %s", yearly, got, formatCount)
			}
			if got := numFmt(t, f, yearly, ref(1, 2)); got != formatYear {
				t.Errorf("%s: a year shown as %q, want %s", yearly, got, formatYear)
			}

			// The yearly sheets print at a size one can read: one page
			// wide, landscape, their columns take no more than about 1.5
			// times the ~140 characters an A4 line holds at full size (all
			// the years' columns on one sheet took 550).
			for _, key := range []string{"wb.sheet.yearly", "wb.sheet.changes"} {
				s := sheetName(tr(key))
				cols, err := f.GetCols(s)
				if err != nil {
					t.Fatal(err)
				}
				total := 0.0
				for c := range cols {
					name, _ := excelize.ColumnNumberToName(c + 1)
					if visible, _ := f.GetColVisible(s, name); visible {
						w, _ := f.GetColWidth(s, name)
						total += w
					}
				}
				if total > 210 {
					t.Errorf("%s: its columns are %.0f characters wide, want at most 210", s, total)
				}
			}

			// Every whole number carries a format: #,##0 for a count, a
			// year's 0, a change's sign; none is left General (200000).
			for _, s := range f.GetSheetList() {
				rows, err := f.GetRows(s, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				for r, row := range rows {
					for c, v := range row {
						n, err := strconv.ParseFloat(v, 64)
						if err != nil || n != math.Trunc(n) || r == 0 && s == incidentsSheet(tr) {
							continue
						}
						cell := ref(c+1, r+1)
						if typ, _ := f.GetCellType(s, cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
							continue
						}
						if got := numFmt(t, f, s, cell); got == "builtin:0" {
							t.Errorf("%s!%s: the whole number %s has no number format", s, cell, v)
						}
					}
				}
			}

			// The codes are in hidden columns of their own, after their
			// names; no visible cell of any sheet holds a code.
			incidents := sheetName(tr("wb.sheet.incidents"))
			for _, name := range []string{"country", "event_type", "date_precision", "affiliation"} {
				c := headerCol(t, f, incidents, 1, tr("wb.col."+name))
				code, _ := excelize.ColumnNumberToName(c + 1)
				if headerCol(t, f, incidents, 1, tr("wb.col."+name+"_code")) != c+1 {
					t.Errorf("%s: the codes of %s are not in the column after it", incidents, name)
				} else if visible, err := f.GetColVisible(incidents, code); err != nil || visible {
					t.Errorf("%s: the codes of %s in column %s are not hidden (%v)", incidents, name, code, err)
				}
			}
			if lang == "en" {
				return // where the words are those of the codes ("none")
			}
			// The Quality sheet's raw rows quote the input as it was given
			// (and a reason a value the input got wrong).
			quality := sheetName(tr("wb.sheet.quality"))
			quoted := map[string]bool{tr("wb.quality.raw_row"): true}
			for _, s := range f.GetSheetList() {
				rows, err := f.GetRows(s)
				if err != nil {
					t.Fatal(err)
				}
				var header []string
				for r, row := range rows {
					switch {
					case s == quality && slices.Contains(row, tr("wb.quality.reason")):
						header = row
					case len(row) == 1: // a title: the next table
						header = nil
					}
					for c, v := range row {
						if c < len(header) && quoted[header[c]] {
							continue
						}
						name, _ := excelize.ColumnNumberToName(c + 1)
						if visible, _ := f.GetColVisible(s, name); visible && englishCodes.MatchString(v) {
							t.Errorf("%s!%s%d shows the code %q", s, name, r+1, v)
						}
					}
				}
			}
		})
	}
}

// incidentsSheet is the name of the (first) Incidents sheet.
func incidentsSheet(tr func(string) string) string { return sheetName(tr("wb.sheet.incidents")) }

// TestSummaryPrintsOnOnePage prints the Summary of the embedded sample's
// workbook, in every language, with LibreOffice (the other sheets
// hidden) and counts the pages of the PDF: one, with every native chart
// drawn.
func TestSummaryPrintsOnOnePage(t *testing.T) {
	bin := soffice(t)
	if testing.Short() && os.Getenv("CTREPORT_REQUIRE_SOFFICE") != "1" {
		t.Skip("LibreOffice conversions take seconds; skipped with -short")
	}
	dir := t.TempDir()
	var files []string
	for _, lang := range i18n.Languages {
		f, _ := writeTestWorkbook(t, sampleInput(t, lang))
		for i, s := range f.GetSheetList() {
			if i > 0 {
				if err := f.SetSheetVisible(s, false); err != nil {
					t.Fatal(err)
				}
			}
		}
		path := filepath.Join(dir, "summary-"+lang+".xlsx")
		if err := f.SaveAs(path); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	convert(t, bin, t.TempDir(), dir, "pdf", files...)
	for _, lang := range i18n.Languages {
		pdf, err := os.ReadFile(filepath.Join(dir, "summary-"+lang+".pdf"))
		if err != nil {
			t.Fatal(err)
		}
		pages := bytes.Count(pdf, []byte("/Type/Page")) + bytes.Count(pdf, []byte("/Type /Page")) -
			bytes.Count(pdf, []byte("/Type/Pages")) - bytes.Count(pdf, []byte("/Type /Pages"))
		if pages != 1 {
			t.Errorf("%s: the Summary prints on %d pages, want 1", lang, pages)
		}
	}
	// LibreOffice draws every native chart: their titles are on the page
	// (read with poppler's pdftotext where it is installed).
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("no pdftotext: the charts' titles on the page not checked")
		return
	}
	out, err := exec.Command(pdftotext, filepath.Join(dir, "summary-en.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, key := range []string{"chart.cells.title", "chart.arrests.title", "chart.rate.title", "chart.partners.title", "chart.affiliations.title"} {
		if title := i18n.T("en", key); !strings.Contains(text, title) {
			t.Errorf("the Summary's PDF has no chart %q", title)
		}
	}
}

// TestNativeChartsFollowThePNGs: the Summary's native charts carry the
// PNG charts' titles, and a trend line (a line over the columns, from the
// Yearly sheet's Theil–Sen column) only where the trend is beyond chance.
func TestNativeChartsFollowThePNGs(t *testing.T) {
	for _, significant := range []bool{false, true} {
		in := sampleInput(t, "fr")
		tr := in.Figures.Trends["cells_dismantled"]
		if significant {
			tr.MannKendallP, tr.MannKendallS = analysis.Known(0.01), analysis.Known(40)
		} else {
			tr.MannKendallP = analysis.Known(0.4)
		}
		in.Figures.Trends["cells_dismantled"] = tr
		_, path := writeTestWorkbook(t, in)
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		var chart string
		for _, zf := range zr.File {
			if zf.Name != "xl/charts/chart1.xml" {
				continue
			}
			rc, _ := zf.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			chart = string(b)
		}
		zr.Close()
		if !strings.Contains(chart, i18n.T("fr", "chart.cells.title")) {
			t.Errorf("the cells chart is not titled as the PNG: %.300s", chart)
		}
		if got := strings.Contains(chart, "lineChart>"); got != significant {
			t.Errorf("trend beyond chance %v: trend line drawn %v", significant, got)
		}
	}
}
