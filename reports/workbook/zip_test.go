package workbook

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWorkbookByteIdentical writes the same input several times and
// requires the same SHA-256 each time, as the manifest promises: with the
// Summary's charts (whose content types excelize lists in map order) and
// with the incidents split over several streamed sheets (which excelize
// writes in map order).
func TestWorkbookByteIdentical(t *testing.T) {
	for _, c := range []struct {
		name  string
		lang  string
		split int // rows per Incidents sheet; 0: Excel's limit
	}{
		{"charts", "en", 0},
		{"charts and split incidents, Arabic", "ar", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.split > 0 {
				defer func(n int) { maxIncidentRows = n }(maxIncidentRows)
				maxIncidentRows = c.split
			}
			in := workbookInput(t)
			in.Settings.Lang = c.lang
			var first string
			for i := range 8 {
				path := filepath.Join(t.TempDir(), "report.xlsx")
				if err := Write(path, in); err != nil {
					t.Fatal(err)
				}
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				sum := sha256.Sum256(b)
				if i > 0 {
					if got := hex.EncodeToString(sum[:]); got != first {
						t.Fatalf("write %d has SHA-256 %s, the first %s", i+1, got, first)
					}
					continue
				}
				first = hex.EncodeToString(sum[:])
				checkPackage(t, path, c.split > 0)
			}
		})
	}
}

// checkPackage checks the normalised package: the charts are there, the
// entries are in their fixed order with one fixed date, and no temporary
// file is left beside it.
func checkPackage(t *testing.T, path string, split bool) {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var names []string
	for _, f := range z.File {
		names = append(names, f.Name)
		if f.ModifiedDate != zipDate || f.ModifiedTime != 0 || len(f.Extra) != 0 {
			t.Errorf("%s: date %#x time %#x, %d extra bytes; want the fixed date and no extra", f.Name, f.ModifiedDate, f.ModifiedTime, len(f.Extra))
		}
	}
	if len(names) < 2 || names[0] != "[Content_Types].xml" || names[1] != "_rels/.rels" || !slices.IsSorted(names[2:]) {
		t.Errorf("entries in the order %q", names)
	}
	for _, want := range []string{"xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml"} {
		if !slices.Contains(names, want) {
			t.Errorf("no %s in the package: %q", want, names)
		}
	}
	sheets := 0
	for _, n := range names {
		if strings.HasPrefix(n, "xl/worksheets/sheet") {
			sheets++
		}
	}
	if want := 10; split && sheets <= want || !split && sheets != want {
		t.Errorf("%d sheets in the package (split: %v)", sheets, split)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".report-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

func TestSortContentTypes(t *testing.T) {
	in := `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"></Default><Default Extension="png" ContentType="image/png"></Default><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"></Default><Override PartName="/xl/workbook.xml" ContentType="w"></Override><Override PartName="/docProps/app.xml" ContentType="a"></Override></Types>`
	want := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"></Default><Default Extension="png" ContentType="image/png"></Default><Default Extension="xml" ContentType="application/xml"></Default><Override PartName="/docProps/app.xml" ContentType="a"></Override><Override PartName="/xl/workbook.xml" ContentType="w"></Override></Types>`
	got, err := sortContentTypes([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("sorted content types:\n%s\nwant\n%s", got, want)
	}
	if _, err := sortContentTypes([]byte("<Types><Default")); err == nil {
		t.Error("sortContentTypes accepted broken XML")
	}
}

// blockFlate's stream inflates to what was written — nothing, less than a
// block, a block exactly, and blocks and a half written in uneven pieces
// — and the same input gives the same bytes.
func TestBlockFlate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	line := []byte(`<row r="2"><c r="A2" t="inlineStr"><is><t>MA-2024-0001</t></is></c></row>`)
	for _, size := range []int{0, 1000, flateBlock, 2*flateBlock + flateBlock/2} {
		in := make([]byte, 0, size)
		for len(in) < size {
			in = append(in, line[:min(len(line), size-len(in))]...)
			if r.IntN(3) == 0 && len(in) < size {
				in = append(in, byte('a'+r.IntN(26)))
			}
		}
		deflate := func() []byte {
			var out bytes.Buffer
			z := &blockFlate{w: &out}
			for p := in; len(p) > 0; {
				k := min(len(p), 1+r.IntN(100_000))
				if _, err := z.Write(p[:k]); err != nil {
					t.Fatal(err)
				}
				p = p[k:]
			}
			if err := z.Close(); err != nil {
				t.Fatal(err)
			}
			return out.Bytes()
		}
		got := deflate()
		back, err := io.ReadAll(flate.NewReader(bytes.NewReader(got)))
		if err != nil {
			t.Fatalf("%d bytes: %v", size, err)
		}
		if !bytes.Equal(back, in) {
			t.Errorf("%d bytes: inflated to %d bytes, not what was written", size, len(back))
		}
		if again := deflate(); !bytes.Equal(again, got) {
			t.Errorf("%d bytes: deflated twice, two different streams", size)
		}
	}
}
