package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"

	"github.com/ctreport/ctreport/data"
)

// loadGroups reads a user's group alias file, on top of the embedded table
// or in its place, and returns the table with the file's SHA-256.
func loadGroups(path string, replace bool) (*data.GroupTable, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", err
	}
	g := data.DefaultGroups()
	if replace {
		g = data.EmptyGroups()
	}
	sum := sha256.Sum256(b)
	return g, hex.EncodeToString(sum[:]), g.Extend(bytes.NewReader(b), path)
}
