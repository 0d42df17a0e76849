package synth

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"time"
)

// Header is the column order of every file this package writes.
var Header = []string{
	"incident_id", "date", "country", "event_type", "cells_dismantled",
	"arrests", "arrests_by_country", "partner_countries", "cooperation_type",
	"group", "affiliation", "admin1", "city", "latitude", "longitude",
	"lead_agency", "linked_incident_ids", "seized", "source_name",
	"source_url", "source_date", "notes",
}

// Field positions in Header.
const (
	fID = iota
	fDate
	fCountry
	fEvent
	fCells
	fArrests
	fByCountry
	fPartners
	fCoop
	fGroup
	fAffiliation
	fAdmin1
	fCity
	fLat
	fLon
	fAgency
	fLinked
	fSeized
	fSource
	fURL
	fSourceDate
	fNotes
	nFields
)

// Config sets what Write produces.
type Config struct {
	Rows       int    // number of CSV data rows to write, exactly (the header is extra)
	Seed       uint64 // the same Config gives the same bytes
	Start, End int    // years of the incident dates, inclusive, 1…9999
}

// DefaultConfig is 1,000 rows from seed 1 over 2002–2025, the span of the
// calibration table (Targets).
func DefaultConfig() Config {
	return Config{Rows: 1000, Seed: 1, Start: 2002, End: 2025}
}

func (cfg Config) validate() error {
	switch {
	case cfg.Rows < 0:
		return fmt.Errorf("synth: rows %d is negative", cfg.Rows)
	case cfg.Start < 1 || cfg.End > 9999:
		return fmt.Errorf("synth: years %d–%d are outside 1–9999", cfg.Start, cfg.End)
	case cfg.Start > cfg.End:
		return fmt.Errorf("synth: start year %d is after end year %d", cfg.Start, cfg.End)
	}
	return nil
}

// Write writes a header line and exactly cfg.Rows data rows of synthetic
// incident reports that follow docs/input.md, comma-delimited, LF
// line ends, quoted as RFC 4180 (encoding/csv).
//
// Rows are in date order. Each year gets a share of the rows in proportion
// to the calibration table's activity that year (years outside 2002–2025
// take the nearest year's share). About one incident in five is reported
// by 2–3 rows that share its incident_id and disagree on some values; the
// lowest of their counts is the incident's count. About one row in 100 is
// an exact copy of the row before it. An incident cut off by the end of a
// year's rows or of the file keeps the rows written so far.
//
// Write streams: its memory does not grow with cfg.Rows. Dates run to 31
// December of cfg.End; a run whose as-of date is earlier sees later dates
// as errors.
func Write(w io.Writer, cfg Config) error {
	if err := cfg.validate(); err != nil {
		return err
	}
	g := newGenerator(w, cfg.Seed, true)
	if err := g.cw.Write(Header); err != nil {
		return err
	}
	years := cfg.End - cfg.Start + 1
	weights := make([]float64, years)
	for i := range weights {
		weights[i] = yearWeight(cfg.Start + i)
	}
	budgets := apportion(cfg.Rows, weights)
	inc := &incident{}
	for i, budget := range budgets {
		y := cfg.Start + i
		g.startYear()
		days := daysIn(y)
		for done := 0; done < budget; {
			pos := (float64(done) + g.rng.Float64()) / float64(budget)
			g.randomIncident(inc, y, min(int(pos*float64(days)), days-1))
			done += g.emit(inc, budget-done)
		}
		if err := g.cw.Error(); err != nil {
			return err
		}
	}
	g.cw.Flush()
	return g.cw.Error()
}

// apportion splits total into parts proportional to weights, by largest
// remainder (ties to the earlier part), so the parts sum to total exactly.
func apportion(total int, weights []float64) []int {
	parts := make([]int, len(weights))
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	if sum <= 0 || total <= 0 {
		if total > 0 && len(parts) > 0 {
			parts[0] = total
		}
		return parts
	}
	frac := make([]float64, len(weights))
	left := total
	for i, w := range weights {
		q := float64(total) * w / sum
		parts[i] = int(q)
		frac[i] = q - float64(parts[i])
		left -= parts[i]
	}
	for ; left > 0; left-- {
		best := 0
		for i := range frac {
			if frac[i] > frac[best] {
				best = i
			}
		}
		parts[best]++
		frac[best] = -1
	}
	return parts
}

// incident is one incident before it is written as one or more reports.
// Counts are the reconciled (lowest) values; emit derives each report's.
type incident struct {
	id             string
	year, doy      int  // doy: day of the year, 0-based
	monthOnly      bool // the date is written YYYY-MM
	ctry           *country
	event          string
	cells, arrests int
	arrestsUnknown bool // no report gives arrests
	maes           bool // a planned Morocco–Spain joint operation (Sample)
	partners       string
	partner1       string // first partner, the second entry of the breakdown
	coop           string
	split          int // arrests in partner1's country; 0: no breakdown
	fam            *groupFamily
	spelling       string
	reg            *region
	pl             int // index in reg.places
	agency         string
	linked         string
	seized         string
	notes          string
	sources        int // reports of this incident
}

const coordVariants = 8

// generator holds the state of one Write or Sample: the random source, the
// CSV writer, and small caches that keep the hot loop free of allocation.
type generator struct {
	rng       *rand.Rand
	cw        *csv.Writer
	rec       []string
	coords    [][coordVariants][2]string // by place index: jittered lat, lon
	dates     dateCache
	allowMAES bool // random cross-border incidents may be MA–ES joint operations
	seq       int  // incident number within the year
	recent    [32]string
	nRecent   int
	idBuf     []byte
}

func newGenerator(w io.Writer, seed uint64, allowMAES bool) *generator {
	g := &generator{
		rng:       rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)),
		cw:        csv.NewWriter(bufio.NewWriterSize(w, 1<<16)),
		rec:       make([]string, nFields),
		coords:    make([][coordVariants][2]string, len(placeIndex)),
		allowMAES: allowMAES,
	}
	for ci := range countries {
		for ri := range countries[ci].regions {
			for pi := range countries[ci].regions[ri].places {
				p := &countries[ci].regions[ri].places[pi]
				for v := range coordVariants {
					lat := p.lat + (g.rng.Float64()-0.5)*0.06
					lon := p.lon + (g.rng.Float64()-0.5)*0.06
					g.coords[placeIndex[p]][v] = [2]string{
						strconv.FormatFloat(lat, 'f', 4, 64),
						strconv.FormatFloat(lon, 'f', 4, 64),
					}
				}
			}
		}
	}
	return g
}

// placeIndex numbers every place of countries, for the coordinate cache.
var placeIndex = func() map[*place]int {
	idx := map[*place]int{}
	for ci := range countries {
		for ri := range countries[ci].regions {
			for pi := range countries[ci].regions[ri].places {
				p := &countries[ci].regions[ri].places[pi]
				if _, ok := idx[p]; !ok {
					idx[p] = len(idx)
				}
			}
		}
	}
	return idx
}()

func (g *generator) startYear() { g.seq = 0 }

func (g *generator) chance(perMille int) bool { return g.rng.IntN(1000) < perMille }

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

// newID returns SYN-YYYY-NNNNNN for the next incident of year y.
func (g *generator) newID(y int) string {
	g.seq++
	b := append(g.idBuf[:0], "SYN-"...)
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, g.seq, 6)
	g.idBuf = b
	id := string(b)
	g.recent[g.nRecent%len(g.recent)] = id
	g.nRecent++
	return id
}

func appendPadded(b []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// earlierID returns one of the last incident ids written before the
// current one, or "" when there is none.
func (g *generator) earlierID() string {
	n := min(g.nRecent-1, len(g.recent)-1)
	if n <= 0 {
		return ""
	}
	back := 1 + g.rng.IntN(n)
	return g.recent[(g.nRecent-1-back+len(g.recent)*2)%len(g.recent)]
}

// randomIncident draws a free incident for Write on day doy of year y.
func (g *generator) randomIncident(inc *incident, y, doy int) {
	*inc = incident{year: y, doy: doy, id: g.newID(y)}
	u := g.rng.IntN(1000)
	for i := range countries {
		if u < countries[i].weight || i == len(countries)-1 {
			inc.ctry = &countries[i]
			break
		}
		u -= countries[i].weight
	}
	switch u := g.rng.IntN(100); {
	case u < 72:
		inc.event = eventOperation
	case u < 96:
		inc.event = eventFoiled
	case u < 98:
		inc.event = eventFailed
	default:
		inc.event = eventCompleted
	}
	switch inc.event {
	case eventOperation, eventFoiled:
		p := 550
		if inc.event == eventFoiled {
			p = 400
		}
		if g.chance(p) {
			inc.cells = g.cellCount()
			inc.arrests = 2*inc.cells + g.rng.IntN(4*inc.cells+3)
		} else {
			inc.arrests = 1 + g.rng.IntN(4)
		}
		if g.chance(30) {
			inc.arrests += 10 + g.rng.IntN(30) // a sweep
		}
	default:
		inc.arrests = g.rng.IntN(4) // arrests that followed the attack
		inc.arrestsUnknown = inc.arrests == 0 && g.chance(300)
	}
	crossBorder := 220
	if inc.ctry.code != "MA" {
		crossBorder = 350
	}
	if g.chance(crossBorder) {
		g.partnersFor(inc)
	}
	g.describe(inc)
}

func (g *generator) cellCount() int {
	switch u := g.rng.IntN(100); {
	case u < 82:
		return 1
	case u < 95:
		return 2
	default:
		return 3
	}
}

// partnersFor gives inc one or two partner countries, a cooperation type
// and, for most joint operations, an arrests breakdown.
func (g *generator) partnersFor(inc *incident) {
	list := inc.ctry.partners
	p1 := g.pick(list)
	inc.partner1, inc.partners = p1, p1
	if g.chance(150) {
		if p2 := g.pick(list); p2 != p1 {
			inc.partners = p1 + ";" + p2
		}
	}
	switch u := g.rng.IntN(100); {
	case u < 55:
		inc.coop = coopJoint
	case u < 93:
		inc.coop = coopIntel
	default:
		inc.coop = coopExtradition
	}
	if !g.allowMAES && inc.coop == coopJoint && isMAES(inc.ctry.code, inc.partners) {
		inc.coop = coopIntel
	}
	if inc.coop == coopJoint && inc.arrests >= 2 && g.chance(650) {
		inc.split = 1 + g.rng.IntN(inc.arrests-1)
	}
}

// isMAES reports whether an incident led by lead with these partners
// involves both Morocco and Spain.
func isMAES(lead, partners string) bool {
	hasMA, hasES := lead == "MA", lead == "ES"
	for i := 0; i+1 < len(partners); i += 3 {
		switch partners[i : i+2] {
		case "MA":
			hasMA = true
		case "ES":
			hasES = true
		}
	}
	return hasMA && hasES
}

// describe fills in what a report says beside the counts: place, group,
// agency, seized items, notes, links, and how many sources report it.
func (g *generator) describe(inc *incident) {
	regs := inc.ctry.regions
	total := 0
	for i := range regs {
		total += regs[i].weight
	}
	u := g.rng.IntN(total)
	for i := range regs {
		if u < regs[i].weight {
			inc.reg = &regs[i]
			break
		}
		u -= regs[i].weight
	}
	inc.pl = g.rng.IntN(len(inc.reg.places))
	if inc.fam == nil {
		inc.fam = g.familyFor(inc)
	}
	inc.spelling = g.pick(inc.fam.spellings)
	inc.agency = g.agencyFor(inc)
	if inc.arrests > 0 && g.chance(500) || g.chance(100) {
		inc.seized = g.pick(seizedLists)
	}
	if g.chance(250) {
		inc.notes = g.pick(notesText)
	}
	if g.chance(40) {
		inc.linked = g.earlierID()
	}
	inc.monthOnly = g.chance(30)
	inc.sources = 1
	if g.chance(200) {
		inc.sources = 2
		if g.chance(350) {
			inc.sources = 3
		}
	}
}

func (g *generator) familyFor(inc *incident) *groupFamily {
	if inc.ctry.code == "ES" && inc.year < 2011 && g.chance(150) {
		return &famETA
	}
	era := groupEras[0]
	for _, e := range groupEras {
		if inc.year >= e.from {
			era = e
		}
	}
	return era.families[g.rng.IntN(len(era.families))]
}

func (g *generator) agencyFor(inc *incident) string {
	if inc.ctry.code != "MA" {
		return g.pick(inc.ctry.agencies)
	}
	if inc.year >= 2015 {
		return g.pick(agenciesMALate)
	}
	return g.pick(agenciesMAEarly)
}

// emit writes the reports of inc, at most budget rows, and returns how
// many it wrote. One report (drawn at random, not always the first) gives
// the incident's counts; the others give the same or 1–2 more arrests, or
// leave a count empty, so the lowest-count rule gives back inc's counts.
func (g *generator) emit(inc *incident, budget int) int {
	rec := g.rec
	lowest := g.rng.IntN(inc.sources)
	src := g.rng.IntN(len(sourceNames))
	pl := &inc.reg.places[inc.pl]
	written := 0
	for r := 0; r < inc.sources && written < budget; r++ {
		secondary := r > 0
		off := 0
		if r != lowest && inc.arrests > 0 {
			switch u := g.rng.IntN(10); {
			case u >= 8:
				off = 2
			case u >= 5:
				off = 1
			}
		}
		rec[fID] = inc.id
		doy := inc.doy
		if secondary && doy > 0 && !inc.monthOnly && g.chance(30) {
			doy-- // a source that dates it a day earlier
		}
		if inc.monthOnly {
			rec[fDate] = g.dates.month(inc.year, doy)
		} else {
			rec[fDate] = g.dates.day(inc.year, doy)
		}
		rec[fCountry] = inc.ctry.code
		rec[fEvent] = inc.event
		rec[fCells] = itoa(inc.cells)
		if secondary && g.chance(50) {
			rec[fCells] = ""
		}
		arrests := inc.arrests + off
		rec[fArrests] = itoa(arrests)
		givesArrests := !inc.arrestsUnknown && !(secondary && r != lowest && g.chance(50))
		if !givesArrests {
			rec[fArrests] = ""
		}
		rec[fPartners], rec[fCoop], rec[fByCountry] = inc.partners, inc.coop, ""
		if secondary && inc.partners != "" && g.chance(100) {
			rec[fPartners], rec[fCoop] = "", "" // a source silent on cooperation
		} else if inc.split > 0 && givesArrests && !(secondary && g.chance(200)) {
			share := inc.split + off
			if g.chance(75) {
				share++ // the breakdown disagrees with the row's total
			}
			rec[fByCountry] = inc.ctry.code + ":" + itoa(inc.arrests-inc.split) + ";" + inc.partner1 + ":" + itoa(share)
		}
		rec[fGroup] = inc.spelling
		if secondary && g.chance(500) {
			rec[fGroup] = g.pick(inc.fam.spellings)
		}
		rec[fAffiliation] = ""
		if inc.fam.affiliation != "" && g.chance(80) {
			rec[fAffiliation] = inc.fam.affiliation
		} else if inc.fam.affiliation == "" && g.chance(250) {
			rec[fAffiliation] = "unknown"
		}
		p := pl
		if secondary && len(inc.reg.places) > 1 && g.chance(200) {
			p = &inc.reg.places[g.rng.IntN(len(inc.reg.places))]
		}
		rec[fAdmin1], rec[fCity] = p.admin1, p.city
		if g.chance(50) {
			rec[fAdmin1] = ""
		}
		rec[fLat], rec[fLon] = "", ""
		if !g.chance(100) {
			c := &g.coords[placeIndex[p]][g.rng.IntN(coordVariants)]
			rec[fLat], rec[fLon] = c[0], c[1]
		}
		rec[fAgency] = inc.agency
		if secondary && g.chance(150) {
			rec[fAgency] = g.agencyFor(inc)
		}
		rec[fLinked] = inc.linked
		if secondary && g.chance(500) {
			rec[fLinked] = ""
		}
		rec[fSeized] = inc.seized
		if secondary {
			switch u := g.rng.IntN(10); {
			case u < 2:
				rec[fSeized] = ""
			case u < 4:
				rec[fSeized] = g.pick(seizedLists)
			}
		}
		rec[fSource] = sourceNames[(src+r)%len(sourceNames)]
		rec[fURL] = ""
		if g.chance(200) {
			rec[fURL] = "https://example.org/synthetic/" + inc.id + "/" + itoa(r+1)
		}
		rec[fSourceDate] = ""
		if !inc.monthOnly && g.chance(600) {
			rec[fSourceDate] = g.dates.day(inc.year, min(inc.doy+g.rng.IntN(3), daysIn(inc.year)-1))
		}
		rec[fNotes] = inc.notes
		if secondary {
			rec[fNotes] = ""
			if g.chance(200) {
				rec[fNotes] = g.pick(notesText)
			}
		}
		if g.chance(6) {
			rec[fNotes] = g.pick(formulaNotes)
		}
		g.cw.Write(rec) // errors are sticky: the caller checks cw.Error
		written++
		if written < budget && g.chance(10) {
			g.cw.Write(rec) // an exact copy of the report
			written++
		}
	}
	return written
}

// Event and cooperation types of docs/input.md.
const (
	eventOperation  = "operation"
	eventFoiled     = "foiled_plot"
	eventFailed     = "failed_attack"
	eventCompleted  = "completed_attack"
	coopJoint       = "joint_operation"
	coopIntel       = "intelligence_sharing"
	coopExtradition = "extradition"
)

func daysIn(y int) int {
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 366
	}
	return 365
}

// dateCache holds the date strings of the two most recent years asked for.
type dateCache struct {
	slots [2]yearDates
	next  int
}

type yearDates struct {
	year   int
	days   []string // YYYY-MM-DD by day of the year
	months []string // YYYY-MM by day of the year
}

func (c *dateCache) get(y int) *yearDates {
	for i := range c.slots {
		if c.slots[i].year == y && c.slots[i].days != nil {
			return &c.slots[i]
		}
	}
	s := &c.slots[c.next]
	c.next = (c.next + 1) % len(c.slots)
	n := daysIn(y)
	s.year, s.days, s.months = y, make([]string, n), make([]string, n)
	first := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
	month := ""
	for i := range n {
		d := first.AddDate(0, 0, i)
		s.days[i] = d.Format(time.DateOnly)
		if i == 0 || d.Day() == 1 {
			month = s.days[i][:7]
		}
		s.months[i] = month
	}
	return s
}

func (c *dateCache) day(y, doy int) string   { return c.get(y).days[doy] }
func (c *dateCache) month(y, doy int) string { return c.get(y).months[doy] }

// Reshaped gives a synth file's records (header first) the shape of a file
// another program wrote: most incidents with a single report (the first;
// about one in twelve keeps a second) and the rows in random order, the
// same for the same records. The benchmarks and scripts/shuffle use it.
func Reshaped(recs [][]string) [][]string {
	if len(recs) == 0 {
		return nil
	}
	seen := map[string]int{}
	rows := recs[:1:1]
	for _, r := range recs[1:] {
		k := seen[r[0]]
		seen[r[0]]++
		if k == 0 || k == 1 && len(seen)%12 == 0 {
			rows = append(rows, r)
		}
	}
	body := rows[1:]
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	return rows
}
