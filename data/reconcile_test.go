package data

import (
	"fmt"
	"strings"
	"testing"
)

const mergeHeader = "incident_id,date,country,cells_dismantled,arrests,arrests_by_country,partner_countries,city,seized,source_name\n"

// Three reports of one incident, and what each rule makes of them.
const threeSources = mergeHeader +
	"X,2022-10-04,MA,1,12,MA:2;ES:9,ES,Nador,phones,press\n" +
	"X,2022-10-04,MA,,11,MA:2;ES:9,ES,,sim_cards,ministry A\n" +
	"X,2022-10-04,MA,2,13,MA:2;ES:11,FR,Melilla,,ministry B\n"

func TestMergeRules(t *testing.T) {
	for _, c := range []struct {
		name     string
		opts     func(*Options)
		want     map[string]string
		notesFor string
	}{
		{"min", func(o *Options) {}, map[string]string{
			ColArrests: "11", ColCellsDismantled: "1", ColArrestsByCountry: "MA:2;ES:9",
			ColPartnerCountries: "ES;FR", ColSeized: "phones;sim_cards", ColCity: "Nador", ColSources: "3",
			ColSourceName: "press; ministry A; ministry B"}, "cells_dismantled,arrests,arrests_by_country ES,city"},
		{"max", func(o *Options) { o.Rule = RuleMax }, map[string]string{
			ColArrests: "13", ColCellsDismantled: "2", ColArrestsByCountry: "MA:2;ES:11", ColCity: "Nador"}, ""},
		{"priority", func(o *Options) { o.Rule = RulePriority; o.SourcePriority = []string{"Ministry B", "press"} }, map[string]string{
			ColArrests: "13", ColCellsDismantled: "2", ColArrestsByCountry: "MA:2;ES:11", ColCity: "Melilla"}, ""},
		{"min with priority for single values", func(o *Options) { o.SourcePriority = []string{"ministry B"} }, map[string]string{
			ColArrests: "11", ColCity: "Melilla"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := DefaultOptions(asOf)
			c.opts(&opts)
			ds, err := Load([]string{writeFile(t, "x.csv", threeSources)}, opts)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range c.want {
				if got := col(t, ds, k)[0]; got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
			if c.notesFor != "" {
				var fields []string
				for _, n := range ds.Notes {
					fields = append(fields, n.Field)
				}
				if got := strings.Join(fields, ","); got != c.notesFor {
					t.Errorf("notes on %s, want %s", got, c.notesFor)
				}
			}
		})
	}
}

// A count that no report gives is missing (NaN in the frame, -1 in the
// table), not 0; one that only some give takes theirs.
func TestMergeEmptyCounts(t *testing.T) {
	ds := load(t, writeFile(t, "x.csv", mergeHeader+"X,2022-10-04,MA,,,,,,,a\nX,2022-10-04,MA,,4,,,,,b\nX,2022-10-04,MA,,,,,,,c\n"))
	if got := col(t, ds, ColArrests)[0]; got != "4" {
		t.Errorf("arrests = %s, want 4 (the only report that gives it)", got)
	}
	if got := col(t, ds, ColCellsDismantled)[0]; got != "NaN" {
		t.Errorf("cells = %s, want NaN (no report gives it)", got)
	}
	if cells, _ := ds.Incidents.Counts(); cells[0] != -1 {
		t.Errorf("cells in the table = %d, want -1", cells[0])
	}
	if len(ds.Notes) != 0 {
		t.Errorf("notes %v: empty values are no disagreement", ds.Notes)
	}
}

// Identical rows are one report: copies are dropped and counted, also
// across files and whatever the order of their columns.
func TestIdenticalCopies(t *testing.T) {
	a := writeFile(t, "a.csv", mergeHeader+"X,2022-10-04,MA,1,2,,,Nador,,press\nX,2022-10-04,MA,1,2,,,Nador,,press\nX,2022-10-04,MA,1,3,,,Nador,,press\n")
	b := writeFile(t, "b.csv", "source_name,city,incident_id,date,country,cells_dismantled,arrests\npress, Nador ,X,2022-10-04,MA,1,2\n")
	ds := load(t, a, b)
	if fa, fb := ds.Files[0], ds.Files[1]; fa.RowsRead != 3 || fa.Accepted != 2 || fa.CopiesDropped != 1 || fb.RowsRead != 1 || fb.CopiesDropped != 1 || fb.Accepted != 0 {
		t.Errorf("accounting a=%+v b=%+v", fa, fb)
	}
	if got := col(t, ds, ColSources)[0]; got != "2" {
		t.Errorf("sources = %s, want 2 (the copies are not sources)", got)
	}
}

// Probable duplicates follow docs/input.md: the same country and event
// type, dates within 3 days, the same place, equal counts, and a place and
// a count both give.
func TestProbableDuplicates(t *testing.T) {
	ds := load(t, writeFile(t, "d.csv", mergeHeader+
		"A,2022-10-01,MA,,5,,,Nador,,\n"+
		"B,2022-10-04,MA,,5,,,nador,,\n"+ // 3 days after A, the same city: a pair
		"C,2022-10-05,MA,,5,,,Nador,,\n"+ // within 3 days of B, 4 after A: one pair
		"D,2022-10-04,ES,,5,,,Nador,,\n"+ // other country
		"E,2022-10-04,MA,,6,,,Nador,,\n"+ // other arrests
		"F,2022-10,MA,,5,,,Nador,,\n"+ // month precision: not compared
		"G,2022-10-04,MA,,5,,,Oujda,,\n"+ // another city
		"H,2022-10-04,MA,,5,,,,,\n"+ // no place: not compared for want of one
		"I,2022-10-04,MA,1,,,,Nador,,\n")) // no arrests, so no count both give
	if ds.DuplicatePairs != 2 || len(ds.Duplicates) != 2 {
		t.Fatalf("pairs = %d %v, want A–B and B–C", ds.DuplicatePairs, ds.Duplicates)
	}
	d := ds.Duplicates[0]
	if d.IncidentA != "A" || d.IncidentB != "B" || d.Country != "MA" || d.Arrests != 5 || d.DateA != "2022-10-01" {
		t.Errorf("first pair = %+v", d)
	}
	if ds.Incidents.Nrow() != 9 {
		t.Errorf("probable duplicates must not be merged: %d incidents", ds.Incidents.Nrow())
	}
}

// The lead country chosen for an incident is never one of its partners,
// whatever the other reports named.
func TestMergedLeadIsNoPartner(t *testing.T) {
	ds := load(t, writeFile(t, "p.csv", "incident_id,date,country,partner_countries,source_name\np1,2022-03-01,MA,ES,s1\np1,2022-03-01,ES,MA;FR,s2\n"))
	if got := col(t, ds, ColPartnerCountries)[0]; got != "ES;FR" {
		t.Errorf("partners = %q, want ES;FR (MA leads)", got)
	}
}

// Lists and names the reports give alike are merged as any others: each
// item once.
func TestMergedSameLists(t *testing.T) {
	ds := load(t, writeFile(t, "l.csv", "incident_id,date,country,linked_incident_ids,seized,partner_countries,source_name\n"+
		"p1,2022-03-01,MA,L1;L1,arms| phones,ES;FR,press\n"+
		"p1,2022-03-01,MA,L1;L1,arms;phones,ES;FR,press\n"+
		"p1,2022-03-01,MA,,,,\n"))
	for name, want := range map[string]string{ColLinkedIncidents: "L1", ColSeized: "arms;phones", ColPartnerCountries: "ES;FR", ColSourceName: "press", ColSources: "3"} {
		if got := col(t, ds, name)[0]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if len(ds.Notes) != 0 {
		t.Errorf("notes %v: lists given alike or not at all do not disagree", ds.Notes)
	}
}

// Past MaxListedNotes the notes are counted, not listed: the list keeps
// the first ones in input order.
func TestNotesCountedPastTheList(t *testing.T) {
	var b strings.Builder
	b.WriteString(mergeHeader)
	n := MaxListedNotes + 5 // incidents, each with two notes (arrests, city)
	for i := range n {
		fmt.Fprintf(&b, "X%d,2022-10-04,MA,1,12,,,Nador,,press\nX%d,2022-10-04,MA,1,11,,,Melilla,,ministry\n", i, i)
	}
	b.WriteString("Y,2022-10-04,MA,1,12,,,Nador,,press\nY,2022-10-04,MA,1,12,,,,,ministry\n") // agrees: no note
	ds, err := Load([]string{writeFile(t, "x.csv", b.String())}, DefaultOptions(asOf))
	if err != nil {
		t.Fatal(err)
	}
	if ds.NoteCount != 2*n || ds.NotedIncidents != n || len(ds.Notes) != MaxListedNotes {
		t.Fatalf("notes %d, noted incidents %d, listed %d; want %d, %d, %d", ds.NoteCount, ds.NotedIncidents, len(ds.Notes), 2*n, n, MaxListedNotes)
	}
	if first, last := ds.Notes[0], ds.Notes[MaxListedNotes-1]; first.IncidentID != "X0" || first.Field != "arrests" || last.IncidentID != fmt.Sprintf("X%d", MaxListedNotes/2-1) || last.Field != "city" {
		t.Errorf("listed from %s %s to %s %s", first.IncidentID, first.Field, last.IncidentID, last.Field)
	}
}

// Single values come from the first report, in source-priority order,
// that gives one — not from the report read first.
func TestPriorityOrdersSingleValues(t *testing.T) {
	content := "incident_id,date,country,arrests,source_name,source_url,source_date,city\n" +
		"X,2022-10-04,MA,3,press,https://example.org/press,2022-10-05,\n" +
		"X,2022-10-04,MA,4,ministry,https://example.org/ministry,2022-10-06,Nador\n"
	opts := DefaultOptions(asOf)
	opts.SourcePriority = []string{"ministry"}
	ds, err := Load([]string{writeFile(t, "x.csv", content)}, opts)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{ColSourceURL: "https://example.org/ministry", ColSourceDate: "2022-10-06",
		ColCity: "Nador", ColArrests: "3", ColSourceName: "ministry; press", ColSources: "2"} {
		if got := col(t, ds, name)[0]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}
