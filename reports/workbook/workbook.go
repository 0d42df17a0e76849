package workbook

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

// Write writes report.xlsx for in to path: the sheets of
// docs/figures.md (Summary, Yearly, Yearly changes, Trends, Cooperation, Affiliation, Locations,
// Incidents — split past Excel's row limit —, Quality and About) in the
// language of in.Settings.Lang; Arabic makes every sheet right-to-left.
//
// Numbers are written as numbers, rates and % changes as percentages,
// dates as dates; a missing figure is an empty cell, never NaN. Text from
// the data is always written as text, so a value beginning with = + - or
// @ never becomes a formula. The Summary's charts are native Excel charts
// drawing from the Yearly sheet. The document properties carry the as-of
// date, not the clock, and the package is normalised after excelize has
// written it, so the same input gives the same bytes.
func Write(path string, in report.Input) error {
	return Start(path, in.Data, in.Figures.Period, in.Settings.Lang).Finish(in)
}

// Book is a workbook being written. Its start — the sheets, and the
// Incidents sheet, which needs only the data and the period — runs on a
// goroutine of its own while the figures are computed; Finish writes the
// rest once they are known.
type Book struct {
	path      string
	started   chan struct{}
	startErr  error
	f         *excelize.File
	st        styles
	lang      locale
	data      *data.Dataset
	incidents *incidentSheet
	rows      map[string]*deflatedRows // of the Incidents sheets, by name, joined in on saving
	// the sheets, in order
	summary, yearly, changes, trends, cooperation, affiliation, locations, quality, about string
	incidentSheets                                                                        []string
	closeOnce                                                                             sync.Once
}

// Start starts the workbook of d for period, in lang, to be written to
// path by Finish (or let go by Close).
func Start(path string, d *data.Dataset, period analysis.Period, lang string) *Book {
	if d == nil {
		d = &data.Dataset{}
	}
	j := &Book{path: path, started: make(chan struct{}), lang: localeOf(lang), data: d}
	go func() {
		defer close(j.started)
		j.startErr = j.start(period)
	}()
	return j
}

func (j *Book) start(period analysis.Period) error {
	incidents, err := readIncidents(j.data.Incidents, period)
	if err != nil {
		return err
	}
	j.incidents = incidents
	// excelize's temporary files (a streamed sheet past 16 MB) and the
	// Incidents sheets' rows (sheetRows) go into a
	// folder beside the workbook — in a run, inside its staging folder —
	// never the system's: Close removes it, and the staging folder of a
	// killed run goes with everything in it on the next run
	// (outdir.RemoveStale).
	if err := os.MkdirAll(j.tmpDir(), 0o700); err != nil {
		return err
	}
	j.f = excelize.NewFile(excelize.Options{TmpDir: j.tmpDir()})
	if j.st, err = newStyles(j.f, j.lang); err != nil {
		return err
	}
	name := func(key string) string { return sheetName(j.lang.t(key)) }
	j.summary, j.yearly, j.changes, j.trends, j.cooperation, j.affiliation, j.locations = name("wb.sheet.summary"), name("wb.sheet.yearly"),
		name("wb.sheet.changes"), name("wb.sheet.trends"), name("wb.sheet.cooperation"), name("wb.sheet.affiliation"), name("wb.sheet.locations")
	j.incidentSheets = incidents.sheetNames(j.lang)
	j.quality, j.about = name("wb.sheet.quality"), name("wb.sheet.about")
	sheets := append(append([]string{j.summary, j.yearly, j.changes, j.trends, j.cooperation, j.affiliation, j.locations}, j.incidentSheets...), j.quality, j.about)
	if err := createSheets(j.f, sheets, j.lang.rtl()); err != nil {
		return err
	}
	// Now, while every sheet is empty: SetActiveSheet reads every sheet,
	// and reading a streamed one back would parse all of it into memory.
	j.f.SetActiveSheet(0)
	j.rows, err = incidents.write(j.f, j.incidentSheets, j.st, j.lang, j.tmpDir())
	return err
}

// Close lets the workbook go (its temporary files with it); Finish does
// it itself.
func (j *Book) Close() error {
	<-j.started
	var err error
	j.closeOnce.Do(func() {
		if j.f != nil {
			err = j.f.Close()
		}
		if rerr := os.RemoveAll(j.tmpDir()); err == nil {
			err = rerr
		}
	})
	return err
}

// tmpDir is the folder of the workbook's temporary files.
func (j *Book) tmpDir() string { return j.path + ".tmp-excelize" }

// Finish writes the sheets that show the figures of in (whose data and
// period are those the workbook was started with) and saves the workbook.
func (j *Book) Finish(in report.Input) (err error) {
	<-j.started
	defer func() {
		if cerr := j.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing workbook: %w", cerr)
		}
	}()
	if j.startErr != nil {
		return fmt.Errorf("writing workbook: %w", j.startErr)
	}
	asOfDay, err := time.Parse(time.DateOnly, in.Figures.AsOf)
	if err != nil {
		return fmt.Errorf("writing workbook: as-of date %q is not YYYY-MM-DD", in.Figures.AsOf)
	}
	f, st, lang, d := j.f, j.st, j.lang, j.data
	asOf := dayCell(asOfDay, st)
	summaryG, chartsRow := summaryGrid(in, asOf, j.incidentSheets, len(j.incidents.rows), st, lang)
	yearlyG, yearlyLayout := yearlyGrid(in.Figures, st, lang)
	qualityG := qualityGrid(d, st, lang)
	cooperationG, partnersData := cooperationGrid(in.Figures, st, lang)
	affiliationG, affiliationsData := affiliationGrid(in.Figures, st, lang)
	var stacked []*stackedTable
	for _, t := range []struct {
		data  *stackedTable
		sheet string
	}{{partnersData, j.cooperation}, {affiliationsData, j.affiliation}} {
		if t.data != nil {
			t.data.sheet = t.sheet
			stacked = append(stacked, t.data)
		}
	}
	sheets := []struct {
		sheet string
		grid  *grid
	}{
		{j.summary, summaryG},
		{j.yearly, yearlyG},
		{j.changes, changesGrid(in.Figures, st, lang)},
		{j.trends, trendsGrid(in.Figures, st, lang)},
		{j.cooperation, cooperationG},
		{j.affiliation, affiliationG},
		{j.locations, locationsGrid(in.Figures, st, lang)},
		{j.quality, qualityG},
		{j.about, aboutGrid(in, d, asOf, st, lang)},
	}
	// Text past what a cell holds is cut with a marker, and the Quality
	// sheet says so first (the Incidents sheets are already written).
	marker := lang.t("wb.cut.marker")
	cut := j.incidents.cut
	for _, s := range sheets {
		cut += s.grid.fitTexts(marker)
	}
	if cut > 0 {
		qualityG.prepend([]cell{{value: lang.f("wb.cut.warning", lang.int(cut), marker), style: st.bold, spill: true}}, nil)
	}
	for _, s := range sheets {
		write := s.grid.write
		if len(s.grid.rows) > streamRows {
			write = s.grid.writeStream
		}
		if err := write(f, s.sheet, st); err != nil {
			return fmt.Errorf("writing workbook: %w", err)
		}
	}
	if err := addSummaryCharts(f, j.summary, j.yearly, yearlyLayout, chartsRow, lang); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	// Beside them, the stacked charts and under those the map.
	for i, t := range stacked {
		if err := addStackedChart(f, j.summary, t, chartsRow+i*rowsPerChart, lang); err != nil {
			return fmt.Errorf("writing workbook: %w", err)
		}
	}
	if err := addSummaryMap(f, j.summary, chartsRow+len(stacked)*rowsPerChart, in); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}

	p := in.Figures.Period
	stamp := asOfDay.Format(time.DateOnly) + "T00:00:00Z"
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          lang.f("wb.doc.title", lang.period(p)),
		Subject:        lang.f("wb.doc.subject", p.Label, p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly), in.Figures.AsOf),
		Creator:        "ctreport",
		LastModifiedBy: "ctreport",
		Created:        stamp,
		Modified:       stamp,
		Language:       string(lang),
		Version:        in.Version,
	}); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	if err := saveWorkbook(f, j.path, j.rows); err != nil {
		return fmt.Errorf("writing workbook %s: %w", j.path, err)
	}
	return nil
}

// createSheets makes the sheets in order (the new file's Sheet1 becomes
// the first), right-to-left when rtl.
func createSheets(f *excelize.File, names []string, rtl bool) error {
	seen := map[string]bool{}
	for i, name := range names {
		key := strings.ToLower(name)
		if seen[key] {
			return errors.New("two sheets named " + name)
		}
		seen[key] = true
		if i == 0 {
			if err := f.SetSheetName(f.GetSheetName(0), name); err != nil {
				return fmt.Errorf("sheet %s: %w", name, err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
		if rtl {
			yes := true
			if err := f.SetSheetView(name, -1, &excelize.ViewOptions{RightToLeft: &yes}); err != nil {
				return fmt.Errorf("sheet %s: %w", name, err)
			}
		}
	}
	return nil
}
