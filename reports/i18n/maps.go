package i18n

// Messages of the two maps (reports/charts: incidents_map, arrests_map).
// A subtitle says what is counted; the sentence on Western Sahara
// (chart.map.disputed) follows it when the territory is on the map.
func init() {
	register(map[string]Message{
		// Both maps.
		"chart.map.disputed":         {En: "Western Sahara, disputed, is drawn neutrally with a dashed outline.", Ar: "تُرسم الصحراء الغربية، وهي منطقة متنازع عليها، بلون محايد وبحدود متقطعة.", Fr: "Le Sahara occidental, disputé, est tracé de façon neutre, en pointillés."},
		"chart.map.none":             {En: "No incident in the period", Ar: "لا توجد حوادث خلال الفترة", Fr: "Aucun incident sur la période"},
		"chart.map.no_incident":      {En: "No incident", Ar: "لا حوادث", Fr: "Aucun incident"},
		"chart.map.range_fmt":        {En: "%[1]s–%[2]s", Ar: "%[1]s–%[2]s", Fr: "%[1]s–%[2]s"},
		"chart.map.from_fmt":         {En: "%[1]s or more", Ar: "%[1]s فأكثر", Fr: "%[1]s ou plus"},
		"chart.map.not_given_fmt":    {En: "%[1]s: not given", Ar: "%[1]s: غير مذكور", Fr: "%[1]s\u00a0: nombre non précisé"},
		"chart.map.not_given_legend": {En: "Arrests not given", Ar: "الاعتقالات غير مذكورة", Fr: "Arrestations non précisées"},
		"chart.map.unmapped_fmt":     {En: "Not on the map (no boundary drawn): %[1]s.", Ar: "ليست على الخريطة (لا حدود مرسومة لها): %[1]s.", Fr: "Absents de la carte (frontières non tracées)\u00a0: %[1]s."},
		"chart.map.unlabelled_fmt":   {En: "Not named on the map, for want of room: %[1]s.", Ar: "لم تُكتب أسماؤها على الخريطة لضيق المساحة: %[1]s.", Fr: "Non nommés sur la carte, faute de place\u00a0: %[1]s."},
		"chart.map.no_coords_fmt":    {En: "Incidents without coordinates, not drawn: %[1]s of the period's %[2]s.", Ar: "حوادث بلا إحداثيات لم تُرسم: %[1]s من %[2]s في الفترة.", Fr: "Incidents sans coordonnées, non tracés\u00a0: %[1]s sur les %[2]s de la période."},
		"chart.map.outside_fmt":      {En: "Incidents outside the map, not drawn: %[1]s (%[2]s).", Ar: "حوادث خارج الخريطة لم تُرسم: %[1]s (%[2]s).", Fr: "Incidents hors de la carte, non tracés\u00a0: %[1]s (%[2]s)."},

		// incidents_map.
		"chart.map.title":              {En: "Incidents by country", Ar: "الحوادث حسب البلد", Fr: "Incidents par pays"},
		"chart.map.title_fmt":          {En: "Incidents by country, %[1]s", Ar: "الحوادث حسب البلد، %[1]s", Fr: "Incidents par pays, %[1]s"},
		"chart.map.subtitle":           {En: "Incidents of the period by the country where they took place.", Ar: "حوادث الفترة حسب البلد الذي وقعت فيه.", Fr: "Incidents de la période selon le pays où ils ont eu lieu."},
		"chart.map.place_title":        {En: "Incidents by place", Ar: "الحوادث حسب المكان", Fr: "Incidents par lieu"},
		"chart.map.place_title_fmt":    {En: "Incidents in %[1]s by place, %[2]s", Ar: "الحوادث في %[1]s حسب المكان، %[2]s", Fr: "Incidents par lieu, %[1]s, %[2]s"},
		"chart.map.place_subtitle_fmt": {En: "Incidents of the period in %[1]s (%[2]s of %[3]s) by city or place; a circle's area is proportional to its incidents.", Ar: "حوادث الفترة في %[1]s (%[2]s من %[3]s) حسب المدينة أو المكان؛ مساحة الدائرة تتناسب مع عدد حوادثها.", Fr: "Incidents de la période, pays\u00a0: %[1]s (%[2]s sur %[3]s), par ville ou lieu\u00a0; l’aire d’un cercle est proportionnelle à ses incidents."},
		"chart.map.place_legend":       {En: "Incidents at a place (area ∝ number)", Ar: "الحوادث في مكان (المساحة تتناسب مع العدد)", Fr: "Incidents en un lieu (aire ∝ nombre)"},

		// arrests_map.
		"chart.amap.title":              {En: "Arrests by country", Ar: "الاعتقالات حسب البلد", Fr: "Arrestations par pays"},
		"chart.amap.title_fmt":          {En: "Arrests by country, %[1]s", Ar: "الاعتقالات حسب البلد، %[1]s", Fr: "Arrestations par pays, %[1]s"},
		"chart.amap.subtitle":           {En: "Persons arrested in the period's incidents, counted in the country where each incident took place.", Ar: "الموقوفون في حوادث الفترة، محسوبين في البلد الذي وقعت فيه كل حادثة.", Fr: "Personnes arrêtées lors des incidents de la période, comptées dans le pays où chaque incident a eu lieu."},
		"chart.amap.place_title":        {En: "Arrests by place", Ar: "الاعتقالات حسب المكان", Fr: "Arrestations par lieu"},
		"chart.amap.place_title_fmt":    {En: "Arrests in %[1]s by place, %[2]s", Ar: "الاعتقالات في %[1]s حسب المكان، %[2]s", Fr: "Arrestations par lieu, %[1]s, %[2]s"},
		"chart.amap.place_subtitle_fmt": {En: "Persons arrested in the period's incidents in %[1]s (%[2]s of %[3]s incidents) by city or place; a circle's area is proportional to its arrests.", Ar: "الموقوفون في حوادث الفترة في %[1]s (%[2]s من %[3]s حادثة) حسب المدينة أو المكان؛ مساحة الدائرة تتناسب مع عدد الموقوفين.", Fr: "Personnes arrêtées lors des incidents de la période, pays\u00a0: %[1]s (%[2]s incidents sur %[3]s), par ville ou lieu\u00a0; l’aire d’un cercle est proportionnelle à ses arrestations."},
		"chart.amap.place_legend":       {En: "Arrests at a place (area ∝ number)", Ar: "الاعتقالات في مكان (المساحة تتناسب مع العدد)", Fr: "Arrestations en un lieu (aire ∝ nombre)"},
		"chart.amap.place_zero":         {En: "No arrest (0)", Ar: "لا اعتقالات (0)", Fr: "Aucune arrestation (0)"},

		"chart.amap.partial_fmt": {En: "Incidents that give no arrest count: %[1]s of the period's %[2]s; the counts are those of the others.", Ar: "حوادث لا تذكر عدد الموقوفين: %[1]s من %[2]s في الفترة؛ الأعداد هي أعداد الحوادث الأخرى.", Fr: "Incidents qui ne donnent pas de nombre d’arrestations\u00a0: %[1]s sur les %[2]s de la période\u00a0; les nombres sont ceux des autres."},
	})
}
