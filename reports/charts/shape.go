package charts

import (
	"slices"
	"sync"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	gotext "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// shapedGlyph is one glyph of a laid-out line: its id in the font and the
// position of its origin on the baseline, in font units from the left end
// of the line.
type shapedGlyph struct {
	id   gotext.GID
	x, y float64
}

// shapedLine is one line of text laid out for drawing: its glyphs in visual
// order (left to right) and its advance width, in font units.
type shapedLine struct {
	glyphs []shapedGlyph
	width  float64
}

// layoutKey identifies a laid-out line in the cache.
type layoutKey struct {
	text string
	font *chartFont
	rtl  bool
}

// maxCachedLines bounds the layout cache; it is emptied when full. A chart
// has a few hundred distinct strings.
const maxCachedLines = 4096

// typesetter shapes and caches lines and glyph outlines. go-text's faces,
// shaper and segmenter are not safe for concurrent use, so everything is
// behind one mutex: charts have little text and the caches make repeated
// measuring cheap.
var typesetter struct {
	mu       sync.Mutex
	faces    map[*chartFont]*gotext.Face
	shaper   shaping.HarfbuzzShaper
	seg      shaping.Segmenter
	para     bidi.Paragraph
	lines    map[layoutKey]shapedLine
	outlines map[glyphKey][]gotext.Segment
}

// layoutLine lays out one line of text (no line breaks) in f: split into
// runs by the Unicode bidi algorithm with the paragraph direction given by
// rtl, and by script; each run shaped by HarfBuzz (contextual forms,
// ligatures, mark positioning, mirrored brackets in right-to-left runs);
// the runs put in visual order by rule L2 of UAX #9.
func layoutLine(s string, f *chartFont, rtl bool) shapedLine {
	t := &typesetter
	t.mu.Lock()
	defer t.mu.Unlock()
	key := layoutKey{s, f, rtl}
	if l, ok := t.lines[key]; ok {
		return l
	}
	l := shapeLocked(s, f, rtl)
	if t.lines == nil || len(t.lines) >= maxCachedLines {
		t.lines = make(map[layoutKey]shapedLine)
	}
	t.lines[key] = l
	return l
}

// faceLocked returns the go-text face of f, made on first use.
func faceLocked(f *chartFont) *gotext.Face {
	t := &typesetter
	if t.faces == nil {
		t.faces = make(map[*chartFont]*gotext.Face)
	}
	face, ok := t.faces[f]
	if !ok {
		face = gotext.NewFace(f.shaped)
		t.faces[f] = face
	}
	return face
}

// singleFace is a shaping.Fontmap with one face for every rune.
type singleFace struct{ face *gotext.Face }

// ResolveFace implements shaping.Fontmap.
func (s singleFace) ResolveFace(rune) *gotext.Face { return s.face }

// shapedRun is one shaped run and its bidi embedding level.
type shapedRun struct {
	out   shaping.Output
	level bidi.Level
}

// shapeLocked does the work of layoutLine; typesetter.mu must be held.
func shapeLocked(s string, f *chartFont, rtl bool) shapedLine {
	runes := []rune(s)
	if len(runes) == 0 {
		return shapedLine{}
	}
	t := &typesetter
	face := faceLocked(f)
	dir, base := di.DirectionLTR, bidi.LeftToRight
	if rtl {
		dir, base = di.DirectionRTL, bidi.RightToLeft
	}

	// The embedding level of each rune, for reordering the runs.
	levels := make([]bidi.Level, len(runes))
	bruns := t.para.Segment(runes, base)
	for i := range bruns.NumRuns() {
		r := bruns.Run(i)
		for j := r.Start; j < r.End; j++ {
			levels[j] = r.Level
		}
	}

	// Shape at one em per font unit, so that outputs are in font units
	// (times 64, as fixed.Int26_6) and scale linearly to any size.
	in := shaping.Input{
		Text: runes, RunStart: 0, RunEnd: len(runes),
		Direction: dir, Face: face, Size: fixed.I(int(f.upem)),
	}
	var runs []shapedRun
	for _, part := range t.seg.Split(in, singleFace{face}) {
		if part.Face == nil {
			part.Face = face
		}
		runs = append(runs, shapedRun{out: t.shaper.Shape(part), level: levels[part.RunStart]})
	}
	reorderRuns(runs)

	var line shapedLine
	pen := 0.0
	for _, r := range runs {
		// HarfBuzz returns the glyphs of a right-to-left run in visual
		// order already.
		for _, g := range r.out.Glyphs {
			line.glyphs = append(line.glyphs, shapedGlyph{
				id: g.GlyphID,
				x:  pen + fromFixed(g.XOffset),
				y:  fromFixed(g.YOffset),
			})
			pen += fromFixed(g.Advance)
		}
	}
	line.width = pen
	return line
}

// reorderRuns puts runs from logical into visual order, rule L2 of the
// Unicode bidi algorithm: from the highest level down to the lowest odd
// level, reverse every maximal sequence of runs at that level or higher.
func reorderRuns(runs []shapedRun) {
	if len(runs) < 2 {
		return
	}
	highest, lowest := runs[0].level, runs[0].level
	for _, r := range runs {
		highest, lowest = max(highest, r.level), min(lowest, r.level)
	}
	lowestOdd := lowest | 1
	for level := highest; level >= lowestOdd; level-- {
		for i := 0; i < len(runs); {
			if runs[i].level < level {
				i++
				continue
			}
			j := i
			for j < len(runs) && runs[j].level >= level {
				j++
			}
			slices.Reverse(runs[i:j])
			i = j
		}
	}
}

// fromFixed converts a 26.6 fixed-point value to a float.
func fromFixed(v fixed.Int26_6) float64 { return float64(v) / 64 }
