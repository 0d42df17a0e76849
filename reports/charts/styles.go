package charts

import (
	"image/color"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Page geometry: a 16:9 slide picture, printed at 300 dpi.
const (
	pageWidth  = 8 * vg.Inch
	pageHeight = 4.5 * vg.Inch
	pngDPI     = 300
	margin     = 0.2 * vg.Inch
)

// Font sizes, large enough to read when the picture fills a slide and
// still at 9 points or more when it is shrunk to half a page.
const (
	titleSize      = 17
	subtitleSize   = 11
	axisSize       = 13
	tickSize       = 12
	legendSize     = 12
	valueSize      = 11
	valueSmallSize = 9
	captionSize    = 10
	footnoteSize   = 10
	noteSize       = 16
)

// styles are the text styles of a chart in one language. In a
// right-to-left language the text is laid out right to left, and the
// title, legend and caption are set against the right edge.
type styles struct {
	rtl bool
	// start is the alignment of text that starts a line: the left edge,
	// or the right edge in a right-to-left language.
	start text.XAlignment

	title, subtitle, legend, value, valueSmall, caption, footnote, note text.Style
	axisLabel, xTick, yTick                                             text.Style
}

// stylesFor returns the styles of cat's language.
func stylesFor(cat catalogue) styles {
	h := TextHandler{RightToLeft: cat.rightToLeft()}
	style := func(f font.Font, size vg.Length, c color.Color, xa text.XAlignment, ya text.YAlignment) text.Style {
		f.Size = size
		return text.Style{Color: c, Font: f, XAlign: xa, YAlign: ya, Handler: h}
	}
	start := draw.XLeft
	if cat.rightToLeft() {
		start = draw.XRight
	}
	return styles{
		rtl:        cat.rightToLeft(),
		start:      start,
		title:      style(sansBold, titleSize, black, start, draw.YTop),
		subtitle:   style(sansRegular, subtitleSize, darkGrey, start, draw.YTop),
		legend:     style(sansRegular, legendSize, darkGrey, start, draw.YCenter),
		value:      style(sansRegular, valueSize, darkGrey, draw.XCenter, draw.YBottom),
		valueSmall: style(sansRegular, valueSmallSize, darkGrey, draw.XCenter, draw.YBottom),
		caption:    style(sansRegular, captionSize, midGrey, start, draw.YTop),
		footnote:   style(sansRegular, footnoteSize, midGrey, start, draw.YTop),
		note:       style(sansRegular, noteSize, midGrey, draw.XCenter, draw.YCenter),
		axisLabel:  style(sansRegular, axisSize, black, draw.XCenter, draw.YBottom),
		xTick:      style(sansRegular, tickSize, darkGrey, draw.XCenter, draw.YTop),
		yTick:      style(sansRegular, tickSize, darkGrey, draw.XRight, draw.YCenter),
	}
}

// Line widths.
var (
	axisWidth  = vg.Points(1)
	gridWidth  = vg.Points(0.75)
	dataWidth  = vg.Points(2.5)
	pointSize  = vg.Points(4.5)
	barOutline = vg.Points(1.25)
	dashes     = []vg.Length{vg.Points(4), vg.Points(3)}
)
