package arabic

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSameNameVariants: each way a name is written two ways in Arabic
// (transliteration classes, article, nisba ي, joined compounds) is one name.
func TestSameNameVariants(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"ز and ث for a Spanish z", "بيريز", "بيريث"},
		{"ج and ز for a Russian zh", "بريجنيف", "بريزنيف"},
		{"ج and ز inside a Slavic surname", "بلاجيك", "بلازيك"},
		{"تش and ش", "تشرشل", "شرشل"},
		{"تش and ك for a c", "تشوفيتش", "كوفيتش"},
		{"س and ش", "ماتوس", "ماتوش"},
		{"غ and ج", "غوتيريش", "جوتيريش"},
		{"ق and غ", "قوتيريش", "غوتيريش"},
		{"long vowel dropped", "ماكرون", "ماكرن"},
		{"article on a surname", "البرادعي", "برادعي"},
		{"given name joined or apart", "عبدالرحمن", "عبد الرحمن"},
		{"abu joined or apart", "أبو الغيط", "أبوالغيط"},
		{"nisba with and without ي", "القاسمي", "القاسم"},
		{"final ه added", "ماري", "مارييه"},
		{"full names", "بيدرو سانشيث", "بيدرو سانشيز"},
		{"hamza seats and diacritics", "أنطونيو غوتيريش", "انطونيو غوتيريش"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, SameName(tt.a, tt.b), "%s %q / %s %q", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b))
			assert.True(t, SameName(tt.b, tt.a))
			assert.True(t, SameNameKey(NameKey(tt.a), NameKey(tt.b)), "keyed once")
			assert.Equal(t, NameSkeleton(tt.a), NameSkeleton(tt.b))
		})
	}
}

// TestSameNameDifferent: names that only look alike stay apart.
func TestSameNameDifferent(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"two classes differ", "جاسم", "شاكر"},
		{"another consonant", "لافروف", "لافرون"},
		{"different length", "بيرموف", "بيراموفيتش"},
		{"different surnames", "بوتين", "بايدن"},
		{"خ is not ك", "خان", "كان"},
		{"two letters of the confusable classes", "سيرجي", "شيرزي"},
		{"a word more", "عبد الله", "عبد الله الثاني"},
		{"empty", "", ""},
		{"no letters", "،", "،"},
		{"initial و is a consonant", "وانغ", "انغ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, SameName(tt.a, tt.b), "%s %q / %s %q", tt.a, NameKey(tt.a), tt.b, NameKey(tt.b))
			assert.False(t, SameNameKey(NameKey(tt.a), NameKey(tt.b)), "keyed once")
		})
	}
}

func TestNameKeyValues(t *testing.T) {
	tests := []struct{ in, want, skeleton string }{
		{"بيرموف", "BRMF", "BRMF"},
		{"تشرشل", "CRCL", "SRSL"},
		{"القاسمي", "GSM", "SSM"},
		{"عبد الرحمن", "EBDLRHMN", "EBDLRHMN"},
		{"وانغ يي", "WNG YI", "WNS YI"},
		{"Wang Yi", "WANG YI", "WANS YI"},
		{"، - ", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, NameKey(tt.in))
			assert.Equal(t, tt.skeleton, NameSkeleton(tt.in))
		})
	}
}

func FuzzSameName(f *testing.F) {
	f.Add("بيريز", "بيريث")
	f.Add("عبد الرحمن", "عبدالرحمن")
	f.Add("\xff", "ال")
	f.Fuzz(func(t *testing.T, a, b string) {
		if SameName(a, b) {
			if !SameName(b, a) {
				t.Fatalf("not symmetric: %q %q", a, b)
			}
			if NameSkeleton(a) != NameSkeleton(b) {
				t.Fatalf("same name, different skeletons: %q %q", a, b)
			}
		}
		if NameKey(a) != "" && !SameName(a, a) {
			t.Fatalf("not reflexive: %q", a)
		}
		ka, kb := AppendNameKey([]byte("x"), a)[1:], AppendNameKey(nil, b)
		if string(ka) != NameKey(a) || SameNameKeyBytes(ka, kb) != SameName(a, b) {
			t.Fatalf("AppendNameKey %q %q: %q, %v", a, b, ka, SameNameKeyBytes(ka, kb))
		}
	})
}

// TestLongVowelApart: long vowels added or dropped inside a name word, both
// ways, and what it leaves apart.
func TestLongVowelApart(t *testing.T) {
	same := []struct {
		a, b string
		n    int
	}{
		{"ماكرون", "ماكرن", 4},
		{"بايراموف", "بيراموف", 4},
		{"بيراموف", "بيرموف", 4},
		{"باكاييف", "باكايف", 3},
		{"غوتيريش", "غوتيرش", 4},
		{"أليكسي", "اليكسيي", 5},
		{"الصفدي", "الصافدي", 6},
		{"رادوفان", "رادفان", 4},
	}
	for _, tt := range same {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			n, ok := LongVowelApart(tt.a, tt.b)
			assert.True(t, ok, "%q %q", VowelSkeleton(tt.a), VowelSkeleton(tt.b))
			assert.Equal(t, tt.n, n)
			n, ok = LongVowelApart(tt.b, tt.a)
			assert.True(t, ok)
			assert.Equal(t, tt.n, n)
		})
	}
	apart := []struct{ name, a, b string }{
		{"the same spelling", "ماكرون", "ماكرون"},
		{"the same after the fold", "أحمد", "احمد"},
		{"a consonant differs", "لافروف", "لافرون"},
		{"a class letter differs", "سانشيز", "سانشيث"},
		{"a first letter added", "ايفانوف", "فانوف"},
		{"a final vowel dropped", "ميلوني", "ميلون"},
		{"the article", "البرادعي", "برادعي"},
		{"two words", "جو بايدن", "جو بيدن"},
		{"not letters", "2024", "2024"},
		{"empty", "", ""},
	}
	for _, tt := range apart {
		t.Run(tt.name, func(t *testing.T) {
			_, ok := LongVowelApart(tt.a, tt.b)
			assert.False(t, ok, "%q %q", VowelSkeleton(tt.a), VowelSkeleton(tt.b))
		})
	}
	assert.Equal(t, "مكرن", VowelSkeleton("ماكرون"))
	assert.Equal(t, "", VowelSkeleton("جو بايدن"))
}

func FuzzLongVowelApart(f *testing.F) {
	f.Add("ماكرون", "ماكرن")
	f.Add("\xff", "ا")
	f.Fuzz(func(t *testing.T, a, b string) {
		n, ok := LongVowelApart(a, b)
		n2, ok2 := LongVowelApart(b, a)
		if ok != ok2 || n != n2 {
			t.Fatalf("not symmetric: %q %q", a, b)
		}
		if ok && (n == 0 || VowelSkeleton(a) != VowelSkeleton(b)) {
			t.Fatalf("apart without one skeleton: %q %q", a, b)
		}
		if _, self := LongVowelApart(a, a); self {
			t.Fatalf("a word is no variant of itself: %q", a)
		}
	})
}

// TestNameKeyClasses: names SameName accepts have one NameKeyClasses of
// their keys; names it refuses mostly do not (the classes index, SameName
// decides).
func TestNameKeyClasses(t *testing.T) {
	names := []string{"بريجنيف", "بريزنيف", "سيميتش", "سيميك", "ماكرون", "ماكرن", "القاسمي", "القاسم",
		"غوتيريش", "جوتيريس", "قوتيريس", "صظوسن", "ظغكنا", "زيلينسكي", "زيلنسكي", "شولتس", "شولز", "وانغ", "وانج", "يي"}
	for _, a := range names {
		for _, b := range names {
			ka, kb := NameKey(a), NameKey(b)
			if SameNameKey(ka, kb) {
				require.Equal(t, NameKeyClasses(ka), NameKeyClasses(kb), "%s %s", a, b)
			}
		}
	}
	require.NotEqual(t, NameKeyClasses(NameKey("ماكرون")), NameKeyClasses(NameKey("شولتس")))
}

func FuzzNameKeyClasses(f *testing.F) {
	f.Add("بريجنيف", "بريزنيف")
	f.Add("غوتيريش", "قوتيريس")
	f.Fuzz(func(t *testing.T, a, b string) {
		ka, kb := NameKey(a), NameKey(b)
		if SameNameKey(ka, kb) && NameKeyClasses(ka) != NameKeyClasses(kb) {
			t.Fatalf("SameNameKey(%q, %q) but classes %q, %q", ka, kb, NameKeyClasses(ka), NameKeyClasses(kb))
		}
		if len(NameKeyClasses(ka)) != len(ka) {
			t.Fatalf("classes of %q change its length", ka)
		}
	})
}
