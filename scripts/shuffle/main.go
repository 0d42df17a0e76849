// Command shuffle writes a CSV file of another program's shape from a
// ctreport synth file (scripts/bench.sh, issue 17): about 92 % of the
// incidents with a single report (the first report of each, and a second
// one for about one incident in twelve), the rows in random order (a fixed
// seed). Records are read as CSV, so quoted line breaks stay in their
// field.
//
//	go run ./scripts/shuffle IN.csv OUT.csv
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"

	"github.com/ctreport/ctreport/data/synth"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: shuffle IN.csv OUT.csv")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "shuffle:", err)
		os.Exit(1)
	}
}

func run(inPath, outPath string) error {
	in, err := os.Open(inPath)
	if err != nil {
		return err
	}
	defer in.Close()
	recs, err := csv.NewReader(bufio.NewReader(in)).ReadAll()
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return fmt.Errorf("%s: no header", inPath)
	}
	rows := synth.Reshaped(recs)
	out, err := os.Create(outPath)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(out)
	w := csv.NewWriter(bw)
	if err := w.WriteAll(rows); err != nil {
		out.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
