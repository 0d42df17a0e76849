package reports

import (
	"encoding/json"
	"testing"
)

// Settings are written as their fields, then the extra settings in the
// order they were recorded; without extras, as the plain struct.
func TestSettingsJSON(t *testing.T) {
	s := Settings{Period: "2024", Lang: "ar", Rule: "min", MaxRejected: 0.05, Delimiter: ";"}
	type plain Settings
	want, _ := json.Marshal(plain(s))
	got, err := json.Marshal(s)
	if err != nil || string(got) != string(want) {
		t.Errorf("without extras: %s (%v), want %s", got, err, want)
	}
	s.Record("zeta", []string{"a<b"})
	s.Record("alpha", 2.5)
	got, err = json.MarshalIndent(struct {
		Settings Settings `json:"settings"`
	}{s}, "", " ")
	wantIndented := `{
 "settings": {
  "period": "2024",
  "lang": "ar",
  "rule": "min",
  "max_rejected": 0.05,
  "inputs": null,
  "source_priority": null,
  "delimiter": ";",
  "zeta": [
   "a\u003cb"
  ],
  "alpha": 2.5
 }
}`
	if err != nil || string(got) != wantIndented {
		t.Errorf("with extras:\n%s (%v)\nwant\n%s", got, err, wantIndented)
	}
}
