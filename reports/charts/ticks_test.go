package charts

import (
	"math"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ctreport/ctreport/analysis"
)

func TestCatalogueNumbers(t *testing.T) {
	en, _ := catalogueFor("en")
	fr, _ := catalogueFor("fr")
	ar, _ := catalogueFor("ar")
	tests := []struct{ got, want string }{
		{en.int(0), "0"}, {en.int(1234567), "1,234,567"}, {en.int(-1500), "−1,500"},
		{fr.int(1234), "1\u202f234"}, {ar.int(4304), "\u200e4.304\u200e"},
		{en.percent(95), "95%"}, {fr.percent(95), "95\u00a0%"}, {ar.percent(50), "\u200e50\u00a0%\u200e"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestSlope(t *testing.T) {
	cat, _ := catalogueFor("en")
	tests := []struct {
		v    float64
		want string
	}{
		{0.4, "+0.4"}, {-0.4, "−0.4"}, {0.04, "+0.04"}, {0.004, "0.00"}, {-0.001, "0.00"},
		{0, "0.00"}, {12.6, "+13"}, {-1234.4, "−1,234"}, {1e20, "+100,000,000,000,000,000,000"},
		{math.NaN(), ""}, {math.Inf(-1), ""},
	}
	for _, tt := range tests {
		if got := cat.slope(tt.v); got != tt.want {
			t.Errorf("slope(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
	fr, _ := catalogueFor("fr")
	if got := fr.slope(0.45); got != "+0,5" {
		t.Errorf("fr slope(0.45) = %q, want +0,5", got)
	}
}

func TestYearStep(t *testing.T) {
	tests := []struct {
		name              string
		n                 int
		year, last, width float64
		want              int
	}{
		{"all fit", 8, 30, 30, 500, 1},
		{"to-date label still fits", 8, 30, 55, 500, 1},
		{"to-date label too wide", 8, 30, 90, 500, 2},
		{"every second", 20, 30, 30, 500, 2},
		{"every fifth", 53, 30, 30, 500, 5},
		{"one year", 1, 30, 30, 500, 1},
		{"no width", 10, 30, 30, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := yearStep(tt.n, tt.year, tt.last, tt.width); got != tt.want {
				t.Errorf("yearStep = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestYearTicks(t *testing.T) {
	ticks := yearTicks{first: 2015, last: 2022, step: 2, toDate: "2022\n(to date)"}.Ticks(2014.5, 2022.5)
	var labels []string
	for _, tk := range ticks {
		if tk.Value != math.Trunc(tk.Value) {
			t.Errorf("tick at %v is not a whole year", tk.Value)
		}
		labels = append(labels, tk.Label)
	}
	want := []string{"", "2016", "", "2018", "", "2020", "", "2022\n(to date)"}
	if len(labels) != len(want) {
		t.Fatalf("labels = %q, want %q", labels, want)
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Errorf("labels = %q, want %q", labels, want)
			break
		}
	}
	long := yearTicks{first: 1, last: 2022, step: 500}.Ticks(0.5, 2022.5)
	if len(long) != 5 || long[0].Label != "22" || long[4].Label != "2022" {
		t.Errorf("ticks over 2,022 years = %v, want only the 5 labelled ones", long)
	}
	if got := (yearTicks{first: 2015, last: 2022, step: 1}).Ticks(math.NaN(), 1); got != nil {
		t.Errorf("ticks over NaN = %v, want none", got)
	}
}

func TestCountTicks(t *testing.T) {
	tests := []struct {
		name    string
		max     float64
		wantMax float64
		want    []string
	}{
		{"all zero", 0, 1, []string{"0", "1"}},
		{"small", 6, 8, []string{"0", "2", "4", "6", "8"}},
		{"tens", 42, 50, []string{"0", "10", "20", "30", "40", "50"}},
		{"thousands", 3400, 4000, []string{"0", "1,000", "2,000", "3,000", "4,000"}},
		{"not finite", math.Inf(1), 1, []string{"0", "1"}},
	}
	cat, _ := catalogueFor("en")
	format := cat.int
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := countAxisMax(tt.max)
			if top != tt.wantMax {
				t.Errorf("countAxisMax(%v) = %v, want %v", tt.max, top, tt.wantMax)
			}
			var got []string
			for _, tk := range (countTicks{format: format}).Ticks(0, top) {
				got = append(got, tk.Label)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("ticks = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("ticks = %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func TestTheilSenLine(t *testing.T) {
	known := analysis.Known
	tests := []struct {
		name        string
		trend       analysis.Trend
		first, last int
		ok          bool
		x0, y0      float64
		x1, y1      float64
	}{
		{"rising", analysis.Trend{TheilSenSlope: known(0.4), TheilSenIntercept: known(2), FirstYear: 2015}, 2015, 2021, true, 2015, 2, 2021, 4.4},
		{"falls below zero", analysis.Trend{TheilSenSlope: known(-1), TheilSenIntercept: known(3), FirstYear: 2015}, 2015, 2021, true, 2015, 3, 2018, 0},
		{"rises from below zero", analysis.Trend{TheilSenSlope: known(1), TheilSenIntercept: known(-2), FirstYear: 2015}, 2015, 2021, true, 2017, 0, 2021, 4},
		{"all below zero", analysis.Trend{TheilSenSlope: known(-1), TheilSenIntercept: known(-1), FirstYear: 2015}, 2015, 2021, false, 0, 0, 0, 0},
		{"no slope", analysis.Trend{TheilSenIntercept: known(2), FirstYear: 2015}, 2015, 2021, false, 0, 0, 0, 0},
		{"no first year", analysis.Trend{TheilSenSlope: known(0.5), TheilSenIntercept: known(1)}, 2015, 2021, true, 2015, 1, 2021, 4},
		{"no intercept", analysis.Trend{TheilSenSlope: known(2), FirstYear: 2015}, 2015, 2021, false, 0, 0, 0, 0},
		{"infinite slope", analysis.Trend{TheilSenSlope: analysis.NullFloat{Float64: math.Inf(1), Valid: true}, TheilSenIntercept: known(2)}, 2015, 2021, false, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, ok := theilSenLine(tt.trend, tt.first, tt.last, draw.LineStyle{})
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if !near(l.x0, tt.x0) || !near(l.y0, tt.y0) || !near(l.x1, tt.x1) || !near(l.y1, tt.y1) {
				t.Errorf("line (%v, %v)–(%v, %v), want (%v, %v)–(%v, %v)", l.x0, l.y0, l.x1, l.y1, tt.x0, tt.y0, tt.x1, tt.y1)
			}
		})
	}
}

func TestRuns(t *testing.T) {
	pts := []ratePoint{{year: 2015, hasBand: true}, {year: 2016}, {year: 2018, hasBand: true}, {year: 2019, hasBand: true}}
	var all, banded []int
	for _, r := range runs(pts, func(ratePoint) bool { return true }) {
		all = append(all, len(r))
	}
	for _, r := range runs(pts, func(q ratePoint) bool { return q.hasBand }) {
		banded = append(banded, len(r))
	}
	if len(all) != 2 || all[0] != 2 || all[1] != 2 {
		t.Errorf("runs = %v, want [2 2] (2017 missing breaks the line)", all)
	}
	if len(banded) != 2 || banded[0] != 1 || banded[1] != 2 {
		t.Errorf("band runs = %v, want [1 2]", banded)
	}
}

var _ plot.Ticker = yearTicks{}
var _ plot.Ticker = countTicks{}
var _ plot.Ticker = percentTicks{}
