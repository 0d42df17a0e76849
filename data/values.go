package data

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Precision of a date.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// date is a calendar date that may be known only to the month or year.
// month and dayOfMonth are 0 when not known.
type date struct {
	year              int32
	month, dayOfMonth int8
}

func (d date) precision() string {
	switch {
	case d.dayOfMonth > 0:
		return PrecisionDay
	case d.month > 0:
		return PrecisionMonth
	default:
		return PrecisionYear
	}
}

// String writes the date as YYYY-MM-DD, YYYY-MM or YYYY.
func (d date) String() string {
	b := make([]byte, 0, 10)
	b = appendDigits(b, int(d.year), 4)
	if d.month > 0 {
		b = appendDigits(append(b, '-'), int(d.month), 2)
	}
	if d.dayOfMonth > 0 {
		b = appendDigits(append(b, '-'), int(d.dayOfMonth), 2)
	}
	return string(b)
}

// appendDigits appends n with at least width digits, zero-padded.
func appendDigits(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// firstDay is the earliest day the date may stand for, as a day number
// (CivilDays).
func (d date) firstDay() int32 {
	return CivilDays(int(d.year), int(max(d.month, 1)), int(max(d.dayOfMonth, 1)))
}

// widen drops what a coarser precision does not say.
func (d date) widen(precision string) (date, error) {
	rank := func(p string) int {
		switch p {
		case PrecisionYear:
			return 0
		case PrecisionMonth:
			return 1
		case PrecisionDay:
			return 2
		}
		return -1
	}
	want := rank(precision)
	if want < 0 {
		return d, refuse("not_a_precision", "%q is not day, month or year", precision)
	}
	if want > rank(d.precision()) {
		return d, fmt.Errorf("%q is finer than the date %s", precision, d)
	}
	if want < 2 {
		d.dayOfMonth = 0
	}
	if want < 1 {
		d.month = 0
	}
	return d, nil
}

// parseDate reads YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY (day first), in
// Western or Arabic-Indic digits. A date never rolls over: 2022-02-30 and a
// day or month of 0 are errors.
func parseDate(s string) (date, error) {
	if d, ok := isoDay(s); ok {
		return d, nil
	}
	s = westernDigits(s)
	var parts []string
	dayFirst := strings.Contains(s, "/")
	if dayFirst {
		parts = strings.Split(s, "/")
		if len(parts) != 3 {
			return date{}, refuse("not_a_date", "%q is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)", s)
		}
		parts[0], parts[2] = parts[2], parts[0]
	} else {
		parts = strings.Split(s, "-")
	}
	if len(parts) > 3 || len(parts[0]) != 4 {
		return date{}, refuse("not_a_date", "%q is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)", s)
	}
	var n [3]int
	for i, p := range parts {
		if p == "" || len(p) > 4 || (i > 0 && len(p) > 2) || (i > 0 && !dayFirst && len(p) != 2) {
			return date{}, refuse("not_a_date", "%q is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)", s)
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || p[0] == '+' {
			return date{}, refuse("not_a_date", "%q is not a date (YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)", s)
		}
		n[i] = v
	}
	if n[0] < 1 {
		return date{}, refuse("no_year_0", "%q: year 0 does not exist", s)
	}
	if len(parts) >= 2 && (n[1] < 1 || n[1] > 12) {
		return date{}, refuse("no_such_month", "%q: month %v does not exist", s, n[1])
	}
	d := date{year: int32(n[0]), month: int8(n[1]), dayOfMonth: int8(n[2])} // at most 9999, 12 and 99
	if len(parts) == 3 {
		if n[2] < 1 || n[2] > daysIn(n[0], n[1]) {
			return date{}, refuse("no_such_day", "%q: day %v does not exist in %s", s, n[2], fmt.Sprintf("%04d-%02d", n[0], n[1]))
		}
	}
	return d, nil
}

// isoDay reads the usual form of a date, an existing day written
// YYYY-MM-DD in ASCII digits, without the work of parseDate's other forms;
// ok is false for anything else, which parseDate then reads (and reports
// on).
func isoDay(s string) (date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return date{}, false
	}
	n := 0
	for i := 0; i < 10; i++ {
		if i == 4 || i == 7 {
			continue
		}
		c := s[i]
		if c < '0' || c > '9' {
			return date{}, false
		}
		n = 10*n + int(c-'0')
	}
	y, m, d := n/10000, n/100%100, n%100
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return date{}, false
	}
	return date{year: int32(y), month: int8(m), dayOfMonth: int8(d)}, true
}

// daysIn is the number of days of month m of year y (Gregorian calendar).
func daysIn(y, m int) int {
	if m == 2 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	}
	return 30 + (m+m/8)%2 // 31 days in odd months to July, in even ones from August
}

// parseCount64 reads a count of a report: a whole number from 0 to
// ceiling (MaxCells, MaxArrests) of the column named name.
func parseCount64(s string, ceiling int64, name string) (int64, error) {
	if len(s) <= 9 {
		v := int64(0)
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				v = -1
				break
			}
			v = 10*v + int64(s[i]-'0')
		}
		if v >= 0 && s != "" && v <= ceiling {
			return v, nil // the usual case: ASCII digits
		}
	}
	v, err := parseCount(s)
	if err == nil {
		err = aboveCeiling(int64(v), s, ceiling, name)
	}
	return int64(v), err
}

// aboveCeiling refuses a count v (written s) above the ceiling of the
// column named name.
func aboveCeiling(v int64, s string, ceiling int64, name string) error {
	if v <= ceiling {
		return nil
	}
	return refuse("above_ceiling", "%q is above %v, the largest count of %s accepted", s, int(ceiling), name)
}

// parseCount reads a whole number ≥ 0.
func parseCount(s string) (int, error) {
	w := westernDigits(s)
	v, err := strconv.Atoi(w)
	if err != nil {
		if digits, ok := ungroup(w); ok {
			v, err = strconv.Atoi(digits) // "1 200", "1,200", "1.200"
		}
	}
	switch {
	case err != nil && strings.HasPrefix(w, "-"):
		return 0, refuse("not_whole", "%q is not a whole number", s)
	case err != nil:
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, refuse("too_large", "%q is too large", s)
		}
		return 0, refuse("not_whole", "%q is not a whole number", s)
	case v < 0:
		return 0, refuse("negative", "%q is negative", s)
	case w[0] == '+':
		return 0, refuse("not_whole", "%q is not a whole number", s)
	}
	return v, nil
}

// parseCoordinate reads decimal degrees within ±limit.
func parseCoordinate(s string, limit float64) (float64, error) {
	v, ok := parseDecimal(s)
	var err error
	if !ok {
		v, err = strconv.ParseFloat(westernDigits(s), 64)
	}
	if err != nil || v != v {
		return 0, refuse("not_degrees", "%q is not a number of degrees", s)
	}
	if v < -limit || v > limit {
		return 0, refuse("outside_degrees", "%q is outside ±%g degrees", s, limit)
	}
	return v, nil
}

// parseDecimal reads the usual form of a coordinate, an optional '-',
// ASCII digits and an optional fraction, with at most 15 digits in all.
// Such a number is an integer below 2⁵³ divided by a power of ten up to
// 10¹⁵, both exact in a float64, so the one division rounds it correctly:
// the same float64 as strconv.ParseFloat (W. D. Clinger, "How to read
// floating point numbers accurately", PLDI 1990, the fast path). ok is
// false for any other form, which ParseFloat then reads.
func parseDecimal(s string) (v float64, ok bool) {
	neg := s != "" && s[0] == '-'
	if neg {
		s = s[1:]
	}
	var m uint64
	digits, decimals, dot := 0, 0, -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			m = 10*m + uint64(c-'0')
			digits++
			if dot >= 0 {
				decimals++
			}
		case c == '.' && dot < 0 && i > 0:
			dot = i
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || dot == len(s)-1 {
		return 0, false
	}
	v = float64(m) / pow10[decimals]
	if neg {
		v = -v
	}
	return v, true
}

var pow10 = [16]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// trimSpace is strings.TrimSpace, without its work for the usual value
// that starts and ends with an ASCII letter, digit or sign.
func trimSpace(s string) string {
	if n := len(s); n > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf && s[n-1] > ' ' && s[n-1] < utf8.RuneSelf {
		return s
	}
	return trimSpaceSlow(s)
}

// trimSpaceSlow is trimSpace for a value that is empty or starts or ends
// with a space or a byte of a multi-byte character: one in Arabic or with
// an accent, say, is returned as it is when its first and last characters
// are not spaces, without strings.TrimSpace's rune-by-rune path.
func trimSpaceSlow(s string) string {
	if s == "" {
		return s
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsSpace(first) && !unicode.IsSpace(last) {
		return s
	}
	return strings.TrimSpace(s)
}

// splitList splits a list cell on ';' or '|', trimming items and dropping
// empty ones.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' })
	out := f[:0]
	for _, item := range f {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// enum values of docs/input.md.
var (
	eventTypes       = []string{EventOperation, EventFoiledPlot, EventFailedAttack, EventCompletedAttack}
	cooperationTypes = []string{"joint_operation", "intelligence_sharing", "extradition", "none"}
	affiliations     = []string{"jihadist", "separatist", "left_wing", "right_wing", "other", "unknown"}
)

// parseEnum matches s case-insensitively, spaces and '-' as '_'.
func parseEnum(s string, allowed []string) (string, error) {
	for _, a := range allowed {
		if s == a {
			return a, nil // the usual case, without folding
		}
	}
	k := strings.ToLower(strings.NewReplacer(" ", "_", "-", "_").Replace(s))
	for _, a := range allowed {
		if k == a {
			return a, nil
		}
	}
	if a, ok := aliasOf(s, allowed); ok {
		return a, nil // a French or Arabic word for it
	}
	return "", refuse("not_one_of", "%q is not one of %s", s, strings.Join(allowed, ", "))
}
