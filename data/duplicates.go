package data

import (
	"cmp"
	"math"
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

// probableDuplicates finds pairs of incidents with different ids that
// look like one (docs/input.md, "Probable duplicates"): the same country
// and event type, both dated to the day within 3 days of each other, not
// linked to each other, not differing where both give a value — arrests,
// cells, place (city, or admin1, or coordinates more than 25 km apart),
// group — and alike in at least one of them that both give. It returns at
// most MaxListedDuplicates pairs, in an order fixed by the input (country
// and event type in the order they first appear, then by date), and the
// number of pairs in all. Each incident is set against at most the
// maxDuplicateWindow incidents before it in the same country, event type
// and days, so that the work stays linear however many incidents share a
// week.
func probableDuplicates(t *Incidents) ([]ProbableDuplicate, int) {
	type key struct{ country, event uint32 }
	names := &nameKeys{text: t.text}
	rank := map[key]int32{}
	all := make([]dated, 0, t.Nrow())
	dateOf := func(i int) date { return date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]} }
	for i := range t.ids {
		if t.day[i] == 0 {
			continue
		}
		k := key{t.codes[kCountry][i], t.codes[kEvent][i]}
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
		for j := max(lo, hi-maxDuplicateWindow); j < hi; j++ {
			a, b := int(all[j].idx), int(all[hi].idx)
			if a > b {
				a, b = b, a
			}
			if !alike(t, names, a, b) {
				continue
			}
			total++
			if len(listed) < MaxListedDuplicates {
				listed = append(listed, ProbableDuplicate{IncidentA: t.ids[a], IncidentB: t.ids[b], Country: t.text[t.codes[kCountry][a]],
					DateA: dateOf(a).String(), DateB: dateOf(b).String(), Arrests: max(t.arrests[a], 0)})
			}
		}
	}
	return listed, total
}

// maxDuplicateWindow bounds how many earlier incidents of the same
// country, event type and days each incident is compared with.
const maxDuplicateWindow = 64

// alike says whether incidents a and b (same country and event type,
// close in time) look like one: nothing they both give differs, at least
// one thing they both give agrees, and neither names the other among its
// linked incidents.
func alike(t *Incidents, names *nameKeys, a, b int) bool {
	agree := 0
	for _, c := range [...][2]int{{t.arrests[a], t.arrests[b]}, {t.cells[a], t.cells[b]}} {
		if c[0] >= 0 && c[1] >= 0 {
			if c[0] != c[1] {
				return false
			}
			agree++
		}
	}
	text := func(k, i int) string { return t.text[t.codes[k][i]] }
	if ga, gb := t.codes[kGroup][a], t.codes[kGroup][b]; ga != 0 && gb != 0 {
		if !names.same(ga, gb) {
			return false
		}
		agree++
	}
	switch place := samePlace(t, names, a, b); place {
	case 1:
		agree++
	case -1:
		return false
	}
	if agree == 0 || linked(text(kLinked, a), t.ids[b]) || linked(text(kLinked, b), t.ids[a]) {
		return false
	}
	return true
}

// samePlace says whether a and b happened at one place (1), at two (-1),
// or cannot tell (0, one of them gives none): the same city, else the
// same admin1, else coordinates within 25 km.
func samePlace(t *Incidents, names *nameKeys, a, b int) int {
	for _, k := range [...]int{kCity, kAdmin1} {
		ca, cb := t.codes[k][a], t.codes[k][b]
		if ca != 0 && cb != 0 {
			if names.same(ca, cb) {
				return 1
			}
			return -1
		}
	}
	if t.lat[a] == t.lat[a] && t.lat[b] == t.lat[b] && t.lon[a] == t.lon[a] && t.lon[b] == t.lon[b] {
		if kilometres(t.lat[a], t.lon[a], t.lat[b], t.lon[b]) <= 25 {
			return 1
		}
		return -1
	}
	return 0
}

// kilometres is the great-circle distance between two points (haversine,
// on a sphere of 6,371 km).
func kilometres(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

// linked says whether the list of linked incidents names id.
func linked(list, id string) bool {
	if list == "" {
		return false
	}
	for _, l := range splitList(list) {
		if l == id {
			return true
		}
	}
	return false
}

// nameKeys compares the table's texts by code as names are compared
// (nameKey: case, accents, spelling variants), folding each text once.
type nameKeys struct {
	text []string
	keys map[uint32]string
}

func (n *nameKeys) key(code uint32) string {
	k, ok := n.keys[code]
	if !ok {
		if n.keys == nil {
			n.keys = map[uint32]string{}
		}
		k = nameKey(n.text[code])
		n.keys[code] = k
	}
	return k
}

// same says whether two codes name the same thing.
func (n *nameKeys) same(a, b uint32) bool { return a == b || n.key(a) == n.key(b) }
