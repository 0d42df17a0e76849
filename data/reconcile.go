package data

import (
	"fmt"
	"math"
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
	byCountry                     []countryCount
	partners                      []string
	cooperation, group, affiliate string
	admin1, city                  string
	lat, lon                      float64
	leadAgency                    string
	linked, seized                []string
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
	nExtra   int
	notes    []ReconciliationNote
}

// order sorts reports by source priority (unlisted sources after listed
// ones), keeping input order among equals.
func (rc *reconciler) order(reports []*report) []*report {
	if len(rc.priority) == 0 || len(reports) < 2 {
		return reports
	}
	rank := func(r *report) int {
		if k, ok := rc.priority[nameKey(r.sourceName)]; ok {
			return k
		}
		return len(rc.priority)
	}
	out := append([]*report(nil), reports...)
	sort.SliceStable(out, func(a, b int) bool { return rank(out[a]) < rank(out[b]) })
	return out
}

func (rc *reconciler) merge(reports []*report) merged {
	reports = rc.order(reports)
	first := reports[0]
	m := merged{id: first.id, sources: len(reports), lat: math.NaN(), lon: math.NaN()}
	if len(reports) == 1 {
		r := first
		m.date, m.country, m.eventType = r.date, r.country, r.eventType
		m.cells, m.arrests = r.cells.v, r.arrests.v
		m.byCountry, m.partners, m.cooperation = r.byCountry, r.partners, r.cooperation
		m.group, m.affiliate, m.admin1, m.city = r.group, r.affiliation, r.admin1, r.city
		m.lat, m.lon, m.leadAgency = r.lat, r.lon, r.leadAgency
		m.linked, m.seized = r.linked, r.seized
		m.sourceName, m.sourceURL, m.sourceDate, m.notes = r.sourceName, r.sourceURL, r.sourceDate, r.notes
		m.extra = r.extra
		return m.withDefaults()
	}
	single := func(field string, get func(*report) string) string {
		return rc.pick(m.id, field, reports, get)
	}
	var dateText string
	dateText = single("date", func(r *report) string { return r.date.String() })
	for _, r := range reports {
		if r.date.String() == dateText {
			m.date = r.date
			break
		}
	}
	m.country = single("country", func(r *report) string { return r.country })
	m.eventType = single("event_type", func(r *report) string { return r.eventType })
	m.cells = rc.count(m.id, "cells_dismantled", reports, func(r *report) optInt { return r.cells })
	m.arrests = rc.count(m.id, "arrests", reports, func(r *report) optInt { return r.arrests })
	var codes []string
	for _, r := range reports {
		for _, cc := range r.byCountry {
			if !contains(codes, cc.country) {
				codes = append(codes, cc.country)
			}
		}
	}
	for _, code := range codes {
		n := rc.count(m.id, "arrests_by_country "+code, reports, func(r *report) optInt {
			for _, cc := range r.byCountry {
				if cc.country == code {
					return optInt{cc.n, true}
				}
			}
			return optInt{}
		})
		m.byCountry = append(m.byCountry, countryCount{code, n})
	}
	m.cooperation = single("cooperation_type", func(r *report) string { return r.cooperation })
	m.group = single("group", func(r *report) string { return r.group })
	m.affiliate = single("affiliation", func(r *report) string { return r.affiliation })
	m.admin1 = single("admin1", func(r *report) string { return r.admin1 })
	m.city = single("city", func(r *report) string { return r.city })
	if v := single("latitude", func(r *report) string { return formatCoordinate(r.lat) }); v != "" {
		m.lat, _ = strconv.ParseFloat(v, 64)
	}
	if v := single("longitude", func(r *report) string { return formatCoordinate(r.lon) }); v != "" {
		m.lon, _ = strconv.ParseFloat(v, 64)
	}
	m.leadAgency = single("lead_agency", func(r *report) string { return r.leadAgency })
	var names, notes []string
	for _, r := range reports {
		m.partners = union(m.partners, r.partners)
		m.linked = union(m.linked, r.linked)
		m.seized = union(m.seized, r.seized)
		names = union(names, []string{r.sourceName})
		notes = union(notes, []string{r.notes})
		if m.sourceURL == "" {
			m.sourceURL = r.sourceURL
		}
		if m.sourceDate == "" {
			m.sourceDate = r.sourceDate
		}
	}
	// The partners of all reports, less the lead country chosen above.
	m.partners = remove(m.partners, m.country)
	m.sourceName = strings.Join(names, "; ")
	m.notes = strings.Join(notes, " | ")
	if rc.nExtra > 0 {
		m.extra = make([]string, rc.nExtra)
		for i := range m.extra {
			for _, r := range reports {
				if i < len(r.extra) && r.extra[i] != "" {
					m.extra[i] = r.extra[i]
					break
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
		if len(m.partners) > 0 {
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
func (rc *reconciler) count(id, field string, reports []*report, get func(*report) optInt) int {
	best, seen, disagree := 0, false, false
	for _, r := range reports {
		c := get(r)
		if !c.ok {
			continue
		}
		switch {
		case !seen:
			best, seen = c.v, true
			continue
		case c.v != best:
			disagree = true
		}
		if rc.rule == RuleMin && c.v < best || rc.rule == RuleMax && c.v > best {
			best = c.v
		}
	}
	if disagree {
		rc.note(id, field, strconv.Itoa(best), reports, func(r *report) string {
			if c := get(r); c.ok {
				return strconv.Itoa(c.v)
			}
			return ""
		})
	}
	return best
}

func (rc *reconciler) note(id, field, used string, reports []*report, get func(*report) string) {
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
