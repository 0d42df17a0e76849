package data

import (
	"io"
	"runtime"
	"sync"
)

// item is one record as read, and what parsing made of it.
type item struct {
	rec   []string
	line  int
	err   error // the record could not be split into fields
	r     *report
	warns []RowError
	rerr  *RowError
}

// batch is a run of records parsed together; done closes when every item
// is parsed.
type batch struct {
	items []item
	done  chan struct{}
}

const batchSize = 1024

// parseAll reads every record of src and parses them on all cores, handing
// the batches back in input order. The returned function reports a read
// error that ended the file early (nil at a clean end).
func (l *loader) parseAll(src recordSource, lay *layout, fileIdx int) (<-chan *batch, func() error) {
	workers := max(1, runtime.GOMAXPROCS(0))
	work := make(chan *batch, 2*workers)
	ordered := make(chan *batch, 4*workers)
	var readErr error
	go func() {
		defer close(work)
		defer close(ordered)
		for {
			b := &batch{items: make([]item, 0, batchSize), done: make(chan struct{})}
			var err error
			for len(b.items) < batchSize {
				var it item
				it.rec, it.line, err = src.next()
				if err != nil && !isRowError(err) {
					break
				}
				it.err = err
				b.items = append(b.items, it)
				err = nil
			}
			if len(b.items) > 0 {
				work <- b
				ordered <- b
			}
			if err != nil {
				if err != io.EOF {
					readErr = err
				}
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		p := l.p.clone()
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				for i := range b.items {
					it := &b.items[i]
					if it.err == nil {
						it.r, it.warns, it.rerr = p.parse(lay, it.rec, fileIdx, it.line)
						if it.rerr == nil {
							it.rec = nil // the report holds what it needs
						}
					}
				}
				close(b.done)
			}
		}()
	}
	return ordered, func() error { wg.Wait(); return readErr }
}

// isRowError reports whether err spoils one record only, so reading goes
// on after it.
func isRowError(err error) bool { return isParseError(err) }

// clone gives a worker its own caches.
func (p *parser) clone() *parser {
	c := *p
	c.countryCache = map[string]string{}
	c.groupCache = map[string]groupEntry{}
	return &c
}

// forEachChunk splits [0, n) into contiguous chunks of at least minChunk,
// one per core, runs f on each at once and waits for all.
func forEachChunk(n, minChunk int, f func(from, to int)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), n/max(1, minChunk)))
	if workers <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		from, to := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(from, to)
		}()
	}
	wg.Wait()
}
