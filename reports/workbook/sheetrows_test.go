package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rowsCase is one cell written both by excelize's stream writer (as the
// value it takes) and by sheetRows.
type rowsCase struct {
	value any
	write func(w *sheetRows, col int)
}

func textCase(s string) rowsCase {
	return rowsCase{s, func(w *sheetRows, col int) { w.text(col, 0, s) }}
}

// TestSheetRowsAsStreamWriter writes the same cells with sheetRows and
// with excelize's stream writer, which wrote the Incidents sheet before,
// and requires the same bytes: text that needs escaping, is not UTF-8,
// holds characters XML cannot, starts with a space or holds what reads
// as an escaped character; numbers to 15 significant digits; counts and
// dates with a style; booleans; a link's formula with its text.
func TestSheetRowsAsStreamWriter(t *testing.T) {
	texts := []string{
		"Morocco", "DGST", "المغرب", "Casablanca-Settat", "a & b < c > d", `"quoted" 'single'`,
		" leading", "trailing ", "\ttab", "line\nbreak", "line\r\nbreak", "bell\x07", "nul\x00",
		"bad \xff utf-8", "\uFFFE not a char", "emoji 🇲🇦", "=1+1", "_x0041_ looks escaped",
		"_x005F_", "snake_case_x", "\u202Eright-to-left override",
	}
	var cases []rowsCase
	for _, s := range texts {
		cases = append(cases, textCase(s))
	}
	for _, v := range []float64{52.5336, -9.2576, 0.1 + 0.2, 1e-7, 123456789.123456789, 45522, -0.5, 1234567890123456789} {
		cases = append(cases, rowsCase{v, func(w *sheetRows, col int) { w.float(col, 0, v) }})
	}
	cases = append(cases,
		rowsCase{excelize.Cell{StyleID: 5, Value: 45317.0}, func(w *sheetRows, col int) { w.float(col, 5, 45317) }},
		rowsCase{excelize.Cell{StyleID: 16, Value: 1200}, func(w *sheetRows, col int) { w.int(col, 16, 1200) }},
		rowsCase{excelize.Cell{StyleID: 16, Value: 0}, func(w *sheetRows, col int) { w.int(col, 16, 0) }},
		rowsCase{true, func(w *sheetRows, col int) { w.bool(col, true) }},
		rowsCase{false, func(w *sheetRows, col int) { w.bool(col, false) }},
	)
	for _, url := range []string{"https://example.org/a?b=1&c='2'", "http://example.org/snake_case"} {
		formula, ok := hyperlinkFormula(url)
		if !ok {
			t.Fatalf("%q: no link", url)
		}
		cases = append(cases, rowsCase{excelize.Cell{StyleID: 14, Formula: formula, Value: url},
			func(w *sheetRows, col int) { w.formula(col, 14, formula, url) }})
	}

	// Three rows, the last with every cell, so that columns past Z and
	// rows past 9 are named as excelize names them.
	values := make([]any, len(cases))
	for j, c := range cases {
		values[j] = c.value
	}
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	w := newSheetRows(len(cases), rowsFile(t))
	for _, r := range []int{2, 9, 10} {
		if err := sw.SetRow("A"+strconv.Itoa(r), values); err != nil {
			t.Fatal(err)
		}
		w.startRow(r)
		for j, c := range cases {
			c.write(w, j)
		}
		w.endRow()
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	sheetFile, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	sheetXML, err := io.ReadAll(sheetFile)
	if err != nil {
		t.Fatal(err)
	}
	sheet := string(sheetXML)
	want := sheet[strings.Index(sheet, `<row r="2"`):strings.Index(sheet, `</sheetData>`)]

	rows, err := w.done()
	if err != nil {
		t.Fatal(err)
	}
	got := inflateRows(t, rows)
	if got != want {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("rows differ from byte %d:\n got %q\nwant %q", i, got[max(0, i-80):min(len(got), i+120)], want[max(0, i-80):min(len(want), i+120)])
			}
		}
		t.Fatalf("rows are %d bytes, want %d", len(got), len(want))
	}
}

// TestSheetRowsEscapedCharacters decodes, as a reader does, text that
// holds what a reader would take for escaped characters, _xHHHH_, one
// after another where they share an underscore: each comes back as
// written.
func TestSheetRowsEscapedCharacters(t *testing.T) {
	for _, s := range []string{"_x0041_", "_x0041_x0042_", "_x005F_x0041_", "a_x00e9_b", "__x0041__"} {
		got := string(appendXMLText(nil, s, false))
		// Decode as a reader does: each _xHHHH_, left to right.
		var out strings.Builder
		for i := 0; i < len(got); {
			if escapedChar(got[i:]) {
				var r rune
				for _, c := range got[i+2 : i+6] {
					r = r*16 + rune(strings.IndexRune("0123456789abcdef", c|0x20))
				}
				out.WriteRune(r)
				i += 7
				continue
			}
			out.WriteByte(got[i])
			i++
		}
		if out.String() != s {
			t.Errorf("%q written as %q reads back as %q", s, got, out.String())
		}
	}
}

// TestSheetRowsLarge writes rows past the deflater's block size and
// requires them back whole, with the CRC-32 and length the zip entry
// records.
func TestSheetRowsLarge(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	w := newSheetRows(3, rowsFile(t))
	var want strings.Builder
	for r := 2; want.Len() < 3*flateBlock; r++ {
		w.startRow(r)
		s := strings.Repeat(string(rune('a'+rng.IntN(26))), 1+rng.IntN(200))
		n := rng.Int64N(1 << 40)
		w.text(0, 0, s)
		w.int(1, 3, n)
		w.bool(2, n%2 == 0)
		w.endRow()
		b := n%2 == 0
		fmt.Fprintf(&want, `<row r="%[1]d"><c r="A%[1]d" t="inlineStr"><is><t>%[2]s</t></is></c><c r="B%[1]d" s="3"><v>%[3]d</v></c><c r="C%[1]d" t="b"><v>%[4]d</v></c></row>`,
			r, s, n, map[bool]int{true: 1, false: 0}[b])
	}
	rows, err := w.done()
	if err != nil {
		t.Fatal(err)
	}
	if got := inflateRows(t, rows); got != want.String() {
		t.Fatalf("rows differ: %d bytes back, %d written", len(got), want.Len())
	}
}

// rowsFile is a file for sheetRows to write to.
func rowsFile(t *testing.T) *os.File {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "rows-*.deflate")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// inflateRows inflates the rows, checked against their CRC-32 and length.
func inflateRows(t *testing.T, rows *deflatedRows) string {
	t.Helper()
	z, err := os.ReadFile(rows.path)
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(z)) != rows.zsize {
		t.Fatalf("rows file: %d bytes, recorded %d", len(z), rows.zsize)
	}
	// The rows' stream has no last block: end it with an empty one.
	end := deflateBlock(nil, true)
	b, err := io.ReadAll(flate.NewReader(bytes.NewReader(append(z, end.b...))))
	if err != nil {
		t.Fatal(err)
	}
	if int64(len(b)) != rows.size || crc32.ChecksumIEEE(b) != rows.crc {
		t.Fatalf("rows: %d bytes, CRC %08x; recorded %d bytes, CRC %08x", len(b), crc32.ChecksumIEEE(b), rows.size, rows.crc)
	}
	return string(b)
}

// TestCRC32Combine checks crc32Combine against the CRC-32 of the bytes
// joined, for lengths from none to past a megabyte.
func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	data := make([]byte, 4<<20)
	for i := range data {
		data[i] = byte(rng.Uint32())
	}
	for _, c := range [][2]int{{0, 0}, {0, 5}, {5, 0}, {1, 1}, {3, 4}, {1000, 1}, {7, 1 << 20}, {1 << 20, 2<<20 + 3}} {
		a, b := data[:c[0]], data[c[0]:c[0]+c[1]]
		want := crc32.ChecksumIEEE(data[:c[0]+c[1]])
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Errorf("lengths %d and %d: combined %08x, want %08x", c[0], c[1], got, want)
		}
	}
	// "123456789" is the check string of CRC catalogues: CRC-32 cbf43926.
	if got := crc32Combine(crc32.ChecksumIEEE([]byte("1234")), crc32.ChecksumIEEE([]byte("56789")), 5); got != 0xcbf43926 {
		t.Errorf("123456789 combined from 1234 and 56789: %08x, want cbf43926", got)
	}
}
