package reports

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/outdir"
	"github.com/ctreport/ctreport/reports/brief"
	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/report"
	"github.com/ctreport/ctreport/reports/workbook"
)

// Folder is a report folder being written. What needs only the data and
// the period — the workbook's Incidents sheet, the longest part of a
// large report — is written from Start on, while the caller computes the
// figures; Finish writes the rest.
type Folder struct {
	dir  string
	book *workbook.Book
}

// Start starts the report of d for period, in lang, in dir, an empty
// folder (a staging folder of package outdir, which the caller publishes
// once the report is finished). Finish it with the figures, or Close it.
func Start(dir string, d *data.Dataset, period analysis.Period, lang string) *Folder {
	return &Folder{dir: dir, book: workbook.Start(filepath.Join(dir, "report.xlsx"), d, period, lang)}
}

// Close lets an unfinished folder go. After Finish it does nothing.
func (fo *Folder) Close() error { return fo.book.Close() }

// errMapNotDrawn is the workbook's error when the charts stopped before
// drawing the map its Summary shows.
var errMapNotDrawn = errors.New("the map was not drawn")

// Finish writes every file of the report from in, whose data, period and
// language are those the folder was started with: report.xlsx, charts/,
// brief.md and brief.html, figures.json, rejected.csv, and last
// manifest.json, which lists the others.
func (fo *Folder) Finish(in report.Input) error {
	dir := fo.dir
	if in.Data == nil {
		in.Data = &data.Dataset{}
	}
	// The workbook is written while the charts are drawn and the note,
	// which embeds them, is written; its Summary takes the map's picture
	// from the charts once drawn.
	co := charts.DefaultOptions()
	co.Lang, co.AsOf, co.Source = in.Settings.Lang, in.Figures.AsOf, report.SourceLine(in)
	co.Incidents = in.Data.Incidents
	type picture struct {
		png   []byte
		title string
	}
	mapDrawn, chartsDone := make(chan picture, 1), make(chan struct{})
	co.Drawn = func(name, format, title string, file []byte) {
		if name == charts.IncidentsMap && format == "png" {
			mapDrawn <- picture{file, title}
		}
	}
	wbIn := in
	wbIn.MapPicture = func() ([]byte, string, error) {
		select {
		case p := <-mapDrawn:
			return p.png, p.title, nil
		case <-chartsDone:
			select {
			case p := <-mapDrawn:
				return p.png, p.title, nil
			default:
				return nil, "", errMapNotDrawn
			}
		}
	}
	wbErr := make(chan error, 1)
	go func() { wbErr <- fo.book.Finish(wbIn) }()
	_, chartErr := charts.Write(filepath.Join(dir, "charts"), in.Figures, co)
	close(chartsDone)
	var briefErr error
	if chartErr == nil {
		briefErr = brief.Write(dir, in)
	}
	switch err := <-wbErr; {
	case chartErr != nil && errors.Is(err, errMapNotDrawn):
		// The workbook waited in vain for the map: say why.
		return fmt.Errorf("drawing charts: %w", chartErr)
	case err != nil:
		return fmt.Errorf("writing report.xlsx: %w", err)
	case chartErr != nil:
		return fmt.Errorf("drawing charts: %w", chartErr)
	case briefErr != nil:
		return fmt.Errorf("writing the briefing note: %w", briefErr)
	}
	fj, err := FiguresJSON(in)
	if err != nil {
		return fmt.Errorf("encoding figures.json: %w", err)
	}
	if err := outdir.WriteFile(filepath.Join(dir, "figures.json"), fj); err != nil {
		return fmt.Errorf("writing figures.json: %w", err)
	}
	if err := writeRejected(filepath.Join(dir, "rejected.csv"), in.Data.Rejected); err != nil {
		return fmt.Errorf("writing rejected.csv: %w", err)
	}
	if err := writeManifest(dir, in); err != nil {
		return fmt.Errorf("writing manifest.json: %w", err)
	}
	return nil
}
