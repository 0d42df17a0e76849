package analysis

import (
	"math"
	"slices"
	"testing"
)

// statsTol is the tolerance for expected values given rounded to 4
// decimals.
const statsTol = 1e-4

func statsClose(got, want, tol float64) bool {
	return math.Abs(got-want) <= tol
}

// statsSameBits reports whether a and b hold the same values bit for bit, so
// that a NaN input compares equal to itself in the no-mutation checks.
func statsSameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool {
		return math.Float64bits(x) == math.Float64bits(y)
	})
}

func TestWilson(t *testing.T) {
	tests := []struct {
		name      string
		k, n      int
		z         float64
		low, high float64
		ok        bool
	}{
		// Newcombe (1998), Statistics in Medicine 17:857–872, worked
		// examples, method 3 (score interval without continuity
		// correction), given to 4 decimals.
		{name: "Newcombe 81/263", k: 81, n: 263, z: Z95, low: 0.2553, high: 0.3662, ok: true},
		{name: "Newcombe 15/148", k: 15, n: 148, z: Z95, low: 0.0624, high: 0.1605, ok: true},
		{name: "Newcombe 0/20", k: 0, n: 20, z: Z95, low: 0, high: 0.1611, ok: true},
		{name: "Newcombe 1/29", k: 1, n: 29, z: Z95, low: 0.0061, high: 0.1718, ok: true},

		// k = n = 1, z = 1.96: p̂ = 1, z² = 3.8416, 1 + z²/n = 4.8416;
		// centre = (1 + 1.9208)/4.8416 = 0.603272,
		// half = 1.96/4.8416 · √(0 + 3.8416/4) = 0.404825 · 0.98 = 0.396728;
		// low = 0.206544 (= 1/(1 + z²) = 1/4.8416), high = 1.
		{name: "one of one", k: 1, n: 1, z: 1.96, low: 0.2065, high: 1, ok: true},
		// k = 0, n = 1, z = 1.96: p̂ = 0, centre = half = 1.9208/4.8416
		// = 0.396728; low = 0, high = z²/(1 + z²) = 3.8416/4.8416 = 0.7935.
		{name: "none of one", k: 0, n: 1, z: 1.96, low: 0, high: 0.7935, ok: true},
		// k = 5, n = 10, z = Z95: z² = 3.841459, 1 + z²/n = 1.384146;
		// centre = (0.5 + 0.192073)/1.384146 = 0.5 (symmetric),
		// half = 1.959964/1.384146 · √(0.025 + 3.841459/400)
		//      = 1.416010 · √0.034604 = 1.416010 · 0.186020 = 0.263407;
		// [0.236593, 0.763407].
		{name: "half", k: 5, n: 10, z: Z95, low: 0.2366, high: 0.7634, ok: true},

		{name: "n=0", k: 0, n: 0, z: Z95},
		{name: "negative n", k: 0, n: -3, z: Z95},
		{name: "more successes than trials", k: 4, n: 3, z: Z95},
		{name: "negative successes", k: -1, n: 3, z: Z95},
		{name: "negative z", k: 1, n: 3, z: -1.96},
		{name: "NaN z", k: 1, n: 3, z: math.NaN()},
		{name: "infinite z", k: 1, n: 3, z: math.Inf(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			low, high, ok := Wilson(tt.k, tt.n, tt.z)
			if ok != tt.ok {
				t.Fatalf("Wilson(%d, %d, %v) ok = %v, want %v", tt.k, tt.n, tt.z, ok, tt.ok)
			}
			if !ok {
				if low != 0 || high != 0 {
					t.Errorf("Wilson(%d, %d, %v) = %v, %v with ok = false, want 0, 0", tt.k, tt.n, tt.z, low, high)
				}
				return
			}
			if !statsClose(low, tt.low, statsTol) || !statsClose(high, tt.high, statsTol) {
				t.Errorf("Wilson(%d, %d, %v) = [%.6f, %.6f], want [%.4f, %.4f]", tt.k, tt.n, tt.z, low, high, tt.low, tt.high)
			}
			// The bounds are exact at the edges, with no rounding dust.
			if tt.k == 0 && low != 0 {
				t.Errorf("Wilson(0, %d) low = %v, want exactly 0", tt.n, low)
			}
			if tt.k == tt.n && high != 1 {
				t.Errorf("Wilson(%d, %d) high = %v, want exactly 1", tt.k, tt.n, high)
			}
			if !(0 <= low && low <= high && high <= 1) {
				t.Errorf("Wilson(%d, %d) = [%v, %v], not within [0, 1]", tt.k, tt.n, low, high)
			}
		})
	}
}

func TestChange(t *testing.T) {
	tests := []struct {
		name     string
		prev     float64
		cur      float64
		abs      float64
		pct      float64
		pctValid bool
	}{
		// 17 → 14: abs = −3, pct = −3/17 × 100 = −17.6471.
		{name: "fall", prev: 17, cur: 14, abs: -3, pct: -17.6471, pctValid: true},
		// 4 → 6: abs = 2, pct = 2/4 × 100 = 50.
		{name: "rise", prev: 4, cur: 6, abs: 2, pct: 50, pctValid: true},
		{name: "no change", prev: 10, cur: 10, abs: 0, pct: 0, pctValid: true},
		// 3 → 0: abs = −3, pct = −3/3 × 100 = −100.
		{name: "to zero", prev: 3, cur: 0, abs: -3, pct: -100, pctValid: true},
		// A rate: 0.25 → 0.30: abs = 0.05, pct = 0.05/0.25 × 100 = 20.
		{name: "rate", prev: 0.25, cur: 0.30, abs: 0.05, pct: 20, pctValid: true},
		{name: "from zero", prev: 0, cur: 5, abs: 5},
		{name: "zero to zero", prev: 0, cur: 0, abs: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			abs, pct := Change(tt.prev, tt.cur)
			if !statsClose(abs, tt.abs, 1e-12) {
				t.Errorf("Change(%v, %v) abs = %v, want %v", tt.prev, tt.cur, abs, tt.abs)
			}
			if pct.Valid != tt.pctValid {
				t.Fatalf("Change(%v, %v) pct = %+v, want Valid = %v", tt.prev, tt.cur, pct, tt.pctValid)
			}
			if pct.Valid && !statsClose(pct.Float64, tt.pct, statsTol) {
				t.Errorf("Change(%v, %v) pct = %v, want %v", tt.prev, tt.cur, pct.Float64, tt.pct)
			}
		})
	}
}

func TestMovingAverage(t *testing.T) {
	nan := math.NaN()
	// v is a valid entry, x an invalid one.
	v := func(f float64) NullFloat { return NullFloat{Float64: f, Valid: true} }
	var x NullFloat
	tests := []struct {
		name   string
		y      []float64
		window int
		want   []NullFloat
	}{
		// (3+6+9)/3 = 6, (6+9+12)/3 = 9.
		{name: "three-year", y: []float64{3, 6, 9, 12}, window: 3, want: []NullFloat{x, x, v(6), v(9)}},
		// (0+0+3)/3 = 1, (0+3+0)/3 = 1, (3+0+0)/3 = 1.
		{name: "zeros", y: []float64{0, 0, 3, 0, 0}, window: 3, want: []NullFloat{x, x, v(1), v(1), v(1)}},
		{name: "window one", y: []float64{5, 7}, window: 1, want: []NullFloat{v(5), v(7)}},
		// (1+2)/2 = 1.5, (2+4)/2 = 3.
		{name: "two-year", y: []float64{1, 2, 4}, window: 2, want: []NullFloat{x, v(1.5), v(3)}},
		{name: "exactly one window", y: []float64{1, 2, 6}, window: 3, want: []NullFloat{x, x, v(3)}},
		{name: "shorter than window", y: []float64{1, 2}, window: 3, want: []NullFloat{x, x}},
		{name: "window zero", y: []float64{1, 2}, window: 0, want: []NullFloat{x, x}},
		{name: "negative window", y: []float64{1, 2}, window: -1, want: []NullFloat{x, x}},
		{name: "empty", y: []float64{}, window: 3, want: []NullFloat{}},
		// Windows holding the NaN are invalid; (3+4)/2 = 3.5, (4+5)/2 = 4.5.
		{name: "NaN", y: []float64{1, nan, 3, 4, 5}, window: 2, want: []NullFloat{x, x, x, v(3.5), v(4.5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.y)
			got := MovingAverage(tt.y, tt.window)
			if !statsSameBits(tt.y, in) {
				t.Errorf("MovingAverage changed its input: %v, was %v", tt.y, in)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("MovingAverage(%v, %d) has %d entries, want %d", tt.y, tt.window, len(got), len(tt.want))
			}
			for i := range got {
				if got[i].Valid != tt.want[i].Valid ||
					(got[i].Valid && !statsClose(got[i].Float64, tt.want[i].Float64, 1e-12)) {
					t.Errorf("MovingAverage(%v, %d)[%d] = %+v, want %+v", tt.y, tt.window, i, got[i], tt.want[i])
				}
			}
		})
	}
}
