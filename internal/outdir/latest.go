package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// LatestName is the symlink in an output folder to the report published
// last (on Linux and macOS).
const LatestName = "latest"

// LatestFile is the text file that names the report published last where
// latest is not a symlink (Windows): one line, the report's label
// ("2024-Q3"). Making a symlink on Windows needs administrator rights or
// Developer Mode, which a scheduled task rarely has; a text file needs
// neither, and a directory junction would hold an absolute path that
// breaks when the output folder is moved or shared.
const LatestFile = "latest.txt"

// PointLatest records that the report labelled label is the latest of
// outDir, in one step: outDir/latest becomes a relative symlink to it
// ("latest -> 2024-Q3", so the output folder can be moved or mounted
// elsewhere), or, on Windows, outDir/latest.txt holds its label. Either is
// made under a staging name and renamed over the old one, so a reader
// always finds a whole pointer to a whole report.
func PointLatest(outDir, label string) error {
	if latestIsFile {
		return pointLatestFile(outDir, label)
	}
	final := filepath.Join(outDir, LatestName)
	tmp := latestTemp(outDir, LatestName)
	if err := os.Symlink(label, tmp); err != nil {
		return fmt.Errorf("pointing %s to %s: %w", final, label, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("pointing %s to %s: %w", final, label, err)
	}
	syncDir(outDir)
	return nil
}

// pointLatestFile writes label to outDir/latest.txt through a staging
// file renamed over it (a rename replaces a file in one step on Windows
// too).
func pointLatestFile(outDir, label string) error {
	final := filepath.Join(outDir, LatestFile)
	tmp := latestTemp(outDir, LatestFile)
	if err := WriteFile(tmp, []byte(label+"\n")); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", final, err)
	}
	if err := os.Rename(tmp, final); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", final, err)
	}
	syncDir(outDir)
	return nil
}

func latestTemp(outDir, name string) string {
	return filepath.Join(outDir, fmt.Sprintf(".%s%s%d-%d", name, stagingMark, os.Getpid(), time.Now().UnixNano()))
}

// CheckLatest makes sure the pointer to the latest report in outDir is
// ctreport's own, or absent: outDir/latest a symlink (outDir/latest.txt a
// regular file on Windows). Anything else in its place — a folder someone
// made, a file — would be left pointing at an old report while runs
// succeed, so it is an error naming it, to be moved away.
func CheckLatest(outDir string) error {
	name, want, wantName := LatestName, os.ModeSymlink, "a symbolic link"
	if latestIsFile {
		name, want, wantName = LatestFile, 0, "a file"
	}
	path := filepath.Join(outDir, name)
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("checking %s: %w", path, err)
	case st.Mode().Type() != want:
		what := "a folder"
		if !st.IsDir() {
			what = "not " + wantName
		}
		return fmt.Errorf("%s is %s, not the pointer to the latest report ctreport keeps there (%s): move it away and run again", path, what, wantName)
	}
	return nil
}
