package data

import "sort"

// probableDuplicates finds pairs of incidents with different ids, the same
// country and the same arrests, dated (to the day) within 3 days of each
// other. It returns at most MaxListedDuplicates pairs, in an order fixed by
// the input, and the number of pairs in all.
func probableDuplicates(ms []merged) ([]ProbableDuplicate, int) {
	type key struct {
		country string
		arrests int
	}
	type dated struct{ day, idx int }
	groups := map[key][]dated{}
	var keys []key
	for i, m := range ms {
		if m.date.precision() != PrecisionDay {
			continue
		}
		k := key{m.country, m.arrests}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], dated{int(m.date.first().Unix() / 86400), i})
	}
	var listed []ProbableDuplicate
	total := 0
	for _, k := range keys {
		g := groups[k]
		sort.Slice(g, func(a, b int) bool {
			if g[a].day != g[b].day {
				return g[a].day < g[b].day
			}
			return g[a].idx < g[b].idx
		})
		lo := 0
		for hi := range g {
			for g[hi].day-g[lo].day > 3 {
				lo++
			}
			total += hi - lo
			for j := lo; j < hi && len(listed) < MaxListedDuplicates; j++ {
				a, b := ms[g[j].idx], ms[g[hi].idx]
				if g[j].idx > g[hi].idx {
					a, b = b, a
				}
				listed = append(listed, ProbableDuplicate{IncidentA: a.id, IncidentB: b.id, Country: a.country,
					DateA: a.date.String(), DateB: b.date.String(), Arrests: a.arrests})
			}
		}
	}
	return listed, total
}
