package workbook

import (
	"fmt"
	"strconv"
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
// sheet, one under another from row, in the left-hand column of charts: cells dismantled and arrests per year
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
		return withAxes(c, valueTitle, numFmt, lang)
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

// withAxes gives a chart of years its size, alternative text and axes:
// years across, values up.
func withAxes(c *excelize.Chart, valueTitle, numFmt string, lang locale) *excelize.Chart {
	c.Format = excelize.GraphicOptions{AltText: titleText(c.Title), PrintObject: &[]bool{true}[0], Positioning: "oneCell"}
	c.VaryColors = &[]bool{false}[0] // a series has its one colour, bar after bar
	c.Dimension = excelize.ChartDimension{Width: chartWidth, Height: chartHeight}
	// Time runs left to right in every language, as in the PNG charts;
	// the years are turned so that a long series stays legible.
	c.XAxis = excelize.ChartAxis{Title: chartTitle(lang.t("wb.yearly.year")), Alignment: excelize.Alignment{TextRotation: -45}}
	c.YAxis = excelize.ChartAxis{Title: chartTitle(valueTitle), MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt}}
	return c
}

// rightColumn is how far right of column A the second column of the
// Summary's charts begins at least, in pixels: a chart's width and a gap.
const rightColumn = chartWidth + 24

// rightColumnCell is the cell of row where the right-hand column of the
// Summary's charts begins: the first column at least rightColumn pixels
// from the left edge (an anchor's offset past its cell's width is read
// differently by different programs, so none is used).
func rightColumnCell(f *excelize.File, summary string, row int) (string, error) {
	left := 0.0
	for col := 1; ; col++ {
		name, err := excelize.ColumnNumberToName(col)
		if err != nil {
			return "", err
		}
		if left >= rightColumn {
			return name + strconv.Itoa(row), nil
		}
		w, err := f.GetColWidth(summary, name)
		if err != nil {
			return "", err
		}
		left += 7 * w // pixels of a column of the default font's digits
	}
}

// addStackedChart puts a stacked column chart on the Summary at row, in
// the right-hand column of charts: the layers of t (partner countries,
// affiliations) per year, each in its fixed colour, titled as the PNG. It
// draws from t's table, so an edit there shows in the chart.
func addStackedChart(f *excelize.File, summary string, t *stackedTable, row int, lang locale) error {
	sheet := "'" + strings.ReplaceAll(t.sheet, "'", "''") + "'"
	first, _ := excelize.ColumnNumberToName(t.firstCol)
	last, _ := excelize.ColumnNumberToName(t.lastCol)
	categories := fmt.Sprintf("%s!$%s$%d:$%s$%d", sheet, first, t.headerRow, last, t.headerRow)
	gap := uint(40) // bars as broad as the PNG's
	c := &excelize.Chart{
		Type:     excelize.ColStacked,
		Title:    chartTitle(t.title),
		Legend:   excelize.ChartLegend{Position: "bottom"},
		GapWidth: &gap,
	}
	for i, colour := range t.colours {
		r := t.first + i
		c.Series = append(c.Series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$A$%d", sheet, r), // the layer's name in the workbook's language
			Categories: categories,
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", sheet, first, r, last, r),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}},
		})
	}
	cell, err := rightColumnCell(f, summary, row)
	if err != nil {
		return err
	}
	if err := f.AddChart(summary, cell, withAxes(c, t.axis, "#,##0", lang)); err != nil {
		return fmt.Errorf("sheet %s, chart %s: %w", summary, t.title, err)
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

// addSummaryMap puts the map of incidents (the chart incidents_map, by
// country or by place as it is drawn in charts/, as a picture: Excel has
// no map chart excelize can make)
// on the Summary at row, in the right-hand column of charts, as wide as
// the native charts.
func addSummaryMap(f *excelize.File, summary string, row int, in report.Input) error {
	picture := in.MapPicture
	if picture == nil {
		picture = func() ([]byte, string, error) {
			o := charts.DefaultOptions()
			o.Lang, o.AsOf, o.Source = in.Settings.Lang, in.Figures.AsOf, report.SourceLine(in)
			if in.Data != nil {
				o.Incidents = in.Data.Incidents // as charts/ draws it: by place for one country's data
			}
			return charts.Render(charts.IncidentsMap, in.Figures, o, "png")
		}
	}
	png, title, err := picture()
	if err != nil {
		return err
	}
	// The PNG is 300 dpi; Excel places pictures at 96: 0.3 brings its
	// 2,400 pixels to the charts' 720.
	scale := float64(chartWidth) / 2400
	cell, err := rightColumnCell(f, summary, row)
	if err != nil {
		return err
	}
	return f.AddPictureFromBytes(summary, cell, &excelize.Picture{
		Extension: ".png",
		File:      png,
		Format: &excelize.GraphicOptions{
			AltText: title, ScaleX: scale, ScaleY: scale,
			PrintObject: &[]bool{true}[0], Positioning: "oneCell",
		},
	})
}
