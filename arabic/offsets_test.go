package arabic

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOrigSpan(t *testing.T) {
	// Offsets of the original: محمد with marks is م(0) ُ(2) ح(4) َ(6) م(8) َّ(10) د(14) ً(16) then " ب".
	word := "مُحَمَّدً ب"
	lig := "x\ufef7y" // x(0) ﻷ(1..4) y(4); normalised x(0) ل(1) ا(3) y(5)
	tests := []struct {
		name       string
		src        string
		nStart     int
		nEnd       int
		wantS      int
		wantE      int
		wantNormed string
	}{
		{"word with marks inside and at the end", word, 0, 8, 0, 18, "محمد"},
		{"first letter takes its mark", word, 0, 2, 0, 4, "م"},
		{"inner letter", word, 2, 4, 4, 8, "ح"},
		{"after the word", word, 9, 11, 19, 21, "ب"},
		{"empty range after a mark", word, 2, 2, 4, 4, ""},
		{"leading BOM belongs to nobody", "\ufeffبن", 0, 4, 3, 7, "بن"},
		{"trailing controls belong to the last letter", "بن\u200f\u200e", 0, 4, 0, 10, "بن"},
		{"whole ligature", lig, 1, 5, 1, 4, "لا"},
		{"range ending inside the ligature", lig, 0, 3, 0, 4, "xل"},
		{"range starting inside the ligature", lig, 3, 6, 1, 5, "اy"},
		{"digits shrink", "٢٠٢٦", 1, 3, 2, 6, "02"},
		{"clamped", "بن", -5, 99, 0, 4, "بن"},
		{"end before start is empty", "بن", 2, 0, 2, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := Normalize([]byte(tt.src))
			os, oe := txt.OrigSpan(tt.nStart, tt.nEnd)
			assert.Equal(t, [2]int{tt.wantS, tt.wantE}, [2]int{os, oe})
			lo, hi := min(max(tt.nStart, 0), len(txt.Norm)), min(max(tt.nEnd, 0), len(txt.Norm))
			assert.Equal(t, tt.wantNormed, txt.Norm[lo:max(lo, hi)])
		})
	}
}

func TestOrigSpanZeroText(t *testing.T) {
	var txt Text
	os, oe := txt.OrigSpan(0, 0)
	assert.Equal(t, [2]int{0, 0}, [2]int{os, oe})
	assert.Empty(t, Normalize(nil).Norm)
	assert.Empty(t, Normalize(nil).Tokens())
}

// alphabet mixes kept letters, folded letters, removed marks and controls,
// expansions, contractions, ASCII and invalid bytes.
var alphabet = []string{
	"ب", "ن", "ا", "أ", "ة", "ؤ", "ئ", "ى", "َ", "ّ", "ٰ", "ـ", "\u200f", "\ufeff", "\ufef7", "\ufdf2",
	"\ufe76", "٢", "۳", "\u00a0", " ", "\n", "a", "Z", "5", ".", ",", "'", "-", "/", "،", "؟", "\xff",
	"\xd8", "\xe0\x80", "é", "\u0301", "\U0001F600", "\u2009", "\ufdfa",
}

func randomText(r *rand.Rand, n int) []byte {
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return []byte(b.String())
}

func TestOffsetMapProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []*Normalizer{Default(), NewNormalizer(Options{})} {
		for i := range 300 {
			src := randomText(r, r.IntN(60))
			txt := n.Normalize(src)
			checkText(t, n, src, txt)
			if t.Failed() {
				t.Fatalf("case %d: %q", i, src)
			}
		}
	}
}

func TestManyBreakpoints(t *testing.T) {
	// Fully vocalised text: a removal after every letter.
	src := []byte(strings.Repeat("بَ", 5000))
	txt := Normalize(src)
	assert.Equal(t, strings.Repeat("ب", 5000), txt.Norm)
	os, oe := txt.OrigSpan(2*2500, 2*2501)
	assert.Equal(t, [2]int{4 * 2500, 4 * 2501}, [2]int{os, oe})
	checkText(t, Default(), src, txt)
}
