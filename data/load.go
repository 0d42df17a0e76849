package data

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"
)

// Options are the settings of a load. Set them before calling Load.
type Options struct {
	// AsOf is the run's date: a date after it is an error.
	AsOf time.Time
	// Rule for counts reported differently: RuleMin (default), RuleMax or
	// RulePriority.
	Rule string
	// SourcePriority lists source names, most trusted first. It orders the
	// reports of an incident for single values and for RulePriority.
	SourcePriority []string
	// Comma forces the delimiter; 0 detects it from the header line.
	Comma rune
	// Groups is the group alias table; nil means DefaultGroups().
	Groups *GroupTable
	// KeepGoing skips a file that cannot be read at all (reporting it as a
	// warning) instead of failing the load.
	KeepGoing bool
	// TmpDir is where reading a large workbook may put temporary files
	// (the system's temporary folder when empty); the command gives a
	// folder of the output folder's, which the next run clears after a
	// kill.
	TmpDir string
	// Coverage, when set, is what the user declares the data covers; by
	// default each file covers the months from its first to its last dated
	// report (Dataset.Coverage). FileCoverage declares it for single files
	// by name (ParseCoverage); a file named there covers its span instead
	// of its own.
	Coverage     *Span
	FileCoverage FileSpans
	// Format is the input format: FormatAuto (or "", recognised from each
	// file's header), FormatCtreport, FormatGTD or FormatACLED.
	Format string
	// Encoding is the encoding of CSV files: "" or "auto" (UTF-8, UTF-16
	// with a byte-order mark, or Windows-1252 or -1256 when detection is
	// confident), or one of Encodings forced.
	Encoding string
	// FormerStates is how a former state (Soviet Union, Yugoslavia…) is
	// counted: FormerSuccessor (or "") under its successor, with a note on
	// the row; FormerApart under its own code (SUHH, YUCS…).
	FormerStates string
}

// DefaultOptions returns the settings of docs/input.md's defaults for a run on
// asOf.
func DefaultOptions(asOf time.Time) Options {
	return Options{AsOf: asOf, Rule: RuleMin}
}

// FileError is a file that cannot be read at all.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string {
	var re RowError
	if errors.As(e.Err, &re) {
		return re.Error()
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// ExpandInputs turns the command line's inputs (files, directories, globs)
// into the list of files to read: a directory gives every *.csv and *.xlsx
// inside it, sorted by name. A name that matches nothing is an error, and
// so is a directory with no such file in it: an input that was named must
// never quietly give nothing.
func ExpandInputs(inputs []string) ([]string, error) {
	var files []string
	for _, in := range inputs {
		st, err := os.Stat(in)
		switch {
		case err == nil && st.IsDir():
			entries, err := os.ReadDir(in)
			if err != nil {
				return nil, fmt.Errorf("reading directory %s: %w", in, err)
			}
			var found []string
			for _, e := range entries {
				ext := strings.ToLower(filepath.Ext(e.Name()))
				if !e.IsDir() && (ext == ".csv" || ext == ".xlsx") {
					found = append(found, filepath.Join(in, e.Name()))
				}
			}
			if len(found) == 0 {
				return nil, fmt.Errorf("input %s: no .csv or .xlsx file in this folder", in)
			}
			sort.Strings(found)
			files = append(files, found...)
		case err == nil:
			files = append(files, in)
		case strings.ContainsAny(in, "*?["):
			matches, gerr := filepath.Glob(in)
			if gerr != nil {
				return nil, fmt.Errorf("input %q: %w", in, gerr)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("input %q matches no file", in)
			}
			sort.Strings(matches)
			files = append(files, matches...)
		default:
			return nil, fmt.Errorf("input %s: %w", in, err)
		}
	}
	return files, nil
}

// Load reads the files, checks every row and reconciles the reports of
// each incident. It fails only when a file cannot be read at all (unless
// opts.KeepGoing: the file is then in Dataset.Skipped, with a warning);
// bad rows are rejected and counted. A file of 0 bytes cannot be read; a
// file with a header and no rows is read, with a warning.
func Load(files []string, opts Options) (*Dataset, error) {
	l := newLoader(opts)
	for i, path := range files {
		l.seq = i
		if err := l.readFile(path); err != nil {
			if !opts.KeepGoing || errors.Is(err, ErrChanged) {
				return nil, err
			}
			l.ds.Warnings = append(l.ds.Warnings, RowError{File: path, Reason: "file skipped: " + err.Error(),
				Code: "file_skipped", Args: []any{err.Error()}})
			l.ds.Skipped = append(l.ds.Skipped, skippedAccount(path, i, err))
		}
	}
	return l.finish(), nil
}

// errEmptyFile is the error of a file of 0 bytes: whatever was meant to be
// in it is missing, which is not the same as a file with no incidents.
var errEmptyFile = errors.New("empty file, 0 bytes")

// skippedAccount is the account of a file left out by KeepGoing: why, and
// its size and SHA-256 when it can be read for them.
func skippedAccount(path string, seq int, err error) FileAccount {
	acct := FileAccount{Path: path, Skipped: true, Reason: err.Error(), seq: seq}
	var fe *FileError
	if errors.As(err, &fe) {
		acct.Reason = fe.Err.Error()
		var re RowError
		if errors.As(fe.Err, &re) {
			acct.Reason = re.Reason
			if re.Line > 0 {
				acct.Reason = fmt.Sprintf("line %d: %s", re.Line, re.Reason)
			}
		}
	}
	f, st, oerr := openRegular(path)
	if oerr != nil {
		return acct
	}
	defer f.Close()
	h := sha256.New()
	n, cerr := io.Copy(h, io.LimitReader(f, st.Size()))
	if cerr != nil {
		return acct
	}
	acct.Size, acct.SHA256 = n, hex.EncodeToString(h.Sum(nil))
	return acct
}

// loader keeps the state of one load.
type loader struct {
	opts Options
	ds   *Dataset
	dict *dict
	// The first report of each incident is written into the table as it
	// comes, with what merging needs besides (first); further reports go
	// to slabs of slabSize, each incident's linked by next.
	t     *Incidents
	first firstReports
	slabs [][]report
	n     int32
	byID  idIndex
	// parsers are every parser of the load, numbered as ownText numbers
	// them.
	parsers []*parser
	room    chan *room // being made (expect)
	warmed  uint64     // what warm read, kept so that the reads are made
	// many holds the report hashes of incidents with more than
	// manyReports reports, by incident.
	many map[int32]map[uint64]struct{}
	seq  int // the place of the file being read among the inputs
	// encoding is the encoding of the file being read, "" for UTF-8.
	encoding string
}

// firstReports are what the table does not hold of each incident's first
// report, row for row: its identity, where it was read, its unknown
// columns, and the incident's further reports, the last read first (-1
// for none): filing one then touches no other report.
type firstReports struct {
	hash       []uint64
	file, line []int32
	extra      []uint32
	next       []int32
}

const slabBits = 15
const slabSize = 1 << slabBits

func newLoader(opts Options) *loader {
	if opts.Groups == nil {
		opts.Groups = DefaultGroups()
	}
	if opts.Rule == "" {
		opts.Rule = RuleMin
	}
	return &loader{opts: opts, ds: &Dataset{}, dict: newDict(), t: makeIncidents(0, 0), byID: newIDIndex(0)}
}

func (l *loader) readFile(path string) error {
	f, before, err := openRegular(path)
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	defer f.Close()
	if before.Size() == 0 {
		return &FileError{Path: path, Err: errEmptyFile}
	}
	var src source
	var read func() int64 // the bytes read from the file
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		// No more than the file's size: a file that grows meanwhile is
		// found below.
		b, err := io.ReadAll(io.LimitReader(f, before.Size()))
		if err != nil {
			return &FileError{Path: path, Err: err}
		}
		if err := unchanged(f, before, int64(len(b))); err != nil {
			return &FileError{Path: path, Err: err}
		}
		xs, err := openXLSX(b, l.opts.TmpDir)
		if err != nil {
			return &FileError{Path: path, Err: err}
		}
		defer xs.close()
		src, read = xs, func() int64 { return int64(len(b)) }
	} else {
		c, err := newCSVChunkerIn(f, l.opts.Comma, l.opts.Encoding)
		if err != nil {
			return &FileError{Path: path, Err: err}
		}
		l.encoding = c.encoding
		src, read = c, c.bytesRead
	}
	if err := l.read(path, before.Size(), src); err != nil {
		return err
	}
	if afterReadHook != nil {
		afterReadHook(path)
	}
	// A file written to while it was read gives a report of neither its
	// old nor its new content.
	if err := unchanged(f, before, read()); err != nil {
		return &FileError{Path: path, Err: err}
	}
	return nil
}

// afterReadHook, set by tests, runs once a file is read and before it is
// checked for changes.
var afterReadHook func(path string)

// ErrChanged is the error of a file whose size or modification time
// changed while it was read. It fails a load even with Options.KeepGoing:
// the inputs are being written, and no report should be made of them.
var ErrChanged = errors.New("changed while being read")

// unchanged checks that f still has the size and modification time it
// had before it was read, and that n bytes, its size, were read.
func unchanged(f *os.File, before os.FileInfo, n int64) error {
	after, err := f.Stat()
	if err != nil {
		return err
	}
	if after.Size() != before.Size() || n != before.Size() || !after.ModTime().Equal(before.ModTime()) {
		return fmt.Errorf("%w (%d bytes, modified %s, when opened; %d bytes read; %d bytes, modified %s, after)", ErrChanged,
			before.Size(), before.ModTime().UTC().Format(time.RFC3339Nano), n, after.Size(), after.ModTime().UTC().Format(time.RFC3339Nano))
	}
	return nil
}

// openRegular opens path for reading if it is a regular file (or a
// link to one). Anything else — a directory, a named pipe, a device, a
// socket — is refused before it is opened: opening a pipe waits for a
// writer, and a device such as /dev/zero never ends.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if err := regular(st); err != nil {
		return nil, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	// What was opened may not be what was looked at.
	if st, err = f.Stat(); err == nil {
		err = regular(st)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// regular says why st is not a regular file, or nil.
func regular(st os.FileInfo) error {
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&os.ModeNamedPipe != 0:
		return errors.New("not a regular file: a named pipe (FIFO)")
	case m&os.ModeDevice != 0:
		return errors.New("not a regular file: a device")
	case m&os.ModeSocket != 0:
		return errors.New("not a regular file: a socket")
	default:
		return fmt.Errorf("not a regular file (%s)", m.Type())
	}
}

// read takes every row of one source into the load.
func (l *loader) read(path string, size int64, src source) error {
	acct := FileAccount{Path: path, Size: size, seq: l.seq, Encoding: l.encoding}
	l.encoding = ""
	fileIdx := len(l.ds.Files)
	header, err := src.header()
	switch {
	case err == io.EOF:
		// An empty file holds no rows: nothing to read, nothing lost.
		acct.SHA256 = src.digest()
		l.ds.Files = append(l.ds.Files, acct)
		l.ds.Warnings = append(l.ds.Warnings, RowError{File: path, Reason: "empty file: no header and no rows", Code: "empty_file"})
		return nil
	case err != nil:
		return &FileError{Path: path, Err: fmt.Errorf("reading the header: %w", err)}
	}
	header = append([]string(nil), header...)
	known := len(l.ds.UnknownColumns)
	format := l.opts.Format
	if format == "" || format == FormatAuto {
		format = detectFormat(header)
	}
	var lay *layout
	if format == FormatGTD || format == FormatACLED {
		lay, err = newForeignLayout(path, header, format, &l.ds.UnknownColumns)
		acct.Format = format
	} else {
		lay, err = newLayout(path, header, &l.ds.UnknownColumns)
	}
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	lay.formerApart = l.opts.FormerStates == FormerApart
	for i, e := range lay.extra {
		if e >= known && lay.foreign == nil { // a format's kept columns are documented, not unknown
			name := l.ds.UnknownColumns[e]
			w := RowError{File: path, Line: 1, Column: i + 1, ColumnName: header[i],
				Reason: "unknown column: kept with the incidents as " + name, Code: "unknown_column", Args: []any{name}}
			sug := suggestColumn(name)
			if sug == "" {
				sug = meantColumn(header[i])
			}
			if sug != "" {
				w.Reason += "; did you mean " + sug + "?"
				w.Code, w.Args = "unknown_column_suggest", []any{name, sug}
			}
			l.ds.Warnings = append(l.ds.Warnings, w)
		}
	}
	batches, readErr := l.parseAll(src, lay, fileIdx)
	sized := false
	var covers dayRange
	for b := range batches {
		<-b.done
		if !sized && b.text != "" && len(b.items) > 0 {
			l.expect(expectedIncidents(b, size))
			sized = true
		}
		l.moveIn(false)
		for i := range b.items {
			if i%warmAhead == 0 {
				l.warm(b.items[min(i+warmAhead, len(b.items)):min(i+2*warmAhead, len(b.items))])
			}
			it := &b.items[i]
			acct.RowsRead++
			switch {
			case it.perr != nil:
				acct.Rejected++
				if l.keepRejected() {
					why := it.perr.Err.Error() // encoding/csv's words
					l.ds.Rejected = append(l.ds.Rejected, RowError{File: path, Line: it.perr.StartLine, Column: it.perr.Column, ColumnName: "(row)",
						Reason: "the row cannot be split into fields: " + why, Code: "unsplit", Args: []any{why}})
				}
			case it.rerr != nil:
				acct.Rejected++
				if l.keepRejected() {
					// rejected.csv is UTF-8 whatever the row held.
					it.rerr.Raw = strings.ToValidUTF8(cutText(joinRecord(it.rec, src.comma()), MaxRawBytes), "\uFFFD")
					l.ds.Rejected = append(l.ds.Rejected, *it.rerr)
				}
			case it.outOfScope:
				acct.OutOfScope++
			case l.isCopy(it.id, it.idHash, &it.r):
				acct.CopiesDropped++
			default:
				l.warn(it.warns)
				acct.Accepted++
				covers.add(it.r.date)
			}
		}
		b.recycle()
	}
	l.moveIn(true)
	if err := readErr(); err != nil {
		return &FileError{Path: path, Err: fmt.Errorf("after row %d: %w", acct.RowsRead, err)}
	}
	acct.SHA256 = src.digest()
	if covers.any {
		acct.Covers = &Span{From: dayOf(covers.from), To: dayOf(covers.to)}
	}
	l.ds.Files = append(l.ds.Files, acct)
	if acct.RowsRead == 0 {
		// A header and nothing else: readable, but it adds no incident,
		// which the reader of the report must be told.
		l.ds.Warnings = append(l.ds.Warnings, RowError{File: path, Reason: "no rows: the file has a header only", Code: "no_rows"})
	}
	return nil
}

// warn keeps a row's warnings while fewer than MaxKeptWarnings are kept,
// and counts them in WarningsNotKept otherwise.
func (l *loader) warn(ws []RowError) {
	if n := MaxKeptWarnings - len(l.ds.Warnings); n < len(ws) {
		l.ds.WarningsNotKept += len(ws) - max(n, 0)
		ws = ws[:max(n, 0)]
	}
	l.ds.Warnings = append(l.ds.Warnings, ws...)
}

// keepRejected says whether a rejected row is kept in Dataset.Rejected
// (the first MaxKeptRejected are), counting it in RejectedNotKept if not.
func (l *loader) keepRejected() bool {
	if len(l.ds.Rejected) < MaxKeptRejected {
		return true
	}
	l.ds.RejectedNotKept++
	return false
}

// warmAhead is how many items ahead of the one being filed warm reads.
const warmAhead = 16

// warm reads the index slots where the ids of items start, so that
// filing them finds the slots in the processor's cache: these reads do not
// wait on one another, where lookups one after the other each wait for
// memory.
func (l *loader) warm(items []item) {
	for i := range items {
		l.warmed += l.byID.slot(items[i].idHash)
	}
}

// expectedIncidents guesses from the first chunk of a file of size bytes
// how many incidents the file holds: how long its rows run, and how many
// of them are further reports of an incident already read. A little
// over, so the table rarely grows; growing costs a copy, not a figure.
func expectedIncidents(b *batch, size int64) int {
	ids := make(map[string]bool, len(b.items))
	for i := range b.items {
		ids[b.items[i].id] = true
	}
	rows := float64(size) * float64(len(b.items)) / float64(len(b.text))
	return int(1.1 * rows * float64(len(ids)) / float64(len(b.items)))
}

// room is space made ahead, on a goroutine of its own, for the
// incidents of a large file, so the goroutine that files the reports does
// not stop to allocate it and set up the index.
type room struct {
	t     *Incidents
	first firstReports
	byID  idIndex
}

func makeRoom(n int) *room {
	return &room{t: makeIncidents(0, n), byID: newIDIndex(n), first: firstReports{
		hash: make([]uint64, 0, n), file: make([]int32, 0, n), line: make([]int32, 0, n),
		extra: make([]uint32, 0, n), next: make([]int32, 0, n),
	}}
}

// expect starts making room for about n more incidents; the load moves in
// once it is ready (moveIn).
func (l *loader) expect(n int) {
	n += l.t.Nrow()
	if l.room != nil || n <= 2*l.t.Nrow()+1024 || n > 50_000_000 {
		return
	}
	ready := make(chan *room, 1)
	go func() { ready <- makeRoom(n) }()
	l.room = ready
}

// moveIn moves what the load holds into the room made ahead, if it is
// ready (or, with wait, once it is).
func (l *loader) moveIn(wait bool) {
	if l.room == nil {
		return
	}
	var r *room
	if wait {
		r = <-l.room
	} else {
		select {
		case r = <-l.room:
		default:
			return
		}
	}
	l.room = nil
	r.t.appendRows(l.t)
	l.t = r.t
	f, g := &r.first, &l.first
	f.hash, f.file, f.line = append(f.hash, g.hash...), append(f.file, g.file...), append(f.line, g.line...)
	f.extra, f.next = append(f.extra, g.extra...), append(f.next, g.next...)
	l.first = *f
	r.byID.take(&l.byID, &l.t.ids)
	l.byID = r.byID
}

// rep returns report k.
func (l *loader) rep(k int32) *report { return &l.slabs[k>>slabBits][k&(slabSize-1)] }

// store keeps a copy of r and returns its number.
func (l *loader) store(r *report) int32 {
	if int(l.n)>>slabBits == len(l.slabs) {
		l.slabs = append(l.slabs, make([]report, slabSize))
	}
	k := l.n
	*l.rep(k) = *r
	l.n++
	return k
}

// isCopy files r under its incident, or reports that an identical report
// is already there.
func (l *loader) isCopy(id string, h uint64, r *report) bool {
	g, slot := l.byID.find(id, h, &l.t.ids)
	if g < 0 {
		l.t.appendReport(id, r)
		l.byID.add(h, int32(l.t.Nrow()-1), slot, &l.t.ids)
		f := &l.first
		f.hash, f.file, f.line, f.extra = append(f.hash, r.hash), append(f.file, r.file), append(f.line, r.line), append(f.extra, r.extra)
		f.next = append(f.next, -1)
		return false
	}
	if l.first.hash[g] == r.hash {
		return true
	}
	if seen := l.many[g]; seen != nil {
		if _, dup := seen[r.hash]; dup {
			return true
		}
		seen[r.hash] = struct{}{}
	} else {
		n := 0
		for k := l.first.next[g]; k >= 0; k = l.rep(k).next {
			if l.rep(k).hash == r.hash {
				return true
			}
			n++
		}
		if n >= manyReports {
			// From here on, this incident's reports are found by hash, not
			// by walking them all: filing stays linear in the reports.
			seen = make(map[uint64]struct{}, 2*n)
			seen[l.first.hash[g]], seen[r.hash] = struct{}{}, struct{}{}
			for k := l.first.next[g]; k >= 0; k = l.rep(k).next {
				seen[l.rep(k).hash] = struct{}{}
			}
			if l.many == nil {
				l.many = map[int32]map[uint64]struct{}{}
			}
			l.many[g] = seen
		}
	}
	k := l.store(r)
	l.rep(k).next, l.first.next[g] = l.first.next[g], k
	return false
}

// manyReports is the number of further reports of one incident from
// which the load finds its identical copies by hash (loader.many).
const manyReports = 32

// firstReport gives back the first report of incident i from the table.
func (l *loader) firstReport(i int) report {
	t, f := l.t, &l.first
	r := report{hash: f.hash[i], file: f.file[i], line: f.line[i], extra: f.extra[i],
		cells: int64(t.cells[i]), arrests: int64(t.arrests[i]), lat: t.lat[i], lon: t.lon[i],
		date: date{year: int32(t.year[i]), month: t.month[i], dayOfMonth: t.day[i]}, sourceDate: t.sourceDate[i], next: f.next[i]}
	for k := range r.codes {
		r.codes[k] = t.codes[k][i]
	}
	return r
}

// gatherOwnText adds the values the parsers kept on their own to the
// dict, and gives their reports the dict's codes.
func (l *loader) gatherOwnText() {
	base := make([]uint32, len(l.parsers))
	// Room for the parsers' text, and for about two values a merge of
	// several reports makes (joined lists, notes).
	room := 2 * int(l.n)
	for _, p := range l.parsers {
		room += p.own.n
	}
	l.dict.values = slices.Grow(l.dict.values, room)
	for w, p := range l.parsers {
		base[w] = uint32(len(l.dict.values))
		l.dict.values = p.own.appendTo(l.dict.values)
	}
	l.parsers = nil
	fix := func(c *uint32) {
		if *c&ownCode != 0 {
			*c = base[(*c&^ownCode)>>ownWorkerShift] + *c&(ownTextMax-1)
		}
	}
	for _, c := range ownColumns {
		for i := range l.t.codes[c] {
			fix(&l.t.codes[c][i])
		}
	}
	for i := range l.first.extra {
		fix(&l.first.extra[i])
	}
	for k := range l.n {
		r := l.rep(k)
		for _, c := range ownColumns {
			fix(&r.codes[c])
		}
		fix(&r.extra)
	}
}

func (l *loader) finish() *Dataset {
	l.gatherOwnText()
	l.byID, l.many = idIndex{}, nil
	rc := &reconciler{rule: l.opts.Rule, dict: l.dict, label: func(r *report) string {
		if r.codes[kSourceName] != 0 {
			return l.dict.str(r.codes[kSourceName])
		}
		return fmt.Sprintf("%s:%d", l.ds.Files[r.file].Path, r.line)
	}}
	if len(l.opts.SourcePriority) > 0 {
		rc.priority = map[string]int{}
		for i, s := range l.opts.SourcePriority {
			if _, dup := rc.priority[nameKey(s)]; !dup {
				rc.priority[nameKey(s)] = i
			}
		}
	}
	// Merge on all cores: each worker takes a contiguous run of incidents
	// and keeps its own notes and new values, joined afterwards in input
	// order.
	t := l.t
	n := t.Nrow()
	t.setExtraColumns(frameNames(l.ds.UnknownColumns))
	// The values merging fills in have one code, whichever worker fills.
	for _, v := range []string{EventOperation, "none", "joint_operation", "unknown"} {
		l.dict.add(v)
	}
	chunks := max(1, min(runtime.GOMAXPROCS(0), n/4096))
	done := make([]reconciler, chunks)
	forEachChunk(chunks, 1, func(from, to int) {
		for c := from; c < to; c++ {
			wrc := &done[c]
			*wrc = *rc
			wrc.made = newText{d: l.dict}
			var reports []*report
			for i := n * c / chunks; i < n*(c+1)/chunks; i++ {
				if l.first.next[i] < 0 {
					wrc.single(t, i, l.first.extra[i])
					continue
				}
				first := l.firstReport(i)
				reports = append(reports[:0], &first)
				for k := first.next; k >= 0; k = l.rep(k).next {
					reports = append(reports, l.rep(k))
				}
				slices.Reverse(reports[1:]) // in input order
				wrc.mergeSeveral(t, i, reports)
			}
		}
	})
	l.slabs, l.first = nil, firstReports{}
	made := 0
	for c := range done {
		made += len(done[c].made.values)
	}
	l.dict.values = slices.Grow(l.dict.values, made)
	for c := range done {
		w := &done[c]
		w.made.join(t, n*c/chunks, n*(c+1)/chunks)
		l.ds.Notes = append(l.ds.Notes, w.notes[:min(len(w.notes), MaxListedNotes-len(l.ds.Notes))]...)
		l.ds.NoteCount += w.noteCount
		l.ds.NotedIncidents += w.noted
	}
	l.dict.done()
	t.text = textColumnOf(l.dict.values)
	l.ds.Duplicates, l.ds.DuplicatePairs = probableDuplicates(t)
	l.ds.UnknownGroups = unknownGroups(t, l.opts.Groups)
	if l.opts.Coverage != nil && len(l.opts.FileCoverage) == 0 {
		l.ds.Coverage, l.ds.Declared = []Span{*l.opts.Coverage}, true
	} else {
		var spans []Span
		for _, f := range l.ds.Files {
			if sp, ok := l.opts.FileCoverage.of(f.Path); ok {
				spans, l.ds.Declared = append(spans, sp), true
			} else if l.opts.Coverage != nil {
				spans, l.ds.Declared = append(spans, *l.opts.Coverage), true
			} else if f.Covers != nil {
				spans = append(spans, *f.Covers)
			}
		}
		l.ds.Coverage = mergeSpans(spans)
	}
	t.coverage = l.ds.Coverage
	l.ds.Incidents = t
	return l.ds
}

// frameNames names the unknown columns among the incidents' columns,
// renaming one that would clash with a column ctreport defines.
func frameNames(unknown []string) []string {
	taken := map[string]bool{ColYear: true, ColMonth: true, ColDay: true, ColSources: true}
	for _, n := range canonicalName {
		taken[n] = true
	}
	out := make([]string, len(unknown))
	for i, n := range unknown {
		for taken[n] {
			n += "_input"
		}
		taken[n] = true
		out[i] = n
	}
	return out
}
