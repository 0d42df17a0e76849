// Command exportlike writes a file in the shape of a Global Terrorism
// Database export (globalterrorismdb_0718dist.csv: 135 columns, a numeric
// code next to each *_txt name, most columns empty on most rows, long
// summaries and sources) or of an ACLED export (31 columns, every event
// type, long notes), with made-up rows, for timing ctreport against the
// peers on files of other programs' shapes (issue 17, scripts/bench.sh).
// No GTD or ACLED row is used: the values are drawn from a fixed seed.
//
//	go run ./scripts/exportlike --format gtd --rows 180000 --out gtd.csv
//	go run ./scripts/exportlike --format acled --rows 500000 --out acled.csv
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
)

// place is a country with a region and a few of its places.
type place struct {
	country, region string
	lat, lon        float64
	cities          []string
}

var monthName = [...]string{"January", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func main() {
	format := flag.String("format", "gtd", "gtd or acled")
	rows := flag.Int("rows", 180000, "data rows")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("out", "", "file to write")
	flag.Parse()
	write := map[string]func(*csv.Writer, int, *rand.Rand) error{"gtd": writeGTD, "acled": writeACLED}[*format]
	if *out == "" || *rows < 0 || write == nil {
		fmt.Fprintln(os.Stderr, "usage: exportlike --format gtd|acled --rows N --out FILE")
		os.Exit(2)
	}
	if err := writeFile(*out, func(w *csv.Writer) error { return write(w, *rows, rand.New(rand.NewPCG(*seed, 17))) }); err != nil {
		fmt.Fprintln(os.Stderr, "exportlike:", err)
		os.Exit(1)
	}
}

// writeFile writes path with write, through a CSV writer.
func writeFile(path string, write func(*csv.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	err = write(w)
	if w.Flush(); err == nil {
		err = w.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
