package analysis

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// TheilSen returns the Theil–Sen line through the points (x[i], y[i]): the
// slope is Sen's estimator, the median of the slopes of all pairs of points
// with different x,
//
//	slope = median{ (y_j − y_i) / (x_j − x_i) : i < j, x_i ≠ x_j },
//
// and the intercept is the median of the intercepts that slope gives through
// each point,
//
//	intercept = median{ y_i − slope·x_i }.
//
// (Sen does not define an intercept. This one is the median of the
// residuals; another common choice, median(y) − slope·median(x), can differ
// by a fraction of the slope.) The median of an even number of values is
// the mean of the two middle ones. The order of the points does not matter.
//
// References: H. Theil, "A rank-invariant method of linear and polynomial
// regression analysis", Proc. KNAW 53 (1950) 386–392, 521–525, 1397–1412;
// P. K. Sen, "Estimates of the regression coefficient based on Kendall's
// tau", J. Am. Stat. Assoc. 63 (1968) 1379–1389; R. O. Gilbert, Statistical
// Methods for Environmental Pollution Monitoring, Wiley 1987, ch. 16.
//
// ok is false when x and y differ in length, there are fewer than 2 points,
// a value is NaN or Inf, or all x are equal (no pair gives a slope).
func TheilSen(x, y []float64) (slope, intercept float64, ok bool) {
	n := len(x)
	if n != len(y) || n < 2 || !allFiniteValues(x) || !allFiniteValues(y) {
		return 0, 0, false
	}
	slopes := make([]float64, 0, n*(n-1)/2)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if dx := x[j] - x[i]; dx != 0 {
				slopes = append(slopes, (y[j]-y[i])/dx)
			}
		}
	}
	if len(slopes) == 0 {
		return 0, 0, false
	}
	slope = medianOfCopy(slopes)
	residuals := make([]float64, n)
	for i := range residuals {
		residuals[i] = y[i] - slope*x[i]
	}
	intercept = medianOfCopy(residuals)
	if !allFiniteValues([]float64{slope, intercept}) {
		return 0, 0, false
	}
	return slope, intercept, true
}

// MannKendallResult is the outcome of the Mann–Kendall trend test.
type MannKendallResult struct {
	// S is Kendall's score: rises minus falls over all pairs of values.
	S int
	// VarS is the variance of S under no trend, corrected for ties.
	VarS float64
	// Z is the standardised score with continuity correction.
	Z float64
	// P is the two-sided p-value of Z.
	P float64
}

// MannKendall runs the Mann–Kendall test for a monotonic trend in the series
// y, taken in order (one value a year, say):
//
//	S      = Σ_{i<j} sgn(y_j − y_i)
//	Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18
//	Z      = (S − 1)/√Var(S) if S > 0;  0 if S = 0;  (S + 1)/√Var(S) if S < 0
//	P      = 2(1 − Φ(|Z|))
//
// where the sum runs over the groups g of tied values, t_g the size of each,
// and Φ is the standard normal distribution function. The normal
// approximation is rough for very short series; it is what the report
// states.
//
// References: H. B. Mann, "Nonparametric tests against trend", Econometrica
// 13 (1945) 245–259; M. G. Kendall, Rank Correlation Methods, 4th ed.,
// Griffin 1975; R. O. Gilbert, Statistical Methods for Environmental
// Pollution Monitoring, Wiley 1987, §16.4.
//
// ok is false when y has fewer than 3 values or holds a NaN or Inf. A
// constant series has S = 0 and Var(S) = 0, and gives Z = 0, P = 1, ok.
func MannKendall(y []float64) (MannKendallResult, bool) {
	n := len(y)
	if n < 3 || !allFiniteValues(y) {
		return MannKendallResult{}, false
	}
	var s int
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			switch {
			case y[j] > y[i]:
				s++
			case y[j] < y[i]:
				s--
			}
		}
	}

	sorted := slices.Clone(y)
	slices.Sort(sorted)
	var ties float64
	for i := 0; i < n; {
		j := i + 1
		for j < n && sorted[j] == sorted[i] {
			j++
		}
		if t := float64(j - i); t > 1 {
			ties += t * (t - 1) * (2*t + 5)
		}
		i = j
	}
	nf := float64(n)
	varS := (nf*(nf-1)*(2*nf+5) - ties) / 18

	res := MannKendallResult{S: s, VarS: varS, Z: 0, P: 1}
	if s == 0 || varS <= 0 {
		return res, true
	}
	sd := math.Sqrt(varS)
	if s > 0 {
		res.Z = float64(s-1) / sd
	} else {
		res.Z = float64(s+1) / sd
	}
	// 2·(1 − Φ(|Z|)), computed from the upper tail to keep small p-values
	// accurate.
	res.P = math.Min(1, 2*distuv.UnitNormal.Survival(math.Abs(res.Z)))
	return res, true
}

// OLSSlope returns the least-squares slope of y on x and its two-sided
// confidence interval at the given level (0.95 for 95 %):
//
//	Sxx = Σ(x_i − x̄)²,  Sxy = Σ(x_i − x̄)(y_i − ȳ)
//	slope = Sxy / Sxx,  a = ȳ − slope·x̄
//	s² = Σ(y_i − a − slope·x_i)² / (n − 2)
//	se = √(s² / Sxx)
//	[low, high] = slope ∓ t_{(1+level)/2, n−2} · se
//
// with t_{p,ν} the p-quantile of Student's t with ν degrees of freedom. A
// perfect fit gives low = high = slope.
//
// Reference: N. R. Draper and H. Smith, Applied Regression Analysis, 3rd
// ed., Wiley 1998, ch. 1 (the straight line, and the confidence interval
// for its slope).
//
// ok is false when x and y differ in length, there are fewer than 3 points
// (no degree of freedom left for s²), a value is NaN or Inf, all x are
// equal, or level is not strictly between 0 and 1.
func OLSSlope(x, y []float64, level float64) (slope, low, high float64, ok bool) {
	n := len(x)
	if n != len(y) || n < 3 || !allFiniteValues(x) || !allFiniteValues(y) || !(level > 0 && level < 1) {
		return 0, 0, 0, false
	}
	nf := float64(n)
	var meanX, meanY float64
	for i := range x {
		meanX += x[i]
		meanY += y[i]
	}
	meanX /= nf
	meanY /= nf
	var sxx, sxy float64
	for i := range x {
		dx := x[i] - meanX
		sxx += dx * dx
		sxy += dx * (y[i] - meanY)
	}
	if sxx == 0 {
		return 0, 0, 0, false
	}
	slope = sxy / sxx
	a := meanY - slope*meanX
	var sse float64
	for i := range x {
		r := y[i] - a - slope*x[i]
		sse += r * r
	}
	se := math.Sqrt(sse / (nf - 2) / sxx)
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: nf - 2}.Quantile((1 + level) / 2)
	half := t * se
	low, high = slope-half, slope+half
	if !allFiniteValues([]float64{slope, low, high}) {
		return 0, 0, 0, false
	}
	return slope, low, high, true
}
