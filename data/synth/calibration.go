package synth

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Target is what the embedded sample's reconciled incidents (real and
// synthetic together) add up to in one year. Reconciled means: reports that
// share an incident_id merged, each count the lowest among the reports that
// give it, single values (date, event type, country, cooperation type) from
// the first report, partner lists united.
type Target struct {
	Year        int
	Cells       int // sum of cells_dismantled
	Arrests     int // sum of arrests
	CellArrests int // arrests in incidents with cells > 0; 0: not fixed
	FoiledPlots int // incidents with event_type foiled_plot
	MAESOps     int // Morocco–Spain joint operations (country MA, ES among partners, joint_operation)
	MAESArrests int // arrests in those operations
	Completed   int // completed attacks (0 cells, 0 arrests)
	Failed      int // failed attacks (0 cells, 0 arrests)
}

// targets is the calibration table. Figures marked with a label of
// docs/sample.md (C1–C5, Y1–Y5, X1–X3, I1) are public statements; the rest
// is a shape chosen to fit them.
//
//   - 2002–2014 add up to 132 cells, 2,720 arrests and 272 foiled plots:
//     the March 2015 statement (C1: 132 / 2,720 / 276 plots,
//     the 4 missing plots falling in early 2015). The 2003, 2007 and 2011
//     peaks and attacks follow the Casablanca (May 2003, 2007) and
//     Marrakech (April 2011) bombings; not among those figures.
//   - 2015, 2016, 2017: the BCIJ yearly figures (Y1–Y3), exactly.
//   - 2018: 11 cells, at least the 8 "to October" of Y4.
//   - 2002–2021: 214 cells and 4,304 arrests exactly (C5); 2018–
//     2021 share the 33 cells and 847 arrests left after 2017.
//   - Foiled plots 2002–2021: 506, "over 500" (C5); 339 through
//     2016 (≈ 341, C2), 361 through 2018 (= Oct 2018, C3).
//   - 2023: 6 cells, 16 arrested in them, 56 arrested in all (Y5).
//   - Morocco–Spain joint operations: 5 with 40 arrested in 2014, 28
//     arrested in 2015 (X1, X2); 9 arrested in 2024 (X3).
//   - The cumulative statements of early 2017 (167 / 2,963) and Oct 2018
//     (183 / 3,129) cannot both hold with the BCIJ yearly table; the table
//     wins (C2, C3 against Y1–Y4).
//
// The sample also has 88 % of the cells dismantled since 2013 tied to ISIS
// (I1); see isisShare.
var targets = []Target{
	{Year: 2002, Cells: 3, Arrests: 60, FoiledPlots: 5},
	{Year: 2003, Cells: 14, Arrests: 620, FoiledPlots: 30, Completed: 1},
	{Year: 2004, Cells: 8, Arrests: 150, FoiledPlots: 15, MAESOps: 1, MAESArrests: 6},
	{Year: 2005, Cells: 9, Arrests: 170, FoiledPlots: 17, MAESOps: 1, MAESArrests: 5},
	{Year: 2006, Cells: 11, Arrests: 210, FoiledPlots: 20, MAESOps: 1, MAESArrests: 8},
	{Year: 2007, Cells: 12, Arrests: 230, FoiledPlots: 22, Completed: 1, Failed: 1},
	{Year: 2008, Cells: 12, Arrests: 200, FoiledPlots: 22, MAESOps: 1, MAESArrests: 7},
	{Year: 2009, Cells: 8, Arrests: 130, FoiledPlots: 16},
	{Year: 2010, Cells: 9, Arrests: 140, FoiledPlots: 18, MAESOps: 1, MAESArrests: 6},
	{Year: 2011, Cells: 9, Arrests: 120, FoiledPlots: 18, Completed: 1},
	{Year: 2012, Cells: 11, Arrests: 150, FoiledPlots: 22, MAESOps: 1, MAESArrests: 6},
	{Year: 2013, Cells: 12, Arrests: 230, FoiledPlots: 30, MAESOps: 2, MAESArrests: 14},
	{Year: 2014, Cells: 14, Arrests: 310, FoiledPlots: 37, MAESOps: 5, MAESArrests: 40},
	{Year: 2015, Cells: 21, Arrests: 275, FoiledPlots: 35, MAESOps: 3, MAESArrests: 28},
	{Year: 2016, Cells: 19, Arrests: 276, FoiledPlots: 32, MAESOps: 2, MAESArrests: 14},
	{Year: 2017, Cells: 9, Arrests: 186, FoiledPlots: 12, MAESOps: 2, MAESArrests: 12},
	{Year: 2018, Cells: 11, Arrests: 230, FoiledPlots: 10, MAESOps: 2, MAESArrests: 11, Completed: 1},
	{Year: 2019, Cells: 9, Arrests: 245, FoiledPlots: 40, MAESOps: 2, MAESArrests: 7},
	{Year: 2020, Cells: 7, Arrests: 190, FoiledPlots: 48, MAESOps: 1, MAESArrests: 5},
	{Year: 2021, Cells: 6, Arrests: 182, FoiledPlots: 57, MAESOps: 1, MAESArrests: 6},
	{Year: 2022, Cells: 7, Arrests: 60, FoiledPlots: 14, MAESOps: 2, MAESArrests: 16},
	{Year: 2023, Cells: 6, Arrests: 56, CellArrests: 16, FoiledPlots: 10, MAESOps: 1, MAESArrests: 3},
	{Year: 2024, Cells: 7, Arrests: 70, FoiledPlots: 12, MAESOps: 1, MAESArrests: 9},
	{Year: 2025, Cells: 6, Arrests: 50, FoiledPlots: 9, MAESOps: 1, MAESArrests: 4},
}

// isisShare is the share of the cells dismantled from isisSince on that the
// sample ties to ISIS (docs/sample.md, I1: since 2013, 88 % of the cells
// dismantled were linked to ISIS).
const (
	isisShare = 0.88
	isisSince = 2013
)

// Targets returns a copy of the calibration table, one entry a year,
// 2002–2025.
func Targets() []Target { return append([]Target(nil), targets...) }

// yearWeight is the share of Write's rows that falls in year y: the
// calibration table's activity that year, the nearest table year outside
// 2002–2025.
func yearWeight(y int) float64 {
	first, last := targets[0], targets[len(targets)-1]
	t := first
	switch {
	case y >= last.Year:
		t = last
	case y > first.Year:
		t = targets[y-first.Year]
	}
	return float64(t.FoiledPlots+t.Cells+2) + float64(t.Arrests)/40
}

// sampleSeed is the seed of the embedded sample.
const sampleSeed = 1

// Sample writes the embedded sample: a header, the real incident rows of
// docs/sample.md (source_name without "synthetic"), then synthetic incidents
// for 2002–2025 planned so that the reconciled totals of every year, real
// incidents included, are those of Targets.
func Sample(w io.Writer) error { return writeSample(w, sampleSeed) }

func writeSample(w io.Writer, seed uint64) error {
	g := newGenerator(w, seed, false)
	if err := g.cw.Write(Header); err != nil {
		return err
	}
	if err := g.cw.WriteAll(realRows); err != nil { // WriteAll flushes
		return err
	}
	real, err := reconcile(realRows)
	if err != nil {
		return err
	}
	plans := make([][]*incident, len(targets))
	for i, t := range targets {
		if plans[i], err = g.planYear(t, real[t.Year]); err != nil {
			return err
		}
	}
	g.tieCellsToISIS(plans, real)
	for i, t := range targets {
		g.startYear()
		g.date(plans[i], t.Year)
		for _, inc := range plans[i] {
			inc.id = g.newID(t.Year)
			g.describe(inc)
			g.emit(inc, inc.sources*2)
		}
	}
	g.cw.Flush()
	return g.cw.Error()
}

// yearTotals are the reconciled totals of one year (see Target).
type yearTotals struct {
	Cells, Arrests, CellArrests, FoiledPlots, MAESOps, MAESArrests int
	Completed, Failed, ISISCells                                   int
}

// reconcile merges rows (in Header order) that share an incident_id with
// the lowest-count rule and adds the incidents up by year. It knows only
// what the sample needs: Western digits, YYYY… dates, the ISIS spellings
// of famISIS.
func reconcile(rows [][]string) (map[int]yearTotals, error) {
	type merged struct {
		first          []string
		cells, arrests int
		hasCells       bool
		hasArrests     bool
		partners       map[string]bool
	}
	var order []string
	byID := map[string]*merged{}
	for _, row := range rows {
		if len(row) != nFields {
			return nil, fmt.Errorf("row of %d fields, want %d", len(row), nFields)
		}
		m := byID[row[fID]]
		if m == nil {
			m = &merged{first: row, partners: map[string]bool{}}
			byID[row[fID]] = m
			order = append(order, row[fID])
		}
		for _, field := range []struct {
			s   string
			v   *int
			has *bool
		}{{row[fCells], &m.cells, &m.hasCells}, {row[fArrests], &m.arrests, &m.hasArrests}} {
			if field.s == "" {
				continue
			}
			n, err := strconv.Atoi(field.s)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", row[fID], err)
			}
			if !*field.has || n < *field.v {
				*field.v, *field.has = n, true
			}
		}
		for _, p := range strings.Split(row[fPartners], ";") {
			if p != "" {
				m.partners[p] = true
			}
		}
	}
	isis := map[string]bool{}
	for _, s := range famISIS.spellings {
		isis[s] = true
	}
	totals := map[int]yearTotals{}
	for _, id := range order {
		m := byID[id]
		y, err := strconv.Atoi(m.first[fDate][:4])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		t := totals[y]
		t.Cells += m.cells
		t.Arrests += m.arrests
		if m.cells > 0 {
			t.CellArrests += m.arrests
			if isis[m.first[fGroup]] {
				t.ISISCells += m.cells
			}
		}
		switch m.first[fEvent] {
		case eventFoiled:
			t.FoiledPlots++
		case eventCompleted:
			t.Completed++
		case eventFailed:
			t.Failed++
		}
		if m.first[fCountry] == "MA" && m.partners["ES"] && m.first[fCoop] == coopJoint {
			t.MAESOps++
			t.MAESArrests += m.arrests
		}
		totals[y] = t
	}
	return totals, nil
}

// planYear lays out the synthetic incidents of one year so that, with the
// real incidents' totals real, the year adds up to t: Morocco–Spain joint
// operations first, then incidents that dismantle cells (some of them
// foiled plots), lone-actor foiled plots, operations without a cell, and
// attacks; then arrests are shared out.
func (g *generator) planYear(t Target, real yearTotals) ([]*incident, error) {
	cells := t.Cells - real.Cells
	arrests := t.Arrests - real.Arrests
	foiled := t.FoiledPlots - real.FoiledPlots
	maesOps := t.MAESOps - real.MAESOps
	maesArrests := t.MAESArrests - real.MAESArrests
	cellArrests := 0
	if t.CellArrests > 0 {
		cellArrests = t.CellArrests - real.CellArrests
	}
	if min(cells, arrests, foiled, maesOps, maesArrests, cellArrests) < 0 ||
		t.Completed < real.Completed || t.Failed < real.Failed {
		return nil, fmt.Errorf("synth: %d: the real incidents exceed the target", t.Year)
	}
	ma := &countries[0]
	var incs, maes, withCells, without []*incident
	for range maesOps {
		inc := &incident{year: t.Year, ctry: ma, event: eventOperation, maes: true}
		if cells > 0 {
			inc.cells = 1
			cells--
		}
		maes = append(maes, inc)
	}
	for cells > 0 {
		inc := &incident{year: t.Year, ctry: ma, event: eventOperation, cells: min(g.cellCount(), cells)}
		cells -= inc.cells
		if foiled > 0 && g.chance(500) {
			inc.event = eventFoiled
			foiled--
		}
		withCells = append(withCells, inc)
	}
	for range foiled {
		without = append(without, &incident{year: t.Year, ctry: ma, event: eventFoiled})
	}
	for range 1 + (2*len(withCells)+2)/5 + arrests/80 {
		without = append(without, &incident{year: t.Year, ctry: ma, event: eventOperation})
	}
	var attacks []*incident
	for range t.Completed - real.Completed {
		attacks = append(attacks, &incident{year: t.Year, ctry: ma, event: eventCompleted})
	}
	for range t.Failed - real.Failed {
		attacks = append(attacks, &incident{year: t.Year, ctry: ma, event: eventFailed})
	}

	if err := g.share(maesArrests, maes); err != nil {
		return nil, fmt.Errorf("synth: %d: Morocco–Spain arrests: %w", t.Year, err)
	}
	rest := arrests - maesArrests
	if cellArrests > 0 {
		inCells := cellArrests
		for _, inc := range maes {
			if inc.cells > 0 {
				inCells -= inc.arrests
			}
		}
		if err := g.share(inCells, withCells); err != nil {
			return nil, fmt.Errorf("synth: %d: arrests in cells: %w", t.Year, err)
		}
		rest -= inCells
		if err := g.share(rest, without); err != nil {
			return nil, fmt.Errorf("synth: %d: arrests outside cells: %w", t.Year, err)
		}
	} else if err := g.share(rest, append(append([]*incident(nil), withCells...), without...)); err != nil {
		return nil, fmt.Errorf("synth: %d: arrests: %w", t.Year, err)
	}

	for _, inc := range maes {
		inc.partners, inc.partner1, inc.coop = "ES", "ES", coopJoint
		if g.chance(100) {
			inc.partners = "ES;FR"
		}
		if inc.arrests >= 2 && g.chance(750) {
			inc.split = 1 + g.rng.IntN(inc.arrests-1)
		}
	}
	crossBorder := 200
	if t.Year < 2004 {
		crossBorder = 80
	}
	for _, list := range [][]*incident{withCells, without} {
		for _, inc := range list {
			if g.chance(crossBorder) {
				g.partnersFor(inc)
			}
		}
	}
	for _, inc := range attacks {
		inc.arrestsUnknown = g.chance(300) // no source says whether anyone was arrested
	}
	incs = append(append(append(append(incs, maes...), withCells...), without...), attacks...)
	g.rng.Shuffle(len(incs), func(i, j int) { incs[i], incs[j] = incs[j], incs[i] })
	return incs, nil
}

// share hands total arrests out over incs: each gets a floor (2 a cell, 1
// otherwise; all 1 when total is too small for that), and the rest goes by
// random weights that favour incidents with cells, rounded by largest
// remainder so the sum is exact.
func (g *generator) share(total int, incs []*incident) error {
	if total == 0 {
		return nil
	}
	if len(incs) == 0 {
		return fmt.Errorf("%d arrests and no incident to give them to", total)
	}
	floor := func(inc *incident) int { return max(1, 2*inc.cells) }
	sumFloor := 0
	for _, inc := range incs {
		sumFloor += floor(inc)
	}
	if sumFloor > total {
		floor = func(*incident) int { return 1 }
		sumFloor = len(incs)
	}
	if sumFloor > total {
		return fmt.Errorf("%d arrests are fewer than the %d incidents", total, len(incs))
	}
	weights := make([]float64, len(incs))
	for i, inc := range incs {
		switch {
		case inc.cells > 0:
			weights[i] = 3*float64(inc.cells) + 3*g.rng.ExpFloat64()
		case inc.event == eventFoiled:
			weights[i] = 0.15 * g.rng.ExpFloat64() // mostly lone actors
		default:
			weights[i] = 1 + 4*g.rng.ExpFloat64()
		}
	}
	for i, n := range apportion(total-sumFloor, weights) {
		incs[i].arrests = floor(incs[i]) + n
	}
	return nil
}

// tieCellsToISIS names ISIS for enough of the synthetic cell incidents
// from isisSince on that, with the real ones, the share of their cells is
// isisShare; the others get another group of their time.
func (g *generator) tieCellsToISIS(plans [][]*incident, real map[int]yearTotals) {
	total, have := 0, 0
	var pool []*incident
	for i, t := range targets {
		if t.Year < isisSince {
			continue
		}
		total += t.Cells
		have += real[t.Year].ISISCells
		for _, inc := range plans[i] {
			if inc.cells > 0 {
				pool = append(pool, inc)
			}
		}
	}
	want := int(math.Round(isisShare * float64(total)))
	g.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	others := []*groupFamily{&famAQIM, &famAQIM, &famAlQaeda, &famNone}
	for _, inc := range pool {
		if have+inc.cells <= want {
			inc.fam = &famISIS
			have += inc.cells
		} else {
			inc.fam = others[g.rng.IntN(len(others))]
		}
	}
}

// date spreads the incidents of year y over the year in their order.
func (g *generator) date(incs []*incident, y int) {
	days := daysIn(y)
	for i, inc := range incs {
		pos := (float64(i) + g.rng.Float64()) / float64(len(incs))
		inc.doy = min(int(pos*float64(days)), days-1)
	}
}
