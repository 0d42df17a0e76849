package report

import (
	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// Input is everything a report is written from.
type Input struct {
	Figures  analysis.Figures
	Data     *data.Dataset
	Settings Settings
	Version  string
	// MapPicture, when set, gives the picture of charts/incidents_map.png
	// and its title, for the workbook's Summary, once the charts have
	// drawn it; nil: the workbook draws the map itself.
	MapPicture func() (png []byte, title string, err error)
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
	// Coverage is the span the user declared the data covers (FROM..TO);
	// empty when each file's span is taken. AllowEmpty says a report of a
	// period without data was asked for.
	Coverage   string `json:"coverage,omitempty"`
	AllowEmpty bool   `json:"allow_empty,omitempty"`
	// Format is the input format when forced (--format); empty for auto.
	Format string `json:"format,omitempty"`
	// Encoding is the CSV encoding when forced (--encoding); empty for
	// auto. The encoding each file was read from is in its input entry.
	Encoding string `json:"encoding,omitempty"`
	// FormerStates is "apart" when former states are counted as
	// themselves (--former-states apart); empty for the default, under
	// their successor.
	FormerStates string `json:"former_states,omitempty"`
	// The desk report's selection (--country, --region, --group,
	// --affiliation, --event-type), normalised; empty: every incident.
	Countries    []string `json:"country,omitempty"`
	Regions      []string `json:"region,omitempty"`
	SelGroups    []string `json:"group,omitempty"`
	Affiliations []string `json:"affiliation,omitempty"`
	EventTypes   []string `json:"event_type,omitempty"`
}
