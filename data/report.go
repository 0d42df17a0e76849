package data

import (
	"fmt"
	"hash/maphash"
	"math"
	"sort"
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
	headers []string // per field, as written
	has     [numColumns]int
}

func newLayout(file string, header []string, unknown *[]string) (*layout, error) {
	l := &layout{file: file, columns: make([]column, len(header)), extra: make([]int, len(header)), headers: header}
	for c := range l.has {
		l.has[c] = -1
	}
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
			idx := -1
			for j, name := range *unknown {
				if name == k {
					idx = j
				}
			}
			if idx < 0 {
				idx = len(*unknown)
				*unknown = append(*unknown, k)
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
	return l, nil
}

// optInt is a count that a report may leave empty.
type optInt struct {
	v  int
	ok bool
}

// countryCount is one entry of arrests_by_country.
type countryCount struct {
	country string
	n       int
}

// report is one accepted input row, every value checked and normalised.
type report struct {
	file, line   int
	hash         uint64 // of every column's value, to find identical copies
	id           string
	date         date
	country      string
	eventType    string // "" when not given
	cells        optInt
	arrests      optInt
	byCountry    []countryCount
	partners     []string
	cooperation  string
	group        string
	affiliation  string
	admin1, city string
	lat, lon     float64 // NaN when not given
	leadAgency   string
	linked       []string
	seized       []string
	sourceName   string
	sourceURL    string
	sourceDate   string
	notes        string
	extra        []string // unknown columns, by Dataset.UnknownColumns index
}

// parser turns records into reports.
type parser struct {
	asOf   time.Time
	groups *GroupTable
	nExtra *[]string
	// caches of repeated values (countries, groups) to avoid refolding them
	countryCache map[string]string
	groupCache   map[string]groupEntry
}

// parse checks one record. It returns the report, warnings about it, or
// the RowError that rejects it.
func (p *parser) parse(l *layout, rec []string, fileIdx, line int) (*report, []RowError, *RowError) {
	fail := func(field int, format string, args ...any) (*report, []RowError, *RowError) {
		e := &RowError{File: l.file, Line: line, Column: field + 1, ColumnName: l.headers[field], Reason: fmt.Sprintf(format, args...)}
		return nil, nil, e
	}
	if len(rec) != len(l.columns) {
		return nil, nil, &RowError{File: l.file, Line: line, Reason: fmt.Sprintf("row has %d fields, the header has %d", len(rec), len(l.columns))}
	}
	r := &report{file: fileIdx, line: line, lat: math.NaN(), lon: math.NaN()}
	var precision, derived string
	var precisionField, byCountryField, arrestsField, dateField int
	for i, raw := range rec {
		if !utf8.ValidString(raw) {
			return fail(i, "value is not valid UTF-8")
		}
		v := strings.TrimSpace(raw)
		if l.columns[i] < 0 {
			if v != "" {
				if r.extra == nil {
					r.extra = make([]string, len(*p.nExtra))
				}
				r.extra[l.extra[i]] = v
			}
			continue
		}
		if v == "" {
			continue
		}
		var err error
		switch l.columns[i] {
		case cIncidentID:
			r.id = v
		case cDate:
			r.date, err = parseDate(v)
			dateField = i
		case cDatePrecision:
			precision, precisionField = strings.ToLower(v), i
		case cCountry:
			r.country, err = p.country(v)
		case cEventType:
			r.eventType, err = parseEnum(v, eventTypes)
		case cCells:
			r.cells.v, err = parseCount(v)
			r.cells.ok = err == nil
		case cArrests:
			r.arrests.v, err = parseCount(v)
			r.arrests.ok = err == nil
			arrestsField = i
		case cArrestsByCountry:
			r.byCountry, err = p.parseByCountry(v)
			byCountryField = i
		case cPartners:
			for _, item := range splitList(v) {
				var code string
				if code, err = p.country(item); err != nil {
					break
				}
				if !contains(r.partners, code) {
					r.partners = append(r.partners, code)
				}
			}
		case cCooperation:
			r.cooperation, err = parseEnum(v, cooperationTypes)
		case cGroup:
			e := p.group(v)
			r.group, derived = e.name, e.affiliation
		case cAffiliation:
			r.affiliation, err = parseEnum(v, affiliations)
		case cAdmin1:
			r.admin1 = v
		case cCity:
			r.city = v
		case cLatitude:
			r.lat, err = parseCoordinate(v, 90)
		case cLongitude:
			r.lon, err = parseCoordinate(v, 180)
		case cLeadAgency:
			r.leadAgency = v
		case cLinked:
			r.linked = splitList(v)
		case cSeized:
			r.seized = splitList(v)
		case cSourceName:
			r.sourceName = v
		case cSourceURL:
			r.sourceURL = v
		case cSourceDate:
			var d date
			if d, err = parseDate(v); err == nil {
				if d.first().After(p.asOf) {
					err = fmt.Errorf("%q is after the as-of date %s", v, p.asOf.Format("2006-01-02"))
				}
				r.sourceDate = d.String()
			}
		case cNotes:
			r.notes = v
		}
		if err != nil {
			return fail(i, "%v", err)
		}
	}
	if r.affiliation == "" {
		r.affiliation = derived
	}
	for _, c := range []column{cIncidentID, cDate, cCountry} {
		if r.id == "" && c == cIncidentID || r.date.year == 0 && c == cDate || r.country == "" && c == cCountry {
			return fail(l.has[c], "required value is empty")
		}
	}
	var warnings []RowError
	if precision != "" {
		widened, err := r.date.widen(precision)
		switch {
		case err == nil:
			r.date = widened
		case precision == PrecisionDay || precision == PrecisionMonth || precision == PrecisionYear:
			// A precision finer than the date cannot narrow it: the date
			// keeps what it says, and the row is kept.
			warnings = append(warnings, RowError{File: l.file, Line: line, Column: precisionField + 1, ColumnName: l.headers[precisionField],
				Reason: err.Error() + ": the date keeps its own precision", Code: "precision_finer", Args: []any{precision, r.date.String()}})
		default:
			return fail(precisionField, "%v", err)
		}
	}
	// A date after the as-of date is an error, once the precision has said
	// what the date stands for (2026-12-15 given to the year is 2026).
	if r.date.first().After(p.asOf) {
		return fail(dateField, "%q is after the as-of date %s", strings.TrimSpace(rec[dateField]), p.asOf.Format("2006-01-02"))
	}
	// A partner is a foreign country: the lead country is not its own partner.
	if contains(r.partners, r.country) {
		r.partners = remove(r.partners, r.country)
		warnings = append(warnings, RowError{File: l.file, Line: line, Column: l.has[cPartners] + 1, ColumnName: l.headers[l.has[cPartners]],
			Reason: fmt.Sprintf("%s is the lead country, not a partner: left out of the partners", r.country),
			Code:   "lead_not_partner", Args: []any{r.country}})
	}
	if r.byCountry != nil && r.arrests.ok {
		sum := 0
		for _, cc := range r.byCountry {
			sum += cc.n
		}
		if sum != r.arrests.v {
			warnings = append(warnings, RowError{File: l.file, Line: line, Column: arrestsField + 1, ColumnName: l.headers[arrestsField],
				Reason: fmt.Sprintf("arrests %d differ from the arrests_by_country total %d (%s)", r.arrests.v, sum, strings.TrimSpace(rec[byCountryField])),
				Code:   "arrests_mismatch", Args: []any{r.arrests.v, sum, strings.TrimSpace(rec[byCountryField])}})
		}
	}
	r.hash = l.recordHash(rec)
	return r, warnings, nil
}

func (p *parser) country(v string) (string, error) {
	if code, ok := p.countryCache[v]; ok {
		return code, nil
	}
	code, err := parseCountry(v)
	if err == nil {
		p.countryCache[v] = code
	}
	return code, err
}

func (p *parser) group(v string) groupEntry {
	if e, ok := p.groupCache[v]; ok {
		return e
	}
	name, aff, _ := p.groups.Lookup(v)
	e := groupEntry{name, aff}
	p.groupCache[v] = e
	return e
}

// parseByCountry reads "MA:2;ES:9". A country named twice is an error.
func (p *parser) parseByCountry(v string) ([]countryCount, error) {
	var out []countryCount
	for _, item := range splitList(v) {
		c, n, ok := strings.Cut(item, ":")
		if !ok {
			return nil, fmt.Errorf("%q is not a list of COUNTRY:n", item)
		}
		code, err := p.country(strings.TrimSpace(c))
		if err != nil {
			return nil, err
		}
		k, err := parseCount(strings.TrimSpace(n))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", code, err)
		}
		for _, prev := range out {
			if prev.country == code {
				return nil, fmt.Errorf("%s is given twice", code)
			}
		}
		out = append(out, countryCount{code, k})
	}
	return out, nil
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

// recordHash digests every non-empty value with its column, whatever the
// order of the file's columns, so that identical reports hash alike across
// files.
func (l *layout) recordHash(rec []string) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	for c, i := range l.has {
		if i >= 0 {
			if v := strings.TrimSpace(rec[i]); v != "" {
				h.WriteByte(byte(c))
				h.WriteString(v)
				h.WriteByte(0)
			}
		}
	}
	var extra []int
	for i, e := range l.extra {
		if e >= 0 && strings.TrimSpace(rec[i]) != "" {
			extra = append(extra, i)
		}
	}
	sort.Slice(extra, func(a, b int) bool { return l.extra[extra[a]] < l.extra[extra[b]] })
	for _, i := range extra {
		h.WriteByte(0xff)
		h.WriteString(strconv.Itoa(l.extra[i]))
		h.WriteByte(0)
		h.WriteString(strings.TrimSpace(rec[i]))
		h.WriteByte(0)
	}
	return h.Sum64()
}
