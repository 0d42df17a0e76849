package i18n

// Messages of the charts (reports/charts). Keys ending in _fmt are
// formats: %[1]d takes a year, %[1]s a text or a number already written
// with Int, Float or Percent. Arabic uses the vocabulary of the seed
// article (تفكيك خلية، الخلايا المفككة، الاعتقالات، الموقوفين، التعاون
// الأمني، عملية مشتركة).
func init() {
	register(map[string]Message{
		// Chart 1: cells dismantled per year.
		"chart.cells.title": {En: "Cells dismantled per year", Ar: "الخلايا المفككة سنويا", Fr: "Cellules démantelées par an"},
		"chart.cells.axis":  {En: "Cells dismantled", Ar: "عدد الخلايا المفككة", Fr: "Cellules démantelées"},
		"chart.cells.bars":  {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"chart.trend_fmt":   {En: "Theil–Sen trend, %[1]s per year", Ar: "الاتجاه العام (طريقة ثايل–سين): %[1]s سنويا", Fr: "Tendance de Theil–Sen\u00a0: %[1]s par an"},

		// Chart 2: arrests per year.
		"chart.arrests.title": {En: "Arrests per year", Ar: "الاعتقالات سنويا", Fr: "Arrestations par an"},
		"chart.arrests.axis":  {En: "Persons arrested", Ar: "عدد الموقوفين", Fr: "Personnes arrêtées"},
		"chart.arrests.bars":  {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},

		// Chart 3: cooperation rate per year.
		"chart.rate.title":    {En: "Cross-border cooperation rate per year", Ar: "نسبة التعاون الأمني مع بلدان شريكة سنويا", Fr: "Taux de coopération transfrontalière par an"},
		"chart.rate.axis":     {En: "Incidents with a partner", Ar: "الحوادث بمشاركة بلد شريك", Fr: "Incidents avec partenaire"},
		"chart.rate.line":     {En: "Cooperation rate", Ar: "نسبة التعاون الأمني", Fr: "Taux de coopération"},
		"chart.rate.band_fmt": {En: "%[1]s interval (Wilson)", Ar: "مجال الثقة %[1]s (طريقة ويلسون)", Fr: "Intervalle à %[1]s (Wilson)"},
		"chart.rate.none":     {En: "No data: no incidents in these years", Ar: "لا توجد بيانات: لم تسجل أي حادثة خلال هذه السنوات", Fr: "Aucune donnée\u00a0: aucun incident sur ces années"},

		// Chart 4: incidents per partner country per year.
		"chart.partners.title": {En: "Incidents per partner country per year", Ar: "الحوادث حسب البلد الشريك سنويا", Fr: "Incidents par pays partenaire et par an"},
		"chart.partners.axis":  {En: "Incidents", Ar: "عدد الحوادث", Fr: "Incidents"},
		"chart.partners.other": {En: "Other countries", Ar: "بلدان أخرى", Fr: "Autres pays"},
		"chart.partners.note":  {En: "An incident with several partner countries counts once for each of them.", Ar: "تحتسب الحادثة مرة واحدة لكل بلد شريك شارك فيها.", Fr: "Un incident avec plusieurs pays partenaires compte une fois pour chacun d’eux."},
		"chart.partners.none":  {En: "No incident with a partner country in these years", Ar: "لا توجد حوادث بمشاركة بلد شريك خلال هذه السنوات", Fr: "Aucun incident avec un pays partenaire sur ces années"},

		// Chart 5: arrests by affiliation per year.
		"chart.affiliations.title":     {En: "Arrests by affiliation per year", Ar: "الاعتقالات حسب الانتماء سنويا", Fr: "Arrestations par affiliation et par an"},
		"chart.affiliations.axis":      {En: "Persons arrested", Ar: "عدد الموقوفين", Fr: "Personnes arrêtées"},
		"chart.affiliations.none":      {En: "No arrests in these years", Ar: "لا توجد اعتقالات خلال هذه السنوات", Fr: "Aucune arrestation sur ces années"},
		"chart.affiliation.jihadist":   {En: "Jihadist", Ar: "جهادي", Fr: "Djihadiste"},
		"chart.affiliation.separatist": {En: "Separatist", Ar: "انفصالي", Fr: "Séparatiste"},
		"chart.affiliation.left_wing":  {En: "Left-wing", Ar: "يساري متطرف", Fr: "Extrême gauche"},
		"chart.affiliation.right_wing": {En: "Right-wing", Ar: "يميني متطرف", Fr: "Extrême droite"},
		"chart.affiliation.other":      {En: "Other", Ar: "انتماء آخر", Fr: "Autre"},
		"chart.affiliation.unknown":    {En: "Unknown", Ar: "غير معروف", Fr: "Inconnue"},

		// Chart 6: the period against the previous period and a year earlier.
		"chart.comparison.title_previous_fmt": {En: "%[1]s compared with the previous year", Ar: "%[1]s مقارنة بالسنة السابقة", Fr: "%[1]s comparé à l’année précédente"},
		"chart.comparison.title_fmt":          {En: "%[1]s compared with the previous period and a year earlier", Ar: "%[1]s مقارنة بالفترة السابقة وبالفترة نفسها من العام الماضي", Fr: "%[1]s comparé à la période précédente et à la même période un an plus tôt"},
		"chart.comparison.title":              {En: "The period compared with the previous period and a year earlier", Ar: "الفترة مقارنة بالفترة السابقة وبالفترة نفسها من العام الماضي", Fr: "La période comparée à la période précédente et à la même période un an plus tôt"},
		"chart.comparison.axis":               {En: "Number", Ar: "العدد", Fr: "Nombre"},
		"chart.comparison.current_fmt":        {En: "%[1]s (this period)", Ar: "%[1]s (الفترة الحالية)", Fr: "%[1]s (période étudiée)"},
		"chart.comparison.previous_fmt":       {En: "%[1]s (previous period)", Ar: "%[1]s (الفترة السابقة)", Fr: "%[1]s (période précédente)"},
		"chart.comparison.year_earlier_fmt":   {En: "%[1]s (a year earlier)", Ar: "%[1]s (قبل سنة)", Fr: "%[1]s (un an plus tôt)"},
		"chart.measure.incidents":             {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},
		"chart.measure.cells_dismantled":      {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"chart.measure.arrests":               {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},
		"chart.measure.foiled_plots":          {En: "Foiled plots", Ar: "المخططات المحبطة", Fr: "Complots déjoués"},
		"chart.measure.cross_border":          {En: "Cross-border incidents", Ar: "الحوادث العابرة للحدود", Fr: "Incidents transfrontaliers"},

		// Period names in chart 6.
		"chart.period.q1_fmt":    {En: "Q1 %[1]d", Ar: "الربع الأول من %[1]d", Fr: "1er trimestre %[1]d"},
		"chart.period.q2_fmt":    {En: "Q2 %[1]d", Ar: "الربع الثاني من %[1]d", Fr: "2e trimestre %[1]d"},
		"chart.period.q3_fmt":    {En: "Q3 %[1]d", Ar: "الربع الثالث من %[1]d", Fr: "3e trimestre %[1]d"},
		"chart.period.q4_fmt":    {En: "Q4 %[1]d", Ar: "الربع الرابع من %[1]d", Fr: "4e trimestre %[1]d"},
		"chart.period.month_fmt": {En: "%[1]s %[2]d", Ar: "%[1]s %[2]d", Fr: "%[1]s %[2]d"},
		"chart.period.range_fmt": {En: "%[1]s – %[2]s", Ar: "من %[1]s إلى %[2]s", Fr: "du %[1]s au %[2]s"},

		// Shared by every chart.
		"chart.year_axis":          {En: "Year", Ar: "السنة", Fr: "Année"},
		"chart.to_date_tick_fmt":   {En: "%[1]d\n(to date)", Ar: "%[1]d\n(حتى الآن)", Fr: "%[1]d\n(en cours)"},
		"chart.to_date_legend_fmt": {En: "%[1]d to date (partial year)", Ar: "%[1]d حتى الآن (سنة غير مكتملة)", Fr: "%[1]d en cours (année partielle)"},
		"chart.source_as_of_fmt":   {En: "%[1]s · as of %[2]s", Ar: "%[1]s · البيانات إلى غاية %[2]s", Fr: "%[1]s · données au %[2]s"},
		"chart.as_of_fmt":          {En: "As of %[1]s", Ar: "البيانات إلى غاية %[1]s", Fr: "Données au %[1]s"},
		"chart.no_data":            {En: "No data", Ar: "لا توجد بيانات", Fr: "Aucune donnée"},
		"chart.not_given":          {En: "Not given: no incident in the data gives this count", Ar: "غير مذكور: لا تذكر أيّ حادثة في البيانات هذا العدد", Fr: "Non renseigné\u00a0: aucun incident des données ne donne ce nombre"},
		"chart.not_given_note":     {En: "—: no figure (the data does not cover the period, or none of its incidents gives this count); missing, not 0.", Ar: "—: لا يوجد رقم (لا تغطي البيانات الفترة، أو لا تذكر أيّ حادثة منها هذا العدد)؛ قيمة مفقودة وليست صفرًا.", Fr: "—\u00a0: pas de chiffre (les données ne couvrent pas la période, ou aucun de ses incidents ne donne ce nombre)\u00a0; manquant, non nul."},
	})
}
