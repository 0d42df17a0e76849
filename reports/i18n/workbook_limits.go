package i18n

// Messages of the workbook about what Excel cannot hold: text past the
// 32,767 characters of a cell. Appended keys only; see workbook.go.
func init() {
	register(map[string]Message{
		// Ends a text cut to fit a cell.
		"wb.cut.marker": {En: " […cut]", Ar: " […مقتطع]", Fr: " […coupé]"},
		// Quality sheet, first line: the number of cells cut; the marker.
		"wb.cut.warning": {
			En: "Cells whose text is longer than the 32,767 characters an Excel cell can hold: %[1]s. Their text is cut and ends with “%[2]s”; the whole text is in figures.json and rejected.csv where they carry it.",
			Ar: "عدد الخلايا التي يتجاوز نصها 32767 حرفا، وهو أقصى ما تتسع له خلية Excel: %[1]s. قُطع نصها وينتهي بـ «%[2]s»؛ النص كاملا في figures.json وrejected.csv حيث يرد فيهما.",
			Fr: "Cellules dont le texte dépasse les 32 767 caractères qu’une cellule Excel peut contenir : %[1]s. Leur texte est coupé et finit par « %[2]s » ; le texte entier figure dans figures.json et rejected.csv lorsqu’ils le reprennent.",
		},
	})
}
