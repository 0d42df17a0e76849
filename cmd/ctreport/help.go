package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// The command's help, completion and man page are all made from
// settingsTable (run), synthFlags (synth) and commands, so that they
// list the same flags with the same placeholders.

// command is one subcommand of ctreport.
type command struct {
	Name, Args, Help string
}

var commands = []command{
	{"run", "[flags] [INPUT ...]", "build one report (no INPUT: the embedded sample), or every report of --config FILE"},
	{"synth", "[flags]", "write synthetic incidents that follow docs/input.md"},
	{"version", "", "print the version, commit and build date"},
	{"completion", "bash|zsh|fish|powershell", "print a shell completion script"},
	{"man", "", "print the man page (roff)"},
	{"help", "[COMMAND]", "print help"},
}

// flagDoc is one flag as help, completion and the man page show it.
type flagDoc struct {
	Name, Arg, Help, Default string
	Values                   []string
	Files                    bool
}

// runFlags returns the flags of `ctreport run` from settingsTable: the
// report flags (also settings-file keys) and the run flags.
func runFlags() (reportFlags, perRun []flagDoc) {
	c, o := defaultReportConfig(), defaultRunOptions()
	fs := flag.NewFlagSet("", flag.ContinueOnError)
	defineFlags(fs, &c, &o)
	for _, s := range settingsTable {
		if s.Flag == "" {
			continue
		}
		d := flagDoc{Name: s.Flag, Arg: s.Arg, Help: s.Help, Values: s.Values, Files: s.Files}
		if def := fs.Lookup(s.Flag).DefValue; s.Arg != "" && def != "" {
			d.Default = def
		}
		if s.perRun() {
			perRun = append(perRun, d)
		} else {
			reportFlags = append(reportFlags, d)
		}
	}
	return reportFlags, perRun
}

// synthFlags are the flags of `ctreport synth`.
var synthFlags = []flagDoc{
	{Name: "rows", Arg: "N", Help: "number of data rows", Default: "1000"},
	{Name: "seed", Arg: "SEED", Help: "random seed: the same flags give the same bytes", Default: "1"},
	{Name: "start", Arg: "YEAR", Help: "first year", Default: "2002"},
	{Name: "end", Arg: "YEAR", Help: "last year", Default: "2025"},
	{Name: "out", Arg: "FILE", Help: "file to write (default standard output)", Files: true},
}

func flagNames(docs ...[]flagDoc) []string {
	var n []string
	for _, d := range docs {
		for _, f := range d {
			n = append(n, f.Name)
		}
	}
	return n
}

// writeFlags prints flags as `  --name ARG   help (default D)`.
func writeFlags(w io.Writer, docs []flagDoc) {
	const width = 23 // --source-priority NAMES
	for _, d := range docs {
		help := d.Help
		if d.Default != "" {
			help += " (default " + d.Default + ")"
		}
		fmt.Fprintf(w, "  %-*s  %s\n", width, flagSpec(d), help)
	}
}

func flagSpec(d flagDoc) string {
	if d.Arg == "" {
		return "--" + d.Name
	}
	return "--" + d.Name + " " + d.Arg
}

const exitCodesHelp = `Exit status:
  0  the report is written, or was already up to date
  1  the run failed (an input missing or unreadable, no row accepted, the output
     not writable, the lock held too long, a signal); the published report is untouched
  2  bad flags or settings
  3  more rows rejected than --max-rejected allows; nothing is published
`

func writeMainHelp(w io.Writer) {
	fmt.Fprint(w, `ctreport turns counter-terrorism incident files into a periodic report folder.

Usage:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-42s %s\n", strings.TrimSpace("ctreport "+c.Name+" "+c.Args), c.Help)
	}
	fmt.Fprint(w, `
Run "ctreport COMMAND --help" for a command's flags.

Examples:
  ctreport run --period 2022 --as-of 2026-11-28 incidents/
  ctreport run --config /etc/ctreport/reports.toml
  ctreport synth --rows 1000 --seed 1 | ctreport run --period 2024 -

`)
	fmt.Fprint(w, exitCodesHelp)
	fmt.Fprint(w, "\nDocumentation: README.md and docs/ (docs/cli.md: every flag and output).\n")
}

func writeRunHelp(w io.Writer) {
	reportFlags, perRun := runFlags()
	fmt.Fprint(w, `Usage: ctreport run [flags] [INPUT ...]

Build the report of one period from incident files, or every report of a
settings file (--config). Flags and inputs may come in any order.

INPUT is one of:
  FILE    a .csv or .xlsx file
  DIR     every *.csv and *.xlsx file inside, by name
  GLOB    the files a pattern matches ('desk-*.csv'; quoted, ctreport expands it)
  -       CSV read from standard input (named "stdin" in logs and manifest.json)
  (none)  the embedded sample
Every argument after -- is an INPUT, even one that begins with -.

Report flags (also keys of the settings file):
`)
	writeFlags(w, reportFlags)
	fmt.Fprint(w, "\nRun flags:\n")
	writeFlags(w, perRun)
	fmt.Fprint(w, `  -h, --help               print this help

Examples:
  ctreport run --period 2022 --as-of 2026-11-28 incidents/
  ctreport run --period last-quarter --lang ar 'desk-*.csv'
  ctreport run --config /etc/ctreport/reports.toml --report quarterly-ar
  ctreport run --out reports -- --odd-name.csv
  ctreport synth --rows 1000 | ctreport run --period 2024 -

`)
	fmt.Fprint(w, exitCodesHelp)
}

func writeSynthHelp(w io.Writer) {
	fmt.Fprint(w, `Usage: ctreport synth [flags]

Write synthetic incident reports in the input format (docs/input.md):
several disagreeing sources per incident, exact copies, Arabic and French
names. Every row says "synthetic" in source_name.

Flags:
`)
	writeFlags(w, synthFlags)
	fmt.Fprint(w, `  -h, --help               print this help

Examples:
  ctreport synth --rows 1000000 --seed 1 --out incidents.csv
  ctreport synth --rows 1000 | ctreport run --period 2024 -

Exit status:
  0  written
  1  the file could not be written
  2  bad flags (negative rows, years outside 1–9999, start after end, arguments)
`)
}

// parseFlags parses args with fs (its output discarded), turning the flag
// package's errors into one line in --flag style with a "did you mean".
// help is printed to stdout for -h and --help, and errHelpShown returned.
func parseFlags(fs *flag.FlagSet, args []string, cmd string, known []string) error {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	err := fs.Parse(args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		name = strings.TrimLeft(name, "-")
		line := fmt.Sprintf("ctreport %s: unknown flag --%s", cmd, name)
		if s := closest(name, known); s != "" {
			line += fmt.Sprintf(" (did you mean --%s?)", s)
		} else {
			line += fmt.Sprintf(` (see "ctreport %s --help")`, cmd)
		}
		return &exitError{exitUsage, errors.New(strings.TrimPrefix(line, "ctreport "))}
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return usageError("%s: --%s needs a value", cmd, strings.TrimLeft(name, "-"))
	}
	// invalid value "x" for flag -max-rejected: parse error
	msg = strings.Replace(msg, "for flag -", "for flag --", 1)
	return usageError("%s: %s", cmd, msg)
}
