package charts

import (
	"bytes"
	"image/color"
	"image/png"
	"testing"
	"time"

	"github.com/ctreport/ctreport/analysis"
)

// drawnColours draws fg as a PNG and returns the colour at the centre of
// each legend swatch, by the key the entry stands for.
func drawnColours(t *testing.T, fg figure) map[string]color.RGBA {
	t.Helper()
	b, err := encode(fg, "png", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	rgba := toRGBA(img)
	scale := float64(pngDPI) / 72
	h := rgba.Bounds().Dy()
	out := map[string]color.RGBA{}
	for _, box := range fg.log.boxes {
		if box.kind != "swatch" || box.text == "" {
			continue
		}
		mid := box.rect.Min.Add(box.rect.Max).Scale(0.5)
		x, y := int(float64(mid.X)*scale), h-1-int(float64(mid.Y)*scale)
		out[box.text] = rgba.RGBAAt(x, y)
	}
	return out
}

// otherPeriod is figures of other years, where the partners and the
// affiliations rank differently from the sample's.
func otherPeriod() analysis.Figures {
	f := figuresOf([]yearRow{{2023, 9, 6, 3, 30, false}, {2024, 7, 5, 2, 20, false}}, analysis.Trend{})
	f.Partners = append(f.Partners, []analysis.PartnerYear{
		{Country: "US", Year: 2023, Incidents: 4}, {Country: "US", Year: 2024, Incidents: 3},
		{Country: "DE", Year: 2023, Incidents: 2}, {Country: "ES", Year: 2024, Incidents: 1},
		{Country: "ML", Year: 2023, Incidents: 2}, {Country: "BE", Year: 2024, Incidents: 1},
	}...)
	f.Breakdowns.Affiliations = append(f.Breakdowns.Affiliations, []analysis.KeyYear{
		{Key: "separatist", Year: 2023, Counts: analysis.Counts{Incidents: 2, Arrests: 20}},
		{Key: "jihadist", Year: 2024, Counts: analysis.Counts{Incidents: 1, Arrests: 5}},
		{Key: "right_wing", Year: 2024, Counts: analysis.Counts{Incidents: 1, Arrests: 15}},
	}...)
	return f
}

// TestColoursMeanOneThing: a partner country and an affiliation have the
// same colour, read from the rendered PNG at their legend swatch, in
// reports of different years (different ranks) and languages, and it is
// the colour of the documented table.
func TestColoursMeanOneThing(t *testing.T) {
	want := map[string]string{"ES": "0072B2", "US": "009E73", "BE": "CC79A7", "DE": "56B4E9", "other": "A0A0A0"}
	wantAff := map[string]string{"jihadist": "0072B2", "separatist": "E69F00", "right_wing": "009E73", "unknown": "A0A0A0"}
	seen := map[string]color.RGBA{}
	check := func(name string, got map[string]color.RGBA, table map[string]string) {
		for key, c := range got {
			if w, ok := table[key]; ok && hex(c) != w {
				t.Errorf("%s: %s drawn %s, table says %s", name, key, hex(c), w)
			}
			if prev, ok := seen[key]; ok && prev != c {
				t.Errorf("%s: %s drawn %s, elsewhere %s", name, key, hex(c), hex(prev))
			}
			seen[key] = c
		}
	}
	for _, lang := range []string{"en", "ar", "fr"} {
		cat, err := catalogueFor(lang)
		if err != nil {
			t.Fatal(err)
		}
		for name, f := range map[string]analysis.Figures{"sample": sample(), "other": otherPeriod()} {
			p := drawnColours(t, partnersFigure(f, cat))
			a := drawnColours(t, affiliationsFigure(f, cat))
			if len(p) < 3 || len(a) < 2 {
				t.Fatalf("%s/%s: too few swatches found: %v %v", name, lang, p, a)
			}
			check(name+"/"+lang+"/partners", p, want)
			check(name+"/"+lang+"/affiliations", prefixed(a), prefixed2(wantAff))
		}
	}
	if PartnerColour("US") != "009E73" || AffiliationColour("") != "A0A0A0" {
		t.Errorf("exported colours: US %s, unknown %s", PartnerColour("US"), AffiliationColour(""))
	}
	if c := PartnerColour("ML"); c == OtherColour() || c != PartnerColour("ML") {
		t.Errorf("a country outside the table: %s", c)
	}
}

func prefixed(m map[string]color.RGBA) map[string]color.RGBA {
	out := map[string]color.RGBA{}
	for k, v := range m {
		out["aff:"+k] = v
	}
	return out
}

func prefixed2(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out["aff:"+k] = v
	}
	return out
}
