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
// holds its report as read.
func (rc *reconciler) single(t *Incidents, i int, extra uint32) {
	t.cells[i], t.arrests[i] = max(t.cells[i], 0), max(t.arrests[i], 0)
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
	id := t.ids[i]
	t.sources[i] = int32(len(reports))
	// The row holds the first report as read: what is taken from the
	// first report that gives it starts over.
	t.codes[kSourceURL][i], t.sourceDate[i] = 0, date{}
	d := rc.dict
	single := func(field string, get func(*report) string) string {
		return rc.pick(id, field, reports, get)
	}
	// code picks a text value; equal codes are equal values.
	code := func(k int, field string, get func(*report) uint32) {
		used := uint32(0)
		disagree := false
		for _, r := range reports {
			switch c := get(r); {
			case c == 0:
			case used == 0:
				used = c
			case c != used:
				disagree = true
			}
		}
		if disagree {
			rc.note(id, field, d.str(used), reports, func(r *report) string { return d.str(get(r)) })
		}
		t.codes[k][i] = used
	}
	var dt date
	dateText := single("date", func(r *report) string { return r.date.String() })
	for _, r := range reports {
		if r.date.String() == dateText {
			dt = r.date
			break
		}
	}
	code(kCountry, "country", func(r *report) uint32 { return r.codes[kCountry] })
	code(kEvent, "event_type", func(r *report) uint32 { return r.codes[kEvent] })
	t.cells[i] = rc.count(id, "cells_dismantled", reports, func(r *report) (int, bool) { return optCount(r.cells) })
	t.arrests[i] = rc.count(id, "arrests", reports, func(r *report) (int, bool) { return optCount(r.arrests) })
	byCountry := make([][]countryCount, len(reports))
	var countries []string
	for j, r := range reports {
		byCountry[j] = parseByCountry(d.str(r.codes[kByCountry]))
		for _, cc := range byCountry[j] {
			if !contains(countries, cc.country) {
				countries = append(countries, cc.country)
			}
		}
	}
	var entries []countryCount
	for _, c := range countries {
		n := rc.count(id, "arrests_by_country "+c, reports, func(r *report) (int, bool) {
			for _, cc := range byCountry[slices.Index(reports, r)] {
				if cc.country == c {
					return cc.n, true
				}
			}
			return 0, false
		})
		entries = append(entries, countryCount{c, n})
	}
	t.codes[kByCountry][i] = rc.made.code(formatByCountry(entries))
	code(kCooperation, "cooperation_type", func(r *report) uint32 { return r.codes[kCooperation] })
	code(kGroup, "group", func(r *report) uint32 { return r.codes[kGroup] })
	code(kAffiliation, "affiliation", func(r *report) uint32 { return r.codes[kAffiliation] })
	code(kAdmin1, "admin1", func(r *report) uint32 { return r.codes[kAdmin1] })
	code(kCity, "city", func(r *report) uint32 { return r.codes[kCity] })
	t.lat[i], t.lon[i] = math.NaN(), math.NaN()
	if v := single("latitude", func(r *report) string { return formatCoordinate(r.lat) }); v != "" {
		t.lat[i], _ = strconv.ParseFloat(v, 64)
	}
	if v := single("longitude", func(r *report) string { return formatCoordinate(r.lon) }); v != "" {
		t.lon[i], _ = strconv.ParseFloat(v, 64)
	}
	code(kLeadAgency, "lead_agency", func(r *report) uint32 { return r.codes[kLeadAgency] })
	var partners, linked, seized, names, notes []string
	for _, r := range reports {
		partners = union(partners, splitList(d.str(r.codes[kPartners])))
		linked = union(linked, splitList(d.str(r.codes[kLinked])))
		seized = union(seized, splitList(d.str(r.codes[kSeized])))
		names = union(names, []string{d.str(r.codes[kSourceName])})
		notes = union(notes, []string{d.str(r.codes[kNotes])})
		if t.codes[kSourceURL][i] == 0 {
			t.codes[kSourceURL][i] = r.codes[kSourceURL]
		}
		if t.sourceDate[i].year == 0 {
			t.sourceDate[i] = r.sourceDate
		}
	}
	// The partners of all reports, less the lead country chosen above.
	t.codes[kPartners][i] = rc.made.code(strings.Join(remove(partners, d.str(t.codes[kCountry][i])), ";"))
	t.codes[kLinked][i] = rc.made.code(strings.Join(linked, ";"))
	t.codes[kSeized][i] = rc.made.code(strings.Join(seized, ";"))
	t.codes[kSourceName][i] = rc.made.code(strings.Join(names, "; "))
	t.codes[kNotes][i] = rc.made.code(strings.Join(notes, " | "))
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

// pick returns the first non-empty value in report order, and notes a
// disagreement when the reports that give a value do not all give the same.
func (rc *reconciler) pick(id, field string, reports []*report, get func(*report) string) string {
	used := ""
	disagree := false
	for _, r := range reports {
		v := get(r)
		if v == "" {
			continue
		}
		if used == "" {
			used = v
		} else if v != used {
			disagree = true
		}
	}
	if disagree {
		rc.note(id, field, used, reports, get)
	}
	return used
}

// count applies the rule to a count; reports that leave it empty take no
// part, and a count no report gives is 0.
func (rc *reconciler) count(id, field string, reports []*report, get func(*report) (int, bool)) int {
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
		rc.note(id, field, strconv.Itoa(best), reports, func(r *report) string {
			if v, ok := get(r); ok {
				return strconv.Itoa(v)
			}
			return ""
		})
	}
	return best
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
