package reports

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/outdir"
)

// writeRejected writes rejected.csv: one row per rejected input row with
// its file, line, column, reason and the row as read.
func writeRejected(path string, rejected []data.RowError) error {
	return outdir.WriteFunc(path, func(f io.Writer) error {
		w := csv.NewWriter(f)
		w.Write([]string{"file", "line", "column", "column_name", "reason", "raw"})
		for _, r := range rejected {
			w.Write([]string{textCell(r.File), strconv.Itoa(r.Line), strconv.Itoa(r.Column),
				textCell(r.ColumnName), textCell(r.Reason), textCell(r.Raw)})
		}
		w.Flush()
		return w.Error()
	})
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
