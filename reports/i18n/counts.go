package i18n

// Counted nouns: a count and its noun, agreeing as each language's grammar
// wants, for the note's findings and caveats ("count.<noun>", used with N).
//
// English and French take the singular for one (French also for 0: « 0
// incident »), the plural otherwise (CLDR plural rules). Arabic numerals
// govern their noun by the count's category (CLDR: zero, one, two, few
// 3–10, many 11–99, other 100+ and 0 mod 100): 1 and 2 are said with the
// noun alone — حادثة واحدة، حادثتان — the noun in the dual for 2; 3–10
// take the plural (3 حوادث); 11–99 the singular, accusative (11 حادثةً,
// 11 موقوفًا); 100 and above the singular, genitive (100 حادثة) (K. C.
// Ryding, A Reference Grammar of Modern Standard Arabic, Cambridge UP,
// 2005, ch. 15 "Numerals"). Numbers are written in digits, so the gender
// polarity of 3–10 does not show.
func init() {
	registerPlurals(withUnusedCount(map[string]Plural{
		"count.incidents": {
			En: [2]string{"%[1]s incident", "%[1]s incidents"},
			Fr: [2]string{"%[1]s incident", "%[1]s incidents"},
			Ar: [6]string{"لا حوادث", "حادثة واحدة", "حادثتان", "%[1]s حوادث", "%[1]s حادثة", "%[1]s حادثة"},
		},
		"count.cells_dismantled": {
			En: [2]string{"%[1]s cell dismantled", "%[1]s cells dismantled"},
			Fr: [2]string{"%[1]s cellule démantelée", "%[1]s cellules démantelées"},
			Ar: [6]string{"لا خلايا مفككة", "خلية مفككة واحدة", "خليتان مفككتان", "%[1]s خلايا مفككة", "%[1]s خلية مفككة", "%[1]s خلية مفككة"},
		},
		"count.arrests": {
			En: [2]string{"%[1]s arrest", "%[1]s arrests"},
			Fr: [2]string{"%[1]s arrestation", "%[1]s arrestations"},
			Ar: [6]string{"لا موقوفين", "موقوف واحد", "موقوفان", "%[1]s موقوفين", "%[1]s موقوفًا", "%[1]s موقوف"},
		},
		"count.foiled_plots": {
			En: [2]string{"%[1]s foiled plot", "%[1]s foiled plots"},
			Fr: [2]string{"%[1]s complot déjoué", "%[1]s complots déjoués"},
			Ar: [6]string{"لا مخططات محبطة", "مخطط محبط واحد", "مخططان محبطان", "%[1]s مخططات محبطة", "%[1]s مخططًا محبطًا", "%[1]s مخطط محبط"},
		},
		"count.cross_border_incidents": {
			En: [2]string{"%[1]s cross-border incident", "%[1]s cross-border incidents"},
			Fr: [2]string{"%[1]s incident transfrontalier", "%[1]s incidents transfrontaliers"},
			Ar: [6]string{"لا حوادث عابرة للحدود", "حادثة واحدة عابرة للحدود", "حادثتان عابرتان للحدود", "%[1]s حوادث عابرة للحدود", "%[1]s حادثة عابرة للحدود", "%[1]s حادثة عابرة للحدود"},
		},
		"count.rows": {
			En: [2]string{"%[1]s row", "%[1]s rows"},
			Fr: [2]string{"%[1]s ligne", "%[1]s lignes"},
			Ar: [6]string{"لا أسطر", "سطر واحد", "سطران", "%[1]s أسطر", "%[1]s سطرًا", "%[1]s سطر"},
		},
		"count.values": {
			En: [2]string{"%[1]s value", "%[1]s values"},
			Fr: [2]string{"%[1]s valeur", "%[1]s valeurs"},
			Ar: [6]string{"لا قيم", "قيمة واحدة", "قيمتان", "%[1]s قيم", "%[1]s قيمة", "%[1]s قيمة"},
		},
		"count.files": {
			En: [2]string{"%[1]s file", "%[1]s files"},
			Fr: [2]string{"%[1]s fichier", "%[1]s fichiers"},
			Ar: [6]string{"لا ملفات", "ملف واحد", "ملفان", "%[1]s ملفات", "%[1]s ملفًا", "%[1]s ملف"},
		},
	}))
}

// Count writes n with its noun, agreeing in lang: "1 incident",
// "2 incidents"; "حادثتان", "11 حادثة".
func Count(lang, noun string, n int) string { return N(lang, "count."+noun, n) }
