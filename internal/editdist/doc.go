// Package editdist measures how far apart two words are, for the "did you
// mean" of a country, a column, a flag or a settings key: the Levenshtein
// distance (V. I. Levenshtein, "Binary codes capable of correcting
// deletions, insertions and reversals", Soviet Physics Doklady 10(8),
// 1966), in runes, computed row by row and given up on as soon as it
// must exceed a limit.
package editdist
