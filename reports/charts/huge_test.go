package charts

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
)

// A count axis up to any value has a handful of ticks, found at once: a
// count of 10¹⁴ used to walk 10⁵ ticks at a step of 10⁹ (and 10¹⁸ never
// ended). The steps below those values are what they were.
func TestCountTicksHuge(t *testing.T) {
	cat, _ := catalogueFor("en")
	for _, max := range []float64{7, 4321, 5e9, 6e9, 1e13, 1e14, 1e15, 1e18, math.MaxInt64, 1e300, math.MaxFloat64} {
		start := time.Now()
		top := countAxisMax(max)
		ticks := (countTicks{format: cat.int}).Ticks(0, top)
		if took := time.Since(start); took > 10*time.Millisecond {
			t.Errorf("max %g: ticks took %v", max, took)
		}
		if len(ticks) > maxTicks+1 || (max <= 1<<62 && len(ticks) < 2) {
			t.Errorf("max %g (axis %g): %d ticks, want 2 to %d", max, top, len(ticks), maxTicks+1)
		}
		if finite(top) && top < max {
			t.Errorf("axis top %g below max %g", top, max)
		}
		for _, tk := range ticks {
			if tk.Value < 0 || tk.Value >= maxLabel || tk.Label == "" {
				t.Errorf("max %g: tick %v %q", max, tk.Value, tk.Label)
			}
		}
	}
	// The steps of ordinary values: the smallest of 1, 2, 5, 10, … giving at
	// most 5 intervals.
	for _, c := range [][2]float64{{0, 1}, {5, 1}, {6, 2}, {10, 2}, {11, 5}, {25, 5}, {26, 10}, {999, 200}, {1000, 200}, {1001, 500}, {5e8, 1e8}, {5e9, 1e9}, {6e9, 2e9}, {1e18, 2e17}} {
		if got := countStep(c[0]); got != c[1] {
			t.Errorf("countStep(%g) = %g, want %g", c[0], got, c[1])
		}
	}
}

// Figures with counts from 10¹³ to the largest int draw in a moment, and
// every file stays the size of an ordinary chart (they were 85 MB SVGs).
func TestWriteHugeCounts(t *testing.T) {
	for _, big := range []int{1e13, 1e15, 1e18, math.MaxInt64} {
		f := figuresOf([]yearRow{{2019, 3, 1, 2, 7, false}, {2020, 4, 2, big, big, false}, {2021, 5, 1, 3, big / 3, false}, {2022, 2, 1, 1, 8, true}},
			analysis.Trend{TheilSenSlope: analysis.Known(float64(big) / 4), TheilSenIntercept: analysis.Known(1), FirstYear: 2019})
		for _, y := range f.Yearly {
			f.Breakdowns.Affiliations = append(f.Breakdowns.Affiliations, analysis.KeyYear{Key: "jihadist", Year: y.Year, Counts: analysis.Counts{Arrests: y.Arrests.Int}})
		}
		f.Current = quarter(2022, 2, analysis.Measures{Incidents: 2, CellsDismantled: analysis.Count(big), Arrests: analysis.Count(big)})
		f.Previous = quarter(2022, 1, analysis.Measures{Incidents: 1, CellsDismantled: analysis.Count(1), Arrests: analysis.Count(big / 2)})
		f.YearEarlier = quarter(2021, 2, analysis.Measures{Incidents: 1, CellsDismantled: analysis.Count(0), Arrests: analysis.Count(3)})
		dir := t.TempDir()
		start := time.Now()
		if _, err := Write(dir, f, sampleOptions("en")); err != nil {
			t.Fatalf("counts of %d: %v", big, err)
		}
		if took := time.Since(start); took > 30*time.Second {
			t.Errorf("counts of %d: drawing took %v", big, took)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != len(allFiles) {
			t.Errorf("counts of %d: %d files, want %d", big, len(entries), len(allFiles))
		}
		for _, e := range entries {
			st, err := os.Stat(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if st.Size() > 1<<20 {
				t.Errorf("counts of %d: %s is %d bytes", big, e.Name(), st.Size())
			}
		}
	}
}
