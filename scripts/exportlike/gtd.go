package main

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// gtdHeader is GTD's, in its order (public codebook).
const gtdHeader = "eventid,iyear,imonth,iday,approxdate,extended,resolution,country,country_txt,region,region_txt,provstate,city,latitude,longitude,specificity,vicinity,location,summary,crit1,crit2,crit3,doubtterr,alternative,alternative_txt,multiple,success,suicide,attacktype1,attacktype1_txt,attacktype2,attacktype2_txt,attacktype3,attacktype3_txt,targtype1,targtype1_txt,targsubtype1,targsubtype1_txt,corp1,target1,natlty1,natlty1_txt,targtype2,targtype2_txt,targsubtype2,targsubtype2_txt,corp2,target2,natlty2,natlty2_txt,targtype3,targtype3_txt,targsubtype3,targsubtype3_txt,corp3,target3,natlty3,natlty3_txt,gname,gsubname,gname2,gsubname2,gname3,gsubname3,motive,guncertain1,guncertain2,guncertain3,individual,nperps,nperpcap,claimed,claimmode,claimmode_txt,claim2,claimmode2,claimmode2_txt,claim3,claimmode3,claimmode3_txt,compclaim,weaptype1,weaptype1_txt,weapsubtype1,weapsubtype1_txt,weaptype2,weaptype2_txt,weapsubtype2,weapsubtype2_txt,weaptype3,weaptype3_txt,weapsubtype3,weapsubtype3_txt,weaptype4,weaptype4_txt,weapsubtype4,weapsubtype4_txt,weapdetail,nkill,nkillus,nkillter,nwound,nwoundus,nwoundte,property,propextent,propextent_txt,propvalue,propcomment,ishostkid,nhostkid,nhostkidus,nhours,ndays,divert,kidhijcountry,ransom,ransomamt,ransomamtus,ransompaid,ransompaidus,ransomnote,hostkidoutcome,hostkidoutcome_txt,nreleased,addnotes,scite1,scite2,scite3,dbsource,INT_LOG,INT_IDEOLOG,INT_MISC,INT_ANY,related"

// places are the countries of the rows, with their region and cities.
var places = []place{
	{"Iraq", "Middle East & North Africa", 33.3, 44.4, []string{"Baghdad", "Mosul", "Kirkuk", "Baqubah"}},
	{"Pakistan", "South Asia", 33.7, 73.0, []string{"Karachi", "Peshawar", "Quetta"}},
	{"Afghanistan", "South Asia", 34.5, 69.2, []string{"Kabul", "Kandahar", "Jalalabad"}},
	{"India", "South Asia", 28.6, 77.2, []string{"Srinagar", "Imphal", "Raipur"}},
	{"Colombia", "South America", 4.7, -74.1, []string{"Bogotá", "Medellín", "Cali"}},
	{"Philippines", "Southeast Asia", 14.6, 121.0, []string{"Manila", "Cotabato", "Jolo"}},
	{"Peru", "South America", -12.0, -77.0, []string{"Lima", "Ayacucho"}},
	{"El Salvador", "Central America & Caribbean", 13.7, -89.2, []string{"San Salvador"}},
	{"United Kingdom", "Western Europe", 54.6, -5.9, []string{"Belfast", "London", "Derry"}},
	{"Turkey", "Middle East & North Africa", 39.9, 32.9, []string{"Istanbul", "Diyarbakır", "Ankara"}},
	{"Somalia", "Sub-Saharan Africa", 2.0, 45.3, []string{"Mogadishu", "Kismayo"}},
	{"Nigeria", "Sub-Saharan Africa", 11.8, 13.2, []string{"Maiduguri", "Kano"}},
	{"Thailand", "Southeast Asia", 6.9, 101.3, []string{"Pattani", "Yala", "Narathiwat"}},
	{"Yemen", "Middle East & North Africa", 15.4, 44.2, []string{"Sanaa", "Aden"}},
	{"Spain", "Western Europe", 43.3, -2.9, []string{"Bilbao", "San Sebastián", "Madrid"}},
	{"Algeria", "Middle East & North Africa", 36.7, 3.1, []string{"Algiers", "Blida"}},
	{"France", "Western Europe", 48.9, 2.4, []string{"Paris", "Ajaccio", "Bastia"}},
	{"Morocco", "Middle East & North Africa", 33.6, -7.6, []string{"Casablanca", "Rabat", "Tangier"}},
	{"Syria", "Middle East & North Africa", 33.5, 36.3, []string{"Damascus", "Aleppo"}},
	{"Egypt", "Middle East & North Africa", 30.0, 31.2, []string{"Cairo", "Arish"}},
	{"West Germany (FRG)", "Western Europe", 50.1, 8.7, []string{"Frankfurt", "Berlin"}},
	{"Democratic Republic of the Congo", "Sub-Saharan Africa", -4.3, 15.3, []string{"Kinshasa", "Beni"}},
	{"Myanmar", "Southeast Asia", 16.8, 96.2, []string{"Yangon"}},
	{"West Bank and Gaza Strip", "Middle East & North Africa", 31.5, 34.5, []string{"Gaza City", "Hebron"}},
}

var groups = []string{"Unknown", "Taliban", "Islamic State of Iraq and the Levant (ISIL)", "Shining Path (SL)",
	"Farabundo Marti National Liberation Front (FMLN)", "Al-Shabaab", "New People's Army (NPA)", "Irish Republican Army (IRA)",
	"Revolutionary Armed Forces of Colombia (FARC)", "Boko Haram", "Kurdistan Workers' Party (PKK)",
	"Basque Fatherland and Freedom (ETA)", "Communist Party of India - Maoist (CPI-Maoist)", "Tehrik-i-Taliban Pakistan (TTP)",
	"Al-Qaida in the Arabian Peninsula (AQAP)", "Houthi extremists (Ansar Allah)"}

var attacks = []string{"Bombing/Explosion", "Armed Assault", "Assassination", "Hostage Taking (Kidnapping)", "Facility/Infrastructure Attack", "Unknown"}
var targets = []string{"Private Citizens & Property", "Military", "Police", "Government (General)", "Business", "Transportation"}
var weapons = []string{"Explosives", "Firearms", "Incendiary", "Melee", "Unknown"}

// writeGTD writes n rows in GTD's shape to w.
func writeGTD(w *csv.Writer, n int, r *rand.Rand) error {
	cols := strings.Split(gtdHeader, ",")
	at := map[string]int{}
	for i, c := range cols {
		at[c] = i
	}
	rec := make([]string, len(cols))
	if err := w.Write(cols); err != nil {
		return err
	}
	perDay := map[string]int{}
	for k := range n {
		clear(rec)
		set := func(c, v string) { rec[at[c]] = v }
		code := func(c string, list []string) {
			i := r.IntN(len(list))
			set(c, strconv.Itoa(i+1))
			set(c+"_txt", list[i])
		}
		// Years weighted towards the later ones, as GTD's are.
		year := 1970 + int(47*(1-r.Float64()*r.Float64()))
		month, day := 1+r.IntN(12), 1+r.IntN(28)
		if r.IntN(200) == 0 {
			day = 0
		}
		if r.IntN(1000) == 0 {
			month, day = 0, 0
		}
		key := fmt.Sprintf("%d%02d%02d", year, month, day)
		perDay[key]++
		set("eventid", fmt.Sprintf("%s%04d", key, perDay[key]))
		set("iyear", strconv.Itoa(year))
		set("imonth", strconv.Itoa(month))
		set("iday", strconv.Itoa(day))
		set("extended", strconv.Itoa(r.IntN(20)/19))
		pi := r.IntN(len(places))
		p := places[pi]
		set("country", strconv.Itoa(pi*7+4))
		set("country_txt", p.country)
		set("region", strconv.Itoa(pi%12+1))
		set("region_txt", p.region)
		// Half the events in a country's main cities, the others spread
		// over hundreds of smaller places, as GTD's are.
		city := p.cities[r.IntN(len(p.cities))]
		if r.IntN(2) == 0 {
			city = fmt.Sprintf("%s district %d", city, 1+r.IntN(300))
		}
		set("provstate", city+" Province")
		set("city", city)
		if r.IntN(30) != 0 {
			set("latitude", strconv.FormatFloat(p.lat+r.NormFloat64(), 'f', 6, 64))
			set("longitude", strconv.FormatFloat(p.lon+r.NormFloat64(), 'f', 6, 64))
		}
		set("specificity", strconv.Itoa(1+r.IntN(5)))
		set("vicinity", "0")
		// GTD's summaries and sources are mostly on the later rows; they
		// make most of the file's bytes.
		if year >= 1997 || r.IntN(4) == 0 {
			set("summary", fmt.Sprintf("%02d/%02d/%d: Assailants attacked a %s in %s city, %s province, %s. At least %d people were killed and %d others were wounded in the attack. No group claimed responsibility for the incident; sources attributed the attack to %s.",
				month, day, year, strings.ToLower(targets[r.IntN(len(targets))]), city, city, p.country, r.IntN(6), r.IntN(10), groups[r.IntN(len(groups))]))
		}
		set("crit1", "1")
		set("crit2", "1")
		set("crit3", strconv.Itoa(r.IntN(10)/9))
		set("doubtterr", strconv.Itoa(r.IntN(10)/9))
		set("multiple", strconv.Itoa(r.IntN(8)/7))
		set("success", strconv.Itoa(min(1, r.IntN(10))))
		set("suicide", strconv.Itoa(r.IntN(30)/29))
		code("attacktype1", attacks)
		code("targtype1", targets)
		set("targsubtype1", strconv.Itoa(1+r.IntN(100)))
		set("targsubtype1_txt", "Unnamed Civilian/Unspecified")
		set("corp1", "Not Applicable")
		set("target1", "Civilians")
		set("natlty1", strconv.Itoa(pi*7+4))
		set("natlty1_txt", p.country)
		g := groups[r.IntN(len(groups))]
		if r.IntN(2) == 0 {
			g = "Unknown"
		}
		set("gname", g)
		set("guncertain1", "0")
		set("individual", "0")
		set("nperps", strconv.Itoa(r.IntN(10)-1))
		switch c := r.IntN(10); {
		case c < 6:
			set("nperpcap", "-99")
		case c < 7:
			set("nperpcap", "-9")
		case c < 9:
			set("nperpcap", "0")
		default:
			set("nperpcap", strconv.Itoa(1+r.IntN(12)))
		}
		set("claimed", strconv.Itoa(r.IntN(2)))
		code("weaptype1", weapons)
		set("nkill", strconv.Itoa(r.IntN(6)))
		set("nkillus", "0")
		set("nkillter", "0")
		set("nwound", strconv.Itoa(r.IntN(10)))
		set("nwoundus", "0")
		set("nwoundte", "0")
		set("property", strconv.Itoa(r.IntN(2)))
		set("ishostkid", "0")
		set("dbsource", "PGIS")
		for _, c := range []string{"INT_LOG", "INT_IDEOLOG", "INT_MISC", "INT_ANY"} {
			set(c, strconv.Itoa(r.IntN(3)-1))
		}
		if year >= 1997 || r.IntN(4) == 0 {
			for _, c := range []string{"scite1", "scite2", "scite3"}[:1+r.IntN(3)] {
				set(c, fmt.Sprintf("\"%d killed in attack on %s in %s,\" Agency Report, %s %d, %d.", r.IntN(6), strings.ToLower(targets[r.IntN(len(targets))]), city, monthName[month], max(day, 1), year))
			}
		}
		if r.IntN(5) == 0 {
			set("motive", "The specific motive for the attack is unknown; it took place during a period of increased violence in the area.")
		}
		if k > 0 && r.IntN(25) == 0 {
			set("related", fmt.Sprintf("%s%04d, %s%04d", key, perDay[key], key, perDay[key]+1))
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return nil
}
