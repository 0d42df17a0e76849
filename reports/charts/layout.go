package charts

import (
	"strings"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Vertical gaps between the parts of a page.
var (
	gapAfterTitle   = vg.Points(6)
	gapAfterLegend  = vg.Points(8)
	gapBeforeFooter = vg.Points(8)
)

// draw lays the figure out on c, top to bottom: title, legend row(s), plot,
// caption. The plot gets whatever height the others leave, so the caption
// never overlaps the tick labels.
func (fg figure) draw(c draw.Canvas) {
	c.SetColor(white)
	c.Fill(c.Rectangle.Path())

	page := draw.Crop(c, margin, -margin, margin, -margin)
	width := page.Max.X - page.Min.X
	top := page.Max.Y

	if fg.title != "" {
		title := wrap(fg.title, titleStyle, width)
		page.FillText(titleStyle, vg.Point{X: page.Min.X, Y: top}, title)
		top -= titleStyle.Height(title) + gapAfterTitle
	}
	if len(fg.legend) > 0 {
		top = drawLegend(page, top, fg.legend) - gapAfterLegend
	}

	bottom := page.Min.Y
	if fg.caption != "" {
		caption := wrap(fg.caption, captionStyle, width)
		h := captionStyle.Height(caption)
		page.FillText(captionStyle, vg.Point{X: page.Min.X, Y: bottom + h}, caption)
		bottom += h + gapBeforeFooter
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
	}
	if fg.note != "" {
		data.FillText(noteStyle, data.Center(), wrap(fg.note, noteStyle, data.Max.X-data.Min.X))
	}
}

// wrap breaks s into lines no wider than width at spaces, keeping the line
// breaks it has. A single word wider than width gets a line of its own.
func wrap(s string, sty text.Style, width vg.Length) string {
	var out []string
	for para := range strings.SplitSeq(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = word
			case sty.Width(line+" "+word) <= width:
				line += " " + word
			default:
				out = append(out, line)
				line = word
			}
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
