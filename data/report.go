package data

import (
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// layout maps the fields of a file's rows to columns.
type layout struct {
	file    string
	columns []column // per field; -1 for an unknown column
	extra   []int    // per field; index into Dataset.UnknownColumns, or -1
	key     []uint64 // per field: its column's key in a report's hash
	headers []string // per field, as written
	has     [numColumns]int
	// foreign, when set, converts the rows of a file in another data
	// set's format (GTD, ACLED) into records of this layout's fields.
	foreign *foreign
	// formerApart: a former state is counted as itself (FormerApart),
	// not under its successor.
	formerApart bool
}

func newLayout(file string, header []string, unknown *[]string) (*layout, error) {
	if len(header) > MaxColumns {
		return nil, RowError{File: file, Line: 1, Reason: fmt.Sprintf("the header has %d columns; at most %d are read", len(header), MaxColumns)}
	}
	l := &layout{file: file, columns: make([]column, len(header)), extra: make([]int, len(header)), key: make([]uint64, len(header)), headers: header}
	for c := range l.has {
		l.has[c] = -1
	}
	// The unknown columns of the files read before, and of this one, by
	// name: two columns of one file that normalise alike would be one.
	known := make(map[string]int, len(*unknown))
	for j, name := range *unknown {
		known[name] = j
	}
	here := map[string]int{}
	var added []string // new unknown columns, kept once the header is good
	for i, h := range header {
		if !utf8.ValidString(h) {
			return nil, RowError{File: file, Line: 1, Column: i + 1, ColumnName: fmt.Sprintf("%q", h), Reason: "header is not valid UTF-8"}
		}
		l.extra[i] = -1
		k := headerKey(h)
		c, ok := columnNames[k]
		if !ok {
			l.columns[i] = -1
			if k == "" {
				k = fmt.Sprintf("column_%d", i+1) // unnamed: kept under its position
			}
			if prev, dup := here[k]; dup {
				return nil, RowError{File: file, Line: 1, Column: i + 1, ColumnName: h,
					Reason: fmt.Sprintf("columns %d (%q) and %d (%q) have the same name once normalised (%s)", prev+1, header[prev], i+1, h, k)}
			}
			here[k] = i
			idx, ok := known[k]
			if !ok {
				idx = len(*unknown) + len(added)
				added = append(added, k)
				known[k] = idx
			}
			l.extra[i] = idx
			continue
		}
		if prev := l.has[c]; prev >= 0 {
			return nil, RowError{File: file, Line: 1, Column: i + 1, ColumnName: h,
				Reason: fmt.Sprintf("column %s appears twice (also column %d, %q)", canonicalName[c], prev+1, header[prev])}
		}
		l.has[c] = i
		l.columns[i] = c
	}
	var missing []string
	for _, c := range []column{cIncidentID, cDate, cCountry} {
		if l.has[c] < 0 {
			missing = append(missing, canonicalName[c])
		}
	}
	if len(missing) > 0 {
		return nil, RowError{File: file, Line: 1, Reason: fmt.Sprintf("required column missing: %s (the header has: %s)", strings.Join(missing, ", "), strings.Join(header, ", "))}
	}
	*unknown = append(*unknown, added...)
	for i, c := range l.columns {
		if c >= 0 {
			l.key[i] = uint64(c) + 1
		} else {
			l.key[i] = uint64(numColumns) + 1 + uint64(l.extra[i])
		}
	}
	return l, nil
}

// report is one accepted input row, every value checked and normalised.
// Text values are codes in the load's dict; it is kept small because a
// load holds every report until the incidents are merged.
type report struct {
	hash           uint64  // of every column's value, to find identical copies
	cells, arrests int64   // -1 when not given
	lat, lon       float64 // NaN when not given
	next           int32   // the incident's next report, -1 for none
	file, line     int32
	date           date
	sourceDate     date             // zero when not given
	codes          [numCoded]uint32 // dict codes of the text columns, as in Incidents
	extra          uint32           // dict code of the unknown columns (see joinExtra)
}

// countryCount is one entry of arrests_by_country.
type countryCount struct {
	country string
	n       int
}

// byCountryValue is a checked arrests_by_country cell.
type byCountryValue struct {
	code    uint32 // of its normalised text, "MA:2;ES:9"
	sum     int
	entries []countryCount
	former  bool // a country is named as a former state, counted under its successor
}

// parser turns records into reports. Each worker has its own: the caches
// of repeated values (countries, groups, lists, dates) are looked up
// without locks, and their keys are copies, never parts of a chunk.
type parser struct {
	asOf    time.Time
	asOfDay int32 // asOf's day (CivilDays)
	groups  *GroupTable
	nExtra  *[]string
	dict    *dict
	cache   [numColumns + 1]valueCache // by column; extraCache for the unknown columns
	// own holds the values this parser keeps on its own (see ownText).
	own    textStore
	extra  []string // a row's unknown columns (extraRow)
	conv   []string // a converted record (foreign formats)
	memo   convMemo // what conv worked out, by raw text
	worker uint32
}

// cached is what a raw value of one column was read as.
type cached struct {
	code     uint32 // dict code of the normalised value
	code2    uint32 // the group's affiliation
	former   bool   // a country: the name of a former state, counted under its successor
	text     string // a country's ISO code
	date     date
	list     []string // partner country codes (code is their list's)
	byCountr *byCountryValue
}

func newParser(asOf time.Time, groups *GroupTable, nExtra *[]string, d *dict) *parser {
	y, m, day := asOf.Date()
	return &parser{asOf: asOf, asOfDay: CivilDays(y, int(m), day), groups: groups, nExtra: nExtra, dict: d}
}

// parse checks one record into r. It returns the incident id (part of the
// record: the caller copies what it keeps) and its idHash, warnings about
// the row, or the RowError that rejects it.
//
// valid says the record is known to be valid UTF-8 (fields are split at
// ASCII bytes, so a valid record has valid fields); otherwise each field
// is checked.
func (p *parser) parse(l *layout, rec []string, fileIdx, line int, valid bool, r *report) (string, uint64, []RowError, *RowError) {
	fail := func(field int, err error) (string, uint64, []RowError, *RowError) {
		return "", 0, nil, rowError(l, line, field, err)
	}
	if len(rec) != len(l.columns) {
		return fail(-1, refuse("field_count", "row has %v fields, the header has %v", len(rec), len(l.columns)))
	}
	*r = report{file: int32(fileIdx), line: int32(line), lat: math.NaN(), lon: math.NaN(), cells: -1, arrests: -1, next: -1}
	var id, country, precision, byCountryText string
	var idH uint64
	var extra []string
	var partners []string
	var partnersCode uint32
	var derived uint32
	var bc *byCountryValue
	var precisionField, arrestsField, dateField int
	var warnings []RowError
	var former, partnersFormer bool
	var formerField, partnersField, byCountryField int
	for i, raw := range rec {
		if len(raw) > MaxFieldBytes {
			return fail(i, refuse("field_too_long", "value of %v bytes is longer than %v bytes, the longest accepted", len(raw), MaxFieldBytes))
		}
		if !valid && !utf8.ValidString(raw) {
			return fail(i, refuse("not_utf8", "value is not valid UTF-8"))
		}
		v := trimSpace(raw)
		if v == "" {
			continue
		}
		h := maphash.String(hashSeed, v)
		r.hash += valueHash(l.key[i], h)
		col := l.columns[i]
		if col < 0 {
			if extra == nil {
				extra = p.extraRow(len(*p.nExtra))
			}
			extra[l.extra[i]] = v
			continue
		}
		var err error
		switch col {
		case cIncidentID:
			id, idH = v, h
		case cDate:
			r.date, err = p.date(col, h, v)
			dateField = i
		case cDatePrecision:
			precision, precisionField = strings.ToLower(v), i
		case cCountry:
			country, r.codes[kCountry], former, err = p.countryOrFormer(h, v, l.formerApart)
			formerField = i
		case cEventType:
			r.codes[kEvent], err = p.enum(col, h, v, eventTypes)
		case cCells:
			r.cells, err = parseCount64(v, MaxCells, canonicalName[cCells])
		case cArrests:
			r.arrests, err = parseCount64(v, MaxArrests, canonicalName[cArrests])
			arrestsField = i
		case cArrestsByCountry:
			bc, err = p.byCountry(h, v, l.formerApart)
			byCountryText, byCountryField = v, i
		case cPartners:
			partners, partnersCode, partnersFormer, err = p.partners(h, v, l.formerApart)
			partnersField = i
		case cCooperation:
			r.codes[kCooperation], err = p.enum(col, h, v, cooperationTypes)
		case cGroup:
			r.codes[kGroup], derived = p.group(h, v)
		case cAffiliation:
			r.codes[kAffiliation], err = p.affiliation(h, v)
		case cAdmin1:
			r.codes[kAdmin1] = p.knownText(col, h, v)
		case cCity:
			r.codes[kCity] = p.knownText(col, h, v)
		case cLatitude, cLongitude:
			// A descriptive value: a bad one is dropped with a warning, and
			// the incident stays.
			limit, at := 90.0, &r.lat
			if col == cLongitude {
				limit, at = 180, &r.lon
			}
			if *at, err = parseCoordinate(v, limit); err != nil {
				*at, err = math.NaN(), nil
				warnings = append(warnings, droppedCoordinate(l, line, i, v, limit))
			}
		case cLeadAgency:
			r.codes[kLeadAgency] = p.knownText(col, h, v)
		case cLinked:
			r.codes[kLinked] = p.ownText(joinList(splitList(v)))
		case cSeized:
			r.codes[kSeized] = p.list(col, h, v)
		case cSourceName:
			r.codes[kSourceName] = p.text(col, h, v)
		case cSourceURL:
			r.codes[kSourceURL] = p.ownText(v)
		case cSourceDate:
			if r.sourceDate, err = p.date(col, h, v); err == nil && r.sourceDate.firstDay() > p.asOfDay {
				err = refuse("after_as_of", "%q is after the as-of date %s", v, p.asOf.Format("2006-01-02"))
			}
		case cNotes:
			r.codes[kNotes] = p.ownCached(int(col), h, v)
		}
		if err != nil {
			return fail(i, err)
		}
	}
	if r.codes[kAffiliation] == 0 {
		r.codes[kAffiliation] = derived
	}
	for _, c := range []column{cIncidentID, cDate, cCountry} {
		if id == "" && c == cIncidentID || r.date.year == 0 && c == cDate || r.codes[kCountry] == 0 && c == cCountry {
			return fail(l.has[c], refuse("required_empty", "required value is empty"))
		}
	}
	if former {
		name := cutText(strings.Clone(trimSpace(rec[formerField])), maxArgBytes)
		warnings = append(warnings, RowError{File: l.file, Line: line, Column: formerField + 1, ColumnName: l.headers[formerField],
			Reason: fmt.Sprintf("%q is a former state: counted under %s, its successor", name, country),
			Code:   "former_country", Args: []any{name, country}})
	}
	if partnersFormer {
		warnings = append(warnings, formerItems(l, line, partnersField, rec[partnersField], false)...)
	}
	if bc != nil && bc.former {
		warnings = append(warnings, formerItems(l, line, byCountryField, rec[byCountryField], true)...)
	}
	if precision != "" {
		if precision != PrecisionDay && precision != PrecisionMonth && precision != PrecisionYear {
			if a, ok := aliasOf(precision, []string{PrecisionDay, PrecisionMonth, PrecisionYear}); ok {
				precision = a // jour, mois, année, يوم…
			}
		}
		widened, err := r.date.widen(precision)
		switch {
		case err == nil:
			r.date = widened
		case precision == PrecisionDay || precision == PrecisionMonth || precision == PrecisionYear:
			// A precision finer than the date cannot narrow it: the date
			// keeps what it says, and the row is kept.
			precision = strings.Clone(precision)
			warnings = append(warnings, RowError{File: l.file, Line: line, Column: precisionField + 1, ColumnName: l.headers[precisionField],
				Reason: err.Error() + ": the date keeps its own precision", Code: "precision_finer", Args: []any{precision, r.date.String()}})
		default:
			return fail(precisionField, err)
		}
	}
	// A date after the as-of date is an error, once the precision has said
	// what the date stands for (2026-12-15 given to the year is 2026).
	if r.date.firstDay() > p.asOfDay {
		return fail(dateField, refuse("after_as_of", "%q is after the as-of date %s", strings.TrimSpace(rec[dateField]), p.asOf.Format("2006-01-02")))
	}
	// A partner is a foreign country: the lead country is not its own partner.
	if contains(partners, country) {
		partners = remove(slices.Clone(partners), country)
		partnersCode = p.dict.code(joinList(partners))
		warnings = append(warnings, RowError{File: l.file, Line: line, Column: l.has[cPartners] + 1, ColumnName: l.headers[l.has[cPartners]],
			Reason: fmt.Sprintf("%s is the lead country, not a partner: left out of the partners", country),
			Code:   "lead_not_partner", Args: []any{country}})
	}
	r.codes[kPartners] = partnersCode
	if bc != nil {
		r.codes[kByCountry] = bc.code
		if r.arrests < 0 {
			// Arrests left empty beside a breakdown: the breakdown's total
			// is the count, so the note and figures.json, which show the
			// breakdown, say the same.
			r.arrests = int64(bc.sum)
			col := l.has[cArrestsByCountry]
			byCountryText = cutText(strings.Clone(byCountryText), maxArgBytes)
			warnings = append(warnings, RowError{File: l.file, Line: line, Column: col + 1, ColumnName: l.headers[col],
				Reason: fmt.Sprintf("arrests not given: taken as the arrests_by_country total %s (%s)", groupDigits(bc.sum), byCountryText),
				Code:   "arrests_from_breakdown", Args: []any{bc.sum, byCountryText}})
		} else if int64(bc.sum) != r.arrests {
			byCountryText = cutText(strings.Clone(byCountryText), maxArgBytes)
			warnings = append(warnings, RowError{File: l.file, Line: line, Column: arrestsField + 1, ColumnName: l.headers[arrestsField],
				Reason: fmt.Sprintf("arrests %d differ from the arrests_by_country total %d (%s)", r.arrests, bc.sum, byCountryText),
				Code:   "arrests_mismatch", Args: []any{int(r.arrests), bc.sum, byCountryText}})
		}
	}
	if extra != nil {
		v := joinExtra(extra)
		r.extra = p.ownCached(extraCache, maphash.String(hashSeed, v), v)
	}
	return id, idH, warnings, nil
}

// extraRow returns the parser's row of n unknown columns, emptied: the
// values of one row until they are joined.
func (p *parser) extraRow(n int) []string {
	if cap(p.extra) < n {
		p.extra = make([]string, n)
	}
	row := p.extra[:n]
	clear(row)
	return row
}

// joinList writes a list cell; a one-item list needs no new string.
func joinList(list []string) string {
	if len(list) == 1 {
		return list[0]
	}
	return strings.Join(list, ";")
}

// joinExtra keeps the values of the unknown columns as one text, split
// by a byte that valid UTF-8 never holds.
func joinExtra(values []string) string { return strings.Join(values, "\xff") }

// splitExtra returns the value of each of n unknown columns.
func splitExtra(s string, n int) []string {
	out := make([]string, n)
	if s != "" {
		copy(out, strings.Split(s, "\xff"))
	}
	return out
}

// ownText keeps a value that is mostly one a row (a source URL, linked
// incidents) in the parser's own list, without the dict's lock and index:
// its code says which parser holds it until the load gathers the lists
// (gatherOwnText). Equal values kept by two parsers get two codes, so
// merging compares such values as text.
func (p *parser) ownText(v string) uint32 {
	if v == "" {
		return 0
	}
	if p.own.n >= ownTextMax || p.worker >= ownWorkers {
		c, _ := p.dict.add(v)
		return c
	}
	return ownCode | p.worker<<ownWorkerShift | uint32(p.own.add(v))
}

// ownCached is ownText for the values of a column that may be one a row
// or repeat (notes, unknown columns): a value the parser has seen keeps
// its code, so repeated values are kept once.
func (p *parser) ownCached(cache int, h uint64, v string) uint32 {
	if c, ok := p.cache[cache].code(h, v); ok {
		return c
	}
	code := p.ownText(v)
	p.cache[cache].putCode(h, v, code)
	return code
}

// extraCache is the parser's cache of the unknown columns' values.
const extraCache = int(numColumns)

// An own-text code: the top bit, the parser (7 bits), the index (24 bits).
const (
	ownCode        = 1 << 31
	ownWorkerShift = 24
	ownWorkers     = 1 << 7
	ownTextMax     = 1 << ownWorkerShift
)

// ownColumns are the columns whose values parsers keep with ownText.
var ownColumns = [...]int{kSourceURL, kLinked, kNotes}

// The value readers below cache what a raw value was read as (never an
// error: a bad value is reported each time, with its own line). Each
// takes the value's hash h (maphash.String with hashSeed).

func (p *parser) date(col column, h uint64, v string) (date, error) {
	d, ok := isoDay(v)
	if !ok {
		if c, ok := p.cache[col].get(h, v); ok {
			d = c.date
		} else {
			var err error
			if d, err = parseDate(v); err != nil {
				return d, err
			}
			p.cache[col].put(h, v, cached{date: d})
		}
	}
	if d.year < MinYear {
		return date{}, refuse("before_min_year", "%q is before %s, the earliest year accepted", v, strconv.Itoa(MinYear))
	}
	return d, nil
}

// text returns the dict code of a value kept as it is written.
func (p *parser) text(col column, h uint64, v string) uint32 {
	if c, ok := p.cache[col].code(h, v); ok {
		return c
	}
	code, _ := p.dict.add(v)
	p.cache[col].putCode(h, v, code)
	return code
}

// countryOrFormer returns the ISO code a country cell names, its dict
// code, and whether v names a former state counted under its successor:
// a former state's name gives its successor's code, or, if apart, its own
// (SUHH). (apart is the load's, the same for every call of a parser, so
// the cache holds for it.)
func (p *parser) countryOrFormer(h uint64, v string, apart bool) (string, uint32, bool, error) {
	if c, ok := p.cache[cCountry].get(h, v); ok {
		return c.text, c.code, c.former, nil
	}
	iso, former, err := parseCountryIn(v, apart)
	if err != nil {
		return "", 0, false, err
	}
	c := p.dict.code(iso)
	p.cache[cCountry].put(h, v, cached{code: c, text: iso, former: former})
	return iso, c, former, nil
}

// knownText is text for a column where a value that means "not known"
// (isUnknownValue) is no value: its code is 0, as for an empty cell.
func (p *parser) knownText(col column, h uint64, v string) uint32 {
	if c, ok := p.cache[col].code(h, v); ok {
		return c
	}
	var code uint32
	if !isUnknownValue(v) {
		code, _ = p.dict.add(v)
	}
	p.cache[col].putCode(h, v, code)
	return code
}

func (p *parser) enum(col column, h uint64, v string, allowed []string) (uint32, error) {
	if c, ok := p.cache[col].code(h, v); ok {
		return c, nil
	}
	e, err := parseEnum(v, allowed)
	if err != nil {
		return 0, err
	}
	c := p.dict.code(e)
	p.cache[col].putCode(h, v, c)
	return c, nil
}

// affiliation reads an affiliation cell; one that means "not known"
// (isUnknownValue, the enumeration's own unknown among them) is no value,
// so the group's affiliation is used, or unknown once the incident is
// merged.
func (p *parser) affiliation(h uint64, v string) (uint32, error) {
	if c, ok := p.cache[cAffiliation].code(h, v); ok {
		return c, nil
	}
	var code uint32
	if !isUnknownValue(v) {
		a, err := parseEnum(v, affiliations)
		if err != nil {
			return 0, err
		}
		code = p.dict.code(a)
	}
	p.cache[cAffiliation].putCode(h, v, code)
	return code, nil
}

// group returns the codes of the group's one name and of its affiliation;
// a value that means "not known" (isUnknownValue) is no group, both codes
// 0.
func (p *parser) group(h uint64, v string) (uint32, uint32) {
	if c, ok := p.cache[cGroup].get(h, v); ok {
		return c.code, c.code2
	}
	var c cached
	if !isUnknownValue(v) {
		name, aff, _ := p.groups.Lookup(v)
		c = cached{code: p.dict.code(name), code2: p.dict.code(aff)}
	}
	p.cache[cGroup].put(h, v, c)
	return c.code, c.code2
}

// partners reads a list of countries, each once, and gives the dict code
// of the list, and whether a former state is counted under its successor
// in it; the list is shared with the cache and must not be changed.
func (p *parser) partners(h uint64, v string, apart bool) ([]string, uint32, bool, error) {
	if c, ok := p.cache[cPartners].get(h, v); ok {
		return c.list, c.code, c.former, nil
	}
	var list []string
	anyFormer := false
	for _, item := range splitList(v) {
		code, _, former, err := p.countryOrFormer(maphash.String(hashSeed, item), item, apart)
		if err != nil {
			return nil, 0, false, err
		}
		anyFormer = anyFormer || former
		if !contains(list, code) {
			list = append(list, code)
		}
	}
	c := cached{list: list, code: p.dict.code(joinList(list)), former: anyFormer}
	p.cache[cPartners].put(h, v, c)
	return list, c.code, anyFormer, nil
}

// formerItems are the former_country warnings of a list cell of
// countries (partner_countries, or arrests_by_country's COUNTRY:n when
// breakdown): one for each item that names a former state, counted under
// its successor.
func formerItems(l *layout, line, field int, cell string, breakdown bool) []RowError {
	var out []RowError
	for _, item := range splitList(trimSpace(cell)) {
		if breakdown {
			item, _, _ = strings.Cut(item, ":")
			item = strings.TrimSpace(item)
		}
		f, ok := formerIndex()[nameKey(item)]
		if !ok {
			continue
		}
		name := cutText(strings.Clone(item), maxArgBytes)
		out = append(out, RowError{File: l.file, Line: line, Column: field + 1, ColumnName: l.headers[field],
			Reason: fmt.Sprintf("%q is a former state: counted under %s, its successor", name, f.Successor),
			Code:   "former_country", Args: []any{name, f.Successor}})
	}
	return out
}

// list reads a list cell (seized items) as its items
// joined by ';'.
func (p *parser) list(col column, h uint64, v string) uint32 {
	if c, ok := p.cache[col].code(h, v); ok {
		return c
	}
	c := p.dict.code(joinList(splitList(v)))
	p.cache[col].putCode(h, v, c)
	return c
}

// byCountry reads "MA:2;ES:9". A country named twice is an error.
func (p *parser) byCountry(h uint64, v string, apart bool) (*byCountryValue, error) {
	if c, ok := p.cache[cArrestsByCountry].get(h, v); ok {
		return c.byCountr, nil
	}
	var out []countryCount
	sum := 0
	anyFormer := false
	for _, item := range splitList(v) {
		c, n, ok := strings.Cut(item, ":")
		if !ok {
			return nil, refuse("not_by_country", "%q is not a list of COUNTRY:n", item)
		}
		name := strings.TrimSpace(c)
		code, _, former, err := p.countryOrFormer(maphash.String(hashSeed, name), name, apart)
		if err != nil {
			return nil, err
		}
		anyFormer = anyFormer || former
		k, err := parseCount(strings.TrimSpace(n))
		if err == nil {
			err = aboveCeiling(int64(k), strings.TrimSpace(n), MaxArrests, canonicalName[cArrests])
		}
		if err != nil {
			return nil, forCountry(code, err)
		}
		for _, prev := range out {
			if prev.country == code {
				return nil, refuse("given_twice", "%s is given twice", code)
			}
		}
		out = append(out, countryCount{code, k})
		sum += k
	}
	if sum > MaxArrests {
		return nil, refuse("total_above_ceiling", "the arrests_by_country total %v is above %v, the largest count of arrests accepted", sum, MaxArrests)
	}
	bc := &byCountryValue{code: p.dict.code(formatByCountry(out)), sum: sum, entries: out, former: anyFormer}
	p.cache[cArrestsByCountry].put(h, v, cached{byCountr: bc})
	return bc, nil
}

// parseByCountry reads back a normalised arrests_by_country value.
func parseByCountry(s string) []countryCount {
	var out []countryCount
	for _, item := range splitList(s) {
		c, n, _ := strings.Cut(item, ":")
		k, _ := strconv.Atoi(n)
		out = append(out, countryCount{c, k})
	}
	return out
}

// formatByCountry writes entries as "MA:2;ES:9".
func formatByCountry(cc []countryCount) string {
	var b strings.Builder
	for i, e := range cc {
		if i > 0 {
			b.WriteByte(';')
		}
		b.WriteString(e.country)
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(e.n))
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func remove(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

var hashSeed = maphash.MakeSeed()

// valueHash digests a value, given its hash v (maphash.String with
// hashSeed), with the key of its column. A report's hash is the sum of its
// values' (report.hash): it does not depend on the order of the file's
// columns, so identical reports hash alike across files.
func valueHash(key, v uint64) uint64 {
	h := v ^ key*0x9e3779b97f4a7c15
	// the finaliser of SplitMix64, so that sums of digests do not cancel
	h = (h ^ h>>30) * 0xbf58476d1ce4e5b9
	h = (h ^ h>>27) * 0x94d049bb133111eb
	return h ^ h>>31
}

// droppedCoordinate is the warning of a coordinate that is not read (not
// a number, or beyond ±limit): a descriptive value, left out while the row
// is kept.
func droppedCoordinate(l *layout, line, i int, v string, limit float64) RowError {
	v = cutText(strings.Clone(v), maxArgBytes)
	lim := strconv.Itoa(int(limit))
	return RowError{File: l.file, Line: line, Column: i + 1, ColumnName: l.headers[i],
		Reason: fmt.Sprintf("%q is not a coordinate within ±%s degrees: left out, the row is kept", v, lim),
		Code:   "coordinate_dropped", Args: []any{v, lim}}
}
