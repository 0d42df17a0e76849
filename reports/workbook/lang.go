package workbook

import (
	"math"
	"slices"
	"strings"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"

	"github.com/ctreport/ctreport/reports/i18n"
)

// locale is the language of a workbook. Every string a reader sees comes
// from the shared catalogue (package i18n, keys "wb.…" in
// i18n/workbook.go), so that the sheets are laid out once for all
// languages.
type locale string

// localeOf returns the workbook language for a --lang setting: English
// for an empty or unknown one.
func localeOf(lang string) locale {
	if slices.Contains(i18n.Languages, lang) {
		return locale(lang)
	}
	return "en"
}

// t returns the message key.
func (l locale) t(key string) string { return i18n.T(string(l), key) }

// f formats the message key with args.
func (l locale) f(key string, args ...any) string { return i18n.F(string(l), key, args...) }

// int writes n as the language writes a count in running text.
func (l locale) int(n int) string { return i18n.Int(string(l), n) }

// rtl reports whether the sheets read right to left.
func (l locale) rtl() bool { return l == "ar" }

// lookup returns the message key, or false when the catalogue has none.
func (l locale) lookup(key string) (string, bool) {
	s := i18n.T(string(l), key)
	return s, s != "["+key+"]"
}

// column returns the header of an Incidents column: its catalogue entry
// ("wb.col.<name>"), or for an unknown input column its own name.
func (l locale) column(name string) string {
	if s, ok := l.lookup("wb.col." + name); ok {
		return s
	}
	return name
}

// period names a period for a title or a header, as the note does:
// "2024", "T3 2024", "الربع الثالث 2024".
func (l locale) period(p analysis.Period) string { return i18n.Period(string(l), p, "label") }

// noteField names the field of a reconciliation note in the language:
// "arrests_by_country ES" is "Arrests by country: Spain".
func (l locale) noteField(field string) string {
	name, country, ok := strings.Cut(field, " ")
	if !ok {
		return l.column(field)
	}
	return l.f("wb.name_value", l.column(name), countryNames(country, l))
}

// inputName shows an input's path, naming the embedded sample in the
// language.
func (l locale) inputName(path string) string {
	if path == data.SampleName {
		return l.t("wb.about.embedded_sample")
	}
	return path
}

// value returns how a breakdown shows a key: "(not given)" for an empty
// one; for a value of an enumerated column (field "cooperation_type",
// "affiliation"), its catalogue entry "wb.<field>.<value>"; any other key
// (a country code, a group, a city) as it is.
func (l locale) value(field, key string) string {
	if key == "" {
		return l.t("wb.not_given")
	}
	if field != "" {
		if s, ok := l.lookup("wb." + field + "." + key); ok {
			return s
		}
	}
	return key
}

// pValue writes a p-value for running text, relation included: "= 0.40",
// "= 0.082", "< 0.001" — 3 decimals below 0.1, as the note writes them.
func (l locale) pValue(p float64) string {
	switch {
	case math.IsNaN(p) || math.IsInf(p, 0):
		return "= " + i18n.T(string(l), "n_a")
	case p < 0.001:
		return "< " + i18n.Float(string(l), 0.001, 3)
	case p < 0.1:
		return "= " + i18n.Float(string(l), p, 3)
	}
	return "= " + i18n.Float(string(l), p, 2)
}
