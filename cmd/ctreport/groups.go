package main

import (
	"os"

	"github.com/ctreport/ctreport/data"
)

// loadGroups reads a user's group alias file on top of the embedded table.
func loadGroups(path string) (*data.GroupTable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := data.DefaultGroups()
	return g, g.Extend(f, path)
}
