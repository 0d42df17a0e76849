package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/memory"
	"github.com/ctreport/ctreport/internal/outdir"
	"github.com/ctreport/ctreport/reports"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// reportConfig is what `ctreport run` is asked to do for one report: the
// per-report settings of settingsTable.
type reportConfig struct {
	Period         string
	Out            string
	Lang           string
	Rule           string
	SourcePriority string // comma-separated source names, most trusted first
	MaxRejected    float64
	Groups         string // a group alias file that extends the embedded table
	GroupsReplace  bool   // the group alias file replaces the embedded table
	Delimiter      string // "", ",", ";" or "tab": force the delimiter instead of detecting it
	KeepGoing      bool
	Coverage       string // FROM..TO the data covers; empty: each file's span
	AllowEmpty     bool   // write a report of a period the data does not cover
	Country        string // comma-separated: the desk report's countries
	Region         string // comma-separated UN M49 regions
	Group          string // comma-separated groups
	Affiliation    string // comma-separated affiliations
	EventType      string // comma-separated event types
	Format         string // auto, ctreport, gtd or acled
	Encoding       string // auto, utf-8, windows-1252, windows-1256 or utf-16
	FormerStates   string // successor or apart
	Inputs         []string
}

// runOptions are the settings of the run as a whole, not of a report: the
// per-run settings of settingsTable.
type runOptions struct {
	Config    string        // settings file
	Report    string        // build only this report of the settings file
	Force     bool          // rebuild an unchanged report
	LockWait  time.Duration // how long to wait for another run's lock
	LogFormat string        // text or json
	AsOf      string        // YYYY-MM-DD; empty: today (UTC)

	asOf time.Time // AsOf, checked: one as-of date for everything the run does
}

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, opt := defaultReportConfig(), defaultRunOptions()
	fs := flag.NewFlagSet("ctreport run", flag.ContinueOnError)
	defineFlags(fs, &cfg, &opt)
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			writeRunHelp(stdout)
			return nil
		}
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(inputs) > 0 {
		cfg.Inputs = inputs
		set["inputs"] = true
	}
	// "-": standard input, copied to a file in a folder this run owns and
	// removes however it ends (a signal included: run returns).
	stdinFile := ""
	if n := countStdin(inputs); n > 0 {
		if n > 1 {
			return usageError("run: - (standard input) can be named once")
		}
		dir, path, err := copyStdin()
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		stdinFile = path
	}
	// One as-of date for everything this run does, even past midnight.
	if err := checkRun(&opt); err != nil {
		return err
	}
	log, err := newLogger(opt.LogFormat, stderr)
	if err != nil {
		return err
	}
	asOf := opt.asOf
	var sf *settingsFile
	if opt.Config != "" {
		if sf, err = readSettings(opt.Config); err != nil {
			return err
		}
	}
	js, err := jobs(opt.Config, sf, cfg, set, opt.Report)
	if err != nil {
		return err
	}
	// Check every report's settings before building any.
	plans := make([]reportPlan, len(js))
	for i, j := range js {
		if plans[i], err = planReport(j, asOf); err != nil {
			return err
		}
	}
	if err := checkDestinations(plans); err != nil {
		return err
	}
	r := &runner{stdout: stdout, log: log, force: opt.Force, lockWait: opt.LockWait,
		progress: newProgress(stderr), loads: map[string]*data.Dataset{}, stdinFile: stdinFile}
	return r.runAll(ctx, plans)
}

// parseInterleaved parses flags that may come before, between or after the
// inputs ("ctreport run data/ --period 2024"). "--" ends the flags: every
// argument after it is an input, even one that begins with "-" (a file
// named "--out=x.csv" never sets the output).
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var known []string
	fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	var rest []string
	for {
		if err := parseFlags(fs, args, "run", known); err != nil {
			return nil, err
		}
		if used := len(args) - fs.NArg(); used > 0 && args[used-1] == "--" {
			return append(rest, fs.Args()...), nil
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// newLogger makes the logger of --log-format; w nil only checks the format.
func newLogger(format string, w io.Writer) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, nil)), nil
	}
	return nil, usageError("--log-format %q: want text or json", format)
}

// parseAsOf reads --as-of; empty means the UTC day of now.
func parseAsOf(s string, now time.Time) (time.Time, error) {
	t := now.UTC()
	if s != "" {
		var err error
		if t, err = time.Parse(time.DateOnly, s); err != nil {
			return time.Time{}, usageError("--as-of %q: want YYYY-MM-DD", s)
		}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

// reportPlan is a report whose settings have been checked.
type reportPlan struct {
	name   string // in the settings file; "" without one
	cfg    reportConfig
	asOf   time.Time
	period analysis.Period
	opts   data.Options
	// groupsSHA256 is the digest of the group alias file, recorded so that a
	// changed file rebuilds the report.
	groupsSHA256 string
	// sel is the desk report's selection (--country, --region, --group,
	// --affiliation, --event-type); empty keeps every incident.
	sel data.Selection
}

// planReport checks a report's settings (settingsTable's checks); a bad
// one is a usage error that says where the value came from.
func planReport(j job, asOf time.Time) (reportPlan, error) {
	p := reportPlan{name: j.name, cfg: j.cfg, asOf: asOf, opts: data.DefaultOptions(asOf)}
	for _, s := range checkOrder {
		if err := s.Check(&p, j.where(s.name())); err != nil {
			return p, err
		}
	}
	return p, nil
}

// settings are what the report records of its settings (manifest, About
// sheet): settingsTable's records. The unchanged check compares them with
// the published manifest.
func (p reportPlan) settings() report.Settings {
	var s report.Settings
	for _, e := range settingsTable {
		if e.Record != nil {
			e.Record(&p, &s)
		}
	}
	return s
}

// title names the report in messages: "2024-Q3 (quarterly-ar)".
func (p reportPlan) title() string {
	if p.name == "" {
		return p.period.Label
	}
	return p.period.Label + " (" + p.name + ")"
}

// checkDestinations refuses two reports of one run that would write the
// same folder: the second would silently replace the first. Folders are
// compared after resolving symlinks, so an out that reaches another's
// folder through a link is caught too.
func checkDestinations(plans []reportPlan) error {
	seen := map[string]string{}
	for _, p := range plans {
		dest := resolvedPath(filepath.Join(p.cfg.Out, p.period.Label))
		if other, ok := seen[dest]; ok {
			return usageError("reports %q and %q both write %s: give one of them its own out", other, p.name, dest)
		}
		seen[dest] = p.name
	}
	return nil
}

// resolvedPath is path made absolute with the symlinks of the part of it
// that exists resolved (filepath.EvalSymlinks); the rest, not made yet, is
// joined on as written. A link whose target does not exist yet is
// followed too: the folder would be made there.
func resolvedPath(path string) string { return resolvePath(path, 0) }

func resolvePath(path string, depth int) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = filepath.Clean(path)
	}
	var rest []string
	for dir := abs; ; {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		parent := filepath.Dir(dir)
		if target, err := os.Readlink(dir); err == nil && depth < 40 { // a dangling link
			if !filepath.IsAbs(target) {
				target = filepath.Join(parent, target)
			}
			return resolvePath(filepath.Join(append([]string{target}, rest...)...), depth+1)
		}
		if parent == dir {
			return abs
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
		dir = parent
	}
}

// runner builds the reports of one run.
type runner struct {
	stdout   io.Writer
	log      *slog.Logger
	force    bool
	lockWait time.Duration
	progress *progress
	// loads keeps the datasets of this run by what they were loaded from
	// and how, so reports on the same inputs read them once.
	loads map[string]*data.Dataset
	// loadedBytes is the size of the inputs of those loads.
	loadedBytes int64
	// stdinFile holds what standard input gave, for the input "-".
	stdinFile string
}

// runAll builds the reports one after the other. A failed report does not
// stop the others (but an interruption does); the run then fails with the
// exit code of the first failure.
func (r *runner) runAll(ctx context.Context, plans []reportPlan) error {
	var failed []string
	var first error
	for _, p := range plans {
		log := r.log
		if p.name != "" {
			log = log.With("report", p.name)
		}
		err := r.build(ctx, p, log)
		if err == nil {
			continue
		}
		if len(plans) == 1 || ctx.Err() != nil {
			return err
		}
		log.Error("failed", "err", err)
		failed = append(failed, fmt.Sprintf("%s: %v", p.name, err))
		if first == nil {
			first = err
		}
	}
	if first == nil {
		return nil
	}
	code := exitFailed
	var e *exitError
	if errors.As(first, &e) {
		code = e.code
	}
	return &exitError{code, fmt.Errorf("%d of %s failed:\n  %s", len(failed), plural(len(plans), "report", "reports"), strings.Join(failed, "\n  "))}
}

// build builds one report: under the output folder's lock it clears what
// killed runs left, skips a report that is already up to date, loads,
// computes, writes a staging folder and publishes it in one step.
func (r *runner) build(ctx context.Context, p reportPlan, log *slog.Logger) error {
	out, label := p.cfg.Out, p.period.Label
	final := filepath.Join(out, label)
	// The embedded sample stands in only when no input is named at all:
	// named inputs that give no file fail (ExpandInputs says which).
	var files []string
	if len(p.cfg.Inputs) > 0 {
		var err error
		if files, err = data.ExpandInputs(r.withStdin(p.cfg.Inputs)); err != nil {
			return fmt.Errorf("loading incidents: %w", err)
		}
		if len(files) == 0 {
			return fmt.Errorf("loading incidents: inputs %s give no file", strings.Join(p.cfg.Inputs, " "))
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("creating the output folder %s: %w", out, err)
	}
	lock, err := outdir.Acquire(ctx, out, r.lockWait, func(holder int) {
		log.Info("waiting for another run to finish", "dir", out, "holder_pid", holder, "lock_wait", r.lockWait)
	})
	if err != nil {
		if ctx.Err() != nil {
			return interrupted(ctx, final)
		}
		var le *outdir.LockedError
		if errors.As(err, &le) {
			return err
		}
		return fmt.Errorf("locking the output folder %s: %w", out, err)
	}
	defer lock.Unlock()
	if removed, err := outdir.RemoveStale(out); err != nil {
		log.Warn("removing what an interrupted run left", "dir", out, "err", err)
	} else if len(removed) > 0 {
		log.Info("removed what an interrupted run left", "dir", out, "names", strings.Join(removed, ","))
	}
	if err := outdir.CheckLatest(out); err != nil {
		return err
	}

	if !r.force {
		same, why := r.unchanged(ctx, p, files, final)
		if same {
			log.Info("unchanged", "dir", final, "as_of", p.asOf.Format(time.DateOnly))
			fmt.Fprintf(r.stdout, "report %s unchanged in %s: same inputs, settings and as-of date %s as published; nothing written (--force rebuilds it)\n",
				p.title(), final, p.asOf.Format(time.DateOnly))
			return nil
		}
		if why != "" {
			log.Info("building", "dir", final, "because", why)
		}
	}

	start := time.Now()
	// Reading a large workbook may need temporary files: they go in a
	// folder of OUT's own, removed after the load, and by the next run
	// (RemoveStale) if this one is killed.
	loadTmp := filepath.Join(out, fmt.Sprintf(".load.tmp-%d", os.Getpid()))
	if err := os.MkdirAll(loadTmp, 0o700); err != nil {
		return fmt.Errorf("creating a temporary folder in %s: %w", out, err)
	}
	p.opts.TmpDir = loadTmp
	ds, err := r.load(ctx, p, files)
	os.RemoveAll(loadTmp)
	if err != nil {
		if ctx.Err() != nil {
			return interrupted(ctx, final)
		}
		return fmt.Errorf("loading incidents: %w", err)
	}
	tot := ds.Totals()
	for _, f := range ds.Inputs() {
		if f.Skipped {
			log.Warn("skipped", "file", f.Path, "reason", f.Reason)
			continue
		}
		attrs := []any{"file", f.Path, "rows", f.RowsRead, "accepted", f.Accepted, "copies_dropped", f.CopiesDropped, "rejected", f.Rejected}
		if f.Format != "" {
			attrs = append(attrs, "format", f.Format)
		}
		if f.Encoding != "" {
			attrs = append(attrs, "encoding", f.Encoding)
		}
		if f.OutOfScope > 0 {
			attrs = append(attrs, "out_of_scope", f.OutOfScope)
		}
		log.Info("read", attrs...)
	}
	for _, w := range ds.Warnings {
		switch w.Code {
		case "empty_file", "no_rows":
			log.Warn("no rows", "file", w.File, "reason", w.Reason)
		case "unknown_column", "unknown_column_suggest":
			// Once per column, in the first file that has it.
			attrs := []any{"file", w.File, "column", w.Column, "header", w.ColumnName, "kept_as", w.Args[0]}
			if len(w.Args) > 1 {
				attrs = append(attrs, "did_you_mean", w.Args[1])
			}
			log.Warn("unknown column", attrs...)
		}
	}
	log.Info("reconciled", "incidents", ds.Incidents.Nrow(), "notes", ds.NoteCount, "probable_duplicates", ds.DuplicatePairs,
		"warnings", ds.WarningCount(), "elapsed", time.Since(start).Round(time.Millisecond))
	if n := len(ds.UnknownGroups); n > 0 {
		// The first 20, most incidents first; the Quality sheet lists them all.
		names := make([]string, 0, min(n, 20)+1)
		for _, g := range ds.UnknownGroups[:min(n, 20)] {
			names = append(names, fmt.Sprintf("%s (%d)", g.Name, g.Count))
		}
		if n > 20 {
			names = append(names, "…")
		}
		log.Info("groups not in the group table", "count", n, "names", strings.Join(names, ", "))
	}
	for i, re := range ds.Rejected {
		if i == 20 {
			log.Warn("more rejected rows", "count", tot.Rejected-i) // ds.Rejected keeps the first data.MaxKeptRejected
			break
		}
		log.Warn("rejected", "row", re.Error())
	}
	if tot.RowsRead > 0 {
		if share := float64(tot.Rejected) / float64(tot.RowsRead); share > p.cfg.MaxRejected {
			return &exitError{exitRejected, fmt.Errorf("%d of %s rejected (%.1f %%), more than --max-rejected %.1f %%: the report is not published",
				tot.Rejected, plural(tot.RowsRead, "row", "rows"), 100*share, 100*p.cfg.MaxRejected)}
		}
	}
	// A report of nothing would read as a period with no incident: missing
	// is not zero. Every file skipped, or none holding an accepted row,
	// leaves the published report as it is.
	if tot.Accepted == 0 {
		n := len(ds.Inputs())
		why := ""
		if k := len(ds.Skipped); k > 0 {
			why = fmt.Sprintf(" (%d skipped)", k)
		}
		return &exitError{exitFailed, fmt.Errorf("no row accepted from %s%s: the report is not published", plural(n, "file", "files"), why)}
	}

	// The report is written into a staging folder beside its final place,
	// so that this run decides, at the last moment, whether to publish.
	if !p.sel.Empty() {
		// A desk report: only the incidents selected enter the figures.
		ds = ds.Select(&p.sel)
		log.Info("selected", "selection", p.sel.String(), "incidents", ds.Incidents.Nrow())
	}
	// What needs no figures is written while they are computed.
	staged, err := outdir.Stage(out, label)
	if err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	// After publishing, staged holds the previous report or nothing.
	defer os.RemoveAll(staged)
	settings := p.settings()
	folder := reports.Start(staged, ds, p.period, settings.Lang)
	defer folder.Close()

	stop := r.progress.start("computing figures")
	fig, err := whileRunning(ctx, func() (analysis.Figures, error) { return analysis.Compute(ds.Incidents, p.period, p.asOf), nil })
	stop()
	if err != nil {
		if ctx.Err() != nil {
			return interrupted(ctx, final)
		}
		return fmt.Errorf("computing figures: %w", err)
	}
	for _, w := range fig.Warnings {
		log.Warn("figures", "warning", i18n.WarningText("en", w))
	}
	if fig.Current.Coverage == analysis.None && !p.cfg.AllowEmpty {
		return fmt.Errorf("the data covers %s; %s (%s) lies outside it, so there is nothing to report: the report is not published (--allow-empty writes it, with every figure missing)",
			coverageText(fig.Coverage), p.period.Label, data.Span{From: p.period.Start, To: p.period.End})
	}
	if ctx.Err() != nil {
		return interrupted(ctx, final)
	}

	stop = r.progress.start("writing the report")
	err = folder.Finish(report.Input{Figures: fig, Data: ds, Version: version, Settings: settings})
	stop()
	if err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if ctx.Err() != nil {
		return interrupted(ctx, final)
	}
	if err := outdir.Publish(staged, final); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if err := outdir.PointLatest(out, label); err != nil {
		log.Warn("the report is published but latest was not updated", "err", err)
	}
	log.Info("published", "dir", final, "elapsed", time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(r.stdout, "report %s written to %s: %s from %s (%d rejected, %s dropped)\n",
		p.title(), final, plural(ds.Incidents.Nrow(), "incident", "incidents"), plural(tot.RowsRead, "row", "rows"),
		tot.Rejected, plural(tot.CopiesDropped, "copy", "copies"))
	return nil
}

// load loads the report's inputs (the embedded sample when none is named),
// or hands out what this run already loaded the same way. A signal
// stops the wait: loading writes nothing, so it is simply abandoned.
func (r *runner) load(ctx context.Context, p reportPlan, files []string) (*data.Dataset, error) {
	key := loadKey(p, files)
	if ds, ok := r.loads[key]; ok {
		return ds, nil
	}
	sample := len(p.cfg.Inputs) == 0
	if !sample && len(files) == 0 {
		return nil, fmt.Errorf("inputs %s give no file", strings.Join(p.cfg.Inputs, " "))
	}
	what := "loading the embedded sample"
	if !sample {
		var size int64
		for _, f := range files {
			if st, err := os.Stat(f); err == nil {
				size += st.Size()
			}
		}
		what = fmt.Sprintf("loading %s, %.1f MB", plural(len(files), "file", "files"), float64(size)/1e6)
		r.loadedBytes += size
		memory.Bound(r.loadedBytes)
	}
	stop := r.progress.start(what)
	ds, err := whileRunning(ctx, func() (*data.Dataset, error) {
		if sample {
			return data.LoadSample(p.opts)
		}
		return data.Load(files, p.opts)
	})
	stop()
	if err == nil {
		r.nameStdin(ds)
		r.loads[key] = ds
	}
	return ds, err
}

// whileRunning runs f, but returns ctx's error as soon as ctx is done. Use
// it only for work without side effects, which may be abandoned.
func whileRunning[T any](ctx context.Context, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	select {
	case res := <-done:
		return res.v, res.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// interrupted is the error of a run stopped by a signal before it
// published.
func interrupted(ctx context.Context, final string) error {
	msg := "interrupted"
	if c := context.Cause(ctx); c != nil && !errors.Is(c, context.Canceled) {
		msg += " (" + c.Error() + ")"
	}
	return &exitError{exitFailed, fmt.Errorf("%s: the report was not published; %s is as it was", msg, final)}
}

// coverageText writes what the data covers for a message: "2010-01-03..2024-10-15",
// spans joined with commas, or "nothing" for no data at all.
func coverageText(spans []data.Span) string {
	if len(spans) == 0 {
		return "nothing"
	}
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = s.String()
	}
	return strings.Join(parts, ", ")
}
