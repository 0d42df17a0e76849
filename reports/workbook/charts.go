package workbook

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/ctreport/ctreport/reports/charts"
	"github.com/ctreport/ctreport/reports/i18n"
	"github.com/ctreport/ctreport/reports/report"
)

// The chart colours: the data colours of the PNG charts, taken from package
// charts so that a measure, a partner country or an affiliation has one
// colour everywhere (docs/figures.md, Colours).
var (
	cellsColour   = charts.CellsColour
	arrestsColour = charts.ArrestsColour
	rateColour    = charts.RateColour
	trendColour   = charts.TrendColour
)

// boundColour is that of the 95 % bounds: grey, dashed.
const boundColour = "999999"

// Chart size in pixels, and the rows one chart takes with the gap under it
// (Excel's default row is 20 pixels high).
const (
	chartWidth   = 720
	chartHeight  = 340
	rowsPerChart = 19
)

// addSummaryCharts puts native, editable Excel charts on the Summary
// sheet, one under another from row: cells dismantled and arrests per year
// (columns) and the cooperation rate with its 95 % interval (lines). They
// draw from the Yearly sheet's cells, so a reader who edits a figure sees
// the chart follow. No yearly series, no charts.
func addSummaryCharts(f *excelize.File, summary, yearly string, at yearlyLayout, row int, lang locale) error {
	if at.lastRow < at.firstRow {
		return nil
	}
	sheet := "'" + strings.ReplaceAll(yearly, "'", "''") + "'"
	ref := func(col, from, to int) string {
		name, _ := excelize.ColumnNumberToName(col)
		if from == to {
			return fmt.Sprintf("%s!$%s$%d", sheet, name, from)
		}
		return fmt.Sprintf("%s!$%s$%d:$%s$%d", sheet, name, from, name, to)
	}
	years := ref(1, at.firstRow, at.lastRow)
	series := func(key, colour string) excelize.ChartSeries {
		return excelize.ChartSeries{
			Name:       ref(at.col[key], 1, 1), // the header: the measure's name in the workbook's language
			Categories: years,
			Values:     ref(at.col[key], at.firstRow, at.lastRow),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}},
		}
	}
	line := func(s excelize.ChartSeries, width float64, dash excelize.LineDashType) excelize.ChartSeries {
		s.Line = excelize.LineOptions{Width: width, Dash: dash}
		s.Marker = excelize.ChartMarker{Symbol: "none"}
		return s
	}
	axes := func(c *excelize.Chart, valueTitle, numFmt string) *excelize.Chart {
		c.Format = excelize.GraphicOptions{AltText: titleText(c.Title), PrintObject: &[]bool{true}[0], Positioning: "oneCell"}
		c.Dimension = excelize.ChartDimension{Width: chartWidth, Height: chartHeight}
		// Time runs left to right in every language, as in the PNG charts;
		// the years are turned so that a long series stays legible.
		c.XAxis = excelize.ChartAxis{Title: chartTitle(lang.t("wb.yearly.year")), Alignment: excelize.Alignment{TextRotation: -45}}
		c.YAxis = excelize.ChartAxis{Title: chartTitle(valueTitle), MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}}
		return c
	}
	rateBound := func(key string) excelize.ChartSeries {
		return line(series(key, boundColour), 1, excelize.LineDashDash)
	}
	// The trend line of a count, over its columns, only where the PNG
	// draws one: a trend beyond chance (the Yearly sheet then has its
	// column).
	trend := func(key string) []*excelize.Chart {
		if _, ok := at.col[key+"_trend"]; !ok {
			return nil
		}
		return []*excelize.Chart{{
			Type:   excelize.Line,
			Series: []excelize.ChartSeries{line(series(key+"_trend", trendColour), 2.25, excelize.LineDashSolid)},
		}}
	}
	comboOf := map[*excelize.Chart][]*excelize.Chart{}
	count := func(key, title, colour string) *excelize.Chart {
		c := axes(&excelize.Chart{
			Type:   excelize.Col,
			Title:  chartTitle(i18n.T(string(lang), title)),
			Series: []excelize.ChartSeries{series(key, colour)},
			Legend: excelize.ChartLegend{Position: "none"},
			// The values over the bars, as on the PNG.
			PlotArea: excelize.ChartPlotArea{ShowVal: true},
		}, measureName(key, lang), "#,##0")
		if combo := trend(key); combo != nil {
			c.Legend = excelize.ChartLegend{Position: "bottom"}
			comboOf[c] = combo
		}
		return c
	}
	charts := []*excelize.Chart{
		count("cells_dismantled", "chart.cells.title", cellsColour),
		count("arrests", "chart.arrests.title", arrestsColour),
		axes(&excelize.Chart{
			Type:  excelize.Line,
			Title: chartTitle(i18n.T(string(lang), "chart.rate.title")),
			Series: []excelize.ChartSeries{
				line(series("cooperation_rate", rateColour), 2.25, excelize.LineDashSolid),
				rateBound("cooperation_rate_low"),
				rateBound("cooperation_rate_high"),
			},
			Legend:       excelize.ChartLegend{Position: "bottom"},
			ShowBlanksAs: "gap",
		}, measureName("cooperation_rate", lang), "0%"),
	}
	for i, c := range charts {
		cell, _ := excelize.CoordinatesToCellName(1, row+i*rowsPerChart)
		if err := f.AddChart(summary, cell, c, comboOf[c]...); err != nil {
			return fmt.Errorf("sheet %s, chart %d: %w", summary, i+1, err)
		}
	}
	return nil
}

// chartTitle is a chart or axis title.
func chartTitle(s string) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: s}}}
}

// titleText is the text of a chart title, for the chart's alternative
// text (what a screen reader says).
func titleText(t excelize.ChartTitle) string {
	var b strings.Builder
	for _, r := range t.Paragraph {
		b.WriteString(r.Text)
	}
	return b.String()
}

// summaryChartCount is how many native charts the Summary has, one under
// another; the map comes under them.
const summaryChartCount = 3

// addSummaryMap puts the map of incidents by country (the chart
// incidents_map, as a picture: Excel has no map chart excelize can make)
// on the Summary at row, as wide as the native charts.
func addSummaryMap(f *excelize.File, summary string, row int, in report.Input) error {
	o := charts.DefaultOptions()
	o.Lang, o.AsOf, o.Source = in.Settings.Lang, in.Figures.AsOf, report.SourceLine(in)
	png, err := charts.Render(charts.IncidentsMap, in.Figures, o, "png")
	if err != nil {
		return err
	}
	// The PNG is 300 dpi; Excel places pictures at 96: 0.3 brings its
	// 2,400 pixels to the charts' 720.
	scale := float64(chartWidth) / 2400
	cell, _ := excelize.CoordinatesToCellName(1, row)
	return f.AddPictureFromBytes(summary, cell, &excelize.Picture{
		Extension: ".png",
		File:      png,
		Format: &excelize.GraphicOptions{
			AltText: i18n.T(string(localeOf(in.Settings.Lang)), "chart.map.title"), ScaleX: scale, ScaleY: scale,
			PrintObject: &[]bool{true}[0], Positioning: "oneCell",
		},
	})
}
