package workbook

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"
)

// table is a data table of a grid: a header row and the data rows under
// it, made an Excel table (with its filter buttons) when written.
type table struct {
	name              string
	headerRow, last   int // 1-based rows
	firstCol, lastCol int // 1-based columns
}

// grid is a sheet laid out in memory before it is written with the
// normal (not streamed) excelize API. It suits the small sheets; the
// Incidents sheet is streamed instead.
type grid struct {
	rows   [][]cell
	tables []table
	panes  *excelize.Panes
}

// add appends a row and returns its 1-based number.
func (g *grid) add(cells ...cell) int {
	g.rows = append(g.rows, cells)
	return len(g.rows)
}

// headerRow appends a row of header cells.
func (g *grid) headerRow(st styles, labels ...string) int {
	cells := make([]cell, len(labels))
	for i, l := range labels {
		cells[i] = styledCell(l, st.header)
	}
	return g.add(cells...)
}

// title appends a title row.
func (g *grid) title(st styles, text string) int {
	return g.add(cell{value: text, style: st.title, spill: true})
}

// section appends a titled data table: a title row, a header row, the rows
// (or "none"), and a blank row after. A table with rows becomes an Excel
// table named name.
func (g *grid) section(st styles, lang locale, title, name string, header []string, rows [][]cell) {
	g.title(st, title)
	h := g.headerRow(st, header...)
	if len(rows) == 0 {
		g.add(sentenceCell(lang.t("wb.none")))
	} else {
		for _, r := range rows {
			g.add(r...)
		}
		if tableHeaderOK(header) {
			g.tables = append(g.tables, table{name: name, headerRow: h, last: len(g.rows), firstCol: 1, lastCol: len(header)})
		}
	}
	g.add()
}

// write puts the grid on sheet: values, styles, fitted widths, tables and
// panes.
func (g *grid) write(f *excelize.File, sheet string, st styles) error {
	var widths widths
	for r, row := range g.rows {
		for c, cell := range row {
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := setCell(f, sheet, ref, cell); err != nil {
				return fmt.Errorf("sheet %s, cell %s: %w", sheet, ref, err)
			}
			if !cell.spill {
				w := valueWidth(cell.value, cell.style, st)
				if cell.style == st.header {
					w += 3 // room for the filter button
				}
				widths.see(c, w)
			}
		}
	}
	if err := widths.apply(func(col int, width float64) error {
		name, err := excelize.ColumnNumberToName(col)
		if err != nil {
			return err
		}
		return f.SetColWidth(sheet, name, name, width)
	}); err != nil {
		return err
	}
	for _, t := range g.tables {
		from, _ := excelize.CoordinatesToCellName(t.firstCol, t.headerRow)
		to, _ := excelize.CoordinatesToCellName(t.lastCol, t.last)
		if err := f.AddTable(sheet, &excelize.Table{Range: from + ":" + to, Name: t.name, StyleName: tableStyle}); err != nil {
			return fmt.Errorf("sheet %s, table %s: %w", sheet, t.name, err)
		}
	}
	if g.panes != nil {
		if err := f.SetPanes(sheet, g.panes); err != nil {
			return err
		}
	}
	return printSetup(f, sheet)
}

// printSetup prints a sheet landscape, one page wide: a printed or PDF
// Summary keeps its tables and charts whole across the page.
func printSetup(f *excelize.File, sheet string) error {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

// tableHeaderOK reports whether labels can head an Excel table: each
// one non-empty, free of control characters (a tab or a line break in a
// header makes Excel repair the table away) and unique ignoring case.
func tableHeaderOK(labels []string) bool {
	seen := make(map[string]bool, len(labels))
	for _, l := range labels {
		key := strings.ToLower(l)
		if l == "" || seen[key] || strings.IndexFunc(l, unicode.IsControl) >= 0 {
			return false
		}
		seen[key] = true
	}
	return true
}

// freezeHeader freezes the first row, and the first column too when
// firstColumn.
func freezeHeader(firstColumn bool) *excelize.Panes {
	if !firstColumn {
		return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
			Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
	}
	return &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}}}
}
