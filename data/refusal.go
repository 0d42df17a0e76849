package data

import (
	"errors"
	"fmt"
	"strings"
)

// refusal is why a value or a row is refused: its English wording, and a
// code with arguments from which a report words it in its own language
// ("data.<code>" in the reports' catalogue, the arguments in the order
// given; whole numbers are written in the report's language).
type refusal struct {
	code string
	args []any
	text string
}

func (r *refusal) Error() string { return r.text }

// refuse returns the refusal code, worded in English by format with args.
func refuse(code, format string, args ...any) error {
	return &refusal{code: code, args: args, text: fmt.Sprintf(format, args...)}
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
		for k, a := range r.args {
			if s, ok := a.(string); ok {
				a = strings.Clone(s)
			}
			e.Args[k] = a
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
	return &refusal{code: "country_" + r.code, args: append([]any{country}, r.args...), text: country + ": " + r.text}
}
