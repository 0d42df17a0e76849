package charts

import "image/color"

// The Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which
// stays distinguishable under the common colour-vision deficiencies.
var (
	orange        = rgb(0xE6, 0x9F, 0x00)
	skyBlue       = rgb(0x56, 0xB4, 0xE9)
	bluishGreen   = rgb(0x00, 0x9E, 0x73)
	blue          = rgb(0x00, 0x72, 0xB2)
	vermillion    = rgb(0xD5, 0x5E, 0x00)
	reddishPurple = rgb(0xCC, 0x79, 0xA7)
	black         = rgb(0x00, 0x00, 0x00)
)

// Neutral colours for text, grid and frame; not data colours.
var (
	white     = rgb(0xFF, 0xFF, 0xFF)
	darkGrey  = rgb(0x33, 0x33, 0x33)
	midGrey   = rgb(0x59, 0x59, 0x59)
	lightGrey = rgb(0xDD, 0xDD, 0xDD)
)

// The data colours of each chart.
var (
	cellsColour   = blue
	trendColour   = vermillion
	arrestsColour = bluishGreen
	rateColour    = reddishPurple
)

// rgb is the opaque colour r, g, b.
func rgb(r, g, b uint8) color.RGBA { return color.RGBA{R: r, G: g, B: b, A: 0xFF} }

// tint mixes c with white, keeping the fraction keep of c: an opaque lighter
// shade, so that overlaps and output bytes do not depend on alpha blending.
func tint(c color.RGBA, keep float64) color.RGBA {
	mix := func(v uint8) uint8 {
		return uint8(255 - keep*(255-float64(v)) + 0.5)
	}
	return color.RGBA{R: mix(c.R), G: mix(c.G), B: mix(c.B), A: 0xFF}
}
