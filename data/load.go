package data

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
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
}

// DefaultOptions returns the settings of input.md's defaults for a run on
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
// inside it, sorted by name. A name that matches nothing is an error.
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
// opts.KeepGoing); bad rows are rejected and counted.
func Load(files []string, opts Options) (*Dataset, error) {
	l := newLoader(opts)
	for _, path := range files {
		if err := l.readFile(path); err != nil {
			if !opts.KeepGoing {
				return nil, err
			}
			l.ds.Warnings = append(l.ds.Warnings, RowError{File: path, Reason: "file skipped: " + err.Error(),
				Code: "file_skipped", Args: []any{err.Error()}})
		}
	}
	return l.finish(), nil
}

// loader keeps the state of one load.
type loader struct {
	opts Options
	ds   *Dataset
	dict *dict
	// The reports, in slabs of slabSize, each incident's linked by next.
	slabs [][]report
	n     int32
	// Per incident, in first-seen order: its id, first and last report.
	ids         []string
	first, last []int32
	byID        map[string]int32 // incident id → index
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
	return &loader{opts: opts, ds: &Dataset{}, dict: newDict(), byID: map[string]int32{}}
}

func (l *loader) readFile(path string) error {
	if strings.EqualFold(filepath.Ext(path), ".xlsx") {
		b, err := os.ReadFile(path)
		if err != nil {
			return &FileError{Path: path, Err: err}
		}
		src, err := openXLSX(b)
		if err != nil {
			return &FileError{Path: path, Err: err}
		}
		defer src.close()
		return l.read(path, int64(len(b)), src)
	}
	f, err := os.Open(path)
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	if st.IsDir() {
		return &FileError{Path: path, Err: errors.New("is a directory")}
	}
	src, err := newCSVChunker(f, l.opts.Comma)
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	return l.read(path, st.Size(), src)
}

// read takes every row of one source into the load.
func (l *loader) read(path string, size int64, src source) error {
	acct := FileAccount{Path: path, Size: size}
	l.expect(size)
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
	lay, err := newLayout(path, header, &l.ds.UnknownColumns)
	if err != nil {
		return &FileError{Path: path, Err: err}
	}
	for i, e := range lay.extra {
		if e >= known {
			l.ds.Warnings = append(l.ds.Warnings, RowError{File: path, Line: 1, Column: i + 1, ColumnName: header[i],
				Reason: "unknown column: kept with the incidents as " + l.ds.UnknownColumns[e],
				Code:   "unknown_column", Args: []any{l.ds.UnknownColumns[e]}})
		}
	}
	batches, readErr := l.parseAll(src, lay, fileIdx)
	for b := range batches {
		<-b.done
		for i := range b.items {
			it := &b.items[i]
			acct.RowsRead++
			switch {
			case it.perr != nil:
				acct.Rejected++
				l.ds.Rejected = append(l.ds.Rejected, RowError{File: path, Line: it.perr.StartLine, Column: it.perr.Column, ColumnName: "(row)",
					Reason: "the row cannot be split into fields: " + it.perr.Err.Error()})
			case it.rerr != nil:
				it.rerr.Raw = joinRecord(it.rec, src.comma())
				l.ds.Rejected = append(l.ds.Rejected, *it.rerr)
				acct.Rejected++
			case l.isCopy(it.id, &it.r):
				acct.CopiesDropped++
			default:
				l.ds.Warnings = append(l.ds.Warnings, it.warns...)
				acct.Accepted++
			}
		}
	}
	if err := readErr(); err != nil {
		return &FileError{Path: path, Err: fmt.Errorf("after row %d: %w", acct.RowsRead, err)}
	}
	acct.SHA256 = src.digest()
	l.ds.Files = append(l.ds.Files, acct)
	return nil
}

// expect makes room for the incidents of a file of size bytes (rows run
// about 150 bytes), so the index does not grow step by step on a large
// load.
func (l *loader) expect(size int64) {
	n := int(size/150) + len(l.ids)
	if n <= 2*len(l.byID)+1024 || n > 50_000_000 {
		return
	}
	byID := make(map[string]int32, n)
	for k, v := range l.byID {
		byID[k] = v
	}
	l.byID = byID
	l.ids = append(make([]string, 0, n), l.ids...)
	l.first = append(make([]int32, 0, n), l.first...)
	l.last = append(make([]int32, 0, n), l.last...)
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
func (l *loader) isCopy(id string, r *report) bool {
	g, seen := l.byID[id]
	if !seen {
		id = strings.Clone(id)
		l.byID[id] = int32(len(l.ids))
		k := l.store(r)
		l.ids = append(l.ids, id)
		l.first = append(l.first, k)
		l.last = append(l.last, k)
		return false
	}
	for k := l.first[g]; k >= 0; k = l.rep(k).next {
		if l.rep(k).hash == r.hash {
			return true
		}
	}
	k := l.store(r)
	l.rep(l.last[g]).next = k
	l.last[g] = k
	return false
}

func (l *loader) finish() *Dataset {
	l.last = nil
	rc := &reconciler{rule: l.opts.Rule, dict: l.dict, label: func(r *report) string {
		if r.sourceName != 0 {
			return l.dict.str(r.sourceName)
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
	n := len(l.ids)
	t := newIncidents(n, nil, frameNames(l.ds.UnknownColumns))
	chunks := max(1, min(runtime.GOMAXPROCS(0), n/4096))
	done := make([]reconciler, chunks)
	forEachChunk(chunks, 1, func(from, to int) {
		for c := from; c < to; c++ {
			wrc := &done[c]
			*wrc = *rc
			wrc.made = newText{d: l.dict}
			var reports []*report
			for i := n * c / chunks; i < n*(c+1)/chunks; i++ {
				reports = reports[:0]
				for k := l.first[i]; k >= 0; k = l.rep(k).next {
					reports = append(reports, l.rep(k))
				}
				wrc.merge(t, i, l.ids[i], reports)
			}
		}
	})
	l.slabs, l.first, l.byID = nil, nil, nil
	for c := range done {
		w := &done[c]
		w.made.join(t, n*c/chunks, n*(c+1)/chunks)
		l.ds.Notes = append(l.ds.Notes, w.notes[:min(len(w.notes), MaxListedNotes-len(l.ds.Notes))]...)
		l.ds.NoteCount += w.noteCount
		l.ds.NotedIncidents += w.noted
	}
	l.dict.done()
	t.text = l.dict.values
	l.ds.Duplicates, l.ds.DuplicatePairs = probableDuplicates(t)
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
