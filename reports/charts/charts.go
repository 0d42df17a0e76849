package charts

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// Options for drawing. Set them before calling Write.
type Options struct {
	// Lang is the language of the visible text: "en", "ar" or "fr" (""
	// means "en"). Arabic charts are laid out right to left.
	Lang string
	// Source is the source line under each chart, in the chosen language,
	// e.g. "Source: ctreport on the embedded sample (synthetic except 3 real
	// incidents)". Empty: only the as-of date is printed.
	Source string
	// AsOf (YYYY-MM-DD) is printed after the source, as a date in the
	// chosen language ("as of 30 June 2022"), and dates the PDF files.
	// Empty: the figures' own AsOf.
	AsOf string
	// Incidents are the incidents the figures were computed from. The maps
	// take from them the places of the period's incidents (a map of one
	// country draws them as points) and which countries give no arrest
	// count. Nil: maps by country only, and a country without arrests is
	// taken as not given unless every incident of the period gives them.
	Incidents *data.Incidents
	// Drawn, when set, is called by Write with each file it writes, its
	// chart's name and title, from the goroutine that drew it: how the
	// workbook gets the map's picture without drawing it again.
	Drawn func(name, format, title string, file []byte)
}

// DefaultOptions returns English charts with a plain source line and the
// figures' as-of date.
func DefaultOptions() Options {
	return Options{Lang: "en", Source: "Source: ctreport"}
}

// Names of the charts written, without extension: the eight charts of
// docs/figures.md, in its order.
const (
	CellsPerYear         = "cells_per_year"
	ArrestsPerYear       = "arrests_per_year"
	CooperationRate      = "cooperation_rate"
	PartnersPerYear      = "partners_per_year"
	ArrestsByAffiliation = "arrests_by_affiliation"
	PeriodComparison     = "period_comparison"
	IncidentsMap         = "incidents_map"
	ArrestsMap           = "arrests_map"
)

// Formats are the file formats each chart is written in, as extensions.
var Formats = []string{"png", "svg", "pdf"}

// chartBuilders draws each chart's figure from the figures.
var chartBuilders = []struct {
	name  string
	build func(analysis.Figures, catalogue) figure
	// buildMap draws a map, which also takes the incidents.
	buildMap func(analysis.Figures, mapInput, catalogue) figure
}{
	{CellsPerYear, cellsFigure, nil},
	{ArrestsPerYear, arrestsFigure, nil},
	{CooperationRate, cooperationFigure, nil},
	{PartnersPerYear, partnersFigure, nil},
	{ArrestsByAffiliation, affiliationsFigure, nil},
	{PeriodComparison, comparisonFigure, nil},
	{IncidentsMap, nil, incidentsMapFigure},
	{ArrestsMap, nil, arrestsMapFigure},
}

// Write draws every chart into dir (made if missing) as <name>.png (300 dpi),
// <name>.svg and <name>.pdf, and returns the names of the files written,
// sorted, or the first error. The same figures and options give the same
// bytes.
func Write(dir string, f analysis.Figures, o Options) ([]string, error) {
	figs, asOfDay, err := figures(f, o)
	if err != nil {
		return nil, fmt.Errorf("drawing charts: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("drawing charts: %w", err)
	}
	// The charts are drawn on all cores, each chart's formats in turn by
	// one worker (a figure is drawn by one goroutine at a time), the maps
	// first: the workbook waits for the map's picture (Options.Drawn).
	names := make([][]string, len(chartBuilders))
	errs := make([]error, len(chartBuilders))
	next := make(chan int, len(chartBuilders))
	for _, maps := range []bool{true, false} {
		for i, ch := range chartBuilders {
			if (ch.buildMap != nil) == maps {
				next <- i
			}
		}
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chartBuilders)) {
		wg.Go(func() {
			for i := range next {
				names[i], errs[i] = writeChart(dir, chartBuilders[i].name, figs[i], asOfDay, o.Drawn)
			}
		})
	}
	wg.Wait()
	var written []string
	for i := range chartBuilders {
		if errs[i] != nil {
			return nil, errs[i]
		}
		written = append(written, names[i]...)
	}
	sort.Strings(written)
	return written, nil
}

// writeChart writes fg as the files name.FORMAT of every format into dir
// and returns their names; drawn, if set, is given each file.
func writeChart(dir, name string, fg figure, day time.Time, drawn func(name, format, title string, file []byte)) ([]string, error) {
	var written []string
	for _, format := range Formats {
		file := name + "." + format
		b, err := encode(fg, format, day)
		if err != nil {
			return nil, fmt.Errorf("drawing chart %s: %w", file, err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), b, 0o644); err != nil {
			return nil, fmt.Errorf("writing chart: %w", err)
		}
		if drawn != nil {
			drawn(name, format, fg.title, b)
		}
		written = append(written, file)
	}
	return written, nil
}

// Render draws the one chart name (IncidentsMap, say) as format ("png",
// "svg" or "pdf"), as Write does, and returns it with its title: for the
// workbook, which shows the map.
func Render(name string, f analysis.Figures, o Options, format string) ([]byte, string, error) {
	figs, asOfDay, err := figures(f, o)
	if err != nil {
		return nil, "", fmt.Errorf("drawing charts: %w", err)
	}
	for i, ch := range chartBuilders {
		if ch.name == name {
			b, err := encode(figs[i], format, asOfDay)
			if err != nil {
				return nil, "", fmt.Errorf("drawing chart %s: %w", name, err)
			}
			return b, figs[i].title, nil
		}
	}
	return nil, "", fmt.Errorf("drawing charts: no chart named %q", name)
}

// figures builds the figure of every chart, in chartBuilders' order, and
// returns the as-of day.
func figures(f analysis.Figures, o Options) ([]figure, time.Time, error) {
	cat, err := catalogueFor(o.Lang)
	if err != nil {
		return nil, time.Time{}, err
	}
	asOf := o.AsOf
	if asOf == "" {
		asOf = f.AsOf
	}
	var asOfDay time.Time
	if asOf != "" {
		if asOfDay, err = time.Parse(time.DateOnly, asOf); err != nil {
			return nil, time.Time{}, fmt.Errorf("as-of date %q: want YYYY-MM-DD", asOf)
		}
	}
	caption := captionText(o.Source, asOfDay, cat)
	cat.partialEnd = f.Period.End
	if !asOfDay.IsZero() && (cat.partialEnd.IsZero() || asOfDay.Before(cat.partialEnd)) {
		cat.partialEnd = asOfDay
	}
	places := newMapInput(f, o.Incidents)
	var figs []figure
	for _, ch := range chartBuilders {
		var fg figure
		if ch.build != nil {
			fg = ch.build(f, cat)
		} else {
			fg = ch.buildMap(f, places, cat)
		}
		fg.caption = caption
		if fg.settle != nil {
			fg.settle(&fg)
		}
		figs = append(figs, fg)
	}
	return figs, asOfDay, nil
}

// captionText is the line under a chart: the source and the as-of date
// (zero: none). In a right-to-left language the source, which may be in
// another language, is isolated so that it keeps its own direction.
func captionText(source string, asOf time.Time, cat catalogue) string {
	source = cat.name(source)
	switch {
	case asOf.IsZero():
		return source
	case source == "":
		return cat.textf("as_of_fmt", cat.date(asOf))
	default:
		return cat.textf("source_as_of_fmt", source, cat.date(asOf))
	}
}
