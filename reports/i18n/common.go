package i18n

// Messages shared by every output.
func init() {
	register(map[string]Message{
		"n_a": {En: "n/a", Ar: "غير متاح", Fr: "n.d."},
	})
}
