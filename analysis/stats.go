package analysis

// This file holds the small statistics of docs/figures.md's "Trend statistics"
// and "Measures": the Wilson interval of the cooperation rate, the
// year-on-year change and the moving average. The trend tests are in
// stats_trend.go and the Poisson rate-ratio test in stats_poisson.go.
//
// All of them are pure functions over values or slices: they do not modify
// their inputs, and they never return NaN or Inf; where a value cannot be
// computed they say so with ok == false or an invalid NullFloat.

import (
	"math"
	"slices"
)

// Z95 is the standard normal quantile Φ⁻¹(0.975), the z of a two-sided 95 %
// interval.
const Z95 = 1.959963984540054

// Wilson returns the Wilson score interval for a binomial proportion with
// successes out of n trials, at the normal quantile z (Z95 for 95 %):
//
//	p̂ = successes / n
//	centre = (p̂ + z²/2n) / (1 + z²/n)
//	half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
//	[low, high] = [centre − half, centre + half]
//
// The interval lies within [0, 1]; low is exactly 0 when successes == 0 and
// high exactly 1 when successes == n. Unlike the Wald interval it does not
// collapse to a point at 0 or n successes (for 1 out of 1 at z = 1.96,
// low = 1/(1 + z²) = 0.2065).
//
// References: E. B. Wilson, "Probable inference, the law of succession, and
// statistical inference", J. Am. Stat. Assoc. 22 (1927) 209–212;
// R. G. Newcombe, "Two-sided confidence intervals for the single
// proportion: comparison of seven methods", Statistics in Medicine 17
// (1998) 857–872, method 3.
//
// ok is false, and low and high are 0, when n <= 0, successes is outside
// [0, n], or z is negative, NaN or infinite.
func Wilson(successes, n int, z float64) (low, high float64, ok bool) {
	if n <= 0 || successes < 0 || successes > n || !(z >= 0) || math.IsInf(z, 0) {
		return 0, 0, false
	}
	nf := float64(n)
	p := float64(successes) / nf
	z2 := z * z
	denom := 1 + z2/nf
	centre := (p + z2/(2*nf)) / denom
	half := z / denom * math.Sqrt(p*(1-p)/nf+z2/(4*nf*nf))
	low = math.Max(0, centre-half)
	high = math.Min(1, centre+half)
	// At the bounds the formula is exactly 0 or 1; do not leave rounding
	// dust such as 1e-17 or 0.9999999999999999.
	if successes == 0 {
		low = 0
	}
	if successes == n {
		high = 1
	}
	return low, high, true
}

// Change returns the year-on-year change from prev to cur: the absolute
// change cur − prev, and the relative change in per cent,
//
//	pct = (cur − prev) / prev × 100
//
// so that 17 → 14 gives abs = −3 and pct = −17.65 (a fall of 17.65 %). pct
// is invalid ("n/a" in the report) when prev is 0, where a relative change
// is undefined. prev and cur are expected to be finite (counts or rates);
// pct is invalid if either is not.
func Change(prev, cur float64) (abs float64, pct NullFloat) {
	abs = cur - prev
	if prev == 0 {
		return abs, NullFloat{}
	}
	return abs, Known(abs / prev * 100)
}

// MovingAverage returns the trailing moving average of y over window
// values: entry i is the mean of y[i−window+1 .. i],
//
//	m_i = (y_{i−w+1} + … + y_i) / w,
//
// the usual "w-year moving average" of a yearly series (docs/figures.md uses
// w = 3). The result has len(y) entries; the first window−1 have no full
// window and are invalid, and so is an entry whose window holds a NaN or
// Inf. A window < 1 gives all entries invalid; window 1 gives y itself.
func MovingAverage(y []float64, window int) []NullFloat {
	out := make([]NullFloat, len(y))
	if window < 1 {
		return out
	}
	for i := window - 1; i < len(y); i++ {
		// Sum each window afresh rather than keeping a running sum: the
		// series are short, and this keeps each entry exact to its own
		// values, with no drift or NaN carried from earlier windows.
		var sum float64
		for _, v := range y[i-window+1 : i+1] {
			sum += v
		}
		out[i] = Known(sum / float64(window))
	}
	return out
}

// medianOfCopy returns the median of v (the mean of the two middle values
// when len(v) is even) without reordering v. v must not be empty.
func medianOfCopy(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// allFiniteValues reports whether every value of v is neither NaN nor Inf.
func allFiniteValues(v []float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}
