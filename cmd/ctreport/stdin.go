package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ctreport/ctreport/data"
)

// stdin is what the input "-" reads.
var stdin io.Reader = os.Stdin

// stdinName is how the input "-" is named in logs, messages and
// manifest.json.
const stdinName = "stdin"

func countStdin(inputs []string) int {
	n := 0
	for _, in := range inputs {
		if in == "-" {
			n++
		}
	}
	return n
}

// copyStdin copies standard input into stdin.csv in a new temporary
// folder, which the caller removes.
func copyStdin() (dir, path string, err error) {
	dir, err = os.MkdirTemp("", "ctreport-stdin-")
	if err != nil {
		return "", "", fmt.Errorf("reading standard input: %w", err)
	}
	path = filepath.Join(dir, "stdin.csv")
	f, err := os.Create(path)
	if err == nil {
		_, err = io.Copy(f, stdin)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", "", fmt.Errorf("reading standard input: %w", err)
	}
	return dir, path, nil
}

// withStdin is inputs with "-" replaced by the file holding standard
// input.
func (r *runner) withStdin(inputs []string) []string {
	if r.stdinFile == "" {
		return inputs
	}
	out := make([]string, len(inputs))
	for i, in := range inputs {
		if in == "-" {
			in = r.stdinFile
		}
		out[i] = in
	}
	return out
}

// nameStdin names the file holding standard input "stdin" in what the
// load reports (logs, rejected rows, manifest.json).
func (r *runner) nameStdin(ds *data.Dataset) {
	if r.stdinFile == "" {
		return
	}
	for _, fa := range [][]data.FileAccount{ds.Files, ds.Skipped} {
		for i := range fa {
			if fa[i].Path == r.stdinFile {
				fa[i].Path = stdinName
			}
		}
	}
	for _, re := range [][]data.RowError{ds.Rejected, ds.Warnings} {
		for i := range re {
			if re[i].File == r.stdinFile {
				re[i].File = stdinName
			}
		}
	}
}

// plural is "1 incident", "2 incidents".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
