package data

import (
	"fmt"
	"math"

	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"
)

// Incidents is the table of reconciled incidents, one entry per incident
// in the order each first appears in the input, kept column by column:
// whole numbers as such and text as codes into the table's list of
// distinct values, so an incident takes about a hundred bytes and the
// garbage collector has little to follow. The figures are computed
// from the columns (Dates, Counts, Codes); Frame gives any rows as a Gota
// DataFrame with every column, typed, for a report to show.
type Incidents struct {
	text           textColumn // code → value; code 0 is ""
	ids            textColumn
	year           []int16
	month, day     []int8 // 0 when not known
	cells, arrests []int  // -1 when no report gives the count
	sources        []int32
	lat, lon       []float64 // NaN when not given
	sourceDate     []date
	codes          [numCoded][]uint32
	extraNames     []string
	extra          [][]uint32
	// coverage is what the data covers (Dataset.Coverage); nil for a
	// table made by FromFrame, whose dates then say it (Coverage).
	coverage []Span
}

// The text columns kept as codes.
const (
	kCountry = iota
	kEvent
	kByCountry
	kPartners
	kCooperation
	kGroup
	kAffiliation
	kAdmin1
	kCity
	kLeadAgency
	kLinked
	kSeized
	kSourceName
	kSourceURL
	kNotes
	numCoded
)

var codedNames = [numCoded]string{
	ColCountry, ColEventType, ColArrestsByCountry, ColPartnerCountries, ColCooperationType, ColGroup,
	ColAffiliation, ColAdmin1, ColCity, ColLeadAgency, ColLinkedIncidents, ColSeized, ColSourceName, ColSourceURL, ColNotes,
}

// makeIncidents returns a table of rows empty rows with room for
// capacity.
func makeIncidents(rows, capacity int) *Incidents {
	t := &Incidents{ids: makeTextColumn(rows, capacity), year: make([]int16, rows, capacity),
		month: make([]int8, rows, capacity), day: make([]int8, rows, capacity),
		cells: make([]int, rows, capacity), arrests: make([]int, rows, capacity), sources: make([]int32, rows, capacity),
		lat: make([]float64, rows, capacity), lon: make([]float64, rows, capacity), sourceDate: make([]date, rows, capacity)}
	for k := range t.codes {
		t.codes[k] = make([]uint32, rows, capacity)
	}
	return t
}

// appendRows appends the rows of src.
func (t *Incidents) appendRows(src *Incidents) {
	t.ids.appendColumn(&src.ids)
	t.year, t.month, t.day = append(t.year, src.year...), append(t.month, src.month...), append(t.day, src.day...)
	t.cells, t.arrests, t.sources = append(t.cells, src.cells...), append(t.arrests, src.arrests...), append(t.sources, src.sources...)
	t.lat, t.lon, t.sourceDate = append(t.lat, src.lat...), append(t.lon, src.lon...), append(t.sourceDate, src.sourceDate...)
	for k := range t.codes {
		t.codes[k] = append(t.codes[k], src.codes[k]...)
	}
}

// appendReport adds an incident as its first report gives it: counts not
// given are -1 until the incident is merged.
func (t *Incidents) appendReport(id string, r *report) {
	t.ids.add(id)
	t.year, t.month, t.day = append(t.year, int16(r.date.year)), append(t.month, r.date.month), append(t.day, r.date.dayOfMonth)
	t.cells, t.arrests, t.sources = append(t.cells, int(r.cells)), append(t.arrests, int(r.arrests)), append(t.sources, 1)
	t.lat, t.lon, t.sourceDate = append(t.lat, r.lat), append(t.lon, r.lon), append(t.sourceDate, r.sourceDate)
	for k, c := range r.codes {
		t.codes[k] = append(t.codes[k], c)
	}
}

// setExtraColumns adds the unknown input columns, empty.
func (t *Incidents) setExtraColumns(names []string) {
	t.extraNames, t.extra = names, make([][]uint32, len(names))
	for j := range t.extra {
		t.extra[j] = make([]uint32, t.Nrow())
	}
}

// Nrow is the number of incidents.
func (t *Incidents) Nrow() int {
	if t == nil {
		return 0
	}
	return t.ids.len()
}

// Coverage is what the data of the table covers: the spans a load found or
// was told (Dataset.Coverage), or, for a table made from a frame, the whole
// years from its first to its last dated incident. Empty when the table
// is.
func (t *Incidents) Coverage() []Span {
	if t.Nrow() == 0 {
		return nil
	}
	if t.coverage != nil {
		return t.coverage
	}
	var r dayRange
	for i := range t.year {
		r.add(date{year: int32(t.year[i])})
	}
	return []Span{{From: dayOf(r.from), To: dayOf(r.to)}}
}

// ID returns the incident_id of row i.
func (t *Incidents) ID(i int) string { return t.ids.get(i) }

// Text returns the value of a code.
func (t *Incidents) Text(code uint32) string { return t.text.get(int(code)) }

// Dates returns the date columns: month and day are 0 when the date is
// known only to the year or the month.
func (t *Incidents) Dates() (year []int16, month, day []int8) { return t.year, t.month, t.day }

// dateOf is the date of incident i, to its precision.
func (t *Incidents) dateOf(i int) date {
	return date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]}
}

// Coordinates returns the latitudes and longitudes of the incidents, NaN
// where not given. The slices are the table's own: read them, do not
// change them.
func (t *Incidents) Coordinates() (lat, lon []float64) { return t.lat, t.lon }

// Counts returns the cells dismantled and the arrests: -1 where no
// report of the incident gives the count (not given is not 0).
func (t *Incidents) Counts() (cells, arrests []int) { return t.cells, t.arrests }

// Codes returns a text column by its name (ColCountry, ColEventType,
// ColArrestsByCountry, ColPartnerCountries, ColCooperationType, ColGroup,
// ColAffiliation, ColAdmin1, ColCity and the detail columns) as codes;
// nil for another name.
func (t *Incidents) Codes(name string) []uint32 {
	for k, n := range codedNames {
		if n == name {
			return t.codes[k]
		}
	}
	return nil
}

// Frame returns the given rows (every row for nil) as the incidents
// table — ColIncidentID … ColSources, typed — and the other columns as
// Details, row for row.
func (t *Incidents) Frame(rows []int) (dataframe.DataFrame, *Details) {
	if rows == nil {
		rows = make([]int, t.Nrow())
		for i := range rows {
			rows[i] = i
		}
	}
	n := len(rows)
	str := func(f func(i int) string) []string {
		out := make([]string, n)
		for k, i := range rows {
			out[k] = f(i)
		}
		return out
	}
	num := func(f func(i int) int) []int {
		out := make([]int, n)
		for k, i := range rows {
			out[k] = f(i)
		}
		return out
	}
	// A count no report gives is NaN in the frame.
	count := func(col []int) []any {
		out := make([]any, n)
		for k, i := range rows {
			if col[i] >= 0 {
				out[k] = col[i]
			}
		}
		return out
	}
	code := func(k int) []string { return str(func(i int) string { return t.text.get(int(t.codes[k][i])) }) }
	df := dataframe.New(
		series.New(str(func(i int) string { return t.ids.get(i) }), series.String, ColIncidentID),
		series.New(str(func(i int) string { return t.dateOf(i).String() }), series.String, ColDate),
		series.New(num(func(i int) int { return int(t.year[i]) }), series.Int, ColYear),
		series.New(num(func(i int) int { return int(t.month[i]) }), series.Int, ColMonth),
		series.New(num(func(i int) int { return int(t.day[i]) }), series.Int, ColDay),
		series.New(str(func(i int) string { return t.dateOf(i).precision() }), series.String, ColDatePrecision),
		series.New(code(kCountry), series.String, ColCountry),
		series.New(code(kEvent), series.String, ColEventType),
		series.New(count(t.cells), series.Int, ColCellsDismantled),
		series.New(count(t.arrests), series.Int, ColArrests),
		series.New(code(kByCountry), series.String, ColArrestsByCountry),
		series.New(code(kPartners), series.String, ColPartnerCountries),
		series.New(code(kCooperation), series.String, ColCooperationType),
		series.New(code(kGroup), series.String, ColGroup),
		series.New(code(kAffiliation), series.String, ColAffiliation),
		series.New(code(kAdmin1), series.String, ColAdmin1),
		series.New(code(kCity), series.String, ColCity),
		series.New(num(func(i int) int { return int(t.sources[i]) }), series.Int, ColSources),
	)
	d := &Details{
		Names: append([]string{ColLeadAgency, ColLinkedIncidents, ColSeized, ColSourceName, ColSourceURL, ColSourceDate, ColNotes}, t.extraNames...),
		Text: [][]string{code(kLeadAgency), code(kLinked), code(kSeized), code(kSourceName), code(kSourceURL),
			str(func(i int) string {
				if t.sourceDate[i].year == 0 {
					return ""
				}
				return t.sourceDate[i].String()
			}), code(kNotes)},
	}
	d.Latitude, d.Longitude = make([]float64, n), make([]float64, n)
	for k, i := range rows {
		d.Latitude[k], d.Longitude[k] = t.lat[i], t.lon[i]
	}
	for j := range t.extra {
		d.Text = append(d.Text, str(func(i int) string { return t.text.get(int(t.extra[j][i])) }))
	}
	return df, d
}

// FromFrame makes an incidents table from a Gota DataFrame laid out as
// Frame lays it out: the ColIncidentID … ColSources columns (year, month
// and day are enough for the date; a missing column is empty, and a
// count missing or NaN is not given), the detail
// columns by name (ColLatitude … ColNotes), and any other column kept as
// an unknown input column. It is how a table made elsewhere (a test, a
// program) is reported on.
func FromFrame(df dataframe.DataFrame) (*Incidents, error) {
	if df.Err != nil {
		return nil, df.Err
	}
	n := df.Nrow()
	if df.Ncol() == 0 {
		n = 0
	}
	d := newDict()
	known := map[string]bool{ColDate: true, ColDatePrecision: true, ColLatitude: true, ColLongitude: true,
		ColYear: true, ColMonth: true, ColDay: true, ColIncidentID: true, ColCellsDismantled: true,
		ColArrests: true, ColSources: true, ColSourceDate: true}
	for _, name := range codedNames {
		known[name] = true
	}
	var extra []string
	for _, name := range df.Names() {
		if !known[name] {
			extra = append(extra, name)
		}
	}
	t := makeIncidents(n, n)
	t.setExtraColumns(extra)
	text := func(name string) []string {
		if s := df.Col(name); s.Err == nil {
			return s.Records()
		}
		return make([]string, n)
	}
	// ints reads a whole-number column; a missing value, or a missing
	// column, is none.
	ints := func(name string, none int) ([]int, error) {
		out := make([]int, n)
		s := df.Col(name)
		for i := range out {
			out[i] = none
		}
		if s.Err != nil {
			return out, nil
		}
		for i, v := range s.Float() {
			if math.IsNaN(v) {
				continue
			}
			if v != math.Trunc(v) {
				return nil, fmt.Errorf("column %s, row %d: %v is not a whole number", name, i+1, v)
			}
			out[i] = int(v)
		}
		return out, nil
	}
	for i, id := range text(ColIncidentID) {
		t.ids.set(i, id)
	}
	for _, c := range []struct {
		name string
		none int // the value when not given
		set  func(i, v int)
	}{
		{ColYear, 0, func(i, v int) { t.year[i] = int16(v) }},
		{ColMonth, 0, func(i, v int) { t.month[i] = int8(v) }},
		{ColDay, 0, func(i, v int) { t.day[i] = int8(v) }},
		{ColCellsDismantled, -1, func(i, v int) { t.cells[i] = v }},
		{ColArrests, -1, func(i, v int) { t.arrests[i] = v }},
		{ColSources, 0, func(i, v int) { t.sources[i] = int32(v) }},
	} {
		v, err := ints(c.name, c.none)
		if err != nil {
			return nil, err
		}
		for i := range v {
			c.set(i, v[i])
		}
	}
	for k, name := range codedNames {
		for i, v := range text(name) {
			t.codes[k][i], _ = d.add(v)
		}
	}
	for j, name := range extra {
		for i, v := range text(name) {
			t.extra[j][i], _ = d.add(v)
		}
	}
	for i, v := range text(ColSourceDate) {
		if v != "" {
			sd, err := parseDate(v)
			if err != nil {
				return nil, fmt.Errorf("column %s, row %d: %v", ColSourceDate, i+1, err)
			}
			t.sourceDate[i] = sd
		}
	}
	for _, c := range []struct {
		name string
		dst  []float64
	}{{ColLatitude, t.lat}, {ColLongitude, t.lon}} {
		if s := df.Col(c.name); s.Err == nil {
			copy(c.dst, s.Float())
		} else {
			for i := range c.dst {
				c.dst[i] = math.NaN()
			}
		}
	}
	t.text = textColumnOf(d.values)
	return t, nil
}
