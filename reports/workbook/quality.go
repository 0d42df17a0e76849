package workbook

import (
	"slices"
	"strings"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/i18n"
)

// maxListed bounds each list of the Quality sheet (docs/figures.md, Large
// data): the lists grow with the whole data set, not the period, and a
// GTD-size file's thousands of notes would make a workbook slow to open
// and hundreds of pages long. The first ones are listed; how many more
// there are, and where they all are (rejected.csv, figures.json's
// counts), is said under the table.
var maxListed = 1_000

// qualityGrid lays out the Quality sheet: row accounting per file, rejected
// rows, reconciliation notes, row warnings, probable duplicates and the
// groups the group table does not know, one titled table under another.
func qualityGrid(d *data.Dataset, st styles, lang locale) *grid {
	g := &grid{}

	var files [][]cell
	for _, f := range d.Files {
		files = append(files, []cell{textCell(lang.inputName(f.Path)), intCell(f.RowsRead), intCell(f.Accepted), intCell(f.CopiesDropped), intCell(f.Rejected), textCell(f.SHA256)})
	}
	g.section(st, lang, lang.t("wb.quality.files"), "QualityFiles",
		[]string{lang.t("wb.quality.file"), lang.t("wb.quality.rows_read"), lang.t("wb.quality.accepted"), lang.t("wb.quality.copies_dropped"), lang.t("wb.quality.rejected_rows"), lang.t("wb.quality.sha256")},
		files)
	if len(files) > 0 {
		// The total sits under the table, outside it, so that sorting or
		// filtering the files leaves it in place.
		g.rows = g.rows[:len(g.rows)-1] // drop the blank row section added
		t := d.Totals()
		g.add(styledCell(lang.t("wb.total"), st.bold),
			cell{value: t.RowsRead, style: st.boldCount}, cell{value: t.Accepted, style: st.boldCount},
			cell{value: t.CopiesDropped, style: st.boldCount}, cell{value: t.Rejected, style: st.boldCount})
		g.add()
	}

	errorRows := func(errs []data.RowError) [][]cell {
		rows := make([][]cell, 0, min(len(errs), maxListed))
		for _, e := range errs[:min(len(errs), maxListed)] {
			rows = append(rows, []cell{textCell(e.File), positiveCell(e.Line), positiveCell(e.Column), textCell(e.ColumnName), textCell(i18n.RowReason(string(lang), namedArgs(e, lang))), textCell(e.Raw)})
		}
		return rows
	}
	errorHeader := []string{lang.t("wb.quality.file"), lang.t("wb.quality.line"), lang.t("wb.quality.column"), lang.t("wb.quality.column_name"), lang.t("wb.quality.reason"), lang.t("wb.quality.raw_row")}

	g.section(st, lang, lang.t("wb.quality.rejected"), "QualityRejected", errorHeader, errorRows(d.Rejected))
	if n := len(d.Rejected) + d.RejectedNotKept - maxListed; n > 0 {
		g.moreNotListed(lang.f("wb.quality.more_rejected", lang.int(n)))
	}

	notes := make([][]cell, 0, min(len(d.Notes), maxListed))
	for _, n := range d.Notes[:min(len(d.Notes), maxListed)] {
		said := make([]string, len(n.Values))
		for i, v := range n.Values {
			said[i] = v.Source + ": " + v.Value
		}
		notes = append(notes, []cell{textCell(n.IncidentID), textCell(lang.noteField(n.Field)), textCell(strings.Join(said, "; ")), textCell(n.Used)})
	}
	g.section(st, lang, lang.t("wb.quality.notes"), "QualityNotes",
		[]string{lang.t("wb.quality.incident_id"), lang.t("wb.quality.field"), lang.t("wb.quality.sources_said"), lang.t("wb.quality.value_used")},
		notes)
	if n := d.NoteCount - min(len(d.Notes), maxListed); n > 0 {
		g.moreNotListed(lang.f("wb.quality.more_counted", lang.int(n), lang.int(d.NoteCount), "quality.reconciliation_notes"))
	}

	g.section(st, lang, lang.t("wb.quality.warnings"), "QualityWarnings", errorHeader, errorRows(d.Warnings))
	if n := d.WarningCount() - maxListed; n > 0 {
		g.moreNotListed(lang.f("wb.quality.more_counted", lang.int(n), lang.int(d.WarningCount()), "quality.row_warnings"))
	}

	listed := d.Duplicates[:min(len(d.Duplicates), maxListed)]
	dups := make([][]cell, 0, len(listed))
	for _, p := range listed {
		arrests := cell{value: notGiven, style: st.missing}
		if p.Arrests >= 0 {
			arrests = intCell(p.Arrests)
		}
		dups = append(dups, []cell{textCell(p.IncidentA), textCell(p.DateA), textCell(p.IncidentB), textCell(p.DateB), textCell(countryNames(p.Country, lang)), arrests})
	}
	g.section(st, lang, lang.t("wb.quality.duplicates"), "QualityDuplicates",
		[]string{lang.t("wb.quality.incident_a"), lang.t("wb.quality.date_a"), lang.t("wb.quality.incident_b"), lang.t("wb.quality.date_b"), lang.t("wb.country"), measureName("arrests", lang)},
		dups)
	if total := max(d.DuplicatePairs, len(d.Duplicates)); total > len(listed) {
		g.moreNotListed(lang.f("wb.quality.duplicates_more", lang.int(total), lang.int(len(listed))))
	}

	groups := make([][]cell, 0, min(len(d.UnknownGroups), maxListed))
	for _, n := range d.UnknownGroups[:min(len(d.UnknownGroups), maxListed)] {
		groups = append(groups, []cell{textCell(n.Name), intCell(n.Count)})
	}
	g.section(st, lang, lang.t("wb.quality.unknown_groups"), "QualityUnknownGroups",
		[]string{lang.t("wb.quality.group_name"), lang.t("wb.quality.incidents")}, groups)
	if n := len(d.UnknownGroups) - len(groups); n > 0 {
		g.moreNotListed(lang.f("wb.more_not_listed", lang.int(n)))
	}
	return g
}

// moreNotListed puts a sentence under the section just added, before its
// blank row.
func (g *grid) moreNotListed(s string) {
	g.rows = g.rows[:len(g.rows)-1]
	g.add(sentenceCell(s))
	g.add()
}

// namedArgs names the countries a row warning gives by their valid
// codes ("MA is the lead country", "(MA:2;ES:9)") in the language; a value
// the input got wrong is quoted as given, and the raw row is the input.
func namedArgs(e data.RowError, lang locale) data.RowError {
	field, at := "", 0
	switch e.Code {
	case "lead_not_partner":
		field, at = "country", 0
	case "arrests_mismatch":
		field, at = countryCounts, 2
	default:
		return e
	}
	if at < len(e.Args) {
		if s, ok := e.Args[at].(string); ok {
			e.Args = slices.Clone(e.Args)
			e.Args[at] = shownValue(field, s, lang)
		}
	}
	return e
}

// positiveCell is n, or an empty cell for 0 (a line or column not known).
func positiveCell(n int) cell {
	if n <= 0 {
		return cell{}
	}
	return intCell(n)
}
