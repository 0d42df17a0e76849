package data

import "sort"

// probableDuplicates finds pairs of incidents with different ids, the same
// country and the same arrests, dated (to the day) within 3 days of each
// other. It returns at most MaxListedDuplicates pairs, in an order fixed by
// the input, and the number of pairs in all.
func probableDuplicates(t *Incidents) ([]ProbableDuplicate, int) {
	type key struct {
		country uint32
		arrests int
	}
	type dated struct{ day, idx int }
	groups := map[key][]dated{}
	var keys []key
	dateOf := func(i int) date { return date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]} }
	for i := range t.ids {
		if t.day[i] == 0 {
			continue
		}
		k := key{t.codes[kCountry][i], t.arrests[i]}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], dated{int(dateOf(i).first().Unix() / 86400), i})
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
				listed = append(listed, ProbableDuplicate{IncidentA: t.ids[a], IncidentB: t.ids[b], Country: t.text[k.country],
					DateA: dateOf(a).String(), DateB: dateOf(b).String(), Arrests: t.arrests[a]})
			}
		}
	}
	return listed, total
}
