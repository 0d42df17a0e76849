package charts

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
)

// yearTicks marks every year from first to last, and labels every step-th
// year counting back from the last, so the latest year is always labelled.
// A partial last year's label comes from toDate.
type yearTicks struct {
	first, last int
	step        int
	toDate      string // label of the last year when it is partial, else ""
}

// maxMinorYears is the longest span that still gets a tick mark per year.
const maxMinorYears = 60

// Ticks implements plot.Ticker.
func (t yearTicks) Ticks(min, max float64) []plot.Tick {
	if t.step < 1 || t.last < t.first || !finite(min) || !finite(max) {
		return nil
	}
	every := 1 // a tick mark on every year, labelled or not
	if t.last-t.first > maxMinorYears {
		every = t.step // too many years: only the labelled ones
	}
	var ticks []plot.Tick
	for y := t.last; y >= t.first; y -= every {
		if float64(y) < min || float64(y) > max {
			continue
		}
		tk := plot.Tick{Value: float64(y)}
		if (t.last-y)%t.step == 0 {
			tk.Label = strconv.Itoa(y)
			if y == t.last && t.toDate != "" {
				tk.Label = t.toDate
			}
		}
		ticks = append(ticks, tk)
	}
	slices.Reverse(ticks)
	return ticks
}

// yearStep is the smallest step of 1, 2, 5, 10, 20, … years at which the
// labels of n years fit in width: neighbouring labels, yearWidth wide (the
// last one lastWidth), keep half a year label of space between them.
func yearStep(n int, yearWidth, lastWidth, width float64) int {
	if n <= 1 || yearWidth <= 0 || width <= 0 {
		return 1
	}
	perYear := width / float64(n)
	need := max(yearWidth, (yearWidth+lastWidth)/2) + yearWidth/2
	for _, s := range niceSteps() {
		if float64(s)*perYear >= need {
			return int(s)
		}
	}
	return n
}

// niceSteps lists 1, 2, 5, 10, 20, 50, … up to 10⁹.
func niceSteps() []float64 {
	var s []float64
	for p := 1.0; p <= 1e9; p *= 10 {
		s = append(s, p, 2*p, 5*p)
	}
	return s
}

// countTicks labels whole numbers at a step of 1, 2, 5, 10, … chosen so that
// there are at most maxTicks+1 of them from min to max.
type countTicks struct {
	format func(int) string
}

// maxTicks is how many intervals a value axis is divided into at most.
const maxTicks = 5

// countStep is the tick step for a count axis that must reach max.
func countStep(max float64) float64 {
	if !finite(max) || max <= 0 {
		return 1
	}
	for _, s := range niceSteps() {
		if max/s <= maxTicks {
			return s
		}
	}
	return 1e9
}

// countAxisMax is the top of a count axis that shows values up to max with
// a little headroom for the labels over the bars: a whole number of steps,
// and at least 1.
func countAxisMax(max float64) float64 {
	if !finite(max) || max <= 0 {
		return 1
	}
	want := max * 1.08
	step := countStep(want)
	return math.Ceil(want/step) * step
}

// Ticks implements plot.Ticker.
func (t countTicks) Ticks(min, max float64) []plot.Tick {
	if !finite(min) || !finite(max) || max <= min {
		return nil
	}
	step := countStep(max - math.Min(min, 0))
	var ticks []plot.Tick
	for v := math.Ceil(min/step) * step; v <= max+step*1e-9; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: t.format(int(math.Round(v)))})
	}
	return ticks
}

// percentTicks labels 0, 20, …, 100 % on an axis that runs from 0 to 100.
type percentTicks struct {
	format func(int) string
}

// Ticks implements plot.Ticker.
func (t percentTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for v := 0; v <= 100; v += 20 {
		if float64(v) >= min && float64(v) <= max {
			ticks = append(ticks, plot.Tick{Value: float64(v), Label: t.format(v)})
		}
	}
	return ticks
}

// formatInt writes n with sep between groups of three digits, and minus as
// the sign of negative numbers.
func formatInt(n int, sep, minus string) string {
	if n < 0 {
		u := uint64(-(n + 1)) + 1 // no overflow at math.MinInt
		return minus + groupDigits(strconv.FormatUint(u, 10), sep)
	}
	return groupDigits(strconv.Itoa(n), sep)
}

// groupDigits puts sep between groups of three digits of a run of digits.
func groupDigits(digits, sep string) string {
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(d)
	}
	return b.String()
}

// formatSlope writes a per-year slope with an explicit sign, with two
// decimals below 0.1, one below 10 and none above; a slope that rounds to
// zero is written without a sign. A value that is not finite gives "".
func formatSlope(v float64, cat catalogue) string {
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
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	out := groupDigits(whole, cat.text(msgThousandsSep))
	if hasFrac {
		out += cat.text(msgDecimalSep) + frac
	}
	switch {
	case strings.Trim(s, "0.") == "":
		return out
	case v < 0:
		return cat.text(msgMinus) + out
	default:
		return cat.text(msgPlus) + out
	}
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
