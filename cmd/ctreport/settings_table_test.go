package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// Every setting is named once and declared whole: a flag or a key, per-run
// settings only as flags, a check of the right kind.
func TestSettingsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range settingsTable {
		name := s.name()
		if name == "" {
			t.Errorf("a setting has neither a flag nor a key: %+v", s)
			continue
		}
		for _, n := range []string{"flag " + s.Flag, "key " + s.Key} {
			if !strings.HasSuffix(n, " ") && seen[n] {
				t.Errorf("%s: %s declared twice", name, n)
			}
			seen[n] = true
		}
		if s.Value == nil {
			t.Errorf("%s: no value", name)
			continue
		}
		if (s.Flag != "") != s.Value.hasFlag() || (s.Flag != "") != (s.Help != "") {
			t.Errorf("%s: flag %q, help %q, value with a flag: %v", name, s.Flag, s.Help, s.Value.hasFlag())
		}
		if (s.Key != "") != (s.Value.fileType() != nil) {
			t.Errorf("%s: key %q but a settings file cannot hold its value", name, s.Key)
		}
		if s.perRun() {
			if s.Key != "" || s.Paths || s.Check != nil || s.Record != nil || s.Load {
				t.Errorf("%s: a per-run setting has a key, paths, a per-report check, a record or changes loading", name)
			}
		} else if s.CheckRun != nil {
			t.Errorf("%s: a per-report setting with a per-run check", name)
		}
		if s.Key != "" && s.Key != strings.ReplaceAll(s.Flag, "-", "_") && s.Flag != "" {
			t.Errorf("%s: key %q does not follow the flag's name", name, s.Key)
		}
	}
	for _, name := range []string{"config", "report", "force", "lock-wait", "log-format", "as-of"} {
		if i := slices.IndexFunc(settingsTable, func(s setting) bool { return s.Flag == name }); i < 0 || !settingsTable[i].perRun() {
			t.Errorf("--%s is not a per-run setting", name)
		}
	}
	for _, name := range checkedFirst {
		if !slices.ContainsFunc(checkOrder, func(s setting) bool { return s.name() == name }) {
			t.Errorf("checkedFirst names %q, which has no check", name)
		}
	}
}

// The defaults pass their own checks.
func TestSettingsDefaults(t *testing.T) {
	o := defaultRunOptions()
	if err := checkRun(&o); err != nil {
		t.Errorf("per-run defaults: %v", err)
	}
	if o.LockWait != 30*time.Second || o.LogFormat != "text" {
		t.Errorf("per-run defaults: %+v", o)
	}
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	p, err := planReport(job{cfg: defaultReportConfig()}, asOf)
	if err != nil {
		t.Fatalf("per-report defaults: %v", err)
	}
	if c := p.cfg; c.Period != "last-year" || c.Out != "./out" || c.Lang != "en" || c.Rule != "min" || c.MaxRejected != 0.05 {
		t.Errorf("per-report defaults: %+v", c)
	}
}

// `ctreport run -h` prints, on stdout, every flag of the table as
// --flag ARG.
func TestRunHelp(t *testing.T) {
	code, stdout, stderr := ctreport(t, "run", "-h")
	if code != 0 || stderr != "" {
		t.Fatalf("run -h: exit %d, stderr %q", code, stderr)
	}
	for _, s := range settingsTable {
		spec := strings.TrimSpace("--" + s.Flag + " " + s.Arg)
		if s.Flag != "" && !strings.Contains(stdout, "\n  "+spec+" ") {
			t.Errorf("run -h does not list %s", spec)
		}
	}
	golden(t, "run-help.txt", []byte(stdout))
}

// settingSamples are two values of every settings-file key, each as TOML
// and as the flags (or arguments) that mean the same.
var settingSamples = map[string][2]struct {
	toml  string
	flags []string
}{
	"inputs":          {{`["/srv/a.csv", "/srv/b.csv"]`, []string{"/srv/a.csv", "/srv/b.csv"}}, {`["/srv/c.csv"]`, []string{"/srv/c.csv"}}},
	"out":             {{`"/srv/out"`, []string{"--out", "/srv/out"}}, {`"/srv/out2"`, []string{"--out", "/srv/out2"}}},
	"period":          {{`"2024-Q3"`, []string{"--period", "2024-Q3"}}, {`"2023"`, []string{"--period", "2023"}}},
	"lang":            {{`"ar"`, []string{"--lang", "ar"}}, {`"fr"`, []string{"--lang", "fr"}}},
	"rule":            {{`"priority"`, []string{"--rule", "priority"}}, {`"max"`, []string{"--rule", "max"}}},
	"source_priority": {{`["ministry", "press"]`, []string{"--source-priority", "ministry,press"}}, {`["agency"]`, []string{"--source-priority", "agency"}}},
	"groups":          {{`"/srv/groups.csv"`, []string{"--groups", "/srv/groups.csv"}}, {`"/srv/g2.csv"`, []string{"--groups", "/srv/g2.csv"}}},
	"groups_replace":  {{`true`, []string{"--groups-replace"}}, {`false`, []string{"--groups-replace=false"}}},
	"delimiter":       {{`";"`, []string{"--delimiter", ";"}}, {`"tab"`, []string{"--delimiter", "tab"}}},
	"max_rejected":    {{`0.25`, []string{"--max-rejected", "0.25"}}, {`0.5`, []string{"--max-rejected", "0.5"}}},
	"keep_going":      {{`true`, []string{"--keep-going"}}, {`false`, []string{"--keep-going=false"}}},
	"coverage":        {{`"1970..2017"`, []string{"--coverage", "1970..2017"}}, {`"2024-01..2024-10-15"`, []string{"--coverage", "2024-01..2024-10-15"}}},
	"allow_empty":     {{`true`, []string{"--allow-empty"}}, {`false`, []string{"--allow-empty=false"}}},
	"encoding":        {{`"windows-1252"`, []string{"--encoding", "windows-1252"}}, {`"utf-16"`, []string{"--encoding", "utf-16"}}},
	"country":         {{`["MA", "ES"]`, []string{"--country", "MA,ES"}}, {`["FR"]`, []string{"--country", "FR"}}},
	"region":          {{`["Northern Africa"]`, []string{"--region", "Northern Africa"}}, {`["Western Europe", "Southern Europe"]`, []string{"--region", "Western Europe,Southern Europe"}}},
	"group":           {{`["ISIS"]`, []string{"--group", "ISIS"}}, {`["AQIM", "JNIM"]`, []string{"--group", "AQIM,JNIM"}}},
	"affiliation":     {{`["jihadist"]`, []string{"--affiliation", "jihadist"}}, {`["separatist"]`, []string{"--affiliation", "separatist"}}},
	"event_type":      {{`["operation"]`, []string{"--event-type", "operation"}}, {`["foiled_plot", "completed_attack"]`, []string{"--event-type", "foiled_plot,completed_attack"}}},
	"format":          {{`"gtd"`, []string{"--format", "gtd"}}, {`"acled"`, []string{"--format", "acled"}}},
	"former_states":   {{`"apart"`, []string{"--former-states", "apart"}}, {`"successor"`, []string{"--former-states", "successor"}}},
}

// flagJobs is what the flags alone ask for, with the settings file path
// (or "") and its reports.
func flagJobs(t *testing.T, conf string, args ...string) []job {
	t.Helper()
	cfg, opt := defaultReportConfig(), defaultRunOptions()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	defineFlags(fs, &cfg, &opt)
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		t.Fatal(err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if len(inputs) > 0 {
		cfg.Inputs = inputs
		set["inputs"] = true
	}
	var sf *settingsFile
	if conf != "" {
		if sf, err = readSettings(conf); err != nil {
			t.Fatal(err)
		}
	}
	js, err := jobs(conf, sf, cfg, set, "")
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// A settings file gives the same config as the flags that mean the same,
// key by key and with every key at once; flags win over every key.
func TestSettingsFileAsFlags(t *testing.T) {
	for _, key := range settingsKeys {
		if _, ok := settingSamples[key]; !ok {
			t.Errorf("settingSamples has no values for the key %q", key)
		}
	}
	if t.Failed() {
		return
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	def := defaultReportConfig()
	var all, allFlags, other []string
	for i, key := range settingsKeys {
		v := settingSamples[key][0]
		conf := write(fmt.Sprintf("%d.toml", i), fmt.Sprintf("[reports.r]\n%s = %s\n", key, v.toml))
		fromFile, fromFlags := flagJobs(t, conf)[0], flagJobs(t, "", v.flags...)[0]
		if !reflect.DeepEqual(fromFile.cfg, fromFlags.cfg) {
			t.Errorf("%s = %s: %+v\n%s: %+v", key, v.toml, fromFile.cfg, strings.Join(v.flags, " "), fromFlags.cfg)
		}
		if reflect.DeepEqual(fromFile.cfg, def) {
			t.Errorf("%s = %s leaves the defaults", key, v.toml)
		}
		i := slices.IndexFunc(settingsTable, func(s setting) bool { return s.Key == key })
		if w, want := fromFile.where(settingsTable[i].name()), conf+": [reports.r] "+key; w != want {
			t.Errorf("%s: where %q, want %q", key, w, want)
		}
		all = append(all, key+" = "+v.toml)
		allFlags = append(allFlags, v.flags...)
		other = append(other, settingSamples[key][1].flags...)
	}
	conf := write("all.toml", strings.Join(all, "\n")+"\n")
	fromFile, fromFlags := flagJobs(t, conf)[0], flagJobs(t, "", allFlags...)[0]
	if !reflect.DeepEqual(fromFile.cfg, fromFlags.cfg) {
		t.Errorf("every key: %+v\nevery flag: %+v", fromFile.cfg, fromFlags.cfg)
	}
	over, flagsOnly := flagJobs(t, conf, other...)[0], flagJobs(t, "", other...)[0]
	if !reflect.DeepEqual(over.cfg, flagsOnly.cfg) || len(over.origin) != 0 {
		t.Errorf("flags over every key: %+v (origins %v)\nflags alone: %+v", over.cfg, over.origin, flagsOnly.cfg)
	}
}

// A key's value of the wrong type is named with what the key takes.
func TestSettingsFileTypes(t *testing.T) {
	for _, s := range keyedSettings {
		conf := writeSettings(t, fmt.Sprintf("[reports.q]\n%s = 1970-01-01\n", s.Key))
		_, err := readSettings(conf)
		want := fmt.Sprintf(":2:%d: reports.q.%s: want %s, not a TOML ", len(s.Key)+4, s.Key, wantedType(s.Value.fileType().String()))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", s.Key, err, want)
		}
	}
}

// What a report records of its settings: the manifest's "settings".
func TestSettingsRecorded(t *testing.T) {
	cfg := defaultReportConfig()
	cfg.Inputs, cfg.Period, cfg.Lang, cfg.Rule, cfg.SourcePriority = []string{"a.csv"}, "2024", "fr", "priority", "press, ministry"
	cfg.Delimiter, cfg.MaxRejected, cfg.KeepGoing = "tab", 0.5, true
	p, err := planReport(job{cfg: cfg}, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p.settings())
	want := `{"period":"2024","lang":"fr","rule":"priority","max_rejected":0.5,"inputs":["a.csv"],"source_priority":["press","ministry"],"delimiter":"tab"}`
	if err != nil || !bytes.Equal(b, []byte(want)) {
		t.Errorf("settings = %s (%v), want %s", b, err, want)
	}
}
