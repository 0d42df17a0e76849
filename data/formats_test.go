package data

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// gtdHeader is the header of GTD's export (globalterrorismdb_0718dist.csv),
// its 135 columns as published in the GTD codebook.
const gtdHeader = "eventid,iyear,imonth,iday,approxdate,extended,resolution,country,country_txt,region,region_txt,provstate,city,latitude,longitude,specificity,vicinity,location,summary,crit1,crit2,crit3,doubtterr,alternative,alternative_txt,multiple,success,suicide,attacktype1,attacktype1_txt,attacktype2,attacktype2_txt,attacktype3,attacktype3_txt,targtype1,targtype1_txt,targsubtype1,targsubtype1_txt,corp1,target1,natlty1,natlty1_txt,targtype2,targtype2_txt,targsubtype2,targsubtype2_txt,corp2,target2,natlty2,natlty2_txt,targtype3,targtype3_txt,targsubtype3,targsubtype3_txt,corp3,target3,natlty3,natlty3_txt,gname,gsubname,gname2,gsubname2,gname3,gsubname3,motive,guncertain1,guncertain2,guncertain3,individual,nperps,nperpcap,claimed,claimmode,claimmode_txt,claim2,claimmode2,claimmode2_txt,claim3,claimmode3,claimmode3_txt,compclaim,weaptype1,weaptype1_txt,weapsubtype1,weapsubtype1_txt,weaptype2,weaptype2_txt,weapsubtype2,weapsubtype2_txt,weaptype3,weaptype3_txt,weapsubtype3,weapsubtype3_txt,weaptype4,weaptype4_txt,weapsubtype4,weapsubtype4_txt,weapdetail,nkill,nkillus,nkillter,nwound,nwoundus,nwoundte,property,propextent,propextent_txt,propvalue,propcomment,ishostkid,nhostkid,nhostkidus,nhours,ndays,divert,kidhijcountry,ransom,ransomamt,ransomamtus,ransompaid,ransompaidus,ransomnote,hostkidoutcome,hostkidoutcome_txt,nreleased,addnotes,scite1,scite2,scite3,dbsource,INT_LOG,INT_IDEOLOG,INT_MISC,INT_ANY,related"

// acledHeader is the header of a current ACLED export; acledOldHeader
// that of the older upper-case exports (before 2019).
const (
	acledHeader    = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
	acledOldHeader = "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,NOTES,FATALITIES"
)

// csvRows writes rows of named values under header, as CSV.
func csvRows(header string, rows []map[string]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	cols := strings.Split(header, ",")
	w.Write(cols)
	for _, r := range rows {
		rec := make([]string, len(cols))
		for i, c := range cols {
			rec[i] = r[c]
		}
		w.Write(rec)
	}
	w.Flush()
	return b.String()
}

// byID returns the incidents' values of a column, by incident id.
func byID(t *testing.T, ds *Dataset, name string) map[string]string {
	t.Helper()
	ids, v := col(t, ds, ColIncidentID), col(t, ds, name)
	out := map[string]string{}
	for i, id := range ids {
		out[id] = v[i]
	}
	return out
}

func TestGTDFieldByField(t *testing.T) {
	rows := []map[string]string{
		{"eventid": "197000000001", "iyear": "1970", "imonth": "7", "iday": "2", "country": "58", "country_txt": "Dominican Republic",
			"provstate": "Unknown", "city": "Santo Domingo", "latitude": "18.456792", "longitude": "-69.951164", "success": "1",
			"gname": "MANO-D", "nperpcap": "-99", "summary": "", "related": ""},
		{"eventid": "197001000002", "iyear": "1970", "imonth": "0", "iday": "0", "country": "130", "country_txt": "Mexico",
			"provstate": "Federal", "city": "Mexico city", "latitude": "19.371887", "longitude": "-99.086624", "success": "0",
			"gname": "23rd of September Communist League", "nperpcap": "0", "related": ""},
		{"eventid": "201701010001", "iyear": "2017", "imonth": "1", "iday": "0", "country_txt": "Myanmar",
			"provstate": "Rakhine", "city": "Maungdaw", "latitude": "20.8", "longitude": "-86185896", "success": "1",
			"gname": "Islamic State of Iraq and the Levant (ISIL)", "nperpcap": "3.0", "summary": "01/01/2017: Une attaque à Maungdaw.",
			"related": "201701010001, 201701010002"},
		{"eventid": "198001010001", "iyear": "1980", "imonth": "3", "iday": "15", "country_txt": "West Germany (FRG)",
			"city": "Bonn", "success": "1", "gname": "Unknown", "nperpcap": "-9"},
		{"eventid": "198001010002", "iyear": "1980", "imonth": "3", "iday": "15", "country_txt": "International", "success": "1"},
	}
	path := writeFile(t, "globalterrorismdb_0718dist.csv", csvRows(gtdHeader, rows))
	ds := load(t, path)
	if a := ds.Files[0]; a.RowsRead != 5 || a.Accepted != 4 || a.Rejected != 1 || a.Format != FormatGTD {
		t.Fatalf("accounting %+v", a)
	}
	if r := ds.Rejected[0]; r.Line != 6 || r.ColumnName != "country_txt" || r.Column != 9 || r.Code != "no_country" {
		t.Errorf("International: %q (column %d)", r.Error(), r.Column)
	}
	for name, want := range map[string]map[string]string{
		ColDate:            {"197000000001": "1970-07-02", "197001000002": "1970", "201701010001": "2017-01", "198001010001": "1980-03-15"},
		ColDatePrecision:   {"197000000001": "day", "197001000002": "year", "201701010001": "month"},
		ColCountry:         {"197000000001": "DO", "197001000002": "MX", "201701010001": "MM", "198001010001": "DE"},
		ColEventType:       {"197000000001": EventCompletedAttack, "197001000002": EventFailedAttack, "201701010001": EventCompletedAttack},
		ColArrests:         {"197000000001": "NaN", "197001000002": "0", "201701010001": "3", "198001010001": "NaN"},
		ColGroup:           {"197000000001": "MANO-D", "201701010001": "ISIS", "198001010001": ""},
		ColAffiliation:     {"201701010001": "jihadist", "197000000001": "unknown"},
		ColAdmin1:          {"197000000001": "", "197001000002": "Federal", "201701010001": "Rakhine"},
		ColCity:            {"197000000001": "Santo Domingo", "201701010001": "Maungdaw"},
		ColLatitude:        {"197000000001": "18.456792", "201701010001": "20.8"},
		ColLongitude:       {"197000000001": "-69.951164", "201701010001": ""},
		ColLinkedIncidents: {"201701010001": "201701010001;201701010002", "197000000001": ""},
		ColNotes:           {"201701010001": "01/01/2017: Une attaque à Maungdaw."},
	} {
		got := byID(t, ds, name)
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s of %s = %q, want %q", name, id, got[id], w)
			}
		}
	}
	warned := map[string]bool{}
	for _, w := range ds.Warnings {
		warned[w.Code] = true
		if w.Code == "coordinate_dropped" && (w.Line != 4 || w.ColumnName != "longitude" || w.Column != 15) {
			t.Errorf("coordinate warning %q at column %d", w.Error(), w.Column)
		}
		if w.Code == "former_country" && (w.Line != 5 || !strings.Contains(w.Reason, "counted under DE")) {
			t.Errorf("former state warning %q", w.Error())
		}
	}
	if !warned["coordinate_dropped"] || !warned["former_country"] || warned["unknown_column"] {
		t.Errorf("warnings %v", ds.Warnings)
	}
}

func TestACLEDFieldByField(t *testing.T) {
	rows := []map[string]string{
		{"event_id_cnty": "MAR123", "event_date": "2024-03-15", "time_precision": "1", "event_type": "Strategic developments", "sub_event_type": "Arrests",
			"actor1": "Police Forces of Morocco (1999-)", "actor2": "Islamic State (Morocco)", "country": "Morocco", "admin1": "Oriental",
			"location": "Nador", "latitude": "35.1681", "longitude": "-2.9335", "source": "Le360", "notes": "Arrest of 3 suspects."},
		{"event_id_cnty": "MLI9", "event_date": "15 March 2024", "time_precision": "3", "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
			"actor1": "JNIM: Group for Support of Islam and Muslims", "country": "Mali", "admin1": "Mopti", "location": "Boni"},
		{"event_id_cnty": "NIG7", "event_date": "2024-02-01", "time_precision": "2", "event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
			"actor1": "Military Forces of Nigeria (2023-)", "country": "Nigeria"},
		{"event_id_cnty": "NIG8", "event_date": "2024-02-02", "time_precision": "1", "event_type": "Protests", "sub_event_type": "Peaceful protest", "country": "Nigeria"},
		{"event_id_cnty": "NIG9", "event_date": "2024-02-03", "time_precision": "1", "event_type": "Battles", "sub_event_type": "Armed clash", "country": "Nigeria"},
		{"event_id_cnty": "COD1", "event_date": "2024-02-03", "time_precision": "1", "event_type": "Violence against civilians", "sub_event_type": "Attack",
			"actor1": "ADF: Allied Democratic Forces", "country": "Democratic Republic of Congo", "latitude": "95"},
	}
	path := writeFile(t, "acled.csv", csvRows(acledHeader, rows))
	ds := load(t, path)
	if a := ds.Files[0]; a.RowsRead != 6 || a.Accepted != 4 || a.OutOfScope != 2 || a.Rejected != 0 || a.Format != FormatACLED {
		t.Fatalf("accounting %+v", a)
	}
	for name, want := range map[string]map[string]string{
		ColDate:          {"MAR123": "2024-03-15", "MLI9": "2024-03", "NIG7": "2024-02-01"},
		ColCountry:       {"MAR123": "MA", "MLI9": "ML", "NIG7": "NG", "COD1": "CD"},
		ColEventType:     {"MAR123": EventOperation, "MLI9": EventCompletedAttack, "NIG7": EventFoiledPlot, "COD1": EventCompletedAttack},
		ColGroup:         {"MAR123": "ISIS", "MLI9": "JNIM", "NIG7": "Military Forces of Nigeria (2023-)"},
		ColLeadAgency:    {"MAR123": "Police Forces of Morocco (1999-)", "MLI9": ""},
		ColAdmin1:        {"MAR123": "Oriental"},
		ColCity:          {"MAR123": "Nador", "MLI9": "Boni"},
		ColLatitude:      {"MAR123": "35.1681", "COD1": ""},
		ColSourceName:    {"MAR123": "Le360"},
		ColNotes:         {"MAR123": "Arrest of 3 suspects."},
		ColArrests:       {"MAR123": "NaN"},
		ColDatePrecision: {"NIG7": "day"},
	} {
		got := byID(t, ds, name)
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s of %s = %q, want %q", name, id, got[id], w)
			}
		}
	}

	old := csvRows(acledOldHeader, []map[string]string{
		{"EVENT_ID_CNTY": "1MAR", "EVENT_DATE": "01-January-2015", "TIME_PRECISION": "1", "EVENT_TYPE": "Remote violence", "COUNTRY": "Morocco", "ACTOR1": "AQIM: Al Qaeda in the Islamic Maghreb"},
		{"EVENT_ID_CNTY": "2MAR", "EVENT_DATE": "02-Jan-15", "TIME_PRECISION": "1", "EVENT_TYPE": "Riots/Protests", "COUNTRY": "Morocco"},
	})
	ds = load(t, writeFile(t, "acled-old.csv", old))
	if a := ds.Files[0]; a.Accepted != 1 || a.OutOfScope != 1 {
		t.Fatalf("older export: %+v %v", a, ds.Rejected)
	}
	if got := byID(t, ds, ColDate)["1MAR"]; got != "2015-01-01" {
		t.Errorf("older date %q", got)
	}
}

// Incidents per year and country, attacks by outcome and arrests of a
// GTD file equal a count made here from the rows.
func TestGTDCountsIndependently(t *testing.T) {
	countries := []string{"Iraq", "Afghanistan", "Myanmar", "Bosnia-Herzegovina", "West Bank and Gaza Strip", "Soviet Union", "Hong Kong", "Morocco"}
	iso := map[string]string{"Iraq": "IQ", "Afghanistan": "AF", "Myanmar": "MM", "Bosnia-Herzegovina": "BA", "West Bank and Gaza Strip": "PS", "Soviet Union": "RU", "Hong Kong": "HK", "Morocco": "MA"}
	var rows []map[string]string
	perYearCountry := map[string]int{}
	outcome := map[string]int{}
	arrests := 0
	for i := range 3000 {
		y := 1975 + i%43
		c := countries[(i*7)%len(countries)]
		s := strconv.Itoa(i % 3 % 2)
		n := []string{"-99", "0", "2", "-9", "5.0", ""}[i%6]
		rows = append(rows, map[string]string{"eventid": fmt.Sprintf("%d%08d", y, i), "iyear": strconv.Itoa(y), "imonth": strconv.Itoa(i % 13),
			"iday": strconv.Itoa(i % 29), "country_txt": c, "success": s, "nperpcap": n, "gname": "Taliban"})
		perYearCountry[fmt.Sprintf("%d %s", y, iso[c])]++
		outcome[s]++
		if k, err := strconv.Atoi(strings.TrimSuffix(n, ".0")); err == nil && k >= 0 {
			arrests += k
		}
	}
	ds := load(t, writeFile(t, "gtd.csv", csvRows(gtdHeader, rows)))
	if ds.Totals().Accepted != len(rows) || len(ds.Rejected) != 0 {
		t.Fatalf("accepted %d of %d: %v", ds.Totals().Accepted, len(rows), ds.Rejected[:min(3, len(ds.Rejected))])
	}
	got := map[string]int{}
	years, cs := col(t, ds, ColYear), col(t, ds, ColCountry)
	for i := range years {
		got[years[i]+" "+cs[i]]++
	}
	for k, n := range perYearCountry {
		if got[k] != n {
			t.Errorf("%s: %d incidents, want %d", k, got[k], n)
		}
	}
	ev := col(t, ds, ColEventType)
	byOutcome := map[string]int{}
	for _, e := range ev {
		byOutcome[e]++
	}
	if byOutcome[EventCompletedAttack] != outcome["1"] || byOutcome[EventFailedAttack] != outcome["0"] {
		t.Errorf("outcomes %v, want completed %d, failed %d", byOutcome, outcome["1"], outcome["0"])
	}
	_, ar := ds.Incidents.Counts()
	sum := 0
	for _, a := range ar {
		if a > 0 {
			sum += a
		}
	}
	if sum != arrests {
		t.Errorf("arrests %d, want %d", sum, arrests)
	}
}

func TestFormatForced(t *testing.T) {
	path := writeFile(t, "x.csv", csvRows("incident_id,date,country", []map[string]string{{"incident_id": "A", "date": "2020", "country": "MA"}}))
	opts := DefaultOptions(asOf)
	opts.Format = FormatGTD
	_, err := Load([]string{path}, opts)
	if err == nil || !strings.Contains(err.Error(), "required GTD column missing: eventid") {
		t.Errorf("err = %v", err)
	}
}

// GTD's second and third perpetrator groups are kept with the incident,
// as the columns gname2 and gname3, without a warning; the incident is
// counted under gname alone.
func TestGTDSecondAndThirdGroups(t *testing.T) {
	rows := []map[string]string{
		{"eventid": "201501010001", "iyear": "2015", "imonth": "1", "iday": "1", "country_txt": "Afghanistan", "success": "1",
			"gname": "Taliban", "gname2": "Haqqani Network", "gname3": "Islamic State of Iraq and the Levant (ISIL)"},
		{"eventid": "201501010002", "iyear": "2015", "imonth": "1", "iday": "2", "country_txt": "Afghanistan", "success": "1",
			"gname": "Taliban", "gname2": "", "gname3": ""},
	}
	ds := load(t, writeFile(t, "gtd.csv", csvRows(gtdHeader, rows)), writeFile(t, "desk.csv", "incident_id,date,country,gname2\nD1,2015-02-01,MA,AQIM\n"))
	for name, want := range map[string]map[string]string{
		ColGroup: {"201501010001": "Taliban", "201501010002": "Taliban", "D1": ""},
		"gname2": {"201501010001": "Haqqani Network", "201501010002": "", "D1": "AQIM"},
		"gname3": {"201501010001": "Islamic State of Iraq and the Levant (ISIL)", "201501010002": ""},
	} {
		got := byID(t, ds, name)
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s of %s = %q, want %q", name, id, got[id], w)
			}
		}
	}
	if fmt.Sprint(ds.UnknownColumns) != "[gname2 gname3]" {
		t.Errorf("unknown columns %v", ds.UnknownColumns)
	}
	for _, w := range ds.Warnings {
		if strings.HasPrefix(w.Code, "unknown_column") {
			t.Errorf("warning %s", w.Error())
		}
	}
	// A value of a kept column too long is named by the file's own column.
	long := strings.Repeat("x", MaxFieldBytes+1)
	ds = load(t, writeFile(t, "gtd.csv", csvRows(gtdHeader, []map[string]string{{"eventid": "1", "iyear": "2015", "imonth": "1", "iday": "1",
		"country_txt": "Afghanistan", "success": "1", "gname3": long}})))
	if len(ds.Rejected) != 1 || ds.Rejected[0].ColumnName != "gname3" || ds.Rejected[0].Column != 63 {
		t.Errorf("rejected %+v", ds.Rejected)
	}
}
