package data

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// refusal is why a value or a row is refused: its English wording, and a
// code with arguments from which a report words it in its own language
// ("data.<code>" in the reports' catalogue, the arguments in the order
// given; whole numbers are written in the report's language).
type refusal struct {
	code   string
	args   []any
	text   string
	format string
}

func (r *refusal) Error() string { return r.text }

// refuse returns the refusal code, worded in English by format with args.
func refuse(code, format string, args ...any) error {
	return &refusal{code: code, args: args, text: fmt.Sprintf(format, englishArgs(args)...), format: format}
}

// englishArgs writes whole numbers of 1,000 or more as the reports'
// English catalogue writes them (grouped by commas), so that a reason
// reads the same in rejected.csv and in an English Quality sheet.
func englishArgs(args []any) []any {
	var out []any
	for i, a := range args {
		if n, ok := a.(int); ok && (n >= 1000 || n <= -1000) {
			if out == nil {
				out = slices.Clone(args)
			}
			out[i] = groupDigits(n)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// groupDigits writes n with a comma between groups of three digits.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// maxArgBytes is how much of a value a refusal quotes: a longer one is
// cut (cutText), so that a rejected row keeps little of a long field.
const maxArgBytes = 200

// cutText returns s cut to about n bytes, at a character boundary, with
// "…" and the length in bytes it had; s itself when not longer.
func cutText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return fmt.Sprintf("%s… (%d bytes in all)", s[:i], len(s))
}

// rowError is the RowError of a refused value at field i of a row (or of
// the whole row for i < 0), with the refusal's code when err has one. Its
// text arguments are copied: they may be parts of a chunk of the file,
// which is read into again.
func rowError(l *layout, line, i int, err error) *RowError {
	e := &RowError{File: l.file, Line: line, Reason: err.Error()}
	if i >= 0 {
		e.Column, e.ColumnName = i+1, l.headers[i]
	}
	var r *refusal
	if errors.As(err, &r) {
		e.Code, e.Args = r.code, make([]any, len(r.args))
		cut := false
		for k, a := range r.args {
			if s, ok := a.(string); ok {
				a = strings.Clone(s)
				if len(s) > maxArgBytes {
					a, cut = cutText(s, maxArgBytes), true
				}
			}
			e.Args[k] = a
		}
		if cut {
			e.Reason = fmt.Sprintf(r.format, englishArgs(e.Args)...)
		}
	}
	return e
}

// forCountry is the refusal of one country's count in arrests_by_country:
// the count's own, said of that country ("MA: …", code "country_<code>").
func forCountry(country string, err error) error {
	var r *refusal
	if !errors.As(err, &r) {
		return fmt.Errorf("%s: %w", country, err)
	}
	return &refusal{code: "country_" + r.code, args: append([]any{country}, r.args...), text: country + ": " + r.text, format: "%s: " + r.format}
}
