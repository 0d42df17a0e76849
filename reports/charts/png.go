package charts

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"math"
)

// pngSignature starts every PNG file; the IHDR chunk follows it.
var pngSignature = []byte("\x89PNG\r\n\x1a\n")

// withDPI returns the PNG b with a pHYs chunk saying dpi dots per inch, so
// that slide and word-processing programs place it at its printed size
// (8 × 4.5 inches) rather than assuming 72 or 96 dpi. Go's encoder writes
// no pHYs; the chunk goes right after IHDR, as the PNG specification asks
// (before IDAT). b is returned as it is when it does not start with an IHDR.
func withDPI(b []byte, dpi int) []byte {
	const ihdrEnd = 8 + 4 + 4 + 13 + 4 // signature, length, type, data, CRC
	if len(b) < ihdrEnd || !bytes.HasPrefix(b, pngSignature) || string(b[12:16]) != "IHDR" {
		return b
	}
	perMetre := uint32(math.Round(float64(dpi) / 0.0254))
	data := make([]byte, 0, 4+9)
	data = append(data, "pHYs"...)
	data = binary.BigEndian.AppendUint32(data, perMetre) // x
	data = binary.BigEndian.AppendUint32(data, perMetre) // y
	data = append(data, 1)                               // unit: metre

	out := make([]byte, 0, len(b)+4+len(data)+4)
	out = append(out, b[:ihdrEnd]...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)-4))
	out = append(out, data...)
	out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	return append(out, b[ihdrEnd:]...)
}
