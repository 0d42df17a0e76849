package main

import (
	"flag"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports/report"
)

// setting is one setting of `ctreport run`, declared once in
// settingsTable. The flag set, the settings file's layout, its unknown-key
// suggestions and type messages, the precedence of flags over the file,
// the checks, the dataset sharing and what manifest.json records are all
// driven from the table.
type setting struct {
	// Flag is the flag's name; "" when there is none (the inputs are the
	// command's arguments).
	Flag string
	// Key is the key in a settings file (top level and [reports.NAME]);
	// "" for a per-run setting, which only a flag sets.
	Key string
	// Arg is the flag's value placeholder in help, completion and the man
	// page ("DIR"); "" for an on/off flag.
	Arg string
	// Help is the flag's usage text, as `ctreport run --help` prints it.
	Help string
	// Values are the values the flag takes, for shell completion; nil
	// when any value goes (Files: complete file names).
	Values []string
	Files  bool
	// Value is where the setting is kept (a reportConfig field for a
	// per-report setting, a runOptions field for a per-run one), its
	// default and its types: see text, list, number, onOff, duration.
	Value value
	// Paths: relative paths in a settings file are taken from the file's
	// folder (flags' relative paths are taken from the working folder).
	Paths bool
	// Check checks a per-report value and puts it in the plan. Its error
	// says where the value came from, where: "--lang" or
	// "reports.toml: [reports.q] lang".
	Check func(p *reportPlan, where string) error
	// CheckRun checks a per-run value; where is "--" and the flag.
	CheckRun func(o *runOptions, where string) error
	// Record records the value in report.Settings, which manifest.json
	// (and the workbook's About sheet) show and the unchanged check
	// compares; nil: not recorded.
	Record func(p *reportPlan, s *report.Settings)
	// Load: the value changes how inputs are loaded; reports of one run
	// that load the same inputs the same way share one load.
	Load bool
}

// settingsTable is every setting of `ctreport run`. Keys are listed (in
// messages) and per-run settings are checked in the table's order; for
// per-report checks see checkedFirst.
var settingsTable = []setting{
	{
		Key: "inputs", Paths: true,
		Value:  args(func(c *reportConfig) *[]string { return &c.Inputs }),
		Record: func(p *reportPlan, s *report.Settings) { s.Inputs = p.cfg.Inputs },
	},
	{
		Flag: "out", Key: "out", Paths: true,
		Arg: "DIR", Help: "where report folders go", Files: true,
		Value: text(func(c *reportConfig) *string { return &c.Out }, "./out"),
		Check: func(p *reportPlan, where string) error {
			if p.cfg.Out == "" {
				return usageError("%s: empty", where)
			}
			return nil
		},
	},
	{
		Flag: "period", Key: "period",
		Arg: "PERIOD", Help: "2024, 2024-Q3, 2024-07, 2024-01-15..2024-03-31, last-year, last-quarter, last-month or year-to-date",
		Values: []string{"last-year", "last-quarter", "last-month", "year-to-date"},
		Value:  text(func(c *reportConfig) *string { return &c.Period }, "last-year"),
		Check: func(p *reportPlan, where string) (err error) {
			if p.period, err = analysis.ParsePeriod(p.cfg.Period, p.asOf); err != nil {
				return usageError("%s: %v", where, err)
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Period = p.cfg.Period },
	},
	{
		Flag: "lang", Key: "lang",
		Arg: "LANG", Help: "language of the report: en, ar or fr", Values: []string{"en", "ar", "fr"},
		Value:  text(func(c *reportConfig) *string { return &c.Lang }, "en"),
		Check:  oneOf(func(c *reportConfig) string { return c.Lang }, "want en, ar or fr", "en", "ar", "fr"),
		Record: func(p *reportPlan, s *report.Settings) { s.Lang = p.cfg.Lang },
	},
	{
		Flag: "rule", Key: "rule", Load: true,
		Arg: "RULE", Help: "counts of several sources: min, max or priority", Values: []string{"min", "max", "priority"},
		Value: text(func(c *reportConfig) *string { return &c.Rule }, data.RuleMin),
		Check: func(p *reportPlan, where string) error {
			if err := oneOf(func(c *reportConfig) string { return c.Rule }, "want min, max or priority",
				data.RuleMin, data.RuleMax, data.RulePriority)(p, where); err != nil {
				return err
			}
			p.opts.Rule = p.cfg.Rule
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Rule = p.opts.Rule },
	},
	{
		Flag: "source-priority", Key: "source_priority", Load: true,
		Arg: "NAMES", Help: "comma-separated source names, most trusted first",
		Value: list(func(c *reportConfig) *string { return &c.SourcePriority }),
		Check: func(p *reportPlan, where string) error {
			for _, s := range strings.Split(p.cfg.SourcePriority, ",") {
				if s = strings.TrimSpace(s); s != "" {
					p.opts.SourcePriority = append(p.opts.SourcePriority, s)
				}
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.SourcePriority = p.opts.SourcePriority },
	},
	{
		Flag: "groups", Key: "groups", Paths: true, Load: true,
		Arg: "FILE", Help: "a group alias CSV (alias,group,affiliation) that extends the embedded table", Files: true,
		Value: text(func(c *reportConfig) *string { return &c.Groups }, ""),
		Check: func(p *reportPlan, where string) (err error) {
			if p.cfg.Groups == "" {
				return nil
			}
			if p.opts.Groups, p.groupsSHA256, err = loadGroups(p.cfg.Groups, p.cfg.GroupsReplace); err != nil {
				return usageError("%s: %v", where, err)
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Groups, s.GroupsSHA256 = p.cfg.Groups, p.groupsSHA256 },
	},
	{
		Flag: "groups-replace", Key: "groups_replace", Load: true,
		Help:  "the --groups file replaces the embedded group table instead of extending it",
		Value: onOff(func(c *reportConfig) *bool { return &c.GroupsReplace }),
		Check: func(p *reportPlan, where string) error {
			if p.cfg.GroupsReplace && p.cfg.Groups == "" {
				return usageError("%s: needs a groups file", where)
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.GroupsReplace = p.cfg.GroupsReplace },
	},
	{
		Flag: "delimiter", Key: "delimiter", Load: true,
		Arg: "DELIM", Help: "force the CSV delimiter (',', ';' or tab) instead of detecting it from the header",
		Values: []string{",", ";", "tab"},
		Value:  text(func(c *reportConfig) *string { return &c.Delimiter }, ""),
		Check: func(p *reportPlan, where string) error {
			switch d := p.cfg.Delimiter; d {
			case "":
			case ",", ";":
				p.opts.Comma = rune(d[0])
			case "tab", "\t":
				p.opts.Comma = '\t'
			default:
				return usageError("%s %q: want ',', ';' or 'tab'", where, d)
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Delimiter = p.cfg.Delimiter },
	},
	{
		Flag: "format", Key: "format", Load: true,
		Arg: "FORMAT", Help: "input format: auto (from each file's header), ctreport, gtd or acled",
		Values: data.Formats,
		Value:  text(func(c *reportConfig) *string { return &c.Format }, data.FormatAuto),
		Check: func(p *reportPlan, where string) error {
			if err := oneOf(func(c *reportConfig) string { return c.Format }, "want auto, ctreport, gtd or acled", data.Formats...)(p, where); err != nil {
				return err
			}
			p.opts.Format = p.cfg.Format
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) {
			if p.cfg.Format != data.FormatAuto {
				s.Format = p.cfg.Format
			}
		},
	},
	{
		Flag: "encoding", Key: "encoding", Load: true,
		Arg: "ENCODING", Help: "encoding of CSV files: auto (UTF-8, UTF-16 with a byte-order mark, or a detected Windows code page), utf-8, windows-1252, windows-1256 or utf-16",
		Values: data.Encodings,
		Value:  text(func(c *reportConfig) *string { return &c.Encoding }, "auto"),
		Check: func(p *reportPlan, where string) error {
			if err := oneOf(func(c *reportConfig) string { return c.Encoding }, "want auto, utf-8, windows-1252, windows-1256 or utf-16", data.Encodings...)(p, where); err != nil {
				return err
			}
			p.opts.Encoding = p.cfg.Encoding
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) {
			if p.cfg.Encoding != "auto" {
				s.Encoding = p.cfg.Encoding
			}
		},
	},
	{
		Flag: "former-states", Key: "former_states", Load: true,
		Arg: "HOW", Help: "how a former state (Soviet Union, Yugoslavia, Zaire…) is counted: successor (under the country that succeeded it, with a note on the row) or apart (as itself, under its ISO 3166-3 code such as SUHH)",
		Values: data.FormerModes,
		Value:  text(func(c *reportConfig) *string { return &c.FormerStates }, data.FormerSuccessor),
		Check: func(p *reportPlan, where string) error {
			if err := oneOf(func(c *reportConfig) string { return c.FormerStates }, "want successor or apart", data.FormerModes...)(p, where); err != nil {
				return err
			}
			p.opts.FormerStates = p.cfg.FormerStates
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) {
			if p.cfg.FormerStates != data.FormerSuccessor {
				s.FormerStates = p.cfg.FormerStates
			}
		},
	},
	{
		Flag: "country", Key: "country",
		Arg: "CODES", Help: "desk report: only incidents of these countries (ISO codes or names, comma-separated), as lead country or partner",
		Value: list(func(c *reportConfig) *string { return &c.Country }),
		Check: func(p *reportPlan, where string) error {
			s, err := data.NewSelection(splitNames(p.cfg.Country), nil, nil, nil, nil, &p.opts)
			if err != nil {
				return usageError("%s: %v", where, err)
			}
			p.sel.Add(s)
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Countries = p.sel.Countries },
	},
	{
		Flag: "region", Key: "region",
		Arg: "REGIONS", Help: "desk report: only incidents whose lead country is in these UN M49 regions (\"Northern Africa\")",
		Value: list(func(c *reportConfig) *string { return &c.Region }),
		Check: func(p *reportPlan, where string) error {
			s, err := data.NewSelection(nil, splitNames(p.cfg.Region), nil, nil, nil, &p.opts)
			if err != nil {
				return usageError("%s: %v", where, err)
			}
			p.sel.Add(s)
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Regions = p.sel.Regions },
	},
	{
		Flag: "group", Key: "group",
		Arg: "GROUPS", Help: "desk report: only incidents of these groups (read through the group table)",
		Value: list(func(c *reportConfig) *string { return &c.Group }),
		Check: func(p *reportPlan, where string) error {
			s, err := data.NewSelection(nil, nil, splitNames(p.cfg.Group), nil, nil, &p.opts)
			if err != nil {
				return usageError("%s: %v", where, err)
			}
			p.sel.Add(s)
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.SelGroups = p.sel.Groups },
	},
	{
		Flag: "affiliation", Key: "affiliation",
		Arg: "AFFILIATIONS", Help: "desk report: only incidents of these affiliations (jihadist, separatist, left_wing, right_wing, other, unknown)",
		Value: list(func(c *reportConfig) *string { return &c.Affiliation }),
		Check: func(p *reportPlan, where string) error {
			s, err := data.NewSelection(nil, nil, nil, splitNames(p.cfg.Affiliation), nil, &p.opts)
			if err != nil {
				return usageError("%s: %v", where, err)
			}
			p.sel.Add(s)
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Affiliations = p.sel.Affiliations },
	},
	{
		Flag: "event-type", Key: "event_type",
		Arg: "TYPES", Help: "desk report: only incidents of these event types (operation, foiled_plot, failed_attack, completed_attack)",
		Value: list(func(c *reportConfig) *string { return &c.EventType }),
		Check: func(p *reportPlan, where string) error {
			s, err := data.NewSelection(nil, nil, nil, nil, splitNames(p.cfg.EventType), &p.opts)
			if err != nil {
				return usageError("%s: %v", where, err)
			}
			p.sel.Add(s)
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.EventTypes = p.sel.EventTypes },
	},
	{
		Flag: "max-rejected", Key: "max_rejected",
		Arg: "SHARE", Help: "fail (exit 3) when more than this share of rows (0 to 1) is rejected",
		Value: number(func(c *reportConfig) *float64 { return &c.MaxRejected }, 0.05),
		Check: func(p *reportPlan, where string) error {
			if f := p.cfg.MaxRejected; f < 0 || f > 1 || f != f {
				return usageError("%s %v: want a share between 0 and 1", where, f)
			}
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.MaxRejected = p.cfg.MaxRejected },
	},
	{
		Flag: "coverage", Key: "coverage", Load: true,
		Arg: "SPAN", Help: "what the data covers, FROM..TO (1970..2017, 2024-01-01..2024-10-15), or per file NAME=FROM..TO,… (gtd.csv=1970..2017), instead of each file's first to last dated month",
		Value: text(func(c *reportConfig) *string { return &c.Coverage }, ""),
		Check: func(p *reportPlan, where string) error {
			if p.cfg.Coverage == "" {
				return nil
			}
			run, files, err := data.ParseCoverage(p.cfg.Coverage)
			if err != nil {
				return usageError("%s %v", where, err)
			}
			p.opts.Coverage, p.opts.FileCoverage = run, files
			return nil
		},
		Record: func(p *reportPlan, s *report.Settings) { s.Coverage = p.cfg.Coverage },
	},
	{
		Flag: "allow-empty", Key: "allow_empty",
		Help:   "write the report even when the data does not cover the period at all (its figures are then missing)",
		Value:  onOff(func(c *reportConfig) *bool { return &c.AllowEmpty }),
		Record: func(p *reportPlan, s *report.Settings) { s.AllowEmpty = p.cfg.AllowEmpty },
	},
	{
		Flag: "keep-going", Key: "keep_going", Load: true,
		Help:  "skip a file that cannot be read at all instead of failing",
		Value: onOff(func(c *reportConfig) *bool { return &c.KeepGoing }),
		Check: func(p *reportPlan, _ string) error { p.opts.KeepGoing = p.cfg.KeepGoing; return nil },
	},

	// Per-run settings: flags only.
	{
		Flag: "config",
		Arg:  "FILE", Help: "settings file (TOML, see docs/cron.md); flags override it", Files: true,
		Value: runText(func(o *runOptions) *string { return &o.Config }, ""),
	},
	{
		Flag: "report",
		Arg:  "NAME", Help: "build only [reports.NAME] of the settings file",
		Value: runText(func(o *runOptions) *string { return &o.Report }, ""),
	},
	{
		Flag:  "force",
		Help:  "rebuild a report even when its inputs, settings and as-of date are unchanged",
		Value: runOnOff(func(o *runOptions) *bool { return &o.Force }),
	},
	{
		Flag: "log-format",
		Arg:  "FORMAT", Help: "log lines on stderr: text (key=value) or json", Values: []string{"text", "json"},
		Value: runText(func(o *runOptions) *string { return &o.LogFormat }, "text"),
		CheckRun: func(o *runOptions, where string) error {
			_, err := newLogger(o.LogFormat, nil)
			return err
		},
	},
	{
		Flag: "lock-wait",
		Arg:  "DURATION", Help: "how long to wait while another run holds the output folder (0: fail at once)",
		Value: duration(func(o *runOptions) *time.Duration { return &o.LockWait }, 30*time.Second),
		CheckRun: func(o *runOptions, where string) error {
			if o.LockWait < 0 {
				return usageError("%s %v: want 0 or more", where, o.LockWait)
			}
			return nil
		},
	},
	{
		Flag: "as-of",
		Arg:  "DATE", Help: "the date (YYYY-MM-DD) relative periods and future-date checks are taken from (default today, UTC)",
		Value: runText(func(o *runOptions) *string { return &o.AsOf }, ""),
		CheckRun: func(o *runOptions, where string) (err error) {
			o.asOf, err = parseAsOf(o.AsOf, time.Now())
			return err
		},
	},
}

// checkedFirst are the per-report settings checked before the others (in
// table order), so that a report with several bad values names the same
// one as it always has.
var checkedFirst = []string{"period", "lang", "rule", "max-rejected", "out"}

// name is the setting's name in origins and messages: its flag, or its key
// when it has no flag.
func (s setting) name() string {
	if s.Flag != "" {
		return s.Flag
	}
	return s.Key
}

func (s setting) perRun() bool { return s.Value.perRun() }

// oneOf is the check of a text value that must be one of ok.
func oneOf(get func(*reportConfig) string, want string, ok ...string) func(*reportPlan, string) error {
	return func(p *reportPlan, where string) error {
		v := get(&p.cfg)
		for _, o := range ok {
			if v == o {
				return nil
			}
		}
		return usageError("%s %q: %s", where, v, want)
	}
}

// value is how a setting is kept, defaulted, defined as a flag and read
// from a settings file.
type value interface {
	perRun() bool
	setDefault(c *reportConfig, o *runOptions)
	// define defines the flag; no-op when the setting has none.
	define(fs *flag.FlagSet, name, help string, c *reportConfig, o *runOptions)
	hasFlag() bool
	// fileType is the Go type a settings file's value decodes into; nil
	// when the setting cannot be set there.
	fileType() reflect.Type
	// fromFile sets c from a settings file's value v (of fileType), with
	// rel applied to paths.
	fromFile(c *reportConfig, v reflect.Value, rel func(string) string)
	// copy sets dst's value from src (flags over the file).
	copy(dst, src *reportConfig)
	get(c *reportConfig) any
}

// field is a value of Go type T, kept in a reportConfig or a runOptions
// field, that a settings file gives as F.
type field[T, F any] struct {
	report  func(*reportConfig) *T
	run     func(*runOptions) *T
	def     T
	flagVar func(fs *flag.FlagSet, p *T, name string, value T, usage string) // nil: no flag
	conv    func(v F, rel func(string) string) T                             // nil: no key
}

func (f field[T, F]) perRun() bool { return f.run != nil }

func (f field[T, F]) ptr(c *reportConfig, o *runOptions) *T {
	if f.run != nil {
		return f.run(o)
	}
	return f.report(c)
}

func (f field[T, F]) setDefault(c *reportConfig, o *runOptions) { *f.ptr(c, o) = f.def }

func (f field[T, F]) hasFlag() bool { return f.flagVar != nil }

func (f field[T, F]) define(fs *flag.FlagSet, name, help string, c *reportConfig, o *runOptions) {
	if f.flagVar != nil {
		f.flagVar(fs, f.ptr(c, o), name, f.def, help)
	}
}

func (f field[T, F]) fileType() reflect.Type {
	if f.conv == nil || f.report == nil {
		return nil
	}
	return reflect.TypeFor[F]()
}

func (f field[T, F]) fromFile(c *reportConfig, v reflect.Value, rel func(string) string) {
	*f.report(c) = f.conv(v.Interface().(F), rel)
}

func (f field[T, F]) copy(dst, src *reportConfig) {
	if f.report != nil {
		*f.report(dst) = *f.report(src)
	}
}

func (f field[T, F]) get(c *reportConfig) any {
	if f.report == nil {
		return nil
	}
	return *f.report(c)
}

func same[T any](v T, _ func(string) string) T { return v }

// text is a per-report string: a string flag and a TOML string.
func text(at func(*reportConfig) *string, def string) value {
	return field[string, string]{report: at, def: def, flagVar: (*flag.FlagSet).StringVar,
		conv: func(v string, rel func(string) string) string { return rel(v) }}
}

// list is a per-report list of names: comma-separated on the command line,
// a TOML list of strings in a settings file.
func list(at func(*reportConfig) *string) value {
	return field[string, []string]{report: at, flagVar: (*flag.FlagSet).StringVar,
		conv: func(v []string, _ func(string) string) string { return strings.Join(v, ",") }}
}

// args is the per-report list of the command's arguments: a TOML list of
// strings in a settings file, no flag.
func args(at func(*reportConfig) *[]string) value {
	return field[[]string, []string]{report: at, conv: func(v []string, rel func(string) string) []string {
		var out []string
		for _, s := range v {
			out = append(out, rel(s))
		}
		return out
	}}
}

// number is a per-report float64: a float flag and a TOML number.
func number(at func(*reportConfig) *float64, def float64) value {
	return field[float64, float64]{report: at, def: def, flagVar: (*flag.FlagSet).Float64Var, conv: same[float64]}
}

// onOff is a per-report bool, off by default: a bool flag and TOML true or
// false.
func onOff(at func(*reportConfig) *bool) value {
	return field[bool, bool]{report: at, flagVar: (*flag.FlagSet).BoolVar, conv: same[bool]}
}

// runText, runOnOff and duration are per-run settings: flags only.
func runText(at func(*runOptions) *string, def string) value {
	return field[string, string]{run: at, def: def, flagVar: (*flag.FlagSet).StringVar}
}

func runOnOff(at func(*runOptions) *bool) value {
	return field[bool, bool]{run: at, flagVar: (*flag.FlagSet).BoolVar}
}

func duration(at func(*runOptions) *time.Duration, def time.Duration) value {
	return field[time.Duration, time.Duration]{run: at, def: def, flagVar: (*flag.FlagSet).DurationVar}
}

// defaultReportConfig is every per-report setting at its default.
func defaultReportConfig() reportConfig {
	var c reportConfig
	var o runOptions
	for _, s := range settingsTable {
		if !s.perRun() {
			s.Value.setDefault(&c, &o)
		}
	}
	return c
}

// defaultRunOptions is every per-run setting at its default.
func defaultRunOptions() runOptions {
	var c reportConfig
	var o runOptions
	for _, s := range settingsTable {
		if s.perRun() {
			s.Value.setDefault(&c, &o)
		}
	}
	return o
}

// defineFlags defines every setting's flag on fs, with c and o's values
// as defaults and the flags' values going into them.
func defineFlags(fs *flag.FlagSet, c *reportConfig, o *runOptions) {
	for _, s := range settingsTable {
		s.Value.define(fs, s.Flag, s.Help, c, o)
	}
}

// checkRun checks the per-run settings, in table order.
func checkRun(o *runOptions) error {
	for _, s := range settingsTable {
		if s.CheckRun != nil {
			if err := s.CheckRun(o, "--"+s.Flag); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkOrder is the per-report settings with a check: checkedFirst, then
// the others in table order.
var checkOrder = func() []setting {
	var first, rest []setting
	for _, name := range checkedFirst {
		for _, s := range settingsTable {
			if s.name() == name {
				first = append(first, s)
			}
		}
	}
	for _, s := range settingsTable {
		if s.Check != nil && !slices.Contains(checkedFirst, s.name()) {
			rest = append(rest, s)
		}
	}
	return append(first, rest...)
}()

// loadKey is what decides how a report's inputs are loaded, besides the
// files: reports with the same key share one load.
func loadKey(p reportPlan, files []string) string {
	var vals []any
	for _, s := range settingsTable {
		if s.Load {
			vals = append(vals, s.Value.get(&p.cfg))
		}
	}
	return fmt.Sprintf("%q %#v %s", files, vals, p.groupsSHA256)
}

// splitNames splits a comma-separated list, trimming items and dropping
// empty ones.
func splitNames(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
