package reports

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/data"
)

// WriteWorkbook writes report.xlsx for in to path: the sheets Summary,
// Yearly, Incidents (split past Excel's row limit), Quality and About of
// report.md, in the language of in.Settings.Lang (Arabic makes every sheet
// right-to-left).
//
// Numbers are written as numbers, rates and % changes as percentages,
// dates as dates; a missing figure is an empty cell, never NaN. Text from
// the data is always written as text, so a value beginning with = + - or
// @ never becomes a formula. The document properties carry the as-of date,
// not the clock, so the same input gives the same workbook.
func WriteWorkbook(path string, in Input) (err error) {
	asOfDay, err := time.Parse(time.DateOnly, in.Figures.AsOf)
	if err != nil {
		return fmt.Errorf("writing workbook: as-of date %q is not YYYY-MM-DD", in.Figures.AsOf)
	}
	d := in.Data
	if d == nil {
		d = &data.Dataset{}
	}
	cat := wbCatalogueFor(in.Settings.Lang)
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

	summary := wbSheetName(cat.text(wbMsgSheetSummary))
	yearly := wbSheetName(cat.text(wbMsgSheetYearly))
	incidentSheets := incidents.sheetNames(cat)
	quality := wbSheetName(cat.text(wbMsgSheetQuality))
	about := wbSheetName(cat.text(wbMsgSheetAbout))
	sheets := append(append([]string{summary, yearly}, incidentSheets...), quality, about)
	if err := wbCreateSheets(f, sheets, in.Settings.Lang == "ar"); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	// Now, while every sheet is empty: SetActiveSheet reads every sheet,
	// and reading a streamed one back would parse all of it into memory.
	f.SetActiveSheet(0)

	asOf := wbDay(asOfDay, st)
	for _, s := range []struct {
		sheet string
		grid  *wbGrid
	}{
		{summary, summaryGrid(in, asOf, incidentSheets, len(incidents.rows), st, cat)},
		{yearly, yearlyGrid(in.Figures, st, cat)},
		{quality, qualityGrid(d, st, cat)},
		{about, aboutGrid(in, d, asOf, st, cat)},
	} {
		if err := s.grid.write(f, s.sheet, st); err != nil {
			return fmt.Errorf("writing workbook: %w", err)
		}
	}
	if err := incidents.write(f, incidentSheets, st, cat); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}

	p := in.Figures.Period
	stamp := asOfDay.Format(time.DateOnly) + "T00:00:00Z"
	if err := f.SetDocProps(&excelize.DocProperties{
		Title:          fmt.Sprintf(cat.text(wbMsgDocTitle), p.Label),
		Subject:        fmt.Sprintf(cat.text(wbMsgDocSubject), p.Label, p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly), in.Figures.AsOf),
		Creator:        "ctreport",
		LastModifiedBy: "ctreport",
		Created:        stamp,
		Modified:       stamp,
		Language:       in.Settings.Lang,
		Version:        in.Version,
	}); err != nil {
		return fmt.Errorf("writing workbook: %w", err)
	}
	if err := f.SaveAs(path); err != nil {
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
