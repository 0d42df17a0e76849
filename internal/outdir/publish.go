package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
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
// and never a mix or a gap; the old one is then removed.
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
	old := staged
	if err := exchange(staged, final); err != nil {
		if !errors.Is(err, errNoExchange) {
			return fmt.Errorf("publishing %s: %w", final, err)
		}
		// No atomic exchange on this system or file system: move the old
		// report aside, then the new one in. A reader may find no report for
		// the moment between; RemoveStale puts the old one back if the
		// run dies there.
		old = filepath.Join(filepath.Dir(final), fmt.Sprintf(".%s%sold-%d-%d",
			filepath.Base(final), stagingMark, os.Getpid(), time.Now().UnixNano()))
		if err := os.Rename(final, old); err != nil {
			return fmt.Errorf("publishing %s: %w", final, err)
		}
		if err := os.Rename(staged, final); err != nil {
			os.Rename(old, final)
			return fmt.Errorf("publishing %s: %w", final, err)
		}
	}
	// Committed; old now holds the previous report.
	syncDir(filepath.Dir(final))
	os.RemoveAll(old)
	return nil
}

// RemoveStale removes what runs that were killed left in outDir: staging
// folders and temporary symlinks (dot names holding ".tmp-"). A previous
// report that was moved aside while its folder was empty is moved back.
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
		if !strings.HasPrefix(name, ".") || !strings.Contains(name, stagingMark) ||
			(!e.IsDir() && e.Type()&fs.ModeSymlink == 0) {
			continue
		}
		path := filepath.Join(outDir, name)
		label, rest, _ := strings.Cut(name[1:], stagingMark)
		if strings.HasPrefix(rest, "old-") && e.IsDir() && label != "" {
			final := filepath.Join(outDir, label)
			if _, err := os.Lstat(final); errors.Is(err, fs.ErrNotExist) {
				if err := os.Rename(path, final); err != nil {
					errs = append(errs, err)
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
