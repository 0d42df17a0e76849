package charts

import (
	"math"
	"slices"
	"strconv"

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
// last one lastWidth), keep a third of a year label of space between them.
func yearStep(n int, yearWidth, lastWidth, width float64) int {
	if n <= 1 || yearWidth <= 0 || width <= 0 {
		return 1
	}
	perYear := width / float64(n)
	need := max(yearWidth, (yearWidth+lastWidth)/2) + yearWidth/3
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

// countStep is the tick step for a count axis that must reach max: the
// smallest of 1, 2, 5, 10, 20, 50, … with at most maxTicks steps up to
// max. It is found from max's order of magnitude, in a few steps for any
// finite value (a count of 10¹⁸ gets a step of 2·10¹⁷, not 10⁹ steps).
func countStep(max float64) float64 {
	if !finite(max) || max <= 0 {
		return 1
	}
	if max <= maxTicks {
		return 1
	}
	// p is a power of ten no larger than max/maxTicks; one of p, 2p, 5p,
	// 10p, 20p is the step (rounding of the logarithm is made up for by
	// starting one power lower).
	p := math.Pow(10, math.Floor(math.Log10(max/maxTicks))-1)
	for range 8 {
		for _, m := range [...]float64{1, 2, 5} {
			if max/(m*p) <= maxTicks {
				return m * p
			}
		}
		p *= 10
	}
	return p
}

// maxLabel bounds the values a count tick is labelled with: a tick at or
// past it (the headroom above a count near the largest int) is left out.
const maxLabel = 1 << 62

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
	// At most maxTicks+1 ticks from 0 to max, and as many below 0 as the
	// axis reaches there: a bounded loop, whatever the values.
	for k, v := 0, math.Ceil(min/step)*step; v <= max+step*1e-9 && k <= 4*maxTicks; k, v = k+1, v+step {
		if math.Abs(v) >= maxLabel {
			break // past what a count can be: no label can be written
		}
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

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
