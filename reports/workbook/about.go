package workbook

import (
	"strings"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

// aboutGrid lays out the About sheet: what was run, on what, and what the
// measures mean.
func aboutGrid(in report.Input, d *data.Dataset, asOf cell, st styles, lang locale) *grid {
	fig, set := in.Figures, in.Settings
	g := &grid{}
	g.title(st, lang.t("wb.about.title"))
	g.headerRow(st, lang.t("wb.about.item"), lang.t("wb.about.value"))
	period := fig.Period
	asked := set.Period
	if asked == "" {
		asked = period.Label
	}
	g.add(textCell(lang.t("wb.about.version")), textCell(in.Version))
	g.add(textCell(lang.t("wb.summary.as_of")), asOf)
	g.add(textCell(lang.t("wb.about.period_asked")), textCell(asked))
	g.add(textCell(lang.t("wb.about.period_label")), textCell(period.Label))
	g.add(textCell(lang.t("wb.about.period_start")), dayCell(period.Start, st))
	g.add(textCell(lang.t("wb.about.period_end")), dayCell(period.End, st))
	g.add(textCell(lang.t("wb.summary.previous_period")), textCell(fig.Previous.Period.Label))
	g.add(textCell(lang.t("wb.summary.year_earlier")), textCell(fig.YearEarlier.Period.Label))
	g.add(textCell(lang.t("wb.about.language")), textCell(set.Lang))
	rule := set.Rule
	if rule == "" {
		rule = "min"
	}
	g.add(textCell(lang.t("wb.about.rule")), textCell(rule+" — "+lang.t("brief.rule."+rule)))
	g.add(textCell(lang.t("wb.about.max_rejected")), cell{value: set.MaxRejected, style: st.percent})
	priority := strings.Join(set.SourcePriority, "; ")
	if priority == "" {
		priority = lang.t("wb.about.input_order")
	}
	g.add(textCell(lang.t("wb.about.source_priority")), textCell(priority))
	if set.Groups != "" {
		g.add(textCell(lang.t("wb.about.groups")), textCell(set.Groups), textCell(set.GroupsSHA256))
		if set.GroupsReplace {
			g.add(textCell(lang.t("wb.about.groups")), textCell(lang.t("wb.about.groups_replace")))
		}
	}
	if set.Delimiter != "" {
		g.add(textCell(lang.t("wb.about.delimiter")), textCell(set.Delimiter))
	}
	if len(set.Inputs) == 0 {
		g.add(textCell(lang.t("wb.about.input_named")), textCell(lang.t("wb.about.embedded_sample")))
	}
	for _, name := range set.Inputs {
		g.add(textCell(lang.t("wb.about.input_named")), textCell(name))
	}
	g.add()

	g.title(st, lang.t("wb.about.input_files"))
	g.headerRow(st, lang.t("wb.quality.file"), lang.t("wb.quality.size"), lang.t("wb.quality.sha256"))
	if len(d.Files) == 0 {
		g.add(sentenceCell(lang.t("wb.none")))
	}
	for _, f := range d.Files {
		g.add(textCell(lang.inputName(f.Path)), intCell(int(f.Size)), textCell(f.SHA256))
	}
	g.add()

	g.title(st, lang.t("wb.about.definitions"))
	g.headerRow(st, lang.t("wb.summary.measure"), lang.t("wb.about.definition"))
	for _, ms := range measures {
		g.add(textCell(ms.name(lang)), sentenceCell(ms.definition(lang)))
		if ms.kind == rateKind {
			g.add(textCell(lang.t("wb.about.cooperation_rate_bounds")), sentenceCell(lang.t("wb.def.cooperation_rate_bounds")))
		}
	}
	for _, d := range [][2]string{
		{"wb.summary.percent_change", "wb.about.def_percent_change"},
		{"wb.about.points", "wb.about.def_points"},
		{"wb.about.moving_average", "wb.about.def_moving_average"},
		{"wb.yearly.to_date", "wb.about.def_to_date"},
		{"wb.summary.unplaced", "wb.about.def_unplaced"},
		{"wb.summary.p_value", "wb.about.def_p_value"},
		{"wb.summary.assessment", "wb.about.def_assessment"},
		{"wb.trend.theil_sen", "wb.about.def_theil_sen"},
		{"wb.about.mann_kendall", "wb.about.def_mann_kendall"},
		{"wb.trend.ols", "wb.about.def_ols"},
		{"wb.trend.verdict", "wb.about.def_verdict"},
	} {
		g.add(textCell(lang.t(d[0])), sentenceCell(lang.t(d[1])))
	}
	return g
}
