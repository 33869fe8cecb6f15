package utf8x_test

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// samples are strings of every kind of encoding: ASCII, two-, three- and
// four-byte runes, and invalid, short and overlong encodings at the start,
// in the middle and at the end.
var samples = []string{
	"", "a", "ab", "é", "وزير", "الخارجية", "لافروف ", "a\u0600", "\u06ff", "€", "x€", "𝄞", "a𝄞b",
	"\xc3", "\xc3\xa9\xc3", "\xa9", "\xa9\xc3\xa9", "\xc0\x80", "\xc1\xbf", "\xe0\xc3\xa9", "\xc3\xc3\xa9",
	"\xe2\x82", "\xe2\x82\xac\xa9", "\xf0\x9d\x84", "\xed\xa0\x80", "\xff\xfe", "وزير\xd8", "\xd9وزير",
	"\xdf\xbf", "\xc2\x80", "\xc2\x7f", "\xc2\xc0",
}

func TestAgreesWithUTF8(t *testing.T) {
	for _, s := range samples {
		r, n := utf8.DecodeRuneInString(s)
		gr, gn := utf8x.First(s)
		assert.Equal(t, [2]int{int(r), n}, [2]int{int(gr), gn}, "First(%q)", s)
		r, n = utf8.DecodeLastRuneInString(s)
		gr, gn = utf8x.Last(s)
		assert.Equal(t, [2]int{int(r), n}, [2]int{int(gr), gn}, "Last(%q)", s)
		assert.Equal(t, utf8.RuneCountInString(s), utf8x.Count(s), "Count(%q)", s)
	}
}

// TestAgreesOnEveryTwoBytes compares every string of two bytes, alone and
// after and before an Arabic letter.
func TestAgreesOnEveryTwoBytes(t *testing.T) {
	for a := range 256 {
		for b := range 256 {
			for _, s := range []string{string([]byte{byte(a), byte(b)}), "ي" + string([]byte{byte(a), byte(b)}),
				string([]byte{byte(a), byte(b)}) + "ي"} {
				r, n := utf8.DecodeRuneInString(s)
				if gr, gn := utf8x.First(s); gr != r || gn != n {
					t.Fatalf("First(%q) = %q, %d; utf8 says %q, %d", s, gr, gn, r, n)
				}
				r, n = utf8.DecodeLastRuneInString(s)
				if gr, gn := utf8x.Last(s); gr != r || gn != n {
					t.Fatalf("Last(%q) = %q, %d; utf8 says %q, %d", s, gr, gn, r, n)
				}
				if got, want := utf8x.Count(s), utf8.RuneCountInString(s); got != want {
					t.Fatalf("Count(%q) = %d; utf8 says %d", s, got, want)
				}
			}
		}
	}
}

func FuzzUTF8(f *testing.F) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, n := utf8.DecodeRuneInString(s)
		if gr, gn := utf8x.First(s); gr != r || gn != n {
			t.Fatalf("First(%q) = %q, %d; utf8 says %q, %d", s, gr, gn, r, n)
		}
		r, n = utf8.DecodeLastRuneInString(s)
		if gr, gn := utf8x.Last(s); gr != r || gn != n {
			t.Fatalf("Last(%q) = %q, %d; utf8 says %q, %d", s, gr, gn, r, n)
		}
		if got, want := utf8x.Count(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("Count(%q) = %d; utf8 says %d", s, got, want)
		}
	})
}

var words = []string{"الخارجية", "وزير", "لافروف", "السيد", "بدر", "عبد", "العاطي", "اذربيجان", "في", "مع"}

var sink int

// BenchmarkCount compares Count with utf8.RuneCountInString on Arabic
// words.
func BenchmarkCount(b *testing.B) {
	b.Run("utf8", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				sink += utf8.RuneCountInString(w)
			}
		}
	})
	b.Run("utf8x", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				sink += utf8x.Count(w)
			}
		}
	})
}

// BenchmarkFirstLast compares First and Last with their unicode/utf8
// counterparts on Arabic words.
func BenchmarkFirstLast(b *testing.B) {
	b.Run("utf8", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				r, _ := utf8.DecodeRuneInString(w)
				l, _ := utf8.DecodeLastRuneInString(w)
				sink += int(r + l)
			}
		}
	})
	b.Run("utf8x", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				r, _ := utf8x.First(w)
				l, _ := utf8x.Last(w)
				sink += int(r + l)
			}
		}
	})
}
