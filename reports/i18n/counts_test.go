package i18n

import (
	"testing"
	"time"
)

// Every counted noun agrees with its count in every language, over the
// counts where the rules change: 0, 1, 2, 3, 10, 11, 99, 100, 101, 1000.
// English and French: CLDR plural rules (French singular for 0 and 1).
// Arabic: Ryding (2005), ch. 15 — 1 and 2 said with the noun (واحد/ة,
// the dual), 3–10 plural, 11–99 singular accusative, 100 and above
// singular genitive; 101 is "other" in CLDR (singular genitive).
func TestCountedNounsAgree(t *testing.T) {
	counts := []int{0, 1, 2, 3, 10, 11, 99, 100, 101, 1000}
	want := map[string]map[string][]string{
		"incidents": {
			"en": {"0 incidents", "1 incident", "2 incidents", "3 incidents", "10 incidents", "11 incidents", "99 incidents", "100 incidents", "101 incidents", "1,000 incidents"},
			"fr": {"0 incident", "1 incident", "2 incidents", "3 incidents", "10 incidents", "11 incidents", "99 incidents", "100 incidents", "101 incidents", "1\u202f000 incidents"},
			"ar": {"لا حوادث", "حادثة واحدة", "حادثتان", "3 حوادث", "10 حوادث", "11 حادثة", "99 حادثة", "100 حادثة", "101 حادثة", "1.000 حادثة"},
		},
		"cells_dismantled": {
			"en": {"0 cells dismantled", "1 cell dismantled", "2 cells dismantled", "3 cells dismantled", "10 cells dismantled", "11 cells dismantled", "99 cells dismantled", "100 cells dismantled", "101 cells dismantled", "1,000 cells dismantled"},
			"fr": {"0 cellule démantelée", "1 cellule démantelée", "2 cellules démantelées", "3 cellules démantelées", "10 cellules démantelées", "11 cellules démantelées", "99 cellules démantelées", "100 cellules démantelées", "101 cellules démantelées", "1\u202f000 cellules démantelées"},
			"ar": {"لا خلايا مفككة", "خلية مفككة واحدة", "خليتان مفككتان", "3 خلايا مفككة", "10 خلايا مفككة", "11 خلية مفككة", "99 خلية مفككة", "100 خلية مفككة", "101 خلية مفككة", "1.000 خلية مفككة"},
		},
		"arrests": {
			"en": {"0 arrests", "1 arrest", "2 arrests", "3 arrests", "10 arrests", "11 arrests", "99 arrests", "100 arrests", "101 arrests", "1,000 arrests"},
			"fr": {"0 arrestation", "1 arrestation", "2 arrestations", "3 arrestations", "10 arrestations", "11 arrestations", "99 arrestations", "100 arrestations", "101 arrestations", "1\u202f000 arrestations"},
			"ar": {"لا موقوفين", "موقوف واحد", "موقوفان", "3 موقوفين", "10 موقوفين", "11 موقوفًا", "99 موقوفًا", "100 موقوف", "101 موقوف", "1.000 موقوف"},
		},
		"foiled_plots": {
			"en": {"0 foiled plots", "1 foiled plot", "2 foiled plots", "3 foiled plots", "10 foiled plots", "11 foiled plots", "99 foiled plots", "100 foiled plots", "101 foiled plots", "1,000 foiled plots"},
			"fr": {"0 complot déjoué", "1 complot déjoué", "2 complots déjoués", "3 complots déjoués", "10 complots déjoués", "11 complots déjoués", "99 complots déjoués", "100 complots déjoués", "101 complots déjoués", "1\u202f000 complots déjoués"},
			"ar": {"لا مخططات محبطة", "مخطط محبط واحد", "مخططان محبطان", "3 مخططات محبطة", "10 مخططات محبطة", "11 مخططًا محبطًا", "99 مخططًا محبطًا", "100 مخطط محبط", "101 مخطط محبط", "1.000 مخطط محبط"},
		},
		"cross_border_incidents": {
			"en": {"0 cross-border incidents", "1 cross-border incident", "2 cross-border incidents", "3 cross-border incidents", "10 cross-border incidents", "11 cross-border incidents", "99 cross-border incidents", "100 cross-border incidents", "101 cross-border incidents", "1,000 cross-border incidents"},
			"fr": {"0 incident transfrontalier", "1 incident transfrontalier", "2 incidents transfrontaliers", "3 incidents transfrontaliers", "10 incidents transfrontaliers", "11 incidents transfrontaliers", "99 incidents transfrontaliers", "100 incidents transfrontaliers", "101 incidents transfrontaliers", "1\u202f000 incidents transfrontaliers"},
			"ar": {"لا حوادث عابرة للحدود", "حادثة واحدة عابرة للحدود", "حادثتان عابرتان للحدود", "3 حوادث عابرة للحدود", "10 حوادث عابرة للحدود", "11 حادثة عابرة للحدود", "99 حادثة عابرة للحدود", "100 حادثة عابرة للحدود", "101 حادثة عابرة للحدود", "1.000 حادثة عابرة للحدود"},
		},
		"rows": {
			"en": {"0 rows", "1 row", "2 rows", "3 rows", "10 rows", "11 rows", "99 rows", "100 rows", "101 rows", "1,000 rows"},
			"fr": {"0 ligne", "1 ligne", "2 lignes", "3 lignes", "10 lignes", "11 lignes", "99 lignes", "100 lignes", "101 lignes", "1\u202f000 lignes"},
			"ar": {"لا أسطر", "سطر واحد", "سطران", "3 أسطر", "10 أسطر", "11 سطرًا", "99 سطرًا", "100 سطر", "101 سطر", "1.000 سطر"},
		},
		"values": {
			"en": {"0 values", "1 value", "2 values", "3 values", "10 values", "11 values", "99 values", "100 values", "101 values", "1,000 values"},
			"fr": {"0 valeur", "1 valeur", "2 valeurs", "3 valeurs", "10 valeurs", "11 valeurs", "99 valeurs", "100 valeurs", "101 valeurs", "1\u202f000 valeurs"},
			"ar": {"لا قيم", "قيمة واحدة", "قيمتان", "3 قيم", "10 قيم", "11 قيمة", "99 قيمة", "100 قيمة", "101 قيمة", "1.000 قيمة"},
		},
		"files": {
			"en": {"0 files", "1 file", "2 files", "3 files", "10 files", "11 files", "99 files", "100 files", "101 files", "1,000 files"},
			"fr": {"0 fichier", "1 fichier", "2 fichiers", "3 fichiers", "10 fichiers", "11 fichiers", "99 fichiers", "100 fichiers", "101 fichiers", "1\u202f000 fichiers"},
			"ar": {"لا ملفات", "ملف واحد", "ملفان", "3 ملفات", "10 ملفات", "11 ملفًا", "99 ملفًا", "100 ملف", "101 ملف", "1.000 ملف"},
		},
	}
	for noun, langs := range want {
		for lang, forms := range langs {
			for i, n := range counts {
				if got := Count(lang, noun, n); got != forms[i] {
					t.Errorf("%s %s %d: %q, want %q", lang, noun, n, got, forms[i])
				}
			}
		}
	}
}

// French dates put the first of the month as an ordinal.
func TestFrenchFirstOfMonth(t *testing.T) {
	if got := Date("fr", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)); got != "1er janvier 2024" {
		t.Errorf("%q, want 1er janvier 2024", got)
	}
	if got := Date("fr", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)); got != "2 janvier 2024" {
		t.Errorf("%q", got)
	}
}
