package i18n

import (
	"strconv"

	"github.com/ctreport/ctreport/analysis"
)

// Period names a period in lang. The form "label" is for titles and table
// headers ("2024", "T1 2024", "الربع الأول 2024"); "when" is for running
// text ("in 2024", "au premier trimestre 2024", "في عام 2024").
func Period(lang string, p analysis.Period, form string) string {
	y := p.Start.Year()
	switch p.Kind {
	case analysis.Year:
		return F(lang, "brief.period.year."+form, y)
	case analysis.Quarter:
		q := (int(p.Start.Month())-1)/3 + 1
		return F(lang, "brief.period.q"+strconv.Itoa(q)+"."+form, y)
	case analysis.Month:
		return F(lang, "brief.period.month."+form, Month(lang, p.Start.Month()), y)
	}
	return F(lang, "brief.period.range."+form, Date(lang, p.Start), Date(lang, p.End))
}
