package i18n

import (
	"testing"

	"github.com/ctreport/ctreport/data"
)

// Every former state a load may count apart has a name in each language,
// the English one being the first name the data table reads as it.
func TestFormerStateNames(t *testing.T) {
	for _, f := range data.FormerStates() {
		for _, lang := range Languages {
			name, ok := Country(lang, f.Code)
			if !ok || name == f.Code || name == "" {
				t.Errorf("%s in %s: %q, %v", f.Code, lang, name, ok)
			}
		}
		if en, _ := Country("en", f.Code); en != f.Names[0] {
			t.Errorf("%s: English name %q, the data table's first name %q", f.Code, en, f.Names[0])
		}
	}
	if name, _ := Country("fr", "SUHH"); name != "Union soviétique" {
		t.Errorf("SUHH in French: %q", name)
	}
	if name, ok := Country("en", "ABCD"); ok || name != "ABCD" {
		t.Errorf("an unknown four-letter code: %q, %v", name, ok)
	}
	if name, _ := Country("ar", "MA"); name != "المغرب" {
		t.Errorf("MA in Arabic: %q", name)
	}
}
