package data

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// Both ways sortByRankDay sorts — counting sorts for days close together,
// a comparison sort for days far apart — order by rank, then day, then
// input order, as a stable sort does.
func TestSortByRankDay(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, span := range []int32{10, 5000, 2_000_000} {
		var all []dated
		for i := range 3000 {
			all = append(all, dated{rank: int32(r.IntN(7)), day: 700_000 + int32(r.IntN(int(span))), idx: int32(i)})
		}
		want := slices.Clone(all)
		slices.SortStableFunc(want, func(a, b dated) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.day, b.day)) })
		if got := sortByRankDay(all, 7); !slices.Equal(got, want) {
			t.Errorf("days over %d: sorted otherwise than a stable sort by rank and day", span)
		}
	}
}
