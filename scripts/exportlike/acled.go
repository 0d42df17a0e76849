package main

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// acledHeader is the header of ACLED's current export, in its order.
const acledHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"

// acledEvents are event types with their sub-event types, each as often as
// it is listed.
var acledEvents = [][2]string{
	{"Battles", "Armed clash"}, {"Battles", "Armed clash"}, {"Battles", "Armed clash"},
	{"Protests", "Peaceful protest"}, {"Protests", "Peaceful protest"}, {"Protests", "Peaceful protest"},
	{"Riots", "Mob violence"}, {"Riots", "Violent demonstration"},
	{"Explosions/Remote violence", "Shelling/artillery/missile attack"}, {"Explosions/Remote violence", "Air/drone strike"},
	{"Explosions/Remote violence", "Remote explosive/landmine/IED"}, {"Explosions/Remote violence", "Suicide bomb"},
	{"Explosions/Remote violence", "Grenade"},
	{"Violence against civilians", "Attack"}, {"Violence against civilians", "Attack"},
	{"Violence against civilians", "Abduction/forced disappearance"},
	{"Strategic developments", "Arrests"}, {"Strategic developments", "Arrests"},
	{"Strategic developments", "Disrupted weapons use"}, {"Strategic developments", "Looting/property destruction"},
	{"Strategic developments", "Other"},
}

var acledActors = []string{"Military Forces of Nigeria (2015-2023)", "Police Forces of Pakistan (2018-2022)", "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad",
	"Al Shabaab", "Taliban", "JNIM: Group for Support of Islam and Muslims", "Unidentified Armed Group (Iraq)", "Protesters (Morocco)",
	"Rioters (India)", "Civilians (Somalia)", "Islamic State (Iraq)", "Police Forces of Morocco (1999-)"}

// writeACLED writes n rows in the shape of ACLED's current export to w.
func writeACLED(w *csv.Writer, n int, r *rand.Rand) error {
	cols := strings.Split(acledHeader, ",")
	at := map[string]int{}
	for i, c := range cols {
		at[c] = i
	}
	if err := w.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	for k := range n {
		clear(rec)
		set := func(c, v string) { rec[at[c]] = v }
		pi := r.IntN(len(places))
		p := places[pi]
		year := 2018 + r.IntN(8)
		month, day := 1+r.IntN(12), 1+r.IntN(28)
		ev := acledEvents[r.IntN(len(acledEvents))]
		a1, a2 := acledActors[r.IntN(len(acledActors))], acledActors[r.IntN(len(acledActors))]
		city := p.cities[r.IntN(len(p.cities))]
		if r.IntN(2) == 0 {
			city = fmt.Sprintf("%s district %d", city, 1+r.IntN(300))
		}
		set("event_id_cnty", fmt.Sprintf("%s%d", strings.ToUpper(p.country[:3]), k+1))
		set("event_date", fmt.Sprintf("%d %s %d", day, monthName[month], year))
		set("year", strconv.Itoa(year))
		set("time_precision", strconv.Itoa(1+r.IntN(3)))
		set("disorder_type", "Political violence")
		set("event_type", ev[0])
		set("sub_event_type", ev[1])
		set("actor1", a1)
		set("inter1", strconv.Itoa(1+r.IntN(8)))
		if r.IntN(3) != 0 {
			set("actor2", a2)
			set("inter2", strconv.Itoa(1+r.IntN(8)))
		}
		set("interaction", strconv.Itoa(10+r.IntN(80)))
		set("iso", strconv.Itoa(pi*7+4))
		set("region", p.region)
		set("country", p.country)
		set("admin1", city+" Province")
		set("admin2", city)
		set("location", city)
		set("latitude", strconv.FormatFloat(p.lat+r.NormFloat64(), 'f', 4, 64))
		set("longitude", strconv.FormatFloat(p.lon+r.NormFloat64(), 'f', 4, 64))
		set("geo_precision", strconv.Itoa(1+r.IntN(3)))
		set("source", "Agency Report; Local Newspaper")
		set("source_scale", "National-International")
		set("notes", fmt.Sprintf("On %d %s %d, %s and %s clashed in %s (%s). %d people were reported killed; several others were wounded or detained by the security forces.",
			day, monthName[month], year, a1, a2, city, p.country, r.IntN(6)))
		set("fatalities", strconv.Itoa(r.IntN(6)))
		set("timestamp", strconv.Itoa(1700000000+r.IntN(50000000)))
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return nil
}
