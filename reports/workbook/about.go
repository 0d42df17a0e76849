package workbook

import (
	"strings"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

// aboutGrid lays out the About sheet: what was run, on what, and what the
// measures mean.
func aboutGrid(in report.Input, d *data.Dataset, asOf wbCell, st wbStyles, lang wbLang) *wbGrid {
	fig, set := in.Figures, in.Settings
	g := &wbGrid{}
	g.title(st, lang.t("wb.about.title"))
	g.headerRow(st, lang.t("wb.about.item"), lang.t("wb.about.value"))
	period := fig.Period
	asked := set.Period
	if asked == "" {
		asked = period.Label
	}
	g.add(wbText(lang.t("wb.about.version")), wbText(in.Version))
	g.add(wbText(lang.t("wb.summary.as_of")), asOf)
	g.add(wbText(lang.t("wb.about.period_asked")), wbText(asked))
	g.add(wbText(lang.t("wb.about.period_label")), wbText(period.Label))
	g.add(wbText(lang.t("wb.about.period_start")), wbDay(period.Start, st))
	g.add(wbText(lang.t("wb.about.period_end")), wbDay(period.End, st))
	g.add(wbText(lang.t("wb.summary.previous_period")), wbText(fig.Previous.Period.Label))
	g.add(wbText(lang.t("wb.summary.year_earlier")), wbText(fig.YearEarlier.Period.Label))
	g.add(wbText(lang.t("wb.about.language")), wbText(set.Lang))
	rule := set.Rule
	if rule == "" {
		rule = "min"
	}
	g.add(wbText(lang.t("wb.about.rule")), wbText(rule+" — "+lang.t("brief.rule."+rule)))
	g.add(wbText(lang.t("wb.about.max_rejected")), wbCell{value: set.MaxRejected, style: st.percent})
	priority := strings.Join(set.SourcePriority, "; ")
	if priority == "" {
		priority = lang.t("wb.about.input_order")
	}
	g.add(wbText(lang.t("wb.about.source_priority")), wbText(priority))
	if set.Groups != "" {
		g.add(wbText(lang.t("wb.about.groups")), wbText(set.Groups), wbText(set.GroupsSHA256))
		if set.GroupsReplace {
			g.add(wbText(lang.t("wb.about.groups")), wbText(lang.t("wb.about.groups_replace")))
		}
	}
	if set.Delimiter != "" {
		g.add(wbText(lang.t("wb.about.delimiter")), wbText(set.Delimiter))
	}
	if len(set.Inputs) == 0 {
		g.add(wbText(lang.t("wb.about.input_named")), wbText(lang.t("wb.about.embedded_sample")))
	}
	for _, name := range set.Inputs {
		g.add(wbText(lang.t("wb.about.input_named")), wbText(name))
	}
	g.add()

	g.title(st, lang.t("wb.about.input_files"))
	g.headerRow(st, lang.t("wb.quality.file"), lang.t("wb.quality.size"), lang.t("wb.quality.sha256"))
	if len(d.Files) == 0 {
		g.add(wbSentence(lang.t("wb.none")))
	}
	for _, f := range d.Files {
		g.add(wbText(lang.inputName(f.Path)), wbInt(int(f.Size)), wbText(f.SHA256))
	}
	g.add()

	g.title(st, lang.t("wb.about.definitions"))
	g.headerRow(st, lang.t("wb.summary.measure"), lang.t("wb.about.definition"))
	for _, ms := range wbMeasures {
		g.add(wbText(ms.name(lang)), wbSentence(ms.definition(lang)))
		if ms.kind == wbRate {
			g.add(wbText(lang.t("wb.about.cooperation_rate_bounds")), wbSentence(lang.t("wb.def.cooperation_rate_bounds")))
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
		g.add(wbText(lang.t(d[0])), wbSentence(lang.t(d[1])))
	}
	return g
}
