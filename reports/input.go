package reports

import (
	"bytes"
	"encoding/json"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// Input is everything a report is written from.
type Input struct {
	Figures  analysis.Figures
	Data     *data.Dataset
	Settings Settings
	Version  string
}

// Settings are the run settings a report records (About sheet, manifest).
type Settings struct {
	Period      string   `json:"period"` // as asked, e.g. "last-year"
	Lang        string   `json:"lang"`   // en, ar, fr
	Rule        string   `json:"rule"`   // min, max, priority
	MaxRejected float64  `json:"max_rejected"`
	Inputs      []string `json:"inputs"` // as named on the command line; empty: the embedded sample
	// SourcePriority orders the reports of an incident, most trusted first.
	SourcePriority []string `json:"source_priority"`
	// Groups is the group alias file, with its SHA-256; GroupsReplace says
	// it replaces the embedded table rather than extending it.
	Groups        string `json:"groups,omitempty"`
	GroupsSHA256  string `json:"groups_sha256,omitempty"`
	GroupsReplace bool   `json:"groups_replace,omitempty"`
	// Delimiter is the forced CSV delimiter; empty when it is detected.
	Delimiter string `json:"delimiter,omitempty"`
	// Extra are settings that the reports do not read but record, after
	// those above, in their order, under their own keys (see Record).
	Extra []Recorded `json:"-"`
}

// Recorded is a setting recorded under its key in manifest.json's
// "settings".
type Recorded struct {
	Key   string
	Value any
}

// Record records one more setting, after those already recorded. Its key
// must differ from the JSON keys of the fields above.
func (s *Settings) Record(key string, value any) {
	s.Extra = append(s.Extra, Recorded{Key: key, Value: value})
}

// MarshalJSON writes the settings as manifest.json records them: the
// fields above, then Extra in order.
func (s Settings) MarshalJSON() ([]byte, error) {
	type fields Settings // without this method
	b, err := json.Marshal(fields(s))
	if err != nil || len(s.Extra) == 0 {
		return b, err
	}
	var buf bytes.Buffer
	buf.Write(b[:len(b)-1]) // all but the closing brace
	for _, r := range s.Extra {
		k, err := json.Marshal(r.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(r.Value)
		if err != nil {
			return nil, err
		}
		buf.WriteByte(',')
		buf.Write(k)
		buf.WriteByte(':')
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
