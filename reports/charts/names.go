package charts

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/reports/i18n"
)

// countryName returns the name of the country with ISO 3166-1 alpha-2 code
// code in cat's language ("ES": Spain, Espagne, إسبانيا), or the code
// itself, marked for the chart's direction, when it is not one CLDR knows.
func countryName(code string, cat catalogue) string {
	if name, ok := i18n.Country(cat.lang, code); ok {
		return name
	}
	return cat.name(code)
}

// knownAffiliations are the affiliations of docs/input.md, in the order charts
// stack and list them.
var knownAffiliations = []string{"jihadist", "separatist", "left_wing", "right_wing", "other", "unknown"}

// CompareAffiliations orders affiliations as the stacked charts do,
// bottom first: those of docs/input.md in its order, then any other by
// name. The workbook's native chart stacks them the same way.
func CompareAffiliations(a, b string) int {
	rank := func(key string) int {
		if i := slices.Index(knownAffiliations, key); i >= 0 {
			return i
		}
		return len(knownAffiliations)
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra - rb
	}
	return strings.Compare(a, b)
}

// affiliationName returns the name of an affiliation in cat's language; a
// key that is not one of docs/input.md's is shown as it is, and an empty one as
// unknown.
func affiliationName(key string, cat catalogue) string {
	if key == "" {
		key = "unknown"
	}
	for _, k := range knownAffiliations {
		if k == key {
			return cat.text("affiliation." + key)
		}
	}
	return cat.name(key)
}

// periodName names a period in cat's language: "2022", "Q2 2022",
// "July 2022", or its first and last day. A period without dates is named
// by its label.
func periodName(p analysis.Period, cat catalogue) string {
	if p.Start.IsZero() {
		return cat.name(p.Label)
	}
	y := p.Start.Year()
	switch p.Kind {
	case analysis.Year:
		return strconv.Itoa(y)
	case analysis.Quarter:
		return cat.textf("period.q"+strconv.Itoa((int(p.Start.Month())+2)/3)+"_fmt", y)
	case analysis.Month:
		return cat.textf("period.month_fmt", i18n.Month(cat.lang, p.Start.Month()), y)
	}
	return cat.textf("period.range_fmt", cat.date(p.Start), cat.date(p.End))
}
