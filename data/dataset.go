package data

import (
	"fmt"
	"sort"
)

// Columns of the incidents table (Dataset.Incidents). Input columns keep
// their docs/input.md names; year, month and day split the date for analysis;
// sources counts the reports merged into the incident.
const (
	ColIncidentID       = "incident_id"
	ColDate             = "date" // as given, normalised: YYYY-MM-DD, YYYY-MM or YYYY
	ColYear             = "year"
	ColMonth            = "month" // 0 when the precision is year
	ColDay              = "day"   // 0 when the precision is month or year
	ColDatePrecision    = "date_precision"
	ColCountry          = "country" // ISO 3166-1 alpha-2; a former state counted apart, its code of FormerStates (SUHH)
	ColEventType        = "event_type"
	ColCellsDismantled  = "cells_dismantled"
	ColArrests          = "arrests"
	ColArrestsByCountry = "arrests_by_country" // "MA:2;ES:9", codes in first-seen order
	ColPartnerCountries = "partner_countries"  // "ES;US"
	ColCooperationType  = "cooperation_type"
	ColGroup            = "group"
	ColAffiliation      = "affiliation"
	ColAdmin1           = "admin1"
	ColCity             = "city"
	ColSources          = "sources" // Int: reports merged into the incident
)

// Columns of the incidents that no figure is computed from (Details).
const (
	ColLatitude        = "latitude"  // NaN when not given
	ColLongitude       = "longitude" // NaN when not given
	ColLeadAgency      = "lead_agency"
	ColLinkedIncidents = "linked_incident_ids"
	ColSeized          = "seized"
	ColSourceName      = "source_name" // the sources merged, "; "-joined
	ColSourceURL       = "source_url"  // the first URL given
	ColSourceDate      = "source_date"
	ColNotes           = "notes"
)

// Event types.
const (
	EventOperation       = "operation"
	EventFoiledPlot      = "foiled_plot"
	EventFailedAttack    = "failed_attack"
	EventCompletedAttack = "completed_attack"
)

// Dataset is what a load produces: the incidents table and the account of
// every input row.
type Dataset struct {
	// Incidents has one entry per reconciled incident, in the order each
	// incident first appears in the input.
	Incidents *Incidents
	Files     []FileAccount
	// Rejected lists the first MaxKeptRejected rejected rows, in input
	// order; RejectedNotKept counts those rejected after them, which are
	// counted in Files (FileAccount.Rejected) but not listed.
	Rejected        []RowError
	RejectedNotKept int
	// Warnings are accepted rows that a reader must know about, such as an
	// arrests total that differs from its arrests_by_country breakdown,
	// and files read with a warning. Row warnings beyond the first
	// MaxKeptWarnings are counted in WarningsNotKept, not kept.
	Warnings        []RowError
	WarningsNotKept int
	// Notes lists the first MaxListedNotes reconciliation notes in input
	// order; NoteCount counts them all, NotedIncidents the incidents they
	// are about.
	Notes          []ReconciliationNote
	NoteCount      int
	NotedIncidents int
	// Duplicates lists probable duplicates across incident ids (at most
	// MaxListedDuplicates of them); DuplicatePairs counts them all.
	Duplicates     []ProbableDuplicate
	DuplicatePairs int
	// UnknownColumns are input columns docs/input.md does not name; they are
	// kept in the incidents table.
	UnknownColumns []string
	// Skipped are the files Options.KeepGoing left out because they could
	// not be read at all (Skipped set, Reason saying why); they are not in
	// Files. Inputs gives both in the order the files were given.
	Skipped []FileAccount
	// UnknownGroups are the groups the group table does not know, each
	// with the number of incidents (after merging, over the whole load)
	// whose group it is, as written in the first report that gave it;
	// most incidents first, then by name. Values that mean "not known"
	// are no group and are not here (see docs/input.md, Groups).
	UnknownGroups []NameCount
	// Coverage is what the data covers: the span the user declared
	// (Options.Coverage), or the files' spans (FileAccount.Covers) joined;
	// sorted, none overlapping. Days outside it have no data. Declared says
	// which.
	Coverage []Span
	Declared bool
	// Selection is the desk report's selection the incidents were cut
	// by (Dataset.Select); nil when every incident is kept.
	Selection *Selection
}

// Inputs returns every file of the load in the order given: those read
// (Files) and those skipped (Skipped).
func (d *Dataset) Inputs() []FileAccount {
	if len(d.Skipped) == 0 {
		return d.Files
	}
	all := append(append([]FileAccount(nil), d.Files...), d.Skipped...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].seq < all[b].seq })
	return all
}

// NameCount is a name and how many incidents have it.
type NameCount struct {
	Name  string
	Count int
}

// FileAccount is the row accounting of one input file:
// RowsRead = Accepted + CopiesDropped + Rejected + OutOfScope.
type FileAccount struct {
	Path          string `json:"path"`
	Size          int64  `json:"size"`
	SHA256        string `json:"sha256"`
	RowsRead      int    `json:"rows_read"`
	Accepted      int    `json:"accepted"`
	CopiesDropped int    `json:"copies_dropped"`
	Rejected      int    `json:"rejected"`
	// OutOfScope counts the rows of another data set's format whose event
	// type no figure counts (ACLED's battles, protests…): read and
	// accounted for, not rejected, not kept.
	OutOfScope int `json:"out_of_scope,omitempty"`
	// Format is the data set whose format the file is in, when not
	// ctreport's own: "gtd" or "acled".
	Format string `json:"format,omitempty"`
	// Encoding is the encoding the file was read from when it is not
	// UTF-8, and how it was known: "windows-1252 (detected)".
	Encoding string `json:"encoding,omitempty"`
	// Skipped is a file that could not be read at all and that
	// Options.KeepGoing left out (no row of it is counted); Reason says
	// why, in English. Size and SHA256 are those of the file when it could
	// be read for them, else 0 and "".
	Skipped bool   `json:"skipped,omitempty"`
	Reason  string `json:"reason,omitempty"`
	// Covers is the span of whole months from the first to the last month
	// the file's accepted reports are dated in (a report dated to the year
	// covers the year); nil when it has none.
	Covers *Span `json:"-"`

	seq int // the file's place among the inputs (Dataset.Inputs)
}

// RowError says what is wrong with one input row (or one value in it).
// Line and Column are 1-based; Column is the field's position in the row
// (0 when the problem is the whole row).
type RowError struct {
	File       string
	Line       int
	Column     int
	ColumnName string
	Reason     string // in English
	Raw        string // the row as read, fields joined by the file's delimiter
	// Code and Args name the message for reports that word it in another
	// language ("data.<code>" in their catalogue); every warning and
	// rejection has one.
	Code string
	Args []any
}

func (e RowError) Error() string {
	switch {
	case e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s: %s", e.File, e.Line, e.Column, e.ColumnName, e.Reason)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Reason)
	default:
		return fmt.Sprintf("%s: %s", e.File, e.Reason)
	}
}

// ReconciliationNote records one field on which the reports of an incident
// disagree: what each source said and which value was used.
type ReconciliationNote struct {
	IncidentID string
	Field      string // e.g. "arrests", "arrests_by_country ES", "city"
	Values     []SourceValue
	Used       string
}

// SourceValue is what one report said.
type SourceValue struct {
	Source string // source_name, or file:line when the report names none
	Value  string
}

// ProbableDuplicate is a pair of incidents with different ids but the same
// country and arrests, dated within 3 days of each other. They are not
// merged.
type ProbableDuplicate struct {
	IncidentA, IncidentB string
	Country              string
	DateA, DateB         string
	Arrests              int // of IncidentA; -1 when not given (a pair may share cells only)
}

// MaxListedDuplicates bounds Dataset.Duplicates.
const MaxListedDuplicates = 10000

// MaxListedNotes bounds Dataset.Notes.
const MaxListedNotes = 10000

// Totals adds up the accounting of all files.
func (d *Dataset) Totals() FileAccount {
	var t FileAccount
	for _, f := range d.Files {
		t.RowsRead += f.RowsRead
		t.Accepted += f.Accepted
		t.CopiesDropped += f.CopiesDropped
		t.Rejected += f.Rejected
		t.OutOfScope += f.OutOfScope
	}
	return t
}

// Details are the columns of the incidents that no figure is computed from
// — coordinates, agency, lists, sources, notes and unknown input columns —
// as plain slices, row for row with the Gota frame Incidents.Frame gives
// with them.
type Details struct {
	Latitude, Longitude []float64 // NaN when not given
	// Names are the text columns: ColLeadAgency … ColNotes, then the
	// unknown input columns; Text holds them in the same order.
	Names []string
	Text  [][]string
}

// Column returns a text column by name, or nil.
func (d *Details) Column(name string) []string {
	for i, n := range d.Names {
		if n == name {
			return d.Text[i]
		}
	}
	return nil
}

// WarningCount is how many warnings the load gave, kept or not.
func (d *Dataset) WarningCount() int { return len(d.Warnings) + d.WarningsNotKept }
