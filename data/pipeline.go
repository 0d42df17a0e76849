package data

import (
	"encoding/csv"
	"io"
	"runtime"
	"slices"
	"sync"
)

// item is one record and what parsing made of it.
type item struct {
	line   int
	id     string          // the incident id: part of the record, copied when kept
	idHash uint64          // of id (see idIndex)
	rec    []string        // the fields of a record of a spreadsheet, or of a rejected row
	perr   *csv.ParseError // the record cannot be split into fields
	valid  bool            // the record is known to be valid UTF-8
	// outOfScope is a row of another data set's format whose event type
	// no figure counts: counted, not read.
	outOfScope bool
	r          report
	warns      []RowError
	rerr       *RowError
	// formula is a cell of a spreadsheet row holding a formula with no
	// value: it rejects the row.
	formula *formulaCell
}

// batch is a run of records parsed together; done closes when every item
// is parsed. A CSV batch comes as text, split by the worker that parses
// it.
type batch struct {
	text  string
	line  int         // of the text's first byte
	buf   []byte      // the array text is a view of
	spare chan []byte // where buf goes back once the batch is over
	items []item
	done  chan struct{}
}

// source hands out the records of one input file.
type source interface {
	// header returns the first record; io.EOF when the file holds none.
	header() ([]string, error)
	// next returns the next batch of records, io.EOF at the end, or
	// another error when the file cannot be read further (possibly with a
	// last batch).
	next() (*batch, error)
	// comma is the delimiter, used to show a rejected row as it was.
	comma() rune
	// digest is the file's SHA-256, complete once next has returned io.EOF.
	digest() string
}

// parseAll reads every batch of src and parses them on all cores, handing
// them back in input order. The returned function reports a read error
// that ended the file early (nil at a clean end).
func (l *loader) parseAll(src source, lay *layout, fileIdx int) (<-chan *batch, func() error) {
	workers := max(1, runtime.GOMAXPROCS(0))
	work := make(chan *batch, workers)
	ordered := make(chan *batch, 2*workers)
	var readErr error
	go func() {
		defer close(work)
		defer close(ordered)
		for {
			b, err := src.next()
			if b != nil {
				b.done = make(chan struct{})
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
	comma := byte(src.comma())
	for range workers {
		p := newParser(l.opts.AsOf, l.opts.Groups, &l.ds.UnknownColumns, l.dict)
		p.worker = uint32(len(l.parsers))
		l.parsers = append(l.parsers, p)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				if b.text != "" {
					splitChunk(b.text, b.line, comma, func(cr chunkRecord) {
						b.items = append(b.items, item{line: cr.line, rec: cr.fields, perr: cr.err, valid: cr.valid})
						p.parseItem(lay, &b.items[len(b.items)-1], fileIdx)
					})
				} else {
					for i := range b.items {
						p.parseItem(lay, &b.items[i], fileIdx)
					}
				}
				close(b.done)
			}
		}()
	}
	return ordered, func() error { wg.Wait(); return readErr }
}

// parseItem parses one record; only a rejected one keeps its fields.
func (p *parser) parseItem(lay *layout, it *item, fileIdx int) {
	if it.perr != nil {
		return
	}
	if fc := it.formula; fc != nil {
		col := fc.col
		if col >= len(lay.headers) {
			col = -1
		}
		it.rerr = rowError(lay, it.line, col, refuse("formula_no_value", "cell %s holds a formula (=%s) with no computed value: open the workbook in Excel and save it", fc.ref, fc.formula))
		it.rec = slices.Clone(it.rec)
		return
	}
	if fg := lay.foreign; fg != nil {
		p.parseForeign(lay, fg, it, fileIdx)
	} else {
		it.id, it.idHash, it.warns, it.rerr = p.parse(lay, it.rec, fileIdx, it.line, it.valid, &it.r)
	}
	if it.rerr != nil {
		it.rec = slices.Clone(it.rec)
	} else {
		it.rec = nil
	}
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

// parseForeign parses a record of another data set's format: converted to
// the layout's fields, parsed, and its rejection and warnings pointed back
// at the file's own columns.
func (p *parser) parseForeign(lay *layout, fg *foreign, it *item, fileIdx int) {
	if len(it.rec) != fg.nSrc {
		it.rerr = rowError(lay, it.line, -1, refuse("field_count", "row has %v fields, the header has %v", len(it.rec), fg.nSrc))
		return
	}
	if cap(p.conv) < len(lay.columns) {
		p.conv = make([]string, len(lay.columns))
	}
	out := p.conv[:len(lay.columns)]
	if !fg.conv(it.rec, out, &p.memo) {
		it.outOfScope = true
		return
	}
	it.id, it.idHash, it.warns, it.rerr = p.parse(lay, out, fileIdx, it.line, it.valid, &it.r)
	clear(out)
	if it.rerr != nil {
		it.rerr.Column = fg.srcColumn(it.rerr.Column)
	}
	for i := range it.warns {
		it.warns[i].Column = fg.srcColumn(it.warns[i].Column)
	}
}
