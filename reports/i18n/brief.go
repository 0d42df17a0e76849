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
		"brief.section.charts":  {En: "Charts", Fr: "Graphiques", Ar: "الرسوم البيانية"},
		"brief.section.quality": {En: "Data quality", Fr: "Qualité des données", Ar: "جودة المعطيات"},
		"brief.table.measure":   {En: "Measure", Fr: "Indicateur", Ar: "المؤشر"},
		"brief.table.change":    {En: "Change", Fr: "Évolution", Ar: "التغير"},
		"brief.table.points":    {En: "%[1]s\u00a0pts", Fr: "%[1]s\u00a0pts", Ar: "%[1]s\u00a0نقطة"},
		"brief.table.note": {
			En: "* A change beyond normal variation: the exact Poisson test of the two rates gives %[1]s. Changes are against the period in the column to their left; the cooperation rate changes in percentage points.",
			Fr: "* Écart qui dépasse la variation normale\u00a0: le test exact de Poisson sur les deux taux donne %[1]s. Chaque évolution se rapporte à la période de la colonne qui la précède\u202f; le taux de coopération évolue en points de pourcentage.",
			Ar: "* تغير يتجاوز حدود التقلبات العادية: يعطي اختبار بواسون الدقيق للمعدلين %[1]s. يُقاس كل تغير بالنسبة إلى الفترة الواردة في العمود السابق له، ويُقاس تغير معدل التعاون بالنقاط المئوية."},

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

		// Statistical notation.
		// No-break spaces: "p =" never ends a line.
		"brief.p":       {En: "p\u00a0=\u00a0%[1]s", Fr: "p\u00a0=\u00a0%[1]s", Ar: "p\u00a0=\u00a0%[1]s"},
		"brief.p_below": {En: "p\u00a0<\u00a0%[1]s", Fr: "p\u00a0<\u00a0%[1]s", Ar: "p\u00a0<\u00a0%[1]s"},

		// Lists of data items (CLDR list patterns) and one item with its count.
		"brief.list.two":    {En: "%[1]s and %[2]s", Fr: "%[1]s et %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.start":  {En: "%[1]s, %[2]s", Fr: "%[1]s, %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.middle": {En: "%[1]s, %[2]s", Fr: "%[1]s, %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.end":    {En: "%[1]s and %[2]s", Fr: "%[1]s et %[2]s", Ar: "%[1]s و%[2]s"},
		"brief.list.item":   {En: "%[1]s (%[2]s)", Fr: "%[1]s (%[2]s)", Ar: "%[1]s (%[2]s)"},

		// Affiliations (docs/input.md), as list items.
		"brief.affiliation.jihadist":   {En: "jihadist", Fr: "djihadiste", Ar: "جهادي"},
		"brief.affiliation.separatist": {En: "separatist", Fr: "séparatiste", Ar: "انفصالي"},
		"brief.affiliation.left_wing":  {En: "left-wing", Fr: "extrême gauche", Ar: "يساري"},
		"brief.affiliation.right_wing": {En: "right-wing", Fr: "extrême droite", Ar: "يميني"},
		"brief.affiliation.other":      {En: "other", Fr: "autre", Ar: "آخر"},
		"brief.affiliation.unknown":    {En: "unknown", Fr: "non déterminée", Ar: "غير محدد"},

		// Headline: the change with the smallest p among the significant
		// ones; %[1]s the period, %[2]s its count, %[3]s the previous
		// period's, %[4]s the previous period, %[5]s the change in per cent.
		"brief.headline.incidents.sharp_rise": {
			En: "Counter-terrorism incidents rose sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre d'incidents a fortement augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الحوادث المسجَّلة بشكل حاد %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.incidents.rise": {
			En: "Counter-terrorism incidents rose %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre d'incidents a augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الحوادث المسجَّلة %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.incidents.sharp_fall": {
			En: "Counter-terrorism incidents fell sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre d'incidents a fortement baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الحوادث المسجَّلة بشكل حاد %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.incidents.fall": {
			En: "Counter-terrorism incidents fell %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre d'incidents a baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الحوادث المسجَّلة %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.cells_dismantled.sharp_rise": {
			En: "The number of cells dismantled rose sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de cellules démantelées a fortement augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الخلايا المفككة بشكل حاد %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.cells_dismantled.rise": {
			En: "The number of cells dismantled rose %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de cellules démantelées a augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الخلايا المفككة %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.cells_dismantled.sharp_fall": {
			En: "The number of cells dismantled fell sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de cellules démantelées a fortement baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الخلايا المفككة بشكل حاد %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.cells_dismantled.fall": {
			En: "The number of cells dismantled fell %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de cellules démantelées a baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الخلايا المفككة %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.arrests.sharp_rise": {
			En: "Arrests rose sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Les arrestations ont fortement augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الأشخاص الموقوفين بشكل حاد %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.arrests.rise": {
			En: "Arrests rose %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Les arrestations ont augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد الأشخاص الموقوفين %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.arrests.sharp_fall": {
			En: "Arrests fell sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Les arrestations ont fortement baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الأشخاص الموقوفين بشكل حاد %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.arrests.fall": {
			En: "Arrests fell %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Les arrestations ont baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد الأشخاص الموقوفين %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.foiled_plots.sharp_rise": {
			En: "The number of foiled plots rose sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de complots déjoués a fortement augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد المخططات المحبطة بشكل حاد %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.foiled_plots.rise": {
			En: "The number of foiled plots rose %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de complots déjoués a augmenté %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "ارتفع عدد المخططات المحبطة %[1]s ليبلغ %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.foiled_plots.sharp_fall": {
			En: "The number of foiled plots fell sharply %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de complots déjoués a fortement baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد المخططات المحبطة بشكل حاد %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.headline.foiled_plots.fall": {
			En: "The number of foiled plots fell %[1]s: %[2]s, against %[3]s %[4]s (%[5]s).",
			Fr: "Le nombre de complots déjoués a baissé %[1]s\u00a0: %[2]s, contre %[3]s %[4]s (%[5]s).",
			Ar: "تراجع عدد المخططات المحبطة %[1]s إلى %[2]s، مقابل %[3]s %[4]s (%[5]s)."},
		// No significant change: %[1]s the period, %[2]s the previous
		// period's label, %[3]s the previous period as an adverbial.
		"brief.headline.steady": {
			En: "No significant change %[1]s: incidents, cells dismantled, arrests and foiled plots stayed within normal variation of %[2]s.",
			Fr: "Pas de changement significatif %[1]s\u00a0: incidents, cellules démantelées, arrestations et complots déjoués restent dans les limites de la variation normale par rapport à %[2]s.",
			Ar: "لم يُسجَّل أي تغير ذي دلالة إحصائية %[1]s: ظلت أعداد الحوادث والخلايا المفككة والاعتقالات والمخططات المحبطة ضمن حدود التقلبات العادية مقارنةً بما سُجِّل %[3]s."},
		"brief.headline.none": {
			En: "No counter-terrorism incident was recorded %[1]s.",
			Fr: "Aucun incident antiterroriste n'a été recensé %[1]s.",
			Ar: "لم تُسجَّل أي حادثة مرتبطة بمكافحة الإرهاب %[1]s."},

		// Trend of the cells dismantled over complete years: %[1]s the
		// years, %[2]s the Theil–Sen slope, %[3]s the Mann–Kendall p.
		"brief.trend.cells_dismantled.up": {
			En: "Over the complete years %[1]s, the number of cells dismantled per year shows an upward trend (Theil–Sen slope %[2]s a year; Mann–Kendall %[3]s).",
			Fr: "Sur les années complètes %[1]s, le nombre de cellules démantelées par an suit une tendance à la hausse (pente de Theil–Sen\u00a0: %[2]s par an\u202f; Mann–Kendall\u00a0: %[3]s).",
			Ar: "وعلى امتداد السنوات الكاملة %[1]s، يتجه عدد الخلايا المفككة سنوياً نحو الارتفاع (ميل ثيل–سين: %[2]s سنوياً؛ اختبار مان–كندال: %[3]s)."},
		"brief.trend.cells_dismantled.down": {
			En: "Over the complete years %[1]s, the number of cells dismantled per year shows a downward trend (Theil–Sen slope %[2]s a year; Mann–Kendall %[3]s).",
			Fr: "Sur les années complètes %[1]s, le nombre de cellules démantelées par an suit une tendance à la baisse (pente de Theil–Sen\u00a0: %[2]s par an\u202f; Mann–Kendall\u00a0: %[3]s).",
			Ar: "وعلى امتداد السنوات الكاملة %[1]s، يتجه عدد الخلايا المفككة سنوياً نحو الانخفاض (ميل ثيل–سين: %[2]s سنوياً؛ اختبار مان–كندال: %[3]s)."},
		"brief.trend.cells_dismantled.none": {
			En: "Over the complete years %[1]s, the number of cells dismantled per year shows no significant trend (Theil–Sen slope %[2]s a year; Mann–Kendall %[3]s).",
			Fr: "Sur les années complètes %[1]s, le nombre de cellules démantelées par an ne suit pas de tendance significative (pente de Theil–Sen\u00a0: %[2]s par an\u202f; Mann–Kendall\u00a0: %[3]s).",
			Ar: "وعلى امتداد السنوات الكاملة %[1]s، لا يُظهر عدد الخلايا المفككة سنوياً أي اتجاه ذي دلالة إحصائية (ميل ثيل–سين: %[2]s سنوياً؛ اختبار مان–كندال: %[3]s)."},

		// Data quality.
		"brief.quality.to_date": {
			En: "%[1]d is covered only up to %[2]s: the charts show it as a partial year and the trend statistics leave it out.",
			Fr: "L'année %[1]d n'est couverte que jusqu'au %[2]s\u00a0: les graphiques la montrent comme une année partielle et les statistiques de tendance l'excluent.",
			Ar: "لا تغطي المعطيات عام %[1]d إلا حتى %[2]s، لذا يظهر في الرسوم البيانية سنةً جزئية ولا يدخل في حساب الاتجاهات."},
		"brief.quality.none": {
			En: "No data-quality issue affects these figures: no row was rejected, the sources agree and no incident looks like a duplicate.",
			Fr: "Aucun problème de qualité des données n'affecte ces chiffres\u00a0: aucune ligne rejetée, des sources concordantes et aucun doublon probable.",
			Ar: "لا تشوب هذه الأرقام أي مشكلة في جودة المعطيات: لم يُرفض أي سطر، وتتفق المصادر، ولا توجد حوادث يُحتمل أنها مكررة."},
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
			En: "Grouped bar chart of the main measures %[1]s, against the previous period and the same period a year earlier.",
			Fr: "Diagramme en barres groupées des principaux indicateurs %[1]s, comparés à la période précédente et à la même période un an plus tôt.",
			Ar: "مخطط أعمدة مجمعة لأبرز المؤشرات %[1]s، مقارنةً بالفترة السابقة وبالفترة نفسها قبل عام."},

		"brief.incidents.none.normal": {
			En: "%[2]s, no incident was recorded, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
			Fr: "%[2]s, aucun incident n'a été recensé, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
			Ar: "%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s)."},
		"brief.incidents.none.fall": {
			En: "%[2]s, no incident was recorded, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
			Fr: "%[2]s, aucun incident n'a été recensé, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
			Ar: "%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s)."},
		"brief.incidents.none.same": {
			En: "%[2]s, no incident was recorded, as %[4]s.",
			Fr: "%[2]s, aucun incident n'a été recensé, comme %[4]s.",
			Ar: "%[2]s، لم تُسجَّل أي حادثة، كما كان الحال %[4]s."},
		"brief.incidents.none.untested": {
			En: "%[2]s, no incident was recorded, against %[3]s %[4]s (%[5]s).",
			Fr: "%[2]s, aucun incident n'a été recensé, contre %[3]s %[4]s (%[5]s).",
			Ar: "%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.cells_dismantled.none.normal": {
			En: "Security services dismantled no cell, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
			Fr: "Les services de sécurité n'ont démantelé aucune cellule, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
			Ar: "ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s)."},
		"brief.cells_dismantled.none.fall": {
			En: "Security services dismantled no cell, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
			Fr: "Les services de sécurité n'ont démantelé aucune cellule, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
			Ar: "ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s)."},
		"brief.cells_dismantled.none.same": {
			En: "Security services dismantled no cell, as %[4]s.",
			Fr: "Les services de sécurité n'ont démantelé aucune cellule, comme %[4]s.",
			Ar: "ولم تُفكَّك أي خلية، كما كان الحال %[4]s."},
		"brief.cells_dismantled.none.untested": {
			En: "Security services dismantled no cell, against %[3]s %[4]s (%[5]s).",
			Fr: "Les services de sécurité n'ont démantelé aucune cellule, contre %[3]s %[4]s (%[5]s).",
			Ar: "ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)."},
		"brief.foiled_plots.none.normal": {
			En: "No plot was foiled, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
			Fr: "Aucun complot n'a été déjoué, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
			Ar: "ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s)."},
		"brief.foiled_plots.none.fall": {
			En: "No plot was foiled, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
			Fr: "Aucun complot n'a été déjoué, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
			Ar: "ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s)."},
		"brief.foiled_plots.none.same": {
			En: "No plot was foiled, as %[4]s.",
			Fr: "Aucun complot n'a été déjoué, comme %[4]s.",
			Ar: "ولم يُحبَط أي مخطط، كما كان الحال %[4]s."},
		"brief.foiled_plots.none.untested": {
			En: "No plot was foiled, against %[3]s %[4]s (%[5]s).",
			Fr: "Aucun complot n'a été déjoué, contre %[3]s %[4]s (%[5]s).",
			Ar: "ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)."},
		// A count the data does not give, for the period or for the
		// period it is compared with (%[1]s: the measure's name).
		"brief.headline.no_data": {
			En: "The data does not cover %[1]s: there are no figures for this period.",
			Fr: "Les données ne couvrent pas %[1]s\u00a0: aucun chiffre pour cette période.",
			Ar: "لا تغطي البيانات %[1]s: لا توجد أرقام عن هذه الفترة."},
		"brief.not_given": {
			En: "%[1]s: the data gives no figure for %[2]s; it is missing, not 0.",
			Fr: "%[1]s\u00a0: les données ne donnent aucun chiffre pour %[2]s\u00a0; il manque, il n'est pas nul.",
			Ar: "%[1]s: لا تقدّم البيانات أيّ رقم عن %[2]s؛ فالرقم مفقود وليس صفرًا."},
		"brief.not_compared": {
			En: "%[1]s in %[2]s: %[3]s; the data gives no figure for %[4]s, so there is no comparison.",
			Fr: "%[1]s en %[2]s\u00a0: %[3]s\u00a0; les données ne donnent aucun chiffre pour %[4]s, d'où l'absence de comparaison.",
			Ar: "%[1]s في %[2]s: %[3]s؛ لا تقدّم البيانات أيّ رقم عن %[4]s، فلا مقارنة."},
		"brief.arrests.none.normal": {
			En: "There was no arrest, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
			Fr: "Aucune arrestation n'a eu lieu, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
			Ar: "ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s)."},
		"brief.arrests.none.fall": {
			En: "There was no arrest, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
			Fr: "Aucune arrestation n'a eu lieu, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
			Ar: "ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s)."},
		"brief.arrests.none.same": {
			En: "There was no arrest, as %[4]s.",
			Fr: "Aucune arrestation n'a eu lieu, comme %[4]s.",
			Ar: "ولم يُوقَف أي شخص، كما كان الحال %[4]s."},
		"brief.arrests.none.untested": {
			En: "There was no arrest, against %[3]s %[4]s (%[5]s).",
			Fr: "Aucune arrestation n'a eu lieu, contre %[3]s %[4]s (%[5]s).",
			Ar: "ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)."},
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

		// Attacks: %[1]s failed + completed, %[2]s completed, %[3]s
		// failed; it follows the measure sentences.
		"brief.attacks": {
			En: [2]string{
				"There was also %[1]s attack (completed: %[2]s; failed: %[3]s).",
				"There were also %[1]s attacks (completed: %[2]s; failed: %[3]s)."},
			Fr: [2]string{
				"On recense aussi %[1]s attentat (commis\u00a0: %[2]s\u202f; manqués\u00a0: %[3]s).",
				"On recense aussi %[1]s attentats (commis\u00a0: %[2]s\u202f; manqués\u00a0: %[3]s)."},
			Ar: [6]string{
				"ولم يقع أي هجوم.",
				"ووقع هجوم واحد (المنفَّذة: %[2]s؛ الفاشلة: %[3]s).",
				"ووقع هجومان (المنفَّذة: %[2]s؛ الفاشلة: %[3]s).",
				"ووقعت %[1]s هجمات (المنفَّذة: %[2]s؛ الفاشلة: %[3]s).",
				"ووقع %[1]s هجوماً (المنفَّذة: %[2]s؛ الفاشلة: %[3]s).",
				"ووقع %[1]s هجوم (المنفَّذة: %[2]s؛ الفاشلة: %[3]s)."}},

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

		// Affiliations: %[1]s the period's incidents, %[2]s the period,
		// %[3]s the list "jihadist (14) and unknown (1)".
		"brief.affiliations": {
			En: [2]string{
				"Affiliation of the %[1]s incident recorded %[2]s: %[3]s.",
				"Breakdown by affiliation of the %[1]s incidents recorded %[2]s: %[3]s."},
			Fr: [2]string{
				"Mouvance de l'incident recensé %[2]s\u00a0: %[3]s.",
				"Répartition par mouvance des %[1]s incidents recensés %[2]s\u00a0: %[3]s."},
			Ar: [6]string{
				"لم تُسجَّل أي حادثة %[2]s.",
				"انتماء الحادثة الوحيدة المسجَّلة %[2]s: %[3]s.",
				"توزيع الحادثتين المسجَّلتين %[2]s حسب الانتماء: %[3]s.",
				"توزيع الحوادث الـ%[1]s المسجَّلة %[2]s حسب الانتماء: %[3]s.",
				"توزيع الحوادث الـ%[1]s المسجَّلة %[2]s حسب الانتماء: %[3]s.",
				"توزيع الحوادث الـ%[1]s المسجَّلة %[2]s حسب الانتماء: %[3]s."}},

		// Data quality.
		// %[1]s rejected rows, %[2]s rows read.
		"brief.quality.rejected": {
			En: [2]string{
				"%[1]s input row was rejected and is not counted (rows read: %[2]s); rejected.csv gives its place and the reason.",
				"%[1]s input rows were rejected and are not counted (rows read: %[2]s); rejected.csv gives the place and the reason of each."},
			Fr: [2]string{
				"%[1]s ligne d'entrée a été rejetée et n'est pas comptée (lignes lues\u00a0: %[2]s)\u202f; rejected.csv en donne l'emplacement et le motif.",
				"%[1]s lignes d'entrée ont été rejetées et ne sont pas comptées (lignes lues\u00a0: %[2]s)\u202f; rejected.csv donne l'emplacement et le motif de chacune."},
			Ar: [6]string{
				"لم يُرفض أي سطر من أسطر الإدخال (الأسطر المقروءة: %[2]s).",
				"رُفض سطر واحد من أسطر الإدخال ولم يُحتسب (الأسطر المقروءة: %[2]s)؛ ويبيّن الملف rejected.csv موضعه وسبب رفضه.",
				"رُفض سطران من أسطر الإدخال ولم يُحتسبا (الأسطر المقروءة: %[2]s)؛ ويبيّن الملف rejected.csv موضع كل منهما وسبب رفضه.",
				"رُفضت %[1]s أسطر من أسطر الإدخال ولم تُحتسب (الأسطر المقروءة: %[2]s)؛ ويبيّن الملف rejected.csv موضع كل منها وسبب رفضه.",
				"رُفض %[1]s سطراً من أسطر الإدخال ولم تُحتسب (الأسطر المقروءة: %[2]s)؛ ويبيّن الملف rejected.csv موضع كل منها وسبب رفضه.",
				"رُفض %[1]s سطر من أسطر الإدخال ولم تُحتسب (الأسطر المقروءة: %[2]s)؛ ويبيّن الملف rejected.csv موضع كل منها وسبب رفضه."}},
		// %[1]s values the sources disagree on, %[2]s incidents concerned,
		// %[3]s the rule (brief.rule.*).
		"brief.quality.disagreements": {
			En: [2]string{
				"The sources disagree on %[1]s value across the whole data set (incidents concerned: %[2]s); the counts use %[3]s, and report.xlsx lists what each source said.",
				"The sources disagree on %[1]s values across the whole data set (incidents concerned: %[2]s); the counts use %[3]s, and report.xlsx lists what each source said."},
			Fr: [2]string{
				"Les sources divergent sur %[1]s valeur dans l'ensemble des données (incidents concernés\u00a0: %[2]s)\u202f; les décomptes retiennent %[3]s, et report.xlsx détaille ce que dit chaque source.",
				"Les sources divergent sur %[1]s valeurs dans l'ensemble des données (incidents concernés\u00a0: %[2]s)\u202f; les décomptes retiennent %[3]s, et report.xlsx détaille ce que dit chaque source."},
			Ar: [6]string{
				"لا تختلف المصادر حول أي قيمة.",
				"تختلف المصادر حول قيمة واحدة في مجموع المعطيات (الحوادث المعنية: %[2]s)؛ وتعتمد الأعداد %[3]s، ويفصّل الملف report.xlsx ما أورده كل مصدر.",
				"تختلف المصادر حول قيمتين في مجموع المعطيات (الحوادث المعنية: %[2]s)؛ وتعتمد الأعداد %[3]s، ويفصّل الملف report.xlsx ما أورده كل مصدر.",
				"تختلف المصادر حول %[1]s قيم في مجموع المعطيات (الحوادث المعنية: %[2]s)؛ وتعتمد الأعداد %[3]s، ويفصّل الملف report.xlsx ما أورده كل مصدر.",
				"تختلف المصادر حول %[1]s قيمة في مجموع المعطيات (الحوادث المعنية: %[2]s)؛ وتعتمد الأعداد %[3]s، ويفصّل الملف report.xlsx ما أورده كل مصدر.",
				"تختلف المصادر حول %[1]s قيمة في مجموع المعطيات (الحوادث المعنية: %[2]s)؛ وتعتمد الأعداد %[3]s، ويفصّل الملف report.xlsx ما أورده كل مصدر."}},
		// %[1]s incidents not placeable, %[2]s the period.
		"brief.quality.unplaced": {
			En: [2]string{
				"%[1]s incident, dated only to a month or a year that runs past the period, could not be placed %[2]s and is not counted in it.",
				"%[1]s incidents, dated only to a month or a year that runs past the period, could not be placed %[2]s and are not counted in it."},
			Fr: [2]string{
				"%[1]s incident, daté seulement d'un mois ou d'une année qui déborde la période, n'a pas pu y être rattaché et n'y est pas compté.",
				"%[1]s incidents, datés seulement d'un mois ou d'une année qui déborde la période, n'ont pas pu y être rattachés et n'y sont pas comptés."},
			Ar: [6]string{
				"أمكن إدراج جميع الحوادث %[2]s.",
				"تعذّر إدراج حادثة واحدة %[2]s لأن تاريخها محدد بشهر أو سنة يتجاوزان الفترة، فلم تُحتسب فيها.",
				"تعذّر إدراج حادثتين %[2]s لأن تاريخيهما محددان بشهر أو سنة يتجاوزان الفترة، فلم تُحتسبا فيها.",
				"تعذّر إدراج %[1]s حوادث %[2]s لأن تواريخها محددة بشهر أو سنة يتجاوزان الفترة، فلم تُحتسب فيها.",
				"تعذّر إدراج %[1]s حادثة %[2]s لأن تواريخها محددة بشهر أو سنة يتجاوزان الفترة، فلم تُحتسب فيها.",
				"تعذّر إدراج %[1]s حادثة %[2]s لأن تواريخها محددة بشهر أو سنة يتجاوزان الفترة، فلم تُحتسب فيها."}},
		// %[1]s pairs of probable duplicates.
		"brief.quality.duplicates": {
			En: [2]string{
				"%[1]s pair of incidents with different ids looks like a duplicate (same country and number of arrests, dates at most three days apart); both are counted, and report.xlsx lists the pair.",
				"%[1]s pairs of incidents with different ids look like duplicates (same country and number of arrests, dates at most three days apart); both incidents of each pair are counted, and report.xlsx lists the pairs."},
			Fr: [2]string{
				"%[1]s paire d'incidents d'identifiants différents ressemble à un doublon (même pays et même nombre d'arrestations, dates à trois jours d'écart au plus)\u202f; les deux sont comptés, et report.xlsx donne la paire.",
				"%[1]s paires d'incidents d'identifiants différents ressemblent à des doublons (même pays et même nombre d'arrestations, dates à trois jours d'écart au plus)\u202f; les deux incidents de chaque paire sont comptés, et report.xlsx donne les paires."},
			Ar: [6]string{
				"لم يُرصد أي زوج من الحوادث يُحتمل أنه مكرر.",
				"رُصد زوج واحد من الحوادث بمعرّفين مختلفين يُحتمل أنه مكرر (البلد نفسه وعدد الموقوفين نفسه، وتاريخان لا يفصل بينهما أكثر من ثلاثة أيام)؛ وقد احتُسبت الحادثتان كلتاهما، ويسرد الملف report.xlsx هذا الزوج.",
				"رُصد زوجان من الحوادث بمعرّفات مختلفة يُحتمل أنهما مكرران (البلد نفسه وعدد الموقوفين نفسه، وتاريخان لا يفصل بينهما أكثر من ثلاثة أيام)؛ وقد احتُسبت كل حادثة على حدة، ويسرد الملف report.xlsx الزوجين.",
				"رُصدت %[1]s أزواج من الحوادث بمعرّفات مختلفة يُحتمل أنها مكررة (البلد نفسه وعدد الموقوفين نفسه، وتاريخان لا يفصل بينهما أكثر من ثلاثة أيام)؛ وقد احتُسبت كل حادثة على حدة، ويسرد الملف report.xlsx هذه الأزواج.",
				"رُصد %[1]s زوجاً من الحوادث بمعرّفات مختلفة يُحتمل أنها مكررة (البلد نفسه وعدد الموقوفين نفسه، وتاريخان لا يفصل بينهما أكثر من ثلاثة أيام)؛ وقد احتُسبت كل حادثة على حدة، ويسرد الملف report.xlsx هذه الأزواج.",
				"رُصد %[1]s زوج من الحوادث بمعرّفات مختلفة يُحتمل أنها مكررة (البلد نفسه وعدد الموقوفين نفسه، وتاريخان لا يفصل بينهما أكثر من ثلاثة أيام)؛ وقد احتُسبت كل حادثة على حدة، ويسرد الملف report.xlsx هذه الأزواج."}},
		// %[1]s accepted rows with an inconsistency.
		"brief.quality.row_warnings": {
			En: [2]string{
				"%[1]s accepted row is inconsistent in itself (for example an arrests total that differs from its breakdown by country); report.xlsx lists it.",
				"%[1]s accepted rows are inconsistent in themselves (for example an arrests total that differs from its breakdown by country); report.xlsx lists them."},
			Fr: [2]string{
				"%[1]s ligne acceptée présente une incohérence interne (par exemple un total d'arrestations qui diffère de sa ventilation par pays)\u202f; report.xlsx la signale.",
				"%[1]s lignes acceptées présentent une incohérence interne (par exemple un total d'arrestations qui diffère de sa ventilation par pays)\u202f; report.xlsx les signale."},
			Ar: [6]string{
				"لا يتضمن أي سطر مقبول تناقضاً داخلياً.",
				"يتضمن سطر واحد مقبول تناقضاً داخلياً (مثل مجموع اعتقالات يختلف عن تفصيله حسب البلد)؛ ويشير إليه الملف report.xlsx.",
				"يتضمن سطران مقبولان تناقضاً داخلياً (مثل مجموع اعتقالات يختلف عن تفصيله حسب البلد)؛ ويشير إليهما الملف report.xlsx.",
				"تتضمن %[1]s أسطر مقبولة تناقضات داخلية (مثل مجموع اعتقالات يختلف عن تفصيله حسب البلد)؛ ويشير إليها الملف report.xlsx.",
				"يتضمن %[1]s سطراً مقبولاً تناقضات داخلية (مثل مجموع اعتقالات يختلف عن تفصيله حسب البلد)؛ ويشير إليها الملف report.xlsx.",
				"يتضمن %[1]s سطر مقبول تناقضات داخلية (مثل مجموع اعتقالات يختلف عن تفصيله حسب البلد)؛ ويشير إليها الملف report.xlsx."}},
		// %[1]s warnings of the analysis.
		"brief.quality.analysis_warnings": {
			En: [2]string{
				"The analysis raised %[1]s warning, listed in report.xlsx and figures.json.",
				"The analysis raised %[1]s warnings, listed in report.xlsx and figures.json."},
			Fr: [2]string{
				"L'analyse a émis %[1]s avertissement, repris dans report.xlsx et figures.json.",
				"L'analyse a émis %[1]s avertissements, repris dans report.xlsx et figures.json."},
			Ar: [6]string{
				"لم يصدر التحليل أي تنبيه.",
				"أصدر التحليل تنبيهاً واحداً يرد في الملفين report.xlsx وfigures.json.",
				"أصدر التحليل تنبيهين يردان في الملفين report.xlsx وfigures.json.",
				"أصدر التحليل %[1]s تنبيهات ترد في الملفين report.xlsx وfigures.json.",
				"أصدر التحليل %[1]s تنبيهاً ترد في الملفين report.xlsx وfigures.json.",
				"أصدر التحليل %[1]s تنبيه ترد في الملفين report.xlsx وfigures.json."}},

		// The measure sentences: %[1]s the period's count (the plural is
		// chosen by it), %[2]s the period, %[3]s the previous period's
		// count, %[4]s the previous period, %[5]s the change in per cent,
		// %[6]s the p-value of the test. A count of 0 takes the
		// brief.<measure>.none.* messages instead.
		"brief.incidents.normal": {
			En: [2]string{
				"%[2]s, %[1]s incident was recorded, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
				"%[2]s, %[1]s incidents were recorded, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s)."},
			Fr: [2]string{
				"%[2]s, %[1]s incident a été recensé, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
				"%[2]s, %[1]s incidents ont été recensés, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s)."},
			Ar: [6]string{
				"%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثة واحدة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثتان، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حوادث، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.incidents.rise": {
			En: [2]string{
				"%[2]s, %[1]s incident was recorded, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s).",
				"%[2]s, %[1]s incidents were recorded, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"%[2]s, %[1]s incident a été recensé, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s).",
				"%[2]s, %[1]s incidents ont été recensés, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثة واحدة، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثتان، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حوادث، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.incidents.fall": {
			En: [2]string{
				"%[2]s, %[1]s incident was recorded, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
				"%[2]s, %[1]s incidents were recorded, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"%[2]s, %[1]s incident a été recensé, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
				"%[2]s, %[1]s incidents ont été recensés, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثة واحدة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت حادثتان، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حوادث، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.incidents.same": {
			En: [2]string{
				"%[2]s, %[1]s incident was recorded, as many as %[4]s.",
				"%[2]s, %[1]s incidents were recorded, as many as %[4]s."},
			Fr: [2]string{
				"%[2]s, %[1]s incident a été recensé, un nombre identique à celui relevé %[4]s.",
				"%[2]s, %[1]s incidents ont été recensés, un nombre identique à celui relevé %[4]s."},
			Ar: [6]string{
				"%[2]s، لم تُسجَّل أي حادثة، كما كان الحال %[4]s.",
				"%[2]s، سُجِّلت حادثة واحدة، وهو العدد نفسه المسجَّل %[4]s.",
				"%[2]s، سُجِّلت حادثتان، وهو العدد نفسه المسجَّل %[4]s.",
				"%[2]s، سُجِّلت %[1]s حوادث، وهو العدد نفسه المسجَّل %[4]s.",
				"%[2]s، سُجِّلت %[1]s حادثة، وهو العدد نفسه المسجَّل %[4]s.",
				"%[2]s، سُجِّلت %[1]s حادثة، وهو العدد نفسه المسجَّل %[4]s.",
			},
		},
		"brief.incidents.untested": {
			En: [2]string{
				"%[2]s, %[1]s incident was recorded, against %[3]s %[4]s (%[5]s).",
				"%[2]s, %[1]s incidents were recorded, against %[3]s %[4]s (%[5]s)."},
			Fr: [2]string{
				"%[2]s, %[1]s incident a été recensé, contre %[3]s %[4]s (%[5]s).",
				"%[2]s, %[1]s incidents ont été recensés, contre %[3]s %[4]s (%[5]s)."},
			Ar: [6]string{
				"%[2]s، لم تُسجَّل أي حادثة، مقابل %[3]s %[4]s (%[5]s).",
				"%[2]s، سُجِّلت حادثة واحدة، مقابل %[3]s %[4]s (%[5]s).",
				"%[2]s، سُجِّلت حادثتان، مقابل %[3]s %[4]s (%[5]s).",
				"%[2]s، سُجِّلت %[1]s حوادث، مقابل %[3]s %[4]s (%[5]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s).",
				"%[2]s، سُجِّلت %[1]s حادثة، مقابل %[3]s %[4]s (%[5]s).",
			},
		},
		"brief.cells_dismantled.normal": {
			En: [2]string{
				"Security services dismantled %[1]s cell, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
				"Security services dismantled %[1]s cells, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s)."},
			Fr: [2]string{
				"Les services de sécurité ont démantelé %[1]s cellule, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
				"Les services de sécurité ont démantelé %[1]s cellules, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خلية واحدة، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خليتين، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلايا، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.cells_dismantled.rise": {
			En: [2]string{
				"Security services dismantled %[1]s cell, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s).",
				"Security services dismantled %[1]s cells, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"Les services de sécurité ont démantelé %[1]s cellule, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s).",
				"Les services de sécurité ont démantelé %[1]s cellules, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خلية واحدة، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خليتين، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلايا، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.cells_dismantled.fall": {
			En: [2]string{
				"Security services dismantled %[1]s cell, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
				"Security services dismantled %[1]s cells, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"Les services de sécurité ont démantelé %[1]s cellule, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
				"Les services de sécurité ont démantelé %[1]s cellules, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خلية واحدة، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك خليتين، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلايا، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.cells_dismantled.same": {
			En: [2]string{
				"Security services dismantled %[1]s cell, as many as %[4]s.",
				"Security services dismantled %[1]s cells, as many as %[4]s."},
			Fr: [2]string{
				"Les services de sécurité ont démantelé %[1]s cellule, un nombre identique à celui relevé %[4]s.",
				"Les services de sécurité ont démantelé %[1]s cellules, un nombre identique à celui relevé %[4]s."},
			Ar: [6]string{
				"ولم تُفكَّك أي خلية، كما كان الحال %[4]s.",
				"وجرى تفكيك خلية واحدة، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى تفكيك خليتين، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى تفكيك %[1]s خلايا، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى تفكيك %[1]s خلية، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى تفكيك %[1]s خلية، وهو العدد نفسه المسجَّل %[4]s.",
			},
		},
		"brief.cells_dismantled.untested": {
			En: [2]string{
				"Security services dismantled %[1]s cell, against %[3]s %[4]s (%[5]s).",
				"Security services dismantled %[1]s cells, against %[3]s %[4]s (%[5]s)."},
			Fr: [2]string{
				"Les services de sécurité ont démantelé %[1]s cellule, contre %[3]s %[4]s (%[5]s).",
				"Les services de sécurité ont démantelé %[1]s cellules, contre %[3]s %[4]s (%[5]s)."},
			Ar: [6]string{
				"ولم تُفكَّك أي خلية، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى تفكيك خلية واحدة، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى تفكيك خليتين، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى تفكيك %[1]s خلايا، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى تفكيك %[1]s خلية، مقابل %[3]s %[4]s (%[5]s).",
			},
		},
		"brief.foiled_plots.normal": {
			En: [2]string{
				"They also foiled %[1]s plot, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
				"They also foiled %[1]s plots, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s)."},
			Fr: [2]string{
				"Ils ont aussi déjoué %[1]s complot, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
				"Ils ont aussi déjoué %[1]s complots, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخطط واحد، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخططين، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططات، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططاً، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخطط، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.foiled_plots.rise": {
			En: [2]string{
				"They also foiled %[1]s plot, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s).",
				"They also foiled %[1]s plots, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"Ils ont aussi déjoué %[1]s complot, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s).",
				"Ils ont aussi déjoué %[1]s complots, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخطط واحد، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخططين، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططات، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططاً، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخطط، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.foiled_plots.fall": {
			En: [2]string{
				"They also foiled %[1]s plot, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
				"They also foiled %[1]s plots, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"Ils ont aussi déjoué %[1]s complot, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
				"Ils ont aussi déjoué %[1]s complots, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخطط واحد، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط مخططين، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططات، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخططاً، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"كما جرى إحباط %[1]s مخطط، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.foiled_plots.same": {
			En: [2]string{
				"They also foiled %[1]s plot, as many as %[4]s.",
				"They also foiled %[1]s plots, as many as %[4]s."},
			Fr: [2]string{
				"Ils ont aussi déjoué %[1]s complot, un nombre identique à celui relevé %[4]s.",
				"Ils ont aussi déjoué %[1]s complots, un nombre identique à celui relevé %[4]s."},
			Ar: [6]string{
				"ولم يُحبَط أي مخطط، كما كان الحال %[4]s.",
				"كما جرى إحباط مخطط واحد، وهو العدد نفسه المسجَّل %[4]s.",
				"كما جرى إحباط مخططين، وهو العدد نفسه المسجَّل %[4]s.",
				"كما جرى إحباط %[1]s مخططات، وهو العدد نفسه المسجَّل %[4]s.",
				"كما جرى إحباط %[1]s مخططاً، وهو العدد نفسه المسجَّل %[4]s.",
				"كما جرى إحباط %[1]s مخطط، وهو العدد نفسه المسجَّل %[4]s.",
			},
		},
		"brief.foiled_plots.untested": {
			En: [2]string{
				"They also foiled %[1]s plot, against %[3]s %[4]s (%[5]s).",
				"They also foiled %[1]s plots, against %[3]s %[4]s (%[5]s)."},
			Fr: [2]string{
				"Ils ont aussi déjoué %[1]s complot, contre %[3]s %[4]s (%[5]s).",
				"Ils ont aussi déjoué %[1]s complots, contre %[3]s %[4]s (%[5]s)."},
			Ar: [6]string{
				"ولم يُحبَط أي مخطط، مقابل %[3]s %[4]s (%[5]s).",
				"كما جرى إحباط مخطط واحد، مقابل %[3]s %[4]s (%[5]s).",
				"كما جرى إحباط مخططين، مقابل %[3]s %[4]s (%[5]s).",
				"كما جرى إحباط %[1]s مخططات، مقابل %[3]s %[4]s (%[5]s).",
				"كما جرى إحباط %[1]s مخططاً، مقابل %[3]s %[4]s (%[5]s).",
				"كما جرى إحباط %[1]s مخطط، مقابل %[3]s %[4]s (%[5]s).",
			},
		},
		"brief.arrests.normal": {
			En: [2]string{
				"There was %[1]s arrest, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s).",
				"There were %[1]s arrests, against %[3]s %[4]s (%[5]s); the change is within normal variation (%[6]s)."},
			Fr: [2]string{
				"On dénombre %[1]s arrestation, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s).",
				"On dénombre %[1]s arrestations, contre %[3]s %[4]s (%[5]s)\u202f; l'écart reste dans les limites de la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخص واحد، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخصين، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s أشخاص، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخصاً، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخص، مقابل %[3]s %[4]s (%[5]s)؛ ويبقى هذا التغير ضمن حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.arrests.rise": {
			En: [2]string{
				"There was %[1]s arrest, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s).",
				"There were %[1]s arrests, against %[3]s %[4]s (%[5]s): a rise beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"On dénombre %[1]s arrestation, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s).",
				"On dénombre %[1]s arrestations, contre %[3]s %[4]s (%[5]s)\u00a0: une hausse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخص واحد، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخصين، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s أشخاص، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخصاً، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخص، مقابل %[3]s %[4]s (%[5]s)، وهو ارتفاع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.arrests.fall": {
			En: [2]string{
				"There was %[1]s arrest, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s).",
				"There were %[1]s arrests, against %[3]s %[4]s (%[5]s): a fall beyond normal variation (%[6]s)."},
			Fr: [2]string{
				"On dénombre %[1]s arrestation, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s).",
				"On dénombre %[1]s arrestations, contre %[3]s %[4]s (%[5]s)\u00a0: une baisse qui dépasse la variation normale (%[6]s)."},
			Ar: [6]string{
				"ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخص واحد، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف شخصين، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s أشخاص، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخصاً، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
				"وجرى توقيف %[1]s شخص، مقابل %[3]s %[4]s (%[5]s)، وهو تراجع يتجاوز حدود التقلبات العادية (%[6]s).",
			},
		},
		"brief.arrests.same": {
			En: [2]string{
				"There was %[1]s arrest, as many as %[4]s.",
				"There were %[1]s arrests, as many as %[4]s."},
			Fr: [2]string{
				"On dénombre %[1]s arrestation, un nombre identique à celui relevé %[4]s.",
				"On dénombre %[1]s arrestations, un nombre identique à celui relevé %[4]s."},
			Ar: [6]string{
				"ولم يُوقَف أي شخص، كما كان الحال %[4]s.",
				"وجرى توقيف شخص واحد، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى توقيف شخصين، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى توقيف %[1]s أشخاص، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى توقيف %[1]s شخصاً، وهو العدد نفسه المسجَّل %[4]s.",
				"وجرى توقيف %[1]s شخص، وهو العدد نفسه المسجَّل %[4]s.",
			},
		},
		"brief.arrests.untested": {
			En: [2]string{
				"There was %[1]s arrest, against %[3]s %[4]s (%[5]s).",
				"There were %[1]s arrests, against %[3]s %[4]s (%[5]s)."},
			Fr: [2]string{
				"On dénombre %[1]s arrestation, contre %[3]s %[4]s (%[5]s).",
				"On dénombre %[1]s arrestations, contre %[3]s %[4]s (%[5]s)."},
			Ar: [6]string{
				"ولم يُوقَف أي شخص، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى توقيف شخص واحد، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى توقيف شخصين، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى توقيف %[1]s أشخاص، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى توقيف %[1]s شخصاً، مقابل %[3]s %[4]s (%[5]s).",
				"وجرى توقيف %[1]s شخص، مقابل %[3]s %[4]s (%[5]s).",
			},
		},
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
	registerPlurals(map[string]Plural{
		// %[1]s files skipped, %[2]s their names ("a.csv and b.csv").
		"brief.quality.skipped": {
			En: [2]string{
				"%[1]s input file could not be read and was left out: %[2]s; none of its rows is counted, and manifest.json gives the reason.",
				"%[1]s input files could not be read and were left out: %[2]s; none of their rows is counted, and manifest.json gives the reason for each."},
			Fr: [2]string{
				"%[1]s fichier d'entrée n'a pas pu être lu et a été écarté\u00a0: %[2]s\u202f; aucune de ses lignes n'est comptée, et manifest.json en donne le motif.",
				"%[1]s fichiers d'entrée n'ont pas pu être lus et ont été écartés\u00a0: %[2]s\u202f; aucune de leurs lignes n'est comptée, et manifest.json donne le motif de chacun."},
			Ar: [6]string{
				"لم يُستبعد أي ملف من ملفات الإدخال.",
				"تعذّرت قراءة ملف إدخال واحد فاستُبعد: %[2]s؛ ولم يُحتسب أي سطر منه، ويبيّن الملف manifest.json سبب ذلك.",
				"تعذّرت قراءة ملفَي إدخال فاستُبعدا: %[2]s؛ ولم يُحتسب أي سطر منهما، ويبيّن الملف manifest.json سبب كل منهما.",
				"تعذّرت قراءة %[1]s ملفات إدخال فاستُبعدت: %[2]s؛ ولم يُحتسب أي سطر منها، ويبيّن الملف manifest.json سبب كل منها.",
				"تعذّرت قراءة %[1]s ملفاً من ملفات الإدخال فاستُبعدت: %[2]s؛ ولم يُحتسب أي سطر منها، ويبيّن الملف manifest.json سبب كل منها.",
				"تعذّرت قراءة %[1]s ملف إدخال فاستُبعدت: %[2]s؛ ولم يُحتسب أي سطر منها، ويبيّن الملف manifest.json سبب كل منها."}},
	})
}
