package data

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
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
	// epoch is day 0 of the workbook's date serial numbers: 1899-12-30,
	// or 1904-01-01 in Excel's 1904 date system.
	epoch time.Time
	// formulas are the first cell of each row (by row number) that holds
	// a formula with no computed value.
	formulas map[int]formulaCell
}

// formulaCell is a cell holding a formula whose value was never
// computed (a file written by a program, not saved by Excel).
type formulaCell struct {
	col     int // 0-based
	ref     string
	formula string
}

var (
	epoch1900 = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
)

func openXLSX(b []byte, tmpDir string) (*xlsxSource, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("not a readable .xlsx workbook: %w", err)
	}
	if err := checkParts(zr); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{RawCellValue: true, TmpDir: tmpDir,
		UnzipSizeLimit: MaxXLSXPartBytes, UnzipXMLSizeLimit: min(MaxXLSXPartBytes, excelize.StreamChunkSize)})
	if err != nil {
		return nil, fmt.Errorf("not a readable .xlsx workbook: %w", err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, fmt.Errorf("the workbook has no sheet")
	}
	s := &xlsxSource{f: f, sum: fmt.Sprintf("%x", sha256.Sum256(b)), epoch: epoch1900}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
		s.epoch = epoch1904
	}
	if s.formulas, err = formulasWithoutValue(zr); err != nil {
		f.Close()
		return nil, fmt.Errorf("reading sheet %q: %w", sheets[0], err)
	}
	if s.rows, err = f.Rows(sheets[0]); err != nil {
		f.Close()
		return nil, fmt.Errorf("reading sheet %q: %w", sheets[0], err)
	}
	return s, nil
}

// checkParts refuses a workbook that would inflate to more than
// MaxXLSXPartBytes, in one part or in all, or by more than MaxXLSXRatio
// times, before anything is inflated. The sizes are those the zip
// declares; archive/zip fails a part that inflates past its own.
func checkParts(zr *zip.Reader) error {
	var all, packed uint64
	for _, zf := range zr.File {
		u, c := zf.UncompressedSize64, zf.CompressedSize64
		if err := partSize(zf.Name, u, c); err != nil {
			return err
		}
		all, packed = all+u, packed+c
	}
	return partSize("all parts together", all, packed)
}

func partSize(name string, u, c uint64) error {
	if u > MaxXLSXPartBytes {
		return fmt.Errorf("the workbook cannot be read: %s would inflate to %d MiB, more than the %d MiB read", name, u>>20, MaxXLSXPartBytes>>20)
	}
	if u > xlsxRatioFloor && u > MaxXLSXRatio*max(c, 1) {
		return fmt.Errorf("the workbook cannot be read: %s would inflate %d times (%d bytes to %d MiB), more than the %d times read", name, u/max(c, 1), c, u>>20, MaxXLSXRatio)
	}
	return nil
}

// XLSXSheet is a sheet of an xlsx package: its name and the zip path of
// its part.
type XLSXSheet struct{ Name, Part string }

// XLSXSheets lists the sheets of the xlsx package zr in order, each with
// its part: xl/workbook.xml names each sheet's relationship, and
// xl/_rels/workbook.xml.rels the part it points to (ECMA-376 part 1,
// §18.2.19 and part 2, §9.3). A sheet whose relationship is missing has
// no part ("").
func XLSXSheets(zr *zip.Reader) ([]XLSXSheet, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := readZipXML(zr, "xl/workbook.xml", &wb); err != nil || len(wb.Sheets) == 0 {
		return nil, err
	}
	if err := readZipXML(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	target := map[string]string{}
	for _, r := range rels.Rels {
		if _, dup := target[r.ID]; dup {
			continue // the first, as before
		}
		if strings.HasPrefix(r.Target, "/") {
			target[r.ID] = strings.TrimPrefix(r.Target, "/")
		} else {
			target[r.ID] = path.Join("xl", r.Target)
		}
	}
	sheets := make([]XLSXSheet, len(wb.Sheets))
	for i, s := range wb.Sheets {
		sheets[i] = XLSXSheet{s.Name, target[s.ID]}
	}
	return sheets, nil
}

// readZipXML decodes the part name of zr into v; a part that is not
// there leaves v as it is.
func readZipXML(zr *zip.Reader, name string, v any) error {
	for _, zf := range zr.File {
		if strings.EqualFold(zf.Name, name) {
			r, err := zf.Open()
			if err != nil {
				return err
			}
			defer r.Close()
			return xml.NewDecoder(r).Decode(v)
		}
	}
	return nil
}

// formulasWithoutValue finds the cells of the first sheet that hold a
// formula but no computed value: Excel saves the value of every formula
// with it, a program writing a file may not, and such a cell read as
// empty would be a count silently missing. A sheet with no formula at
// all is only looked through for "<f".
func formulasWithoutValue(zr *zip.Reader) (map[int]formulaCell, error) {
	sheets, err := XLSXSheets(zr)
	if err != nil || len(sheets) == 0 || sheets[0].Part == "" {
		return nil, nil // excelize says what is wrong with the workbook
	}
	name := sheets[0].Part
	var part *zip.File
	for _, zf := range zr.File {
		if zf.Name == name {
			part = zf
		}
	}
	if part == nil {
		return nil, nil
	}
	if has, err := partHas(part, []byte("<f")); err != nil || !has {
		return nil, err
	}
	r, err := part.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	found := map[int]formulaCell{}
	d := xml.NewDecoder(r)
	var cell formulaCell
	var inCell, inF, hasF, hasV bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return found, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				inCell, hasF, hasV, cell = true, false, false, formulaCell{}
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						cell.ref = a.Value
					}
				}
			case "f":
				inF, hasF = inCell, inCell
			case "v", "is":
				hasV = hasV || inCell && t.Name.Local == "is"
			}
		case xml.CharData:
			if inF && len(cell.formula) < maxArgBytes {
				cell.formula += string(t)
			}
			if inCell && !inF && len(bytes.TrimSpace(t)) > 0 {
				hasV = true
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "f":
				inF = false
			case "c":
				inCell = false
				if !hasF || hasV {
					continue
				}
				col, row, err := excelize.CellNameToCoordinates(cell.ref)
				if err != nil {
					continue
				}
				if _, ok := found[row]; !ok {
					cell.col = col - 1
					found[row] = cell
				}
			}
		}
	}
}

// partHas says whether the inflated part holds needle.
func partHas(zf *zip.File, needle []byte) (bool, error) {
	r, err := zf.Open()
	if err != nil {
		return false, err
	}
	defer r.Close()
	buf := make([]byte, 1<<20)
	keep := 0
	for {
		n, err := r.Read(buf[keep:])
		if bytes.Contains(buf[:keep+n], needle) {
			return true, nil
		}
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		// Keep the end, which may hold the start of needle.
		k := min(keep+n, len(needle)-1)
		copy(buf, buf[keep+n-k:keep+n])
		keep = k
	}
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
		it := item{line: line, rec: rec}
		if fc, ok := s.formulas[line]; ok {
			it.formula = &fc
		}
		b.items = append(b.items, it)
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
				rec[i] = excelDate(rec[i], s.epoch)
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
// epoch: 1899-12-30, or 1904-01-01 in a workbook of the 1904 date system;
// a fraction is the time of day, dropped) into YYYY-MM-DD; any other value
// is returned unchanged.
func excelDate(v string, epoch time.Time) string {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || len(v) < 5 || f < 1 || f > 2958465 {
		return v
	}
	return epoch.AddDate(0, 0, int(math.Floor(f))).Format("2006-01-02")
}

func (s *xlsxSource) comma() rune    { return ',' }
func (s *xlsxSource) digest() string { return s.sum }
func (s *xlsxSource) close() {
	s.rows.Close()
	s.f.Close()
}
