package outdir

// latestIsFile: on Windows the latest report is named in latest.txt, not
// by a symlink (see LatestFile).
const latestIsFile = true
