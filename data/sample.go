package data

import (
	"bytes"
	_ "embed"
)

// sampleCSV is the embedded sample: three real incidents coded from a
// press article and synthetic incidents 2002–2025 calibrated to published
// figures, both described in docs/sample.md (written by data/synth; see
// its Sample).
//
//go:embed sample/incidents.csv
var sampleCSV []byte

// SampleName is how the embedded sample is named in reports.
const SampleName = "embedded sample (sample/incidents.csv)"

// SampleCoverage is what the embedded sample covers: the whole years
// 2002–2025 it is calibrated over, although its first and last incidents
// fall on 6 February 2002 and 8 December 2025.
var SampleCoverage = Span{From: dayOf(CivilDays(2002, 1, 1)), To: dayOf(CivilDays(2025, 12, 31))}

// LoadSample loads the embedded sample as Load loads a file, covering
// SampleCoverage unless opts declares another.
func LoadSample(opts Options) (*Dataset, error) {
	if opts.Coverage == nil {
		c := SampleCoverage
		opts.Coverage = &c
	}
	l := newLoader(opts)
	src, err := newCSVChunker(bytes.NewReader(sampleCSV), 0)
	if err != nil {
		return nil, err
	}
	if err := l.read(SampleName, int64(len(sampleCSV)), src); err != nil {
		return nil, err
	}
	return l.finish(), nil
}
