package reports

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// stage makes the folder a report is written into: a hidden sibling of its
// final place, so that the final rename stays on one file system.
func stage(outDir, label string) (string, error) {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return "", fmt.Errorf("creating output folder: %w", err)
	}
	dir, err := os.MkdirTemp(outDir, "."+label+".tmp-")
	if err != nil {
		return "", fmt.Errorf("creating a staging folder in %s: %w", outDir, err)
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		os.RemoveAll(dir)
		return "", err
	}
	return dir, nil
}

// publish moves the staged folder to final in one step. When final exists
// the two are exchanged atomically (renameat2 RENAME_EXCHANGE), so a reader
// sees the old report or the new one and never a mix or a gap; the old one
// is then removed.
func publish(staged, final string) error {
	err := os.Rename(staged, final)
	if err == nil {
		return syncDir(filepath.Dir(final))
	}
	if _, statErr := os.Stat(final); statErr != nil {
		return fmt.Errorf("publishing %s: %w", final, err)
	}
	if err := unix.Renameat2(unix.AT_FDCWD, staged, unix.AT_FDCWD, final, unix.RENAME_EXCHANGE); err != nil {
		if !errors.Is(err, unix.ENOSYS) && !errors.Is(err, unix.EINVAL) {
			return fmt.Errorf("publishing %s: %w", final, err)
		}
		// No atomic exchange on this file system: move the old report
		// aside, then the new one in.
		if err := os.Rename(final, staged+".old"); err != nil {
			return fmt.Errorf("publishing %s: %w", final, err)
		}
		if err := os.Rename(staged, final); err != nil {
			os.Rename(staged+".old", final)
			return fmt.Errorf("publishing %s: %w", final, err)
		}
		staged += ".old"
	}
	// staged now holds the previous report.
	if err := os.RemoveAll(staged); err != nil {
		return fmt.Errorf("removing the previous report: %w", err)
	}
	return syncDir(filepath.Dir(final))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
