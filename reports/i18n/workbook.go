package i18n

// Messages of the workbook (report.xlsx): sheet names, titles, headers,
// labels, verdicts and definitions. Keys start with "wb."; "wb.col.<name>"
// heads an Incidents column, and is the column's name in docs/input.md in that
// language (its French or Arabic alias), so that a sheet can be read back
// as input. Formats use indexed verbs; a literal percent sign in a format
// is "%%".
func init() {
	register(map[string]Message{
		// Sheet names: at most 31 characters, none of : \ / ? * [ ].
		"wb.sheet.summary":     {En: "Summary", Ar: "الملخص", Fr: "Synthèse"},
		"wb.sheet.yearly":      {En: "Yearly", Ar: "حسب السنة", Fr: "Par année"},
		"wb.sheet.cooperation": {En: "Cooperation", Ar: "التعاون الأمني", Fr: "Coopération"},
		"wb.sheet.affiliation": {En: "Affiliation", Ar: "الانتماء", Fr: "Affiliation"},
		"wb.sheet.locations":   {En: "Locations", Ar: "المواقع", Fr: "Lieux"},
		"wb.sheet.incidents":   {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},
		"wb.sheet.part":        {En: "%[1]s (%[2]s)", Ar: "%[1]s (%[2]s)", Fr: "%[1]s (%[2]s)"}, // sheet name, part number
		"wb.sheet.quality":     {En: "Quality", Ar: "جودة البيانات", Fr: "Qualité"},
		"wb.sheet.about":       {En: "About", Ar: "حول التقرير", Fr: "À propos"},

		// Document properties: period label; label, start, end, as-of date.
		"wb.doc.title": {En: "Counter-terrorism incidents report %[1]s", Ar: "تقرير حوادث مكافحة الإرهاب %[1]s", Fr: "Rapport sur les incidents de lutte antiterroriste %[1]s"},
		"wb.doc.subject": {
			En: "Counter-terrorism incidents, period %[1]s (%[2]s to %[3]s), as of %[4]s",
			Ar: "حوادث مكافحة الإرهاب، الفترة %[1]s (من %[2]s إلى %[3]s)، بيانات محدّثة في %[4]s",
			Fr: "Incidents de lutte antiterroriste, période %[1]s (du %[2]s au %[3]s), données au %[4]s",
		},

		"wb.none":         {En: "none", Ar: "لا يوجد", Fr: "aucun"},
		"wb.to_date":      {En: "to date", Ar: "حتى تاريخه", Fr: "à ce jour"},
		"wb.year_to_date": {En: "%[1]s (to date)", Ar: "%[1]s (حتى تاريخه)", Fr: "%[1]s (à ce jour)"},
		"wb.total":        {En: "Total", Ar: "المجموع", Fr: "Total"},
		"wb.not_given":    {En: "(not given)", Ar: "(غير محدد)", Fr: "(non précisé)"},
		"wb.country":      {En: "Country", Ar: "البلد", Fr: "Pays"},
		// more not listed, how many are listed, the figures.json field.
		"wb.more_in_json": {En: "%[1]s more not listed here: the %[2]s with the largest totals are; figures.json lists them all (%[3]s).", Ar: "%[1]s غير مدرجة هنا: أُدرجت %[2]s ذات المجاميع الأكبر؛ وترد كلها في figures.json (%[3]s).", Fr: "%[1]s autres ne figurent pas ici\u00a0: les %[2]s aux totaux les plus élevés y sont\u00a0; figures.json les liste tous (%[3]s)."},
		// more not listed, how many in all, the figures.json count.
		"wb.quality.more_counted": {En: "%[1]s more not listed here, %[2]s in all (figures.json: %[3]s).", Ar: "%[1]s غير مدرجة هنا، من أصل %[2]s (figures.json: %[3]s).", Fr: "%[1]s autres ne figurent pas ici, %[2]s au total (figures.json\u00a0: %[3]s)."},
		"wb.more_not_listed":      {En: "%[1]s more not listed here.", Ar: "عدد غير المدرج هنا: %[1]s.", Fr: "%[1]s autres, non listés ici."},

		// Summary.
		"wb.summary.title":            {En: "Counter-terrorism incidents report", Ar: "تقرير حوادث مكافحة الإرهاب", Fr: "Rapport sur les incidents de lutte antiterroriste"},
		"wb.summary.period":           {En: "Period", Ar: "الفترة", Fr: "Période"},
		"wb.summary.label":            {En: "Label", Ar: "التسمية", Fr: "Libellé"},
		"wb.summary.start":            {En: "Start", Ar: "البداية", Fr: "Début"},
		"wb.summary.end":              {En: "End", Ar: "النهاية", Fr: "Fin"},
		"wb.summary.reporting_period": {En: "Reporting period", Ar: "فترة التقرير", Fr: "Période du rapport"},
		"wb.summary.previous_period":  {En: "Previous period", Ar: "الفترة السابقة", Fr: "Période précédente"},
		"wb.summary.year_earlier":     {En: "Same period a year earlier", Ar: "الفترة نفسها من السنة السابقة", Fr: "Même période un an plus tôt"},
		"wb.summary.as_of":            {En: "As-of date", Ar: "تاريخ تحديث البيانات", Fr: "Date de référence"},
		"wb.summary.key_figures":      {En: "Key figures", Ar: "الأرقام الرئيسية", Fr: "Chiffres clés"},
		"wb.summary.measure":          {En: "Measure", Ar: "المؤشر", Fr: "Indicateur"},
		"wb.summary.current_period":   {En: "Current period", Ar: "الفترة الحالية", Fr: "Période actuelle"},
		"wb.summary.change":           {En: "Change", Ar: "التغير", Fr: "Variation"},
		"wb.summary.percent_change":   {En: "% change", Ar: "نسبة التغير (%)", Fr: "Variation (%)"},
		"wb.summary.p_value":          {En: "p-value", Ar: "القيمة الاحتمالية p", Fr: "Valeur p"},
		"wb.summary.assessment":       {En: "Assessment", Ar: "التقييم", Fr: "Appréciation"},
		"wb.summary.unplaced":         {En: "Incidents not placeable in the period", Ar: "حوادث تعذّرت نسبتها إلى الفترة", Fr: "Incidents non rattachables à la période"},
		"wb.summary.trends":           {En: "Trends (complete years)", Ar: "الاتجاهات (السنوات الكاملة)", Fr: "Tendances (années complètes)"},
		"wb.summary.warnings":         {En: "Warnings", Ar: "تنبيهات", Fr: "Avertissements"},
		"wb.summary.charts":           {En: "Charts", Ar: "الرسوم البيانية", Fr: "Graphiques"},
		// incidents, sheets, sheet names
		"wb.summary.incidents_split": {
			En: "The %[1]s incidents of the period pass Excel's row limit and are split over %[2]s sheets: %[3]s.",
			Ar: "يتجاوز عدد حوادث الفترة (%[1]s) الحد الأقصى لعدد الصفوف في Excel، فوُزّعت على عدة أوراق (%[2]s): %[3]s.",
			Fr: "Les %[1]s incidents de la période dépassent la limite de lignes d'Excel et sont répartis sur %[2]s feuilles : %[3]s.",
		},
		"wb.incidents.none": {En: "No incident lies in the period.", Ar: "لا توجد أي حادثة ضمن الفترة.", Fr: "Aucun incident dans la période."},

		// What a period comparison's p-value means.
		"wb.assess.significant": {En: "significant change", Ar: "تغير ذو دلالة إحصائية", Fr: "variation significative"},
		"wb.assess.normal":      {En: "within normal variation", Ar: "ضمن التقلب المعتاد", Fr: "dans les limites de la variation normale"},

		// Yearly: the measure's name is %[1]s.
		"wb.yearly.year":                  {En: "Year", Ar: "السنة", Fr: "Année"},
		"wb.yearly.to_date":               {En: "To date", Ar: "سنة جارية", Fr: "À ce jour"},
		"wb.yearly.cooperation_rate_low":  {En: "Cooperation rate, low (95 %)", Ar: "معدل التعاون الأمني، الحد الأدنى (95%)", Fr: "Taux de coopération, borne basse (95 %)"},
		"wb.yearly.cooperation_rate_high": {En: "Cooperation rate, high (95 %)", Ar: "معدل التعاون الأمني، الحد الأعلى (95%)", Fr: "Taux de coopération, borne haute (95 %)"},
		"wb.yearly.change":                {En: "%[1]s: change", Ar: "%[1]s: التغير", Fr: "%[1]s : variation"},
		"wb.yearly.change_points":         {En: "%[1]s: change (points)", Ar: "%[1]s: التغير (نقاط مئوية)", Fr: "%[1]s : variation (points)"},
		"wb.yearly.percent_change":        {En: "%[1]s: %% change", Ar: "%[1]s: نسبة التغير (%%)", Fr: "%[1]s : variation (%%)"},
		"wb.yearly.moving_average":        {En: "%[1]s: 3-year average", Ar: "%[1]s: المتوسط المتحرك لثلاث سنوات", Fr: "%[1]s : moyenne mobile sur 3 ans"},

		// Trend statistics and verdicts; %[1]s is "= 0.01" or "< 0.001".
		"wb.trend.title":       {En: "Trend statistics (complete years only)", Ar: "إحصاءات الاتجاه (السنوات الكاملة فقط)", Fr: "Statistiques de tendance (années complètes uniquement)"},
		"wb.trend.series":      {En: "Series", Ar: "السلسلة", Fr: "Série"},
		"wb.trend.unit":        {En: "Unit of the slopes", Ar: "وحدة الميل", Fr: "Unité des pentes"},
		"wb.trend.unit_count":  {En: "per year", Ar: "في السنة", Fr: "par an"},
		"wb.trend.unit_points": {En: "percentage points per year", Ar: "نقاط مئوية في السنة", Fr: "points de pourcentage par an"},
		"wb.trend.years":       {En: "Complete years", Ar: "عدد السنوات الكاملة", Fr: "Années complètes"},
		"wb.trend.theil_sen":   {En: "Theil–Sen slope", Ar: "ميل ثيل–سين", Fr: "Pente de Theil–Sen"},
		"wb.trend.mk_s":        {En: "Mann–Kendall S", Ar: "إحصائية S لمان–كندال", Fr: "S de Mann–Kendall"},
		"wb.trend.mk_z":        {En: "Mann–Kendall Z", Ar: "إحصائية Z لمان–كندال", Fr: "Z de Mann–Kendall"},
		"wb.trend.mk_p":        {En: "Mann–Kendall p", Ar: "القيمة الاحتمالية p لمان–كندال", Fr: "p de Mann–Kendall"},
		"wb.trend.ols":         {En: "Least-squares slope", Ar: "ميل المربعات الصغرى", Fr: "Pente des moindres carrés"},
		"wb.trend.ols_low":     {En: "Least-squares slope, low (95 %)", Ar: "ميل المربعات الصغرى، الحد الأدنى (95%)", Fr: "Pente des moindres carrés, borne basse (95 %)"},
		"wb.trend.ols_high":    {En: "Least-squares slope, high (95 %)", Ar: "ميل المربعات الصغرى، الحد الأعلى (95%)", Fr: "Pente des moindres carrés, borne haute (95 %)"},
		"wb.trend.verdict":     {En: "Trend", Ar: "الاتجاه", Fr: "Tendance"},
		"wb.trend.rising":      {En: "rising (Mann–Kendall p %[1]s)", Ar: "في ارتفاع (اختبار مان–كندال، p %[1]s)", Fr: "en hausse (Mann–Kendall, p %[1]s)"},
		"wb.trend.falling":     {En: "falling (Mann–Kendall p %[1]s)", Ar: "في انخفاض (اختبار مان–كندال، p %[1]s)", Fr: "en baisse (Mann–Kendall, p %[1]s)"},
		"wb.trend.no_trend":    {En: "no clear trend (p %[1]s)", Ar: "لا اتجاه واضح (p %[1]s)", Fr: "pas de tendance nette (p %[1]s)"},
		"wb.trend.too_few":     {En: "too few complete years", Ar: "عدد السنوات الكاملة غير كافٍ", Fr: "trop peu d'années complètes"},

		// Chart titles (native Excel charts on the Summary sheet).

		// Cooperation.
		"wb.coop.partners":           {En: "Incidents per partner country and year", Ar: "الحوادث حسب البلد الشريك والسنة", Fr: "Incidents par pays partenaire et par an"},
		"wb.coop.partner":            {En: "Partner country", Ar: "البلد الشريك", Fr: "Pays partenaire"},
		"wb.coop.types":              {En: "Incidents per cooperation type and year", Ar: "الحوادث حسب نوع التعاون والسنة", Fr: "Incidents par type de coopération et par an"},
		"wb.coop.type":               {En: "Cooperation type", Ar: "نوع التعاون", Fr: "Type de coopération"},
		"wb.coop.pairs":              {En: "Incidents per pair of countries and year (lead country first)", Ar: "الحوادث حسب ثنائي البلدين والسنة (البلد الذي قاد العملية أولًا)", Fr: "Incidents par paire de pays et par an (pays pilote en premier)"},
		"wb.coop.pair":               {En: "Pair of countries", Ar: "ثنائي البلدين", Fr: "Paire de pays"},
		"wb.coop.arrests_by_country": {En: "Arrests by country and year", Ar: "الاعتقالات حسب البلد والسنة", Fr: "Arrestations par pays et par an"},

		// Values of cooperation_type and affiliation (docs/input.md) as the tables show them.
		"wb.cooperation_type.joint_operation":      {En: "Joint operation", Ar: "عملية مشتركة", Fr: "Opération conjointe"},
		"wb.cooperation_type.intelligence_sharing": {En: "Intelligence sharing", Ar: "تبادل المعلومات الاستخباراتية", Fr: "Partage de renseignements"},
		"wb.cooperation_type.extradition":          {En: "Extradition", Ar: "تسليم المطلوبين", Fr: "Extradition"},
		"wb.cooperation_type.none":                 {En: "No cooperation", Ar: "دون تعاون", Fr: "Sans coopération"},
		"wb.affiliation.jihadist":                  {En: "Jihadist", Ar: "جهادي", Fr: "Djihadiste"},
		"wb.affiliation.separatist":                {En: "Separatist", Ar: "انفصالي", Fr: "Séparatiste"},
		"wb.affiliation.left_wing":                 {En: "Left-wing", Ar: "يساري متطرف", Fr: "Extrême gauche"},
		"wb.affiliation.right_wing":                {En: "Right-wing", Ar: "يميني متطرف", Fr: "Extrême droite"},
		"wb.affiliation.other":                     {En: "Other", Ar: "آخر", Fr: "Autre"},
		"wb.affiliation.unknown":                   {En: "Unknown", Ar: "غير معروف", Fr: "Inconnue"},

		// Affiliation; %[1]s is the period label.
		"wb.affil.affiliation":           {En: "Affiliation", Ar: "الانتماء", Fr: "Affiliation"},
		"wb.affil.group":                 {En: "Group", Ar: "التنظيم", Fr: "Groupe"},
		"wb.affil.affiliation_incidents": {En: "Incidents per affiliation and year", Ar: "الحوادث حسب الانتماء والسنة", Fr: "Incidents par affiliation et par an"},
		"wb.affil.affiliation_arrests":   {En: "Arrests per affiliation and year", Ar: "الاعتقالات حسب الانتماء والسنة", Fr: "Arrestations par affiliation et par an"},
		"wb.affil.affiliation_cells":     {En: "Cells dismantled per affiliation and year", Ar: "الخلايا المفككة حسب الانتماء والسنة", Fr: "Cellules démantelées par affiliation et par an"},
		"wb.affil.group_incidents":       {En: "Incidents per group and year", Ar: "الحوادث حسب التنظيم والسنة", Fr: "Incidents par groupe et par an"},
		"wb.affil.group_arrests":         {En: "Arrests per group and year", Ar: "الاعتقالات حسب التنظيم والسنة", Fr: "Arrestations par groupe et par an"},
		"wb.affil.group_cells":           {En: "Cells dismantled per group and year", Ar: "الخلايا المفككة حسب التنظيم والسنة", Fr: "Cellules démantelées par groupe et par an"},
		"wb.affil.country_arrests":       {En: "Arrests by country and affiliation, %[1]s", Ar: "الاعتقالات حسب البلد والانتماء، %[1]s", Fr: "Arrestations par pays et par affiliation, %[1]s"},
		"wb.affil.country_incidents":     {En: "Incidents by country and affiliation, %[1]s", Ar: "الحوادث حسب البلد والانتماء، %[1]s", Fr: "Incidents par pays et par affiliation, %[1]s"},
		"wb.affil.country_cells":         {En: "Cells dismantled by country and affiliation, %[1]s", Ar: "الخلايا المفككة حسب البلد والانتماء، %[1]s", Fr: "Cellules démantelées par pays et par affiliation, %[1]s"},

		// Locations; %[1]s is the period label.
		"wb.loc.admin1": {En: "By region (admin1), %[1]s", Ar: "حسب الجهة، %[1]s", Fr: "Par région, %[1]s"},
		"wb.loc.cities": {En: "By city, %[1]s", Ar: "حسب المدينة، %[1]s", Fr: "Par ville, %[1]s"},
		"wb.loc.region": {En: "Region (admin1)", Ar: "الجهة", Fr: "Région"},
		"wb.loc.city":   {En: "City", Ar: "المدينة", Fr: "Ville"},

		// Quality.
		"wb.quality.files":          {En: "Row accounting per file", Ar: "حصيلة الصفوف حسب الملف", Fr: "Décompte des lignes par fichier"},
		"wb.quality.rejected":       {En: "Rejected rows", Ar: "الصفوف المرفوضة", Fr: "Lignes rejetées"},
		"wb.quality.notes":          {En: "Reconciliation notes", Ar: "ملاحظات المطابقة بين المصادر", Fr: "Notes de rapprochement"},
		"wb.quality.warnings":       {En: "Row warnings", Ar: "تنبيهات على الصفوف", Fr: "Avertissements sur les lignes"},
		"wb.quality.duplicates":     {En: "Probable duplicates", Ar: "تكرارات محتملة", Fr: "Doublons probables"},
		"wb.quality.file":           {En: "File", Ar: "الملف", Fr: "Fichier"},
		"wb.quality.rows_read":      {En: "Rows read", Ar: "الصفوف المقروءة", Fr: "Lignes lues"},
		"wb.quality.accepted":       {En: "Accepted", Ar: "المقبولة", Fr: "Acceptées"},
		"wb.quality.copies_dropped": {En: "Copies dropped", Ar: "النسخ المستبعدة", Fr: "Copies écartées"},
		"wb.quality.rejected_rows":  {En: "Rejected", Ar: "المرفوضة", Fr: "Rejetées"},
		"wb.quality.sha256":         {En: "SHA-256", Ar: "بصمة SHA-256", Fr: "SHA-256"},
		"wb.quality.size":           {En: "Size (bytes)", Ar: "الحجم (بايت)", Fr: "Taille (octets)"},
		"wb.quality.line":           {En: "Line", Ar: "السطر", Fr: "Ligne"},
		"wb.quality.column":         {En: "Column", Ar: "العمود", Fr: "Colonne"},
		"wb.quality.column_name":    {En: "Column name", Ar: "اسم العمود", Fr: "Nom de la colonne"},
		"wb.quality.reason":         {En: "Reason", Ar: "السبب", Fr: "Motif"},
		"wb.quality.raw_row":        {En: "Raw row", Ar: "الصف كما ورد", Fr: "Ligne brute"},
		"wb.quality.more_rejected": {
			En: "%[1]s more rejected rows not listed here; rejected.csv lists them all.",
			Ar: "عدد الصفوف المرفوضة الأخرى غير المدرجة هنا: %[1]s؛ وترد كلها في الملف rejected.csv.",
			Fr: "%[1]s autres lignes rejetées ne figurent pas ici ; rejected.csv les liste toutes.",
		},
		"wb.quality.incident_id":  {En: "Incident ID", Ar: "رقم الحادثة", Fr: "Identifiant de l'incident"},
		"wb.quality.field":        {En: "Field", Ar: "الحقل", Fr: "Champ"},
		"wb.quality.sources_said": {En: "What the sources said", Ar: "ما أوردته المصادر", Fr: "Ce que disent les sources"},
		"wb.quality.value_used":   {En: "Value used", Ar: "القيمة المعتمدة", Fr: "Valeur retenue"},
		"wb.quality.incident_a":   {En: "Incident A", Ar: "الحادثة الأولى", Fr: "Incident A"},
		"wb.quality.incident_b":   {En: "Incident B", Ar: "الحادثة الثانية", Fr: "Incident B"},
		"wb.quality.date_a":       {En: "Date A", Ar: "تاريخ الحادثة الأولى", Fr: "Date A"},
		"wb.quality.date_b":       {En: "Date B", Ar: "تاريخ الحادثة الثانية", Fr: "Date B"},
		// pairs in all, pairs listed
		"wb.quality.duplicates_more": {
			En: "%[1]s probable duplicate pairs in all; the first %[2]s are listed.",
			Ar: "مجموع أزواج التكرار المحتمل: %[1]s؛ أُدرج منها أول %[2]s.",
			Fr: "%[1]s paires de doublons probables au total ; les %[2]s premières sont listées.",
		},
		"wb.quality.unknown_groups": {En: "Groups not in the group table", Ar: "تنظيمات غير واردة في جدول التنظيمات", Fr: "Groupes absents de la table des groupes"},
		"wb.quality.group_name":     {En: "Group (as written)", Ar: "التنظيم (كما ورد)", Fr: "Groupe (tel qu'écrit)"},
		"wb.quality.incidents":      {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},

		// About.
		"wb.about.title":                   {En: "About this report", Ar: "حول هذا التقرير", Fr: "À propos de ce rapport"},
		"wb.about.item":                    {En: "Item", Ar: "البند", Fr: "Élément"},
		"wb.about.value":                   {En: "Value", Ar: "القيمة", Fr: "Valeur"},
		"wb.about.version":                 {En: "Tool version", Ar: "إصدار الأداة", Fr: "Version de l'outil"},
		"wb.about.period_asked":            {En: "Period asked", Ar: "الفترة المطلوبة", Fr: "Période demandée"},
		"wb.about.period_label":            {En: "Period", Ar: "الفترة", Fr: "Période"},
		"wb.about.period_start":            {En: "Period start", Ar: "بداية الفترة", Fr: "Début de la période"},
		"wb.about.period_end":              {En: "Period end", Ar: "نهاية الفترة", Fr: "Fin de la période"},
		"wb.about.language":                {En: "Language", Ar: "اللغة", Fr: "Langue"},
		"wb.about.rule":                    {En: "Reconciliation rule", Ar: "قاعدة المطابقة بين المصادر", Fr: "Règle de rapprochement"},
		"wb.about.max_rejected":            {En: "Maximum share of rejected rows", Ar: "الحد الأقصى لنسبة الصفوف المرفوضة", Fr: "Part maximale de lignes rejetées"},
		"wb.about.source_priority":         {En: "Source priority", Ar: "أولوية المصادر", Fr: "Priorité des sources"},
		"wb.about.input_order":             {En: "input order", Ar: "حسب ترتيب الإدخال", Fr: "ordre des entrées"},
		"wb.about.groups":                  {En: "Group alias file (SHA-256)", Ar: "ملف أسماء التنظيمات (SHA-256)", Fr: "Fichier d’alias des groupes (SHA-256)"},
		"wb.about.groups_replace":          {En: "replaces the embedded table", Ar: "يحل محل الجدول المدمج", Fr: "remplace la table intégrée"},
		"wb.about.delimiter":               {En: "CSV delimiter (forced)", Ar: "فاصل CSV (مفروض)", Fr: "Séparateur CSV (imposé)"},
		"wb.about.input_named":             {En: "Input as named", Ar: "المُدخل كما ورد اسمه", Fr: "Entrée telle que nommée"},
		"wb.about.embedded_sample":         {En: "the embedded sample", Ar: "العينة المدمجة في الأداة", Fr: "l'échantillon intégré"},
		"wb.about.input_files":             {En: "Input files", Ar: "ملفات الإدخال", Fr: "Fichiers d'entrée"},
		"wb.about.definitions":             {En: "Definitions", Ar: "التعريفات", Fr: "Définitions"},
		"wb.about.definition":              {En: "Definition", Ar: "التعريف", Fr: "Définition"},
		"wb.about.cooperation_rate_bounds": {En: "Cooperation rate, low and high (95 %)", Ar: "معدل التعاون الأمني، الحدان الأدنى والأعلى (95%)", Fr: "Taux de coopération, bornes basse et haute (95 %)"},
		"wb.about.points":                  {En: "Change in points", Ar: "التغير بالنقاط المئوية", Fr: "Variation en points"},
		"wb.about.moving_average":          {En: "3-year average", Ar: "المتوسط المتحرك لثلاث سنوات", Fr: "Moyenne mobile sur 3 ans"},
		"wb.about.mann_kendall":            {En: "Mann–Kendall test", Ar: "اختبار مان–كندال", Fr: "Test de Mann–Kendall"},
		"wb.about.def_unplaced": {
			En: "Incidents whose date is coarser than the period (a month or a year the period holds only in part); they are counted here, not placed in the period.",
			Ar: "حوادث تاريخها أقل دقة من الفترة (شهر أو سنة لا تشمل الفترة إلا جزءًا منهما)؛ تُحصى هنا ولا تُنسب إلى الفترة.",
			Fr: "Incidents dont la date est moins précise que la période (un mois ou une année que la période ne couvre qu'en partie) ; ils sont comptés ici, sans être rattachés à la période.",
		},
		"wb.about.def_to_date": {
			En: "A last year that the period covers only in part; it is shown but left out of the trend statistics.",
			Ar: "سنة أخيرة لا تغطي الفترة منها إلا جزءًا؛ تُعرض لكنها تُستبعد من إحصاءات الاتجاه.",
			Fr: "Dernière année que la période ne couvre qu'en partie ; elle est affichée mais exclue des statistiques de tendance.",
		},
		"wb.about.def_percent_change": {
			En: "(current − earlier) ÷ earlier; n/a where the earlier value is 0.",
			Ar: "(القيمة الحالية − القيمة السابقة) ÷ القيمة السابقة؛ غير متاح حين تكون القيمة السابقة صفرًا.",
			Fr: "(actuel − antérieur) ÷ antérieur ; n.d. lorsque la valeur antérieure est 0.",
		},
		"wb.about.def_points": {
			En: "A rate's change from one year or period to another, in percentage points: from 20 % to 25 % is +5.0.",
			Ar: "تغير معدلٍ ما من سنة أو فترة إلى أخرى، بالنقاط المئوية: فالانتقال من 20% إلى 25% زيادةٌ بخمس نقاط مئوية.",
			Fr: "Variation d'un taux d'une année ou d'une période à l'autre, en points de pourcentage : de 20 % à 25 %, c'est +5,0.",
		},
		"wb.about.def_moving_average": {
			En: "The mean of a complete year and the two complete years before it; empty for the first two years and for a to-date year.",
			Ar: "متوسط سنة كاملة والسنتين الكاملتين السابقتين لها؛ يبقى فارغًا في السنتين الأوليين وفي السنة الجارية.",
			Fr: "Moyenne d'une année complète et des deux années complètes qui la précèdent ; vide pour les deux premières années et pour une année en cours.",
		},
		"wb.about.def_p_value": {
			En: "For counts: the two-sided p-value of the exact conditional (binomial) test that the two periods have the same rate of events per day.",
			Ar: "للأعداد فقط: القيمة الاحتمالية الثنائية الطرف للاختبار الشرطي الدقيق (ذي الحدين) لفرضية تساوي المعدل اليومي في الفترتين.",
			Fr: "Pour les effectifs : la valeur p bilatérale du test conditionnel exact (binomial) de l'égalité des taux quotidiens des deux périodes.",
		},
		"wb.about.def_assessment": {
			En: "“significant change” where p < 0.05, “within normal variation” otherwise: a rise from 3 to 5 is not a trend.",
			Ar: "«تغير ذو دلالة إحصائية» حين تكون p < 0,05، و«ضمن التقلب المعتاد» في غير ذلك: فالارتفاع من 3 إلى 5 لا يُعدّ اتجاهًا.",
			Fr: "« variation significative » si p < 0,05, « dans les limites de la variation normale » sinon : passer de 3 à 5 n'est pas une tendance.",
		},
		"wb.about.def_theil_sen": {
			En: "The median of the slopes between every pair of complete years (Theil 1950, Sen 1968): a change per year that one unusual year does not sway.",
			Ar: "وسيط الميول بين كل زوج من السنوات الكاملة (ثيل 1950، سين 1968): تغير سنوي لا تؤثر فيه سنة استثنائية واحدة.",
			Fr: "Médiane des pentes entre toutes les paires d'années complètes (Theil 1950, Sen 1968) : une variation annuelle qu'une année atypique ne fausse pas.",
		},
		"wb.about.def_mann_kendall": {
			En: "S counts the pairs of complete years that rise less those that fall; Z is S standardised with the tie correction; p is its two-sided p-value. It needs 3 complete years or more.",
			Ar: "S هو عدد أزواج السنوات الكاملة المتصاعدة مطروحًا منه عدد المتنازلة؛ وZ هي S بعد التوحيد مع تصحيح القيم المتساوية؛ وp قيمتها الاحتمالية الثنائية الطرف. يتطلب 3 سنوات كاملة على الأقل.",
			Fr: "S compte les paires d'années complètes en hausse moins celles en baisse ; Z est S centré réduit avec la correction des ex aequo ; p est sa valeur p bilatérale. Il faut au moins 3 années complètes.",
		},
		"wb.about.def_ols": {
			En: "The slope of the least-squares line through the complete years, with its 95 % confidence interval (Student's t).",
			Ar: "ميل خط المربعات الصغرى عبر السنوات الكاملة، مع مجال الثقة 95% (توزيع ستودنت).",
			Fr: "Pente de la droite des moindres carrés sur les années complètes, avec son intervalle de confiance à 95 % (t de Student).",
		},
		"wb.about.def_verdict": {
			En: "Rising or falling where the Mann–Kendall p < 0.05, otherwise no clear trend; over complete years only.",
			Ar: "في ارتفاع أو في انخفاض حين تكون p لاختبار مان–كندال < 0,05، وإلا فلا اتجاه واضح؛ على السنوات الكاملة فقط.",
			Fr: "En hausse ou en baisse si le p de Mann–Kendall est < 0,05, sinon pas de tendance nette ; sur les années complètes seulement.",
		},

		// Measures (docs/figures.md, Measures) and their definitions.
		"wb.measure.incidents":  {En: "Incidents", Ar: "الحوادث", Fr: "Incidents"},
		"wb.measure.operations": {En: "Operations", Ar: "العمليات الأمنية", Fr: "Opérations"},
		"wb.not_given_note": {
			En: "— : no figure. The data does not cover that year, or none of its incidents gives the count: missing, not 0.",
			Ar: "— : لا يوجد رقم. لا تغطي البيانات تلك السنة، أو لا تذكر أيّ حادثة منها هذا العدد: قيمة مفقودة وليست صفرًا.",
			Fr: "— : pas de chiffre. Les données ne couvrent pas l’année, ou aucun de ses incidents ne donne ce nombre\u00a0: manquant, non nul.",
		},
		"wb.measure.cells_dismantled":       {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"wb.measure.arrests":                {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},
		"wb.measure.foiled_plots":           {En: "Foiled plots", Ar: "المخططات المحبطة", Fr: "Complots déjoués"},
		"wb.measure.failed_attacks":         {En: "Failed attacks", Ar: "الهجمات الفاشلة", Fr: "Attentats échoués"},
		"wb.measure.completed_attacks":      {En: "Completed attacks", Ar: "الهجمات المنفذة", Fr: "Attentats commis"},
		"wb.measure.cross_border_incidents": {En: "Cross-border incidents", Ar: "الحوادث العابرة للحدود", Fr: "Incidents transfrontaliers"},
		"wb.measure.cooperation_rate":       {En: "Cooperation rate", Ar: "معدل التعاون الأمني", Fr: "Taux de coopération"},
		"wb.measure.arrests_per_cell":       {En: "Arrests per cell", Ar: "الاعتقالات لكل خلية", Fr: "Arrestations par cellule"},

		"wb.def.incidents": {
			En: "Distinct reconciled incidents: the reports that share an incident_id count once.",
			Ar: "الحوادث المتمايزة بعد المطابقة بين المصادر: التقارير التي تشترك في رقم الحادثة (incident_id) تُحتسب مرة واحدة.",
			Fr: "Incidents distincts après rapprochement : les signalements qui partagent un incident_id comptent une fois.",
		},
		"wb.def.operations":        {En: "Incidents with event_type = operation.", Ar: "الحوادث من نوع عملية أمنية (event_type = operation).", Fr: "Incidents dont event_type = operation."},
		"wb.def.cells_dismantled":  {En: "The sum of cells_dismantled over the incidents.", Ar: "مجموع الخلايا المفككة (cells_dismantled) في الحوادث.", Fr: "Somme de cells_dismantled sur les incidents."},
		"wb.def.arrests":           {En: "The sum of arrests over the incidents.", Ar: "مجموع الاعتقالات (arrests) في الحوادث.", Fr: "Somme de arrests sur les incidents."},
		"wb.def.foiled_plots":      {En: "Incidents with event_type = foiled_plot.", Ar: "الحوادث من نوع مخطط تم إحباطه (event_type = foiled_plot).", Fr: "Incidents dont event_type = foiled_plot."},
		"wb.def.failed_attacks":    {En: "Incidents with event_type = failed_attack.", Ar: "الحوادث من نوع هجوم فاشل (event_type = failed_attack).", Fr: "Incidents dont event_type = failed_attack."},
		"wb.def.completed_attacks": {En: "Incidents with event_type = completed_attack.", Ar: "الحوادث من نوع هجوم منفذ (event_type = completed_attack).", Fr: "Incidents dont event_type = completed_attack."},
		"wb.def.cross_border_incidents": {
			En: "Incidents with at least one partner country.",
			Ar: "الحوادث التي شارك فيها بلد شريك واحد على الأقل.",
			Fr: "Incidents avec au moins un pays partenaire.",
		},
		"wb.def.cooperation_rate": {En: "Cross-border incidents ÷ incidents.", Ar: "الحوادث العابرة للحدود ÷ مجموع الحوادث.", Fr: "Incidents transfrontaliers ÷ incidents."},
		"wb.def.cooperation_rate_bounds": {
			En: "The Wilson 95 % score interval of the cooperation rate.",
			Ar: "مجال الثقة 95% لمعدل التعاون الأمني بطريقة ويلسون.",
			Fr: "Intervalle de score de Wilson à 95 % du taux de coopération.",
		},
		"wb.def.arrests_per_cell": {
			En: "Arrests ÷ cells dismantled, over the incidents with at least one cell dismantled.",
			Ar: "الاعتقالات ÷ الخلايا المفككة، في الحوادث التي فُكّكت فيها خلية واحدة على الأقل.",
			Fr: "Arrestations ÷ cellules démantelées, sur les incidents ayant au moins une cellule démantelée.",
		},

		// Headers of the Incidents sheet, in words (docs/input.md's column
		// names are what programs read, in figures.json and rejected.csv);
		// the …_code columns keep the codes the data gives.
		"wb.col.incident_id":             {En: "Incident ID", Ar: "رقم الحادثة", Fr: "Identifiant"},
		"wb.col.date":                    {En: "Date", Ar: "التاريخ", Fr: "Date"},
		"wb.col.date_precision":          {En: "Date precision", Ar: "دقة التاريخ", Fr: "Précision de la date"},
		"wb.col.country":                 {En: "Country", Ar: "البلد", Fr: "Pays"},
		"wb.col.event_type":              {En: "Event type", Ar: "نوع الحدث", Fr: "Type d’événement"},
		"wb.col.cells_dismantled":        {En: "Cells dismantled", Ar: "الخلايا المفككة", Fr: "Cellules démantelées"},
		"wb.col.arrests":                 {En: "Arrests", Ar: "الاعتقالات", Fr: "Arrestations"},
		"wb.col.arrests_by_country":      {En: "Arrests by country", Ar: "الاعتقالات حسب البلد", Fr: "Arrestations par pays"},
		"wb.col.partner_countries":       {En: "Partner countries", Ar: "البلدان الشريكة", Fr: "Pays partenaires"},
		"wb.col.cooperation_type":        {En: "Cooperation type", Ar: "نوع التعاون", Fr: "Type de coopération"},
		"wb.col.group":                   {En: "Group", Ar: "التنظيم", Fr: "Groupe"},
		"wb.col.affiliation":             {En: "Affiliation", Ar: "الانتماء", Fr: "Affiliation"},
		"wb.col.admin1":                  {En: "Region", Ar: "الجهة", Fr: "Région"},
		"wb.col.city":                    {En: "City", Ar: "المدينة", Fr: "Ville"},
		"wb.col.latitude":                {En: "Latitude", Ar: "خط العرض", Fr: "Latitude"},
		"wb.col.longitude":               {En: "Longitude", Ar: "خط الطول", Fr: "Longitude"},
		"wb.col.lead_agency":             {En: "Lead agency", Ar: "الجهاز المكلف", Fr: "Service chef de file"},
		"wb.col.linked_incident_ids":     {En: "Linked incidents", Ar: "حوادث مرتبطة", Fr: "Incidents liés"},
		"wb.col.seized":                  {En: "Seized", Ar: "المحجوزات", Fr: "Saisies"},
		"wb.col.source_name":             {En: "Source", Ar: "المصدر", Fr: "Source"},
		"wb.col.source_url":              {En: "Link", Ar: "الرابط", Fr: "Lien"},
		"wb.col.source_date":             {En: "Source date", Ar: "تاريخ المصدر", Fr: "Date de la source"},
		"wb.col.notes":                   {En: "Notes", Ar: "ملاحظات", Fr: "Notes"},
		"wb.col.sources":                 {En: "Sources", Ar: "عدد المصادر", Fr: "Nombre de sources"},
		"wb.col.country_code":            {En: "Country code", Ar: "رمز البلد", Fr: "Code du pays"},
		"wb.col.event_type_code":         {En: "Event type code", Ar: "رمز نوع الحدث", Fr: "Code du type"},
		"wb.col.date_precision_code":     {En: "Date precision code", Ar: "رمز دقة التاريخ", Fr: "Code de précision"},
		"wb.col.affiliation_code":        {En: "Affiliation code", Ar: "رمز الانتماء", Fr: "Code d’affiliation"},
		"wb.col.cooperation_type_code":   {En: "Cooperation type code", Ar: "رمز نوع التعاون", Fr: "Code du type de coopération"},
		"wb.col.partner_countries_code":  {En: "Partner country codes", Ar: "رموز البلدان الشريكة", Fr: "Codes des pays partenaires"},
		"wb.col.arrests_by_country_code": {En: "Arrests by country (codes)", Ar: "الاعتقالات حسب البلد (بالرموز)", Fr: "Arrestations par pays (codes)"},
		// A list of countries in a cell: "Spain; France", "Morocco: 2".
		"wb.list_separator": {En: "; ", Ar: "؛ ", Fr: "\u00a0; "},
		"wb.name_value":     {En: "%[1]s: %[2]s", Ar: "%[1]s: %[2]s", Fr: "%[1]s\u00a0: %[2]s"}, // a name and its value: "Morocco: 2", "Arrests by country: Spain"

		// Values of enumerated columns, shown as words.
		"wb.event_type.operation":        {En: "Operation", Ar: "عملية", Fr: "Opération"},
		"wb.event_type.foiled_plot":      {En: "Foiled plot", Ar: "مخطط محبط", Fr: "Complot déjoué"},
		"wb.event_type.failed_attack":    {En: "Failed attack", Ar: "هجوم فاشل", Fr: "Attentat manqué"},
		"wb.event_type.completed_attack": {En: "Completed attack", Ar: "هجوم منفذ", Fr: "Attentat commis"},
		"wb.date_precision.day":          {En: "Day", Ar: "اليوم", Fr: "Jour"},
		"wb.date_precision.month":        {En: "Month", Ar: "الشهر", Fr: "Mois"},
		"wb.date_precision.year":         {En: "Year", Ar: "السنة", Fr: "Année"},
		"wb.unit.pts":                    {En: "pts", Ar: "نقطة", Fr: "pts"},
		"wb.sheet.trends":                {En: "Trends", Ar: "الاتجاهات", Fr: "Tendances"},
		"wb.chart_data":                  {En: "The data of the chart of the same title on the Summary sheet.", Ar: "بيانات الرسم البياني الذي يحمل العنوان نفسه في ورقة الملخص.", Fr: "Données du graphique de même titre de la feuille Synthèse."},
		"wb.sheet.changes":               {En: "Yearly changes", Ar: "التغيرات السنوية", Fr: "Variations annuelles"},
		"wb.highlight_label":             {En: "Highlighted", Ar: "مظلل", Fr: "En surbrillance"},
		"wb.highlight_note":              {En: "a change or a trend beyond chance (p < 0.05; exact Poisson test for changes, Mann–Kendall for trends).", Ar: "تغير أو اتجاه يتجاوز الصدفة (p < 0.05؛ اختبار بواسون الدقيق للتغيرات، ومان–كندال للاتجاهات).", Fr: "variation ou tendance au-delà du hasard (p < 0,05\u00a0; test exact de Poisson pour les variations, Mann–Kendall pour les tendances)."},
		"wb.yearly.trend_line":           {En: "%[1]s: Theil–Sen trend", Ar: "%[1]s: اتجاه ثايل–سين", Fr: "%[1]s\u00a0: tendance de Theil–Sen"},
	})
}
