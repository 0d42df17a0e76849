// Package outdir keeps an output folder that readers and cron runs share:
// one run at a time (Acquire, a lock file holding the holder's pid), a
// report written into a hidden staging folder beside its final place
// (Stage) and moved in whole (Publish), the latest symlink to the report
// published last (PointLatest), and what a killed run left behind cleared
// on the next run (RemoveStale).
//
// A reader listing the folder sees the previous report or the new one,
// never half of one. Where the system calls differ — the lock, the
// one-step exchange of two folders, flushing a folder — each system has a
// file of its own (lock_unix.go, lock_windows.go, exchange_linux.go, …).
package outdir
