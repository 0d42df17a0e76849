package data

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A header that is no column's name may still mean one: num_arrests,
// nombre_cellules, عدد_المعتقلين, event_date. meantColumn finds it by a
// rule (docs/input.md, "The header"): the header is cut into words, and a
// column is meant when its words are the column's stems — one word for
// each of its concepts (arrests_by_country: an arrest and a country) —
// plus more of its stems and words that only qualify (the column's own,
// such as "name" for a country, or the fillers every column takes, such
// as "number" or "of").
// A header that also holds any other word (source_lang, date_of_arrest)
// means nothing, and neither does one that two columns would fit equally.
// The suggestion is only said: the column stays an unknown one.

// meaning is how a column's header may be written in other words: need
// are its concepts, each a list of stems of which one word must be; may
// are the words that may also stand in it. A stem of more than three
// letters matches the start of a word (arrest: arrested, arrestations),
// a shorter one, or one ending in "$", the whole word.
type meaning struct {
	col  column
	need [][]string
	may  []string
}

var (
	arrestStems  = []string{"arrest", "interpell", "arrete", "detenid", "detencion", "detenu", "detain", "معتقل", "اعتقال", "موقوف", "توقيف"}
	countryStems = []string{"countr", "pays", "pais", "nation$", "nations$", "بلد", "بلدان", "دول", "دوله"}
	dateStems    = []string{"date", "fecha", "datum", "تاريخ"}
	sourceStems  = []string{"source", "fuente", "مصدر", "مصادر"}
)

var meanings = []meaning{
	{cIncidentID, [][]string{{"id", "ids", "identifier", "identifiant", "identificador", "ref", "reference", "uid", "uuid", "key$", "رقم", "معرف"}}, []string{"case", "record", "report"}},
	{cDate, [][]string{dateStems}, []string{"occurrence", "occurred", "happened", "when$", "day$", "jour", "dia$", "وقوع"}},
	{cDatePrecision, [][]string{{"precis", "دقه"}}, dateStems},
	{cCountry, [][]string{countryStems}, []string{"name", "nom", "code", "iso", "iso2", "iso3", "txt", "text", "lead", "main", "principal", "رمز", "اسم", "رئيسي"}},
	{cEventType, [][]string{{"type", "tipo", "kind$", "nature", "categor", "نوع", "صنف"}}, []string{"attack", "attaque", "ataque", "operation", "هجوم", "عمليه"}},
	{cCells, [][]string{{"cell$", "cells$", "cellul", "celula", "خليه", "خلايا"}}, []string{"dismantl", "demantel", "desmantel", "disrupt", "broken", "مفكك", "تفكيك", "terror", "terrorist", "ارهابي", "ارهابيه"}},
	{cArrests, [][]string{arrestStems}, []string{"suspect", "suspects", "perpetrat", "captur", "مشتبه"}},
	{cArrestsByCountry, [][]string{arrestStems, countryStems}, nil},
	{cPartners, [][]string{{"partner", "partenaire", "socio", "ally", "allies", "allie", "شريك", "شريكه", "شركاء"}}, countryStems},
	{cCooperation, [][]string{{"cooperat", "coopera", "collabor", "تعاون"}}, []string{"type", "tipo", "kind$", "form", "mode", "نوع"}},
	{cGroup, [][]string{{"group", "grupo", "faction", "perpetrat", "gname$", "تنظيم", "جماعه"}}, []string{"name", "nom", "responsible", "perpetrat", "auteur", "اسم"}},
	{cAffiliation, [][]string{{"affili", "ideolog", "tendenc", "انتماء"}}, []string{"group", "groupe", "grupo"}},
	{cAdmin1, [][]string{{"admin$", "provinc", "prov$", "provstate", "region", "wilaya", "governorate", "gouvernorat", "departement", "departamento", "oblast", "ولايه", "محافظه", "اقليم", "جهه"}}, []string{"name", "nom", "state$", "etat$", "level", "niveau", "1", "اسم"}},
	{cCity, [][]string{{"city", "ville", "ciudad", "town", "locality", "localite", "localidad", "location", "lieu", "commune", "municip", "مدينه", "بلده"}}, []string{"name", "nom", "اسم"}},
	{cLatitude, [][]string{{"lat", "latitud", "عرض"}}, []string{"deg", "degree", "degres", "grados", "decimal", "dd$", "wgs84", "خط", "y$"}},
	{cLongitude, [][]string{{"lon", "lng", "long", "longitud", "طول"}}, []string{"deg", "degree", "degres", "grados", "decimal", "dd$", "wgs84", "خط", "x$"}},
	{cLeadAgency, [][]string{{"agency", "agence", "agencia", "service", "servicio", "force", "forces", "unit", "unite", "unidad", "جهاز", "اجهزه"}}, []string{"lead", "main", "principal", "chef", "security", "securite", "seguridad", "police", "امن"}},
	{cLinked, [][]string{{"linked", "related", "relie", "lie$", "lies$", "relacion", "vinculad", "مرتبط", "مرتبطه"}}, []string{"to$", "a$", "con$"}},
	{cSeized, [][]string{{"seiz", "saisi", "incaut", "decomis", "confiscat", "محجوز", "حجز", "مضبوط"}}, []string{"item", "items", "objet", "objets", "material", "materiel", "مواد"}},
	{cSourceName, [][]string{sourceStems}, []string{"name", "nom", "اسم", "origin", "media", "medium", "outlet"}},
	{cSourceURL, [][]string{{"url", "uri", "link$", "links$", "lien", "liens", "enlace", "href", "رابط", "روابط"}}, sourceStems},
	{cSourceDate, [][]string{sourceStems, dateStems}, []string{"publication", "published", "parution", "نشر"}},
	{cNotes, [][]string{{"note", "comment", "remarque", "observ", "descrip", "summary", "resume", "resumen", "ملاحظ", "تعليق", "ملخص", "وصف"}}, []string{"free", "text", "texte", "additional", "other", "autres", "اخري"}},
}

// fillerWords may stand in any column's header: counts ("number of"),
// articles and prepositions, "incident", "people", in English, French,
// Spanish and Arabic.
var fillerWords = map[string]bool{}

func init() {
	for i := range meanings {
		m := &meanings[i]
		for _, stems := range append(m.need, m.may) {
			for j, st := range stems {
				exact, ok := strings.CutSuffix(st, "$")
				if exact = foldWord(stripMarks(exact)); ok {
					exact += "$"
				}
				stems[j] = exact
			}
		}
	}
	for _, w := range strings.Fields(`number numbers num nb nbr no nr n count counts total totals qty quantity
		nombre numero of the a an by per par por de du des d la le les l el los las del en in y et and
		people persons personnes personas individuals incident incidents event events evenement evenements
		evento eventos incidente incidentes
		عدد اجمالي مجموع حسب في من حادثه حوادث اشخاص الاشخاص`) {
		fillerWords[foldWord(stripMarks(w))] = true
	}
}

// headerWords cuts a header as written into folded words: at a change
// from a lower-case to an upper-case letter (numArrests), and at anything
// but a letter or digit; accents are dropped, Arabic letters folded and
// the article ال taken off.
func headerWords(h string) []string {
	var words []string
	var b strings.Builder
	prevLower := false
	flush := func() {
		if b.Len() > 0 {
			words = append(words, foldWord(b.String()))
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(h) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && prevLower {
				flush()
			}
			b.WriteRune(r)
			prevLower = unicode.IsLower(r)
		default:
			flush()
			prevLower = false
		}
	}
	flush()
	return words
}

// stripMarks decomposes s and drops its combining marks: accents, and the
// hamza of أ or ئ.
func stripMarks(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldWord lower-cases a word, folds its Arabic letters and takes off the
// article ال.
func foldWord(w string) string {
	w = strings.ToLower(foldArabic(w))
	if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
		w = rest
	}
	return w
}

// stemMatches says whether word w is stem s (see meaning).
func stemMatches(w, s string) bool {
	if exact, ok := strings.CutSuffix(s, "$"); ok {
		return w == exact
	}
	if utf8.RuneCountInString(s) <= 3 {
		return w == s
	}
	return strings.HasPrefix(w, s)
}

func anyStem(w string, stems []string) bool {
	for _, s := range stems {
		if stemMatches(w, s) {
			return true
		}
	}
	return false
}

// meantColumn returns the name of the column a header as written means
// by the rule above, or "".
func meantColumn(header string) string {
	words := headerWords(header)
	if len(words) == 0 || len(words) > 8 {
		return ""
	}
	best, bestNeed, tie := "", 0, false
	for _, m := range meanings {
		if !means(m, words) {
			continue
		}
		switch n := len(m.need); {
		case n > bestNeed:
			best, bestNeed, tie = canonicalName[m.col], n, false
		case n == bestNeed:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// means says whether words are m's: each concept is met by a word of its
// own, and every other word is one of m's stems, one m may hold or a
// filler.
func means(m meaning, words []string) bool {
	used := make([]bool, len(words))
	for _, stems := range m.need {
		found := false
		for i, w := range words {
			if !used[i] && anyStem(w, stems) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	for i, w := range words {
		if !used[i] && !fillerWords[w] && !anyStem(w, m.may) && !slices.ContainsFunc(m.need, func(stems []string) bool { return anyStem(w, stems) }) {
			return false
		}
	}
	return true
}
