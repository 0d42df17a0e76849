package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/reports"
)

// publishedManifest is the part of a published manifest.json that says
// what the report was built from and what it holds.
type publishedManifest struct {
	Tool     string                 `json:"tool"`
	Version  string                 `json:"version"`
	AsOf     string                 `json:"as_of"`
	Period   struct{ Label string } `json:"period"`
	Settings json.RawMessage        `json:"settings"`
	Inputs   []fileSum              `json:"inputs"`
	Outputs  []fileSum              `json:"outputs"`
}

type fileSum struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// unchanged reports whether the report published at final was built by
// this version from the same inputs (by SHA-256), settings and as-of date,
// and is still whole (its files match its manifest). Rebuilding it would
// give the same bytes. When it is not, why says what differs ("" when
// there is no published report).
func (r *runner) unchanged(ctx context.Context, p reportPlan, files []string, final string) (same bool, why string) {
	b, err := os.ReadFile(filepath.Join(final, "manifest.json"))
	if err != nil {
		return false, ""
	}
	var m publishedManifest
	if err := json.Unmarshal(b, &m); err != nil {
		return false, "the published manifest.json cannot be read: " + err.Error()
	}
	switch {
	case m.Tool != "ctreport" || m.Version != version:
		return false, fmt.Sprintf("published by %s %s, this is %s", m.Tool, m.Version, version)
	case m.AsOf != p.asOf.Format(time.DateOnly):
		return false, fmt.Sprintf("published as of %s", m.AsOf)
	case m.Period.Label != p.period.Label:
		return false, fmt.Sprintf("the published report is of period %q", m.Period.Label)
	}
	if !sameSettings(m.Settings, p) {
		return false, "the settings changed"
	}
	if why := r.sameInputs(ctx, p, files, m.Inputs); why != "" {
		return false, why
	}
	for _, o := range m.Outputs {
		sum, size, err := reports.FileSHA256(filepath.Join(final, filepath.FromSlash(o.Path)))
		if err != nil || size != o.Size || sum != o.SHA256 {
			return false, fmt.Sprintf("the published %s does not match its manifest", o.Path)
		}
	}
	return true, ""
}

// sameSettings compares the settings a report would record with those of
// the manifest, as JSON values.
func sameSettings(published json.RawMessage, p reportPlan) bool {
	s := p.settings()
	if s.Inputs == nil {
		s.Inputs = []string{} // as the manifest writes it
	}
	b, err := json.Marshal(s)
	if err != nil {
		return false
	}
	var want, got any
	if json.Unmarshal(b, &want) != nil || json.Unmarshal(published, &got) != nil {
		return false
	}
	return reflect.DeepEqual(want, got)
}

// sameInputs compares the inputs with those the manifest lists; "" when
// they are the same files with the same contents.
func (r *runner) sameInputs(ctx context.Context, p reportPlan, files []string, published []fileSum) string {
	if len(p.cfg.Inputs) == 0 {
		// The embedded sample: small, so load it (the load is kept for
		// the build) and compare its digest.
		ds, err := r.load(ctx, p, nil)
		if err != nil || len(ds.Files) != 1 || len(published) != 1 || published[0].Path != data.SampleName ||
			published[0].SHA256 != ds.Files[0].SHA256 {
			return "the inputs changed"
		}
		return ""
	}
	if len(files) != len(published) {
		return fmt.Sprintf("%s, %d published", plural(len(files), "input file", "input files"), len(published))
	}
	for i, f := range files {
		if f != published[i].Path {
			return fmt.Sprintf("input %s is new", f)
		}
		if st, err := os.Stat(f); err != nil || st.Size() != published[i].Size {
			return fmt.Sprintf("input %s changed", f)
		}
	}
	for i, f := range files {
		if ctx.Err() != nil {
			return "interrupted"
		}
		if sum, _, err := reports.FileSHA256(f); err != nil || sum != published[i].SHA256 {
			return fmt.Sprintf("input %s changed", f)
		}
	}
	return ""
}
