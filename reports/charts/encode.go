package charts

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"sync"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"git.sr.ht/~sbinet/gg"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"
)

// pages are 300 dpi pages to draw PNG charts on, used again from chart to
// chart (the canvas paints the background over them first).
var pages = sync.Pool{New: func() any {
	w, h := pageWidth/vg.Inch*pngDPI, pageHeight/vg.Inch*pngDPI
	return image.NewRGBA(image.Rect(0, 0, int(w+0.5), int(h+0.5)))
}}

// encode draws fg on a page and returns it as a PNG at pngDPI, an SVG or a
// PDF dated day. gonum/plot reports some failures by panicking; they come
// back as errors.
func encode(fg figure, format string, day time.Time) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var buf bytes.Buffer
	switch format {
	case "png":
		img := pages.Get().(*image.RGBA)
		defer pages.Put(img)
		// The canvas draws straight onto img: vgimg.NewWith would copy a
		// new page into a context of its own for every chart.
		ctx := gg.NewContextForRGBA(img)
		ctx.SetLineCapButt()
		ctx.InvertY()
		// The canvas paints the page white (its background) as it is
		// made, at a fraction of the cost of filling it as a shape.
		c := vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(pngDPI))
		fg.draw(draw.New(&rasterPage{Canvas: c, ctx: ctx, img: img, dpi: pngDPI}))
		err = encodePNG(&buf, img, pngDPI)
		return buf.Bytes(), err
	case "svg":
		c := vgsvg.New(pageWidth, pageHeight)
		fg.draw(whitePage(c))
		_, err = c.WriteTo(&buf)
		return withTitle(buf.Bytes(), fg.title, fg.caption), err
	case "pdf":
		c := newPDF(pageWidth, pageHeight, day)
		fg.draw(whitePage(c))
		_, err = c.WriteTo(&buf)
		return buf.Bytes(), err
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

// whitePage paints the page of c white, and returns it to be drawn on.
func whitePage(c vg.CanvasSizer) draw.Canvas {
	page := draw.New(c)
	page.SetColor(white)
	page.Fill(page.Rectangle.Path())
	return page
}

// withTitle puts the chart's title and caption into the SVG as its <title>
// and <desc>, right after the opening <svg> tag: the text of the chart is
// drawn as outlines, so this is what screen readers and search see.
func withTitle(svg []byte, title, desc string) []byte {
	open := bytes.Index(svg, []byte("<svg"))
	if open < 0 {
		return svg
	}
	end := bytes.IndexByte(svg[open:], '>')
	if end < 0 {
		return svg
	}
	at := open + end + 1
	var meta bytes.Buffer
	for _, el := range []struct{ tag, text string }{{"title", title}, {"desc", desc}} {
		if el.text == "" {
			continue
		}
		fmt.Fprintf(&meta, "\n<%s>", el.tag)
		xml.EscapeText(&meta, []byte(el.text))
		fmt.Fprintf(&meta, "</%s>", el.tag)
	}
	out := make([]byte, 0, len(svg)+meta.Len())
	out = append(out, svg[:at]...)
	out = append(out, meta.Bytes()...)
	return append(out, svg[at:]...)
}

// pdfDefaults guards fpdf's package-level defaults, which vgpdf.New reads
// when it makes its document and which are the only way to reach them
// through vgpdf.
var pdfDefaults sync.Mutex

// undatedPDF is the date of a PDF drawn without an as-of date.
var undatedPDF = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// newPDF returns a PDF canvas whose creation and modification dates are
// day (undatedPDF when zero) rather than the time of the run, and whose
// catalogue is sorted, so that the same chart gives the same bytes. fpdf's
// defaults are put back afterwards for any other user of fpdf.
func newPDF(w, h vg.Length, day time.Time) *vgpdf.Canvas {
	if day.IsZero() {
		day = undatedPDF
	}
	pdfDefaults.Lock()
	defer pdfDefaults.Unlock()
	fpdf.SetDefaultCreationDate(day)
	fpdf.SetDefaultModificationDate(day)
	fpdf.SetDefaultCatalogSort(true)
	defer func() {
		fpdf.SetDefaultCreationDate(time.Time{})
		fpdf.SetDefaultModificationDate(time.Time{})
		fpdf.SetDefaultCatalogSort(false)
	}()
	return vgpdf.New(w, h)
}
