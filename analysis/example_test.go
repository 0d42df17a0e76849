package analysis_test

import (
	"fmt"
	"time"

	"github.com/ctreport/ctreport/analysis"
	"github.com/ctreport/ctreport/data"
)

// The figures of one period, here the year 2022 as of 28 November 2026,
// from the embedded sample (docs/sample.md): what a report's key findings
// are made of. The sample's 2022 is calibrated to 7 cells, 60 arrests and
// 14 foiled plots.
func ExampleCompute() {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		fmt.Println(err)
		return
	}
	period, err := analysis.ParsePeriod("2022", asOf)
	if err != nil {
		fmt.Println(err)
		return
	}
	f := analysis.Compute(ds.Incidents, period, asOf)
	cur := f.Current
	fmt.Printf("period %s (%s to %s)\n", cur.Period.Label, cur.Period.Start.Format("2006-01-02"), cur.Period.End.Format("2006-01-02"))
	fmt.Println("incidents:", cur.Incidents)
	fmt.Println("cells dismantled:", cur.CellsDismantled, "given for", cur.CellsDismantledGiven, "incidents")
	fmt.Println("arrests:", cur.Arrests, "given for", cur.ArrestsGiven, "incidents")
	fmt.Println("foiled plots:", cur.FoiledPlots)
	fmt.Println("cross-border incidents:", cur.CrossBorderIncidents)
	if r := cur.CooperationRate; r.Valid {
		fmt.Printf("cooperation rate: %.1f %% [%.1f %%, %.1f %%]\n",
			100*r.Float64, 100*cur.CooperationRateLow.Float64, 100*cur.CooperationRateHigh.Float64)
	}
	fmt.Println("incidents in 2021:", f.Previous.Incidents)
	// Output:
	// period 2022 (2022-01-01 to 2022-12-31)
	// incidents: 20
	// cells dismantled: 7 given for 20 incidents
	// arrests: 60 given for 20 incidents
	// foiled plots: 14
	// cross-border incidents: 5
	// cooperation rate: 25.0 % [11.2 %, 46.9 %]
	// incidents in 2021: 66
}
