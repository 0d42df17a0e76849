package workbook

import (
	"strings"
	"unicode/utf8"
)

// headerLines is how many lines a header may wrap to: a long header
// ("Cells dismantled: 3-year average") takes two or three lines rather than
// widen its column far past the numbers under it.
const headerLines = 3

// lineHeight is the height, in points, of one line of the default
// font (Calibri 11): Excel's default row height.
const lineHeight = 15

// headerWidth is the width, in characters, a header asks of its column:
// its longest word, and enough to wrap on at most headerLines lines, with
// one character to spare for the bold font.
func headerWidth(s string) int {
	w := (textWidth(s) + headerLines - 1) / headerLines
	for _, word := range strings.Fields(s) {
		w = max(w, utf8.RuneCountInString(word))
	}
	for w < maxWidth && wrappedLines(s, w) > headerLines {
		w++
	}
	return w + 1
}

// headerHeight is the height, in points, of a header row whose headers
// wrap in columns as wide as colWidth gives (in characters, 0-based, with
// the two of padding widths.width adds): enough for the header of most
// lines and, over a table, one more line at the bottom for the filter
// buttons, so that a button never hides the end of a header (headers sit
// at the top of their cells).
func headerHeight(labels []cell, colWidth func(col int) int, filter bool) float64 {
	lines := 1
	for c, l := range labels {
		if s, ok := l.value.(string); ok {
			lines = max(lines, wrappedLines(s, colWidth(c)-3))
		}
	}
	if filter {
		lines++
	}
	return float64(lines*lineHeight + 3)
}

// wrappedLines is how many lines s takes when its words are wrapped at
// width characters (a word longer than that on a line of its own).
func wrappedLines(s string, width int) int {
	lines := 0
	for line := range strings.SplitSeq(s, "\n") {
		lines++
		used := 0
		for _, word := range strings.Fields(line) {
			n := utf8.RuneCountInString(word)
			switch {
			case used == 0:
				used = n
			case used+1+n <= width:
				used += 1 + n
			default:
				lines++
				used = n
			}
		}
	}
	return lines
}
