package workbook

import (
	"fmt"
	"slices"
	"strings"
	"time"
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
// Incidents sheet's rows are written as XML of their own (sheetRows).
type grid struct {
	rows   [][]cell
	tables []table
	panes  *excelize.Panes
	// onePage prints the sheet on one page (the Summary); other sheets
	// print one page wide, as many pages long as they need.
	onePage bool
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
	widths := g.widths(st)
	numberHeaders := g.numberHeaders(st)
	for r, row := range g.rows {
		for c, cell := range row {
			cell.style = effectiveStyle(cell, numberHeaders[[2]int{r, c}], st)
			ref, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			if err := setCell(f, sheet, ref, cell); err != nil {
				return fmt.Errorf("sheet %s, cell %s: %w", sheet, ref, err)
			}
		}
		if h, ok := g.rowHeight(r, widths, st); ok {
			if err := f.SetRowHeight(sheet, r+1, h); err != nil {
				return err
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
	panes := g.panes
	if panes == nil && len(g.tables) > 0 {
		panes = freezeRows(g.tables[0].headerRow)
	}
	if panes != nil {
		if err := f.SetPanes(sheet, panes); err != nil {
			return err
		}
	}
	titleRows := 0
	if len(g.tables) > 0 {
		titleRows = g.tables[0].headerRow
	}
	columns := 0
	for _, row := range g.rows {
		columns = max(columns, len(row))
	}
	return printSetup(f, sheet, columns, titleRows, g.onePage)
}

// widths are the fitted widths of the grid's columns: each the widest
// value in it, a header wrapping on up to headerLines lines (a title or a
// sentence runs over the cells beside it).
func (g *grid) widths(st styles) widths {
	var w widths
	for _, row := range g.rows {
		for c, cell := range row {
			switch {
			case cell.spill:
			case cell.style == st.header || cell.style == st.headerNumber:
				s, _ := cell.value.(string)
				w.see(c, headerWidth(s))
			default:
				w.see(c, valueWidth(cell.value, cell.style, st))
			}
		}
	}
	return w
}

// rowHeight is the height of row r (0-based) when it is a header row whose
// headers wrap in the columns of widths w; ok is false for any other row,
// which keeps the default height.
func (g *grid) rowHeight(r int, w widths, st styles) (float64, bool) {
	row := g.rows[r]
	if !slices.ContainsFunc(row, func(c cell) bool { return c.style == st.header || c.style == st.headerNumber }) {
		return 0, false
	}
	filter := slices.ContainsFunc(g.tables, func(t table) bool { return t.headerRow == r+1 })
	h := headerHeight(row, w.width, filter)
	return h, h > lineHeight+3
}

// effectiveStyle is the style a cell is written in: a count's #,##0 when
// it has none, a header over numbers aligned as they are.
func effectiveStyle(c cell, numberHeader bool, st styles) int {
	if _, ok := c.value.(int); ok && c.style == 0 {
		return st.count
	}
	if numberHeader {
		return st.headerNumber
	}
	return c.style
}

// numberHeaders finds the header cells over columns of numbers: in each
// run of rows under a header row, down to the next blank row, a column
// whose cells hold more numbers than texts. Their headers are aligned as
// the numbers are.
func (g *grid) numberHeaders(st styles) map[[2]int]bool {
	out := map[[2]int]bool{}
	for r, row := range g.rows {
		if len(row) == 0 || !slices.ContainsFunc(row, func(c cell) bool { return c.style == st.header }) {
			continue
		}
		for c := range row {
			if row[c].style != st.header {
				continue
			}
			numbers, texts := 0, 0
			for _, below := range g.rows[r+1:] {
				if len(below) == 0 || below[0].style == st.header || below[0].style == st.title {
					break
				}
				if c >= len(below) {
					continue
				}
				switch v := below[c].value.(type) {
				case int, float64, time.Time:
					numbers++
				case string:
					if v == notGiven {
						numbers++
					} else if v != "" {
						texts++
					}
				}
			}
			if numbers > texts {
				out[[2]int{r, c}] = true
			}
		}
	}
	return out
}

// freezeRows freezes the first n rows: the title and header of a sheet's
// first table.
func freezeRows(n int) *excelize.Panes {
	cell, _ := excelize.CoordinatesToCellName(1, n+1)
	return &excelize.Panes{Freeze: true, YSplit: n, TopLeftCell: cell, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell, ActiveCell: cell, Pane: "bottomLeft"}}}
}

// wideSheet is how many columns a sheet may have and still print
// portrait.
const wideSheet = 8

// printSetup sets how a sheet prints: landscape when it has more than
// wideSheet columns, else portrait; one page wide (onePage: one page in
// all); the first titleRows rows (the first table's title and header)
// repeated on every page.
func printSetup(f *excelize.File, sheet string, columns, titleRows int, onePage bool) error {
	orientation, wide, tall, fit := "portrait", 1, 0, true
	if columns > wideSheet {
		orientation = "landscape"
	}
	if onePage {
		tall = 1
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &orientation, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if titleRows > 0 {
		quoted := "'" + strings.ReplaceAll(sheet, "'", "''") + "'"
		if err := f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", Scope: sheet,
			RefersTo: fmt.Sprintf("%s!$1:$%d", quoted, titleRows),
		}); err != nil {
			return err
		}
	}
	return nil
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
