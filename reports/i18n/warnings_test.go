package i18n

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	if got := RowReason("en", e); got != e.Reason {
		t.Errorf("en: %q, want the reason %q", got, e.Reason)
	}
	if got := RowReason("ar", e); got != "عدد الاعتقالات 12 يختلف عن مجموع الاعتقالات حسب البلد 11 (MA:2;ES:9)" {
		t.Errorf("ar: %q", got)
	}
	if got := RowReason("fr", data.RowError{Reason: `arrests: "-3" is negative`}); got != `arrests: "-3" is negative` {
		t.Errorf("a row error without a code keeps its reason: %q", got)
	}
}

// Every reason a row is rejected for is worded in the report's language:
// English as the reason itself, Arabic and French from the catalogue.
func TestRejectionReasonsInLanguage(t *testing.T) {
	rows := []string{
		"A,2022-01-05,MA,,,-3,,,,,,,", "A,2022-01-05,MA,,1.5,,,,,,,,", "A,2022-01-05,MA,,,99999999999999999999,,,,,,,",
		",2022-01-05,MA,,,,,,,,,,", "A,2022-02-30,MA,,,,,,,,,,", "A,2022-00,MA,,,,,,,,,,", "A,0000,MA,,,,,,,,,,",
		"A,2022/01/05,MA,,,,,,,,,,", "A,2027-01-01,MA,,,,,,,,,,", "A,2022-01-05,Atlantis,,,,,,,,,,",
		"A,2022-01-05,MA,raid,,,,,,,,,", "A,2022-01-05,MA,,,2,MA=2,,,,,,", "A,2022-01-05,MA,,,4,MA:2;MA:2,,,,,,",
		"A,2022-01-05,MA,,,4,MA:x,,,,,,", "A,2022-01-05,MA,,,4,MA:-1,,,,,,", "A,2022-01-05,MA,,,4,MA:99999999999999999999,,,,,,",
		"A,2022-01-05,International,,,,,,,,,,", "A,2022-01-05,MA,,,,,,,,,,week",
		"A,2022-01-05,MA,\xff,,,,,,,,,", "A,2022-01-05,MA", `A,2022-01-05,MA,x"y,,,,,,,,,`,
	}
	content := "incident_id,date,country,event_type,cells_dismantled,arrests,arrests_by_country,partner_countries,cooperation_type,affiliation,latitude,longitude,date_precision\n"
	for _, r := range rows {
		content += r + "\n"
	}
	path := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	ds, err := data.Load([]string{path}, data.DefaultOptions(time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Rejected) != len(rows) {
		t.Fatalf("%d rows rejected, want %d", len(ds.Rejected), len(rows))
	}
	codes := map[string]bool{}
	for _, e := range ds.Rejected {
		codes[e.Code] = true
		if e.Code == "" {
			t.Errorf("%q has no code to word it by", e.Reason)
			continue
		}
		if got := RowReason("en", e); got != e.Reason {
			t.Errorf("en: %q, want the reason %q", got, e.Reason)
		}
		for _, lang := range []string{"ar", "fr"} {
			if got := RowReason(lang, e); got == e.Reason || strings.Contains(got, "%!") || strings.Contains(got, "[data.") {
				t.Errorf("%s: %q for %q", lang, got, e.Reason)
			}
		}
	}
	if len(codes) < 20 {
		t.Errorf("only %d codes among the rejections: %v", len(codes), codes)
	}
	for _, e := range ds.Rejected {
		if e.Code == "no_such_day" {
			if got, want := RowReason("ar", e), `"2022-02-30": اليوم 30 غير موجود في 2022-02`; got != want {
				t.Errorf("ar: %q, want %q", got, want)
			}
			if got, want := RowReason("fr", e), `"2022-02-30" : le jour 30 n'existe pas en 2022-02`; got != want {
				t.Errorf("fr: %q, want %q", got, want)
			}
		}
	}
}
