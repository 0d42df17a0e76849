package data

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func TestEncodings(t *testing.T) {
	const text = "incident_id,date,country,city,notes\nA,2022-10-04,Maroc,Fès,opération à Nador\nB,2022-10-05,الجزائر,وهران,خلية إرهابية\n"
	latin := "incident_id,date,country,city,notes\nA,2022-10-04,Maroc,Fès,opération à Nador; sûreté\n"
	arabic := "incident_id,date,country,city,notes\nB,2022-10-05,الجزائر,وهران,خلية إرهابية تم تفكيكها\n"
	enc1252, _ := charmap.Windows1252.NewEncoder().String(latin)
	enc1256, _ := charmap.Windows1256.NewEncoder().String(arabic)
	le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(text)
	be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewEncoder().String(text)
	for _, c := range []struct {
		name, content, force, want, encoding string
	}{
		{"utf-8", text, "", text, ""},
		{"utf-8 BOM", "\ufeff" + text, "", text, ""},
		{"utf-16le BOM", le, "", text, "utf-16le (byte-order mark)"},
		{"utf-16be BOM", be, "", text, "utf-16be (byte-order mark)"},
		{"windows-1252 detected", enc1252, "", latin, "windows-1252 (detected)"},
		{"windows-1256 detected", enc1256, "", arabic, "windows-1256 (detected)"},
		{"windows-1252 forced", enc1252, "windows-1252", latin, "windows-1252 (--encoding)"},
		{"utf-16 forced", le, "utf-16", text, "utf-16le (byte-order mark)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeFile(t, "in.csv", c.content)
			opts := DefaultOptions(asOf)
			opts.Encoding = c.force
			ds, err := Load([]string{path}, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkFilesNoPoison(t, ds, path)
			if len(ds.Rejected) != 0 || ds.Files[0].Encoding != c.encoding {
				t.Fatalf("rejected %v, encoding %q", ds.Rejected, ds.Files[0].Encoding)
			}
			lines := strings.Split(strings.TrimSpace(c.want), "\n")[1:]
			notes := col(t, ds, ColNotes)
			for i, l := range lines {
				f := strings.Split(l, ",")
				if notes[i] != f[4] {
					t.Errorf("notes %q, want %q", notes[i], f[4])
				}
			}
		})
	}
}

// A UTF-8 file with one bad byte stays UTF-8: that row is rejected, and
// its raw text is written as valid UTF-8.
func TestBadByteRejectedAsUTF8(t *testing.T) {
	path := writeFile(t, "in.csv", "incident_id,date,country,notes\nA,2022-01-01,MA,Fès\nB,2022-01-01,MA,x\xe9y\n")
	ds := load(t, path)
	if len(ds.Rejected) != 1 || ds.Files[0].Encoding != "" {
		t.Fatalf("rejected %v, encoding %q", ds.Rejected, ds.Files[0].Encoding)
	}
	if r := ds.Rejected[0].Raw; !utf8.ValidString(r) || !strings.Contains(r, "x\uFFFDy") {
		t.Errorf("raw %q", r)
	}
}
