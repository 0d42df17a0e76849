package i18n

// Messages of the briefing note's findings, headline fallbacks, footnote
// and caveat line (reports/brief: findings.go, note.go).
//
// Findings name a measure inside a sentence (brief.noun.*) and give
// numbers bare or after a measure, so that only counted nouns
// (count.*, counts.go) need agreement. Changes have two phrasings (a, b)
// that alternate, so that several read as different sentences. The words
// for a test's verdict are plain ("more than chance would explain"); the
// test's name and threshold are in the footnote.
func init() {
	register(map[string]Message{
		// A measure inside a sentence.
		"brief.noun.incidents":              {En: "incidents", Fr: "les incidents", Ar: "الحوادث"},
		"brief.noun.operations":             {En: "operations", Fr: "les opérations", Ar: "العمليات"},
		"brief.noun.cells_dismantled":       {En: "cells dismantled", Fr: "les cellules démantelées", Ar: "الخلايا المفككة"},
		"brief.noun.arrests":                {En: "arrests", Fr: "les arrestations", Ar: "الاعتقالات"},
		"brief.noun.foiled_plots":           {En: "foiled plots", Fr: "les complots déjoués", Ar: "المخططات المحبطة"},
		"brief.noun.failed_attacks":         {En: "failed attacks", Fr: "les attentats échoués", Ar: "الهجمات الفاشلة"},
		"brief.noun.completed_attacks":      {En: "completed attacks", Fr: "les attentats commis", Ar: "الهجمات المنفذة"},
		"brief.noun.cross_border_incidents": {En: "cross-border incidents", Fr: "les incidents transfrontaliers", Ar: "الحوادث العابرة للحدود"},
		"brief.noun.cooperation_rate":       {En: "the cross-border cooperation rate", Fr: "le taux de coopération transfrontalière", Ar: "نسبة التعاون الأمني مع البلدان الشريكة"},

		// A change beyond chance: %[1]s the measure, %[2]s the period's
		// count, %[3]s the period, %[4]s the other count, %[5]s the other
		// period, %[6]s the change in per cent.
		"brief.finding.change.a.rise": {
			En: "%[1]s rose to %[2]s %[3]s, from %[4]s %[5]s (%[6]s): more than chance would explain.",
			Fr: "Hausse plus forte que ce que le hasard expliquerait pour %[1]s %[3]s\u00a0: %[2]s, contre %[4]s %[5]s (%[6]s).",
			Ar: "ارتفعت %[1]s %[3]s إلى %[2]s، مقابل %[4]s %[5]s (%[6]s)، وهو ارتفاع يفوق ما تفسره الصدفة."},
		"brief.finding.change.a.fall": {
			En: "%[1]s fell to %[2]s %[3]s, from %[4]s %[5]s (%[6]s): more than chance would explain.",
			Fr: "Baisse plus forte que ce que le hasard expliquerait pour %[1]s %[3]s\u00a0: %[2]s, contre %[4]s %[5]s (%[6]s).",
			Ar: "تراجعت %[1]s %[3]s إلى %[2]s، مقابل %[4]s %[5]s (%[6]s)، وهو تراجع يفوق ما تفسره الصدفة."},
		"brief.finding.change.b.rise": {
			En: "%[3]s, %[1]s rose to %[2]s (%[4]s %[5]s, %[6]s), beyond normal variation.",
			Fr: "%[3]s, %[1]s passent à %[2]s (%[4]s %[5]s, %[6]s)\u00a0: une hausse au-delà de la variation normale.",
			Ar: "%[3]s، بلغت %[1]s %[2]s (%[4]s %[5]s، %[6]s)، وهو ارتفاع يتجاوز التقلبات العادية."},
		"brief.finding.change.b.fall": {
			En: "%[3]s, %[1]s fell to %[2]s (%[4]s %[5]s, %[6]s), beyond normal variation.",
			Fr: "%[3]s, %[1]s passent à %[2]s (%[4]s %[5]s, %[6]s)\u00a0: une baisse au-delà de la variation normale.",
			Ar: "%[3]s، بلغت %[1]s %[2]s (%[4]s %[5]s، %[6]s)، وهو تراجع يتجاوز التقلبات العادية."},

		// A trend beyond chance: %[1]s the series, %[2]s its years,
		// %[3]s its slope a year.
		"brief.finding.trend.up": {
			En: "A rising trend in %[1]s %[2]s (about %[3]s a year), too steady to be chance.",
			Fr: "Tendance à la hausse pour %[1]s %[2]s (environ %[3]s par an), trop régulière pour être due au hasard.",
			Ar: "اتجاه تصاعدي في %[1]s %[2]s (بنحو %[3]s سنويًا)، أثبت من أن يكون محض صدفة."},
		"brief.finding.trend.down": {
			En: "A falling trend in %[1]s %[2]s (about %[3]s a year), too steady to be chance.",
			Fr: "Tendance à la baisse pour %[1]s %[2]s (environ %[3]s par an), trop régulière pour être due au hasard.",
			Ar: "اتجاه تنازلي في %[1]s %[2]s (بنحو %[3]s سنويًا)، أثبت من أن يكون محض صدفة."},

		// Records of a year: %[1]s the year as an adverbial, %[2]s its
		// records, each
		// brief.finding.record.*: %[1]s the count with its noun, %[2]s the
		// year since which it is the highest or lowest (or the first year
		// of the data).
		"brief.finding.records": {En: "Records %[1]s: %[2]s.", Fr: "Records %[1]s\u00a0: %[2]s.", Ar: "أرقام قياسية %[1]s: %[2]s."},
		"brief.finding.record.high": {
			En: "%[1]s, the most since %[2]s", Fr: "%[1]s, le niveau le plus élevé depuis %[2]s", Ar: "%[1]s، وهو أعلى مستوى منذ %[2]s"},
		"brief.finding.record.high_all": {
			En: "%[1]s, the most in the data, which begin in %[2]s", Fr: "%[1]s, le niveau le plus élevé des données, qui commencent en %[2]s", Ar: "%[1]s، وهو أعلى مستوى في البيانات التي تبدأ سنة %[2]s"},
		"brief.finding.record.low": {
			En: "%[1]s, the fewest since %[2]s", Fr: "%[1]s, le niveau le plus bas depuis %[2]s", Ar: "%[1]s، وهو أدنى مستوى منذ %[2]s"},
		"brief.finding.record.low_all": {
			En: "%[1]s, the fewest in the data, which begin in %[2]s", Fr: "%[1]s, le niveau le plus bas des données, qui commencent en %[2]s", Ar: "%[1]s، وهو أدنى مستوى في البيانات التي تبدأ سنة %[2]s"},

		// The largest operation: %[1]s its date, %[2]s its place, %[3]s
		// its arrests, %[4]s its partners (brief.finding.partners) or "".
		"brief.finding.operation": {
			En: "The period's largest operation by arrests: %[2]s, %[1]s, %[3]s%[4]s.",
			Fr: "Principale opération de la période par le nombre d'arrestations\u00a0: %[2]s, %[1]s, %[3]s%[4]s.",
			Ar: "أكبر عملية خلال الفترة من حيث عدد الموقوفين: %[2]s، %[1]s، %[3]s%[4]s."},
		"brief.finding.partners": {En: ", with %[1]s", Fr: ", avec %[1]s", Ar: "، بمشاركة %[1]s"},
		"brief.place":            {En: "%[1]s (%[2]s)", Fr: "%[1]s (%[2]s)", Ar: "%[1]s (%[2]s)"},

		// The period's totals: %[1]s the period, %[2]s the counts.
		"brief.finding.totals": {En: "%[1]s: %[2]s.", Fr: "%[1]s\u00a0: %[2]s.", Ar: "%[1]s: %[2]s."},

		// No change beyond chance: %[1]s the period, %[2]s the measure
		// that moved most, %[3]s its count, %[4]s the previous count, %[5]s
		// the previous period, %[6]s the change in per cent.
		"brief.headline.steady": {
			En: "No change %[1]s is more than chance would explain; the largest movement is in %[2]s: %[3]s against %[4]s %[5]s (%[6]s).",
			Fr: "Aucune évolution %[1]s ne dépasse ce que le hasard explique\u00a0; le plus fort mouvement concerne %[2]s\u00a0: %[3]s contre %[4]s %[5]s (%[6]s).",
			Ar: "لا يتجاوز أي تغير %[1]s ما تفسره الصدفة؛ وأكبر تغير سُجّل في %[2]s: %[3]s مقابل %[4]s %[5]s (%[6]s)."},

		// The footnote under the key table: the tests behind the words.
		"brief.footnote.changes": {
			En: "* More than chance would explain: the exact Poisson test of the two periods' rates gives %[1]s.",
			Fr: "* Plus que ce que le hasard expliquerait\u00a0: le test exact de Poisson sur les taux des deux périodes donne %[1]s.",
			Ar: "* يفوق ما تفسره الصدفة: يعطي اختبار بواسون الدقيق لمعدلي الفترتين %[1]s."},
		"brief.footnote.trends": {
			En: "Trends: Mann–Kendall test over the complete years (p < 0.05), slope by Theil–Sen.",
			Fr: "Tendances\u00a0: test de Mann–Kendall sur les années complètes (p < 0,05), pente de Theil–Sen.",
			Ar: "الاتجاهات: اختبار مان–كيندال على السنوات الكاملة (p < 0,05)، والميل بطريقة ثايل–سين."},
		"brief.footnote.table": {
			En: "Each change is against the column to its left; the cooperation rate changes in percentage points; p-values are in report.xlsx.",
			Fr: "Chaque évolution se rapporte à la colonne qui la précède\u202f; le taux de coopération évolue en points\u202f; les valeurs p figurent dans report.xlsx.",
			Ar: "يُقاس كل تغير بالنسبة إلى العمود السابق له، ويُقاس تغير نسبة التعاون بالنقاط المئوية، وترد قيم p في الملف report.xlsx."},

		// The caveat line.
		"brief.caveats":      {En: "Caveats: %[1]s.", Fr: "Réserves\u00a0: %[1]s.", Ar: "تحفظات: %[1]s."},
		"brief.caveats.none": {En: "Caveats: none for this period.", Fr: "Réserves\u00a0: aucune pour cette période.", Ar: "تحفظات: لا شيء يخص هذه الفترة."},
		"brief.caveats.sep":  {En: "; ", Fr: "\u202f; ", Ar: "؛ "},
		"brief.caveat.to_date": {
			En: "%[1]d counted up to %[2]s only", Fr: "%[1]d compté jusqu'au %[2]s seulement", Ar: "سنة %[1]d محتسبة حتى %[2]s فقط"},
		"brief.caveat.unplaced": {
			En: "incidents dated too coarsely to place in the period: %[1]s", Fr: "incidents datés trop imprécisément pour la période\u00a0: %[1]s", Ar: "حوادث تاريخها غير دقيق لإدراجها في الفترة: %[1]s"},
		"brief.caveat.disagreements": {
			En: "values the sources give differently for the period's incidents: %[1]s (the counts use %[2]s)", Fr: "valeurs données différemment par les sources pour les incidents de la période\u00a0: %[1]s (les décomptes retiennent %[2]s)", Ar: "قيم تختلف فيها المصادر بشأن حوادث الفترة: %[1]s (اعتُمد %[2]s)"},
		"brief.caveat.partners_not_recorded": {
			En: "GTD and ACLED exports record no partner countries: their incidents count as not cross-border",
			Fr: "les exports GTD et ACLED n'indiquent pas de pays partenaires : leurs incidents comptent comme non transfrontaliers",
			Ar: "لا تذكر ملفات GTD وACLED الدول الشريكة، فتُحسب حوادثها غير عابرة للحدود"},
		"brief.caveat.selection": {
			En: "only the incidents selected: %[1]s", Fr: "seuls les incidents sélectionnés\u00a0: %[1]s", Ar: "الحوادث المختارة فقط: %[1]s"},
		"brief.caveat.rejected": {
			En: "rows rejected in the input files: %[1]s (rejected.csv)", Fr: "lignes rejetées dans les fichiers\u00a0: %[1]s (rejected.csv)", Ar: "أسطر مرفوضة في الملفات: %[1]s (rejected.csv)"},
		"brief.caveat.measure_absent": {
			En: "%[1]s: not given in the data", Fr: "%[1]s\u00a0: non renseigné dans les données", Ar: "%[1]s: العدد غير مذكور في البيانات"},
		"brief.caveat.not_given": {
			En: "%[1]s: not given for the period", Fr: "%[1]s\u00a0: non renseigné pour la période", Ar: "%[1]s: العدد غير مذكور عن الفترة"},
		"brief.caveat.partly_given": {
			En: "%[1]s: given for %[2]s out of %[3]s incidents", Fr: "%[1]s\u00a0: renseigné pour %[2]s incidents sur %[3]s", Ar: "%[1]s: العدد مذكور في %[2]s من أصل %[3]s من حوادث الفترة"},
		"brief.caveat.no_data": {
			En: "no data for %[1]s, so no comparison with it", Fr: "pas de données pour %[1]s, donc pas de comparaison", Ar: "لا بيانات عن %[1]s، فلا مقارنة معها"},
		"brief.caveat.partly_covered": {
			En: "the data covers only %[1]s to %[2]s of the period, which is not compared", Fr: "les données ne couvrent que du %[1]s au %[2]s de la période, qui n'est pas comparée", Ar: "لا تغطي البيانات من الفترة إلا ما بين %[1]s و%[2]s، فلا مقارنة"},
		"brief.caveat.other_partly_covered": {
			En: "%[1]s only partly covered by the data, so not compared", Fr: "%[1]s couvert en partie seulement par les données, donc non comparé", Ar: "%[1]s مغطاة جزئيًا فقط بالبيانات، فلا مقارنة معها"},
		"brief.caveat.possible_gap": {
			En: "possibly a gap in the data in %[1]s", Fr: "lacune possible des données en %[1]s", Ar: "ثغرة محتملة في البيانات سنة %[1]s"},
	})
	registerPlurals(withUnusedCount(map[string]Plural{
		// Input files --keep-going left out: %[2]s their names.
		"brief.caveat.skipped": {
			En: [2]string{"%[1]s input file left out, unreadable: %[2]s", "%[1]s input files left out, unreadable: %[2]s"},
			Fr: [2]string{"%[1]s fichier écarté, illisible\u00a0: %[2]s", "%[1]s fichiers écartés, illisibles\u00a0: %[2]s"},
			Ar: [6]string{"لا ملفات مستبعدة", "ملف واحد مستبعد تعذرت قراءته: %[2]s", "ملفان مستبعدان تعذرت قراءتهما: %[2]s",
				"%[1]s ملفات مستبعدة تعذرت قراءتها: %[2]s", "%[1]s ملفًا مستبعدًا تعذرت قراءتها: %[2]s", "%[1]s ملف مستبعد تعذرت قراءتها: %[2]s"},
		},
	}))
	registerPlurals(map[string]Plural{
		// A change in percentage points: %[2]s the signed change, agreeing
		// with its size (Ryding 2005, ch. 15): "+4 نقاط", "−2 نقطتان".
		"brief.points": {
			En: [2]string{"%[2]s pt", "%[2]s pts"},
			Fr: [2]string{"%[2]s point", "%[2]s points"},
			Ar: [6]string{"%[2]s نقطة", "%[2]s نقطة", "%[2]s نقطتان", "%[2]s نقاط", "%[2]s نقطة", "%[2]s نقطة"},
		},
	})
}
