package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Staging names. Everything ctreport writes in an output folder before it
// is published is a dot-prefixed sibling of the final place whose name
// holds ".tmp-": ".2024.tmp-123456" (a report being written),
// ".2024.tmp-old-…" (the previous report on its way out), ".latest.tmp-…"
// (the latest symlink being replaced). A reader listing the folder skips
// dot names; RemoveStale clears what a killed run left behind.
const stagingMark = ".tmp-"

// errNoExchange says that the system or file system cannot swap two
// folders in one step.
var errNoExchange = errors.New("no atomic exchange of folders here")

// Stage makes an empty staging folder for the report labelled label in
// outDir (creating outDir if need be): a hidden sibling of outDir/label,
// so that the final rename stays on one file system. Fill it, then Publish
// it, or remove it.
func Stage(outDir, label string) (string, error) {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return "", fmt.Errorf("creating output folder: %w", err)
	}
	dir, err := os.MkdirTemp(outDir, "."+label+stagingMark)
	if err != nil {
		return "", fmt.Errorf("creating a staging folder in %s: %w", outDir, err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// Publish moves the finished folder staged to final in one step; staged
// and final must be in the same folder, or at least on the same file
// system. When final exists the two are exchanged atomically where the
// system can (exchange), so a reader sees the old report or the new one
// and never a mix or a gap; the old one is then removed. Where it cannot
// (Windows), the old report is moved aside and the new one moved in
// (publishByRenames): a reader may find no report for the moment
// between, never half of one, and a crash at any step is undone by the
// next run's RemoveStale.
//
// The rename is the commit point. Before it, an error leaves final as it
// was. After it, the new report is in place and Publish reports no error:
// a failure to remove the previous report (left under a staging name, for
// RemoveStale) or to flush the folder is not a failed run.
func Publish(staged, final string) error {
	// The files are flushed by their writers (the manifest reads each one
	// back and syncs it); flush the folder entries too, so that after a
	// crash final never names a folder with missing files.
	if err := syncTree(staged); err != nil {
		return fmt.Errorf("publishing %s: flushing %s: %w", final, staged, err)
	}
	err := os.Rename(staged, final)
	if err == nil {
		syncDir(filepath.Dir(final))
		return nil
	}
	if _, statErr := os.Lstat(final); statErr != nil {
		return fmt.Errorf("publishing %s: %w", final, err)
	}
	switch err := exchangeOf(staged, final); {
	case errors.Is(err, errNoExchange):
		// No atomic exchange on this system or file system: a sequence
		// of renames that RemoveStale recovers from (publish_fallback.go).
		return publishByRenames(staged, final)
	case err != nil:
		return fmt.Errorf("publishing %s: %w", final, err)
	}
	// Committed; staged now holds the previous report.
	syncDir(filepath.Dir(final))
	removeAll(staged)
	return nil
}

// RemoveStale removes what runs that were killed left in outDir: staging
// folders, temporary symlinks and latest files (dot names holding
// ".tmp-"). A previous report that was moved aside while its folder was
// empty (a publish by renames stopped between its first two steps) is
// moved back, so that after RemoveStale every report name holds a whole
// report.
// Call it only while holding the folder's lock, so that no other run's
// staging folder is taken for a stale one. It returns the names it removed.
func RemoveStale(outDir string) ([]string, error) {
	entries, err := os.ReadDir(outDir)
	if err != nil {
		return nil, err
	}
	var removed []string
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, ".") || !strings.Contains(name, stagingMark) {
			continue
		}
		label, rest, _ := strings.Cut(name[1:], stagingMark)
		// Folders and symlinks; of plain files only the latest pointer's
		// (latestFile), so that a user's ".notes.tmp-1" is kept.
		if !e.IsDir() && e.Type()&fs.ModeSymlink == 0 && (label != LatestFile || !e.Type().IsRegular()) {
			continue
		}
		path := filepath.Join(outDir, name)
		if strings.HasPrefix(rest, "old-") && e.IsDir() && label != "" {
			final := filepath.Join(outDir, label)
			if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
				// Moved aside by a run that stopped before the new report
				// went in (publishByRenames, step 1): put it back.
				if err := os.Rename(path, final); err != nil {
					errs = append(errs, err)
				} else {
					syncDir(outDir)
				}
				continue
			}
		}
		if err := os.RemoveAll(path); err != nil {
			errs = append(errs, err)
			continue
		}
		removed = append(removed, name)
	}
	return removed, errors.Join(errs...)
}

// syncTree flushes the entries of every folder under dir.
func syncTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		return syncDir(path)
	})
}
