package i18n

import "strings"

// Messages of the briefing note (reports/brief.go): brief.md and
// brief.html.
//
// Every sentence is one whole template, so that each language orders its
// words and makes them agree as its grammar needs. The placeholders are
// filled with numbers written by Int, Float, Percent and SignedPercent, with
// dates written by Date, and with the period phrases below (brief.period.*),
// which name a period as an adverbial ("in 2024", "au premier trimestre
// 2024", "في عام 2024") or as a label ("2024", "T1 2024", "الربع الأول
// 2024"). A sentence whose noun agrees with a count is a Plural, selected by
// that count (Arabic: zero, one, two, few, many, other — "خلية واحدة،
// خليتين، 3 خلايا، 11 خلية، 100 خلية"); any other number in it is written
// bare or after a label ("rows read: 1,057"), so no second agreement is
// needed. A count of 0 takes the brief.<measure>.none.* sentences, which
// say "no cell was dismantled" rather than "0 cells".
//
// Arabic follows the seed article's vocabulary: تفكيك خلية/خلايا، توقيف،
// الاعتقالات، التعاون الأمني، إحباط مخطط.
//
// The measure sentences (brief.<measure>.<verdict>) share one pattern per
// language: an opening clause per measure and an ending per verdict, so
// that the four measures read alike; edit them together.
func init() {
	register(map[string]Message{
		"brief.cooperation.not_recorded": {
			En: "The GTD and ACLED exports read record no partner countries, so cross-border cooperation is not known for these incidents.",
			Fr: "Les exports GTD et ACLED lus n'indiquent pas de pays partenaires : la coopération transfrontalière de ces incidents n'est pas connue.",
			Ar: "لا تذكر ملفات GTD وACLED المقروءة الدولَ الشريكة، فالتعاون العابر للحدود في هذه الحوادث غير معروف."},
		// Title block.
		"brief.title": {
			En: "Counter-terrorism briefing: %[1]s",
			Fr: "Note de synthèse antiterroriste\u00a0: %[1]s",
			Ar: "مذكرة إحاطة حول مكافحة الإرهاب: %[1]s"},
		"brief.dates": {
			En: "Period: %[1]s to %[2]s · figures as of %[3]s",
			Fr: "Période du %[1]s au %[2]s · données arrêtées au %[3]s",
			Ar: "الفترة: من %[1]s إلى %[2]s · المعطيات محيَّنة حتى %[3]s"},
		"brief.source.sample": {
			En: "Source: the embedded sample of ctreport, synthetic data except three real incidents taken from press reports. These are not official statistics.",
			Fr: "Source\u00a0: l'échantillon intégré à ctreport, des données synthétiques à l'exception de trois incidents réels tirés de la presse. Ce ne sont pas des statistiques officielles.",
			Ar: "المصدر: العيّنة المدمجة في ctreport، وهي معطيات اصطناعية باستثناء ثلاث حوادث حقيقية مأخوذة من تقارير صحفية، وليست إحصاءات رسمية."},
		"brief.source.file": {
			En: "Source: %[1]s",
			Fr: "Source\u00a0: %[1]s",
			Ar: "المصدر: %[1]s"},
		"brief.footer": {
			En: "Prepared with ctreport %[1]s. All figures, definitions and the rows behind them are in report.xlsx and figures.json; rejected rows in rejected.csv.",
			Fr: "Établi avec ctreport %[1]s. L'ensemble des chiffres, leurs définitions et les lignes dont ils proviennent figurent dans report.xlsx et figures.json\u202f; les lignes rejetées dans rejected.csv.",
			Ar: "أُعدّت هذه المذكرة بواسطة ctreport %[1]s. ترد جميع الأرقام وتعريفاتها والأسطر التي بُنيت عليها في الملفين report.xlsx وfigures.json، والأسطر المرفوضة في الملف rejected.csv."},

		// Section headings and the key table.
		"brief.section.figures": {En: "Key figures", Fr: "Chiffres clés", Ar: "الأرقام الرئيسية"},
		"brief.table.measure":   {En: "Measure", Fr: "Indicateur", Ar: "المؤشر"},
		"brief.table.change":    {En: "Change", Fr: "Évolution", Ar: "التغير"},

		// Measures, as the key table names them.
		"brief.measure.incidents":              {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},
		"brief.measure.operations":             {En: "Operations", Ar: "العمليات الأمنية", Fr: "Opérations"},
		"brief.measure.cells_dismantled":       {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"brief.measure.arrests":                {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},
		"brief.measure.foiled_plots":           {En: "Foiled plots", Ar: "المخططات المحبطة", Fr: "Complots déjoués"},
		"brief.measure.failed_attacks":         {En: "Failed attacks", Ar: "الهجمات الفاشلة", Fr: "Attentats échoués"},
		"brief.measure.completed_attacks":      {En: "Completed attacks", Ar: "الهجمات المنفذة", Fr: "Attentats commis"},
		"brief.measure.cross_border_incidents": {En: "Cross-border incidents", Ar: "الحوادث العابرة للحدود", Fr: "Incidents transfrontaliers"},
		"brief.measure.cooperation_rate":       {En: "Cooperation rate", Ar: "معدل التعاون الأمني", Fr: "Taux de coopération"},
		"brief.measure.arrests_per_cell":       {En: "Arrests per cell", Ar: "الاعتقالات لكل خلية", Fr: "Arrestations par cellule"},

		// Periods: the adverbial ("when") and the label of each kind.
		"brief.period.year.when":      {En: "in %[1]d", Fr: "en %[1]d", Ar: "في عام %[1]d"},
		"brief.period.year.label":     {En: "%[1]d", Fr: "%[1]d", Ar: "%[1]d"},
		"brief.period.q1.when":        {En: "in the first quarter of %[1]d", Fr: "au premier trimestre %[1]d", Ar: "في الربع الأول من عام %[1]d"},
		"brief.period.q2.when":        {En: "in the second quarter of %[1]d", Fr: "au deuxième trimestre %[1]d", Ar: "في الربع الثاني من عام %[1]d"},
		"brief.period.q3.when":        {En: "in the third quarter of %[1]d", Fr: "au troisième trimestre %[1]d", Ar: "في الربع الثالث من عام %[1]d"},
		"brief.period.q4.when":        {En: "in the fourth quarter of %[1]d", Fr: "au quatrième trimestre %[1]d", Ar: "في الربع الرابع من عام %[1]d"},
		"brief.period.q1.label":       {En: "Q1 %[1]d", Fr: "T1 %[1]d", Ar: "الربع الأول %[1]d"},
		"brief.period.q2.label":       {En: "Q2 %[1]d", Fr: "T2 %[1]d", Ar: "الربع الثاني %[1]d"},
		"brief.period.q3.label":       {En: "Q3 %[1]d", Fr: "T3 %[1]d", Ar: "الربع الثالث %[1]d"},
		"brief.period.q4.label":       {En: "Q4 %[1]d", Fr: "T4 %[1]d", Ar: "الربع الرابع %[1]d"},
		"brief.period.month.when":     {En: "in %[1]s %[2]d", Fr: "en %[1]s %[2]d", Ar: "في %[1]s %[2]d"},
		"brief.period.month.label":    {En: "%[1]s %[2]d", Fr: "%[1]s %[2]d", Ar: "%[1]s %[2]d"},
		"brief.period.range.when":     {En: "between %[1]s and %[2]s", Fr: "du %[1]s au %[2]s", Ar: "في الفترة من %[1]s إلى %[2]s"},
		"brief.period.range.label":    {En: "%[1]s – %[2]s", Fr: "%[1]s – %[2]s", Ar: "%[1]s – %[2]s"},
		"brief.period.year_span.when": {En: "from %[1]d to %[2]d", Fr: "de %[1]d à %[2]d", Ar: "من %[1]d إلى %[2]d"},

		"brief.p_below": {En: "p\u00a0<\u00a0%[1]s", Fr: "p\u00a0<\u00a0%[1]s", Ar: "p\u00a0<\u00a0%[1]s"},

		// Lists of data items (CLDR list patterns) and one item with its count.
		"brief.list.two":    {En: "%[1]s and %[2]s", Fr: "%[1]s et %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.start":  {En: "%[1]s, %[2]s", Fr: "%[1]s, %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.middle": {En: "%[1]s, %[2]s", Fr: "%[1]s, %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.end":    {En: "%[1]s and %[2]s", Fr: "%[1]s et %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.item":   {En: "%[1]s (%[2]s)", Fr: "%[1]s (%[2]s)", Ar: "%[1]s (%[2]s)"},

		"brief.headline.none": {
			En: "No counter-terrorism incident was recorded %[1]s.",
			Fr: "Aucun incident antiterroriste n'a été recensé %[1]s.",
			Ar: "لم تُسجَّل أي حادثة مرتبطة بمكافحة الإرهاب %[1]s."},

		"brief.rule.min":      {En: "the lowest figure", Fr: "le chiffre le plus bas", Ar: "الرقم الأدنى"},
		"brief.rule.max":      {En: "the highest figure", Fr: "le chiffre le plus élevé", Ar: "الرقم الأعلى"},
		"brief.rule.priority": {En: "the figure of the most trusted source", Fr: "le chiffre de la source jugée la plus fiable", Ar: "رقم المصدر الأكثر موثوقية"},

		// Charts: the alternative text of each chart; %[1]s the years.
		"brief.chart.cells_per_year": {
			En: "Bar chart of the cells dismantled per year, %[1]s, with the Theil–Sen trend line.",
			Fr: "Diagramme en barres des cellules démantelées par an, %[1]s, avec la droite de tendance de Theil–Sen.",
			Ar: "مخطط أعمدة لعدد الخلايا المفككة سنوياً %[1]s، مع خط اتجاه ثيل–سين."},
		"brief.chart.arrests_per_year": {
			En: "Bar chart of the arrests per year, %[1]s.",
			Fr: "Diagramme en barres des arrestations par an, %[1]s.",
			Ar: "مخطط أعمدة لعدد الاعتقالات سنوياً %[1]s."},
		"brief.chart.cooperation_rate": {
			En: "Line chart of the share of incidents with at least one partner country per year, %[1]s, with its 95%% interval as a band.",
			Fr: "Courbe de la part des incidents avec au moins un pays partenaire par an, %[1]s, avec son intervalle à 95\u00a0%% en bande.",
			Ar: "مخطط خطي لنسبة الحوادث التي شارك فيها بلد شريك واحد على الأقل سنوياً %[1]s، مع مجال الثقة 95\u00a0%% على شكل شريط."},
		"brief.chart.other": {
			En: "Chart %[1]s of this report, %[2]s.",
			Fr: "Graphique %[1]s de ce rapport, %[2]s.",
			Ar: "الرسم البياني %[1]s من هذا التقرير، %[2]s."},
		"brief.chart.partners_per_year": {
			En: "Stacked bar chart of the incidents per partner country per year, %[1]s, for the main partners.",
			Fr: "Diagramme en barres empilées des incidents par pays partenaire et par an, %[1]s, pour les principaux partenaires.",
			Ar: "مخطط أعمدة مكدسة لعدد الحوادث حسب البلد الشريك سنوياً %[1]s، لأبرز البلدان الشريكة."},
		"brief.chart.arrests_by_affiliation": {
			En: "Stacked bar chart of the arrests per affiliation per year, %[1]s.",
			Fr: "Diagramme en barres empilées des arrestations par mouvance et par an, %[1]s.",
			Ar: "مخطط أعمدة مكدسة لعدد الاعتقالات حسب الانتماء سنوياً %[1]s."},
		"brief.chart.period_comparison": {
			En: "One small bar chart per main measure %[1]s, each on its own scale, beside the previous period and the same period a year earlier, with the changes written under the bars and starred when beyond chance.",
			Fr: "Un petit diagramme en barres par indicateur principal %[1]s, chacun à sa propre échelle, à côté de la période précédente et de la même période un an plus tôt, avec les évolutions sous les barres, marquées d’un astérisque au-delà du hasard.",
			Ar: "مخطط أعمدة صغير لكل مؤشر رئيسي %[1]s، لكلٍّ سلّمه الخاص، بجانب الفترة السابقة والفترة نفسها قبل عام، مع التغيرات تحت الأعمدة وعليها نجمة حين تتجاوز الصدفة."},

		// A count the data does not give, for the period or for the
		// period it is compared with (%[1]s: the measure's name).
		"brief.headline.no_data": {
			En: "The data does not cover %[1]s: there are no figures for this period.",
			Fr: "Les données ne couvrent pas %[1]s\u00a0: aucun chiffre pour cette période.",
			Ar: "لا تغطي البيانات %[1]s: لا توجد أرقام عن هذه الفترة."},
	})

	registerPlurals(withUnusedCount(map[string]Plural{
		"brief.source.files": {
			En: [2]string{"Source: %[1]s incident file", "Source: %[1]s incident files"},
			Fr: [2]string{"Source\u00a0: %[1]s fichier d'incidents", "Source\u00a0: %[1]s fichiers d'incidents"},
			Ar: [6]string{"المصدر: لا ملفات", "المصدر: ملف حوادث واحد", "المصدر: ملفا حوادث", "المصدر: %[1]s ملفات حوادث", "المصدر: %[1]s ملفاً للحوادث", "المصدر: %[1]s ملف حوادث"}},

		// Headline when nothing could be tested: %[2]s the period.
		"brief.headline.count": {
			En: [2]string{"%[1]s counter-terrorism incident was recorded %[2]s.", "%[1]s counter-terrorism incidents were recorded %[2]s."},
			Fr: [2]string{"%[1]s incident antiterroriste a été recensé %[2]s.", "%[1]s incidents antiterroristes ont été recensés %[2]s."},
			Ar: [6]string{
				"لم تُسجَّل أي حادثة مرتبطة بمكافحة الإرهاب %[2]s.",
				"سُجِّلت حادثة واحدة مرتبطة بمكافحة الإرهاب %[2]s.",
				"سُجِّلت حادثتان مرتبطتان بمكافحة الإرهاب %[2]s.",
				"سُجِّلت %[1]s حوادث مرتبطة بمكافحة الإرهاب %[2]s.",
				"سُجِّلت %[1]s حادثة مرتبطة بمكافحة الإرهاب %[2]s.",
				"سُجِّلت %[1]s حادثة مرتبطة بمكافحة الإرهاب %[2]s."}},

		// Cooperation: %[1]s the period's incidents, %[2]s those with a
		// partner country, %[3]s their share; it follows the measure
		// sentences, which name the period.
		"brief.cooperation": {
			En: [2]string{
				"At least one partner country took part in %[2]s of the %[1]s incident (%[3]s).",
				"At least one partner country took part in %[2]s of the %[1]s incidents (%[3]s)."},
			Fr: [2]string{
				"Au moins un pays partenaire a participé à %[2]s incident sur %[1]s (%[3]s).",
				"Au moins un pays partenaire a participé à %[2]s des %[1]s incidents (%[3]s)."},
			Ar: [6]string{
				"لم تُسجَّل أي حادثة.",
				"وشهدت %[2]s من أصل حادثة واحدة (%[3]s) تعاوناً أمنياً مع بلد شريك واحد على الأقل.",
				"وشهدت %[2]s من أصل حادثتين (%[3]s) تعاوناً أمنياً مع بلد شريك واحد على الأقل.",
				"وشهدت %[2]s من أصل %[1]s حوادث (%[3]s) تعاوناً أمنياً مع بلد شريك واحد على الأقل.",
				"وشهدت %[2]s من أصل %[1]s حادثة (%[3]s) تعاوناً أمنياً مع بلد شريك واحد على الأقل.",
				"وشهدت %[2]s من أصل %[1]s حادثة (%[3]s) تعاوناً أمنياً مع بلد شريك واحد على الأقل."}},
		"brief.cooperation.none": {
			En: [2]string{
				"No partner country took part in the %[1]s incident.",
				"No partner country took part in any of the %[1]s incidents."},
			Fr: [2]string{
				"Aucun pays partenaire n'a participé à l'incident recensé.",
				"Aucun pays partenaire n'a participé aux %[1]s incidents recensés."},
			Ar: [6]string{
				"لم تُسجَّل أي حادثة.",
				"ولم تشهد الحادثة الوحيدة المسجَّلة أي تعاون أمني مع بلد شريك.",
				"ولم تشهد أيٌّ من الحادثتين المسجَّلتين تعاوناً أمنياً مع بلد شريك.",
				"ولم تشهد أيٌّ من الحوادث الـ%[1]s المسجَّلة تعاوناً أمنياً مع بلد شريك.",
				"ولم تشهد أيٌّ من الحوادث الـ%[1]s المسجَّلة تعاوناً أمنياً مع بلد شريك.",
				"ولم تشهد أيٌّ من الحوادث الـ%[1]s المسجَّلة تعاوناً أمنياً مع بلد شريك."}},

		// Partners: %[1]s how many partner countries there were, %[2]s the
		// span, %[3]s the list "Spain (20), United States (8) and France (5)".
		"brief.partners": {
			En: [2]string{
				"Only partner country %[2]s, by number of incidents: %[3]s.",
				"Main partner countries %[2]s, by number of incidents: %[3]s."},
			Fr: [2]string{
				"Seul pays partenaire %[2]s, en nombre d'incidents\u00a0: %[3]s.",
				"Principaux pays partenaires %[2]s, en nombre d'incidents\u00a0: %[3]s."},
			Ar: [6]string{
				"لا يوجد أي بلد شريك %[2]s.",
				"البلد الشريك الوحيد %[2]s، حسب عدد الحوادث: %[3]s.",
				"البلدان الشريكان %[2]s، حسب عدد الحوادث: %[3]s.",
				"أبرز البلدان الشريكة %[2]s، حسب عدد الحوادث: %[3]s.",
				"أبرز البلدان الشريكة %[2]s، حسب عدد الحوادث: %[3]s.",
				"أبرز البلدان الشريكة %[2]s، حسب عدد الحوادث: %[3]s."}},
	}))
}

// withUnusedCount lets a plural form leave its count unsaid, as Arabic's
// one and two forms do ("خليتان", "شخصين"): N passes the count to every
// form, and fmt marks a form that uses none of its arguments with
// "%!(EXTRA …)". A form without any indexed verb gets a reference to the
// count that prints nothing ("%.0[1]s").
func withUnusedCount(m map[string]Plural) map[string]Plural {
	fix := func(forms []string) {
		for i, f := range forms {
			if !strings.Contains(f, "%[") {
				forms[i] = f + "%.0[1]s"
			}
		}
	}
	for k, p := range m {
		fix(p.En[:])
		fix(p.Fr[:])
		fix(p.Ar[:])
		m[k] = p
	}
	return m
}

// The caveat of the input files that --keep-going left out.
func init() {
	registerPlurals(map[string]Plural{})
}
