package analysis

import "math"

// binomTestRelErr is the relative tolerance with which R's binom.test
// counts a probability as "no more likely than the observed one", so that
// values equal up to rounding are treated as equal.
const binomTestRelErr = 1 + 1e-7

// PoissonRateRatioTest compares two Poisson rates: k1 events over exposure
// t1 against k2 events over exposure t2 (counts of two periods of lengths t1
// and t2, say). It returns the rate ratio
//
//	ratio = (k1/t1) / (k2/t2)
//
// and the two-sided p-value of the exact conditional test of equal rates:
// given n = k1 + k2, under H0 k1 ~ Binomial(n, π) with π = t1/(t1 + t2), and
//
//	p = Σ { P(K = i) : P(K = i) ≤ P(K = k1)·(1 + 1e-7) },  capped at 1,
//
// the probabilities no larger than the observed one, as R's
// binom.test(k1, n, π) and poisson.test(c(k1, k2), c(t1, t2)) compute it
// (with their relative tolerance of 1e-7, and p = 1 when k1 equals nπ
// exactly). The binomial probabilities are computed with math.Lgamma.
//
// So a rise from 3 to 5 events over equal periods gives p = 0.73: no
// evidence of a change in rate.
//
// References: J. Przyborowski and H. Wilenski, "Homogeneity of results in
// testing samples from Poisson series", Biometrika 31 (1940) 313–323;
// K. Gu, H. K. T. Ng, M. L. Tang and W. R. Schucany, "Testing the ratio of
// two Poisson rates", Biometrical Journal 50 (2008) 283–298.
//
// Counts whose sum passes exactCountLimit (10⁷) are tested with the normal
// approximation to the binomial instead (poissonNormalP), so the test
// takes the same few microseconds for any count, up to the largest int:
// the exact sum would take ~√n steps, minutes for counts of 10¹⁸.
//
// ratio is invalid when k2 is 0 (the ratio is infinite, or undefined for
// 0 vs 0). When k1 = k2 = 0 there is nothing to test: p is 1 and ok is true.
// ok is false, with p = 0, when a count is negative or an exposure is not a
// positive finite number.
func PoissonRateRatioTest(k1 int, t1 float64, k2 int, t2 float64) (ratio NullFloat, p float64, ok bool) {
	if k1 < 0 || k2 < 0 || !(t1 > 0) || !(t2 > 0) || math.IsInf(t1, 0) || math.IsInf(t2, 0) {
		return NullFloat{}, 0, false
	}
	if k2 > 0 {
		ratio = Known((float64(k1) / t1) / (float64(k2) / t2))
	}
	if k1 == 0 && k2 == 0 {
		return ratio, 1, true
	}
	if k1 > exactCountLimit-k2 { // k1 + k2 > exactCountLimit, without overflowing
		return ratio, poissonNormalP(float64(k1), float64(k2), t1/(t1+t2), t2/(t1+t2)), true
	}
	n := k1 + k2
	// π and 1 − π each from their own ratio, so neither loses precision
	// when the other is close to 1.
	pi := t1 / (t1 + t2)
	logPi := math.Log(pi)
	logQ := math.Log(t2 / (t1 + t2))
	pmf := func(i int) float64 {
		return math.Exp(logChoose(n, i) + float64(i)*logPi + float64(n-i)*logQ)
	}
	return ratio, binomTestTwoSided(k1, n, pi, pmf), true
}

// exactCountLimit is the largest k1 + k2 the exact test sums over: about
// 1.3·10⁵ binomial probabilities, a few milliseconds.
const exactCountLimit = 10_000_000

// poissonNormalP is the two-sided p-value of the conditional test of equal
// rates for counts k1, k2 whose sum n is large, with π and 1 − π the shares
// of the exposure (see PoissonRateRatioTest). Under H0, k1 is Binomial(n,
// π), which for large n is close to the normal distribution of mean nπ and
// variance nπ(1 − π) (de Moivre–Laplace); with a continuity correction of ½,
//
//	z = (|k1 − nπ| − ½) / √(nπ(1 − π)),   p = 2(1 − Φ(z)) = erfc(z/√2),
//
// and p = 1 when |k1 − nπ| ≤ ½. The error in each tail is at most
// C·(π² + (1 − π)²)/√(nπ(1 − π)) with C = 0.4748 (the Berry–Esseen
// theorem with Shevtsova's constant), so for π = ½ and n > 10⁷ the p-value
// is within 3·10⁻⁴ of the exact one.
//
// References: N. L. Johnson, A. W. Kemp and S. Kotz, Univariate Discrete
// Distributions, 3rd ed. (Wiley, 2005), ch. 3 (normal approximations to
// the binomial); I. G. Shevtsova, "On the absolute constants in the
// Berry–Esseen type inequalities for identically distributed summands",
// arXiv:1111.6554 (2011); Gu et al. (2008), cited above, who compare this
// and other large-sample tests of the ratio of two Poisson rates.
func poissonNormalP(k1, k2, pi, q float64) float64 {
	n := k1 + k2
	d := math.Abs(k1 - n*pi)
	if d <= 0.5 {
		return 1
	}
	z := (d - 0.5) / math.Sqrt(n*pi*q)
	return math.Min(1, math.Erfc(z/math.Sqrt2))
}

// binomTestTwoSided is the two-sided p-value of R's binom.test for x
// successes out of n at probability pi, given the binomial pmf. It follows
// R's algorithm: the tail on the side of x is summed from x outwards, and on
// the other side of the mean nπ the tail of values with probability no more
// than P(x)·(1 + 1e-7).
//
// Only the values within sqrt(400n) of the mean are computed: by
// Hoeffding's inequality (W. Hoeffding, "Probability inequalities for
// sums of bounded random variables", JASA 58 (1963) 13–30, theorem 1),
// P(K = i) ≤ exp(−2(i − nπ)²/n) < exp(−800) beyond them, which the pmf
// computes as exactly 0: leaving them out changes no sum and no count.
func binomTestTwoSided(x, n int, pi float64, pmf func(int) float64) float64 {
	m := float64(n) * pi
	xf := float64(x)
	if xf == m {
		return 1
	}
	far := math.Sqrt(400 * float64(n))
	lo, hi := max(0, int(math.Floor(m-far))), min(n, int(math.Ceil(m+far)))
	// sum adds pmf(i) for i from a to b, in that order.
	sum := func(p float64, a, b int) float64 {
		for i := max(a, lo); i <= min(b, hi); i++ {
			p += pmf(i)
		}
		return p
	}
	// atMost counts the i from a to b with pmf(i) ≤ limit.
	atMost := func(a, b int, limit float64) int {
		y := max(0, b-max(a, hi+1)+1) + max(0, min(b, lo-1)-a+1)
		for i := max(a, lo); i <= min(b, hi); i++ {
			if pmf(i) <= limit {
				y++
			}
		}
		return y
	}
	limit := pmf(x) * binomTestRelErr
	var p float64
	if xf < m {
		p = sum(0, 0, x)
		// y counts the values above the mean no more likely than x; by
		// unimodality they are the top y values, n−y+1 … n.
		y := atMost(int(math.Ceil(m)), n, limit)
		p = sum(p, n-y+1, n)
	} else {
		p = sum(0, x, n)
		// y counts the values below the mean no more likely than x: the
		// bottom y values, 0 … y−1.
		y := atMost(0, int(math.Floor(m)), limit)
		p = sum(p, 0, y-1)
	}
	return math.Min(1, p)
}

// logChoose returns log(n choose k) for 0 ≤ k ≤ n.
func logChoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}
