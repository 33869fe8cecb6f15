package consistency

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/entities"
)

func TestForeignLetterApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"يانسن", "جانسن", true},        // "j" read as "y", first
		{"بنيامين", "بنجامين", true},    // a consonant ي before a long vowel
		{"خيمينو", "جيمينو", true},      // the Spanish "j"
		{"خيراردو", "غيراردو", true},    // the Spanish "g" before e
		{"ميخائيل", "ميكائيل", true},    // "kh" as ك
		{"سيمون", "سجمون", false},       // the ي a long vowel
		{"يانسن", "كانسن", false},       // ي and ك: no such sound
		{"يانسن", "يانسن", false},       // the same word
		{"جان", "خان", false},           // three letters
		{"خيمينو", "جيمينز", false},     // two letters apart
		{"خيمينو", "جيمنو", false},      // a vowel dropped as well
		{"حسان", "خسان", false},         // خ and ح are two letters
		{"يانسون", "جانسن", false},      // lengths differ
		{"مارتينيز", "مارتينيث", false}, // one key: SameName's case, not this
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, foreignLetterApart(tt.a, tt.b))
			assert.Equal(t, tt.want, foreignLetterApart(tt.b, tt.a), "symmetric")
		})
	}
}

func TestShortEndingApart(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"هوي", "هوا", true},
		{"لي", "لو", true},
		{"هوي", "هوي", false},    // the same word
		{"تشاو", "تشاوي", false}, // four letters: the key decides
		{"لين", "لين", false},
		{"مين", "ميا", false}, // ن is no vowel
		{"وانغ", "وانغي", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, shortEndingApart(tt.a, tt.b))
			assert.Equal(t, tt.want, shortEndingApart(tt.b, tt.a), "symmetric")
		})
	}
}

func FuzzForeignLetterApart(f *testing.F) {
	f.Add("يانسن", "جانسن")
	f.Add("خيمينو", "جيمينو")
	f.Add("هوي", "هوا")
	f.Add("\xff\xfe", "ab")
	f.Fuzz(func(t *testing.T, a, b string) {
		if foreignLetterApart(a, b) != foreignLetterApart(b, a) {
			t.Fatalf("foreignLetterApart(%q, %q) is not symmetric", a, b)
		}
		if foreignLetterApart(a, b) && (a == b || utf8.RuneCountInString(a) < 4) {
			t.Fatalf("foreignLetterApart(%q, %q): the same word or a short one", a, b)
		}
		if shortEndingApart(a, b) != shortEndingApart(b, a) {
			t.Fatalf("shortEndingApart(%q, %q) is not symmetric", a, b)
		}
		require.Equal(t, len(a), byteAt(a, utf8.RuneCountInString(a)))
	})
}

// TestDropGivenClitics: a foreign given name read as proclitics and a
// state (كارمن: ك + أرمن; كلاوس: ك + لاوس) is no state when a name word
// follows it, and stays one where a mention or punctuation follows.
func TestDropGivenClitics(t *testing.T) {
	_, c := testChecker(t)
	tests := []struct {
		name, text, word string
		state            bool
	}{
		{"a given name before a surname", "استقبل الوزير السيدة كارمن رودريغيث اليوم.", "كارمن", false},
		{"a given name before a surname, ك + لاوس", "وصل السيد كلاوس فيبر إلى الدوحة.", "كلاوس", false},
		{"a state in a list", "تعاون مع فيتنام، كلاوس وكمبوديا.", "كلاوس", true},
		{"a state before punctuation", "وقال إن الكويت تقف كلاوس، في المحنة.", "كلاوس", true},
		{"no given name", "التقى الوزير بنظيره وكلبنان أكد الدعم.", "وكلبنان", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := c.newState([]byte(tt.text))
			st.prepare()
			found := false
			for _, m := range st.ms {
				found = found || m.Kind == entities.Country && st.word(m.FirstTok()) == tt.word
			}
			assert.Equal(t, tt.state, found)
		})
	}
}

func TestLetterDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"هانزن", "هانسن", 1},
		{"هانزن", "هانسون", 2},
		{"هانسن", "هانسن", 0},
		{"", "هانسن", 5},
		{"ab", "ba", 2},
		{"كورهونن", "كورهونين", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, letterDistance(tt.a, tt.b))
			assert.Equal(t, tt.want, letterDistance(tt.b, tt.a), "symmetric")
		})
	}
}

func FuzzLetterDistance(f *testing.F) {
	f.Add("هانزن", "هانسون")
	f.Add("", "x")
	f.Add(strings.Repeat("ا", 40), "ب")
	f.Fuzz(func(t *testing.T, a, b string) {
		d := letterDistance(a, b)
		if d != letterDistance(b, a) {
			t.Fatalf("letterDistance(%q, %q) is not symmetric", a, b)
		}
		na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
		if d < max(na, nb)-min(na, nb) || d > max(na, nb) || (d == 0) != (string([]rune(a)) == string([]rune(b))) {
			t.Fatalf("letterDistance(%q, %q) = %d out of bounds", a, b, d)
		}
	})
}
