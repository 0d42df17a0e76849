package data

import (
	"slices"
)

// probableDuplicates finds pairs of incidents with different ids, the same
// country and the same arrests, dated (to the day) within 3 days of each
// other. It returns at most MaxListedDuplicates pairs, in an order fixed by
// the input (country and arrests in the order they first appear, then by
// date), and the number of pairs in all.
func probableDuplicates(t *Incidents) ([]ProbableDuplicate, int) {
	type key struct {
		country uint32
		arrests int
	}
	// dated is an incident dated to the day, in its group's rank.
	type dated struct{ rank, day, idx int32 }
	rank := map[key]int32{}
	all := make([]dated, 0, t.Nrow())
	dateOf := func(i int) date { return date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]} }
	for i := range t.ids {
		if t.day[i] == 0 {
			continue
		}
		k := key{t.codes[kCountry][i], t.arrests[i]}
		r, ok := rank[k]
		if !ok {
			r = int32(len(rank))
			rank[k] = r
		}
		all = append(all, dated{r, CivilDays(int(t.year[i]), int(t.month[i]), int(t.day[i])), int32(i)})
	}
	// Grouped by rank (a counting sort, which keeps input order), then
	// each group sorted by day, ties in input order.
	starts := make([]int, len(rank)+1)
	for _, d := range all {
		starts[d.rank+1]++
	}
	for r := 1; r < len(starts); r++ {
		starts[r] += starts[r-1]
	}
	grouped := make([]dated, len(all))
	next := append([]int(nil), starts[:len(rank)]...)
	for _, d := range all {
		grouped[next[d.rank]] = d
		next[d.rank]++
	}
	all = grouped
	for r := range len(rank) {
		slices.SortStableFunc(all[starts[r]:starts[r+1]], func(a, b dated) int { return int(a.day - b.day) })
	}
	var listed []ProbableDuplicate
	total := 0
	lo := 0
	for hi := range all {
		for all[hi].rank != all[lo].rank || all[hi].day-all[lo].day > 3 {
			lo++
		}
		total += hi - lo
		for j := lo; j < hi && len(listed) < MaxListedDuplicates; j++ {
			a, b := int(all[j].idx), int(all[hi].idx)
			if a > b {
				a, b = b, a
			}
			listed = append(listed, ProbableDuplicate{IncidentA: t.ids[a], IncidentB: t.ids[b], Country: t.text[t.codes[kCountry][a]],
				DateA: dateOf(a).String(), DateB: dateOf(b).String(), Arrests: t.arrests[a]})
		}
	}
	return listed, total
}
