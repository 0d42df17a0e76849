package outdir

// syncDir does nothing on Windows, which cannot flush a folder's entries
// (NTFS journals them itself).
func syncDir(dir string) error { return nil }
