package main

import (
	"context"
	"errors"
	"fmt"
	"io"
)

// version is the tool's version; a release build sets it with
// -ldflags "-X main.version=…".
var version = "0.1.0"

// Exit codes of docs/cli.md.
const (
	exitOK       = 0
	exitFailed   = 1
	exitUsage    = 2
	exitRejected = 3
)

// exitError carries the exit code a failure ends the process with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, args...)}
}

// exitCode prints err and returns the process's exit code.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "ctreport:", err)
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return exitFailed
}

const usage = `usage:
  ctreport run [flags] [INPUT ...]   build one report (no INPUT: the embedded sample),
                                     or every report of --config FILE
  ctreport synth [flags]             write synthetic incidents that follow docs/input.md
  ctreport version                   print the version
Run "ctreport run -h" or "ctreport synth -h" for the flags.`

// run is the whole command, so tests can call it in-process.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError("no command\n%s", usage)
	}
	switch args[0] {
	case "run":
		return runReport(ctx, args[1:], stdout, stderr)
	case "synth":
		return runSynth(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "ctreport", version)
		return nil
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return usageError("unknown command %q\n%s", args[0], usage)
}
