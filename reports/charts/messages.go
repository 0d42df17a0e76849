package charts

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/bidi"

	"github.com/ctreport/ctreport/reports/i18n"
)

// catalogue is the visible text of the charts in one language: messages
// from the i18n catalogue (keys "chart.…", see reports/i18n/charts.go) and
// its way of writing numbers and dates.
type catalogue struct {
	lang string
	// partialEnd is the last day counted in a last year the report covers
	// only in part (the period's end, or the as-of date when earlier); zero
	// when unknown, and the year is then said to be "to date".
	partialEnd time.Time
}

// chartLanguages are the languages charts are drawn in.
var chartLanguages = []string{"en", "ar", "fr"}

// catalogueFor returns the catalogue of lang ("" means English), or an
// error naming the languages there are.
func catalogueFor(lang string) (catalogue, error) {
	if lang == "" {
		lang = "en"
	}
	if !slices.Contains(chartLanguages, lang) {
		return catalogue{}, fmt.Errorf("language %q: charts have no translation for it (have: %s)",
			lang, strings.Join(chartLanguages, ", "))
	}
	return catalogue{lang: lang}, nil
}

// rightToLeft reports whether the language is written right to left.
func (c catalogue) rightToLeft() bool { return c.lang == "ar" }

// text returns the message chart.<key>.
func (c catalogue) text(key string) string { return i18n.T(c.lang, "chart."+key) }

// textf formats the message chart.<key> with args.
func (c catalogue) textf(key string, args ...any) string {
	return i18n.F(c.lang, "chart."+key, args...)
}

// Unicode directional marks: zero-width characters that are strongly left
// to right (LRM) or right to left (RLM). A text between two marks of its
// own direction keeps its order among text of the other direction: "−3"
// stays "−3" in Arabic, not "3−". Marks, unlike isolates, keep the bidi
// embedding levels at 0, 1 and 2, which is all the layout relies on.
const (
	leftToRightMark = "\u200e"
	rightToLeftMark = "\u200f"
)

// number marks s, a number already written, as left to right in a
// right-to-left language, so that "−3" or "50 %" is not turned into
// "3−" or "% 50" by the bidi algorithm. Other languages get s as it is.
func (c catalogue) number(s string) string {
	if !c.rightToLeft() {
		return s
	}
	return leftToRightMark + s + leftToRightMark
}

// signedNumber is number for a value with a sign (+0.4, −0.2). go-text's
// bidi resolves a leading sign inside right-to-left text as right-to-left,
// which would show "0,2−"; written after the digits it is drawn where a
// reader expects it, on their left.
func (c catalogue) signedNumber(s string) string {
	if c.rightToLeft() {
		for _, sign := range []string{"+", "\u2212", "-"} {
			if rest, ok := strings.CutPrefix(s, sign); ok {
				return leftToRightMark + rest + sign + leftToRightMark
			}
		}
	}
	return c.number(s)
}

// int writes a count with the language's digit grouping.
func (c catalogue) int(n int) string { return c.number(i18n.Int(c.lang, n)) }

// percent writes a percentage in [0, 100] with no decimals.
func (c catalogue) percent(pct float64) string {
	return c.number(i18n.Percent(c.lang, pct/100, 0))
}

// date writes a day as the language does: 30 June 2022, 30 يونيو 2022.
func (c catalogue) date(t time.Time) string { return i18n.Date(c.lang, t) }

// slope writes a per-year slope with an explicit sign, with two decimals
// below 0.1, one below 10 and none above; a slope that rounds to zero is
// written without a sign. A value that is not finite gives "".
func (c catalogue) slope(v float64) string {
	if !finite(v) {
		return ""
	}
	decimals := 0
	switch a := math.Abs(v); {
	case a < 0.1:
		decimals = 2
	case a < 10:
		decimals = 1
	}
	return c.signedNumber(i18n.Signed(c.lang, v, decimals))
}

// name marks s, a text from the data or the caller that may be in another
// script (a source line, a group's name), when the direction of its first
// letter is not the language's: then its neutral characters (a closing
// bracket at its end) stay with it rather than taking the direction of the
// chart. A text without letters, or in the language's direction, is
// returned as it is.
func (c catalogue) name(s string) string {
	for _, r := range s {
		p, _ := bidi.LookupRune(r)
		switch p.Class() {
		case bidi.L:
			if c.rightToLeft() {
				return leftToRightMark + s + leftToRightMark
			}
			return s
		case bidi.R, bidi.AL:
			if !c.rightToLeft() {
				return rightToLeftMark + s + rightToLeftMark
			}
			return s
		}
	}
	return s
}

// partialYearName names a year covered only in part by the months it
// covers, "Jan–Sep 2025" ("Jan–15 Oct 2025" when the last day is not a
// month's end), on two lines (months, year) for an axis tick; without a
// known last day, or for another year, "2025 (to date)".
func (c catalogue) partialYearName(year int, tick bool) string {
	end := c.partialEnd
	if end.IsZero() || end.Year() != year {
		if tick {
			return c.textf("to_date_tick_fmt", year)
		}
		return c.textf("to_date_legend_fmt", year)
	}
	short := func(m time.Month) string { return c.text("month_short." + strconv.Itoa(int(m))) }
	last := short(end.Month())
	if end.AddDate(0, 0, 1).Day() != 1 {
		last = strconv.Itoa(end.Day()) + "\u00a0" + last
	}
	var name string
	switch {
	case end.Month() == time.January && end.AddDate(0, 0, 1).Day() == 1:
		sep := " "
		if tick {
			sep = "\n"
		}
		name = last + sep + strconv.Itoa(year)
	case tick:
		name = c.textf("partial_tick_fmt", short(time.January), last, year)
	default:
		name = c.textf("partial_year_fmt", short(time.January), last, year)
	}
	if tick {
		return name
	}
	return c.textf("partial_legend_fmt", name)
}

// pValue writes a p-value with two decimals, or "< 0.01".
func (c catalogue) pValue(p float64) string {
	if p < 0.01 {
		return c.number("<\u00a0" + i18n.Float(c.lang, 0.01, 2))
	}
	return c.number(i18n.Float(c.lang, p, 2))
}
