package data_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/data/synth"
)

// referenceYear is what the plain reference counts for one year.
type referenceYear struct {
	incidents, operations, foiled, cells, arrests, crossBorder int
}

// referenceTables are the reference's per-year breakdowns: incidents by
// partner country and year, arrests by country and year.
type referenceTables struct {
	partners, arrests map[string]int // "country year"
}

// reference computes the yearly figures of a synth file the obvious way:
// every row in memory, identical rows dropped, rows grouped by incident_id,
// the lowest count among the reports that give one (0 when none does), the
// first event type given (operation when none), cross-border when any
// report names a partner. synth writes clean ISO dates, so the year is the
// first four characters. The breakdowns: the lead country is the first
// given, a report's partners leave out its own country, and the
// incident's are all reports' less the lead; arrests by country are the
// lowest each country is given in arrests_by_country, or else all the
// incident's arrests go to the lead country.
func reference(t *testing.T, b []byte) (map[int]*referenceYear, referenceTables) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	seen := map[string]bool{}
	type incident struct {
		year                   int
		event, country         string
		cells, arrests         int
		haveCells, haveArrests bool
		partners               bool
		partnerList, countries []string       // in the order first named
		byCountry              map[string]int // lowest arrests given per country
	}
	byID := map[string]*incident{}
	var order []*incident
	for _, r := range rows[1:] {
		key := strings.Join(r, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		id := r[col["incident_id"]]
		inc := byID[id]
		if inc == nil {
			y, _ := strconv.Atoi(r[col["date"]][:4])
			inc = &incident{year: y, byCountry: map[string]int{}}
			byID[id] = inc
			order = append(order, inc)
		}
		if inc.country == "" {
			inc.country = r[col["country"]]
		}
		for _, p := range strings.Split(r[col["partner_countries"]], ";") {
			if p != "" && p != r[col["country"]] && !slices.Contains(inc.partnerList, p) {
				inc.partnerList = append(inc.partnerList, p)
			}
		}
		for _, e := range strings.Split(r[col["arrests_by_country"]], ";") {
			if c, n, ok := strings.Cut(e, ":"); ok {
				k, _ := strconv.Atoi(n)
				if prev, seen := inc.byCountry[c]; !seen || k < prev {
					inc.byCountry[c] = k
				}
				if !slices.Contains(inc.countries, c) {
					inc.countries = append(inc.countries, c)
				}
			}
		}
		if inc.event == "" {
			inc.event = r[col["event_type"]]
		}
		if v := r[col["cells_dismantled"]]; v != "" {
			n, _ := strconv.Atoi(v)
			if !inc.haveCells || n < inc.cells {
				inc.cells, inc.haveCells = n, true
			}
		}
		if v := r[col["arrests"]]; v != "" {
			n, _ := strconv.Atoi(v)
			if !inc.haveArrests || n < inc.arrests {
				inc.arrests, inc.haveArrests = n, true
			}
		}
		if r[col["partner_countries"]] != "" {
			inc.partners = true
		}
	}
	out := map[int]*referenceYear{}
	tables := referenceTables{partners: map[string]int{}, arrests: map[string]int{}}
	for _, inc := range order {
		for _, p := range inc.partnerList {
			if p != inc.country {
				tables.partners[fmt.Sprint(p, " ", inc.year)]++
			}
		}
		if len(inc.countries) == 0 {
			tables.arrests[fmt.Sprint(inc.country, " ", inc.year)] += inc.arrests
		}
		for _, c := range inc.countries {
			tables.arrests[fmt.Sprint(c, " ", inc.year)] += inc.byCountry[c]
		}
	}
	for _, inc := range byID {
		y := out[inc.year]
		if y == nil {
			y = &referenceYear{}
			out[inc.year] = y
		}
		y.incidents++
		switch inc.event {
		case "", "operation":
			y.operations++
		case "foiled_plot":
			y.foiled++
		}
		y.cells += inc.cells
		y.arrests += inc.arrests
		if inc.partners {
			y.crossBorder++
		}
	}
	return out, tables
}

// The fast path (parallel parsing, reconciliation on all cores, the Gota
// table) gives the same yearly figures as the plain reference on 20
// random synth files.
func TestFiguresMatchReference(t *testing.T) {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	period, _ := analysis.ParsePeriod("2024", asOf)
	for seed := uint64(1); seed <= 20; seed++ {
		var buf bytes.Buffer
		cfg := synth.Config{Rows: 2000 + int(seed)*150, Seed: seed, Start: 2010, End: 2024}
		if err := synth.Write(&buf, cfg); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "synth.csv")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		ds, err := data.Load([]string{path}, data.DefaultOptions(asOf))
		if err != nil {
			t.Fatal(err)
		}
		if ds.Totals().Rejected != 0 {
			t.Fatalf("seed %d: %d rows rejected: %v", seed, ds.Totals().Rejected, ds.Rejected[0])
		}
		fig := analysis.Compute(ds.Incidents, period, asOf)
		want, tables := reference(t, buf.Bytes())
		for _, y := range fig.Yearly {
			r := want[y.Year]
			if r == nil {
				r = &referenceYear{}
			}
			got := referenceYear{y.Incidents, y.Operations, y.FoiledPlots, y.CellsDismantled.Int, y.Arrests.Int, y.CrossBorderIncidents}
			if got != *r {
				t.Errorf("seed %d, %d: got %+v, reference %+v", seed, y.Year, got, *r)
			}
			delete(want, y.Year)
		}
		if len(want) > 0 {
			t.Errorf("seed %d: years missing from the figures: %v", seed, want)
		}
		partners := map[string]int{}
		for _, p := range fig.Partners {
			partners[fmt.Sprint(p.Country, " ", p.Year)] = p.Incidents
		}
		arrests := map[string]int{}
		for _, a := range fig.Breakdowns.ArrestsByCountry {
			arrests[fmt.Sprint(a.Country, " ", a.Year)] = a.Arrests
		}
		if !maps.Equal(partners, tables.partners) || !maps.Equal(arrests, tables.arrests) {
			t.Errorf("seed %d: partners by year %v, arrests by country %v; reference %v, %v", seed, partners, arrests, tables.partners, tables.arrests)
		}
	}
}
