package analysis

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestTheilSen(t *testing.T) {
	tests := []struct {
		name             string
		x, y             []float64
		slope, intercept float64
		ok               bool
	}{
		// Pairwise slopes (y_j − y_i)/(x_j − x_i), i < j:
		//   (1,2) 2/1 = 2     (1,3) 1/2 = 0.5   (1,4) 4/3 = 1.3333  (1,5) 3/4 = 0.75
		//   (2,3) −1/1 = −1   (2,4) 2/2 = 1     (2,5) 1/3 = 0.3333
		//   (3,4) 3/1 = 3     (3,5) 2/2 = 1     (4,5) −1/1 = −1
		// sorted: −1 −1 0.3333 0.5 0.75 | 1 1 1.3333 2 3 → median (0.75+1)/2 = 0.875.
		// y − 0.875x: 0.125, 1.25, −0.625, 1.5, −0.375 → median 0.125.
		{name: "five points", x: []float64{1, 2, 3, 4, 5}, y: []float64{1, 3, 2, 5, 4}, slope: 0.875, intercept: 0.125, ok: true},
		// The pair at x = 1 (y 1 and 2) has no slope and is skipped:
		//   (1,1)-(2,2) 1   (1,1)-(3,5) 4/2 = 2   (1,2)-(2,2) 0
		//   (1,2)-(3,5) 3/2 = 1.5   (2,2)-(3,5) 3
		// sorted 0 1 1.5 2 3 → median 1.5.
		// y − 1.5x: −0.5, 0.5, −1, 0.5 → sorted −1 −0.5 0.5 0.5 → median 0.
		{name: "tied x", x: []float64{1, 1, 2, 3}, y: []float64{1, 2, 2, 5}, slope: 1.5, intercept: 0, ok: true},
		// Ties in y: slopes (0,1) 0, (0,2) 2/2 = 1, (1,2) 2/1 = 2 → median 1;
		// y − x: 4, 3, 4 → median 4.
		{name: "tied y", x: []float64{0, 1, 2}, y: []float64{4, 4, 6}, slope: 1, intercept: 4, ok: true},
		// One slope (7 − 10)/(2021 − 2020) = −3; intercepts
		// 10 + 3·2020 = 6070 and 7 + 3·2021 = 6070.
		{name: "two points", x: []float64{2020, 2021}, y: []float64{10, 7}, slope: -3, intercept: 6070, ok: true},
		{name: "constant", x: []float64{0, 1, 2}, y: []float64{4, 4, 4}, slope: 0, intercept: 4, ok: true},
		{name: "zeros", x: []float64{0, 1, 2, 3}, y: []float64{0, 0, 0, 0}, slope: 0, intercept: 0, ok: true},
		// Order does not matter: slopes (3,9)-(1,1) 8/2 = 4, (3,9)-(2,4) 5/1 = 5,
		// (1,1)-(2,4) 3/1 = 3 → median 4; y − 4x: −3, −3, −4 → median −3.
		{name: "unordered x", x: []float64{3, 1, 2}, y: []float64{9, 1, 4}, slope: 4, intercept: -3, ok: true},
		// The six slopes among the first four points are 1; those with the
		// outlier are 100/4 = 25, 99/3 = 33, 98/2 = 49, 97/1 = 97. Median of
		// ten values = (1+1)/2 = 1; y − x: 0, 0, 0, 0, 96 → median 0.
		{name: "outlier", x: []float64{0, 1, 2, 3, 4}, y: []float64{0, 1, 2, 3, 100}, slope: 1, intercept: 0, ok: true},

		{name: "one point", x: []float64{1}, y: []float64{1}},
		{name: "empty", x: []float64{}, y: []float64{}},
		{name: "all x equal", x: []float64{2, 2, 2}, y: []float64{1, 2, 3}},
		{name: "length mismatch", x: []float64{1, 2, 3}, y: []float64{1, 2}},
		{name: "NaN", x: []float64{1, 2, 3}, y: []float64{1, math.NaN(), 3}},
		{name: "Inf", x: []float64{1, math.Inf(1), 3}, y: []float64{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := slices.Clone(tt.x), slices.Clone(tt.y)
			slope, intercept, ok := TheilSen(tt.x, tt.y)
			if !statsSameBits(tt.x, x) || !statsSameBits(tt.y, y) {
				t.Errorf("TheilSen changed its input: x %v y %v, were x %v y %v", tt.x, tt.y, x, y)
			}
			if ok != tt.ok {
				t.Fatalf("TheilSen(%v, %v) ok = %v, want %v", tt.x, tt.y, ok, tt.ok)
			}
			if !statsClose(slope, tt.slope, 1e-9) || !statsClose(intercept, tt.intercept, 1e-9) {
				t.Errorf("TheilSen(%v, %v) = %v, %v, want %v, %v", tt.x, tt.y, slope, intercept, tt.slope, tt.intercept)
			}
		})
	}
}

func TestMannKendall(t *testing.T) {
	tests := []struct {
		name string
		y    []float64
		want MannKendallResult
		ok   bool
	}{
		// All 10 pairs rise: S = 10. Var = 5·4·15/18 = 300/18 = 16.6667.
		// Z = (10 − 1)/√16.6667 = 9/4.0825 = 2.2045.
		// P = 2(1 − Φ(2.2045)) = 2(1 − 0.98626) = 0.0275.
		{name: "rising", y: []float64{1, 2, 3, 4, 5}, want: MannKendallResult{S: 10, VarS: 16.6667, Z: 2.2045, P: 0.0275}, ok: true},
		// Mirror image: S = −10, Z = (−10 + 1)/4.0825 = −2.2045, same P.
		{name: "falling", y: []float64{5, 4, 3, 2, 1}, want: MannKendallResult{S: -10, VarS: 16.6667, Z: -2.2045, P: 0.0275}, ok: true},
		// Pairs: (1,2)+ (1,2)+ (1,3)+ (2,2)0 (2,3)+ (2,3)+ → S = 5.
		// One tie group of t = 2: Var = [4·3·13 − 2·1·9]/18 = (156 − 18)/18 = 7.6667.
		// Z = (5 − 1)/√7.6667 = 4/2.7689 = 1.4446.
		// P = 2(1 − Φ(1.4446)) = 2(1 − 0.92572) = 0.1486.
		{name: "ties", y: []float64{1, 2, 2, 3}, want: MannKendallResult{S: 5, VarS: 7.6667, Z: 1.4446, P: 0.1486}, ok: true},
		// Pairs from each value to the later ones:
		//   3: + + + + + (5)   5: 0 + + + (3)   5: + + + (3)   8: − + (0)   6: + (1)
		// S = 12. Tie group t = 2 (the two 5s): Var = [6·5·17 − 18]/18 = 492/18 = 27.3333.
		// Z = 11/√27.3333 = 11/5.2281 = 2.1040; P = 2(1 − Φ(2.1040)) = 2(1 − 0.98231) = 0.0354.
		{name: "yearly counts with a tie", y: []float64{3, 5, 5, 8, 6, 9}, want: MannKendallResult{S: 12, VarS: 27.3333, Z: 2.1040, P: 0.0354}, ok: true},
		// (1,3)+ (1,2)+ (3,2)− → S = 1; Var = 3·2·11/18 = 3.6667;
		// the continuity correction gives Z = (1 − 1)/√3.6667 = 0, P = 1.
		{name: "S one", y: []float64{1, 3, 2}, want: MannKendallResult{S: 1, VarS: 3.6667, Z: 0, P: 1}, ok: true},
		// (1,3)+ (1,3)+ (1,1)0 (3,3)0 (3,1)− (3,1)− → S = 0.
		// Two tie groups of 2: Var = [4·3·13 − 18 − 18]/18 = 120/18 = 6.6667; Z = 0, P = 1.
		{name: "no trend", y: []float64{1, 3, 3, 1}, want: MannKendallResult{S: 0, VarS: 6.6667, Z: 0, P: 1}, ok: true},
		// One tie group of 3: Var = [3·2·11 − 3·2·11]/18 = 0.
		{name: "constant", y: []float64{4, 4, 4}, want: MannKendallResult{S: 0, VarS: 0, Z: 0, P: 1}, ok: true},
		{name: "zeros", y: []float64{0, 0, 0, 0}, want: MannKendallResult{S: 0, VarS: 0, Z: 0, P: 1}, ok: true},

		{name: "two points", y: []float64{1, 2}},
		{name: "empty", y: []float64{}},
		{name: "NaN", y: []float64{1, math.NaN(), 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.y)
			got, ok := MannKendall(tt.y)
			if !statsSameBits(tt.y, in) {
				t.Errorf("MannKendall changed its input: %v, was %v", tt.y, in)
			}
			if ok != tt.ok {
				t.Fatalf("MannKendall(%v) ok = %v, want %v", tt.y, ok, tt.ok)
			}
			if !ok {
				if got != (MannKendallResult{}) {
					t.Errorf("MannKendall(%v) = %+v with ok = false, want zero", tt.y, got)
				}
				return
			}
			if got.S != tt.want.S ||
				!statsClose(got.VarS, tt.want.VarS, statsTol) ||
				!statsClose(got.Z, tt.want.Z, statsTol) ||
				!statsClose(got.P, tt.want.P, statsTol) {
				t.Errorf("MannKendall(%v) = %+v, want %+v", tt.y, got, tt.want)
			}
		})
	}
}

func TestOLSSlope(t *testing.T) {
	tests := []struct {
		name             string
		x, y             []float64
		level            float64
		slope, low, high float64
		ok               bool
	}{
		// x̄ = 2, ȳ = 2, Sxx = 2, Sxy = (−1)(−1) + 0 + (1)(0) = 1 → slope 0.5,
		// a = 1; fitted 1.5, 2, 2.5; residuals −0.5, 1, −0.5; SSE = 1.5;
		// s² = 1.5/1; se = √(1.5/2) = 0.866025. With 1 df,
		// t_{0.975,1} = tan(π(0.975 − 0.5)) = 12.706205; half = 11.003896.
		{name: "three points", x: []float64{1, 2, 3}, y: []float64{1, 3, 2}, level: 0.95, slope: 0.5, low: -10.5039, high: 11.5039, ok: true},
		// x̄ = 2.5, ȳ = 3.75, Sxx = 5,
		// Sxy = (−1.5)(−1.75) + (−0.5)(0.25) + (0.5)(1.25) + (1.5)(0.25) = 3.5
		// → slope 0.7, a = 2; fitted 2.7, 3.4, 4.1, 4.8; residuals −0.7, 0.6,
		// 0.9, −0.8; SSE = 0.49 + 0.36 + 0.81 + 0.64 = 2.3; s² = 1.15;
		// se = √(1.15/5) = √0.23 = 0.479583. With 2 df the quantile is
		// t_p = (2p − 1)/√(2p(1 − p)): t_{0.975,2} = 0.95/√0.04875 = 4.302653;
		// half = 2.063480.
		{name: "four points", x: []float64{1, 2, 3, 4}, y: []float64{2, 4, 5, 4}, level: 0.95, slope: 0.7, low: -1.3635, high: 2.7635, ok: true},
		// As above at 90 %: t_{0.95,2} = 0.9/√0.095 = 2.919986; half = 1.400376.
		{name: "four points at 90 %", x: []float64{1, 2, 3, 4}, y: []float64{2, 4, 5, 4}, level: 0.90, slope: 0.7, low: -0.7004, high: 2.1004, ok: true},
		// Shifting x by 2018 changes neither the slope nor its interval.
		{name: "years", x: []float64{2019, 2020, 2021, 2022}, y: []float64{2, 4, 5, 4}, level: 0.95, slope: 0.7, low: -1.3635, high: 2.7635, ok: true},
		// y = 2x + 1 exactly: SSE = 0, so se = 0 and low = high = slope.
		{name: "perfect fit", x: []float64{1, 2, 3, 4}, y: []float64{3, 5, 7, 9}, level: 0.95, slope: 2, low: 2, high: 2, ok: true},
		{name: "constant", x: []float64{1, 2, 3}, y: []float64{4, 4, 4}, level: 0.95, slope: 0, low: 0, high: 0, ok: true},
		{name: "zeros", x: []float64{1, 2, 3}, y: []float64{0, 0, 0}, level: 0.95, slope: 0, low: 0, high: 0, ok: true},

		{name: "two points", x: []float64{1, 2}, y: []float64{1, 2}, level: 0.95},
		{name: "empty", x: []float64{}, y: []float64{}, level: 0.95},
		{name: "all x equal", x: []float64{2, 2, 2}, y: []float64{1, 2, 3}, level: 0.95},
		{name: "length mismatch", x: []float64{1, 2, 3}, y: []float64{1, 2}, level: 0.95},
		{name: "NaN", x: []float64{1, 2, 3}, y: []float64{1, math.NaN(), 3}, level: 0.95},
		{name: "level 0", x: []float64{1, 2, 3}, y: []float64{1, 3, 2}, level: 0},
		{name: "level 1", x: []float64{1, 2, 3}, y: []float64{1, 3, 2}, level: 1},
		{name: "level 95 by mistake", x: []float64{1, 2, 3}, y: []float64{1, 3, 2}, level: 95},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, y := slices.Clone(tt.x), slices.Clone(tt.y)
			slope, low, high, ok := OLSSlope(tt.x, tt.y, tt.level)
			if !statsSameBits(tt.x, x) || !statsSameBits(tt.y, y) {
				t.Errorf("OLSSlope changed its input: x %v y %v, were x %v y %v", tt.x, tt.y, x, y)
			}
			if ok != tt.ok {
				t.Fatalf("OLSSlope(%v, %v, %v) ok = %v, want %v", tt.x, tt.y, tt.level, ok, tt.ok)
			}
			if !statsClose(slope, tt.slope, statsTol) || !statsClose(low, tt.low, statsTol) || !statsClose(high, tt.high, statsTol) {
				t.Errorf("OLSSlope(%v, %v, %v) = %v [%v, %v], want %v [%v, %v]",
					tt.x, tt.y, tt.level, slope, low, high, tt.slope, tt.low, tt.high)
			}
			if ok && !(low <= slope && slope <= high) {
				t.Errorf("OLSSlope(%v, %v) = %v not within [%v, %v]", tt.x, tt.y, slope, low, high)
			}
		})
	}
}

// statsRisingSeries is a noisy rising series of n values for benchmarks.
func statsRisingSeries(n int) (x, y []float64) {
	x = make([]float64, n)
	y = make([]float64, n)
	for i := range n {
		x[i] = float64(2000 + i)
		y[i] = float64(i) + float64((i*7919)%13)
	}
	return x, y
}

func BenchmarkTheilSen(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		x, y := statsRisingSeries(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				TheilSen(x, y)
			}
		})
	}
}

func BenchmarkMannKendall(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		_, y := statsRisingSeries(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				MannKendall(y)
			}
		})
	}
}

func BenchmarkOLSSlope(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		x, y := statsRisingSeries(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				OLSSlope(x, y, 0.95)
			}
		})
	}
}
