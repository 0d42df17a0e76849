package charts

import "gonum.org/v1/plot/vg"

// layoutBox is one thing a chart drew, where: its kind ("swatch",
// "legend", "value", "caption", "footnote", "title", "trend", "frame"),
// the text or key it stands for, and its rectangle on the page, in points
// from the bottom left corner.
type layoutBox struct {
	kind, text string
	rect       vg.Rectangle
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
