package data

import "sort"

// probableDuplicates finds pairs of incidents with different ids, the same
// country and the same arrests, dated (to the day) within 3 days of each
// other. It returns at most MaxListedDuplicates pairs, in an order fixed by
// the input, and the number of pairs in all.
func probableDuplicates(ids, countries []string, dates []date, arrests []int) ([]ProbableDuplicate, int) {
	type key struct {
		country string
		arrests int
	}
	type dated struct{ day, idx int }
	groups := map[key][]dated{}
	var keys []key
	for i, d := range dates {
		if d.precision() != PrecisionDay {
			continue
		}
		k := key{countries[i], arrests[i]}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], dated{int(d.first().Unix() / 86400), i})
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
				a, b := g[j].idx, g[hi].idx
				if a > b {
					a, b = b, a
				}
				listed = append(listed, ProbableDuplicate{IncidentA: ids[a], IncidentB: ids[b], Country: countries[a],
					DateA: dates[a].String(), DateB: dates[b].String(), Arrests: arrests[a]})
			}
		}
	}
	return listed, total
}
