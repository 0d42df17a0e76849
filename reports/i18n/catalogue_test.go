package i18n

import (
	"strings"
	"testing"
	"time"
)

// Every key exists in all three languages, and no translation is left
// empty or equal to a placeholder.
func TestCatalogueComplete(t *testing.T) {
	for k, m := range messages {
		for lang, s := range map[string]string{"en": m.En, "ar": m.Ar, "fr": m.Fr} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("message %s has no %s text", k, lang)
			}
		}
		if strings.Count(m.En, "%") != strings.Count(m.Ar, "%") || strings.Count(m.En, "%") != strings.Count(m.Fr, "%") {
			t.Errorf("message %s: the languages have different placeholders: %q / %q / %q", k, m.En, m.Ar, m.Fr)
		}
	}
	for k, p := range plurals {
		for i, s := range append(append(p.En[:], p.Fr[:]...), p.Ar[:]...) {
			if strings.TrimSpace(s) == "" {
				t.Errorf("plural %s: form %d is empty", k, i)
			}
		}
	}
}

// CLDR's Arabic categories: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many,
// 100–102 other, and n%100 decides beyond (103 few, 111 many).
func TestArabicPluralCategories(t *testing.T) {
	for n, want := range map[int]int{0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3, 111: 4, 1000: 5} {
		if got := arabicCategory(n); got != want {
			t.Errorf("arabicCategory(%d) = %d, want %d", n, got, want)
		}
	}
	for n, want := range map[int]int{0: 0, 1: 0, 2: 1, 10: 1} {
		if got := frenchCategory(n); got != want {
			t.Errorf("frenchCategory(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Int("en", 1234567), "1,234,567"},
		{Int("fr", 1234), "1\u202f234"},
		{Int("ar", 4304), "4.304"},
		{Int("en", -3), "\u22123"},
		{Int("en", 999), "999"},
		{Float("en", 11, 1), "11.0"},
		{Float("fr", 2.25, 2), "2,25"},
		{Float("en", -0.01, 1), "0.0"},
		{Percent("en", 0.2065, 1), "20.7%"},
		{Percent("fr", 1, 0), "100\u00a0%"},
		{Percent("ar", 0.5, 1), "50,0\u00a0%"},
		{SignedPercent("en", -17.647, 0), "\u221218%"},
		{SignedPercent("en", 5, 0), "+5%"},
		{SignedPercent("en", 0, 0), "0%"},
		{Date("en", time.Date(2022, 10, 4, 0, 0, 0, 0, time.UTC)), "4 October 2022"},
		{Date("fr", time.Date(2022, 10, 4, 0, 0, 0, 0, time.UTC)), "4 octobre 2022"},
		{Date("ar", time.Date(2021, 12, 18, 0, 0, 0, 0, time.UTC)), "18 ديسمبر 2021"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// Plural forms that spell the count out, or name other arguments only,
// come out clean: no "%!(EXTRA …)".
func TestPluralFormsWithoutTheCount(t *testing.T) {
	for n, want := range map[int]string{1: "المصدر: ملف حوادث واحد", 2: "المصدر: ملفا حوادث", 3: "المصدر: 3 ملفات حوادث", 11: "المصدر: 11 ملف حوادث"} {
		if got := N("ar", "report.source.files", n); got != want {
			t.Errorf("N(ar, %d) = %q, want %q", n, got, want)
		}
	}
	if got := N("en", "report.source.files", 1); got != "Source: 1 incident file" {
		t.Errorf("N(en, 1) = %q", got)
	}
}

// A measure has one name in every output: the workbook, the note and the
// charts use the same words for it.
func TestMeasureNamesAgree(t *testing.T) {
	for k, m := range messages {
		for _, prefix := range []string{"brief.measure.", "chart.measure."} {
			if !strings.HasPrefix(k, prefix) {
				continue
			}
			name := strings.TrimPrefix(k, prefix)
			if name == "cross_border" {
				name = "cross_border_incidents"
			}
			if wb, ok := messages["wb.measure."+name]; ok && wb != m {
				t.Errorf("%s = %+v, but wb.measure.%s = %+v", k, m, name, wb)
			}
		}
	}
}
