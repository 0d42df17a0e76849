package data

import (
	"fmt"
	"strings"
	"testing"
)

func TestSelect(t *testing.T) {
	var b strings.Builder
	b.WriteString("incident_id,date,country,partner_countries,group,event_type\n")
	countries := []string{"MA", "ES", "DZ", "FR", "NG", "EG"}
	groups := []string{"Daesh", "AQIM", "ETA", "Boko Haram"}
	events := []string{"operation", "foiled_plot", "completed_attack"}
	want := map[string]int{}
	for i := range 600 {
		c, p := countries[i%6], ""
		if i%5 == 0 {
			p = countries[(i/5)%6]
		}
		g, e := groups[i%4], events[i%3]
		fmt.Fprintf(&b, "I%d,2024-01-%02d,%s,%s,%s,%s\n", i, 1+i%28, c, p, g, e)
		if c == "MA" || p == "MA" {
			want["country MA"]++
		}
		if c == "MA" || c == "DZ" || c == "EG" {
			want["region"]++
		}
		if g == "Daesh" && e == "operation" {
			want["group+event"]++
		}
		if g == "ETA" {
			want["separatist"]++
		}
	}
	ds := load(t, writeFile(t, "w.csv", b.String()))
	for name, sel := range map[string][5][]string{
		"country MA":  {{"Morocco"}, nil, nil, nil, nil},
		"region":      {nil, {"northern africa"}, nil, nil, nil},
		"group+event": {nil, nil, {"ISIS"}, nil, {"Operation"}},
		"separatist":  {nil, nil, nil, {"separatist"}, nil},
	} {
		s, err := NewSelection(sel[0], sel[1], sel[2], sel[3], sel[4], nil)
		if err != nil {
			t.Fatal(err)
		}
		got := ds.Select(s)
		if n := got.Incidents.Nrow(); n != want[name] || n == 0 {
			t.Errorf("%s: %d incidents, want %d", name, n, want[name])
		}
		if got.Selection != s || ds.Incidents.Nrow() != 600 {
			t.Errorf("%s: selection not recorded, or the whole table changed", name)
		}
	}
	if s, _ := NewSelection(nil, []string{"Northern Africa"}, nil, nil, nil, nil); s.String() != "--region Northern Africa" {
		t.Errorf("String %q", s.String())
	}
	for _, bad := range [][5][]string{{{"Atlantis"}}, {nil, {"Middle Earth"}}, {nil, nil, nil, {"religious"}}, {nil, nil, nil, nil, {"raid"}}} {
		if _, err := NewSelection(bad[0], bad[1], bad[2], bad[3], bad[4], nil); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}
