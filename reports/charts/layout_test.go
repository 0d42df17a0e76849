package charts

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

func TestWrap(t *testing.T) {
	sty := stylesFor(catalogue{lang: "fr"}).caption
	w := sty.Width("abcdefghij")
	tests := []struct{ in, want string }{
		{"short", "short"},
		{"abcdefghij abcdefghij", "abcdefghij\nabcdefghij"},
		{"a\nb", "a\nb"},
		{"abcdefgh à bcdefghij", "abcdefgh\nà bcdefghij"},                                  // no one-letter word at a line end
		{"ab 50\u00a0%", "ab\n50\u00a0%"},                                                  // the no-break space holds
		{"abcdefghijklmnop q", "abcdefghijklmnop\nq"},                                      // a long word gets its own line
		{"1\u202f234\u202f567\u202f890\u202f123", "1\u202f234\u202f567\u202f890\u202f123"}, // never broken
	}
	for _, tt := range tests {
		width := w
		if strings.Contains(tt.in, "%") {
			width = sty.Width("ab 50")
		}
		if got := wrap(tt.in, sty, width); got != tt.want {
			t.Errorf("wrap(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFitTitle(t *testing.T) {
	sty := stylesFor(catalogue{lang: "en"}).title
	title := "Cells dismantled per year"
	w := sty.Width(title)
	if got, s := fitTitle(title, sty, w); got.Font.Size != sty.Font.Size || s != title {
		t.Errorf("a title that fits: size %v, %q", got.Font.Size, s)
	}
	got, s := fitTitle(title, sty, w*0.9)
	if got.Font.Size >= sty.Font.Size || got.Font.Size < minTitleSize || s != title {
		t.Errorf("a little too long: size %v, %q; want shrunk, on one line", got.Font.Size, s)
	}
	got, s = fitTitle(title, sty, w/2)
	if got.Font.Size != sty.Font.Size || !strings.Contains(s, "\n") {
		t.Errorf("far too long: size %v, %q; want wrapped at full size", got.Font.Size, s)
	}
	if got.Width(s) > w/2+vg.Points(0.001) && !strings.Contains(s, " ") {
		t.Errorf("wrapped title wider than the page")
	}
}
