package reports

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/data"
)

// WriteWorkbook writes report.xlsx for in to path: the sheets of
// report.md (Summary, Yearly, Cooperation, Affiliation, Locations,
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
func WriteWorkbook(path string, in Input) (err error) {
	asOfDay, err := time.Parse(time.DateOnly, in.Figures.AsOf)
	if err != nil {
		return fmt.Errorf("writing workbook: as-of date %q is not YYYY-MM-DD", in.Figures.AsOf)
	}
	d := in.Data
	if d == nil {
		d = &data.Dataset{}
	}
	lang := wbLanguage(in.Settings.Lang)
	incidents, err := wbReadIncidents(d.Incidents, in.Figures.Period)
	if err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}

	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing workbook: %w", cerr)
		}
	}()
	st, err := newWBStyles(f)
	if err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}

	name := func(key string) string { return wbSheetName(lang.t(key)) }
	summary, yearly, cooperation, affiliation, locations := name("wb.sheet.summary"), name("wb.sheet.yearly"),
		name("wb.sheet.cooperation"), name("wb.sheet.affiliation"), name("wb.sheet.locations")
	incidentSheets := incidents.sheetNames(lang)
	quality, about := name("wb.sheet.quality"), name("wb.sheet.about")
	sheets := append(append([]string{summary, yearly, cooperation, affiliation, locations}, incidentSheets...), quality, about)
	if err := wbCreateSheets(f, sheets, lang.rtl()); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	// Now, while every sheet is empty: SetActiveSheet reads every sheet,
	// and reading a streamed one back would parse all of it into memory.
	f.SetActiveSheet(0)

	asOf := wbDay(asOfDay, st)
	summaryG, chartsRow := summaryGrid(in, asOf, incidentSheets, len(incidents.rows), st, lang)
	yearlyG, yearlyLayout := yearlyGrid(in.Figures, st, lang)
	for _, s := range []struct {
		sheet string
		grid  *wbGrid
	}{
		{summary, summaryG},
		{yearly, yearlyG},
		{cooperation, cooperationGrid(in.Figures, st, lang)},
		{affiliation, affiliationGrid(in.Figures, st, lang)},
		{locations, locationsGrid(in.Figures, st, lang)},
		{quality, qualityGrid(d, st, lang)},
		{about, aboutGrid(in, d, asOf, st, lang)},
	} {
		if err := s.grid.write(f, s.sheet, st); err != nil {
			return fmt.Errorf("writing workbook: %w", err)
		}
	}
	if err := addSummaryCharts(f, summary, yearly, yearlyLayout, chartsRow, lang); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	if err := incidents.write(f, incidentSheets, st, lang); err != nil {
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
	if err := saveWorkbook(f, path); err != nil {
		return fmt.Errorf("writing workbook %s: %w", path, err)
	}
	return nil
}

// wbCreateSheets makes the sheets in order (the new file's Sheet1 becomes
// the first), right-to-left when rtl.
func wbCreateSheets(f *excelize.File, names []string, rtl bool) error {
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
