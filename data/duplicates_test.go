package data

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// Both ways sortByRankDay sorts — counting sorts for days close together,
// a comparison sort for days far apart — order by rank, then day, then
// input order, as a stable sort does; and so does the counting sort on
// all cores (300,000 incidents).
func TestSortByRankDay(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, c := range []struct {
		n    int
		span int32
	}{{3000, 10}, {3000, 5000}, {3000, 2_000_000}, {300_000, 5000}} {
		n, span := c.n, c.span
		var all []dated
		for i := range n {
			all = append(all, dated{rank: int32(r.IntN(7)), day: 700_000 + int32(r.IntN(int(span))), idx: int32(i)})
		}
		want := slices.Clone(all)
		slices.SortStableFunc(want, func(a, b dated) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.day, b.day)) })
		if got := sortByRankDay(all, 7); !slices.Equal(got, want) {
			t.Errorf("%d incidents, days over %d: sorted otherwise than a stable sort by rank and day", n, span)
		}
	}
}

// On data like the Global Terrorism Database's — many attacks a week in
// one country, in different cities, by different groups, few arrest
// counts —
// probable duplicates are a small fraction, and a planted duplicate (the
// same attack under two ids, same city, group and arrests, a day apart) is
// found.
// Incidents linked to each other are not duplicates.
func TestProbableDuplicatesMeanSomething(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var cities []string // as many places as a country's attacks are spread over
	for i := range 200 {
		cities = append(cities, fmt.Sprintf("Town %d", i))
	}
	groups := []string{"ISIS", "Al-Qaida in Iraq", "", "Ansar al-Islam"}
	captured := []string{"", "", "0", "1"} // GTD's nperpcap: mostly unknown, else few
	content := "incident_id,date,country,event_type,city,group,linked_incident_ids,arrests\n"
	n := 0
	for day := 1; day <= 28; day++ {
		for k := 0; k < 12; k++ {
			n++
			content += fmt.Sprintf("G%d,2015-03-%02d,IQ,completed_attack,%s,%s,,%s\n", n, day, cities[r.IntN(len(cities))], groups[r.IntN(len(groups))], captured[r.IntN(len(captured))])
		}
	}
	content += "P1,2015-04-10,IQ,completed_attack,Hit,ISIS,,3\nP2,2015-04-11,IQ,completed_attack,Hit,ISIS,,3\n"
	content += "L1,2015-05-10,IQ,completed_attack,Haditha,ISIS,L2,3\nL2,2015-05-10,IQ,completed_attack,Haditha,ISIS,,3\n"
	ds := load(t, writeFile(t, "gtd-like.csv", content))
	// Country and a 3-day window alone pair each incident with ~36 others
	// here (about 12,000 pairs); what is left must be a small fraction.
	if share := float64(ds.DuplicatePairs) / float64(ds.Incidents.Nrow()); share > 0.2 {
		t.Errorf("%d probable duplicate pairs among %d incidents: not a small fraction", ds.DuplicatePairs, ds.Incidents.Nrow())
	}
	var planted, linkedPair bool
	for _, d := range ds.Duplicates {
		planted = planted || d.IncidentA == "P1" && d.IncidentB == "P2"
		linkedPair = linkedPair || d.IncidentA == "L1" && d.IncidentB == "L2"
	}
	if !planted {
		t.Errorf("the planted duplicate P1/P2 is not found among %d pairs", len(ds.Duplicates))
	}
	if linkedPair {
		t.Errorf("L1 and L2, linked to each other, are listed as duplicates")
	}
}

// A pair sharing only the cells dismantled is found by cells; a pair
// sharing both counts is counted once; a pair whose arrests differ is no
// pair, whatever its cells.
func TestProbableDuplicatesByCells(t *testing.T) {
	ds := load(t, writeFile(t, "c.csv", "incident_id,date,country,cells_dismantled,arrests,city\n"+
		"A,2022-10-01,MA,1,,Nador\n"+
		"B,2022-10-02,MA,1,4,Nador\n"+ // A–B by cells (A gives no arrests)
		"C,2022-10-03,MA,1,4,Nador\n"+ // B–C by both counts, once; A–C by cells
		"D,2022-10-03,MA,1,5,Nador\n")) // D–A by cells; D–B, D–C: arrests differ
	got := map[string]bool{}
	for _, d := range ds.Duplicates {
		got[d.IncidentA+"–"+d.IncidentB] = true
		if d.IncidentA == "A" && d.Arrests != -1 {
			t.Errorf("pair %s–%s: arrests %d, want -1 (A gives none)", d.IncidentA, d.IncidentB, d.Arrests)
		}
	}
	want := []string{"A–B", "B–C", "A–C", "A–D"}
	for _, p := range want {
		if !got[p] {
			t.Errorf("pair %s not found in %v", p, ds.Duplicates)
		}
	}
	if ds.DuplicatePairs != len(want) || len(ds.Duplicates) != len(want) {
		t.Errorf("%d pairs (%d listed), want %d: %v", ds.DuplicatePairs, len(ds.Duplicates), len(want), ds.Duplicates)
	}
}
