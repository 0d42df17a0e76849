package workbook

import (
	"cmp"
	"hash/crc32"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// sheetRows writes the rows of a large sheet as SpreadsheetML (ECMA-376
// part 1: row §18.3.1.73, c §18.3.1.4, inline string §18.3.1.53),
// deflated as they come. The sheet itself is made with excelize, with its
// header row only; its rows are joined into it when the package is saved
// (spliceRows). For the Incidents sheet this does what excelize's stream
// writer did in a third of the time (no cell reference parsed, no value
// boxed, no regular expression run on each text), and its deflating is
// done while the charts are drawn rather than at the end of the run.
//
// The deflated rows go to a file (in the workbook's folder of temporary
// files), so that a period of millions of incidents takes no more memory
// than one of thousands.
//
// The cells are those the stream writer wrote, byte for byte (a test
// checks it): numbers with up to 15 significant digits, text as an inline
// string with xml:space="preserve" when it starts or ends with a space,
// and characters XML cannot hold replaced by U+FFFD. Where text holds
// what reads as an escaped character, _xHHHH_, its underscore is escaped
// in a formula too, and in each of several such sequences that share an
// underscore, which the stream writer left to be misread.
type sheetRows struct {
	cols []string // the column letters, A, B, …
	buf  []byte   // rows not yet deflated
	z    blockFlate
	out  *os.File // what z has deflated
	crc  uint32   // of every byte written
	size int64
	row  []byte // "r" attribute's value of the row being written
}

// rowsFlush is how many bytes of rows are gathered before they go to the
// deflater.
const rowsFlush = 1 << 20

// newSheetRows writes rows of the given number of columns, deflated, to
// out, which done closes.
func newSheetRows(columns int, out *os.File) *sheetRows {
	w := &sheetRows{cols: make([]string, columns), out: out}
	for j := range w.cols {
		w.cols[j], _ = excelize.ColumnNumberToName(j + 1)
	}
	w.z.w = out
	return w
}

// startRow starts row r (1-based).
func (w *sheetRows) startRow(r int) {
	w.row = strconv.AppendInt(w.row[:0], int64(r), 10)
	w.buf = append(append(append(w.buf, `<row r="`...), w.row...), `">`...)
}

// endRow ends the row, handing what was written to the deflater now and
// then.
func (w *sheetRows) endRow() {
	w.buf = append(w.buf, `</row>`...)
	if len(w.buf) >= rowsFlush {
		w.flush()
	}
}

func (w *sheetRows) flush() {
	w.crc = crc32.Update(w.crc, crc32.IEEETable, w.buf)
	w.size += int64(len(w.buf))
	_, _ = w.z.Write(w.buf) // an error stays in z and comes back from done
	w.buf = w.buf[:0]
}

// cellStart writes <c r="…" s="…" t="…"> for column col (0-based); style
// 0 and typ "" are left out.
func (w *sheetRows) cellStart(col, style int, typ string) {
	b := append(append(append(w.buf, `<c r="`...), w.cols[col]...), w.row...)
	b = append(b, '"')
	if style != 0 {
		b = strconv.AppendInt(append(b, ` s="`...), int64(style), 10)
		b = append(b, '"')
	}
	if typ != "" {
		b = append(append(append(b, ` t="`...), typ...), '"')
	}
	w.buf = append(b, '>')
}

// int writes an integer.
func (w *sheetRows) int(col, style int, v int64) {
	w.cellStart(col, style, "")
	w.buf = strconv.AppendInt(append(w.buf, `<v>`...), v, 10)
	w.buf = append(w.buf, `</v></c>`...)
}

// float writes a number, which must be finite.
func (w *sheetRows) float(col, style int, v float64) {
	w.cellStart(col, style, "")
	w.buf = append(append(append(w.buf, `<v>`...), excelNumber(v)...), `</v></c>`...)
}

// bool writes TRUE or FALSE.
func (w *sheetRows) bool(col int, v bool) {
	w.cellStart(col, 0, "b")
	if v {
		w.buf = append(w.buf, `<v>1</v></c>`...)
	} else {
		w.buf = append(w.buf, `<v>0</v></c>`...)
	}
}

// text writes s, at most a cell's text (fitCell), as an inline string.
func (w *sheetRows) text(col, style int, s string) {
	w.cellStart(col, style, "inlineStr")
	if spaced(s) {
		w.buf = append(w.buf, `<is><t xml:space="preserve">`...)
	} else {
		w.buf = append(w.buf, `<is><t>`...)
	}
	w.buf = appendXMLText(w.buf, s, false)
	w.buf = append(w.buf, `</t></is></c>`...)
}

// formula writes a formula with its value as text (t="str").
func (w *sheetRows) formula(col, style int, formula, value string) {
	b := append(append(append(w.buf, `<c`...), spacedAttr(value)...), ` r="`...)
	b = append(append(b, w.cols[col]...), w.row...)
	b = append(b, '"')
	if style != 0 {
		b = strconv.AppendInt(append(b, ` s="`...), int64(style), 10)
		b = append(b, '"')
	}
	b = append(b, ` t="str"><f>`...)
	b = appendXMLText(b, formula, true)
	b = append(b, `</f>`...)
	if value != "" {
		b = appendXMLText(append(b, `<v>`...), value, true)
		b = append(b, `</v>`...)
	}
	w.buf = append(b, `</c>`...)
}

// done deflates what is left, closes the file and returns the rows,
// deflated, as a stream of blocks none of which is the last.
func (w *sheetRows) done() (*deflatedRows, error) {
	w.flush()
	err := w.z.flush()
	st, serr := w.out.Stat()
	if cerr := w.out.Close(); err == nil {
		err = cmp.Or(serr, cerr)
	}
	if err != nil {
		return nil, err
	}
	return &deflatedRows{path: w.out.Name(), zsize: st.Size(), crc: w.crc, size: w.size}, nil
}

// deflatedRows is the XML of a sheet's rows deflated, in the file path,
// ready to be joined into the sheet's part of the package: its length
// deflated, and its CRC-32 and length before, as a zip entry needs them.
type deflatedRows struct {
	path  string
	zsize int64
	crc   uint32
	size  int64
}

// spaced reports whether s starts or ends with a space, tab or line
// break: XML would drop them without xml:space="preserve".
func spaced(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}

// spacedAttr is the xml:space attribute a formula cell's value needs.
func spacedAttr(s string) string {
	if spaced(s) {
		return ` xml:space="preserve"`
	}
	return ""
}

// appendXMLText appends s as XML character data: & < > " ' escaped,
// tabs and carriage returns as character references (line feeds too when
// escapeLF; a cell's inline text keeps them as they are), characters XML
// cannot hold (§2.2 of XML 1.0) and bytes that are not UTF-8 as U+FFFD,
// and the underscore of any "_xHHHH_" in s escaped as _x005F_, so that a
// reader does not take it for an escaped character (ECMA-376 part 1,
// §22.9.2.19 ST_Xstring).
func appendXMLText(b []byte, s string, escapeLF bool) []byte {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == '_' && strings.HasPrefix(s[i:], "_x") {
			plain = false
			break
		}
	}
	if plain {
		return append(b, s...)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"':
			b = append(b, "&#34;"...)
		case r == '\'':
			b = append(b, "&#39;"...)
		case r == '\t':
			b = append(b, "&#x9;"...)
		case r == '\r':
			b = append(b, "&#xD;"...)
		case r == '\n' && escapeLF:
			b = append(b, "&#xA;"...)
		case r == '_' && escapedChar(s[i:]):
			b = append(b, "_x005F_"...)
		case r == utf8.RuneError && n == 1, !xmlChar(r):
			b = utf8.AppendRune(b, '\uFFFD')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// escapedChar reports whether s starts with what reads as an escaped
// character, _xHHHH_.
func escapedChar(s string) bool {
	if len(s) < 7 || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// xmlChar reports whether XML 1.0 can hold r (§2.2, production Char).
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || 0x20 <= r && r <= 0xD7FF || 0xE000 <= r && r <= 0xFFFD || 0x10000 <= r && r <= 0x10FFFF
}

// excelNumber formats v as the shortest decimal that reads back as v,
// cut to the 15 significant digits Excel keeps, as excelize writes it.
func excelNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	const maxDigits = 15
	digits, point := 0, strings.IndexByte(s, '.')
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || digits == 0 && s[i] == '0' {
			continue
		}
		if digits++; digits <= maxDigits {
			continue
		}
		if point >= 0 && i > point {
			return strings.TrimSuffix(s[:i], ".")
		}
		if point < 0 {
			point = len(s)
		}
		cut := []byte(s[:point])
		for ; i < len(cut); i++ {
			cut[i] = '0'
		}
		return string(cut)
	}
	return s
}
