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
	})
	register(map[string]Message{
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
	})
}
