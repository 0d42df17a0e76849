package workbook

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/data"
)

func TestFitCell(t *testing.T) {
	const marker = " […cut]"
	for _, c := range []struct {
		name string
		s    string
		cut  bool
	}{
		{"short", "a note", false},
		{"exactly the limit", strings.Repeat("a", maxCellText), false},
		{"limit in UTF-16, more in bytes", strings.Repeat("é", maxCellText), false},
		{"one over", strings.Repeat("a", maxCellText+1), true},
		{"40,910 characters", strings.Repeat("x", 40910), true},
		{"Arabic", strings.Repeat("ملاحظة ", 6000), true},
		// Each emoji is two UTF-16 units: 16,384 of them are 32,768.
		{"surrogate pairs", strings.Repeat("😀", 16384), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, cut := fitCell(c.s, marker)
			if cut != c.cut {
				t.Fatalf("cut = %v, want %v", cut, c.cut)
			}
			if !cut {
				if got != c.s {
					t.Errorf("text changed")
				}
				return
			}
			if n := utf16Len(got); n > maxCellText || n < maxCellText-1 {
				t.Errorf("cut to %d UTF-16 units, want %d (or one less before a surrogate pair)", n, maxCellText)
			}
			if !strings.HasSuffix(got, marker) || !strings.HasPrefix(c.s, strings.TrimSuffix(got, marker)) || !utf8.ValidString(got) {
				t.Errorf("cut text is not a prefix of the text and the marker")
			}
		})
	}
}

func TestGridPrepend(t *testing.T) {
	g := &grid{}
	g.add(textCell("title"))
	g.tables = append(g.tables, table{name: "T", headerRow: 2, last: 5, firstCol: 1, lastCol: 2})
	g.prepend([]cell{textCell("warning")}, nil)
	if len(g.rows) != 3 || g.rows[0][0].value != "warning" || g.tables[0].headerRow != 4 || g.tables[0].last != 7 {
		t.Errorf("prepend: rows %v, table %+v", g.rows, g.tables[0])
	}
}

// The Incidents sheet taken out of the table a chunk at a time is the
// same, byte for byte, whatever the chunk's size: one incident, a few, or
// all at once. (A split sheet is checked too, with a row limit of 2.)
func TestIncidentChunks(t *testing.T) {
	in := workbookInput(t)
	write := func(chunk, rowLimit int) []byte {
		defer func(c, r int) { incidentChunk, maxIncidentRows = c, r }(incidentChunk, maxIncidentRows)
		incidentChunk, maxIncidentRows = chunk, rowLimit
		path := filepath.Join(t.TempDir(), "report.xlsx")
		if err := Write(path, in); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, limit := range []int{maxIncidentRows, 2} {
		want := write(1<<16, limit)
		for _, chunk := range []int{1, 2, 3} {
			if got := write(chunk, limit); !bytes.Equal(got, want) {
				t.Errorf("chunks of %d (row limit %d): the workbook differs from one written in one chunk", chunk, limit)
			}
		}
	}
}

// A sheet past streamRows rows is streamed; its cells and styles read back
// the same as when set cell by cell, and its longest table is a table.
func TestStreamedGrid(t *testing.T) {
	in := workbookInput(t)
	in.Data.Rejected = append(in.Data.Rejected, data.RowError{File: "x.csv", Line: 9, Column: 2, ColumnName: "date", Reason: "bad date", Raw: "=1+1,2024-13-01"})
	write := func(limit int) *excelize.File {
		defer func(n int) { streamRows = n }(streamRows)
		streamRows = limit
		path := filepath.Join(t.TempDir(), "report.xlsx")
		if err := Write(path, in); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	whole, streamed := write(1<<30), write(0)
	for _, sheet := range whole.GetSheetList() {
		a, err1 := whole.GetRows(sheet)
		b, err2 := streamed.GetRows(sheet)
		if err1 != nil || err2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("sheet %s differs when streamed (%v, %v)", sheet, err1, err2)
			continue
		}
		for r := range a {
			for c := range a[r] {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				s1, _ := whole.GetCellStyle(sheet, ref)
				s2, _ := streamed.GetCellStyle(sheet, ref)
				if s1 != s2 {
					t.Errorf("%s!%s: style %d streamed, %d set", sheet, ref, s2, s1)
				}
			}
		}
		t1, _ := whole.GetTables(sheet)
		t2, _ := streamed.GetTables(sheet)
		if len(t2) != min(len(t1), 1) {
			t.Errorf("sheet %s: %d tables streamed, %d set; want the longest only", sheet, len(t2), len(t1))
		}
	}
}
