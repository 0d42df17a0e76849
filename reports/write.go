package reports

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/i18n"
)

// Write writes the report folder OUT/<label>/ for in and returns its path.
// Everything is written into a staging folder beside it first and moved
// into place in one step: a reader sees the previous report or the new one,
// never half of one. On failure nothing is published and the previous
// report is untouched. A caller that decides itself when to publish (the
// command, which checks for a signal first) uses Stage, WriteFolder (or
// StartFolder and Finish) and Publish.
func Write(outDir string, in Input) (string, error) {
	label := in.Figures.Period.Label
	staged, err := stage(outDir, label)
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(staged) // after publishing: the previous report, or nothing
	if err := WriteFolder(staged, in); err != nil {
		return "", err
	}
	final := filepath.Join(outDir, label)
	if err := publish(staged, final); err != nil {
		return "", err
	}
	return final, nil
}

// WriteFolder writes every file of a report into dir, an empty folder:
// report.xlsx, charts/, brief.md and brief.html, figures.json,
// rejected.csv, and last manifest.json, which lists the others.
func WriteFolder(dir string, in Input) error {
	return StartFolder(dir, in.Data, in.Figures.Period, in.Settings.Lang).Finish(in)
}

// Folder is a report folder being written. What needs only the data and
// the period — the workbook's Incidents sheet, the longest part of a
// large report — is written from StartFolder on, while the caller computes
// the figures; Finish writes the rest.
type Folder struct {
	dir string
	wb  *wbJob
}

// StartFolder starts the report of d for period, in lang, in dir (an empty
// folder). Finish it with the figures, or Close it.
func StartFolder(dir string, d *data.Dataset, period analysis.Period, lang string) *Folder {
	return &Folder{dir: dir, wb: startWorkbook(filepath.Join(dir, "report.xlsx"), d, period, lang)}
}

// Close lets an unfinished folder go. After Finish it does nothing.
func (fo *Folder) Close() error { return fo.wb.close() }

// Finish writes every file of the report from in, whose data, period and
// language are those the folder was started with.
func (fo *Folder) Finish(in Input) error {
	dir := fo.dir
	if in.Data == nil {
		in.Data = &data.Dataset{}
	}
	// The workbook is written while the charts are drawn and the note,
	// which embeds them, is written.
	wbErr := make(chan error, 1)
	go func() { wbErr <- fo.wb.finish(in) }()
	co := charts.DefaultOptions()
	co.Lang, co.AsOf, co.Source = in.Settings.Lang, in.Figures.AsOf, sourceLine(in)
	_, chartErr := charts.Write(filepath.Join(dir, "charts"), in.Figures, co)
	var briefErr error
	if chartErr == nil {
		briefErr = WriteBrief(dir, in)
	}
	switch err := <-wbErr; {
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
	if err := writeFileSync(filepath.Join(dir, "figures.json"), fj); err != nil {
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

// sourceLine says where a chart's figures come from, in the report's
// language.
func sourceLine(in Input) string {
	lang := in.Settings.Lang
	if len(in.Settings.Inputs) == 0 {
		return i18n.T(lang, "report.source.sample")
	}
	if n := len(in.Data.Files); n != 1 {
		return i18n.N(lang, "report.source.files", n)
	}
	return i18n.F(lang, "report.source.file", filepath.Base(in.Data.Files[0].Path))
}
