package brief

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ctreport/ctreport/internal/outdir"
	"github.com/ctreport/ctreport/reports/report"
)

// The files of the briefing note in a report folder (docs/cli.md).
const (
	Markdown = "brief.md"
	HTML     = "brief.html"
)

// Write writes the briefing note of in into the report folder dir:
// brief.md and a self-contained brief.html, in in.Settings.Lang. The charts
// must already be in dir/charts (as charts.Write leaves them): the HTML
// carries each one inside it as a data URI, the Markdown refers to
// charts/<name>.png. Every number in the note is one of in.Figures (or of
// in.Data's accounting), written with the language's number rules.
func Write(dir string, in report.Input) error {
	cs, err := readCharts(filepath.Join(dir, "charts"))
	if err != nil {
		return fmt.Errorf("reading the charts for the briefing note: %w", err)
	}
	b := build(in, cs)
	if err := outdir.WriteFile(filepath.Join(dir, Markdown), b.markdown()); err != nil {
		return fmt.Errorf("writing %s: %w", Markdown, err)
	}
	h, err := b.html()
	if err != nil {
		return fmt.Errorf("rendering %s: %w", HTML, err)
	}
	if err := outdir.WriteFile(filepath.Join(dir, HTML), h); err != nil {
		return fmt.Errorf("writing %s: %w", HTML, err)
	}
	return nil
}

// brief is the content of the note, in its language, ready to be drawn as
// Markdown or HTML. Strings are plain text; each renderer escapes them.
type brief struct {
	Lang, Dir string // "ar" and "rtl", or "en"/"fr" and "ltr"
	Title     string
	Dates     string
	Source    string
	Headline  string
	// Findings are the sentences under the headline, one a finding.
	Findings []string

	FiguresHeading string
	Table          table // its Note explains the tests behind "beyond chance"

	// Charts are the (at most two) charts that carry the findings.
	Charts []chart

	// Caveats is one line of what the period's figures do not cover.
	Caveats string

	Footer string
}

// table is the key table: a header row and one row per measure, whose
// first cell is a row header.
type table struct {
	Head []string
	Rows []tableRow
	Note string
}

type tableRow struct {
	Measure string
	Cells   []string
}

// chart is one chart of the report folder.
type chart struct {
	Name string
	Alt  string
	// File is the chart's path relative to the report folder, for the
	// Markdown: charts/<name>.png, or the SVG when there is no PNG.
	File string
	// Src is the chart as a data URI, for the HTML.
	Src template.URL
	// Width and Height are the chart's size in CSS pixels (0: unknown).
	Width, Height int
}

//go:embed brief.html.tmpl
var htmlText string

var htmlTemplate = template.Must(template.New("brief.html").Parse(htmlText))

// html draws the note as one HTML page that needs nothing else: styles and
// charts are inside it, and it fetches nothing.
func (b *brief) html() ([]byte, error) {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// markdown draws the note as Markdown, charts as relative image links.
func (b *brief) markdown() []byte {
	var w strings.Builder
	line := func(s string) { w.WriteString(s); w.WriteByte('\n') }
	line("# " + mdEscape(b.Title))
	line("")
	line(mdEscape(b.Dates) + "  ")
	line(mdEscape(b.Source))
	line("")
	line("**" + mdEscape(b.Headline) + "**")
	line("")
	for _, f := range b.Findings {
		line("- " + mdEscape(f))
	}
	line("")
	line("## " + mdEscape(b.FiguresHeading))
	line("")
	row := func(cells []string) {
		w.WriteString("|")
		for _, c := range cells {
			w.WriteString(" " + mdEscape(c) + " |")
		}
		w.WriteByte('\n')
	}
	row(b.Table.Head)
	w.WriteString("|")
	for i := range b.Table.Head {
		if i == 0 {
			w.WriteString(" :-- |")
		} else {
			w.WriteString(" --: |")
		}
	}
	w.WriteByte('\n')
	for _, r := range b.Table.Rows {
		row(append([]string{r.Measure}, r.Cells...))
	}
	line("")
	line(mdEscape(b.Table.Note))
	for _, c := range b.Charts {
		line("")
		line("![" + mdEscape(c.Alt) + "](" + c.File + ")")
	}
	line("")
	line(mdEscape(b.Caveats))
	line("")
	line("---")
	line("")
	line(mdEscape(b.Footer))
	return []byte(w.String())
}

// mdEscape makes text, which may hold data (file names, country names),
// read as itself in Markdown: no emphasis, code, link, HTML tag or entity
// ("&amp;") or table cell boundary comes out of it, and no line break that could start a
// block. A "<" is escaped only where it could open a tag, so that "p < 0.05"
// stays as it is.
var mdLineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

func mdEscape(s string) string {
	s = mdLineBreaks.Replace(s) // not strings.Fields: it would eat no-break spaces
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '|', '&':
			b.WriteByte('\\')
		case '<':
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsLetter(next) || strings.ContainsRune("/!?", next) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}
