package outdir

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// LatestName is the symlink in an output folder to the report published
// last.
const LatestName = "latest"

// PointLatest makes outDir/latest a symlink to outDir/label in one step: a
// new symlink is made under a staging name and renamed over the old one, so
// a reader following latest always finds a report. The link is relative
// ("latest -> 2024-Q3"), so the output folder can be moved or mounted
// elsewhere.
func PointLatest(outDir, label string) error {
	final := filepath.Join(outDir, LatestName)
	tmp := filepath.Join(outDir, fmt.Sprintf(".%s%s%d-%d", LatestName, stagingMark, os.Getpid(), time.Now().UnixNano()))
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
