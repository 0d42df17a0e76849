package data

import (
	"bufio"
	"encoding/csv"
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

// shuffledFile writes a file of another program's shape from a synth file
// of n rows: about 92 % of its incidents with a single report (the first
// report of each, and a second one for about one incident in twelve), the
// rows in random order (a fixed seed).
func shuffledFile(b *testing.B, n int) string {
	b.Helper()
	in, err := os.Open(synthFile(b, n))
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	recs, err := csv.NewReader(bufio.NewReader(in)).ReadAll()
	if err != nil {
		b.Fatal(err)
	}
	rows := synth.Reshaped(recs)
	path := filepath.Join(b.TempDir(), fmt.Sprintf("shuffled-%d.csv", n))
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	bw := bufio.NewWriter(f)
	if err := csv.NewWriter(bw).WriteAll(rows); err != nil {
		b.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return path
}

// BenchmarkLoadShuffled reads a file of another program's shape (see
// shuffledFile): rows in random date order, most incidents with a single
// report.
func BenchmarkLoadShuffled(b *testing.B) {
	const n = 1_000_000
	path := shuffledFile(b, n)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	memory.Bound(st.Size())
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load([]string{path}, DefaultOptions(asOf)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
