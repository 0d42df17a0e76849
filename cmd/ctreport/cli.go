package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
)

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

// run is the whole command, so tests can call it in-process.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		writeMainHelp(stderr)
		return &exitError{exitUsage, errors.New("no command given")}
	}
	switch args[0] {
	case "run":
		return runReport(ctx, args[1:], stdout, stderr)
	case "synth":
		return runSynth(args[1:], stdout, stderr)
	case "version", "--version", "-version":
		printVersion(stdout)
		return nil
	case "help", "-h", "-help", "--help":
		switch topic := append(args[1:], "")[0]; topic {
		case "run":
			writeRunHelp(stdout)
		case "synth":
			writeSynthHelp(stdout)
		default:
			writeMainHelp(stdout)
		}
		return nil
	case "completion":
		return writeCompletion(stdout, args[1:])
	case "man":
		writeMan(stdout)
		return nil
	}
	var names []string
	for _, c := range commands {
		names = append(names, c.Name)
	}
	msg := fmt.Sprintf("unknown command %q", args[0])
	if strings.HasPrefix(args[0], "-") {
		msg = fmt.Sprintf("unknown flag %s: flags come after the command (ctreport run %s …)", args[0], args[0])
	}
	if s := closest(strings.TrimLeft(args[0], "-"), names); s != "" && !strings.HasPrefix(args[0], "-") {
		return usageError("%s (did you mean %q?)", msg, s)
	}
	return usageError("%s; commands: %s (ctreport --help)", msg, strings.Join(names, ", "))
}
