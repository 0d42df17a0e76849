package charts

import (
	"image/color"

	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
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

// Font sizes, large enough to read when the picture fills a slide.
const (
	titleSize   = 18
	axisSize    = 13
	tickSize    = 12
	legendSize  = 12
	valueSize   = 11
	captionSize = 10
	noteSize    = 16
)

// Liberation Sans has the metrics of Arial, so an SVG viewer that lacks it
// lays the text out the same way with its fallback font.
var (
	sansRegular = font.Font{Typeface: "Liberation", Variant: "Sans"}
	sansBold    = font.Font{Typeface: "Liberation", Variant: "Sans", Weight: stdfont.WeightBold}
)

// textStyle is a text style in the chart font.
func textStyle(f font.Font, size vg.Length, c color.Color, xa text.XAlignment, ya text.YAlignment) text.Style {
	f.Size = size
	return text.Style{
		Color:   c,
		Font:    f,
		XAlign:  xa,
		YAlign:  ya,
		Handler: plot.DefaultTextHandler,
	}
}

var (
	titleStyle   = textStyle(sansBold, titleSize, black, draw.XLeft, draw.YTop)
	legendStyle  = textStyle(sansRegular, legendSize, darkGrey, draw.XLeft, draw.YCenter)
	valueStyle   = textStyle(sansRegular, valueSize, darkGrey, draw.XCenter, draw.YBottom)
	captionStyle = textStyle(sansRegular, captionSize, midGrey, draw.XLeft, draw.YTop)
	noteStyle    = textStyle(sansRegular, noteSize, midGrey, draw.XCenter, draw.YCenter)
)

// Line widths.
var (
	axisWidth  = vg.Points(1)
	gridWidth  = vg.Points(0.75)
	dataWidth  = vg.Points(2.5)
	pointSize  = vg.Points(4.5)
	barOutline = vg.Points(1.25)
	dashes     = []vg.Length{vg.Points(4), vg.Points(3)}
)
