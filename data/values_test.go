package data

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// parseDecimal gives what strconv.ParseFloat gives, bit for bit, for every
// string it reads; other strings are left to ParseFloat.
func TestParseDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []string{"0", "-0", "35.2006", "-6.1485", "90", "-180.000000", "123456789012345", "1234567890.12345",
		"0.000000000000001", "9007199254740993", "1.", ".5", "-", "", "1.2.3", "+1", "1e3", "١٢"}
	for range 200000 {
		var b strings.Builder
		for range 1 + r.IntN(18) {
			b.WriteByte("-0123456789.."[r.IntN(13)])
		}
		cases = append(cases, b.String())
	}
	read := 0
	for _, s := range cases {
		v, ok := parseDecimal(s)
		if !ok {
			continue
		}
		read++
		want, err := strconv.ParseFloat(s, 64)
		if err != nil || math.Float64bits(v) != math.Float64bits(want) {
			t.Fatalf("parseDecimal(%q) = %v; ParseFloat gives %v, %v", s, v, want, err)
		}
	}
	if read < 10000 {
		t.Errorf("only %d of %d strings read: the test does not exercise parseDecimal", read, len(cases))
	}
	for _, s := range []string{"1.", ".5", "1e3", "+1", "1234567890123456", "١٢"} {
		if _, ok := parseDecimal(s); ok {
			t.Errorf("parseDecimal(%q) reads a form it leaves to ParseFloat", s)
		}
	}
}

// trimSpace is strings.TrimSpace.
func TestTrimSpace(t *testing.T) {
	for _, s := range []string{"", " ", "MA", " MA", "MA ", "\tMA\r", "\u00a0MA", "MA\u3000", "المغرب", " المغرب ", "a b", "\x7f", "x\u0085",
		"Salé", "Salé ", "\u2003Salé", "é", "\u00a0", "\xc3", "a\xff", "\xff ", " \xe2\x80"} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// isoDay reads what parseDate's general path reads, for every day of
// 1600–2400 and for strings that are not days.
func TestISODay(t *testing.T) {
	for d := time.Date(1600, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() <= 2400; d = d.AddDate(0, 0, 1) {
		s := d.Format("2006-01-02")
		got, ok := isoDay(s)
		if !ok || int(got.year) != d.Year() || int(got.month) != int(d.Month()) || int(got.dayOfMonth) != d.Day() {
			t.Fatalf("isoDay(%s) = %+v, %v", s, got, ok)
		}
		if m := d.Month(); d.Day() == 28 && m == time.February || d.Day() == 30 || d.Day() == 31 {
			next := fmt.Sprintf("%04d-%02d-%02d", d.Year(), m, d.Day()+1)
			if _, ok := isoDay(next); ok != (d.AddDate(0, 0, 1).Month() == m) {
				t.Fatalf("isoDay(%s) says %v", next, ok)
			}
		}
	}
	for _, s := range []string{"0000-01-01", "2024-00-10", "2024-13-01", "2024-01-00", "2023-02-29", "2024-1-010", "2024/01/01", "٢٠٢٤-٠١-٠١", "2024-01-1a", " 2024-01-01"} {
		if _, ok := isoDay(s); ok {
			t.Errorf("isoDay(%q) reads it", s)
		}
	}
}
