package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/ctreport/ctreport/internal/editdist"
	"github.com/pelletier/go-toml/v2"
)

// settingsFile is a settings file (--config, TOML). The top-level keys
// are shared defaults; each [reports.NAME] table is one report and may set
// any of the same keys:
//
//	inputs = ["/srv/incidents/*.csv"]
//	out = "/srv/reports"
//	rule = "priority"
//	source_priority = ["ministry", "press"]
//
//	[reports.quarterly-ar]
//	period = "last-quarter"
//	lang = "ar"
//
// A file without [reports.*] tables is one report. Relative paths are
// taken from the settings file's folder.
type settingsFile struct {
	shared  reflect.Value            // a reportSettingsType: the top-level keys
	Reports map[string]reflect.Value // reportSettingsType values by name
}

// The layout of a settings file, made from settingsTable: a report's
// table has a field per key, a pointer that is nil when the key is not
// set; the file has the same fields and the [reports.NAME] tables.
var (
	settingsKeys       []string // in table order
	keyedSettings      []setting
	reportSettingsType reflect.Type
	settingsFileType   reflect.Type
)

func init() {
	var fields []reflect.StructField
	for i, s := range settingsTable {
		if s.Key == "" || s.Value.fileType() == nil {
			continue
		}
		settingsKeys = append(settingsKeys, s.Key)
		keyedSettings = append(keyedSettings, s)
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("S%d", i),
			Type: reflect.PointerTo(s.Value.fileType()), Tag: reflect.StructTag(fmt.Sprintf("toml:%q", s.Key))})
	}
	reportSettingsType = reflect.StructOf(fields)
	settingsFileType = reflect.StructOf(append(fields, reflect.StructField{Name: "Reports",
		Type: reflect.MapOf(reflect.TypeFor[string](), reportSettingsType), Tag: `toml:"reports"`}))
}

// readSettings reads and checks a settings file. Unknown keys and tables
// are refused with their line, so a typo never silently falls back to a
// default.
func readSettings(path string) (*settingsFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usageError("--config: %v", err)
	}
	v := reflect.New(settingsFileType)
	err = toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields().Decode(v.Interface())
	var strict *toml.StrictMissingError
	var de *toml.DecodeError
	switch {
	case errors.As(err, &strict):
		var msgs []string
		for _, e := range strict.Errors {
			line, col := e.Position()
			msgs = append(msgs, fmt.Sprintf("%s:%d:%d: %s", path, line, col, unknownKey(e.Key())))
		}
		return nil, usageError("%s", strings.Join(msgs, "\n"))
	case errors.As(err, &de):
		line, col := de.Position()
		msg := strings.TrimPrefix(de.Error(), "toml: ")
		// "cannot decode TOML integer into struct field
		// struct {…}.S3 of type string": Go's names mean nothing to the
		// user.
		if before, after, ok := strings.Cut(msg, " into "); ok && strings.HasPrefix(before, "cannot decode TOML ") {
			if _, typ, ok := strings.Cut(after, " of type "); ok {
				after = typ
			}
			msg = fmt.Sprintf("want %s, not a TOML %s", wantedType(after), strings.TrimPrefix(before, "cannot decode TOML "))
		}
		if k := de.Key(); len(k) > 0 {
			msg = fmt.Sprintf("%s: %s", strings.Join(k, "."), msg)
		}
		return nil, usageError("%s:%d:%d: %s", path, line, col, msg)
	case err != nil:
		return nil, usageError("%s: %v", path, err)
	}
	s := &settingsFile{shared: v.Elem(), Reports: map[string]reflect.Value{}}
	iter := v.Elem().FieldByName("Reports").MapRange()
	for iter.Next() {
		name := iter.Key().String()
		if strings.TrimSpace(name) == "" {
			return nil, usageError("%s: a report needs a name: [reports.NAME]", path)
		}
		s.Reports[name] = iter.Value()
	}
	return s, nil
}

// wantedType says in TOML terms what a settings field of Go type typ
// takes.
func wantedType(typ string) string {
	switch typ = strings.TrimPrefix(typ, "*"); {
	case typ == "string":
		return "a string"
	case typ == "[]string":
		return "a list of strings"
	case typ == "float64":
		return "a number"
	case typ == "bool":
		return "true or false"
	case strings.HasPrefix(typ, "map[string]"):
		return "[reports.NAME] tables"
	case strings.HasPrefix(typ, "struct"):
		return "a table of settings"
	}
	return typ
}

// unknownKey says which part of key is unknown, where, and what was
// probably meant.
func unknownKey(key toml.Key) string {
	// Walk the key down the layout to its first unknown part.
	i, known := 0, slices.Concat(settingsKeys, []string{"reports"})
	where := "at the top level"
	if len(key) > 2 && key[0] == "reports" {
		i, known = 2, settingsKeys
		where = fmt.Sprintf("in [reports.%s]", key[1])
	}
	msg := fmt.Sprintf("unknown key %q %s", key[i], where)
	if s := closest(key[i], known); s != "" {
		return msg + fmt.Sprintf(" (did you mean %q?)", s)
	}
	msg += " (known keys: " + strings.Join(settingsKeys, ", ")
	if i == 0 {
		msg += ", and [reports.NAME] tables"
	}
	return msg + ")"
}

// closest returns the candidate within two edits of s, or "".
func closest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editdist.Distance(strings.ToLower(s), c, 2); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// job is one report to build: its name in the settings file ("" for a
// report from flags alone) and its settings with the flags applied.
type job struct {
	name string
	cfg  reportConfig
	// origin tells, for a flag name, where its value came from, for
	// messages: "--lang", or "reports.toml: [reports.q] lang".
	origin map[string]string
}

func (j job) where(flagName string) string {
	if o, ok := j.origin[flagName]; ok {
		return o
	}
	return "--" + flagName
}

// jobs turns the settings file (nil: none) and the flags into the reports
// to build. flags holds every flag's value, set the flags given on the
// command line; they win over the file. only picks one report by name.
func jobs(settingsPath string, s *settingsFile, flags reportConfig, set map[string]bool, only string) ([]job, error) {
	if s == nil {
		if only != "" {
			return nil, usageError("--report %s: there is no settings file (--config)", only)
		}
		return []job{{cfg: flags, origin: map[string]string{}}}, nil
	}
	dir := filepath.Dir(settingsPath)
	var names []string
	for name := range s.Reports {
		names = append(names, name)
	}
	sort.Strings(names)
	if only != "" {
		if _, ok := s.Reports[only]; !ok {
			if len(names) == 0 {
				return nil, usageError("--report %s: %s has no [reports.NAME] tables", only, settingsPath)
			}
			return nil, usageError("--report %s: %s has no [reports.%s]; it has %s", only, settingsPath, only, strings.Join(names, ", "))
		}
		names = []string{only}
	}
	if len(names) == 0 {
		names = []string{""}
	}
	var out []job
	for _, name := range names {
		j := job{name: name, cfg: defaultReportConfig(), origin: map[string]string{}}
		j.apply(s.shared, settingsPath+":", dir)
		if name != "" {
			j.apply(s.Reports[name], fmt.Sprintf("%s: [reports.%s]", settingsPath, name), dir)
		}
		j.override(flags, set)
		out = append(out, j)
	}
	return out, nil
}

// apply sets what rs (a reportSettingsType) sets. Relative paths are
// taken from dir, the settings file's folder.
func (j *job) apply(rs reflect.Value, where, dir string) {
	for i, s := range keyedSettings {
		v := rs.Field(i)
		if v.IsNil() {
			continue
		}
		rel := func(p string) string { return p }
		if s.Paths {
			rel = func(p string) string {
				if p == "" || filepath.IsAbs(p) {
					return p
				}
				return filepath.Join(dir, p)
			}
		}
		s.Value.fromFile(&j.cfg, v.Elem(), rel)
		j.origin[s.name()] = where + " " + s.Key
	}
}

// override applies the flags given on the command line.
func (j *job) override(flags reportConfig, set map[string]bool) {
	for _, s := range settingsTable {
		if set[s.name()] && !s.perRun() {
			delete(j.origin, s.name())
			s.Value.copy(&j.cfg, &flags)
		}
	}
}
