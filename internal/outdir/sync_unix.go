//go:build unix

package outdir

import "os"

// syncDir flushes the entries of the folder dir, so that after a crash a
// renamed or new name in it is not lost.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
