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

// merged is one reconciled incident, ready for the table.
type merged struct {
	id                            string
	date                          date
	country, eventType            string
	cells, arrests                int
	byCountry                     string // "MA:2;ES:9"
	partners                      string // "ES;US"
	cooperation, group, affiliate string
	admin1, city                  string
	lat, lon                      float64
	leadAgency                    string
	linked, seized                string
	sourceName, sourceURL         string
	sourceDate, notes             string
	sources                       int
	extra                         []string
}

// reconciler merges the reports of one incident.
type reconciler struct {
	rule     string
	priority map[string]int // folded source name → rank
	label    func(*report) string
	dict     *dict
	nExtra   int
	// notes are the first MaxListedNotes notes; noteCount counts all of
	// them, noted the incidents they are about.
	notes            []ReconciliationNote
	noteCount, noted int
}

// order sorts reports by source priority (unlisted sources after listed
// ones), keeping input order among equals.
func (rc *reconciler) order(reports []*report) []*report {
	if len(rc.priority) == 0 || len(reports) < 2 {
		return reports
	}
	rank := func(r *report) int {
		if k, ok := rc.priority[nameKey(rc.dict.str(r.sourceName))]; ok {
			return k
		}
		return len(rc.priority)
	}
	sort.SliceStable(reports, func(a, b int) bool { return rank(reports[a]) < rank(reports[b]) })
	return reports
}

// optCount returns a count of a report, and whether it gives one.
func optCount(v int64) (int, bool) { return int(v), v >= 0 }

func (rc *reconciler) merge(id string, reports []*report) merged {
	if len(reports) > 1 {
		before := rc.noteCount
		defer func() {
			if rc.noteCount > before {
				rc.noted++
			}
		}()
	}
	reports = rc.order(reports)
	first := reports[0]
	d := rc.dict
	m := merged{id: id, sources: len(reports), lat: math.NaN(), lon: math.NaN()}
	if len(reports) == 1 {
		r := first
		m.date, m.country, m.eventType = r.date, d.str(r.country), d.str(r.eventType)
		m.cells, m.arrests = int(max(r.cells, 0)), int(max(r.arrests, 0))
		m.byCountry, m.partners, m.cooperation = d.str(r.byCountry), d.str(r.partners), d.str(r.cooperation)
		m.group, m.affiliate, m.admin1, m.city = d.str(r.group), d.str(r.affiliation), d.str(r.admin1), d.str(r.city)
		m.lat, m.lon, m.leadAgency = r.lat, r.lon, d.str(r.leadAgency)
		m.linked, m.seized = d.str(r.linked), d.str(r.seized)
		m.sourceName, m.sourceURL, m.notes = d.str(r.sourceName), d.str(r.sourceURL), d.str(r.notes)
		if r.sourceDate.year > 0 {
			m.sourceDate = r.sourceDate.String()
		}
		if rc.nExtra > 0 {
			m.extra = splitExtra(d.str(r.extra), rc.nExtra)
		}
		return m.withDefaults()
	}
	single := func(field string, get func(*report) string) string {
		return rc.pick(m.id, field, reports, get)
	}
	code := func(field string, get func(*report) uint32) string {
		return single(field, func(r *report) string { return d.str(get(r)) })
	}
	var dateText string
	dateText = single("date", func(r *report) string { return r.date.String() })
	for _, r := range reports {
		if r.date.String() == dateText {
			m.date = r.date
			break
		}
	}
	m.country = code("country", func(r *report) uint32 { return r.country })
	m.eventType = code("event_type", func(r *report) uint32 { return r.eventType })
	m.cells = rc.count(m.id, "cells_dismantled", reports, func(r *report) (int, bool) { return optCount(r.cells) })
	m.arrests = rc.count(m.id, "arrests", reports, func(r *report) (int, bool) { return optCount(r.arrests) })
	byCountry := make([][]countryCount, len(reports))
	var codes []string
	for i, r := range reports {
		byCountry[i] = parseByCountry(d.str(r.byCountry))
		for _, cc := range byCountry[i] {
			if !contains(codes, cc.country) {
				codes = append(codes, cc.country)
			}
		}
	}
	var entries []countryCount
	for _, c := range codes {
		n := rc.count(m.id, "arrests_by_country "+c, reports, func(r *report) (int, bool) {
			for _, cc := range byCountry[slices.Index(reports, r)] {
				if cc.country == c {
					return cc.n, true
				}
			}
			return 0, false
		})
		entries = append(entries, countryCount{c, n})
	}
	m.byCountry = formatByCountry(entries)
	m.cooperation = code("cooperation_type", func(r *report) uint32 { return r.cooperation })
	m.group = code("group", func(r *report) uint32 { return r.group })
	m.affiliate = code("affiliation", func(r *report) uint32 { return r.affiliation })
	m.admin1 = code("admin1", func(r *report) uint32 { return r.admin1 })
	m.city = code("city", func(r *report) uint32 { return r.city })
	if v := single("latitude", func(r *report) string { return formatCoordinate(r.lat) }); v != "" {
		m.lat, _ = strconv.ParseFloat(v, 64)
	}
	if v := single("longitude", func(r *report) string { return formatCoordinate(r.lon) }); v != "" {
		m.lon, _ = strconv.ParseFloat(v, 64)
	}
	m.leadAgency = code("lead_agency", func(r *report) uint32 { return r.leadAgency })
	var partners, linked, seized, names, notes []string
	for _, r := range reports {
		partners = union(partners, splitList(d.str(r.partners)))
		linked = union(linked, splitList(d.str(r.linked)))
		seized = union(seized, splitList(d.str(r.seized)))
		names = union(names, []string{d.str(r.sourceName)})
		notes = union(notes, []string{d.str(r.notes)})
		if m.sourceURL == "" {
			m.sourceURL = d.str(r.sourceURL)
		}
		if m.sourceDate == "" && r.sourceDate.year > 0 {
			m.sourceDate = r.sourceDate.String()
		}
	}
	// The partners of all reports, less the lead country chosen above.
	m.partners = strings.Join(remove(partners, m.country), ";")
	m.linked, m.seized = strings.Join(linked, ";"), strings.Join(seized, ";")
	m.sourceName = strings.Join(names, "; ")
	m.notes = strings.Join(notes, " | ")
	if rc.nExtra > 0 {
		m.extra = make([]string, rc.nExtra)
		for _, r := range reports {
			for i, v := range splitExtra(d.str(r.extra), rc.nExtra) {
				if m.extra[i] == "" {
					m.extra[i] = v
				}
			}
		}
	}
	return m.withDefaults()
}

// withDefaults fills what no report gave: event type operation,
// cooperation joint_operation with partners and none without, affiliation
// unknown.
func (m merged) withDefaults() merged {
	if m.eventType == "" {
		m.eventType = EventOperation
	}
	if m.cooperation == "" {
		m.cooperation = "none"
		if m.partners != "" {
			m.cooperation = "joint_operation"
		}
	}
	if m.affiliate == "" {
		m.affiliate = "unknown"
	}
	return m
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
