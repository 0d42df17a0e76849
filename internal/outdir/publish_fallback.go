package outdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// publishByRenames replaces the published report final with staged where
// the system cannot exchange two folders in one step (Windows, and file
// systems without an exchange rename). It is a sequence of plain renames
// whose every intermediate state the next run's RemoveStale (under the
// lock) turns back into a whole report:
//
//	step 1  final  → .LABEL.tmp-old-PID-N   the previous report moved aside
//	step 2  staged → final                  the new report in place: the commit point
//	step 3  flush the output folder's entries
//	step 4  remove .LABEL.tmp-old-PID-N     the previous report deleted
//
// A crash (or power cut) before step 1 leaves final as it was and staged
// as a stale staging folder, which RemoveStale deletes. Between steps 1
// and 2, final is missing: a reader may see no report for that moment,
// and RemoveStale renames the previous report back to final. After step
// 2, final is the new report whole, and RemoveStale deletes what is left
// of the previous one, whatever step 4 got to. At no point is a folder
// under a report's name half of one.
//
// A rename that fails (on Windows, a file of the previous report open in
// another program makes moving its folder fail) undoes the steps before
// it, so the previous report stays published and the error is returned.
func publishByRenames(staged, final string) error {
	old := filepath.Join(filepath.Dir(final), fmt.Sprintf(".%s%sold-%d-%d",
		filepath.Base(final), stagingMark, os.Getpid(), time.Now().UnixNano()))
	if err := os.Rename(final, old); err != nil {
		return fmt.Errorf("publishing %s: moving the previous report aside: %w", final, err)
	}
	if err := crashPoint(1); err != nil {
		return err
	}
	if err := os.Rename(staged, final); err != nil {
		if uerr := os.Rename(old, final); uerr != nil {
			// RemoveStale puts it back on the next run.
			err = errors.Join(err, fmt.Errorf("putting the previous report back: %w", uerr))
		}
		return fmt.Errorf("publishing %s: %w", final, err)
	}
	// Committed: final is the new report.
	if err := crashPoint(2); err != nil {
		return err
	}
	syncDir(filepath.Dir(final))
	if err := crashPoint(3); err != nil {
		return err
	}
	removeAll(old)
	return nil
}

// The hooks tests use to take the paths of other systems and to stop a
// publish as a crash would. crashPoint returns a non-nil error to stop
// Publish there at once, with nothing undone.
var (
	crashPoint = func(step int) error { return nil }
	exchangeOf = exchange
	removeAll  = os.RemoveAll
)
