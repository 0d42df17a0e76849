package data

import (
	"strings"
	"testing"
)

// Headers that mean a column without being spelt like it are named in
// their warning, and nothing else is: words that only look alike, or that
// add something the column does not hold, get no suggestion.
func TestMeantColumn(t *testing.T) {
	for header, want := range map[string]string{
		"num_arrests": "arrests", "people_arrested": "arrests", "arrested": "arrests", "nb_arrestations": "arrests",
		"Nombre d'arrestations": "arrests", "numArrests": "arrests", "detenidos": "arrests", "عدد_المعتقلين": "arrests",
		"عدد الموقوفين": "arrests", "personnes interpellées": "arrests",
		"cells": "cells_dismantled", "nombre_cellules": "cells_dismantled", "terror cells dismantled": "cells_dismantled", "الخلايا": "cells_dismantled",
		"partners": "partner_countries", "pays partenaires impliqués": "", "partner_nations": "partner_countries",
		"incident_date": "date", "event_date": "date", "EventDate": "date", "fecha": "date", "تاريخ_الحادثة": "date",
		"country_name": "country", "Country code": "country", "اسم_البلد": "country", "lead country": "country",
		"latitude_deg": "latitude", "lat (deg)": "latitude", "lng_dd": "longitude", "Longitud": "longitude",
		"arrests_per_country": "arrests_by_country", "arrestations par pays": "arrests_by_country",
		"incident_no": "", "event_id": "incident_id", "Report ID": "incident_id",
		"publication source date": "source_date", "source link": "source_url", "sources": "source_name",
		"perpetrator group": "group", "gname": "group", "summary": "notes", "Commentaires": "notes",
		"province": "admin1", "provstate": "admin1", "town": "city", "Ville": "", // ville is a column's own name
		"attack type": "event_type", "type of cooperation": "cooperation_type", "date precision": "", // known
		"related incidents": "linked_incident_ids", "items seized": "seized", "agency": "lead_agency",
		// Nothing: another thing, two columns at once, or no column's word.
		"source_lang": "", "date_of_arrest": "", "arrest_date": "", "nkill": "", "people_killed": "", "number": "",
		"nationality": "", "cellphones seized": "", "admin2": "", "admin_1": "admin1", "region_txt": "", "country_txt": "country",
		"geo_precision": "", "time_precision": "", "event_id_no_cnty": "", "fatalities": "", "year": "", "gname2": "", "attacktype1_txt": "", "provenance": "", "analyst": "", "": "", "n": "",
	} {
		if headerKey(header) != "" && columnNames[headerKey(header)] != 0 || headerKey(header) == "incident_id" {
			continue // a column's own name: not unknown
		}
		if got := meantColumn(header); got != want {
			t.Errorf("meantColumn(%q) = %q, want %q", header, got, want)
		}
	}
}

// The warning names the file, the column's number and header, and the
// column it may mean; the values stay in the unknown column.
func TestUnknownColumnMeaningWarning(t *testing.T) {
	path := writeFile(t, "desk.csv", "incident_id,date,country,num_arrests,عدد_المعتقلين,source_lang,arests\n"+
		"A,2024-01-02,MA,3,3,fr,3\n")
	ds := load(t, path)
	got := map[string]string{}
	for _, w := range ds.Warnings {
		if strings.HasPrefix(w.Code, "unknown_column") {
			got[w.ColumnName] = w.Error()
			if w.File != path || w.Line != 1 {
				t.Errorf("%s: at %s:%d", w.ColumnName, w.File, w.Line)
			}
		}
	}
	for header, want := range map[string]string{
		"num_arrests":   path + ":1:4: num_arrests: unknown column: kept with the incidents as num_arrests; did you mean arrests?",
		"عدد_المعتقلين": path + ":1:5: عدد_المعتقلين: unknown column: kept with the incidents as عدد_المعتقلين; did you mean arrests?",
		"source_lang":   path + ":1:6: source_lang: unknown column: kept with the incidents as source_lang",
		"arests":        path + ":1:7: arests: unknown column: kept with the incidents as arests; did you mean arrests?",
	} {
		if got[header] != want {
			t.Errorf("%s:\n got %q\nwant %q", header, got[header], want)
		}
	}
	if a := col(t, ds, ColArrests); a[0] != "NaN" {
		t.Errorf("arrests %q: an unknown column was read as arrests", a[0])
	}
	if v := col(t, ds, "num_arrests"); len(v) != 1 || v[0] != "3" {
		t.Errorf("num_arrests kept as %v", v)
	}
}
