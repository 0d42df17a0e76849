package reports

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
	"github.com/ctreport/ctreport/internal/outdir"
	"github.com/ctreport/ctreport/reports/report"
)

// manifest is manifest.json: what was run, on what, and what it wrote.
type manifest struct {
	Tool     string             `json:"tool"`
	Version  string             `json:"version"`
	AsOf     string             `json:"as_of"`
	Period   analysis.Period    `json:"period"`
	Settings report.Settings    `json:"settings"`
	Inputs   []data.FileAccount `json:"inputs"` // in the order given, skipped files included
	Outputs  []outputFile       `json:"outputs"`
}

type outputFile struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// writeManifest lists every file already in dir with its SHA-256, then
// writes manifest.json beside them.
func writeManifest(dir string, in report.Input) error {
	m := manifest{Tool: "ctreport", Version: in.Version, AsOf: in.Figures.AsOf, Period: in.Figures.Period,
		Settings: in.Settings, Inputs: in.Data.Inputs(), Outputs: []outputFile{}}
	if m.Settings.Inputs == nil {
		m.Settings.Inputs = []string{}
	}
	var paths []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, path)
		}
		return err
	})
	if err != nil {
		return err
	}
	// Files are hashed and synced at once: the syncs wait on the disk,
	// not on each other.
	m.Outputs = make([]outputFile, len(paths))
	errs := make([]error, len(paths))
	var wg sync.WaitGroup
	for i, path := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sum, size, err := hashFile(path, true)
			rel, _ := filepath.Rel(dir, path)
			m.Outputs[i], errs[i] = outputFile{Path: filepath.ToSlash(rel), Size: size, SHA256: sum}, err
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	sort.Slice(m.Outputs, func(a, b int) bool { return m.Outputs[a].Path < m.Outputs[b].Path })
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return outdir.WriteFile(filepath.Join(dir, "manifest.json"), append(b, '\n'))
}

// FileSHA256 returns a file's SHA-256 (hex) and size, as manifest.json
// records them.
func FileSHA256(path string) (string, int64, error) { return hashFile(path, false) }

// hashFile reads a file whole for its SHA-256; with sync it also makes sure
// the file is on disk, as the manifest's outputs must be before publishing.
func hashFile(path string, sync bool) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	if sync {
		if err := f.Sync(); err != nil {
			return "", 0, err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}
