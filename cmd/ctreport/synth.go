package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ctreport/ctreport/data/synth"
)

func runSynth(args []string, stdout, stderr io.Writer) error {
	cfg := synth.DefaultConfig()
	fs := flag.NewFlagSet("ctreport synth", flag.ContinueOnError)
	fs.IntVar(&cfg.Rows, "rows", cfg.Rows, "number of data rows")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	fs.IntVar(&cfg.Start, "start", cfg.Start, "first year")
	fs.IntVar(&cfg.End, "end", cfg.End, "last year")
	out := fs.String("out", "", "file to write")
	if err := parseFlags(fs, args, "synth", flagNames(synthFlags)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			writeSynthHelp(stdout)
			return nil
		}
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageError("synth takes no arguments, got %q", fs.Args())
	case cfg.Rows < 0:
		return usageError("--rows %d: want 0 or more", cfg.Rows)
	case cfg.Start < 1 || cfg.End > 9999 || cfg.Start > cfg.End:
		return usageError("--start %d --end %d: want years 1–9999, start not after end", cfg.Start, cfg.End)
	}
	if *out == "" {
		w := bufio.NewWriterSize(stdout, 1<<20)
		if err := synth.Write(w, cfg); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		return w.Flush()
	}
	// Write beside the target and rename, so a reader never sees half a file.
	tmp, err := os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".tmp-")
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<20)
	if err := synth.Write(w, cfg); err != nil {
		tmp.Close()
		return fmt.Errorf("synth: %w", err)
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("synth: writing %s: %w", *out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("synth: writing %s: %w", *out, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	return os.Rename(tmp.Name(), *out)
}
