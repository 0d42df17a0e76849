package data

import (
	"cmp"
	"math"
	"runtime"
	"slices"
)

// dated is an incident dated to the day (a day number), with the rank of
// its group and its row; byCells marks its place among the incidents that
// give the same cells dismantled (else the same arrests).
type dated struct {
	rank, day, idx int32
	byCells        bool
}

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
// keeping the order of from among equal keys, and returns to. Each core
// counts and then places a run of from: the incidents of a key from the
// first run go before those from the second, and so on.
func countingSort(from, to []dated, keys int, key func(dated) int) []dated {
	chunks := max(1, min(runtime.GOMAXPROCS(0), len(from)/(1<<16)))
	next := make([][]int, chunks)
	run := func(c int) []dated { return from[len(from)*c/chunks : len(from)*(c+1)/chunks] }
	forEachChunk(chunks, 1, func(a, b int) {
		for c := a; c < b; c++ {
			next[c] = make([]int, keys)
			for _, d := range run(c) {
				next[c][key(d)]++
			}
		}
	})
	at := 0
	for k := range keys {
		for c := range chunks {
			n := next[c][k]
			next[c][k] = at
			at += n
		}
	}
	forEachChunk(chunks, 1, func(a, b int) {
		for c := a; c < b; c++ {
			for _, d := range run(c) {
				k := key(d)
				to[next[c][k]] = d
				next[c][k]++
			}
		}
	})
	return to
}

// probableDuplicates finds pairs of incidents with different ids that
// look like one (docs/input.md, "Probable duplicates"): the same country
// and event type, both dated to the day within 3 days of each other, the
// same place where both name one and at least one place named by both
// (city, else admin1, else coordinates within 25 km), equal counts where
// both give them and at least one count given by both (arrests or cells
// dismantled), groups that do not differ, and not linked to each other. It
// returns at most MaxListedDuplicates pairs, in an order fixed by the
// input, and the number of pairs in all.
//
// As a pair shares a count both give, only incidents that give the same
// number of arrests — or the same number of cells, for pairs not both
// giving arrests — are set against each other: each incident against the
// incidents before it of its country, event type and count within 3 days
// that could pair with it (duplicatesIn), at most maxDuplicateWindow of
// them, so that the work stays linear however many incidents share a
// week. The incidents compared are copied,
// in the order searched, into a table of just what the comparison reads
// (dupRow), so that the search reads memory in order whatever the order of
// the input; the search runs on all cores, each taking a run of the
// sorted incidents.
func probableDuplicates(t *Incidents) ([]ProbableDuplicate, int) {
	all, ranks := rankedIncidents(t)
	all = sortByRankDay(all, ranks)
	rows := dupRows(t, all)
	near := nearestEarlier(all, rows)
	chunks := max(1, min(runtime.GOMAXPROCS(0), len(all)/4096))
	listed := make([][]ProbableDuplicate, chunks)
	totals := make([]int, chunks)
	forEachChunk(chunks, 1, func(from, to int) {
		for c := from; c < to; c++ {
			listed[c], totals[c] = duplicatesIn(t, all, rows, &near, len(all)*c/chunks, len(all)*(c+1)/chunks)
		}
	})
	var out []ProbableDuplicate
	total := 0
	for c := range chunks {
		out = append(out, listed[c][:min(len(listed[c]), MaxListedDuplicates-len(out))]...)
		total += totals[c]
	}
	return out, total
}

// dupKey is what a probable duplicate shares with the incident it
// repeats: country, event type and one count both give (cells dismantled
// when byCells, else arrests).
type dupKey struct {
	country, event uint32
	byCells        bool
	count          int32
}

// rankedIncidents lists the incidents searched for probable duplicates —
// dated to the day, once for the arrests and once for the cells they give
// — each with the rank of its dupKey, ranks numbered in the order the keys
// first appear in the table, and returns them in table order with the
// number of ranks. Each core ranks a run of the table with ranks of its
// own, made the table's afterwards.
func rankedIncidents(t *Incidents) ([]dated, int) {
	type run struct {
		all   []dated // ranked by the run's own ranks
		ranks keyRanks
	}
	n := t.Nrow()
	chunks := max(1, min(runtime.GOMAXPROCS(0), n/4096))
	runs := make([]run, chunks)
	forEachChunk(chunks, 1, func(a, b int) {
		for c := a; c < b; c++ {
			r := &runs[c]
			add := func(k dupKey, day int32, i int) {
				r.all = append(r.all, dated{r.ranks.rank(k), day, int32(i), k.byCells})
			}
			from, to := n*c/chunks, n*(c+1)/chunks
			size := 0
			for i := from; i < to; i++ {
				if t.day[i] != 0 && t.arrests[i] >= 0 {
					size++
				}
				if t.day[i] != 0 && t.cells[i] >= 0 {
					size++
				}
			}
			r.all = make([]dated, 0, size)
			for i := from; i < to; i++ {
				if t.day[i] == 0 || t.arrests[i] < 0 && t.cells[i] < 0 {
					continue
				}
				country, event := t.codes[kCountry][i], t.codes[kEvent][i]
				day := CivilDays(int(t.year[i]), int(t.month[i]), int(t.day[i]))
				if t.arrests[i] >= 0 {
					add(dupKey{country, event, false, int32(t.arrests[i])}, day, i)
				}
				if t.cells[i] >= 0 {
					add(dupKey{country, event, true, int32(t.cells[i])}, day, i)
				}
			}
		}
	})
	// A key new to the table gets the next rank, run by run: the order
	// of first appearance in the table.
	var ranks keyRanks
	at := make([]int, chunks+1)
	global := make([][]int32, chunks)
	for c := range runs {
		global[c] = make([]int32, len(runs[c].ranks.keys))
		for k, key := range runs[c].ranks.keys {
			global[c][k] = ranks.rank(key)
		}
		at[c+1] = at[c] + len(runs[c].all)
	}
	all := make([]dated, at[chunks])
	forEachChunk(chunks, 1, func(a, b int) {
		for c := a; c < b; c++ {
			out := all[at[c]:at[c+1]]
			for j, d := range runs[c].all {
				d.rank = global[c][d.rank]
				out[j] = d
			}
			runs[c].all = nil
		}
	})
	return all, len(ranks.keys)
}

// keyRanks numbers dupKeys in the order they first come: a table with
// linear probing of the keys packed in two words. A Go map of dupKey
// took most of the ranking's time, 0.13 s of a million-row run's CPU.
type keyRanks struct {
	slots []rankSlot // a power of two long, at most half full
	keys  []dupKey   // by rank
}

// rankSlot is a key packed by packKey (b is never 0; 0 is an empty
// slot) and its rank.
type rankSlot struct {
	a, b uint64
	rank int32
}

func packKey(k dupKey) (a, b uint64) {
	b = uint64(uint32(k.count))<<2 | 2
	if k.byCells {
		b |= 1
	}
	return uint64(k.country)<<32 | uint64(k.event), b
}

// rank returns the rank of k, giving it the next one if it is new.
func (kr *keyRanks) rank(k dupKey) int32 {
	if 2*(len(kr.keys)+1) > len(kr.slots) {
		old := kr.slots
		kr.slots = make([]rankSlot, max(64, 2*len(old)))
		for _, s := range old {
			if s.b != 0 {
				kr.place(s)
			}
		}
	}
	a, b := packKey(k)
	mask := len(kr.slots) - 1
	for i := slotOf(a, b) & mask; ; i = (i + 1) & mask {
		s := &kr.slots[i]
		if s.b == 0 {
			*s = rankSlot{a, b, int32(len(kr.keys))}
			kr.keys = append(kr.keys, k)
			return s.rank
		}
		if s.a == a && s.b == b {
			return s.rank
		}
	}
}

func (kr *keyRanks) place(s rankSlot) {
	mask := len(kr.slots) - 1
	i := slotOf(s.a, s.b) & mask
	for kr.slots[i].b != 0 {
		i = (i + 1) & mask
	}
	kr.slots[i] = s
}

// slotOf mixes a packed key's words into a slot number: multiplied by odd
// constants (Knuth's golden ratio and splitmix64's), the high half folded
// into the low so that every field moves the low bits the mask keeps.
func slotOf(a, b uint64) int {
	h := a*0x9e3779b97f4a7c15 + b*0xbf58476d1ce4e5b9
	return int(h ^ h>>32)
}

// duplicatesIn finds the pairs whose later incident is all[from:to]: up to
// MaxListedDuplicates of them, and their number. near is
// nearestEarlier(all, rows).
//
// An incident is compared only with the earlier ones it could pair with:
// one ranked by its cells that gives arrests, with those that give none
// (two that both give arrests are set against each other by arrests);
// one that names a city, with those of its city and those that name none
// (two cities named differ); one that names no city, with all. On files
// where most incidents name a city and give both counts, that spares
// most of the comparisons.
func duplicatesIn(t *Incidents, all []dated, rows []dupRow, near *earlier, from, to int) ([]ProbableDuplicate, int) {
	var listed []ProbableDuplicate
	total := 0
	compare := func(j, hi int) {
		if !rows[j].alike(&rows[hi]) {
			return
		}
		a, b := int(all[j].idx), int(all[hi].idx)
		if a > b {
			a, b = b, a
		}
		if linked(t.text.get(int(t.codes[kLinked][a])), t.ids.get(b)) || linked(t.text.get(int(t.codes[kLinked][b])), t.ids.get(a)) {
			return
		}
		total++
		if len(listed) < MaxListedDuplicates {
			listed = append(listed, ProbableDuplicate{IncidentA: t.ids.get(a), IncidentB: t.ids.get(b), Country: t.text.get(int(t.codes[kCountry][a])),
				DateA: t.dateOf(a).String(), DateB: t.dateOf(b).String(), Arrests: t.arrests[a]})
		}
	}
	// lo starts where the window of all[from] starts, wherever the run
	// before this one ended.
	lo := from
	for lo > 0 && all[lo-1].rank == all[from].rank && all[from].day-all[lo-1].day <= 3 {
		lo--
	}
	var cands []int32
	for hi := from; hi < to; hi++ {
		for all[hi].rank != all[lo].rank || all[hi].day-all[lo].day > 3 {
			lo++
		}
		switch {
		case all[hi].byCells && rows[hi].arrests >= 0:
			cands = follow(cands[:0], near.withoutArrests, nil, hi, lo)
		case rows[hi].city != 0:
			cands = follow(cands[:0], near.sameCity, near.withoutCity, hi, lo)
		default:
			for j := max(lo, hi-maxDuplicateWindow); j < hi; j++ {
				compare(j, hi)
			}
			continue
		}
		for k := len(cands) - 1; k >= 0; k-- { // in the order of all
			compare(int(cands[k]), hi)
		}
	}
	return listed, total
}

// earlier links each incident of all (sorted by sortByRankDay) to the
// nearest one before it of the same rank that gives no arrests (for
// incidents ranked by cells), that names the same city, and that names
// no city: -1 when there is none.
type earlier struct {
	withoutArrests, sameCity, withoutCity []int32
}

// nearestEarlier links the incidents of all, whose compared fields are
// rows.
func nearestEarlier(all []dated, rows []dupRow) earlier {
	e := earlier{make([]int32, len(all)), make([]int32, len(all)), make([]int32, len(all))}
	cities := uint32(0)
	for n := range rows {
		cities = max(cities, rows[n].city)
	}
	// The last incident of each city, and the rank it was seen in.
	lastOf, rankOf := make([]int32, cities+1), make([]int32, cities+1)
	for c := range rankOf {
		rankOf[c] = -1
	}
	lastWithoutArrests, lastWithoutCity := int32(-1), int32(-1)
	for n := range all {
		if n > 0 && all[n].rank != all[n-1].rank {
			lastWithoutArrests, lastWithoutCity = -1, -1
		}
		e.withoutArrests[n], e.withoutCity[n], e.sameCity[n] = lastWithoutArrests, lastWithoutCity, -1
		if all[n].byCells && rows[n].arrests < 0 {
			lastWithoutArrests = int32(n)
		}
		if c := rows[n].city; c == 0 {
			lastWithoutCity = int32(n)
		} else {
			if rankOf[c] == all[n].rank {
				e.sameCity[n] = lastOf[c]
			}
			lastOf[c], rankOf[c] = int32(n), all[n].rank
		}
	}
	return e
}

// follow appends to cands the incidents before hi, from lo on, that the
// links a and b (b may be nil) lead to from hi, nearest first: at most
// maxDuplicateWindow of them.
func follow(cands, a, b []int32, hi, lo int) []int32 {
	i, j := a[hi], int32(-1)
	if b != nil {
		j = b[hi]
	}
	for len(cands) < maxDuplicateWindow {
		switch {
		case i >= int32(lo) && i > j:
			cands, i = append(cands, i), a[i]
		case j >= int32(lo):
			cands, j = append(cands, j), b[j]
		default:
			return cands
		}
	}
	return cands
}

// maxDuplicateWindow bounds how many earlier incidents of the same
// country, event type, count and days each incident is compared with.
const maxDuplicateWindow = 512

// dupRow is what the search for probable duplicates compares of an
// incident: its counts (-1 when not given), and its group, city and admin1
// as name numbers — equal when the names are the same name (nameKey: case,
// accents, spelling variants), 0 when not given — and its coordinates
// (NaN when not given).
type dupRow struct {
	arrests, cells      int32 // at most MaxArrests and MaxCells
	group, city, admin1 uint32
	lat, lon            float64
}

// dupRows copies the compared fields of the incidents all, in that order:
// first each incident's, reading the table in order, then those into the
// order of all, one read of a row each. The names are numbered first, in
// table order; the copying runs on all cores.
func dupRows(t *Incidents, all []dated) []dupRow {
	names := nameNumbers{text: &t.text, byCode: make([]uint32, t.text.len()), byKey: map[string]uint32{}}
	searched := func(i int) bool { return t.day[i] != 0 && (t.arrests[i] >= 0 || t.cells[i] >= 0) }
	for i := range t.Nrow() {
		if searched(i) {
			names.of(t.codes[kGroup][i])
			names.of(t.codes[kCity][i])
			names.of(t.codes[kAdmin1][i])
		}
	}
	num := names.byCode
	of := make([]dupRow, t.Nrow())
	forEachChunk(len(of), 4096, func(from, to int) {
		for i := from; i < to; i++ {
			if searched(i) {
				of[i] = dupRow{arrests: int32(t.arrests[i]), cells: int32(t.cells[i]),
					group: num[t.codes[kGroup][i]], city: num[t.codes[kCity][i]], admin1: num[t.codes[kAdmin1][i]],
					lat: t.lat[i], lon: t.lon[i]}
			}
		}
	})
	rows := make([]dupRow, len(all))
	forEachChunk(len(all), 4096, func(from, to int) {
		for n := from; n < to; n++ {
			rows[n] = of[all[n].idx]
		}
	})
	return rows
}

// alike says whether incidents a and b (same country and event type,
// close in time) look like one: nothing they both give differs, and they
// both give a place and a count. Whether either names the other among its
// linked incidents is checked by the caller.
func (a *dupRow) alike(b *dupRow) bool {
	counts := 0
	if a.arrests >= 0 && b.arrests >= 0 {
		if a.arrests != b.arrests {
			return false
		}
		counts++
	}
	if a.cells >= 0 && b.cells >= 0 {
		if a.cells != b.cells {
			return false
		}
		counts++
	}
	if counts == 0 || a.group != 0 && b.group != 0 && a.group != b.group {
		return false
	}
	return a.samePlace(b) == 1
}

// samePlace says whether a and b happened at one place (1), at two (-1),
// or cannot tell (0, one of them gives none): the same city, else the
// same admin1, else coordinates within 25 km.
func (a *dupRow) samePlace(b *dupRow) int {
	if a.city != 0 && b.city != 0 {
		return sameName(a.city, b.city)
	}
	if a.admin1 != 0 && b.admin1 != 0 {
		return sameName(a.admin1, b.admin1)
	}
	if a.lat == a.lat && b.lat == b.lat && a.lon == a.lon && b.lon == b.lon {
		if kilometres(a.lat, a.lon, b.lat, b.lon) <= 25 {
			return 1
		}
		return -1
	}
	return 0
}

// sameName is 1 for two numbers of one name, -1 for two names.
func sameName(a, b uint32) int {
	if a == b {
		return 1
	}
	return -1
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

// nameNumbers numbers the table's texts as names are compared (nameKey:
// case, accents, spelling variants): texts that are the same name get the
// same number, and code 0 (no value) gets 0. Each text is folded once.
type nameNumbers struct {
	text   *textColumn
	byCode []uint32 // by text code; 0 until numbered
	byKey  map[string]uint32
}

func (n *nameNumbers) of(code uint32) uint32 {
	if code == 0 || n.byCode[code] != 0 {
		return n.byCode[code]
	}
	k := nameKey(n.text.get(int(code)))
	num, ok := n.byKey[k]
	if !ok {
		num = uint32(len(n.byKey)) + 1
		n.byKey[k] = num
	}
	n.byCode[code] = num
	return num
}
