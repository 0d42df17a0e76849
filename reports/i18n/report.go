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
