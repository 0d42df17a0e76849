package analysis_test

import (
	"fmt"

	"github.com/ctreport/ctreport/analysis"
)

// The cooperation rate of 81 cross-border incidents out of 263, with its
// 95 % Wilson interval (Newcombe 1998's first worked example).
func ExampleWilson() {
	low, high, ok := analysis.Wilson(81, 263, analysis.Z95)
	if !ok {
		fmt.Println("no interval")
		return
	}
	fmt.Printf("%.1f %% [%.1f %%, %.1f %%]\n", 100*81.0/263, 100*low, 100*high)
	// Output: 30.8 % [25.5 %, 36.6 %]
}
