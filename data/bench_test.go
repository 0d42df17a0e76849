package data

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/ctreport/ctreport/data/synth"
	"github.com/ctreport/ctreport/internal/memory"
)

// synthFile writes a synth file of n rows for a benchmark.
func synthFile(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), fmt.Sprintf("synth-%d.csv", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	cfg := synth.DefaultConfig()
	cfg.Rows = n
	if err := synth.Write(w, cfg); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return path
}

// BenchmarkLoad reads, checks and reconciles synth files of 10k, 100k and
// 1M rows into the incidents table, with memory set up as the command
// sets it up for the largest.
func BenchmarkLoad(b *testing.B) {
	sizes := []int{10_000, 100_000, 1_000_000}
	paths := map[int]string{}
	for _, n := range sizes {
		paths[n] = synthFile(b, n)
	}
	st, err := os.Stat(paths[sizes[len(sizes)-1]])
	if err != nil {
		b.Fatal(err)
	}
	memory.Bound(st.Size())
	for _, n := range sizes {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			path := paths[n]
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := Load([]string{path}, DefaultOptions(asOf)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
