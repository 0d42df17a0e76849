package i18n

import (
	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// WarningText words a figures warning in lang from the catalogue
// ("warning.<code>"): its first argument is the count the sentence agrees
// with; a series or measure key is written as the measure's name.
func WarningText(lang string, w analysis.Warning) string {
	args := make([]any, len(w.Args))
	for i, a := range w.Args {
		switch v := a.(type) {
		case int:
			args[i] = Int(lang, v)
		case string:
			args[i] = v
			if _, ok := messages["wb.measure."+v]; ok {
				args[i] = T(lang, "wb.measure."+v) // a series or a measure, by its name
			}
		default:
			args[i] = a
		}
	}
	if len(w.Args) > 0 {
		if n, ok := w.Args[0].(int); ok {
			return N(lang, "warning."+w.Code, n, args[1:]...)
		}
	}
	return F(lang, "warning."+w.Code, args...)
}

// WarningTexts words every figures warning in lang.
func WarningTexts(lang string, ws []analysis.Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = WarningText(lang, w)
	}
	return out
}

// RowReason words why a row was rejected or warned about, from the
// catalogue by its code (a row error without one by its English reason).
func RowReason(lang string, e data.RowError) string {
	if e.Code == "" {
		return e.Reason
	}
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if v, ok := a.(int); ok {
			args[i] = Int(lang, v)
		} else {
			args[i] = a
		}
	}
	return F(lang, "data."+e.Code, args...)
}
