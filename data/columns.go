package data

import (
	"strings"
	"unicode"
)

// column identifies a column of docs/input.md.
type column int

const (
	cIncidentID column = iota
	cDate
	cDatePrecision
	cCountry
	cEventType
	cCells
	cArrests
	cArrestsByCountry
	cPartners
	cCooperation
	cGroup
	cAffiliation
	cAdmin1
	cCity
	cLatitude
	cLongitude
	cLeadAgency
	cLinked
	cSeized
	cSourceName
	cSourceURL
	cSourceDate
	cNotes
	numColumns
)

// columnNames maps every accepted header spelling, already normalised by
// headerKey, to its column: the docs/input.md name first, then its French and
// Arabic aliases.
var columnNames = map[string]column{}

// canonicalName is the docs/input.md name of each column.
var canonicalName [numColumns]string

func init() {
	for c, names := range [numColumns][]string{
		cIncidentID:       {"incident_id", "id_incident", "رقم_الحادثة"},
		cDate:             {"date", "التاريخ"},
		cDatePrecision:    {"date_precision", "precision_date", "دقة_التاريخ"},
		cCountry:          {"country", "pays", "البلد"},
		cEventType:        {"event_type", "type", "النوع", "type_evenement", "type_événement", "type_d_evenement", "type_d_événement", "نوع_الحادثة"},
		cCells:            {"cells_dismantled", "cellules_demantelees", "cellules_démantelées", "الخلايا_المفككة"},
		cArrests:          {"arrests", "arrestations", "الاعتقالات"},
		cArrestsByCountry: {"arrests_by_country", "arrestations_par_pays", "الاعتقالات_حسب_البلد"},
		cPartners:         {"partner_countries", "pays_partenaires", "الدول_الشريكة"},
		cCooperation:      {"cooperation_type", "type_cooperation", "type_coopération", "نوع_التعاون"},
		cGroup:            {"group", "groupe", "التنظيم"},
		cAffiliation:      {"affiliation", "الانتماء"},
		cAdmin1:           {"admin1", "region", "région", "الجهة"},
		cCity:             {"city", "ville", "المدينة"},
		cLatitude:         {"latitude", "lat", "خط_العرض"},
		cLongitude:        {"longitude", "lon", "lng", "خط_الطول"},
		cLeadAgency:       {"lead_agency", "agence", "الجهاز"},
		cLinked:           {"linked_incident_ids", "incidents_lies", "incidents_liés", "حوادث_مرتبطة"},
		cSeized:           {"seized", "saisies", "المحجوزات"},
		cSourceName:       {"source_name", "source", "المصدر"},
		cSourceURL:        {"source_url", "lien", "الرابط"},
		cSourceDate:       {"source_date", "date_source", "تاريخ_المصدر"},
		cNotes:            {"notes", "ملاحظات"},
	} {
		canonicalName[c] = names[0]
		for _, n := range names {
			columnNames[headerKey(n)] = column(c)
		}
	}
}

// headerKey normalises a header cell: trimmed, lower case, spaces and '-'
// as '_', Arabic letter variants folded (so "رقم الحادثة" and "رقم_الحادثه"
// match).
func headerKey(s string) string {
	s = foldArabic(strings.TrimSpace(s))
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\u00a0' {
			return '_'
		}
		return unicode.ToLower(r)
	}, s)
}
