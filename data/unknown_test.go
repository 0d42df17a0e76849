package data

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestIsUnknownValue(t *testing.T) {
	for _, v := range []string{"Unknown", "unknown", "UNKNOWN", "N/A", "n/a", "NA", "N.A.", "none", "None", "-", "?", "—", "...", "--",
		"غير معروف", "غير معروفة", "غَيْر مَعْرُوف", "مجهول", "inconnu", "Inconnue", "non connu", "Non-connu", "desconocido", "Desconocida",
		strings.Repeat("-", 100)} {
		if !isUnknownValue(v) {
			t.Errorf("isUnknownValue(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"Unknown Soldiers", "Unknown group", "ISIS", "Nador", "NATO", "nan", "no", "0", "Inconnus du Nord", "مجهول الهوية",
		strings.Repeat("-", 100) + "x", strings.Repeat("a", 100)} {
		if isUnknownValue(v) {
			t.Errorf("isUnknownValue(%q) = true, want false", v)
		}
	}
}

// A group, affiliation, region, city or lead agency that means "not
// known" is no value; a real name that starts with such a word is a name.
func TestUnknownValuesAreAbsent(t *testing.T) {
	const header = "incident_id,date,country,group,affiliation,admin1,city,lead_agency\n"
	rows := []struct{ id, group, affiliation, admin1, city, agency string }{
		{"A", "Unknown", "", "N/A", "unknown", "-"},
		{"B", "غير معروف", "unknown", "?", "", "n/a"},
		{"C", "inconnu", "N/A", "Oriental", "Nador", "BCIJ"},
		{"D", "N/A", "Inconnue", "", "", ""},
		{"E", "Unknown Soldiers", "", "", "", ""},
		{"F", "Unknown", "jihadist", "", "", ""},
		{"G", "Daesh", "unknown", "", "", ""},
	}
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		fmt.Fprintf(&b, "%s,2022-10-04,MA,%s,%s,%s,%s,%s\n", r.id, r.group, r.affiliation, r.admin1, r.city, r.agency)
	}
	ds := load(t, writeFile(t, "unknown.csv", b.String()))
	if len(ds.Rejected) != 0 {
		t.Fatalf("rejected: %v", ds.Rejected)
	}
	want := map[string][]string{
		ColGroup:       {"", "", "", "", "Unknown Soldiers", "", "ISIS"},
		ColAffiliation: {"unknown", "unknown", "unknown", "unknown", "unknown", "jihadist", "jihadist"},
		ColAdmin1:      {"", "", "Oriental", "", "", "", ""},
		ColCity:        {"", "", "Nador", "", "", "", ""},
		ColLeadAgency:  {"", "", "BCIJ", "", "", "", ""},
	}
	for c, w := range want {
		if got := col(t, ds, c); !slices.Equal(got, w) {
			t.Errorf("%s = %q, want %q", c, got, w)
		}
	}
	if want := []NameCount{{"Unknown Soldiers", 1}}; !slices.Equal(ds.UnknownGroups, want) {
		t.Errorf("unknown groups = %v, want %v", ds.UnknownGroups, want)
	}
}

// A source that does not know the group does not disagree with one that
// does: no note, and the incident has the group the other source names.
func TestUnknownGroupIsNotADisagreement(t *testing.T) {
	ds := load(t, writeFile(t, "two.csv", "incident_id,date,country,group,affiliation,source_name\n"+
		"A,2022-10-04,MA,Unknown,unknown,first\n"+
		"A,2022-10-04,MA,داعش,,second\n"))
	if g, a := col(t, ds, ColGroup)[0], col(t, ds, ColAffiliation)[0]; g != "ISIS" || a != "jihadist" {
		t.Errorf("group, affiliation = %q, %q; want ISIS, jihadist", g, a)
	}
	if ds.NoteCount != 0 {
		t.Errorf("notes = %v, want none", ds.Notes)
	}
}

// Groups the table does not know are counted by incident (not by report),
// as first written, most incidents first, then by name.
func TestUnknownGroupsCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString("incident_id,date,country,group\n")
	n := 0
	add := func(group string, incidents, reports int) {
		for range incidents {
			n++
			for range reports {
				fmt.Fprintf(&b, "I%d,2022-10-04,MA,%s\n", n, group)
			}
			// A further report with another group: the incident keeps the
			// first report's (and the other name is not counted).
			fmt.Fprintf(&b, "I%d,2022-10-04,MA,Later Name\n", n)
		}
	}
	add("Zeta Front", 3, 1)
	add("Alpha Cell", 3, 2) // each incident reported twice with this name
	add("Beta Brigade", 5, 1)
	add("ISIS", 4, 1)
	add("Daesh", 2, 1)
	add("Unknown", 6, 1)
	add("alpha cell", 1, 1) // another spelling: its own entry
	ds := load(t, writeFile(t, "groups.csv", b.String()))
	// The incidents of "Unknown" have no group of their own: their later
	// report's "Later Name" is the group.
	want := []NameCount{{"Later Name", 6}, {"Beta Brigade", 5}, {"Alpha Cell", 3}, {"Zeta Front", 3}, {"alpha cell", 1}}
	if !slices.Equal(ds.UnknownGroups, want) {
		t.Errorf("unknown groups = %v, want %v", ds.UnknownGroups, want)
	}

	// With the names in the table, nothing is left over.
	g := DefaultGroups()
	if err := g.Extend(strings.NewReader("alias,group,affiliation\nZeta Front,Zeta Front,other\nAlpha Cell,Alpha Cell,other\nBeta Brigade,Beta Brigade,other\nLater Name,ISIS,jihadist\n"), "more.csv"); err != nil {
		t.Fatal(err)
	}
	opts := DefaultOptions(asOf)
	opts.Groups = g
	path := writeFile(t, "groups.csv", b.String())
	ds, err := Load([]string{path}, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkFilesNoPoison(t, ds, path)
	if len(ds.UnknownGroups) != 0 {
		t.Errorf("unknown groups = %v, want none", ds.UnknownGroups)
	}
}

// foldASCII is nameKey for ASCII values: letters, digits, separators,
// '&', punctuation, tabs and control bytes in any order.
func TestFoldASCIIIsNameKey(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	const alphabet = "aZn0 9-_'&.,/\t?()Uk"
	for range 20000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		v := string(b)
		got, ascii := foldASCII(nil, v)
		if !ascii || string(got) != nameKey(v) {
			t.Fatalf("foldASCII(%q) = %q, %v; nameKey gives %q", v, got, ascii, nameKey(v))
		}
	}
	if _, ascii := foldASCII(nil, "Salé"); ascii {
		t.Error("Salé: taken as ASCII")
	}
}
