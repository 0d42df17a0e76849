package data

// The limits of what a load reads. Each bounds the work or the memory one
// input can ask for; past one, the row is rejected or the file refused
// with a reason naming the limit, never read slowly or silently cut. They
// are listed in README.md ("Limits") and docs/input.md.
const (
	// MaxArrests is the largest arrests count accepted, in `arrests` and
	// for each country of `arrests_by_country` (and for the breakdown's
	// total when it stands for an empty `arrests`). No operation has come
	// near it; a larger figure is a typing error or a hostile file, and
	// the row is rejected ("above_ceiling"). With it no sum of counts can
	// overflow: 10⁶ a report times any number of reports a file can hold
	// stays far below 2⁶³.
	MaxArrests = 1_000_000
	// MaxCells is the largest cells_dismantled count accepted; a larger
	// one rejects the row ("above_ceiling").
	MaxCells = 10_000

	// MinYear is the earliest year a date (`date`, `source_date`) may
	// have: an earlier one rejects the row ("before_min_year"), so one
	// mistyped year does not stretch every yearly series over centuries.
	MinYear = 1900

	// MaxColumns is the most columns a header may have; a file whose
	// header has more cannot be read (a file error, found before any row
	// is read).
	MaxColumns = 1000

	// MaxFieldBytes is the longest value a field may hold, in bytes (16
	// MiB: a long note, a pasted document); a row with a longer field is
	// rejected ("field_too_long").
	MaxFieldBytes = 16 << 20
	// MaxRowBytes is the longest record (a CSV row, quoted line breaks and
	// all, or the header) a file may hold; a file with a longer one cannot
	// be read. It bounds what the reader holds at once to a few times this.
	MaxRowBytes = 64 << 20
	// MaxRawBytes is how much of a rejected row is kept as its Raw text
	// (rejected.csv); a longer row is cut there and marked.
	MaxRawBytes = 64 << 10

	// MaxKeptRejected is how many rejected rows a load keeps (in
	// Dataset.Rejected: rejected.csv and the Quality sheet list them).
	// Rows rejected beyond it are counted in the files' accounts and in
	// Dataset.RejectedNotKept, but not kept.
	MaxKeptRejected = 100_000

	// MaxKeptWarnings is how many row warnings a load keeps (in
	// Dataset.Warnings: the Quality sheet lists them). Rows warned about
	// beyond it are accepted and counted in Dataset.WarningsNotKept, but
	// their warnings are not kept. Warnings about whole files are always
	// kept.
	MaxKeptWarnings = 100_000

	// MaxXLSXPartBytes is the largest uncompressed size of any part of an
	// .xlsx file (a sheet, the shared strings…); a workbook with a larger
	// part cannot be read. It is checked on the zip's directory before
	// anything is inflated (archive/zip stops a part that inflates past
	// its declared size).
	MaxXLSXPartBytes = 1 << 30
	// MaxXLSXRatio is the largest ratio of a part's uncompressed to its
	// compressed size, for parts above xlsxRatioFloor bytes: a zip bomb
	// inflates far beyond what a sheet of data compresses to (about 5 to
	// 20 times).
	MaxXLSXRatio = 100
	// xlsxRatioFloor is the uncompressed size below which a part's ratio
	// is not checked: a small part inflates to little whatever its ratio.
	xlsxRatioFloor = 8 << 20
)
