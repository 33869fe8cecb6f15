package consistency

import (
	"strings"
	"testing"

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
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.a, " ")+"/"+strings.Join(tt.b, " "), func(t *testing.T) {
			assert.Equal(t, tt.want, joinedLast(tt.a, tt.b))
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
	})
}
