package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progress shows what a long step is doing on the last line of the
// terminal: "ctreport: loading 1 file(s), 36.8 MB… 4s". It draws only when
// stderr is a terminal (never into a log file or a cron mail), only for
// steps that take longer than a moment, and clears its line when the step
// ends, before any log line is written.
type progress struct {
	w        io.Writer
	on       bool
	after    time.Duration // a step shorter than this shows nothing
	interval time.Duration
}

func newProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	return &progress{w: stderr, on: ok && isTerminal(f), after: time.Second, interval: 250 * time.Millisecond}
}

// isTerminal reports whether f is a terminal (a console on Windows).
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// start shows what until stop is called.
func (p *progress) start(what string) (stop func()) {
	if !p.on {
		return func() {}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		began := time.Now()
		tick := time.NewTicker(p.interval)
		defer tick.Stop()
		drawn := false
		for {
			select {
			case <-done:
				if drawn {
					fmt.Fprint(p.w, "\r\x1b[K")
				}
				return
			case <-tick.C:
				if el := time.Since(began); el >= p.after {
					fmt.Fprintf(p.w, "\r\x1b[Kctreport: %s… %ds", what, int(el.Seconds()))
					drawn = true
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
