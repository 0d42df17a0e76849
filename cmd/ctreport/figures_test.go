package main

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/ctreport/ctreport/analysis"
)

// figuresFile is the part of figures.json the tests read.
type figuresFile struct {
	AsOf          string                 `json:"as_of"`
	Yearly        []analysis.YearFigures `json:"yearly"`
	PeriodFigures struct {
		Current, Previous analysis.Measures
	} `json:"period_figures"`
	Quality struct {
		RowsRead            int `json:"rows_read"`
		Accepted            int `json:"accepted"`
		CopiesDropped       int `json:"copies_dropped"`
		Rejected            int `json:"rejected"`
		Incidents           int `json:"incidents"`
		ReconciliationNotes int `json:"reconciliation_notes"`
		ProbableDuplicates  int `json:"probable_duplicates"`
	} `json:"quality"`
}

func readFigures(t *testing.T, path string) figuresFile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f figuresFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f
}
