package charts

import (
	"fmt"
	"hash/fnv"
	"image/color"
)

// The colours that mean one thing: every partner country of this table and
// every affiliation has the same colour in every chart, report and
// language, whatever its rank, and so in the workbook's native charts
// (PartnerColour, AffiliationColour). The first seven are Okabe–Ito
// (colour-vision-safe); the rest come from Paul Tol's muted scheme. The
// table is documented in docs/figures.md (Colours).
var partnerColourTable = []struct {
	code   string
	colour color.RGBA
}{
	{"ES", blue},                  // Spain
	{"FR", orange},                // France
	{"US", bluishGreen},           // United States
	{"BE", reddishPurple},         // Belgium
	{"DE", skyBlue},               // Germany
	{"GB", vermillion},            // United Kingdom
	{"NL", rgb(0x88, 0x22, 0x55)}, // Netherlands: wine
	{"IT", rgb(0x11, 0x77, 0x33)}, // Italy: green
	{"PT", rgb(0x99, 0x99, 0x33)}, // Portugal: olive
	{"MA", rgb(0x33, 0x22, 0x88)}, // Morocco (as a partner of another lead country): indigo
}

// reserveColours go to a partner country outside the table, and to an
// affiliation outside docs/input.md's list: chosen by a hash of its code,
// so that it too keeps its colour from report to report unless two such
// keys in one chart fall on the same colour (the later one, by rank, then
// takes the next free one). None of them is in the table above.
var reserveColours = []color.RGBA{
	rgb(0x88, 0xCC, 0xEE), // cyan
	rgb(0x44, 0xAA, 0x99), // teal
	rgb(0xDD, 0xCC, 0x77), // sand
	rgb(0xCC, 0x66, 0x77), // rose
	rgb(0xAA, 0x44, 0x99), // purple
}

// otherColour is the grey of "other countries" and of an unknown
// affiliation.
var otherColour = rgb(0xA0, 0xA0, 0xA0)

// affiliationColours gives each affiliation of docs/input.md its colour.
var affiliationColours = map[string]color.RGBA{
	"jihadist":   blue,
	"separatist": orange,
	"left_wing":  reddishPurple,
	"right_wing": bluishGreen,
	"other":      skyBlue,
	"unknown":    otherColour,
}

// fixedPartnerColour returns the table colour of a partner country.
func fixedPartnerColour(code string) (color.RGBA, bool) {
	for _, e := range partnerColourTable {
		if e.code == code {
			return e.colour, true
		}
	}
	return color.RGBA{}, false
}

// reserveIndex is the reserve colour a key outside the tables starts from.
func reserveIndex(key string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(key))
	return int(h.Sum32() % uint32(len(reserveColours)))
}

// colourPicker hands out the colours of one chart's keys: the fixed colour
// when the key has one, else its reserve colour, or the next one not yet
// used in the chart; grey when every reserve colour is taken.
type colourPicker struct {
	fixed func(string) (color.RGBA, bool)
	used  map[color.RGBA]bool
}

func (p *colourPicker) pick(key string) color.RGBA {
	if p.used == nil {
		p.used = map[color.RGBA]bool{}
	}
	if c, ok := p.fixed(key); ok {
		return c
	}
	start := reserveIndex(key)
	for i := range reserveColours {
		c := reserveColours[(start+i)%len(reserveColours)]
		if !p.used[c] {
			p.used[c] = true
			return c
		}
	}
	return otherColour
}

// hex writes c as Excel writes a colour, "RRGGBB".
func hex(c color.RGBA) string { return fmt.Sprintf("%02X%02X%02X", c.R, c.G, c.B) }

// PartnerColour is the colour, as "RRGGBB", of the partner country with ISO
// code code in every chart: its table colour, or else its reserve colour
// (see reserveColours).
func PartnerColour(code string) string {
	p := colourPicker{fixed: fixedPartnerColour}
	return hex(p.pick(code))
}

// OtherColour is the colour, as "RRGGBB", of "other countries".
func OtherColour() string { return hex(otherColour) }

// AffiliationColour is the colour, as "RRGGBB", of an affiliation key of
// docs/input.md ("" is unknown), or of another key its reserve colour.
func AffiliationColour(key string) string {
	if key == "" {
		key = "unknown"
	}
	p := colourPicker{fixed: fixedAffiliationColour}
	return hex(p.pick(key))
}

func fixedAffiliationColour(key string) (color.RGBA, bool) {
	c, ok := affiliationColours[key]
	return c, ok
}

// Colours of the one-series charts, as "RRGGBB", for the workbook's native
// charts.
var (
	CellsColour   = hex(cellsColour)
	ArrestsColour = hex(arrestsColour)
	RateColour    = hex(rateColour)
	TrendColour   = hex(trendColour)
)
