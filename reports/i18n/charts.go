package i18n

// Messages of the charts (reports/charts). Keys ending in _fmt are
// formats: %[1]d takes a year, %[1]s a text or a number already written
// with Int, Float or Percent. Arabic uses the vocabulary of the seed
// article (تفكيك خلية، الخلايا المفككة، الاعتقالات، الموقوفين، التعاون
// الأمني، عملية مشتركة).
func init() {
	register(map[string]Message{
		// Chart 1: cells dismantled per year.
		"chart.cells.title":    {En: "Cells dismantled per year", Ar: "الخلايا المفككة سنويا", Fr: "Cellules démantelées par an"},
		"chart.cells.axis":     {En: "Cells dismantled", Ar: "عدد الخلايا المفككة", Fr: "Cellules démantelées"},
		"chart.cells.subtitle": {En: "Terrorist cells reported dismantled in each calendar year.", Ar: "عدد الخلايا الإرهابية المعلن عن تفكيكها في كل سنة.", Fr: "Cellules terroristes dont le démantèlement a été annoncé, par année civile."},

		// Chart 2: arrests per year.
		"chart.arrests.title":    {En: "Arrests per year", Ar: "الاعتقالات سنويا", Fr: "Arrestations par an"},
		"chart.arrests.subtitle": {En: "Persons arrested in the counter-terrorism incidents of each calendar year.", Ar: "عدد الأشخاص الموقوفين في حوادث مكافحة الإرهاب في كل سنة.", Fr: "Personnes arrêtées lors des incidents antiterroristes de chaque année civile."},
		"chart.arrests.axis":     {En: "Persons arrested", Ar: "عدد الموقوفين", Fr: "Personnes arrêtées"},

		// Chart 3: cooperation rate per year.
		"chart.rate.title":        {En: "Cross-border cooperation rate per year", Ar: "نسبة التعاون الأمني مع بلدان شريكة سنويا", Fr: "Taux de coopération transfrontalière par an"},
		"chart.rate.subtitle_fmt": {En: "Share of the year’s incidents with at least one partner country; the band is its %[1]s interval.", Ar: "نسبة حوادث السنة التي شارك فيها بلد شريك واحد على الأقل؛ والشريط مجال الثقة %[1]s.", Fr: "Part des incidents de l’année avec au moins un pays partenaire\u00a0; la bande est l’intervalle à %[1]s."},
		"chart.rate.axis":         {En: "Incidents with a partner", Ar: "الحوادث بمشاركة بلد شريك", Fr: "Incidents avec partenaire"},
		"chart.rate.line":         {En: "Cooperation rate", Ar: "نسبة التعاون الأمني", Fr: "Taux de coopération"},
		"chart.rate.band_fmt":     {En: "%[1]s interval (Wilson)", Ar: "مجال الثقة %[1]s (طريقة ويلسون)", Fr: "Intervalle à %[1]s (Wilson)"},
		"chart.rate.none":         {En: "No data: no incidents in these years", Ar: "لا توجد بيانات: لم تسجل أي حادثة خلال هذه السنوات", Fr: "Aucune donnée\u00a0: aucun incident sur ces années"},

		// Chart 4: incidents per partner country per year.
		"chart.partners.title":    {En: "Incidents per partner country per year", Ar: "الحوادث حسب البلد الشريك سنويا", Fr: "Incidents par pays partenaire et par an"},
		"chart.partners.subtitle": {En: "Incidents with each partner country; an incident with several partners is in several layers, so the number over a bar is the year’s cross-border incidents.", Ar: "الحوادث مع كل بلد شريك؛ تظهر الحادثة التي شاركت فيها عدة بلدان في عدة طبقات، لذا فالرقم فوق العمود هو عدد الحوادث العابرة للحدود في السنة.", Fr: "Incidents avec chaque pays partenaire\u00a0; un incident à plusieurs partenaires figure dans plusieurs couches, le nombre au-dessus d’une barre est donc celui des incidents transfrontaliers de l’année."},
		"chart.partners.axis":     {En: "Incidents", Ar: "عدد الحوادث", Fr: "Incidents"},
		"chart.partners.other":    {En: "Other countries", Ar: "بلدان أخرى", Fr: "Autres pays"},
		"chart.partners.none":     {En: "No incident with a partner country in these years", Ar: "لا توجد حوادث بمشاركة بلد شريك خلال هذه السنوات", Fr: "Aucun incident avec un pays partenaire sur ces années"},

		// Chart 5: arrests by affiliation per year.
		"chart.affiliations.title":     {En: "Arrests by affiliation per year", Ar: "الاعتقالات حسب الانتماء سنويا", Fr: "Arrestations par affiliation et par an"},
		"chart.affiliations.subtitle":  {En: "Persons arrested, by the affiliation of the group involved; the number over a bar is the year’s arrests.", Ar: "عدد الموقوفين حسب انتماء الجماعة المعنية؛ والرقم فوق العمود هو مجموع اعتقالات السنة.", Fr: "Personnes arrêtées, selon l’affiliation du groupe en cause\u00a0; le nombre au-dessus d’une barre est le total des arrestations de l’année."},
		"chart.affiliations.axis":      {En: "Persons arrested", Ar: "عدد الموقوفين", Fr: "Personnes arrêtées"},
		"chart.affiliations.none":      {En: "No arrests in these years", Ar: "لا توجد اعتقالات خلال هذه السنوات", Fr: "Aucune arrestation sur ces années"},
		"chart.affiliation.jihadist":   {En: "Jihadist", Ar: "جهادي", Fr: "Djihadiste"},
		"chart.affiliation.separatist": {En: "Separatist", Ar: "انفصالي", Fr: "Séparatiste"},
		"chart.affiliation.left_wing":  {En: "Left-wing", Ar: "يساري متطرف", Fr: "Extrême gauche"},
		"chart.affiliation.right_wing": {En: "Right-wing", Ar: "يميني متطرف", Fr: "Extrême droite"},
		"chart.affiliation.other":      {En: "Other", Ar: "انتماء آخر", Fr: "Autre"},
		"chart.affiliation.unknown":    {En: "Unknown", Ar: "غير معروف", Fr: "Inconnue"},

		// Chart 6: the period against the previous period and a year earlier.
		"chart.comparison.title_previous_fmt":    {En: "%[1]s compared with the previous year", Ar: "%[1]s مقارنة بالسنة السابقة", Fr: "%[1]s comparé à l’année précédente"},
		"chart.comparison.title_fmt":             {En: "%[1]s compared with the previous period and a year earlier", Ar: "%[1]s مقارنة بالفترة السابقة وبالفترة نفسها من العام الماضي", Fr: "%[1]s comparé à la période précédente et à la même période un an plus tôt"},
		"chart.comparison.title":                 {En: "The period compared with the previous period and a year earlier", Ar: "الفترة مقارنة بالفترة السابقة وبالفترة نفسها من العام الماضي", Fr: "La période comparée à la période précédente et à la même période un an plus tôt"},
		"chart.comparison.subtitle":              {En: "Each measure on its own scale; under the bars, this period’s change.", Ar: "لكل مقياس سلّمه الخاص؛ وتحت الأعمدة تغيّر الفترة الحالية.", Fr: "Chaque mesure à sa propre échelle\u00a0; sous les barres, l’évolution de la période étudiée."},
		"chart.comparison.beyond_note":           {En: "*: beyond chance (exact Poisson test, p\u00a0<\u00a00.05).", Ar: "*: تغيّر يتجاوز الصدفة (اختبار بواسون الدقيق، p\u00a0<\u00a00.05).", Fr: "*\u00a0: au-delà du hasard (test exact de Poisson, p\u00a0<\u00a00,05)."},
		"chart.comparison.against_previous":      {En: "vs previous period", Ar: "مقارنة بالفترة السابقة", Fr: "vs période précédente"},
		"chart.comparison.against_previous_year": {En: "vs previous year", Ar: "مقارنة بالسنة السابقة", Fr: "vs année précédente"},
		"chart.comparison.against_year_earlier":  {En: "vs a year earlier", Ar: "مقارنة بالعام الماضي", Fr: "vs un an plus tôt"},
		"chart.comparison.change_fmt":            {En: "%[1]s (%[2]s)", Ar: "%[1]s (%[2]s)", Fr: "%[1]s (%[2]s)"},
		"chart.comparison.change_lines_fmt":      {En: "%[1]s\n(%[2]s)", Ar: "%[1]s\n(%[2]s)", Fr: "%[1]s\n(%[2]s)"},
		"chart.comparison.beyond_fmt":            {En: "%[1]s*", Ar: "%[1]s*", Fr: "%[1]s*"},
		"chart.comparison.not_compared":          {En: "not compared", Ar: "لا مقارنة", Fr: "non comparé"},
		"chart.comparison.partial_note":          {En: "Not compared: a period covered only in part, or not over (lighter bars).", Ar: "لا مقارنة: فترة مغطاة جزئيًا أو لم تنتهِ بعد (أعمدة أفتح).", Fr: "Non comparé\u00a0: période couverte en partie, ou pas terminée (barres plus claires)."},
		"chart.comparison.no_data_fmt":           {En: "%[1]s, no data", Ar: "%[1]s، لا بيانات", Fr: "%[1]s, aucune donnée"},
		"chart.comparison.covered_fmt":           {En: "%[1]s, data %[2]s–%[3]s only", Ar: "%[1]s، بيانات %[2]s–%[3]s فقط", Fr: "%[1]s, données du %[2]s au %[3]s seulement"},
		"chart.comparison.partly_covered_fmt":    {En: "%[1]s, partly covered", Ar: "%[1]s، مغطاة جزئيًا", Fr: "%[1]s, couverte en partie"},
		"chart.comparison.to_date_fmt":           {En: "%[1]s up to %[2]s", Ar: "%[1]s حتى %[2]s", Fr: "%[1]s jusqu’au %[2]s"},
		"chart.comparison.current_fmt":           {En: "%[1]s (this period)", Ar: "%[1]s (الفترة الحالية)", Fr: "%[1]s (période étudiée)"},
		"chart.comparison.previous_fmt":          {En: "%[1]s (previous period)", Ar: "%[1]s (الفترة السابقة)", Fr: "%[1]s (période précédente)"},
		"chart.comparison.year_earlier_fmt":      {En: "%[1]s (a year earlier)", Ar: "%[1]s (قبل سنة)", Fr: "%[1]s (un an plus tôt)"},
		"chart.measure.incidents":                {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},
		"chart.measure.cells_dismantled":         {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"chart.measure.arrests":                  {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},
		"chart.measure.foiled_plots":             {En: "Foiled plots", Ar: "المخططات المحبطة", Fr: "Complots déjoués"},
		"chart.measure.cross_border":             {En: "Cross-border incidents", Ar: "الحوادث العابرة للحدود", Fr: "Incidents transfrontaliers"},

		// Period names in chart 6.
		"chart.period.q1_fmt":    {En: "Q1 %[1]d", Ar: "الربع الأول من %[1]d", Fr: "1er trimestre %[1]d"},
		"chart.period.q2_fmt":    {En: "Q2 %[1]d", Ar: "الربع الثاني من %[1]d", Fr: "2e trimestre %[1]d"},
		"chart.period.q3_fmt":    {En: "Q3 %[1]d", Ar: "الربع الثالث من %[1]d", Fr: "3e trimestre %[1]d"},
		"chart.period.q4_fmt":    {En: "Q4 %[1]d", Ar: "الربع الرابع من %[1]d", Fr: "4e trimestre %[1]d"},
		"chart.period.month_fmt": {En: "%[1]s %[2]d", Ar: "%[1]s %[2]d", Fr: "%[1]s %[2]d"},
		"chart.period.range_fmt": {En: "%[1]s – %[2]s", Ar: "من %[1]s إلى %[2]s", Fr: "du %[1]s au %[2]s"},

		// The trend of a yearly count, said in the subtitle.
		"chart.trend_sig_fmt": {En: "Trend beyond chance (Mann–Kendall p\u00a0=\u00a0%[2]s): %[1]s per year (Theil–Sen line).", Ar: "اتجاه يتجاوز الصدفة (مان–كندال\u00a0p\u00a0=\u00a0%[2]s): %[1]s سنويا (خط ثايل–سين).", Fr: "Tendance au-delà du hasard (Mann–Kendall p\u00a0=\u00a0%[2]s)\u00a0: %[1]s par an (droite de Theil–Sen)."},
		"chart.no_trend_fmt":  {En: "No clear trend over the complete years (Mann–Kendall p\u00a0=\u00a0%[1]s).", Ar: "لا يوجد اتجاه واضح على امتداد السنوات المكتملة (مان–كندال\u00a0p\u00a0=\u00a0%[1]s).", Fr: "Pas de tendance nette sur les années complètes (Mann–Kendall p\u00a0=\u00a0%[1]s)."},

		// A year the period covers only in part, named by its months:
		// %[1]s the first month, %[2]s the last (with its day when the
		// period does not end with the month), %[3]d the year.
		"chart.partial_year_fmt":   {En: "%[1]s–%[2]s %[3]d", Ar: "%[1]s–%[2]s %[3]d", Fr: "%[1]s–%[2]s %[3]d"},
		"chart.partial_tick_fmt":   {En: "%[1]s–%[2]s\n%[3]d", Ar: "%[1]s–%[2]s\n%[3]d", Fr: "%[1]s–%[2]s\n%[3]d"},
		"chart.partial_legend_fmt": {En: "%[1]s (partial year)", Ar: "%[1]s (سنة غير مكتملة)", Fr: "%[1]s (année partielle)"},
		"chart.month_short.1":      {En: "Jan", Ar: "يناير", Fr: "janv."},
		"chart.month_short.2":      {En: "Feb", Ar: "فبراير", Fr: "févr."},
		"chart.month_short.3":      {En: "Mar", Ar: "مارس", Fr: "mars"},
		"chart.month_short.4":      {En: "Apr", Ar: "أبريل", Fr: "avr."},
		"chart.month_short.5":      {En: "May", Ar: "مايو", Fr: "mai"},
		"chart.month_short.6":      {En: "Jun", Ar: "يونيو", Fr: "juin"},
		"chart.month_short.7":      {En: "Jul", Ar: "يوليو", Fr: "juil."},
		"chart.month_short.8":      {En: "Aug", Ar: "أغسطس", Fr: "août"},
		"chart.month_short.9":      {En: "Sep", Ar: "سبتمبر", Fr: "sept."},
		"chart.month_short.10":     {En: "Oct", Ar: "أكتوبر", Fr: "oct."},
		"chart.month_short.11":     {En: "Nov", Ar: "نوفمبر", Fr: "nov."},
		"chart.month_short.12":     {En: "Dec", Ar: "ديسمبر", Fr: "déc."},

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
