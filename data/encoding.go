package data

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Encodings are the values Options.Encoding takes: "auto" (UTF-8, UTF-16
// with a byte-order mark, or a legacy encoding when detection is
// confident), or one forced.
var Encodings = []string{"auto", "utf-8", "windows-1252", "windows-1256", "utf-16"}

// decodeFor returns the decoder of a named encoding (nil for UTF-8).
func decodeFor(name string) *encoding.Decoder {
	switch name {
	case "windows-1252":
		return charmap.Windows1252.NewDecoder()
	case "windows-1256":
		return charmap.Windows1256.NewDecoder()
	case "utf-16":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
	case "utf-16le":
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder()
	case "utf-16be":
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
	}
	return nil
}

// chooseEncoding decides how a CSV file whose first bytes are head is
// decoded: forced names one of Encodings ("" or "auto" to decide here).
// It returns the encoding ("" for UTF-8, read as it is) and how it was
// known, for the log and manifest.json ("windows-1252 (detected)").
func chooseEncoding(head []byte, eof bool, forced string) (string, string) {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return "utf-16le", "utf-16le (byte-order mark)"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return "utf-16be", "utf-16be (byte-order mark)"
	}
	switch forced {
	case "", "auto":
	case "utf-8":
		return "", ""
	default:
		return forced, forced + " (--encoding)"
	}
	if enc := detectLegacy(head, eof); enc != "" {
		return enc, enc + " (detected)"
	}
	return "", ""
}

// detectLegacy says whether head is confidently in Windows-1252 or
// Windows-1256 rather than UTF-8: it is not valid UTF-8, holds fewer valid
// multi-byte UTF-8 characters than invalid bytes, and its bytes above 127
// read, in one of the two, as letters (Arabic ones for 1256) or the usual
// typographic marks. Otherwise "" (UTF-8: a bad value rejects its row).
func detectLegacy(head []byte, eof bool) string {
	if !eof {
		// A character cut at the end of the sample is not an error.
		for i := 0; i < utf8.UTFMax && len(head) > 0 && !utf8.RuneStart(head[len(head)-1]); i++ {
			head = head[:len(head)-1]
		}
		if len(head) > 0 && head[len(head)-1] >= utf8.RuneSelf {
			head = head[:len(head)-1]
		}
	}
	if utf8.Valid(head) {
		return ""
	}
	multi, invalid := 0, 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			invalid++
		case n > 1:
			multi++
		}
		i += n
	}
	if multi >= invalid {
		return ""
	}
	high, latin, arabic := 0, 0, 0
	for _, b := range head {
		if b < utf8.RuneSelf {
			continue
		}
		high++
		if b == 0xFF {
			continue // ÿ and ے are rare: a lone 0xFF is a bad byte, not a letter
		}
		if r := charmap.Windows1256.DecodeByte(b); unicode.Is(unicode.Arabic, r) {
			arabic++
		}
		if r := charmap.Windows1252.DecodeByte(b); unicode.IsLetter(r) || bytes.ContainsRune([]byte("‘’“”–—…«»°€·"), r) {
			latin++
		}
	}
	switch {
	case arabic*10 >= high*6:
		return "windows-1256"
	case latin*10 >= high*9:
		return "windows-1252"
	}
	return ""
}

// decoded returns r read through the decoder of enc (r itself for UTF-8).
func decoded(r io.Reader, enc string) io.Reader {
	d := decodeFor(enc)
	if d == nil {
		return r
	}
	return transform.NewReader(r, d)
}
