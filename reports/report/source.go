package report

import (
	"path/filepath"

	"github.com/ctreport/ctreport/reports/i18n"
)

// SourceLine says where a report's figures come from, in the report's
// language: the embedded sample, the one file read, or how many files.
func SourceLine(in Input) string {
	lang := in.Settings.Lang
	if len(in.Settings.Inputs) == 0 {
		return i18n.T(lang, "report.source.sample")
	}
	if n := len(in.Data.Files); n != 1 {
		return i18n.N(lang, "report.source.files", n)
	}
	return i18n.F(lang, "report.source.file", filepath.Base(in.Data.Files[0].Path))
}
