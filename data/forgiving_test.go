package data

import (
	"strings"
	"testing"
)

func TestForgivingValues(t *testing.T) {
	path := writeFile(t, "fr.csv", "id_incident,date,pays,type_evenement,arrestations,precision_date,cooperation_type,partner_countries\n"+
		"A,2022-10-04,Maroc,opération,\"1 200\",jour,,\n"+
		"B,2022-10-05,Maroc,complot déjoué,\"1,200\",mois,,\n"+
		"C,2022-10-06,Maroc,مخطط محبط,1.200,سنة,,\n"+
		"D,2022-10-07,Maroc,attentat manqué,12'000,,opération conjointe,ES\n"+
		"E,2022-10-08,Marocco,,,,,\n"+
		"F,2022-10-09,MA,,1.5,,,\n"+
		"G,2022-10-09,MA,,\"1,20\",,,\n")
	ds := load(t, path)
	if len(ds.Rejected) != 3 {
		t.Fatalf("rejected %v", ds.Rejected)
	}
	if r := ds.Rejected[0]; r.Code != "not_a_country_suggest" || !strings.Contains(r.Reason, "did you mean Morocco?") {
		t.Errorf("suggestion: %q", r.Error())
	}
	for name, want := range map[string]map[string]string{
		ColEventType:       {"A": EventOperation, "B": EventFoiledPlot, "C": EventFoiledPlot, "D": EventFailedAttack},
		ColArrests:         {"A": "1200", "B": "1200", "C": "1200", "D": "12000"},
		ColDatePrecision:   {"A": "day", "B": "month", "C": "year"},
		ColCooperationType: {"D": "joint_operation"},
	} {
		got := byID(t, ds, name)
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s of %s = %q, want %q", name, id, got[id], w)
			}
		}
	}
	for _, w := range ds.Warnings {
		if w.Code == "unknown_column" || w.Code == "unknown_column_suggest" {
			t.Errorf("type_evenement is event_type: %q", w.Error())
		}
	}
	ds = load(t, writeFile(t, "typo.csv", "incident_id,date,country,arests\nA,2022-01-01,MA,3\n"))
	if len(ds.Warnings) != 1 || ds.Warnings[0].Code != "unknown_column_suggest" || !strings.Contains(ds.Warnings[0].Reason, "did you mean arrests?") {
		t.Errorf("warnings %v", ds.Warnings)
	}
}

func TestUngroup(t *testing.T) {
	for in, want := range map[string]string{"1 200": "1200", "1,200": "1200", "1.200": "1200", "12\u00a0345\u00a0678": "12345678", "1'000": "1000",
		"1.5": "", "1,20": "", "1,200.5": "", "1 200,000": "", "1234,567": "", ",200": "", "1,": ""} {
		got, ok := ungroup(in)
		if got != want || ok != (want != "") {
			t.Errorf("ungroup(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
