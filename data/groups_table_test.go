package data

import (
	"encoding/csv"
	"os"
	"testing"
)

// The embedded table covers GTD's and ACLED's most frequent perpetrator
// spellings, and no alias of it names two groups.
func TestGroupTableCoversGTDAndACLED(t *testing.T) {
	f, err := os.Open("groups.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, r := range rows[1:] {
		k := nameKey(r[0])
		if g, dup := seen[k]; dup && g != r[1] {
			t.Errorf("alias %q names %s and %s", r[0], g, r[1])
		}
		seen[k] = r[1]
	}
	if n := len(rows) - 1; n < 200 {
		t.Errorf("%d aliases", n)
	}
	g := DefaultGroups()
	for name, want := range map[string][2]string{
		"Islamic State of Iraq and the Levant (ISIL)": {"ISIS", "jihadist"},
		"Taliban":                        {"Taliban", "jihadist"},
		"Al-Shabaab":                     {"Al-Shabaab", "jihadist"},
		"Boko Haram":                     {"Boko Haram", "jihadist"},
		"New People's Army (NPA)":        {"NPA", "left_wing"},
		"Maoists":                        {"Maoists", "left_wing"},
		"Shining Path (SL)":              {"Shining Path", "left_wing"},
		"Kurdistan Workers' Party (PKK)": {"PKK", "separatist"},
		"JNIM: Group for Support of Islam and Muslims": {"JNIM", "jihadist"},
		"Islamic State (Morocco)":                      {"ISIS", "jihadist"},
		"Houthi extremists (Ansar Allah)":              {"Houthis", "other"},
	} {
		if n, a, ok := g.Lookup(name); !ok || n != want[0] || a != want[1] {
			t.Errorf("%s = %s, %s (%v), want %v", name, n, a, ok, want)
		}
	}
}
