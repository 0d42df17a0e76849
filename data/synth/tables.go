package synth

import "strconv"

// place is a city with its first-level region and WGS84 coordinates.
type place struct {
	admin1, city string
	lat, lon     float64
}

// region groups the cities of one admin1, so that a second source can name
// a neighbouring city.
type region struct {
	weight int
	places []place
}

// moroccanRegions are Morocco's twelve regions (2015 division) with the
// cities where incidents are placed, weighted roughly by how often they
// appear in counter-terrorism press releases.
var moroccanRegions = []region{
	{22, []place{
		{"Casablanca-Settat", "Casablanca", 33.5731, -7.5898},
		{"Casablanca-Settat", "Mohammédia", 33.6866, -7.3830},
		{"Casablanca-Settat", "El Jadida", 33.2316, -8.5007},
		{"Casablanca-Settat", "Berrechid", 33.2655, -7.5875},
		{"Casablanca-Settat", "Settat", 33.0010, -7.6166},
	}},
	{18, []place{
		{"Tanger-Tétouan-Al Hoceïma", "Tanger", 35.7595, -5.8340},
		{"Tanger-Tétouan-Al Hoceïma", "Tétouan", 35.5785, -5.3684},
		{"Tanger-Tétouan-Al Hoceïma", "Fnideq", 35.8500, -5.3570},
		{"Tanger-Tétouan-Al Hoceïma", "Al Hoceïma", 35.2517, -3.9372},
		{"Tanger-Tétouan-Al Hoceïma", "Larache", 35.1932, -6.1557},
		{"Tanger-Tétouan-Al Hoceïma", "Chefchaouen", 35.1688, -5.2636},
	}},
	{11, []place{
		{"Oriental", "Nador", 35.1681, -2.9335},
		{"Oriental", "Oujda", 34.6814, -1.9086},
		{"Oriental", "Berkane", 34.9200, -2.3200},
	}},
	{13, []place{
		{"Rabat-Salé-Kénitra", "Rabat", 34.0209, -6.8416},
		{"Rabat-Salé-Kénitra", "Salé", 34.0531, -6.7985},
		{"Rabat-Salé-Kénitra", "Kénitra", 34.2610, -6.5802},
		{"Rabat-Salé-Kénitra", "Témara", 33.9287, -6.9063},
	}},
	{11, []place{
		{"Fès-Meknès", "Fès", 34.0331, -5.0003},
		{"Fès-Meknès", "Meknès", 33.8935, -5.5473},
		{"Fès-Meknès", "Taza", 34.2100, -4.0100},
	}},
	{9, []place{
		{"Marrakech-Safi", "Marrakech", 31.6295, -7.9811},
		{"Marrakech-Safi", "Safi", 32.2994, -9.2372},
		{"Marrakech-Safi", "Essaouira", 31.5085, -9.7595},
	}},
	{6, []place{
		{"Souss-Massa", "Agadir", 30.4278, -9.5981},
		{"Souss-Massa", "Inezgane", 30.3550, -9.5360},
		{"Souss-Massa", "Tiznit", 29.6974, -9.7316},
	}},
	{4, []place{
		{"Béni Mellal-Khénifra", "Béni Mellal", 32.3373, -6.3498},
		{"Béni Mellal-Khénifra", "Khouribga", 32.8811, -6.9063},
	}},
	{3, []place{
		{"Drâa-Tafilalet", "Errachidia", 31.9314, -4.4246},
		{"Drâa-Tafilalet", "Ouarzazate", 30.9189, -6.8934},
	}},
	{1, []place{{"Guelmim-Oued Noun", "Guelmim", 28.9870, -10.0574}}},
	{1, []place{{"Laâyoune-Sakia El Hamra", "Laâyoune", 27.1253, -13.1625}}},
	{1, []place{{"Dakhla-Oued Ed-Dahab", "Dakhla", 23.6848, -15.9570}}},
}

// country is a lead country other than Morocco, with its regions, lead
// agencies and the partners its cross-border incidents name.
type country struct {
	code     string
	weight   int // per mille of Write's incidents
	regions  []region
	agencies []string
	partners []string
}

var countries = []country{
	{"MA", 820, moroccanRegions, nil, []string{
		"ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES", "ES",
		"FR", "FR", "FR", "FR", "US", "US", "BE", "BE", "DE",
		"NL", "IT", "GB", "DK"}},
	{"ES", 60, []region{
		{4, []place{{"Comunidad de Madrid", "Madrid", 40.4168, -3.7038}}},
		{3, []place{{"Cataluña", "Barcelona", 41.3874, 2.1686}}},
		{2, []place{{"Melilla", "Melilla", 35.2923, -2.9381}}},
		{2, []place{{"Ceuta", "Ceuta", 35.8894, -5.3213}}},
		{1, []place{{"Illes Balears", "Ibiza", 38.9067, 1.4206}}},
		{1, []place{{"Andalucía", "Granada", 37.1773, -3.5986}}},
	}, []string{"CGI", "CGI", "Guardia Civil"}, []string{"MA", "MA", "MA", "FR"}},
	{"FR", 40, []region{
		{3, []place{{"Île-de-France", "Paris", 48.8566, 2.3522}}},
		{1, []place{{"Auvergne-Rhône-Alpes", "Lyon", 45.7640, 4.8357}}},
		{1, []place{{"Provence-Alpes-Côte d'Azur", "Marseille", 43.2965, 5.3698}}},
	}, []string{"DGSI"}, []string{"MA", "BE", "ES"}},
	{"BE", 30, []region{
		{2, []place{{"Bruxelles-Capitale", "Bruxelles", 50.8503, 4.3517}}},
		{1, []place{{"Antwerpen", "Antwerpen", 51.2194, 4.4025}}},
	}, []string{"Parquet fédéral"}, []string{"MA", "FR", "NL"}},
	{"DE", 20, []region{
		{1, []place{{"Nordrhein-Westfalen", "Köln", 50.9375, 6.9603}}},
		{1, []place{{"Berlin", "Berlin", 52.5200, 13.4050}}},
	}, []string{"BKA"}, []string{"MA", "FR", "NL"}},
	{"TN", 15, []region{
		{2, []place{{"Tunis", "Tunis", 36.8065, 10.1815}}},
		{1, []place{{"Sousse", "Sousse", 35.8256, 10.6084}}},
	}, []string{"Garde nationale"}, []string{"DZ", "MA", "FR"}},
	{"DZ", 15, []region{
		{1, []place{{"Alger", "Alger", 36.7538, 3.0588}}},
		{1, []place{{"Oran", "Oran", 35.6971, -0.6308}}},
	}, []string{"DGSN"}, []string{"TN", "ML", "FR"}},
}

// groupFamily is one organisation and the spellings sources use for it;
// a spelling listed twice is drawn twice as often. All spellings are in
// data/groups.csv.
type groupFamily struct {
	spellings   []string
	affiliation string
}

var (
	famISIS = groupFamily{[]string{
		"ISIS", "ISIS", "ISIS", "ISIS", "ISIS", "Daesh", "Daesh", "داعش", "داعش", "داعش",
		"État islamique", "Estado Islámico", "الدولة الإسلامية", "الدولة الإسلامية",
		"تنظيم الدولة", "IS", "ISIL", "Daech"}, "jihadist"}
	famAQIM = groupFamily{[]string{
		"AQIM", "AQIM", "AQIM", "AQMI", "Al-Qaïda au Maghreb islamique",
		"القاعدة في بلاد المغرب الإسلامي", "القاعدة في بلاد المغرب الإسلامي",
		"Al Qaeda en el Magreb Islámico"}, "jihadist"}
	famAlQaeda = groupFamily{[]string{
		"Al-Qaeda", "Al-Qaeda", "القاعدة", "Al-Qaïda", "تنظيم القاعدة"}, "jihadist"}
	famGICM = groupFamily{[]string{
		"GICM", "GICM", "Groupe islamique combattant marocain",
		"الجماعة الإسلامية المقاتلة المغربية"}, "jihadist"}
	famSalafia = groupFamily{[]string{
		"Salafia Jihadia", "Salafia Jihadia", "السلفية الجهادية"}, "jihadist"}
	famISGS = groupFamily{[]string{
		"ISGS", "EIGS", "الدولة الإسلامية في الصحراء الكبرى"}, "jihadist"}
	famNusra = groupFamily{[]string{
		"Jabhat al-Nusra", "Front al-Nosra", "جبهة النصرة"}, "jihadist"}
	famETA = groupFamily{[]string{"ETA"}, "separatist"}
	// famNone is an incident whose sources name no group.
	famNone = groupFamily{[]string{""}, ""}
)

// groupEra lists the families drawn for incidents from a given year on;
// a family listed twice is drawn twice as often.
type groupEra struct {
	from     int
	families []*groupFamily
}

var groupEras = []groupEra{
	{0, []*groupFamily{&famSalafia, &famSalafia, &famSalafia, &famSalafia, &famGICM,
		&famGICM, &famGICM, &famAlQaeda, &famAlQaeda, &famNone}},
	{2007, []*groupFamily{&famAQIM, &famAQIM, &famAQIM, &famAQIM, &famAlQaeda,
		&famAlQaeda, &famSalafia, &famSalafia, &famNone}},
	{2012, []*groupFamily{&famAQIM, &famAQIM, &famAQIM, &famNusra, &famNusra,
		&famAlQaeda, &famSalafia, &famNone}},
	{2014, []*groupFamily{&famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS,
		&famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS,
		&famAQIM, &famAQIM, &famAlQaeda, &famNone}},
	{2019, []*groupFamily{&famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS,
		&famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISIS, &famISGS,
		&famAQIM, &famAlQaeda, &famNone}},
}

// Moroccan lead agencies before and after the BCIJ was set up (March 2015).
var (
	agenciesMAEarly = []string{"DGST", "DGST", "DGST", "DGSN", "DGSN", "Gendarmerie royale"}
	agenciesMALate  = []string{"BCIJ", "BCIJ", "BCIJ", "BCIJ", "BCIJ", "BCIJ", "DGST", "DGST", "DGSN", "DGSN"}
)

// sourceNames name the synthetic reporters; every one says "synthetic".
var sourceNames = []string{
	"synthetic: news agency",
	"synthetic: daily",
	"synthetic: communiqué",
	"synthetic: website",
	"synthetic: wire",
	"synthetic: TV",
	"synthetic: ministry",
	"synthetic: court record",
	"synthetic: Arabic daily",
	"synthetic: radio",
}

// seizedLists are the seized-items values drawn for a report.
var seizedLists = []string{
	"phones",
	"phones;sim_cards",
	"phones;sim_cards;computer",
	"phones;sim_cards;computer;digital_media",
	"phones;computer;digital_media",
	"knives",
	"knives;phones",
	"knives;phones;extremist_literature",
	"phones;extremist_literature",
	"explosive_precursors;phones",
	"explosive_precursors;knives;phones;sim_cards",
	"cash;phones;sim_cards",
	"firearms;ammunition",
	"computer;digital_media",
	"phones;sim_cards;cash;forged_documents",
	"chemicals;electrical_wiring;phones",
}

// notesText is the free text of notes; most is Arabic, as in the press
// releases the data is coded from. A few values carry commas, quotes or a
// line break, which CSV must quote.
var notesText = []string{
	"تفكيك خلية إرهابية موالية لتنظيم داعش",
	"حجز أسلحة بيضاء ومعدات إلكترونية",
	"المشتبه فيهم كانوا ينشطون في نشر الفكر المتطرف",
	"توقيف المشتبه فيه بتنسيق مع المديرية العامة لمراقبة التراب الوطني",
	"عملية أمنية مشتركة ومتزامنة",
	"إحباط مخطط إرهابي وشيك",
	"وضع الموقوفين تحت تدبير الحراسة النظرية",
	"الأبحاث جارية تحت إشراف النيابة العامة المكلفة بقضايا الإرهاب",
	"أعمارهم تتراوح بين 19 و45 سنة",
	"cellule démantelée, enquête en cours",
	"coopération avec les services partenaires",
	"detenidos en una operación conjunta",
	"arrests in Tanger, Tétouan and Fnideq",
	`suspect described as "emir" of the cell`,
	"figures differ between communiqués",
	"first report\nupdated later the same day",
}

// formulaNotes begin with '=', '-', '+' or '@': free text that a careless
// writer would let a spreadsheet run as a formula.
var formulaNotes = []string{
	`=HYPERLINK("http://example.invalid/x","details")`,
	"=1+1",
	"-2 released after questioning",
	"-1 suspect still at large",
	"+212 hotline cited in the communiqué",
	"@BCIJ statement",
}

// smallInts holds the decimal strings of 0…999, so counts cost no
// allocation.
var smallInts = func() []string {
	s := make([]string, 1000)
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

func itoa(n int) string {
	if n >= 0 && n < len(smallInts) {
		return smallInts[n]
	}
	return strconv.Itoa(n)
}
