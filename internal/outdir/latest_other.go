//go:build !windows

package outdir

// latestIsFile: latest is a symlink here (see LatestFile for Windows).
var latestIsFile = false
