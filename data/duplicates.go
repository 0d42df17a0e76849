package data

import (
	"cmp"
	"slices"
)

// dated is an incident dated to the day (a day number), with the rank of
// its group (country and arrests) and its row.
type dated struct{ rank, day, idx int32 }

// sortByRankDay sorts incidents by rank, then day, then input order (the
// order of all): counting sorts by day, then by rank, each keeping the
// order it is given (a least-significant-digit radix sort). When the days
// span far more than there are incidents, a comparison sort does it.
func sortByRankDay(all []dated, ranks int) []dated {
	if len(all) == 0 {
		return all
	}
	lo, hi := all[0].day, all[0].day
	for _, d := range all {
		lo, hi = min(lo, d.day), max(hi, d.day)
	}
	if int(hi-lo) > 4*len(all)+1<<16 {
		slices.SortFunc(all, func(a, b dated) int {
			return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.day, b.day), cmp.Compare(a.idx, b.idx))
		})
		return all
	}
	byDay := countingSort(all, make([]dated, len(all)), int(hi-lo)+1, func(d dated) int { return int(d.day - lo) })
	return countingSort(byDay, all, ranks, func(d dated) int { return int(d.rank) })
}

// countingSort writes from into to ordered by key (0 ≤ key < keys),
// keeping the order of from among equal keys, and returns to.
func countingSort(from, to []dated, keys int, key func(dated) int) []dated {
	next := make([]int, keys+1)
	for _, d := range from {
		next[key(d)+1]++
	}
	for k := 1; k <= keys; k++ {
		next[k] += next[k-1]
	}
	for _, d := range from {
		k := key(d)
		to[next[k]] = d
		next[k]++
	}
	return to
}

// probableDuplicates finds pairs of incidents with different ids, the same
// country and the same arrests (given: two incidents whose arrests nobody
// gives are not alike for that), dated (to the day) within 3 days of each
// other. It returns at most MaxListedDuplicates pairs, in an order fixed by
// the input (country and arrests in the order they first appear, then by
// date), and the number of pairs in all.
func probableDuplicates(t *Incidents) ([]ProbableDuplicate, int) {
	type key struct {
		country uint32
		arrests int
	}
	rank := map[key]int32{}
	all := make([]dated, 0, t.Nrow())
	dateOf := func(i int) date { return date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]} }
	for i := range t.ids {
		if t.day[i] == 0 || t.arrests[i] < 0 {
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
	all = sortByRankDay(all, len(rank))
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
