package data_test

import (
	"fmt"
	"time"

	"github.com/ctreport/ctreport/data"
)

// Load the embedded sample (docs/sample.md) and account for its rows:
// every row read is accepted, dropped as an identical copy, or rejected,
// and the accepted reports merge into fewer incidents.
func ExampleLoadSample() {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	ds, err := data.LoadSample(data.DefaultOptions(asOf))
	if err != nil {
		fmt.Println(err)
		return
	}
	f := ds.Files[0]
	fmt.Println("file:", f.Path)
	fmt.Println("rows read:", f.RowsRead)
	fmt.Println("accepted:", f.Accepted)
	fmt.Println("identical copies dropped:", f.CopiesDropped)
	fmt.Println("rejected:", f.Rejected)
	fmt.Println("incidents:", ds.Incidents.Nrow())
	// Output:
	// file: embedded sample (sample/incidents.csv)
	// rows read: 1057
	// accepted: 1042
	// identical copies dropped: 15
	// rejected: 0
	// incidents: 821
}
