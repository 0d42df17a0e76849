package synth

// realRows are the real incidents coded from the press article that
// docs/sample.md summarises, as it and the example of docs/input.md give
// them, in Header order. They open the sample; their source_name does not say
// "synthetic". Values no source gives (coordinates, URLs, source dates)
// are left empty.
//
//   - MA-2022-10-04-NADOR: the joint Moroccan–Spanish operation of 4 Oct
//     2022, three sources that say 12 (with a breakdown of 11), 11 and 13
//     arrested; reconciled: 1 cell, 11 arrests (MA:2;ES:9).
//   - MA-2019-12-NADOR: the Dec 2019 joint operation (Madrid suburbs and
//     Nador) it is tied to; month precision, arrests not given.
//
// The Melilla report leaves admin1 empty: Melilla is in no Moroccan region.
//   - MA-2021-12-FOILED: the plot foiled with US intelligence, announced
//     18 Dec 2021; one man arrested.
var realRows = [][]string{
	{"MA-2022-10-04-NADOR", "2022-10-04", "MA", "operation", "1", "12", "MA:2;ES:9", "ES", "joint_operation",
		"داعش", "", "Oriental", "Nador", "", "", "BCIJ", "MA-2019-12-NADOR",
		"phones;sim_cards;computer;digital_media", "press article (seed)", "", "", ""},
	{"MA-2022-10-04-NADOR", "2022-10-04", "MA", "operation", "1", "11", "MA:2;ES:9", "ES", "joint_operation",
		"ISIS", "", "Oriental", "Nador", "", "", "BCIJ", "MA-2019-12-NADOR",
		"phones;sim_cards;computer;digital_media", "DGSN communiqué", "", "", ""},
	{"MA-2022-10-04-NADOR", "2022-10-04", "MA", "operation", "1", "13", "MA:2;ES:11", "ES", "joint_operation",
		"Estado Islámico", "", "", "Melilla", "", "", "CGI", "",
		"", "Spanish interior ministry", "", "", ""},
	{"MA-2019-12-NADOR", "2019-12", "MA", "operation", "1", "", "", "ES", "joint_operation",
		"ISIS", "", "Oriental", "Nador", "", "", "DGST", "",
		"", "press article (seed)", "", "", ""},
	{"MA-2021-12-FOILED", "2021-12-18", "MA", "foiled_plot", "0", "1", "", "US", "intelligence_sharing",
		"ISIS", "", "", "", "", "", "BCIJ", "",
		"", "press article (seed)", "", "", "إحباط هجوم جهادي داخل المملكة خطّط لتنفيذه شخص بايع تنظيم الدولة الإسلامية"},
}
