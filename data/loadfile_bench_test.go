package data_test

import (
	"os"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/memory"
)

// BenchmarkLoadFile times load + reconcile + the yearly figures of the file
// named by CTREPORT_BENCH_FILE: the work the DuckDB peer does. It is what
// scripts/bench.sh sets against the peers; without the variable it skips.
func BenchmarkLoadFile(b *testing.B) {
	path := os.Getenv("CTREPORT_BENCH_FILE")
	if path == "" {
		b.Skip("set CTREPORT_BENCH_FILE to a synth file")
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	memory.Bound(st.Size()) // as the command does before it loads
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	period, _ := analysis.ParsePeriod("2024", asOf)
	for b.Loop() {
		ds, err := data.Load([]string{path}, data.DefaultOptions(asOf))
		if err != nil {
			b.Fatal(err)
		}
		analysis.Compute(ds.Incidents, period, asOf)
	}
}
