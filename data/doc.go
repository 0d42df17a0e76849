// Package data reads incident files that follow docs/input.md,
// checks every value, merges the reports of one incident and builds the
// incidents table (Incidents): one entry per reconciled incident, kept
// column by column, from which any rows come out as a Gota DataFrame with
// typed columns.
//
// A CSV file is read in chunks of whole records that all cores split and
// check at once (csvsplit.go); reports are kept small — text as codes into
// the load's dict — and the first report of each incident is written
// straight into the table.
//
// Every input row ends in exactly one place: an accepted report, a dropped
// identical copy, or a rejected row (RowError) naming its file, line and
// column. A rejected row never stops a load.
//
// Whatever the input, a load does bounded work: the limits of limits.go
// (largest counts, earliest year, columns, field and row length, xlsx
// part sizes, rejected rows kept) reject a row or refuse a file past
// them, only regular files are read, a file that changes while it is read
// fails the load (ErrChanged), and the reports of one incident are filed
// and merged in time linear in their number.
//
// The embedded sample (LoadSample) is described in docs/sample.md: three
// real incidents coded from a press article, and synthetic incidents
// calibrated to published figures.
//
// # Chunks and copies
//
// The rule: a string read from a CSV chunk must be copied before it is
// kept past its batch.
//
// Where it applies. A CSV file is read into 2 MB arrays (csvChunker), and
// a chunk is handed out as a string that is a view of its array, not a
// copy. Splitting cuts fields out of that string without copying them
// (splitChunk, splitPlain, splitSimpleQuotes; encoding/csv's fields, for
// the records it reads, are its own). So every field a parser sees, and
// every string made from one by slicing — trimSpace, strings.TrimSpace,
// strings.Cut, splitList's items, the incident id that parse returns, a
// one-item joinList, strings.ToLower of a value already in lower case —
// points into the chunk. Once loader.read has filed a batch's items it
// recycles the batch (batch.recycle): the array goes back to its chunker,
// which reads the file's next bytes into it. A string still pointing there
// then silently reads as other rows' text. Copy anything that outlives
// the batch:
//
//   - values kept in the table: the dict's entries, the incidents' ids,
//     the parsers' own text (source URLs, notes, unknown columns);
//   - the keys of the parsers' value caches, which live for the whole load;
//   - whatever goes into a RowError, rejected or warned about: Reason,
//     Raw, ColumnName and every string among Args;
//   - anything else put in the Dataset or kept by the loader, a parser or a
//     cache.
//
// Values used only while the row is parsed (looked up, compared, hashed,
// parsed into numbers or dates) need no copy.
//
// How to comply: keep a string only through a helper that copies it, or
// copy it yourself with strings.Clone. The helpers that copy:
//
//   - dict.add and dict.code: the dict keeps its own copy and returns it;
//   - textColumn.add, textColumn.set and textColumnOf (the incidents' ids
//     and the table's values);
//   - textStore.copy and textStore.add (parser.own through parser.ownText
//     and parser.ownCached);
//   - valueCache.put and putCode copy their key; what a cached entry holds (ISO codes,
//     group names, lists of codes) comes from tables or the dict, not the
//     chunk;
//   - rowError copies the string arguments of a refusal;
//   - fmt.Sprintf, strings.Join of two or more items, joinRecord and
//     csvChunker.header make new strings.
//
// strings.TrimSpace, strings.ToLower, joinList and slices.Clone (of a
// []string: the slice is new, its strings are not) do not copy. A
// rejected row keeps its fields (item.rec) only until loader.read has
// written its Raw, before the batch is recycled.
//
// How the tests catch a slip: the package's tests set recycledPoison
// (poison_test.go), so batch.recycle writes 0xFE — never part of valid
// UTF-8 — over every byte of a chunk's text as soon as its batch is over.
// The tests' load helper and FuzzRead then look through every string the
// Dataset holds, exported or not (checkNoPoison), and fail on one that
// holds that byte; TestRejectionArgsOutliveTheChunk checks the same
// without the poison, on a file read in many chunks. A run does not set
// recycledPoison and pays one comparison a chunk.
package data
