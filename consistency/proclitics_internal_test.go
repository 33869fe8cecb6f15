package consistency

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestAlefApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"اسبينوزا", "سبينوزا", true},
		{"ستراندبرغ", "استراندبرغ", true},
		{"اغناتييف", "غناتييف", true},
		{"اسبينوزا", "اسبينوزا", false}, // the same word
		{"الزعابي", "لزعابي", false},    // the article
		{"ايفانتي", "يفانتي", false},    // a vowel after the alef
		{"اسكو", "سكو", false},          // three letters left
		{"اسبينوزا", "سبينوزة", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, alefApart(tt.a, tt.b))
			assert.Equal(t, tt.want, alefApart(tt.b, tt.a), "symmetric")
		})
	}
}

func TestJoinedLast(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"رامي", "ابو", "شهاب"}, []string{"ابوشهاب"}, true},
		{[]string{"عبد", "الاله", "بن", "كيران"}, []string{"بنكيران"}, true},
		{[]string{"ستافان", "دي", "ميستورا"}, []string{"ديميستورا"}, true},
		{[]string{"رامي", "ابو", "شهاب"}, []string{"ابوشنب"}, false},
		{[]string{"عبد", "العزيز"}, []string{"عبدالعزيز"}, false}, // a given name, joined by NameKey
		{[]string{"رامي", "شهاب"}, []string{"رامي", "شهاب"}, false},
		{[]string{"ابو"}, []string{"ابو"}, false},
		// a double surname without a particle, joined: long enough
		{[]string{"سوبراهمانيام", "جاي", "شانكار"}, []string{"جايشانكار"}, true},
		{[]string{"كارلوس", "مارتين", "لوبيز"}, []string{"كارلوس", "مارتينلوبيز"}, true},
		// too short to be sure, an article inside, a letter apart
		{[]string{"لي", "تاو"}, []string{"ليتاو"}, false},
		{[]string{"سيف", "الاسلام"}, []string{"سيفالاسلام"}, false},
		{[]string{"مارتين", "لوبيز"}, []string{"مارتينلوبيس"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.a, " ")+"/"+strings.Join(tt.b, " "), func(t *testing.T) {
			assert.Equal(t, tt.want, joinedLast(tt.a, tt.b))
		})
	}
}

// TestJoinedGiven: a given name written as one word for two (or two for
// one) of the other occurrence's given names; other given names, and
// short ones, are not.
func TestJoinedGiven(t *testing.T) {
	tests := []struct {
		g      string
		ga, gb []string
		want   bool
	}{
		{"جانبيير", []string{"جانبيير"}, []string{"جان", "بيير"}, true},
		{"جان", []string{"جان", "بيير"}, []string{"جانبيير"}, true},
		{"ماريالويزا", []string{"ماريالويزا"}, []string{"ماريا", "لويزا"}, true},
		{"جانبيير", []string{"جانبيير"}, []string{"جان", "بول"}, false},
		{"جان", []string{"جان"}, []string{"بيير"}, false},
		{"ليبو", []string{"ليبو"}, []string{"لي", "بو"}, false}, // short: chance
	}
	for _, tt := range tests {
		t.Run(tt.g+"/"+strings.Join(tt.gb, " "), func(t *testing.T) {
			assert.Equal(t, tt.want, joinedGiven(tt.g, tt.ga, tt.gb))
		})
	}
}

func TestRespeltStem(t *testing.T) {
	tests := []struct {
		stem, surname string
		swap, want    bool
	}{
		{"مورشكو", "موراشكو", false, true},  // a long vowel, five letters left
		{"شلغومي", "الشلغومي", false, true}, // the article dropped
		{"سبينوزا", "اسبينوزا", false, true},
		{"كوفالشوك", "كوفالتشوك", true, true}, // a class letter, trusted
		{"كوفالشوك", "كوفالتشوك", false, false},
		{"الشلغومي", "شلغومي", false, false}, // the article added
		{"موراشكو", "موراشكو", false, false}, // the same word: no respelling
		{"مسووله", "ماسولا", false, false},
		{"رادفاني", "رادفان", true, false}, // a final ي added
	}
	for _, tt := range tests {
		t.Run(tt.stem+"/"+tt.surname, func(t *testing.T) {
			assert.Equal(t, tt.want, respeltStem(tt.stem, tt.surname, tt.swap))
		})
	}
}

// FuzzNameSpellings: the spelling tests of proclitics.go take any words
// without panicking, and alefApart is symmetric.
func FuzzNameSpellings(f *testing.F) {
	f.Add("اسبينوزا", "سبينوزا")
	f.Add("ابو شهاب", "ابوشهاب")
	f.Add("مورشكو", "موراشكو")
	f.Add("ال", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		if alefApart(a, b) != alefApart(b, a) {
			t.Fatalf("alefApart(%q, %q) is not symmetric", a, b)
		}
		respeltStem(a, b, true)
		respeltStem(b, a, false)
		joinedLast(strings.Fields(a), strings.Fields(b))
		if ws := strings.Fields(b); len(ws) > 0 && joinedGiven(a, []string{a}, ws) {
			// a word for two: as long as both, no shorter than the minimum
			if n := utf8.RuneCountInString(a); n < minJoinedLetters {
				t.Fatalf("joinedGiven(%q, %q): %d letters", a, b, n)
			}
		}
	})
}
