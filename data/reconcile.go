package data

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Rules for the counts of an incident reported by several sources.
const (
	// RuleMin takes the lowest figure (ACLED's rule for fatalities).
	RuleMin = "min"
	// RuleMax takes the highest figure.
	RuleMax = "max"
	// RulePriority takes the figure of the first report in source-priority
	// order that gives one.
	RulePriority = "priority"
)

// reconciler merges the reports of one incident.
type reconciler struct {
	rule     string
	priority map[string]int // folded source name → rank
	label    func(*report) string
	dict     *dict
	// notes are the first MaxListedNotes notes; noteCount counts all of
	// them, noted the incidents they are about.
	notes            []ReconciliationNote
	noteCount, noted int
	made             newText
}

// newText collects the values a merge worker makes (lists joined from
// several reports, arrests by country) that the dict does not hold yet.
// Their codes carry localCode until they join the dict (join).
type newText struct {
	d      *dict
	idx    map[string]uint32
	values []string
}

const localCode = 1 << 31

// code returns the code of s: the dict's (which no worker changes while
// merging) or one of its own.
func (n *newText) code(s string) uint32 {
	if c, ok := n.d.codes[s]; ok {
		return c
	}
	if c, ok := n.idx[s]; ok {
		return c
	}
	if n.idx == nil {
		n.idx = map[string]uint32{}
	}
	c := localCode | uint32(len(n.values))
	n.values = append(n.values, s)
	n.idx[s] = c
	return c
}

// add gives s a code of its own, without looking it up.
func (n *newText) add(s string) uint32 {
	n.values = append(n.values, s)
	return localCode | uint32(len(n.values)-1)
}

// join adds the values made to the dict, and rewrites their codes in
// rows [from, to) of t.
func (n *newText) join(t *Incidents, from, to int) {
	if len(n.values) == 0 {
		return
	}
	base := uint32(len(n.d.values))
	n.d.values = append(n.d.values, n.values...)
	fix := func(col []uint32) {
		for i := from; i < to; i++ {
			if col[i]&localCode != 0 {
				col[i] = base + col[i]&^localCode
			}
		}
	}
	for k := range t.codes {
		fix(t.codes[k])
	}
	for j := range t.extra {
		fix(t.extra[j])
	}
}

// order sorts reports by source priority (unlisted sources after listed
// ones), keeping input order among equals.
func (rc *reconciler) order(reports []*report) []*report {
	if len(rc.priority) == 0 || len(reports) < 2 {
		return reports
	}
	rank := func(r *report) int {
		if k, ok := rc.priority[nameKey(rc.dict.str(r.codes[kSourceName]))]; ok {
			return k
		}
		return len(rc.priority)
	}
	sort.SliceStable(reports, func(a, b int) bool { return rank(reports[a]) < rank(reports[b]) })
	return reports
}

// optCount returns a count of a report, and whether it gives one.
func optCount(v int64) (int, bool) { return int(v), v >= 0 }

// single finishes row i of t, an incident reported once: the table
// holds its report as read (a count it does not give stays -1).
func (rc *reconciler) single(t *Incidents, i int, extra uint32) {
	if len(t.extra) > 0 && extra != 0 {
		for j, v := range splitExtra(rc.dict.str(extra), len(t.extra)) {
			t.extra[j][i] = rc.made.code(v)
		}
	}
	rc.defaults(t, i)
}

// defaults fills what no report gave: event type operation, cooperation
// joint_operation with partners and none without, affiliation unknown.
func (rc *reconciler) defaults(t *Incidents, i int) {
	if t.codes[kEvent][i] == 0 {
		t.codes[kEvent][i] = rc.made.code(EventOperation)
	}
	if t.codes[kCooperation][i] == 0 {
		coop := "none"
		if t.codes[kPartners][i] != 0 {
			coop = "joint_operation"
		}
		t.codes[kCooperation][i] = rc.made.code(coop)
	}
	if t.codes[kAffiliation][i] == 0 {
		t.codes[kAffiliation][i] = rc.made.code("unknown")
	}
}

// mergeSeveral reconciles the reports of an incident reported more than
// once into row i of t, noting each field they disagree on.
func (rc *reconciler) mergeSeveral(t *Incidents, i int, reports []*report) {
	before := rc.noteCount
	defer func() {
		if rc.noteCount > before {
			rc.noted++
		}
	}()
	reports = rc.order(reports)
	id := t.ids.get(i)
	t.sources[i] = int32(len(reports))
	// The row holds the first report as read: what is taken from the
	// first report that gives it starts over.
	t.codes[kSourceURL][i], t.sourceDate[i] = 0, date{}
	d := rc.dict
	// code picks a text value; equal codes are equal values.
	code := func(k int, field string, get func(*report) uint32) {
		used, disagree := first(reports, get, 0)
		if disagree {
			rc.note(id, field, d.str(used), reports, func(r *report) string { return d.str(get(r)) })
		}
		t.codes[k][i] = used
	}
	dt, disagree := first(reports, func(r *report) date { return r.date }, date{})
	if disagree {
		rc.note(id, "date", dt.String(), reports, func(r *report) string { return r.date.String() })
	}
	code(kCountry, "country", func(r *report) uint32 { return r.codes[kCountry] })
	code(kEvent, "event_type", func(r *report) uint32 { return r.codes[kEvent] })
	t.cells[i] = rc.given(rc.count(id, "cells_dismantled", "", reports, func(r *report) (int, bool) { return optCount(r.cells) }))
	t.arrests[i] = rc.given(rc.count(id, "arrests", "", reports, func(r *report) (int, bool) { return optCount(r.arrests) }))
	t.codes[kByCountry][i] = rc.byCountry(id, reports)
	code(kCooperation, "cooperation_type", func(r *report) uint32 { return r.codes[kCooperation] })
	code(kGroup, "group", func(r *report) uint32 { return r.codes[kGroup] })
	code(kAffiliation, "affiliation", func(r *report) uint32 { return r.codes[kAffiliation] })
	code(kAdmin1, "admin1", func(r *report) uint32 { return r.codes[kAdmin1] })
	code(kCity, "city", func(r *report) uint32 { return r.codes[kCity] })
	t.lat[i] = rc.coordinate(id, "latitude", reports, func(r *report) float64 { return r.lat })
	t.lon[i] = rc.coordinate(id, "longitude", reports, func(r *report) float64 { return r.lon })
	code(kLeadAgency, "lead_agency", func(r *report) uint32 { return r.codes[kLeadAgency] })
	for _, r := range reports {
		if t.codes[kSourceURL][i] == 0 {
			t.codes[kSourceURL][i] = r.codes[kSourceURL]
		}
		if t.sourceDate[i].year == 0 {
			t.sourceDate[i] = r.sourceDate
		}
	}
	// The partners of all reports, less the lead country chosen above.
	t.codes[kPartners][i] = rc.unionCode(reports, kPartners, true, ";", d.str(t.codes[kCountry][i]))
	t.codes[kLinked][i] = rc.unionCode(reports, kLinked, true, ";", "")
	t.codes[kSeized][i] = rc.unionCode(reports, kSeized, true, ";", "")
	t.codes[kSourceName][i] = rc.unionCode(reports, kSourceName, false, "; ", "")
	t.codes[kNotes][i] = rc.unionCode(reports, kNotes, false, " | ", "")
	if len(t.extra) > 0 {
		for _, r := range reports {
			for j, v := range splitExtra(d.str(r.extra), len(t.extra)) {
				if t.extra[j][i] == 0 && v != "" {
					t.extra[j][i] = rc.made.code(v)
				}
			}
		}
	}
	t.year[i], t.month[i], t.day[i] = int16(dt.year), dt.month, dt.dayOfMonth
	rc.defaults(t, i)
}

// first returns the first value the reports give (none is no value),
// and whether the reports that give one disagree.
func first[T comparable](reports []*report, get func(*report) T, none T) (used T, disagree bool) {
	used = none
	for _, r := range reports {
		switch v := get(r); {
		case v == none:
		case used == none:
			used = v
		case v != used:
			disagree = true
		}
	}
	return used, disagree
}

// coordinate picks a latitude or longitude: the first given, noting a
// disagreement when the reports that give one do not all write the same
// (0 and -0 differ).
func (rc *reconciler) coordinate(id, field string, reports []*report, get func(*report) float64) float64 {
	none := math.Float64bits(math.NaN())
	bits := func(r *report) uint64 {
		if v := get(r); !math.IsNaN(v) {
			return math.Float64bits(v)
		}
		return none
	}
	used, disagree := first(reports, bits, none)
	if disagree {
		rc.note(id, field, formatCoordinate(math.Float64frombits(used)), reports, func(r *report) string { return formatCoordinate(get(r)) })
	}
	return math.Float64frombits(used)
}

// byCountry merges arrests_by_country: each country the reports name, in
// the order they first name it, with its count by the rule among the
// reports that name it.
func (rc *reconciler) byCountry(id string, reports []*report) uint32 {
	// Reports that give the same value or none agree on every entry.
	if same, disagree := first(reports, func(r *report) uint32 { return r.codes[kByCountry] }, 0); !disagree {
		return same
	}
	d := rc.dict
	// Each report's breakdown, parsed once per distinct value; a country
	// is a code of the country table, so there are at most a few hundred.
	var parsed map[uint32][]countryCount
	if len(reports) > 16 {
		parsed = map[uint32][]countryCount{}
	}
	byCountry := make([][]countryCount, len(reports))
	var countries []string
	for j, r := range reports {
		c := r.codes[kByCountry]
		entries, ok := parsed[c]
		if !ok {
			entries = parseByCountry(d.str(c))
			if parsed != nil {
				parsed[c] = entries
			}
			for _, cc := range entries {
				if !contains(countries, cc.country) {
					countries = append(countries, cc.country)
				}
			}
		}
		byCountry[j] = entries
	}
	// Where a report is among the reports: looked for while they are few,
	// by a map once they are many.
	index := func(r *report) int { return slices.Index(reports, r) }
	if len(reports) > 16 {
		at := make(map[*report]int, len(reports))
		for j, r := range reports {
			at[r] = j
		}
		index = func(r *report) int { return at[r] }
	}
	var entries []countryCount
	for _, c := range countries {
		n, _ := rc.count(id, "arrests_by_country", c, reports, func(r *report) (int, bool) {
			for _, cc := range byCountry[index(r)] {
				if cc.country == c {
					return cc.n, true
				}
			}
			return 0, false
		})
		entries = append(entries, countryCount{c, n})
	}
	return rc.made.code(formatByCountry(entries))
}

// unionCode is the code of text column k of the reports joined with sep:
// each item once (a list's items, split at ';' or '|', or else each whole
// value), in the order they first appear, less drop.
func (rc *reconciler) unionCode(reports []*report, k int, list bool, sep, drop string) uint32 {
	d := rc.dict
	// Reports that give the same value or none give that value, when it
	// is already a list as union would write it.
	same, disagree := first(reports, func(r *report) uint32 { return r.codes[k] }, 0)
	if disagree {
		// Codes that differ may still be one text, kept by two parsers.
		text := d.str(same)
		disagree = slices.ContainsFunc(reports, func(r *report) bool { return r.codes[k] != 0 && d.str(r.codes[k]) != text })
	}
	if same == 0 || !disagree && (!list || plainList(d.str(same), drop)) {
		return same
	}
	// A few short values are united by looking through the items; many,
	// or long ones, through a set (unionSet), so that the reports of an
	// incident are united in time linear in them.
	few := len(reports) <= 16
	for i := 0; few && i < len(reports); i++ {
		few = len(d.str(reports[i].codes[k])) <= 64
	}
	var items []string
	if few {
		for _, r := range reports {
			if v := d.str(r.codes[k]); list {
				items = union(items, splitList(v))
			} else {
				items = union(items, []string{v})
			}
		}
	} else {
		var u unionSet
		for _, r := range reports {
			if v := d.str(r.codes[k]); list {
				u.add(splitList(v)...)
			} else {
				u.add(v)
			}
		}
		items = u.items
	}
	joined := strings.Join(remove(items, drop), sep)
	if k == kNotes {
		return rc.made.add(joined) // free text, mostly one an incident
	}
	return rc.made.code(joined)
}

// plainList says s is a list as union writes it with ';': items trimmed,
// none empty, none twice, none drop.
func plainList(s, drop string) bool {
	if strings.ContainsRune(s, '|') {
		return false
	}
	if strings.Count(s, ";") > 16 {
		// Many items: a set, not a look through those before each.
		items := strings.Split(s, ";")
		seen := make(map[string]struct{}, len(items))
		for _, item := range items {
			if item == "" || item == drop || strings.TrimSpace(item) != item {
				return false
			}
			if _, dup := seen[item]; dup {
				return false
			}
			seen[item] = struct{}{}
		}
		return true
	}
	for done := 0; done < len(s); {
		item, _, _ := strings.Cut(s[done:], ";")
		if item == "" || item == drop || strings.TrimSpace(item) != item {
			return false
		}
		for before := s[:done]; before != ""; {
			var prev string
			prev, before, _ = strings.Cut(before, ";")
			if prev == item {
				return false
			}
		}
		done += len(item) + 1
	}
	return !strings.HasSuffix(s, ";")
}

// given is a merged count as the table keeps it: -1 when no report gives
// one.
func (rc *reconciler) given(n int, seen bool) int {
	if !seen {
		return -1
	}
	return n
}

// count applies the rule to a count; reports that leave it empty take no
// part, and seen is false when no report gives it. The note names field,
// and item when given ("arrests_by_country MA").
func (rc *reconciler) count(id, field, item string, reports []*report, get func(*report) (int, bool)) (int, bool) {
	best, seen, disagree := 0, false, false
	for _, r := range reports {
		v, ok := get(r)
		if !ok {
			continue
		}
		switch {
		case !seen:
			best, seen = v, true
			continue
		case v != best:
			disagree = true
		}
		if rc.rule == RuleMin && v < best || rc.rule == RuleMax && v > best {
			best = v
		}
	}
	if disagree {
		if item != "" {
			field += " " + item
		}
		rc.note(id, field, strconv.Itoa(best), reports, func(r *report) string {
			if v, ok := get(r); ok {
				return strconv.Itoa(v)
			}
			return ""
		})
	}
	return best, seen
}

func (rc *reconciler) note(id, field, used string, reports []*report, get func(*report) string) {
	rc.noteCount++
	if len(rc.notes) >= MaxListedNotes {
		return
	}
	n := ReconciliationNote{IncidentID: id, Field: field, Used: used}
	for _, r := range reports {
		if v := get(r); v != "" {
			n.Values = append(n.Values, SourceValue{Source: rc.label(r), Value: v})
		}
	}
	rc.notes = append(rc.notes, n)
}

func union(list, more []string) []string {
	for _, s := range more {
		if s != "" && !contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// unionSet gathers items, each once, in the order they first come: by
// looking through them while they are few, by a set once they are many,
// so that the reports of an incident are united in time linear in them.
type unionSet struct {
	items []string
	seen  map[string]struct{}
}

func (u *unionSet) add(more ...string) {
	for _, s := range more {
		if s == "" {
			continue
		}
		if u.seen == nil {
			if contains(u.items, s) {
				continue
			}
			u.items = append(u.items, s)
			if len(u.items) > 16 {
				u.seen = make(map[string]struct{}, 2*len(u.items))
				for _, x := range u.items {
					u.seen[x] = struct{}{}
				}
			}
			continue
		}
		if _, ok := u.seen[s]; !ok {
			u.seen[s] = struct{}{}
			u.items = append(u.items, s)
		}
	}
}

func formatCoordinate(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// String shows a note as the Quality sheet does.
func (n ReconciliationNote) String() string {
	parts := make([]string, len(n.Values))
	for i, v := range n.Values {
		parts[i] = fmt.Sprintf("%s: %s", v.Source, v.Value)
	}
	return fmt.Sprintf("%s %s: %s; used %s", n.IncidentID, n.Field, strings.Join(parts, "; "), n.Used)
}
