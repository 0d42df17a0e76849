package data

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"
)

// xlsxSource reads the first sheet of a workbook; its first row is the
// header. Rows are numbered as the spreadsheet numbers them.
type xlsxSource struct {
	f        *excelize.File
	rows     *excelize.Rows
	sum      string
	line     int
	width    int
	dateCols map[int]bool
}

func openXLSX(b []byte) (*xlsxSource, error) {
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, fmt.Errorf("not a readable .xlsx workbook: %w", err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, fmt.Errorf("the workbook has no sheet")
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("reading sheet %q: %w", sheets[0], err)
	}
	return &xlsxSource{f: f, rows: rows, sum: fmt.Sprintf("%x", sha256.Sum256(b))}, nil
}

func (s *xlsxSource) header() ([]string, error) {
	rec, _, err := s.record()
	return rec, err
}

// next gathers the next rows into a batch.
func (s *xlsxSource) next() (*batch, error) {
	b := &batch{}
	for len(b.items) < 1024 {
		rec, line, err := s.record()
		if err != nil {
			if len(b.items) == 0 {
				b = nil
			}
			return b, err
		}
		b.items = append(b.items, item{line: line, rec: rec})
	}
	return b, nil
}

// record returns the next row and its number.
func (s *xlsxSource) record() ([]string, int, error) {
	for s.rows.Next() {
		s.line++
		rec, err := s.rows.Columns()
		if err != nil {
			return nil, s.line, err
		}
		if s.line == 1 {
			s.width = len(rec)
			s.dateCols = map[int]bool{}
			for i, h := range rec {
				if c, ok := columnNames[headerKey(h)]; ok && (c == cDate || c == cSourceDate) {
					s.dateCols[i] = true
				}
			}
			return rec, 1, nil
		}
		if len(rec) == 0 {
			continue // a blank row in a sheet is no row
		}
		// Spreadsheets drop empty trailing cells: pad to the header's width.
		for len(rec) < s.width {
			rec = append(rec, "")
		}
		for i := range rec {
			if s.dateCols[i] {
				rec[i] = excelDate(rec[i])
			}
		}
		return rec, s.line, nil
	}
	if err := s.rows.Error(); err != nil {
		return nil, s.line, err
	}
	return nil, 0, io.EOF
}

// excelDate turns a date cell stored as an Excel serial number (days since
// 1899-12-30; a fraction is the time of day, dropped) into YYYY-MM-DD; any
// other value is returned unchanged.
func excelDate(v string) string {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || len(v) < 5 || f < 1 || f > 2958465 {
		return v
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(math.Floor(f))).Format("2006-01-02")
}

func (s *xlsxSource) comma() rune    { return ',' }
func (s *xlsxSource) digest() string { return s.sum }
func (s *xlsxSource) close() {
	s.rows.Close()
	s.f.Close()
}
