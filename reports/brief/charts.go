package brief

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"html/template"
	"image"
	_ "image/png" // DecodeConfig of the PNG charts
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// chartOrder is the order of the charts in the note (docs/figures.md, The
// outputs); charts not named here follow, sorted by name.
var chartOrder = []string{
	"cells_per_year", "arrests_per_year", "cooperation_rate",
	"partners_per_year", "arrests_by_affiliation", "period_comparison",
}

// readCharts reads the charts in dir, one per name: the SVG for the
// HTML where there is one, else the PNG; the PNG for the Markdown where
// there is one, else the SVG. A missing dir means no charts. Alt is left
// for the caller.
func readCharts(dir string) ([]chart, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	has := map[string]map[string]bool{} // name → extension → present
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if ext != ".svg" && ext != ".png" {
			continue
		}
		name := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if has[name] == nil {
			has[name] = map[string]bool{}
		}
		has[name][ext] = true
	}
	var out []chart
	for _, name := range orderCharts(has) {
		c := chart{Name: name}
		htmlExt, mdExt := ".svg", ".png"
		if !has[name][".svg"] {
			htmlExt = ".png"
		}
		if !has[name][".png"] {
			mdExt = ".svg"
		}
		c.File = "charts/" + name + mdExt
		b, err := os.ReadFile(filepath.Join(dir, name+htmlExt))
		if err != nil {
			return nil, err
		}
		if htmlExt == ".svg" {
			c.Src = template.URL("data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(b))
			c.Width, c.Height = svgCSSSize(b)
		} else {
			c.Src = template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(b))
			c.Width, c.Height = pngCSSSize(b)
		}
		out = append(out, c)
	}
	return out, nil
}

// orderCharts lists the chart names in briefChartOrder, then the others
// sorted.
func orderCharts(has map[string]map[string]bool) []string {
	var names []string
	for _, n := range chartOrder {
		if has[n] != nil {
			names = append(names, n)
		}
	}
	var rest []string
	for n := range has {
		if !slices.Contains(chartOrder, n) {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	return append(names, rest...)
}

// svgCSSSize reads the width and height of an SVG's root element in CSS
// pixels (1pt = 4/3 px), or 0, 0 when they are missing or in other units.
func svgCSSSize(b []byte) (int, int) {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			return 0, 0
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var w, h float64
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "width":
				w = cssLength(a.Value)
			case "height":
				h = cssLength(a.Value)
			}
		}
		if w <= 0 || h <= 0 {
			return 0, 0
		}
		return int(math.Round(w)), int(math.Round(h))
	}
}

func cssLength(s string) float64 {
	s = strings.TrimSpace(s)
	scale := 1.0
	switch {
	case strings.HasSuffix(s, "pt"):
		s, scale = strings.TrimSuffix(s, "pt"), 4.0/3
	case strings.HasSuffix(s, "px"):
		s = strings.TrimSuffix(s, "px")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0
	}
	return v * scale
}

// pngCSSSize returns a PNG's size in CSS pixels (96 per inch) from its
// pixel size and its pHYs resolution; without pHYs, a pixel is a CSS pixel.
func pngCSSSize(b []byte) (int, int) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return 0, 0
	}
	dpi := pngDPI(b)
	if dpi <= 0 {
		return cfg.Width, cfg.Height
	}
	return int(math.Round(float64(cfg.Width) * 96 / dpi)), int(math.Round(float64(cfg.Height) * 96 / dpi))
}

// pngDPI reads the horizontal resolution of a PNG's pHYs chunk in dots per
// inch, or 0 when there is none.
func pngDPI(b []byte) float64 {
	const sig = 8
	for i := sig; i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		typ := string(b[i+4 : i+8])
		if typ == "pHYs" && n == 9 && i+8+9 <= len(b) {
			ppu := binary.BigEndian.Uint32(b[i+8:])
			if b[i+16] == 1 { // unit: metre
				return float64(ppu) * 0.0254
			}
			return 0
		}
		if typ == "IDAT" || n < 0 {
			return 0
		}
		i += 12 + n
	}
	return 0
}
