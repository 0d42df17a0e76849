package reports

import (
	"strings"
	"testing"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// Warnings are worded in the report's language, agreeing with their count.
func TestWarningText(t *testing.T) {
	for _, c := range []struct {
		lang string
		w    analysis.Warning
		want string
	}{
		{"en", analysis.Warning{Code: analysis.WarnSeriesTooShort, Args: []any{2, "arrests"}}, "Arrests: 2 complete years with a value"},
		{"en", analysis.Warning{Code: analysis.WarnUnplacedInPeriod, Args: []any{1, "2024-Q3"}}, "1 incident has a date too coarse to place in 2024-Q3"},
		{"ar", analysis.Warning{Code: analysis.WarnSeriesTooShort, Args: []any{2, "arrests"}}, "سنتان كاملتان"},
		{"ar", analysis.Warning{Code: analysis.WarnUnplacedInPeriod, Args: []any{12, "2024-Q3"}}, "12 حادثة تاريخها"},
		{"fr", analysis.Warning{Code: analysis.WarnUnplacedInSeries, Args: []any{3, "2024", "2024-09-30"}}, "3 incidents de 2024 ne peuvent être placés avant la fin de la période (2024-09-30)"},
	} {
		if got := WarningText(c.lang, c.w); !strings.Contains(got, c.want) || strings.Contains(got, "%!") || strings.Contains(got, "[") {
			t.Errorf("%s %v: %q, want it to contain %q", c.lang, c.w, got, c.want)
		}
	}
}

func TestRowReasonInLanguage(t *testing.T) {
	e := data.RowError{Reason: "arrests 12 differ from the arrests_by_country total 11 (MA:2;ES:9)",
		Code: "arrests_mismatch", Args: []any{12, 11, "MA:2;ES:9"}}
	if got := rowReason("en", e); got != e.Reason {
		t.Errorf("en: %q, want the reason %q", got, e.Reason)
	}
	if got := rowReason("ar", e); got != "عدد الاعتقالات 12 يختلف عن مجموع الاعتقالات حسب البلد 11 (MA:2;ES:9)" {
		t.Errorf("ar: %q", got)
	}
	if got := rowReason("fr", data.RowError{Reason: `arrests: "-3" is negative`}); got != `arrests: "-3" is negative` {
		t.Errorf("a rejection keeps its reason: %q", got)
	}
}
