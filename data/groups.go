package data

import (
	"cmp"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
)

//go:embed groups.csv
var embeddedGroups string

// GroupTable maps spellings of an organisation's name to one name and its
// affiliation. Matching folds case, accents, punctuation and Arabic
// spelling variants (see foldArabic).
type GroupTable struct {
	byKey map[string]groupEntry
}

type groupEntry struct{ name, affiliation string }

// DefaultGroups returns the table that ships with ctreport (groups.csv).
func DefaultGroups() *GroupTable {
	g := &GroupTable{byKey: map[string]groupEntry{}}
	if err := g.Extend(strings.NewReader(embeddedGroups), "groups.csv"); err != nil {
		panic(err) // the embedded table is tested; this cannot happen
	}
	return g
}

// EmptyGroups returns a table with no entries, to be filled from a user's
// file that replaces the embedded one.
func EmptyGroups() *GroupTable { return &GroupTable{byKey: map[string]groupEntry{}} }

// Extend adds the rows of a CSV with the header alias,group,affiliation.
// Later rows override earlier ones for the same alias; a group's own name is
// always an alias of itself.
func (g *GroupTable) Extend(r io.Reader, name string) error {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return fmt.Errorf("%s: reading the header: %w", name, err)
	}
	if len(header) != 3 || headerKey(strings.TrimPrefix(header[0], "\ufeff")) != "alias" || headerKey(header[1]) != "group" || headerKey(header[2]) != "affiliation" {
		return fmt.Errorf("%s:1: the header must be alias,group,affiliation", name)
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		alias, group := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if alias == "" || group == "" {
			return fmt.Errorf("%s:%d: alias and group must not be empty", name, line)
		}
		aff, err := parseEnum(strings.TrimSpace(rec[2]), affiliations)
		if err != nil {
			return fmt.Errorf("%s:%d:3: affiliation: %v", name, line, err)
		}
		e := groupEntry{group, aff}
		g.byKey[nameKey(alias)] = e
		if _, ok := g.byKey[nameKey(group)]; !ok {
			g.byKey[nameKey(group)] = e
		}
	}
}

// Lookup returns the group's one name and affiliation. A name the table
// does not know is returned as written, with affiliation "unknown" and
// known false.
func (g *GroupTable) Lookup(name string) (group, affiliation string, known bool) {
	if e, ok := g.byKey[nameKey(name)]; ok {
		return e.name, e.affiliation, true
	}
	return name, "unknown", false
}

// unknownGroups counts the incidents of t by group, for the groups g does
// not know (Dataset.UnknownGroups): most incidents first, then by name.
// The names are t's own text (the load's dict), not parts of a chunk.
func unknownGroups(t *Incidents, g *GroupTable) []NameCount {
	counts := map[uint32]int{}
	last, n := uint32(0), 0 // a run of one group, counted once it ends
	for _, c := range t.codes[kGroup] {
		if c != last {
			if last != 0 {
				counts[last] += n
			}
			last, n = c, 0
		}
		n++
	}
	if last != 0 {
		counts[last] += n
	}
	var out []NameCount
	for c, n := range counts {
		name := t.text.get(int(c))
		if _, _, known := g.Lookup(name); !known {
			out = append(out, NameCount{name, n})
		}
	}
	slices.SortFunc(out, func(a, b NameCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out
}
