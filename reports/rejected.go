package reports

import (
	"encoding/csv"
	"os"
	"strconv"

	"github.com/ctreport/ctreport/data"
)

// writeRejected writes rejected.csv: one row per rejected input row with
// its file, line, column, reason and the row as read.
func writeRejected(path string, rejected []data.RowError) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write([]string{"file", "line", "column", "column_name", "reason", "raw"})
	for _, r := range rejected {
		w.Write([]string{textCell(r.File), strconv.Itoa(r.Line), strconv.Itoa(r.Column),
			textCell(r.ColumnName), textCell(r.Reason), textCell(r.Raw)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// textCell keeps a spreadsheet from reading a value as a formula: a value
// that begins with '=', '+', '-', '@', a tab or a carriage return gets a
// leading apostrophe, which spreadsheets show as text.
func textCell(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') {
		return "'" + s
	}
	return s
}
