package data

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Input formats (Options.Format; docs/input.md, "GTD and ACLED").
const (
	FormatAuto     = "auto"     // recognised from the header
	FormatCtreport = "ctreport" // the columns of docs/input.md
	FormatGTD      = "gtd"      // the Global Terrorism Database export
	FormatACLED    = "acled"    // an ACLED export, current or older
)

// Formats are the values Options.Format takes.
var Formats = []string{FormatAuto, FormatCtreport, FormatGTD, FormatACLED}

// detectFormat says which format a header is in: GTD has eventid, iyear,
// imonth, iday and country_txt; ACLED has event_id_cnty and event_date
// (any case); anything else is ctreport's.
func detectFormat(header []string) string {
	has := map[string]bool{}
	for _, h := range header {
		has[strings.ToLower(strings.TrimSpace(h))] = true
	}
	switch {
	case has["eventid"] && has["iyear"] && has["imonth"] && has["iday"] && has["country_txt"]:
		return FormatGTD
	case has["event_id_cnty"] && has["event_date"]:
		return FormatACLED
	}
	return FormatCtreport
}

// foreign is how a file in another data set's format is read: each row is
// turned into a record of ctreport's columns (conv), which is then read as
// any other; the columns the mapping does not use are not read.
type foreign struct {
	format string
	nSrc   int   // fields in the file's rows
	pos    []int // per converted field: the file's field it comes from
	// conv turns a file's record into the converted fields, in out (of
	// len(pos)); false: the row is out of scope (an ACLED event type no
	// figure counts), counted but not read. memo is the calling parser's.
	conv func(rec, out []string, memo *convMemo) bool
}

// srcColumn maps a converted field's column number (1-based, 0 for the
// whole row) back to the file's.
func (f *foreign) srcColumn(c int) int {
	if c <= 0 {
		return c
	}
	return f.pos[c-1] + 1
}

// foreignField is one field of a converted record: its column, the file
// column it is read from (by lower-case header name; the first found),
// and whether the file must have it.
type foreignField struct {
	col      column
	from     []string
	required bool
}

// newForeignLayout builds the layout of the converted records of a file
// in format f, whose header is header; fields are looked up by name. The
// file's columns kept as they are (GTD's gname2, gname3: keptColumns) are
// added to unknown, the load's unknown columns, when the file has them.
func newForeignLayout(file string, header []string, format string, unknown *[]string) (*layout, error) {
	if len(header) > MaxColumns {
		return nil, RowError{File: file, Line: 1, Reason: fmt.Sprintf("the header has %d columns; at most %d are read", len(header), MaxColumns)}
	}
	idx := map[string]int{}
	for i, h := range header {
		k := strings.ToLower(strings.TrimSpace(h))
		if _, dup := idx[k]; !dup {
			idx[k] = i
		}
	}
	var fields []foreignField
	switch format {
	case FormatGTD:
		fields = gtdFields
	case FormatACLED:
		fields = acledFields
	}
	l := &layout{file: file}
	for c := range l.has {
		l.has[c] = -1
	}
	fg := &foreign{format: format, nSrc: len(header)}
	var missing []string
	src := map[string]int{} // the file's field of each name the mapping reads
	for _, f := range fields {
		at := -1
		for _, n := range f.from {
			if i, ok := idx[n]; ok {
				at = i
				break
			}
		}
		for _, n := range f.from {
			src[n] = at
		}
		if at < 0 {
			if f.required {
				missing = append(missing, f.from[0])
			}
			at = -1
		}
		l.has[f.col] = len(l.columns)
		l.columns = append(l.columns, f.col)
		l.extra = append(l.extra, -1)
		l.key = append(l.key, uint64(f.col)+1)
		name := f.from[0]
		if at >= 0 {
			name = header[at]
		}
		l.headers = append(l.headers, name)
		fg.pos = append(fg.pos, max(at, 0))
	}
	// Fields read besides the converted ones (success, event_type…).
	for _, n := range []string{"success", "event_type", "sub_event_type", "actor2", "imonth", "iday"} {
		if _, ok := src[n]; !ok {
			if i, ok := idx[n]; ok {
				src[n] = i
			} else {
				src[n] = -1
			}
		}
	}
	if len(missing) > 0 {
		return nil, RowError{File: file, Line: 1, Reason: fmt.Sprintf("required %s column missing: %s (the header has: %s)",
			strings.ToUpper(format), strings.Join(missing, ", "), strings.Join(header, ", "))}
	}
	// Columns kept as they are, after the converted ones, as unknown
	// columns of the load (the same name in two files is one column).
	var kept []string
	for _, n := range keptColumns[format] {
		at, ok := idx[n]
		if !ok {
			continue
		}
		j := slices.Index(*unknown, n)
		if j < 0 {
			j = len(*unknown)
			*unknown = append(*unknown, n)
		}
		src[n] = at
		kept = append(kept, n)
		l.columns = append(l.columns, -1)
		l.extra = append(l.extra, j)
		l.key = append(l.key, uint64(numColumns)+1+uint64(j))
		l.headers = append(l.headers, header[at])
		fg.pos = append(fg.pos, at)
	}
	// The file's fields, by name, found once: a row reads them by index.
	nConv := len(fields)
	keptAt := make([]int, len(kept))
	for k, n := range kept {
		keptAt[k] = src[n]
	}
	keep := func(rec, out []string) {
		for k, i := range keptAt {
			out[nConv+k] = field(rec, i)
		}
	}
	pos := func(name string) int {
		if i, ok := src[name]; ok {
			return i
		}
		return -1
	}
	switch format {
	case FormatGTD:
		at := gtdAt{pos("eventid"), pos("iyear"), pos("imonth"), pos("iday"), pos("country_txt"), pos("success"), pos("nperpcap"),
			pos("gname"), pos("provstate"), pos("city"), pos("latitude"), pos("longitude"), pos("related"), pos("summary")}
		fg.conv = func(rec, out []string, _ *convMemo) bool { gtdRow(rec, out, &at); keep(rec, out); return true }
	case FormatACLED:
		at := acledAt{pos("event_type"), pos("sub_event_type"), pos("event_id_cnty"), pos("event_date"), pos("time_precision"), pos("country"),
			pos("actor1"), pos("actor2"), pos("admin1"), pos("location"), pos("latitude"), pos("longitude"), pos("source"), pos("notes")}
		fg.conv = func(rec, out []string, memo *convMemo) bool { keep(rec, out); return acledRow(rec, out, &at, memo) }
	}
	l.foreign = fg
	return l, nil
}

// keptColumns are the columns of a format kept with the incidents as they
// are, as unknown columns under these names: GTD's second and third
// perpetrator groups (an incident is counted under gname, its first).
var keptColumns = map[string][]string{FormatGTD: {"gname2", "gname3"}}

// The GTD fields read, in the order of the converted record.
var gtdFields = []foreignField{
	{cIncidentID, []string{"eventid"}, true},
	{cDate, []string{"iyear"}, true},
	{cCountry, []string{"country_txt"}, true},
	{cEventType, []string{"success"}, true},
	{cArrests, []string{"nperpcap"}, false},
	{cGroup, []string{"gname"}, false},
	{cAdmin1, []string{"provstate"}, false},
	{cCity, []string{"city"}, false},
	{cLatitude, []string{"latitude"}, false},
	{cLongitude, []string{"longitude"}, false},
	{cLinked, []string{"related"}, false},
	{cNotes, []string{"summary"}, false},
}

// field is the trimmed value of field i of rec; "" when the file has no
// such field (i < 0).
func field(rec []string, i int) string {
	if i < 0 {
		return ""
	}
	return trimSpace(rec[i])
}

// gtdAt is where a GTD file has each field gtdRow reads (-1: not there).
type gtdAt struct {
	eventid, iyear, imonth, iday, countryTxt, success, nperpcap, gname, provstate, city, latitude, longitude, related, summary int
}

// gtdRow converts a GTD row (see docs/input.md for the mapping).
func gtdRow(rec, out []string, at *gtdAt) {
	get := func(i int) string { return field(rec, i) }
	out[0] = get(at.eventid)
	out[1] = gtdDate(get(at.iyear), get(at.imonth), get(at.iday))
	out[2] = get(at.countryTxt)
	switch s := get(at.success); s {
	case "1", "1.0":
		out[3] = EventCompletedAttack
	case "0", "0.0":
		out[3] = EventFailedAttack
	default:
		out[3] = "success=" + s // not an event type: the row is rejected, naming it
	}
	switch n := strings.TrimSuffix(get(at.nperpcap), ".0"); n {
	case "-9", "-99":
		out[4] = "" // GTD's "unknown"
	default:
		out[4] = n
	}
	out[5] = get(at.gname)
	out[6] = get(at.provstate)
	out[7] = get(at.city)
	out[8] = get(at.latitude)
	out[9] = get(at.longitude)
	out[10] = strings.ReplaceAll(get(at.related), ",", ";")
	out[11] = get(at.summary)
}

// gtdDate writes GTD's iyear, imonth and iday as a date of ctreport's:
// a month or day of 0 is not known, so the date is given to the year or
// month. Values that are not small numbers are written as they are, and
// the date is refused.
func gtdDate(y, m, d string) string {
	m, d = strings.TrimSuffix(m, ".0"), strings.TrimSuffix(d, ".0")
	switch {
	case m == "" || m == "0":
		return y
	case d == "" || d == "0":
		return y + "-" + pad2(m)
	}
	return y + "-" + pad2(m) + "-" + pad2(d)
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// The ACLED fields read, in the order of the converted record.
var acledFields = []foreignField{
	{cIncidentID, []string{"event_id_cnty"}, true},
	{cDate, []string{"event_date"}, true},
	{cDatePrecision, []string{"time_precision"}, false},
	{cCountry, []string{"country"}, true},
	{cEventType, []string{"event_type"}, true},
	{cGroup, []string{"actor1"}, false},
	{cLeadAgency, []string{"actor1"}, false}, // actor1 of an arrest
	{cAdmin1, []string{"admin1"}, false},
	{cCity, []string{"location"}, false},
	{cLatitude, []string{"latitude"}, false},
	{cLongitude, []string{"longitude"}, false},
	{cSourceName, []string{"source"}, false},
	{cNotes, []string{"notes"}, false},
}

// acledScope is how an ACLED event is counted, by "event type|sub-event
// type" in lower case (older exports have no sub-event type: "event
// type|"). Events not listed are out of scope.
var acledScope = map[string]string{
	"strategic developments|arrests":                            EventOperation,
	"strategic developments|disrupted weapons use":              EventFoiledPlot,
	"explosions/remote violence|suicide bomb":                   EventCompletedAttack,
	"explosions/remote violence|remote explosive/landmine/ied":  EventCompletedAttack,
	"explosions/remote violence|grenade":                        EventCompletedAttack,
	"explosions/remote violence|chemical weapon":                EventCompletedAttack,
	"violence against civilians|attack":                         EventCompletedAttack,
	"violence against civilians|abduction/forced disappearance": EventCompletedAttack,
	// Older exports (before 2019), with no sub-event type.
	"remote violence|":            EventCompletedAttack,
	"violence against civilians|": EventCompletedAttack,
}

// acledAt is where an ACLED file has each field acledRow reads (-1: not
// there).
type acledAt struct {
	eventType, subEventType, eventIDCnty, eventDate, timePrecision, country, actor1, actor2, admin1, location, latitude, longitude, source, notes int
}

// acledRow converts an ACLED row; false when its event type is out of
// scope.
func acledRow(rec, out []string, at *acledAt, memo *convMemo) bool {
	get := func(i int) string { return field(rec, i) }
	var buf [96]byte // keys on the stack: no allocation for most rows
	raw := append(append(append(append(buf[:0], 't'), get(at.eventType)...), '|'), get(at.subEventType)...)
	ev := memo.of(raw, func() string {
		var lower [96]byte
		key := append(appendLower(lower[:0], get(at.eventType)), '|')
		return acledScope[string(appendLower(key, get(at.subEventType)))] // "": out of scope
	})
	if ev == "" {
		return false
	}
	out[0] = get(at.eventIDCnty)
	out[1] = memo.of(append(append(buf[:0], 'd'), get(at.eventDate)...), func() string { return acledDate(get(at.eventDate)) })
	switch p := get(at.timePrecision); p {
	case "1", "2":
		out[2] = PrecisionDay
	case "3":
		out[2] = PrecisionMonth
	default:
		out[2] = p
	}
	out[3] = get(at.country)
	out[4] = ev
	out[5], out[6] = get(at.actor1), ""
	if ev == EventOperation {
		// An arrest: actor1 is the force that arrests, actor2 those arrested.
		out[5], out[6] = get(at.actor2), get(at.actor1)
	}
	out[7] = get(at.admin1)
	out[8] = get(at.location)
	out[9] = get(at.latitude)
	out[10] = get(at.longitude)
	out[11] = get(at.source)
	out[12] = get(at.notes)
	return true
}

// convMemo remembers what a parser converted values of a foreign row to
// (the scope of an ACLED event type and sub-event type, an ACLED date), by
// their raw text: a file has few of them, each on many rows, and working
// one out costs more than finding it (lower-casing and a map lookup for
// an event type, a split, a map lookup and a new string for a date):
// splitting and parsing an ACLED-shaped file took 5–23 % less time in
// four paired runs. It holds at most maxMemo values; past that, values
// are worked out each time. (GTD's dates, from three fields, gained
// nothing measurable.)
type convMemo map[string]string

const maxMemo = 1 << 14

// of returns what raw converts to, remembered or worked out by conv; the
// memo keeps a copy of it, which may be a view of the row.
func (m *convMemo) of(raw []byte, conv func() string) string {
	if v, ok := (*m)[string(raw)]; ok {
		return v
	}
	v := conv()
	if len(*m) < maxMemo {
		if *m == nil {
			*m = convMemo{}
		}
		(*m)[string(raw)] = strings.Clone(v)
	}
	return v
}

// appendLower appends s in lower case to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b, strings.ToLower(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

var monthNames = map[string]string{"january": "01", "february": "02", "march": "03", "april": "04", "may": "05", "june": "06",
	"july": "07", "august": "08", "september": "09", "october": "10", "november": "11", "december": "12",
	"jan": "01", "feb": "02", "mar": "03", "apr": "04", "jun": "06", "jul": "07", "aug": "08", "sep": "09", "sept": "09",
	"oct": "10", "nov": "11", "dec": "12"}

// acledDate writes ACLED's "15 March 2024" and older "01-January-2015"
// (or "01-Jan-15") as YYYY-MM-DD; other forms (YYYY-MM-DD, DD/MM/YYYY) are
// left as they are.
func acledDate(s string) string {
	var f [3]string
	n := 0
	for field := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if n == len(f) {
			return s
		}
		f[n] = field
		n++
	}
	if n != 3 {
		return s
	}
	var buf [16]byte
	m, ok := monthNames[string(appendLower(buf[:0], f[1]))]
	if !ok || len(f[0]) > 2 {
		return s
	}
	y := f[2]
	if len(y) == 2 {
		// Two-digit years of older exports: ACLED begins in 1997.
		if y >= "90" {
			y = "19" + y
		} else {
			y = "20" + y
		}
	}
	return y + "-" + m + "-" + pad2(f[0])
}
