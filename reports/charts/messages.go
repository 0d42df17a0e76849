package charts

import "fmt"

// msgID names one visible string of the charts. Each language maps every id
// to a text; ids ending in "Fmt" are fmt formats and keep their verbs.
type msgID int

const (
	msgCellsTitle msgID = iota
	msgCellsAxis
	msgCellsBars
	msgArrestsTitle
	msgArrestsAxis
	msgArrestsBars
	msgRateTitle
	msgRateAxis
	msgRateLine
	msgRateBand
	msgYearAxis
	msgToDateTickFmt   // tick label of a partial last year: year
	msgToDateLegendFmt // legend entry of a partial last year: year
	msgTrendFmt        // legend entry of the Theil–Sen line: signed slope
	msgSourceAsOfFmt   // caption: source text, as-of date
	msgAsOfFmt         // caption without a source text: as-of date
	msgNoData
	msgNoRate
	msgPercentFmt // y tick of the rate chart: integer percent
	msgThousandsSep
	msgDecimalSep
	msgMinus
	msgPlus
)

// messages holds the visible strings per language. Only English exists yet;
// "ar" and "fr" are to come from the translation catalogue.
var messages = map[string]map[msgID]string{
	"en": {
		msgCellsTitle:      "Cells dismantled per year",
		msgCellsAxis:       "Cells dismantled",
		msgCellsBars:       "Cells dismantled",
		msgArrestsTitle:    "Arrests per year",
		msgArrestsAxis:     "Arrests",
		msgArrestsBars:     "Arrests",
		msgRateTitle:       "Cross-border cooperation rate per year",
		msgRateAxis:        "Incidents with a partner",
		msgRateLine:        "Cooperation rate",
		msgRateBand:        "95% interval (Wilson)",
		msgYearAxis:        "Year",
		msgToDateTickFmt:   "%d\n(to date)",
		msgToDateLegendFmt: "%d to date (partial year)",
		msgTrendFmt:        "Theil–Sen trend, %s per year",
		msgSourceAsOfFmt:   "%s · as of %s",
		msgAsOfFmt:         "As of %s",
		msgNoData:          "No data",
		msgNoRate:          "No data: no incidents in these years",
		msgPercentFmt:      "%d%%",
		msgThousandsSep:    ",",
		msgDecimalSep:      ".",
		msgMinus:           "−",
		msgPlus:            "+",
	},
}

// catalogue is the message table of one language.
type catalogue map[msgID]string

// catalogueFor returns the messages of lang ("" means English), or an error
// naming the languages there are.
func catalogueFor(lang string) (catalogue, error) {
	if lang == "" {
		lang = "en"
	}
	m, ok := messages[lang]
	if !ok {
		return nil, fmt.Errorf("language %q: charts have no translation for it yet (have: en)", lang)
	}
	return catalogue(m), nil
}

// text returns the message id, or the English one when the catalogue lacks
// it.
func (c catalogue) text(id msgID) string {
	if s, ok := c[id]; ok {
		return s
	}
	return messages["en"][id]
}

// textf formats the message id with args.
func (c catalogue) textf(id msgID, args ...any) string {
	return fmt.Sprintf(c.text(id), args...)
}
