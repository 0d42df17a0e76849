package i18n

// Messages of the report as a whole: where its figures come from.
func init() {
	register(map[string]Message{
		"report.source.sample": {
			En: "Source: ctreport embedded sample (synthetic, with 3 real incidents from press reports)",
			Ar: "المصدر: العينة المدمجة في ctreport (بيانات اصطناعية، باستثناء 3 حوادث حقيقية من تقارير صحفية)",
			Fr: "Source : échantillon intégré de ctreport (synthétique, avec 3 incidents réels tirés de la presse)",
		},
		"report.source.file": {
			En: "Source: %[1]s",
			Ar: "المصدر: %[1]s",
			Fr: "Source : %[1]s",
		},
	})
	registerPlurals(map[string]Plural{
		"report.source.files": {
			En: [2]string{"Source: %[1]s incident file", "Source: %[1]s incident files"},
			Fr: [2]string{"Source : %[1]s fichier d’incidents", "Source : %[1]s fichiers d’incidents"},
			Ar: [6]string{
				"المصدر: لا توجد ملفات حوادث",
				"المصدر: ملف حوادث واحد",
				"المصدر: ملفا حوادث",
				"المصدر: %[1]s ملفات حوادث",
				"المصدر: %[1]s ملف حوادث",
				"المصدر: %[1]s ملف حوادث",
			},
		},
	})
}

// Warnings about the figures (analysis.Warning codes) and about rows of the
// input (data.RowError codes), in every language.
func init() {
	registerPlurals(map[string]Plural{
		"warning.unplaced_in_period": {
			En: [2]string{
				"%[1]s incident has a date too coarse to place in %[2]s (a month or a year that runs past the period) and is not counted in it.",
				"%[1]s incidents have a date too coarse to place in %[2]s (a month or a year that runs past the period) and are not counted in it.",
			},
			Fr: [2]string{
				"%[1]s incident a une date trop imprécise pour être placé dans %[2]s (un mois ou une année qui déborde la période) et n’y est pas compté.",
				"%[1]s incidents ont une date trop imprécise pour être placés dans %[2]s (un mois ou une année qui déborde la période) et n’y sont pas comptés.",
			},
			Ar: [6]string{
				"لا توجد حوادث تاريخها غير دقيق بما يكفي لإدراجها في %[2]s.",
				"حادثة واحدة تاريخها غير دقيق بما يكفي لإدراجها في %[2]s (شهر أو سنة يتجاوزان الفترة)، فلم تُحتسب فيها.",
				"حادثتان تاريخهما غير دقيق بما يكفي لإدراجهما في %[2]s (شهر أو سنة يتجاوزان الفترة)، فلم تُحتسبا فيها.",
				"%[1]s حوادث تاريخها غير دقيق بما يكفي لإدراجها في %[2]s (شهر أو سنة يتجاوزان الفترة)، فلم تُحتسب فيها.",
				"%[1]s حادثة تاريخها غير دقيق بما يكفي لإدراجها في %[2]s (شهر أو سنة يتجاوزان الفترة)، فلم تُحتسب فيها.",
				"%[1]s حادثة تاريخها غير دقيق بما يكفي لإدراجها في %[2]s (شهر أو سنة يتجاوزان الفترة)، فلم تُحتسب فيها.",
			},
		},
		"warning.unplaced_in_series": {
			En: [2]string{
				"%[1]s incident of %[2]s cannot be placed before the period’s end (%[3]s) and is left out of the yearly series.",
				"%[1]s incidents of %[2]s cannot be placed before the period’s end (%[3]s) and are left out of the yearly series.",
			},
			Fr: [2]string{
				"%[1]s incident de %[2]s ne peut être placé avant la fin de la période (%[3]s) et n’est pas compté dans la série annuelle.",
				"%[1]s incidents de %[2]s ne peuvent être placés avant la fin de la période (%[3]s) et ne sont pas comptés dans la série annuelle.",
			},
			Ar: [6]string{
				"لا توجد حوادث من سنة %[2]s يتعذر إدراجها قبل نهاية الفترة (%[3]s).",
				"حادثة واحدة من سنة %[2]s يتعذر إدراجها قبل نهاية الفترة (%[3]s)، فاستُبعدت من السلسلة السنوية.",
				"حادثتان من سنة %[2]s يتعذر إدراجهما قبل نهاية الفترة (%[3]s)، فاستُبعدتا من السلسلة السنوية.",
				"%[1]s حوادث من سنة %[2]s يتعذر إدراجها قبل نهاية الفترة (%[3]s)، فاستُبعدت من السلسلة السنوية.",
				"%[1]s حادثة من سنة %[2]s يتعذر إدراجها قبل نهاية الفترة (%[3]s)، فاستُبعدت من السلسلة السنوية.",
				"%[1]s حادثة من سنة %[2]s يتعذر إدراجها قبل نهاية الفترة (%[3]s)، فاستُبعدت من السلسلة السنوية.",
			},
		},
		"warning.series_too_short": {
			En: [2]string{
				"%[2]s: %[1]s complete year with a value; the trend tests need at least 3 and are left blank.",
				"%[2]s: %[1]s complete years with a value; the trend tests need at least 3 and are left blank.",
			},
			Fr: [2]string{
				"%[2]s : %[1]s année complète renseignée ; les tests de tendance en demandent au moins 3 et restent vides.",
				"%[2]s : %[1]s années complètes renseignées ; les tests de tendance en demandent au moins 3 et restent vides.",
			},
			Ar: [6]string{
				"%[2]s: لا توجد أي سنة كاملة ذات قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
				"%[2]s: سنة كاملة واحدة ذات قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
				"%[2]s: سنتان كاملتان ذواتا قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
				"%[2]s: %[1]s سنوات كاملة ذات قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
				"%[2]s: %[1]s سنة كاملة ذات قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
				"%[2]s: %[1]s سنة كاملة ذات قيمة؛ تتطلب اختبارات الاتجاه 3 سنوات على الأقل، لذا تُركت فارغة.",
			},
		},
		"warning.not_given": {
			En: [2]string{
				"%[2]s: not given for the %[1]s incident of %[3]s; shown as missing, not as 0, and not compared.",
				"%[2]s: not given for any of the %[1]s incidents of %[3]s; shown as missing, not as 0, and not compared.",
			},
			Fr: [2]string{
				"%[2]s : nombre non renseigné pour l’incident de %[3]s ; indiqué comme manquant, non comme 0, et non comparé.",
				"%[2]s : nombre renseigné pour aucun des %[1]s incidents de %[3]s ; indiqué comme manquant, non comme 0, et non comparé.",
			},
			Ar: [6]string{
				"%[2]s: لا توجد حوادث في %[3]s.",
				"%[2]s: لم يُذكر العدد في حادثة %[3]s الوحيدة؛ يظهر كقيمة مفقودة لا صفرًا، ولا تُجرى مقارنة.",
				"%[2]s: لم يُذكر العدد في أيٍّ من حادثتَي %[3]s؛ يظهر كقيمة مفقودة لا صفرًا، ولا تُجرى مقارنة.",
				"%[2]s: لم يُذكر العدد في أيٍّ من حوادث %[3]s (%[1]s حوادث)؛ يظهر كقيمة مفقودة لا صفرًا، ولا تُجرى مقارنة.",
				"%[2]s: لم يُذكر العدد في أيٍّ من حوادث %[3]s (%[1]s حادثة)؛ يظهر كقيمة مفقودة لا صفرًا، ولا تُجرى مقارنة.",
				"%[2]s: لم يُذكر العدد في أيٍّ من حوادث %[3]s (%[1]s حادثة)؛ يظهر كقيمة مفقودة لا صفرًا، ولا تُجرى مقارنة.",
			},
		},
		"warning.partly_given": {
			En: [2]string{
				"%[3]s: given for %[2]s of the %[1]s incident of %[4]s; the figure is the sum of those given.",
				"%[3]s: given for %[2]s of the %[1]s incidents of %[4]s; the figure is the sum of those given.",
			},
			Fr: [2]string{
				"%[3]s : nombre renseigné pour %[2]s incident sur %[1]s en %[4]s ; le chiffre est la somme des valeurs renseignées.",
				"%[3]s : nombre renseigné pour %[2]s des %[1]s incidents de %[4]s ; le chiffre est la somme des valeurs renseignées.",
			},
			Ar: [6]string{
				"%[3]s: لا توجد حوادث في %[4]s.",
				"%[3]s: العدد مذكور في %[2]s من أصل حادثة واحدة في %[4]s؛ الرقم هو مجموع ما ذُكر.",
				"%[3]s: العدد مذكور في %[2]s من أصل حادثتين في %[4]s؛ الرقم هو مجموع ما ذُكر.",
				"%[3]s: العدد مذكور في %[2]s من أصل %[1]s حوادث في %[4]s؛ الرقم هو مجموع ما ذُكر.",
				"%[3]s: العدد مذكور في %[2]s من أصل %[1]s حادثة في %[4]s؛ الرقم هو مجموع ما ذُكر.",
				"%[3]s: العدد مذكور في %[2]s من أصل %[1]s حادثة في %[4]s؛ الرقم هو مجموع ما ذُكر.",
			},
		},
		"warning.possible_gap": {
			En: [2]string{
				"%[2]s: only %[1]s incident, against a median of %[3]s in the years around it: possibly a gap in the data.",
				"%[2]s: only %[1]s incidents, against a median of %[3]s in the years around it: possibly a gap in the data.",
			},
			Fr: [2]string{
				"%[2]s\u00a0: seulement %[1]s incident, contre une médiane de %[3]s les années voisines\u00a0: peut-être une lacune des données.",
				"%[2]s\u00a0: seulement %[1]s incidents, contre une médiane de %[3]s les années voisines\u00a0: peut-être une lacune des données.",
			},
			Ar: [6]string{
				"%[2]s: لم تُسجَّل أي حادثة، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
				"%[2]s: حادثة واحدة فقط، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
				"%[2]s: حادثتان فقط، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
				"%[2]s: %[1]s حوادث فقط، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
				"%[2]s: %[1]s حادثة فقط، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
				"%[2]s: %[1]s حادثة فقط، مقابل وسيط قدره %[3]s في السنوات المجاورة: ربما توجد ثغرة في البيانات.",
			},
		},
	})
	register(map[string]Message{
		"warning.no_data": {
			En: "%[1]s: the data does not cover this period; its figures are missing, not 0, and it is not compared.",
			Ar: "%[1]s: لا تغطي البيانات هذه الفترة؛ أرقامها مفقودة وليست صفرًا، ولا تُجرى مقارنة معها.",
			Fr: "%[1]s\u00a0: les données ne couvrent pas cette période\u00a0; ses chiffres manquent (ils ne sont pas nuls) et elle n’est pas comparée.",
		},
		"warning.partly_covered": {
			En: "%[1]s: the data covers only %[2]s to %[3]s of this period, which is therefore not compared.",
			Ar: "%[1]s: لا تغطي البيانات من هذه الفترة إلا ما بين %[2]s و%[3]s، لذا لا تُجرى مقارنة معها.",
			Fr: "%[1]s\u00a0: les données ne couvrent que du %[2]s au %[3]s de cette période, qui n’est donc pas comparée.",
		},
		"warning.measure_absent": {
			En: "%[1]s: no incident in the data gives this count; it is shown as missing, never as 0.",
			Ar: "%[1]s: لا تذكر أيّ حادثة في البيانات هذا العدد؛ يظهر كقيمة مفقودة، لا صفرًا.",
			Fr: "%[1]s : aucun incident des données ne renseigne ce nombre ; il est indiqué comme manquant, jamais comme 0.",
		},
		"data.arrests_mismatch": {
			En: "arrests %[1]s differ from the arrests_by_country total %[2]s (%[3]s)",
			Ar: "عدد الاعتقالات %[1]s يختلف عن مجموع الاعتقالات حسب البلد %[2]s (%[3]s)",
			Fr: "les arrestations (%[1]s) diffèrent du total par pays %[2]s (%[3]s)",
		},
		"data.lead_not_partner": {
			En: "%[1]s is the lead country, not a partner: left out of the partners",
			Ar: "%[1]s هو البلد الرئيسي وليس بلدا شريكا: حُذف من قائمة الدول الشريكة",
			Fr: "%[1]s est le pays principal, pas un partenaire : retiré des partenaires",
		},
		"data.former_country": {
			En: "%[1]q is a former state: counted under %[2]s, its successor",
			Ar: "%[1]q دولة لم تعد قائمة: احتُسبت ضمن %[2]s، الدولة التي خلفتها",
			Fr: "%[1]q est un ancien État : compté sous %[2]s, son successeur",
		},
		"data.coordinate_dropped": {
			En: "%[1]q is not a coordinate within ±%[2]s degrees: left out, the row is kept",
			Ar: "%[1]q ليست إحداثية ضمن ±%[2]s درجة: حُذفت واحتُفظ بالصف",
			Fr: "%[1]q n'est pas une coordonnée comprise dans ±%[2]s degrés : écartée, la ligne est gardée",
		},
		"data.no_country": {
			En: "%[1]q is not a country: the incident has no single country",
			Ar: "%[1]q ليس بلدا: لا بلد واحد للحادثة",
			Fr: "%[1]q n'est pas un pays : l'incident n'a pas de pays unique",
		},
		"data.not_a_country_suggest": {
			En: "%[1]q is not a country (ISO code, or its name in English, French, Spanish or Arabic); did you mean %[2]s?",
			Ar: "%[1]q ليس بلدا (رمز ISO، أو اسمه بالإنجليزية أو الفرنسية أو الإسبانية أو العربية)؛ هل تقصد %[2]s؟",
			Fr: "%[1]q n'est pas un pays (code ISO, ou son nom en anglais, français, espagnol ou arabe) ; vouliez-vous dire %[2]s ?",
		},
		"data.unknown_column_suggest": {
			En: "unknown column: kept with the incidents as %[1]s; did you mean %[2]s?",
			Ar: "عمود غير معروف: احتُفظ به مع بيانات الحوادث باسم %[1]s؛ هل تقصد %[2]s؟",
			Fr: "colonne inconnue : conservée avec les incidents sous le nom %[1]s ; vouliez-vous dire %[2]s ?",
		},
		"data.unknown_column": {
			En: "unknown column: kept with the incidents as %[1]s",
			Ar: "عمود غير معروف: احتُفظ به مع بيانات الحوادث باسم %[1]s",
			Fr: "colonne inconnue : conservée avec les incidents sous le nom %[1]s",
		},
		"data.empty_file": {
			En: "empty file: no header and no rows",
			Ar: "ملف فارغ: لا يتضمن سطر عناوين ولا صفوفا",
			Fr: "fichier vide : ni en-tête ni lignes",
		},
		"data.precision_finer": {
			En: "date_precision %[1]s is finer than the date %[2]s: the date keeps its own precision",
			Ar: "دقة التاريخ %[1]s أدق من التاريخ %[2]s: احتفظ التاريخ بدقته",
			Fr: "la précision %[1]s est plus fine que la date %[2]s : la date garde sa propre précision",
		},
		"data.file_skipped": {
			En: "file skipped: %[1]s",
			Ar: "تم تخطي الملف: %[1]s",
			Fr: "fichier ignoré : %[1]s",
		},
		// Why a row is rejected (data.refuse); whole numbers come written
		// in the report's language (%s), the value at fault quoted (%q).
		"data.unsplit": {
			En: "the row cannot be split into fields: %[1]s",
			Ar: "تعذر تقسيم الصف إلى حقول: %[1]s",
			Fr: "la ligne ne peut être découpée en champs : %[1]s",
		},
		"data.field_count": {
			En: "row has %[1]s fields, the header has %[2]s",
			Ar: "عدد حقول الصف %[1]s، وعدد أعمدة سطر العناوين %[2]s",
			Fr: "la ligne a %[1]s champs, l'en-tête en a %[2]s",
		},
		"data.not_utf8": {
			En: "value is not valid UTF-8",
			Ar: "القيمة ليست بترميز UTF-8 صالح",
			Fr: "la valeur n'est pas en UTF-8 valide",
		},
		"data.required_empty": {
			En: "required value is empty",
			Ar: "قيمة مطلوبة فارغة",
			Fr: "valeur obligatoire vide",
		},
		"data.not_a_date": {
			En: "%[1]q is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)",
			Ar: "%[1]q ليس تاريخا (YYYY-MM-DD أو YYYY-MM أو YYYY أو DD/MM/YYYY)",
			Fr: "%[1]q n'est pas une date (AAAA-MM-JJ, AAAA-MM, AAAA ou JJ/MM/AAAA)",
		},
		"data.no_year_0": {
			En: "%[1]q: year 0 does not exist",
			Ar: "%[1]q: السنة 0 غير موجودة",
			Fr: "%[1]q : l'année 0 n'existe pas",
		},
		"data.no_such_month": {
			En: "%[1]q: month %[2]s does not exist",
			Ar: "%[1]q: الشهر %[2]s غير موجود",
			Fr: "%[1]q : le mois %[2]s n'existe pas",
		},
		"data.no_such_day": {
			En: "%[1]q: day %[2]s does not exist in %[3]s",
			Ar: "%[1]q: اليوم %[2]s غير موجود في %[3]s",
			Fr: "%[1]q : le jour %[2]s n'existe pas en %[3]s",
		},
		"data.after_as_of": {
			En: "%[1]q is after the as-of date %[2]s",
			Ar: "%[1]q بعد تاريخ تحديث البيانات %[2]s",
			Fr: "%[1]q est postérieure à la date de référence %[2]s",
		},
		"data.not_a_precision": {
			En: "%[1]q is not day, month or year",
			Ar: "%[1]q ليست day ولا month ولا year",
			Fr: "%[1]q n'est ni day, ni month, ni year",
		},
		"data.not_a_country": {
			En: "%[1]q is not a country (ISO code, or its name in English, French, Spanish or Arabic)",
			Ar: "%[1]q ليس بلدا (رمز ISO، أو اسمه بالإنجليزية أو الفرنسية أو الإسبانية أو العربية)",
			Fr: "%[1]q n'est pas un pays (code ISO, ou son nom en anglais, français, espagnol ou arabe)",
		},
		"data.not_one_of": {
			En: "%[1]q is not one of %[2]s",
			Ar: "%[1]q ليست من القيم المقبولة: %[2]s",
			Fr: "%[1]q n'est pas l'une des valeurs %[2]s",
		},
		"data.not_whole": {
			En: "%[1]q is not a whole number",
			Ar: "%[1]q ليس عددا صحيحا",
			Fr: "%[1]q n'est pas un nombre entier",
		},
		"data.too_large": {
			En: "%[1]q is too large",
			Ar: "%[1]q عدد أكبر من اللازم",
			Fr: "%[1]q est trop grand",
		},
		"data.negative": {
			En: "%[1]q is negative",
			Ar: "%[1]q عدد سالب",
			Fr: "%[1]q est négatif",
		},
		"data.not_degrees": {
			En: "%[1]q is not a number of degrees",
			Ar: "%[1]q ليس عددا من الدرجات",
			Fr: "%[1]q n'est pas un nombre de degrés",
		},
		"data.outside_degrees": {
			En: "%[1]q is outside ±%[2]g degrees",
			Ar: "%[1]q خارج المجال ±%[2]g درجة",
			Fr: "%[1]q est hors de ±%[2]g degrés",
		},
		"data.not_by_country": {
			En: "%[1]q is not a list of COUNTRY:n",
			Ar: "%[1]q ليست قائمة من الشكل COUNTRY:n (البلد:العدد)",
			Fr: "%[1]q n'est pas une liste PAYS:n",
		},
		"data.given_twice": {
			En: "%[1]s is given twice",
			Ar: "%[1]s مذكور مرتين",
			Fr: "%[1]s figure deux fois",
		},
		"data.country_not_whole": {
			En: "%[1]s: %[2]q is not a whole number",
			Ar: "%[1]s: %[2]q ليس عددا صحيحا",
			Fr: "%[1]s : %[2]q n'est pas un nombre entier",
		},
		"data.country_too_large": {
			En: "%[1]s: %[2]q is too large",
			Ar: "%[1]s: %[2]q عدد أكبر من اللازم",
			Fr: "%[1]s : %[2]q est trop grand",
		},
		"data.country_negative": {
			En: "%[1]s: %[2]q is negative",
			Ar: "%[1]s: %[2]q عدد سالب",
			Fr: "%[1]s : %[2]q est négatif",
		},
	})
}

// The warning of a file with a header and no rows.
func init() {
	register(map[string]Message{
		"data.no_rows": {
			En: "no rows: the file has a header only",
			Ar: "لا صفوف: لا يتضمن الملف سوى سطر العناوين",
			Fr: "aucune ligne : le fichier n'a qu'un en-tête",
		},
	})
}

// Rows past the limits of data/limits.go, formulas without a value, and
// arrests taken from their breakdown.
func init() {
	register(map[string]Message{
		"data.above_ceiling": {
			En: "%[1]q is above %[2]s, the largest count of %[3]s accepted",
			Ar: "%[1]q أكبر من %[2]s، وهو أكبر عدد مقبول في %[3]s",
			Fr: "%[1]q dépasse %[2]s, le plus grand nombre accepté pour %[3]s",
		},
		"data.country_above_ceiling": {
			En: "%[1]s: %[2]q is above %[3]s, the largest count of %[4]s accepted",
			Ar: "%[1]s: %[2]q أكبر من %[3]s، وهو أكبر عدد مقبول في %[4]s",
			Fr: "%[1]s : %[2]q dépasse %[3]s, le plus grand nombre accepté pour %[4]s",
		},
		"data.total_above_ceiling": {
			En: "the arrests_by_country total %[1]s is above %[2]s, the largest count of arrests accepted",
			Ar: "مجموع الاعتقالات حسب البلد %[1]s أكبر من %[2]s، وهو أكبر عدد مقبول للاعتقالات",
			Fr: "le total par pays %[1]s dépasse %[2]s, le plus grand nombre d'arrestations accepté",
		},
		"data.before_min_year": {
			En: "%[1]q is before %[2]s, the earliest year accepted",
			Ar: "%[1]q قبل %[2]s، وهي أقدم سنة مقبولة",
			Fr: "%[1]q est antérieure à %[2]s, la première année acceptée",
		},
		"data.field_too_long": {
			En: "value of %[1]s bytes is longer than %[2]s bytes, the longest accepted",
			Ar: "قيمة من %[1]s بايت أطول من %[2]s بايت، وهو أقصى طول مقبول",
			Fr: "valeur de %[1]s octets, plus longue que %[2]s octets, le maximum accepté",
		},
		"data.formula_no_value": {
			En: "cell %[1]s holds a formula (=%[2]s) with no computed value: open the workbook in Excel and save it",
			Ar: "الخلية %[1]s تتضمن صيغة (=%[2]s) بلا قيمة محسوبة: افتح المصنف في Excel واحفظه",
			Fr: "la cellule %[1]s contient une formule (=%[2]s) sans valeur calculée : ouvrez le classeur dans Excel et enregistrez-le",
		},
		"data.arrests_from_breakdown": {
			En: "arrests not given: taken as the arrests_by_country total %[1]s (%[2]s)",
			Ar: "عدد الاعتقالات غير مذكور: اعتُمد مجموع الاعتقالات حسب البلد %[1]s (%[2]s)",
			Fr: "arrestations non renseignées : le total par pays %[1]s est retenu (%[2]s)",
		},
	})
}
