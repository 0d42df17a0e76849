package charts

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/ctreport/ctreport/analysis"
)

// Options for drawing. Set them before calling Write.
type Options struct {
	// Lang picks the message table of the visible text: "en" ("" means
	// "en"). Write fails for a language that has no table yet.
	Lang string
	// Source is the source line under each chart, in the chosen language,
	// e.g. "Source: ctreport on the embedded sample (synthetic except 3 real
	// incidents)". Empty: only the as-of date is printed.
	Source string
	// AsOf (YYYY-MM-DD) is printed after the source ("as of 2026-11-28").
	// Empty: the figures' own AsOf.
	AsOf string
}

// DefaultOptions returns English charts with a plain source line and the
// figures' as-of date.
func DefaultOptions() Options {
	return Options{Lang: "en", Source: "Source: ctreport"}
}

// Names of the charts written, without extension.
const (
	CellsPerYear    = "cells_per_year"
	ArrestsPerYear  = "arrests_per_year"
	CooperationRate = "cooperation_rate"
)

// Write draws every chart into dir (made if missing) as <name>.png (300 dpi)
// and <name>.svg, and returns the names of the files written, sorted, or
// the first error. The same figures and options give the same bytes.
func Write(dir string, f analysis.Figures, o Options) ([]string, error) {
	cat, err := catalogueFor(o.Lang)
	if err != nil {
		return nil, fmt.Errorf("drawing charts: %w", err)
	}
	asOf := o.AsOf
	if asOf == "" {
		asOf = f.AsOf
	}
	if asOf != "" {
		if _, err := time.Parse(time.DateOnly, asOf); err != nil {
			return nil, fmt.Errorf("drawing charts: as-of date %q: want YYYY-MM-DD", asOf)
		}
	}
	caption := captionText(o.Source, asOf, cat)

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("drawing charts: %w", err)
	}
	charts := []struct {
		name  string
		build func(analysis.Figures, catalogue) figure
	}{
		{CellsPerYear, cellsFigure},
		{ArrestsPerYear, arrestsFigure},
		{CooperationRate, cooperationFigure},
	}
	var written []string
	for _, ch := range charts {
		fg := ch.build(f, cat)
		fg.caption = caption
		for _, format := range []string{"png", "svg"} {
			name := ch.name + "." + format
			b, err := encode(fg, format)
			if err != nil {
				return nil, fmt.Errorf("drawing chart %s: %w", name, err)
			}
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				return nil, fmt.Errorf("writing chart: %w", err)
			}
			written = append(written, name)
		}
	}
	sort.Strings(written)
	return written, nil
}

// captionText is the line under a chart: the source and the as-of date.
func captionText(source, asOf string, cat catalogue) string {
	switch {
	case asOf == "":
		return source
	case source == "":
		return cat.textf(msgAsOfFmt, asOf)
	default:
		return cat.textf(msgSourceAsOfFmt, source, asOf)
	}
}

// encode draws fg on a page and returns it as a PNG at pngDPI or an SVG.
// gonum/plot reports some failures by panicking; they come back as errors.
func encode(fg figure, format string) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var buf bytes.Buffer
	switch format {
	case "png":
		c := vgimg.NewWith(vgimg.UseWH(pageWidth, pageHeight), vgimg.UseDPI(pngDPI))
		fg.draw(draw.New(c))
		_, err = vgimg.PngCanvas{Canvas: c}.WriteTo(&buf)
		return withDPI(buf.Bytes(), pngDPI), err
	case "svg":
		c := vgsvg.New(pageWidth, pageHeight)
		fg.draw(draw.New(c))
		_, err = c.WriteTo(&buf)
		return withFallbackFonts(buf.Bytes()), err
	default:
		err = fmt.Errorf("unknown format %q", format)
	}
	return buf.Bytes(), err
}

// withFallbackFonts lets an SVG viewer that lacks Liberation Sans use a font
// with the same metrics (Arial) or any sans-serif, rather than its default
// serif: vgsvg names the one font it measured with and no fallback.
func withFallbackFonts(svg []byte) []byte {
	return bytes.ReplaceAll(svg,
		[]byte("font-family:Liberation Sans;"),
		[]byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
}
