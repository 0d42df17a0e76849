package workbook

import (
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
)

// The groups the group table does not know are a table of the Quality
// sheet, in every language: name as written (text, even when it looks
// like a formula) and incidents (a number), in the Dataset's order.
func TestQualityUnknownGroups(t *testing.T) {
	groups := []data.NameCount{{Name: "Brigade X", Count: 12}, {Name: "=cmd|' /C calc'!A0", Count: 3}, {Name: "كتيبة س", Count: 3}, {Name: "Foo", Count: 1}}
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			in := workbookInput(t)
			in.Settings.Lang = lang
			in.Data.UnknownGroups = groups
			f, _ := writeTestWorkbook(t, in)
			tr := func(key string) string { return i18n.T(lang, key) }
			s := sheetName(tr("wb.sheet.quality"))
			header, rows := readSection(t, readSheet(t, f, s), s, tr("wb.quality.unknown_groups"))
			if want := []string{tr("wb.quality.group_name"), tr("wb.quality.incidents")}; !slices.Equal(header, want) {
				t.Errorf("header = %q, want %q", header, want)
			}
			if len(rows) != len(groups) {
				t.Fatalf("rows = %q, want %d groups", rows, len(groups))
			}
			for i, g := range groups {
				if at(rows[i], 0) != g.Name || !sameNumber(at(rows[i], 1), float64(g.Count)) {
					t.Errorf("row %d = %q, want %s, %d", i+1, rows[i], g.Name, g.Count)
				}
			}
			r := findRow(t, f, s, 1, tr("wb.quality.unknown_groups")) + 2
			if !isNumber(t, f, s, ref(2, r)) || formula(t, f, s, ref(1, r+1)) != "" {
				t.Errorf("incidents is not a number, or a name is a formula")
			}
			tables, err := f.GetTables(s)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(tables, func(tb excelize.Table) bool { return tb.Name == "QualityUnknownGroups" }) {
				t.Errorf("no table QualityUnknownGroups among %v", tables)
			}
		})
	}
}

// Past maxListed names, the rest are counted, not listed; with none, the
// section says so.
func TestQualityUnknownGroupsCapped(t *testing.T) {
	defer func(n int) { maxListed = n }(maxListed)
	maxListed = 2
	in := workbookInput(t)
	in.Data.UnknownGroups = []data.NameCount{{Name: "A", Count: 5}, {Name: "B", Count: 4}, {Name: "C", Count: 3}, {Name: "D", Count: 1}}
	f, _ := writeTestWorkbook(t, in)
	const s = "Quality"
	_, rows := readSection(t, readSheet(t, f, s), s, "Groups not in the group table")
	if len(rows) != 3 || rows[0][0] != "A" || rows[1][0] != "B" || rows[2][0] != "2 more not listed here." {
		t.Errorf("rows = %q, want A, B and 2 more not listed", rows)
	}

	in = workbookInput(t)
	in.Data.UnknownGroups = nil
	f, _ = writeTestWorkbook(t, in)
	r := findRow(t, f, s, 1, "Groups not in the group table")
	if got := cellValue(t, f, s, ref(1, r+2), false); got != "none" {
		t.Errorf("no unknown groups shows %q, want none", got)
	}
}

// Sheets that grow with the whole data set keep their first rows (the
// largest, for a breakdown) and say how many more there are and where;
// the Incidents sheet of the period stays whole.
func TestLargeDataCapped(t *testing.T) {
	defer func(b, q int) { maxBreakdownRows, maxListed = b, q }(maxBreakdownRows, maxListed)
	maxBreakdownRows, maxListed = 1, 1
	in := workbookInput(t)
	f, _ := writeTestWorkbook(t, in)

	_, rows := readSection(t, readSheet(t, f, "Cooperation"), "Cooperation", "Incidents per partner country and year")
	if len(rows) != 2 || !strings.Contains(rows[1][0], "1 more not listed here") || !strings.Contains(rows[1][0], "figures.json lists them all (partners)") {
		t.Errorf("partners capped at 1: rows %q", rows)
	}
	if in.Data.NoteCount > 1 {
		_, rows = readSection(t, readSheet(t, f, "Quality"), "Quality", "Reconciliation notes")
		if last := rows[len(rows)-1][0]; len(rows) != 2 || !strings.Contains(last, "figures.json: quality.reconciliation_notes") {
			t.Errorf("notes capped at 1: rows %q", rows)
		}
	}
	incidents, err := f.GetRows("Incidents")
	if err != nil || len(incidents) != 5 {
		t.Errorf("Incidents sheet has %d rows, want the header and all 4 incidents", len(incidents))
	}
}
