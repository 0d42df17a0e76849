package outdir

import (
	"io"
	"os"
)

// WriteFile writes b to path and flushes it to disk before returning, as
// every file of a report folder must be before the folder is published.
func WriteFile(path string, b []byte) error {
	return WriteFunc(path, func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// WriteFunc creates path, lets write fill it, and flushes it to disk
// before returning.
func WriteFunc(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
