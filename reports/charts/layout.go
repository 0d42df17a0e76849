package charts

import (
	"strings"
	"unicode/utf8"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Vertical gaps between the parts of a page.
var (
	gapAfterTitle     = vg.Points(6)
	gapAfterLegend    = vg.Points(8)
	gapBeforeFooter   = vg.Points(8)
	gapBetweenFooters = vg.Points(3)
)

// draw lays the figure out on c, a white page, top to bottom: title,
// legend row(s), plot, footnote, caption. The plot gets whatever height
// the others leave, so the footer never overlaps the tick labels. Title,
// legend and footer start from the left edge, or from the right edge in a
// right-to-left language.
func (fg figure) draw(c draw.Canvas) {
	fg.log.reset()

	page := draw.Crop(c, margin, -margin, margin, -margin)
	width := page.Max.X - page.Min.X
	startX := page.Min.X
	if fg.st.rtl {
		startX = page.Max.X
	}
	top := page.Max.Y

	if fg.title != "" {
		sty, title := fitTitle(fg.title, fg.st.title, width)
		fillText(page, sty, vg.Point{X: startX, Y: top}, title)
		fg.log.add("title", title, textBoxAt(sty, title, vg.Point{X: startX, Y: top}))
		top -= sty.Height(title) + gapAfterTitle
	}
	if fg.subtitle != "" {
		sub := wrap(fg.subtitle, fg.st.subtitle, width)
		fillText(page, fg.st.subtitle, vg.Point{X: startX, Y: top}, sub)
		fg.log.add("subtitle", sub, textBoxAt(fg.st.subtitle, sub, vg.Point{X: startX, Y: top}))
		top -= fg.st.subtitle.Height(sub) + gapAfterTitle
	}
	if len(fg.legend) > 0 {
		top = drawLegend(page, top, fg.legend, fg.st, fg.log) - gapAfterLegend
	}

	// The caption at the bottom, the footnote just over it.
	bottom := page.Min.Y
	footer := false
	for _, foot := range []struct {
		text string
		sty  text.Style
		kind string
	}{{fg.caption, fg.st.caption, "caption"}, {fg.footnote, fg.st.footnote, "footnote"}} {
		if foot.text == "" {
			continue
		}
		if footer {
			bottom += gapBetweenFooters
		}
		s := foot.text
		if foot.kind == "caption" {
			s = fitCaption(s, foot.sty, width)
		}
		s = wrap(s, foot.sty, width)
		h := foot.sty.Height(s)
		fillText(page, foot.sty, vg.Point{X: startX, Y: bottom + h}, s)
		fg.log.add(foot.kind, s, textBoxAt(foot.sty, s, vg.Point{X: startX, Y: bottom + h}))
		bottom += h
		footer = true
	}
	if footer {
		bottom += gapBeforeFooter
	}

	area := page
	area.Min.Y = bottom
	area.Max.Y = top
	if area.Max.Y <= area.Min.Y {
		return // no room left for a plot; cannot happen on our page size
	}
	data := area
	if fg.plot != nil {
		fg.plot.Draw(area)
		data = fg.plot.DataCanvas(area)
		fg.log.add("frame", "", data.Rectangle)
	}
	if fg.note != "" {
		fillText(data, fg.st.note, data.Center(), wrap(fg.note, fg.st.note, data.Max.X-data.Min.X))
	}
}

// fillText draws s with sty so that the ink of its lines, from the top of
// the first line's ascent to the bottom of the last line's descent, is
// aligned on pt as sty says (YTop: the ascent touches pt). gonum/plot's
// handlers place text a line gap and a descent lower than that, which is
// why gonum/plot's own axes add the descent to where they draw.
func fillText(c draw.Canvas, sty text.Style, pt vg.Point, s string) {
	e := sty.FontExtents()
	pt.Y += e.Height - e.Ascent
	c.FillText(sty, pt, s)
}

// textBox is the rectangle fillText covers when it draws s at the origin.
func textBox(sty text.Style, s string) vg.Rectangle {
	e := sty.FontExtents()
	return sty.Rectangle(s).Add(vg.Point{Y: e.Height - e.Ascent})
}

// textBoxAt is the rectangle fillText covers when it draws s at pt.
func textBoxAt(sty text.Style, s string, pt vg.Point) vg.Rectangle {
	return textBox(sty, s).Add(pt)
}

// wrap breaks s into lines no wider than width at spaces, keeping the line
// breaks it has. A single word wider than width gets a line of its own,
// and a one-letter word ("à", "و") goes to the next line with the word it
// belongs to rather than ending a line. Only the ASCII space breaks: a
// no-break space (as in "50 %") or a narrow no-break space (as in
// "1 234") keeps its neighbours together.
func wrap(s string, sty text.Style, width vg.Length) string {
	var out []string
	for para := range strings.SplitSeq(s, "\n") {
		var lines []string
		line := ""
		for _, word := range wrapUnits(para) {
			switch {
			case line == "":
				line = word
			case sty.Width(line+" "+word) <= width:
				line += " " + word
			default:
				lines = append(lines, line)
				line = word
			}
		}
		lines = append(lines, line)
		out = append(out, noOrphan(lines, sty, width)...)
	}
	return strings.Join(out, "\n")
}

// noOrphan keeps a paragraph's last line from being a single word ("2026"
// alone under a line of text): the word before it comes down to join it
// when the line before has a word to spare and the two fit in width.
func noOrphan(lines []string, sty text.Style, width vg.Length) []string {
	n := len(lines)
	if n < 2 || strings.Contains(lines[n-1], " ") {
		return lines
	}
	prev := lines[n-2]
	i := strings.LastIndex(prev, " ")
	if i < 0 {
		return lines
	}
	moved := prev[i+1:] + " " + lines[n-1]
	if sty.Width(moved) > width {
		return lines
	}
	lines[n-2], lines[n-1] = prev[:i], moved
	return lines
}

// captionSep is what joins the source and the as-of date in a caption.
const captionSep = " · "

// fitCaption returns the caption on one line when it fits in width, or
// with the as-of date on a line of its own, never broken inside.
func fitCaption(s string, sty text.Style, width vg.Length) string {
	if sty.Width(s) <= width {
		return s
	}
	i := strings.LastIndex(s, captionSep)
	if i < 0 {
		return s
	}
	return s[:i] + "\n" + strings.ReplaceAll(s[i+len(captionSep):], " ", "\u00a0")
}

// wrapUnits splits a paragraph at spaces into the units wrap keeps whole:
// words, with a one-letter word joined to the word after it.
func wrapUnits(para string) []string {
	var units []string
	glue := false // the last unit is a one-letter word waiting for the next
	for word := range strings.SplitSeq(para, " ") {
		switch {
		case word == "":
			continue
		case glue:
			units[len(units)-1] += " " + word
		default:
			units = append(units, word)
		}
		glue = utf8.RuneCountInString(word) == 1
	}
	return units
}

// minTitleSize is the smallest size a long title is shrunk to before it is
// wrapped over several lines.
const minTitleSize = 14

// fitTitle returns the title style at the largest size from sty's down to
// minTitleSize at which title fits on one line in width, or sty with the
// title wrapped.
func fitTitle(title string, sty text.Style, width vg.Length) (text.Style, string) {
	for size := sty.Font.Size; size >= minTitleSize; size-- {
		small := sty
		small.Font.Size = size
		if small.Width(title) <= width {
			return small, title
		}
	}
	return sty, wrap(title, sty, width)
}
