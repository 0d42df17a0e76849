package reports

import "github.com/ctreport/ctreport/data"

// wbMsg identifies one visible string of the workbook: a sheet name, a
// header, a label or a sentence. Every string a reader sees comes from a
// catalogue keyed by wbMsg, so that a translation can replace the English one
// without touching the code that lays out the sheets.
type wbMsg string

// Messages of the workbook. Texts holding a fmt verb are formats.
const (
	wbMsgSheetSummary   wbMsg = "sheet.summary"
	wbMsgSheetYearly    wbMsg = "sheet.yearly"
	wbMsgSheetIncidents wbMsg = "sheet.incidents"
	wbMsgSheetPart      wbMsg = "sheet.part" // format: sheet name, part number
	wbMsgSheetQuality   wbMsg = "sheet.quality"
	wbMsgSheetAbout     wbMsg = "sheet.about"

	wbMsgDocTitle   wbMsg = "doc.title"   // format: period label
	wbMsgDocSubject wbMsg = "doc.subject" // format: period label, start, end, as-of date

	wbMsgNone    wbMsg = "none"
	wbMsgNA      wbMsg = "n/a"
	wbMsgToDate  wbMsg = "to_date"
	wbMsgTotal   wbMsg = "total"
	wbMsgMoreNot wbMsg = "more_not_listed" // format: count

	wbMsgSummaryTitle      wbMsg = "summary.title"
	wbMsgPeriodHeader      wbMsg = "summary.period"
	wbMsgLabel             wbMsg = "summary.label"
	wbMsgStart             wbMsg = "summary.start"
	wbMsgEnd               wbMsg = "summary.end"
	wbMsgReportingPeriod   wbMsg = "summary.reporting_period"
	wbMsgPreviousPeriod    wbMsg = "summary.previous_period"
	wbMsgYearEarlier       wbMsg = "summary.year_earlier"
	wbMsgAsOf              wbMsg = "summary.as_of"
	wbMsgKeyFigures        wbMsg = "summary.key_figures"
	wbMsgMeasure           wbMsg = "summary.measure"
	wbMsgCurrentPeriod     wbMsg = "summary.current_period"
	wbMsgChange            wbMsg = "summary.change"
	wbMsgPercentChange     wbMsg = "summary.percent_change"
	wbMsgUnplaced          wbMsg = "summary.unplaced"
	wbMsgWarnings          wbMsg = "summary.warnings"
	wbMsgIncidentsSplit    wbMsg = "summary.incidents_split" // format: rows, sheets, sheet names
	wbMsgIncidentsNone     wbMsg = "incidents.none"
	wbMsgYear              wbMsg = "yearly.year"
	wbMsgToDateHeader      wbMsg = "yearly.to_date"
	wbMsgCooperationLow    wbMsg = "yearly.cooperation_rate_low"
	wbMsgCooperationHigh   wbMsg = "yearly.cooperation_rate_high"
	wbMsgCooperationBounds wbMsg = "about.cooperation_rate_bounds"
	wbMsgQualityFiles      wbMsg = "quality.files"
	wbMsgQualityRejected   wbMsg = "quality.rejected"
	wbMsgQualityNotes      wbMsg = "quality.notes"
	wbMsgQualityWarnings   wbMsg = "quality.warnings"
	wbMsgQualityDuplicates wbMsg = "quality.duplicates"
	wbMsgFile              wbMsg = "quality.file"
	wbMsgRowsRead          wbMsg = "quality.rows_read"
	wbMsgAccepted          wbMsg = "quality.accepted"
	wbMsgCopiesDropped     wbMsg = "quality.copies_dropped"
	wbMsgRejected          wbMsg = "quality.rejected_rows"
	wbMsgSHA256            wbMsg = "quality.sha256"
	wbMsgSize              wbMsg = "quality.size"
	wbMsgLine              wbMsg = "quality.line"
	wbMsgColumn            wbMsg = "quality.column"
	wbMsgColumnName        wbMsg = "quality.column_name"
	wbMsgReason            wbMsg = "quality.reason"
	wbMsgRawRow            wbMsg = "quality.raw_row"
	wbMsgMoreRejected      wbMsg = "quality.more_rejected" // format: count
	wbMsgIncidentID        wbMsg = "quality.incident_id"
	wbMsgField             wbMsg = "quality.field"
	wbMsgSourcesSaid       wbMsg = "quality.sources_said"
	wbMsgValueUsed         wbMsg = "quality.value_used"
	wbMsgIncidentA         wbMsg = "quality.incident_a"
	wbMsgIncidentB         wbMsg = "quality.incident_b"
	wbMsgDateA             wbMsg = "quality.date_a"
	wbMsgDateB             wbMsg = "quality.date_b"
	wbMsgCountry           wbMsg = "quality.country"
	wbMsgArrests           wbMsg = "quality.arrests"
	wbMsgDuplicatesMore    wbMsg = "quality.duplicates_more" // format: pairs in all, pairs listed

	wbMsgAboutTitle  wbMsg = "about.title"
	wbMsgItem        wbMsg = "about.item"
	wbMsgValue       wbMsg = "about.value"
	wbMsgVersion     wbMsg = "about.version"
	wbMsgPeriodAsked wbMsg = "about.period_asked"
	wbMsgPeriodLabel wbMsg = "about.period_label"
	wbMsgPeriodStart wbMsg = "about.period_start"
	wbMsgPeriodEnd   wbMsg = "about.period_end"
	wbMsgLanguage    wbMsg = "about.language"
	wbMsgRule        wbMsg = "about.rule"
	wbMsgMaxRejected wbMsg = "about.max_rejected"
	wbMsgPriority    wbMsg = "about.source_priority"
	wbMsgInputOrder  wbMsg = "about.input_order"
	wbMsgInputNamed  wbMsg = "about.input_named"
	wbMsgEmbedded    wbMsg = "about.embedded_sample"
	wbMsgInputFiles  wbMsg = "about.input_files"
	wbMsgDefinitions wbMsg = "about.definitions"
	wbMsgDefinition  wbMsg = "about.definition"
	wbMsgDefUnplaced wbMsg = "about.def_unplaced"
	wbMsgDefToDate   wbMsg = "about.def_to_date"
	wbMsgDefChange   wbMsg = "about.def_percent_change"
)

// Measure names and their one-sentence definitions (report.md, Measures).
const (
	wbMsgIncidents            wbMsg = "measure.incidents"
	wbMsgOperations           wbMsg = "measure.operations"
	wbMsgCellsDismantled      wbMsg = "measure.cells_dismantled"
	wbMsgArrestsMeasure       wbMsg = "measure.arrests"
	wbMsgFoiledPlots          wbMsg = "measure.foiled_plots"
	wbMsgFailedAttacks        wbMsg = "measure.failed_attacks"
	wbMsgCompletedAttacks     wbMsg = "measure.completed_attacks"
	wbMsgCrossBorder          wbMsg = "measure.cross_border_incidents"
	wbMsgCooperationRate      wbMsg = "measure.cooperation_rate"
	wbMsgArrestsPerCell       wbMsg = "measure.arrests_per_cell"
	wbMsgDefIncidents         wbMsg = "definition.incidents"
	wbMsgDefOperations        wbMsg = "definition.operations"
	wbMsgDefCellsDismantled   wbMsg = "definition.cells_dismantled"
	wbMsgDefArrests           wbMsg = "definition.arrests"
	wbMsgDefFoiledPlots       wbMsg = "definition.foiled_plots"
	wbMsgDefFailedAttacks     wbMsg = "definition.failed_attacks"
	wbMsgDefCompletedAttacks  wbMsg = "definition.completed_attacks"
	wbMsgDefCrossBorder       wbMsg = "definition.cross_border_incidents"
	wbMsgDefCooperationRate   wbMsg = "definition.cooperation_rate"
	wbMsgDefArrestsPerCell    wbMsg = "definition.arrests_per_cell"
	wbMsgDefCooperationBounds wbMsg = "definition.cooperation_rate_bounds"
)

// wbEnglish is the English catalogue, and the fallback of every
// other one.
var wbEnglish = map[wbMsg]string{
	wbMsgSheetSummary:   "Summary",
	wbMsgSheetYearly:    "Yearly",
	wbMsgSheetIncidents: "Incidents",
	wbMsgSheetPart:      "%s (%d)",
	wbMsgSheetQuality:   "Quality",
	wbMsgSheetAbout:     "About",

	wbMsgDocTitle:   "Counter-terrorism incidents report %s",
	wbMsgDocSubject: "Counter-terrorism incidents, period %s (%s to %s), as of %s",

	wbMsgNone:    "none",
	wbMsgNA:      "n/a",
	wbMsgToDate:  "to date",
	wbMsgTotal:   "Total",
	wbMsgMoreNot: "%d more not listed here.",

	wbMsgSummaryTitle:      "Counter-terrorism incidents report",
	wbMsgPeriodHeader:      "Period",
	wbMsgLabel:             "Label",
	wbMsgStart:             "Start",
	wbMsgEnd:               "End",
	wbMsgReportingPeriod:   "Reporting period",
	wbMsgPreviousPeriod:    "Previous period",
	wbMsgYearEarlier:       "Same period a year earlier",
	wbMsgAsOf:              "As-of date",
	wbMsgKeyFigures:        "Key figures",
	wbMsgMeasure:           "Measure",
	wbMsgCurrentPeriod:     "Current period",
	wbMsgChange:            "Change",
	wbMsgPercentChange:     "% change",
	wbMsgUnplaced:          "Incidents not placeable in the period",
	wbMsgWarnings:          "Warnings",
	wbMsgIncidentsSplit:    "The %d incidents of the period pass Excel's row limit and are split over %d sheets: %s.",
	wbMsgIncidentsNone:     "No incident lies in the period.",
	wbMsgYear:              "Year",
	wbMsgToDateHeader:      "To date",
	wbMsgCooperationLow:    "Cooperation rate, low (95 %)",
	wbMsgCooperationHigh:   "Cooperation rate, high (95 %)",
	wbMsgCooperationBounds: "Cooperation rate, low and high (95 %)",

	wbMsgQualityFiles:      "Row accounting per file",
	wbMsgQualityRejected:   "Rejected rows",
	wbMsgQualityNotes:      "Reconciliation notes",
	wbMsgQualityWarnings:   "Row warnings",
	wbMsgQualityDuplicates: "Probable duplicates",
	wbMsgFile:              "File",
	wbMsgRowsRead:          "Rows read",
	wbMsgAccepted:          "Accepted",
	wbMsgCopiesDropped:     "Copies dropped",
	wbMsgRejected:          "Rejected",
	wbMsgSHA256:            "SHA-256",
	wbMsgSize:              "Size (bytes)",
	wbMsgLine:              "Line",
	wbMsgColumn:            "Column",
	wbMsgColumnName:        "Column name",
	wbMsgReason:            "Reason",
	wbMsgRawRow:            "Raw row",
	wbMsgMoreRejected:      "%d more rejected rows not listed here; rejected.csv lists them all.",
	wbMsgIncidentID:        "Incident ID",
	wbMsgField:             "Field",
	wbMsgSourcesSaid:       "What the sources said",
	wbMsgValueUsed:         "Value used",
	wbMsgIncidentA:         "Incident A",
	wbMsgIncidentB:         "Incident B",
	wbMsgDateA:             "Date A",
	wbMsgDateB:             "Date B",
	wbMsgCountry:           "Country",
	wbMsgArrests:           "Arrests",
	wbMsgDuplicatesMore:    "%d probable duplicate pairs in all; the first %d are listed.",

	wbMsgAboutTitle:  "About this report",
	wbMsgItem:        "Item",
	wbMsgValue:       "Value",
	wbMsgVersion:     "Tool version",
	wbMsgPeriodAsked: "Period asked",
	wbMsgPeriodLabel: "Period",
	wbMsgPeriodStart: "Period start",
	wbMsgPeriodEnd:   "Period end",
	wbMsgLanguage:    "Language",
	wbMsgRule:        "Reconciliation rule",
	wbMsgMaxRejected: "Maximum share of rejected rows",
	wbMsgPriority:    "Source priority",
	wbMsgInputOrder:  "input order",
	wbMsgInputNamed:  "Input as named",
	wbMsgEmbedded:    "the embedded sample",
	wbMsgInputFiles:  "Input files",
	wbMsgDefinitions: "Definitions",
	wbMsgDefinition:  "Definition",
	wbMsgDefUnplaced: "Incidents whose date is coarser than the period (a month or a year the period holds only in part); they are counted here, not placed in the period.",
	wbMsgDefToDate:   "A last year that the period covers only in part; it is shown but left out of the trend statistics.",
	wbMsgDefChange:   "(current − earlier) ÷ earlier; n/a where the earlier value is 0.",

	wbMsgIncidents:        "Incidents",
	wbMsgOperations:       "Operations",
	wbMsgCellsDismantled:  "Cells dismantled",
	wbMsgArrestsMeasure:   "Arrests",
	wbMsgFoiledPlots:      "Foiled plots",
	wbMsgFailedAttacks:    "Failed attacks",
	wbMsgCompletedAttacks: "Completed attacks",
	wbMsgCrossBorder:      "Cross-border incidents",
	wbMsgCooperationRate:  "Cooperation rate",
	wbMsgArrestsPerCell:   "Arrests per cell",

	wbMsgDefIncidents:         "Distinct reconciled incidents: the reports that share an incident_id count once.",
	wbMsgDefOperations:        "Incidents with event_type = operation.",
	wbMsgDefCellsDismantled:   "The sum of cells_dismantled over the incidents.",
	wbMsgDefArrests:           "The sum of arrests over the incidents.",
	wbMsgDefFoiledPlots:       "Incidents with event_type = foiled_plot.",
	wbMsgDefFailedAttacks:     "Incidents with event_type = failed_attack.",
	wbMsgDefCompletedAttacks:  "Incidents with event_type = completed_attack.",
	wbMsgDefCrossBorder:       "Incidents with at least one partner country.",
	wbMsgDefCooperationRate:   "Cross-border incidents ÷ incidents.",
	wbMsgDefCooperationBounds: "The Wilson 95 % score interval of the cooperation rate.",
	wbMsgDefArrestsPerCell:    "Arrests ÷ cells dismantled, over the incidents with at least one cell dismantled.",

	// Column headers of the Incidents sheet: the names of input.md, which
	// are the words the people who keep the data use. Unknown input
	// columns keep their own name.
	"col." + data.ColIncidentID:       data.ColIncidentID,
	"col." + data.ColDate:             data.ColDate,
	"col." + data.ColDatePrecision:    data.ColDatePrecision,
	"col." + data.ColCountry:          data.ColCountry,
	"col." + data.ColEventType:        data.ColEventType,
	"col." + data.ColCellsDismantled:  data.ColCellsDismantled,
	"col." + data.ColArrests:          data.ColArrests,
	"col." + data.ColArrestsByCountry: data.ColArrestsByCountry,
	"col." + data.ColPartnerCountries: data.ColPartnerCountries,
	"col." + data.ColCooperationType:  data.ColCooperationType,
	"col." + data.ColGroup:            data.ColGroup,
	"col." + data.ColAffiliation:      data.ColAffiliation,
	"col." + data.ColAdmin1:           data.ColAdmin1,
	"col." + data.ColCity:             data.ColCity,
	"col." + data.ColLatitude:         data.ColLatitude,
	"col." + data.ColLongitude:        data.ColLongitude,
	"col." + data.ColLeadAgency:       data.ColLeadAgency,
	"col." + data.ColLinkedIncidents:  data.ColLinkedIncidents,
	"col." + data.ColSeized:           data.ColSeized,
	"col." + data.ColSourceName:       data.ColSourceName,
	"col." + data.ColSourceURL:        data.ColSourceURL,
	"col." + data.ColSourceDate:       data.ColSourceDate,
	"col." + data.ColNotes:            data.ColNotes,
	"col." + data.ColSources:          data.ColSources,
}

// wbCatalogue is one language's catalogue.
type wbCatalogue map[wbMsg]string

// wbCatalogues holds the catalogue of each language. Only English exists
// yet; a translation is added here, and any message it lacks falls back to
// English.
var wbCatalogues = map[string]wbCatalogue{"en": wbEnglish}

// wbCatalogueFor returns the catalogue of lang, English when there is none.
func wbCatalogueFor(lang string) wbCatalogue {
	if c, ok := wbCatalogues[lang]; ok {
		return c
	}
	return wbEnglish
}

// text returns the text of id, falling back to English and, failing that,
// to the id itself (a missing message shows, rather than an empty cell).
func (m wbCatalogue) text(id wbMsg) string {
	if s, ok := m[id]; ok {
		return s
	}
	if s, ok := wbEnglish[id]; ok {
		return s
	}
	return string(id)
}

// column returns the header of an Incidents column: its catalogue entry,
// or for an unknown input column its own name.
func (m wbCatalogue) column(name string) string {
	id := wbMsg("col." + name)
	if s, ok := m[id]; ok {
		return s
	}
	if s, ok := wbEnglish[id]; ok {
		return s
	}
	return name
}
