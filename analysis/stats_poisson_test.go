package analysis

import (
	"fmt"
	"math"
	"testing"
	"time"
)

func TestPoissonRateRatioTest(t *testing.T) {
	tests := []struct {
		name       string
		k1         int
		t1         float64
		k2         int
		t2         float64
		ratio      float64
		ratioValid bool
		p          float64
		ok         bool
	}{
		// R documentation, ?poisson.test (package stats), example "eba1977,
		// compare Fredericia to other three cities for ages 55-59":
		// poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) prints
		// "count1 = 11, expected count1 = 6.7174, p-value = 0.07967" and
		// "rate ratio 1.971488" (= (11/800)/(21/3011)).
		{name: "R eba1977 example", k1: 11, t1: 800, k2: 21, t2: 3011, ratio: 1.971488, ratioValid: true, p: 0.07967, ok: true},
		// A rise from 3 to 5 over equal periods: n = 8, π = 1/2, P(K = 3) =
		// 56/256. By symmetry the values no more likely are 0…3 and 5…8:
		// p = 2·(1 + 8 + 28 + 56)/256 = 186/256 = 0.7265625. Ratio 3/5 = 0.6.
		{name: "three vs five", k1: 3, t1: 1, k2: 5, t2: 1, ratio: 0.6, ratioValid: true, p: 0.7266, ok: true},
		// 14 vs 17 over equal periods (the briefing-note example of
		// docs/figures.md): n = 31, π = 1/2, symmetric, so p = 2·P(K ≤ 14).
		// 31 is odd, so Σ_{i=0}^{15} C(31,i) = 2^31/2 = 2^30, and
		// Σ_{i=0}^{14} C(31,i) = 2^30 − C(31,15) = 1,073,741,824 − 300,540,195
		// = 773,201,629; p = 2·773,201,629/2^31 = 0.720100.
		// Ratio 14/17 = 0.823529.
		{name: "fourteen vs seventeen", k1: 14, t1: 1, k2: 17, t2: 1, ratio: 0.8235, ratioValid: true, p: 0.7201, ok: true},
		// Unequal exposures: n = 4, π = 2/(2+1) = 2/3. P(K = i) = C(4,i)2^i/81:
		// 1, 8, 24, 32, 16 (/81). Observed 0, P = 1/81; the mean is 8/3 and no
		// value above it is as unlikely, so p = 1/81 = 0.012346. Ratio 0.
		{name: "none vs four", k1: 0, t1: 2, k2: 4, t2: 1, ratio: 0, ratioValid: true, p: 0.0123, ok: true},
		// As above, observed 4, P = 16/81; below the mean 1/81 and 8/81 are no
		// larger, 24/81 is: p = (16 + 1 + 8)/81 = 25/81 = 0.308642. Ratio
		// (4/2)/(0/1) is infinite: invalid.
		{name: "four vs none", k1: 4, t1: 2, k2: 0, t2: 1, ratioValid: false, p: 0.3086, ok: true},
		// n = 2, π = 1/3: P = 4/9, 4/9, 1/9. Observed 2 (1/9): below the mean
		// 2/3 the only value, 0, has 4/9 > 1/9, so p = 1/9 = 0.111111.
		{name: "two vs none", k1: 2, t1: 1, k2: 0, t2: 2, ratioValid: false, p: 0.1111, ok: true},
		// n = 2, π = 1/3: observed 1 has P = 4/9, and P(0) = (2/3)² = 4/9 is
		// equal to it (within the 1e-7 tolerance, whatever the rounding), so
		// p = P(0) + P(1) + P(2) = 1. Ratio (1/1)/(1/2) = 2.
		{name: "tie within tolerance", k1: 1, t1: 1, k2: 1, t2: 2, ratio: 2, ratioValid: true, p: 1, ok: true},
		// k1 equals the mean nπ = 10·1/2 = 5 exactly: p = 1.
		{name: "equal counts", k1: 5, t1: 1, k2: 5, t2: 1, ratio: 1, ratioValid: true, p: 1, ok: true},
		// n = 1, π = 1/2: both outcomes have P = 1/2, p = 1.
		{name: "one vs none", k1: 1, t1: 1, k2: 0, t2: 1, ratioValid: false, p: 1, ok: true},
		// Nothing to test: p = 1, ratio 0/0 undefined.
		{name: "zero vs zero", k1: 0, t1: 1, k2: 0, t2: 1, ratioValid: false, p: 1, ok: true},

		{name: "negative count", k1: -1, t1: 1, k2: 3, t2: 1},
		{name: "zero exposure", k1: 1, t1: 0, k2: 3, t2: 1},
		{name: "negative exposure", k1: 1, t1: 1, k2: 3, t2: -1},
		{name: "NaN exposure", k1: 1, t1: math.NaN(), k2: 3, t2: 1},
		{name: "infinite exposure", k1: 1, t1: 1, k2: 3, t2: math.Inf(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ratio, p, ok := PoissonRateRatioTest(tt.k1, tt.t1, tt.k2, tt.t2)
			if ok != tt.ok {
				t.Fatalf("PoissonRateRatioTest(%d, %v, %d, %v) ok = %v, want %v", tt.k1, tt.t1, tt.k2, tt.t2, ok, tt.ok)
			}
			if ratio.Valid != tt.ratioValid || (ratio.Valid && !statsClose(ratio.Float64, tt.ratio, statsTol)) {
				t.Errorf("PoissonRateRatioTest(%d, %v, %d, %v) ratio = %+v, want %v (valid %v)",
					tt.k1, tt.t1, tt.k2, tt.t2, ratio, tt.ratio, tt.ratioValid)
			}
			if !statsClose(p, tt.p, statsTol) {
				t.Errorf("PoissonRateRatioTest(%d, %v, %d, %v) p = %v, want %v", tt.k1, tt.t1, tt.k2, tt.t2, p, tt.p)
			}
			if !ok {
				return
			}
			if !(p > 0 && p <= 1) {
				t.Errorf("PoissonRateRatioTest(%d, %v, %d, %v) p = %v, not in (0, 1]", tt.k1, tt.t1, tt.k2, tt.t2, p)
			}
			// The test does not depend on which period is named first.
			_, pSwapped, _ := PoissonRateRatioTest(tt.k2, tt.t2, tt.k1, tt.t1)
			if !statsClose(pSwapped, p, 1e-12) {
				t.Errorf("PoissonRateRatioTest swapped p = %v, want %v", pSwapped, p)
			}
		})
	}
}

// TestPoissonRateRatioTestLargeCounts checks that large counts give a
// p-value in (0, 1], not NaN, and that a
// clear change is significant while a small one is not.
func TestPoissonRateRatioTestLargeCounts(t *testing.T) {
	tests := []struct {
		name        string
		k1, k2      int
		significant bool
	}{
		{name: "same", k1: 5000, k2: 5000},
		{name: "one percent", k1: 1000, k2: 1010},
		{name: "ten percent", k1: 10000, k2: 11000, significant: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, p, ok := PoissonRateRatioTest(tt.k1, 1, tt.k2, 1)
			if !ok || !(p > 0 && p <= 1) {
				t.Fatalf("PoissonRateRatioTest(%d, 1, %d, 1) = %v, %v", tt.k1, tt.k2, p, ok)
			}
			if got := p < 0.05; got != tt.significant {
				t.Errorf("PoissonRateRatioTest(%d, 1, %d, 1) p = %v, significant = %v, want %v", tt.k1, tt.k2, p, got, tt.significant)
			}
		})
	}
}

func BenchmarkPoissonRateRatioTest(b *testing.B) {
	for _, n := range []int{10, 1000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				PoissonRateRatioTest(n, 1, n+n/10, 1.2)
			}
		})
	}
}

// Leaving out the values far from the mean changes nothing: the p-value is
// the very number summing every value gives (R's algorithm as written in
// binomTestTwoSided's comment, over all of 0…n).
func TestBinomTestFarValuesLeftOut(t *testing.T) {
	every := func(x, n int, pi float64, pmf func(int) float64) float64 {
		m := float64(n) * pi
		if float64(x) == m {
			return 1
		}
		limit := pmf(x) * binomTestRelErr
		p, y := 0.0, 0
		if float64(x) < m {
			for i := 0; i <= x; i++ {
				p += pmf(i)
			}
			for i := int(math.Ceil(m)); i <= n; i++ {
				if pmf(i) <= limit {
					y++
				}
			}
			for i := n - y + 1; i <= n; i++ {
				p += pmf(i)
			}
		} else {
			for i := x; i <= n; i++ {
				p += pmf(i)
			}
			for i := 0; i <= int(math.Floor(m)); i++ {
				if pmf(i) <= limit {
					y++
				}
			}
			for i := 0; i < y; i++ {
				p += pmf(i)
			}
		}
		return math.Min(1, p)
	}
	cases := [][2]int{{0, 5000}, {5000, 0}, {2400, 2600}, {2600, 2400}, {20000, 21000}, {21000, 20000}, {5, 90000}, {40000, 40001}, {1, 1}, {0, 1}}
	for _, c := range cases {
		k1, k2 := c[0], c[1]
		n := k1 + k2
		for _, pi := range []float64{0.5, 0.3, 0.9} {
			logPi, logQ := math.Log(pi), math.Log(1-pi)
			pmf := func(i int) float64 { return math.Exp(logChoose(n, i) + float64(i)*logPi + float64(n-i)*logQ) }
			if got, want := binomTestTwoSided(k1, n, pi, pmf), every(k1, n, pi, pmf); got != want {
				t.Errorf("x=%d n=%d π=%v: p = %v, summing every value gives %v", k1, n, pi, got, want)
			}
		}
	}
}

// Counts past exactCountLimit are tested with the normal approximation;
// hand computations:
//
//   - 10,010,000 vs 9,990,000: n = 2·10⁷, nπ = 10⁷, |k1 − nπ| = 10,000,
//     σ = √(2·10⁷/4) = 2,236.068; z = 9,999.5/2,236.068 = 4.471912,
//     p = erfc(z/√2) = 7.7523·10⁻⁶.
//   - 10¹⁸ + 10⁹ vs 10¹⁸ − 10⁹: n = 2·10¹⁸, σ = √(5·10¹⁷) = 7.0710678·10⁸,
//     z = (10⁹ − ½)/σ = √2 (to 10⁻⁹), p = erfc(1) = 0.1572992.
//   - the largest counts: equal, p = 1; 0 against the largest int, p = 0.
func TestPoissonRateRatioTestHugeCounts(t *testing.T) {
	tests := []struct {
		k1, k2 int
		p      float64
	}{
		{10_010_000, 9_990_000, 7.7523e-6},
		{1e18 + 1e9, 1e18 - 1e9, 0.1572992},
		{math.MaxInt, math.MaxInt, 1},
		{0, math.MaxInt, 0},
		{math.MaxInt, 1e13, 0},
	}
	for _, tt := range tests {
		start := time.Now()
		ratio, p, ok := PoissonRateRatioTest(tt.k1, 1, tt.k2, 1)
		if took := time.Since(start); took > 100*time.Millisecond {
			t.Errorf("PoissonRateRatioTest(%d, %d) took %v", tt.k1, tt.k2, took)
		}
		if !ok || !ratio.Valid || math.IsNaN(ratio.Float64) || math.IsInf(ratio.Float64, 0) {
			t.Errorf("PoissonRateRatioTest(%d, %d) ratio = %+v, ok = %v", tt.k1, tt.k2, ratio, ok)
		}
		if math.Abs(p-tt.p) > 1e-4*math.Max(tt.p, 1e-3) {
			t.Errorf("PoissonRateRatioTest(%d, %d) p = %v, want %v", tt.k1, tt.k2, p, tt.p)
		}
	}
}

// Just past the limit the approximation agrees with the exact sum within
// the Berry–Esseen bound given in poissonNormalP's comment (3·10⁻⁴ for
// π = ½, n > 10⁷).
func TestPoissonNormalAgreesWithExact(t *testing.T) {
	for _, c := range [][2]int{{10_002_000, 9_998_000}, {10_006_000, 9_994_000}, {10_000_000, 10_000_001}, {9_990_000, 10_010_000}} {
		k1, k2 := c[0], c[1]
		n := k1 + k2
		logHalf := math.Log(0.5)
		pmf := func(i int) float64 { return math.Exp(logChoose(n, i) + float64(n)*logHalf) }
		exact := binomTestTwoSided(k1, n, 0.5, pmf)
		_, approx, _ := PoissonRateRatioTest(k1, 1, k2, 1)
		if math.Abs(exact-approx) > 3e-4 {
			t.Errorf("%d vs %d: normal approximation p = %v, exact %v", k1, k2, approx, exact)
		}
	}
}
