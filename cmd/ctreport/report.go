package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports"
)

// reportConfig is what `ctreport run` is asked to do.
type reportConfig struct {
	Period         string
	AsOf           string // YYYY-MM-DD; empty: today (UTC)
	Out            string
	Lang           string
	Rule           string
	SourcePriority string // comma-separated source names, most trusted first
	MaxRejected    float64
	Groups         string // a group alias file that extends the embedded table
	KeepGoing      bool
	Inputs         []string
}

func defaultReportConfig() reportConfig {
	return reportConfig{Period: "last-year", Out: "./out", Lang: "en", Rule: data.RuleMin, MaxRejected: 0.05}
}

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := defaultReportConfig()
	fs := flag.NewFlagSet("ctreport run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Period, "period", cfg.Period, "`P`: 2024, 2024-Q3, 2024-07, 2024-01-15..2024-03-31, last-year, last-quarter, last-month, year-to-date")
	fs.StringVar(&cfg.AsOf, "as-of", cfg.AsOf, "`DATE` (YYYY-MM-DD) relative periods and future-date checks are taken from (default today, UTC)")
	fs.StringVar(&cfg.Out, "out", cfg.Out, "`DIR` where report folders go")
	fs.StringVar(&cfg.Lang, "lang", cfg.Lang, "language of the workbook and charts: en, ar or fr")
	fs.StringVar(&cfg.Rule, "rule", cfg.Rule, "counts of several sources: min, max or priority")
	fs.StringVar(&cfg.SourcePriority, "source-priority", "", "`NAMES`: comma-separated source names, most trusted first")
	fs.Float64Var(&cfg.MaxRejected, "max-rejected", cfg.MaxRejected, "fail (exit 3) when more than this share `F` of rows is rejected")
	fs.StringVar(&cfg.Groups, "groups", "", "`FILE`: a group alias CSV (alias,group,affiliation) that extends the embedded table")
	fs.BoolVar(&cfg.KeepGoing, "keep-going", false, "skip a file that cannot be read at all instead of failing")
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return &exitError{exitUsage, err}
	}
	cfg.Inputs = inputs
	return buildReport(ctx, cfg, stdout, slog.New(slog.NewTextHandler(stderr, nil)))
}

// parseInterleaved parses flags that may come before, between or after the
// inputs ("ctreport run data/ --period 2024").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func buildReport(ctx context.Context, cfg reportConfig, stdout io.Writer, log *slog.Logger) error {
	asOf := time.Now().UTC()
	if cfg.AsOf != "" {
		t, err := time.Parse("2006-01-02", cfg.AsOf)
		if err != nil {
			return usageError("--as-of %q: want YYYY-MM-DD", cfg.AsOf)
		}
		asOf = t
	}
	asOf = time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC)
	period, err := analysis.ParsePeriod(cfg.Period, asOf)
	if err != nil {
		return usageError("--period: %v", err)
	}
	switch cfg.Lang {
	case "en", "ar", "fr":
	default:
		return usageError("--lang %q: want en, ar or fr", cfg.Lang)
	}
	opts := data.DefaultOptions(asOf)
	switch cfg.Rule {
	case data.RuleMin, data.RuleMax, data.RulePriority:
		opts.Rule = cfg.Rule
	default:
		return usageError("--rule %q: want min, max or priority", cfg.Rule)
	}
	if cfg.MaxRejected < 0 || cfg.MaxRejected > 1 || cfg.MaxRejected != cfg.MaxRejected {
		return usageError("--max-rejected %v: want a share between 0 and 1", cfg.MaxRejected)
	}
	for _, s := range strings.Split(cfg.SourcePriority, ",") {
		if s = strings.TrimSpace(s); s != "" {
			opts.SourcePriority = append(opts.SourcePriority, s)
		}
	}
	if cfg.Groups != "" {
		if opts.Groups, err = loadGroups(cfg.Groups); err != nil {
			return usageError("--groups: %v", err)
		}
	}
	opts.KeepGoing = cfg.KeepGoing

	start := time.Now()
	var ds *data.Dataset
	if len(cfg.Inputs) == 0 {
		ds, err = data.LoadSample(opts)
	} else {
		var files []string
		if files, err = data.ExpandInputs(cfg.Inputs); err == nil {
			ds, err = data.Load(files, opts)
		}
	}
	if err != nil {
		return fmt.Errorf("loading incidents: %w", err)
	}
	tot := ds.Totals()
	for _, f := range ds.Files {
		log.Info("read", "file", f.Path, "rows", f.RowsRead, "accepted", f.Accepted, "copies_dropped", f.CopiesDropped, "rejected", f.Rejected)
	}
	log.Info("reconciled", "incidents", ds.Incidents.Nrow(), "notes", len(ds.Notes), "probable_duplicates", ds.DuplicatePairs,
		"warnings", len(ds.Warnings), "elapsed", time.Since(start).Round(time.Millisecond))
	for i, r := range ds.Rejected {
		if i == 20 {
			log.Warn("more rejected rows", "count", len(ds.Rejected)-i)
			break
		}
		log.Warn("rejected", "row", r.Error())
	}
	if tot.RowsRead > 0 {
		if share := float64(tot.Rejected) / float64(tot.RowsRead); share > cfg.MaxRejected {
			return &exitError{exitRejected, fmt.Errorf("%d of %d rows rejected (%.1f %%), more than --max-rejected %.1f %%: the report is not published",
				tot.Rejected, tot.RowsRead, 100*share, 100*cfg.MaxRejected)}
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("stopped: %w", err)
	}
	fig, err := analysis.Compute(ds.Incidents, period, asOf)
	if err != nil {
		return fmt.Errorf("computing figures: %w", err)
	}
	for _, w := range fig.Warnings {
		log.Warn("figures", "warning", w)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("stopped: %w", err)
	}
	dir, err := reports.Write(cfg.Out, reports.Input{
		Figures: fig, Data: ds, Version: version,
		Settings: reports.Settings{Period: cfg.Period, Lang: cfg.Lang, Rule: opts.Rule, MaxRejected: cfg.MaxRejected,
			Inputs: cfg.Inputs, SourcePriority: opts.SourcePriority},
	})
	if err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	log.Info("published", "dir", dir, "elapsed", time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(stdout, "report %s written to %s: %d incidents from %d rows (%d rejected, %d copies dropped)\n",
		period.Label, dir, ds.Incidents.Nrow(), tot.RowsRead, tot.Rejected, tot.CopiesDropped)
	return nil
}
