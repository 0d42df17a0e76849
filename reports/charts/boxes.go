package charts

import "gonum.org/v1/plot/vg"

// layoutBox is one thing a chart drew, where: its kind ("swatch",
// "legend", "value", "caption", "footnote", "title", "trend", "frame";
// in the comparison's panels also "panel", "name", "rowlabel", "bar"),
// the text or key it stands for, and its rectangle on the page, in points
// from the bottom left corner.
type layoutBox struct {
	kind, text string
	rect       vg.Rectangle
	// a, b and width are the ends and width of a line ("trend").
	a, b  vg.Point
	width vg.Length
}

// layoutLog collects the boxes of one drawing of a figure, so that the
// tests can check that nothing collides and read the colour at a legend
// swatch. Drawing a figure again starts it afresh.
type layoutLog struct{ boxes []layoutBox }

func (l *layoutLog) add(kind, text string, r vg.Rectangle) {
	if l != nil {
		l.boxes = append(l.boxes, layoutBox{kind: kind, text: text, rect: r})
	}
}

func (l *layoutLog) reset() {
	if l != nil {
		l.boxes = l.boxes[:0]
	}
}

func (l *layoutLog) addLine(kind string, a, b vg.Point, width vg.Length) {
	if l != nil {
		r := vg.Rectangle{Min: vg.Point{X: min(a.X, b.X), Y: min(a.Y, b.Y)}, Max: vg.Point{X: max(a.X, b.X), Y: max(a.Y, b.Y)}}
		l.boxes = append(l.boxes, layoutBox{kind: kind, rect: r, a: a, b: b, width: width})
	}
}
