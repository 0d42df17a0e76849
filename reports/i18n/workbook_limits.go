package i18n

// Messages of the workbook about what Excel cannot hold: text past the
// 32,767 characters of a cell. Appended keys only; see workbook.go.
func init() {
	register(map[string]Message{
		// Ends a text cut to fit a cell.
		"wb.cut.marker": {En: " […cut]", Ar: " […مقتطع]", Fr: " […coupé]"},
		// Quality sheet, first line: the number of cells cut; the marker.
		"wb.cut.warning": {
			En: "%[1]s cells hold text longer than the 32,767 characters an Excel cell can hold: they are cut and end with “%[2]s”. The whole text is in figures.json and rejected.csv where they carry it.",
			Ar: "عدد الخلايا التي يتجاوز نصها 32767 حرفا، وهو أقصى ما تتسع له خلية Excel: %[1]s؛ قُطع نصها وينتهي بـ «%[2]s». النص كاملا في figures.json وrejected.csv حيث يرد فيهما.",
			Fr: "%[1]s cellules contiennent un texte de plus de 32 767 caractères, le maximum d’une cellule Excel : il est coupé et finit par « %[2]s ». Le texte entier figure dans figures.json et rejected.csv lorsqu’ils le reprennent.",
		},
	})
}
