package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"

	"github.com/ctreport/ctreport/data"
)

// rowsByPart gives the rows of each sheet named in rows under the name of
// the sheet's part in the package zr.
func rowsByPart(zr *zip.Reader, rows map[string]*deflatedRows) (map[string]*deflatedRows, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	sheets, err := data.XLSXSheets(zr)
	if err != nil {
		return nil, err
	}
	out := map[string]*deflatedRows{}
	for _, s := range sheets {
		if r, ok := rows[s.Name]; ok && s.Part != "" {
			out[s.Part] = r
		}
	}
	if len(out) != len(rows) {
		return nil, errors.New("a sheet written in rows is not in the workbook")
	}
	return out, nil
}

// spliceRows writes the sheet part zf with rows joined in at the end of
// its sheetData: the part before them and the part after them are
// deflated, the rows already are, and the three streams are one (the
// rows' blocks and the first part's end with a sync flush, the last part
// ends the stream). The entry's CRC-32 is that of the three parts
// combined (crc32Combine).
func spliceRows(zw *zip.Writer, zf *zip.File, rows *deflatedRows) error {
	sheet, err := inflateEntry(zf)
	if err != nil {
		return err
	}
	at := bytes.LastIndex(sheet, []byte("</sheetData>"))
	if at < 0 {
		return errors.New("the sheet has no sheetData to join its rows into")
	}
	head, tail := sheet[:at], sheet[at:]
	zRows, err := os.Open(rows.path)
	if err != nil {
		return err
	}
	defer zRows.Close()
	zHead, zTail := deflateBlock(head, false), deflateBlock(tail, true)
	if zHead.err != nil {
		return zHead.err
	}
	if zTail.err != nil {
		return zTail.err
	}
	crc := crc32Combine(crc32.ChecksumIEEE(head), rows.crc, rows.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name:               zf.Name,
		Method:             zip.Deflate,
		CRC32:              crc,
		CompressedSize64:   uint64(int64(len(zHead.b)) + rows.zsize + int64(len(zTail.b))),
		UncompressedSize64: uint64(int64(len(head)) + rows.size + int64(len(tail))),
		//lint:ignore SA1019 as in copyZipEntry: the MS-DOS date alone, no extra field.
		ModifiedDate:   zipDate,
		CreatorVersion: 20,
		ReaderVersion:  20,
	})
	if err != nil {
		return err
	}
	if _, err := w.Write(zHead.b); err != nil {
		return err
	}
	if n, err := io.Copy(w, zRows); err != nil || n != rows.zsize {
		return fmt.Errorf("joining the sheet's rows: %d of %d bytes copied (%v)", n, rows.zsize, err)
	}
	_, err = w.Write(zTail.b)
	return err
}

// crcPoly is the CRC-32 polynomial of zip (IEEE 802.3), bit-reversed.
const crcPoly = 0xedb88320

// crc32Combine returns the CRC-32 of a followed by b from the CRC-32 of
// a, that of b and b's length. Appending n bytes to a multiplies a's
// remainder by x^(8n) modulo the polynomial, and the CRC-32's pre- and
// post-conditioning cancel out in the sum with b's CRC: the method of
// zlib's crc32_combine (M. Adler, zlib 1.2.12, crc32.c, multmodp and
// x2nmodp), worked out here in the bit-reversed form zip uses.
func crc32Combine(crcA, crcB uint32, lenB int64) uint32 {
	if lenB <= 0 {
		return crcA
	}
	return crcMulModP(crcX8n(lenB), crcA) ^ crcB
}

// crcMulModP multiplies a and b modulo the polynomial, both bit-reversed
// (the top bit is x⁰).
func crcMulModP(a, b uint32) uint32 {
	var p uint32
	for m := uint32(1) << 31; m != 0; m >>= 1 {
		if a&m != 0 {
			p ^= b
		}
		if b&1 != 0 {
			b = b>>1 ^ crcPoly
		} else {
			b >>= 1
		}
	}
	return p
}

// crcX8n is x^(8n) modulo the polynomial, bit-reversed: x^8 squared as
// many times as n has bits, the squares multiplied where n's bit is set.
func crcX8n(n int64) uint32 {
	p := uint32(1) << 31  // x⁰
	sq := uint32(1) << 23 // x⁸
	for ; n != 0; n >>= 1 {
		if n&1 != 0 {
			p = crcMulModP(sq, p)
		}
		sq = crcMulModP(sq, sq)
	}
	return p
}
