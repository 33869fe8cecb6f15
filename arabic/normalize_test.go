package arabic

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFolds(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"fathatan U+064B … sukun U+0652 removed", "كَتَبَ\u064b\u064c\u064d\u0650\u0651\u0652", "كتب"},
		{"marks U+0653–U+065F removed", "ا\u0653\u0654\u0655\u0656\u065f", "ا"},
		{"dagger alef U+0670 removed", "هٰذا", "هذا"},
		{"Quranic marks U+06D6–U+06ED removed", "قال\u06d6\u06da\u06dd\u06e5\u06ed", "قال"},
		{"Quranic signs U+0610–U+061A removed", "محمد\u0610\u061a", "محمد"},
		{"tatweel U+0640 removed", "الصيـــن", "الصين"},
		{"alef hamza above U+0623", "\u0623حمد", "احمد"},
		{"alef hamza below U+0625", "\u0625يران", "ايران"},
		{"alef madda U+0622", "\u0622سيا", "اسيا"},
		{"alef wasla U+0671", "\u0671لصين", "الصين"},
		{"alef maqsura U+0649", "موسى\u0649", "موسيي"},
		{"Farsi yeh U+06CC", "\u06ccا", "يا"},
		{"keheh U+06A9", "\u06a9ابل", "كابل"},
		{"heh U+06D5 U+06C0 U+06BE U+06C1", "\u06d5\u06c0\u06be\u06c1", "هههه"},
		{"teh marbuta U+0629", "الصينية", "الصينيه"},
		{"waw hamza U+0624", "مؤتمر", "موتمر"},
		{"yeh hamza U+0626", "الجزائر", "الجزاير"},
		{"lone hamza U+0621 kept", "ماء", "ماء"},
		{"Persian letters kept", "پ چ ژ گ ڤ", "پ چ ژ گ ڤ"},
		{"Arabic-Indic digits U+0660–U+0669", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"Persian digits U+06F0–U+06F9", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"ZWSP ZWNJ ZWJ LRM RLM U+200B–U+200F", "ب\u200b\u200c\u200d\u200e\u200fن", "بن"},
		{"LRE…RLO U+202A–U+202E", "\u202a\u202b\u202c\u202d\u202eب", "ب"},
		{"LRI…PDI U+2066–U+2069", "\u2066ب\u2067\u2068\u2069", "ب"},
		{"ALM U+061C", "\u061cب", "ب"},
		{"BOM U+FEFF", "\ufeffب", "ب"},
		{"soft hyphen U+00AD, word joiner U+2060", "ب\u00adن\u2060", "بن"},
		{"NBSP U+00A0", "ب\u00a0ن", "ب ن"},
		{"thin space U+2009, narrow NBSP U+202F", "ب\u2009ن\u202fم", "ب ن م"},
		{"ideographic space U+3000, em space U+2003", "ب\u3000ن\u2003م", "ب ن م"},
		{"line separator U+2028", "ب\u2028ن", "ب\nن"},
		{"Arabic punctuation kept", "، ؛ ؟ ٪", "، ؛ ؟ ٪"},
		{"lam-alef hamza above U+FEF7 → لأ → لا", "\ufef7", "لا"},
		{"lam-alef U+FEFB", "\ufefb", "لا"},
		{"final teh marbuta U+FE94", "\ufe94", "ه"},
		{"presentation form B letters U+FEB3 U+FEF4 U+FEE6", "\ufeb3\ufef4\ufee6", "سين"},
		{"presentation form A peh U+FB56", "\ufb56", "پ"},
		{"ligature Allah U+FDF2", "\ufdf2", "الله"},
		{"isolated fatha U+FE76 removed", "ب\ufe76", "ب"},
		{"shadda ligature U+FC60 removed", "ب\ufc60", "ب"},
		{"bismillah U+FDFD kept", "\ufdfd", "\ufdfd"},
		{"fullwidth Latin U+FF21", "\uff21\uff11", "A1"},
		{"Latin untouched", "Wang Yi, G20 é", "Wang Yi, G20 é"},
		{"invalid byte → U+FFFD", "ب\xffن", "ب\ufffdن"},
		{"truncated rune → one U+FFFD per byte", "ب\xd8", "ب\ufffd"},
		{"U+FFFD in input kept", "\ufffd", "\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			txt := Normalize([]byte(tt.in))
			assert.Equal(t, tt.want, txt.Norm)
			assert.Equal(t, tt.want, Default().FoldString(tt.in))
			checkText(t, Default(), []byte(tt.in), txt)
		})
	}
}

func TestOptionsOff(t *testing.T) {
	n := NewNormalizer(Options{})
	assert.Equal(t, Options{}, n.Options())
	txt := n.Normalize([]byte("الصينية مؤتمر الجزائر \ufe94 أ"))
	assert.Equal(t, "الصينية مؤتمر الجزائر ة ا", txt.Norm)
	checkText(t, n, txt.Orig, txt)
	assert.Equal(t, "الصينيه موتمر الجزاير ه ا", Normalize(txt.Orig).Norm)
}

func TestInvalidUTF8(t *testing.T) {
	src := []byte("a\xffب\xd8\xe0\x80c")
	txt := Normalize(src)
	assert.Equal(t, "a\ufffdب\ufffd\ufffd\ufffdc", txt.Norm)
	// Each U+FFFD maps back to its one original byte.
	for _, c := range []struct{ norm, orig int }{{1, 1}, {6, 4}, {9, 5}, {12, 6}} {
		os, oe := txt.OrigSpan(c.norm, c.norm+3)
		assert.Equal(t, [2]int{c.orig, c.orig + 1}, [2]int{os, oe}, "U+FFFD at %d", c.norm)
	}
	checkText(t, Default(), src, txt)
}

func TestTableFixedPoints(t *testing.T) {
	for _, o := range []Options{{}, {FoldTehMarbuta: true}, {FoldHamzaSeats: true}, DefaultOptions()} {
		n := NewNormalizer(o)
		require.Less(t, len(n.t.repl), 1<<12, "replacement index fits in 12 bits")
		for i, r := range n.t.repl {
			require.True(t, utf8.ValidString(r))
			require.Equal(t, r, n.FoldString(r), "replacement %d %q is folded", i, r)
		}
	}
}

// TestTableSkip checks the assumptions of Normalize's fast loop: no ASCII
// byte changes, and the skip table agrees with the full lookup on every
// pair of bytes.
func TestTableSkip(t *testing.T) {
	for _, o := range []Options{{}, DefaultOptions()} {
		tab := NewNormalizer(o).t
		for b := 0; b < 0x80; b++ {
			require.Less(t, tab.ascii[b], uint16(16), "ASCII %#x is kept", b)
		}
		for p := 0; p < 1<<16; p++ {
			pair := []byte{byte(p >> 8), byte(p)}
			e, size := tab.lookup(pair)
			switch a := tab.adv[p]; a {
			case 0:
				if pair[0] < 0x80 {
					t.Fatalf("pair %#04x: ASCII not skipped", p)
				}
			default:
				require.Less(t, e, uint16(16), "pair %#04x skipped but changes", p)
				require.Equal(t, int(a), size, "pair %#04x", p)
			}
		}
	}
}

func TestRelease(t *testing.T) {
	src, err := os.ReadFile(releasePath)
	require.NoError(t, err)
	txt := Normalize(src)
	checkText(t, Default(), src, txt)
	assert.NotContains(t, txt.Norm, "أ")
	assert.Greater(t, len(txt.Tokens()), 400)
}

// TestNormalizeIntoReuse normalises documents of falling and rising size
// into one Text: each result equals a fresh Normalize, and strings taken
// from an earlier document are unchanged.
func TestNormalizeIntoReuse(t *testing.T) {
	docs := []string{
		strings.Repeat("قال وزير الخارجيّة ﷺ G20، 3.5 ", 50),
		"إلى",
		"",
		"بَ\u200fﻷ",
		strings.Repeat("الصينيّة ", 300),
	}
	n := Default()
	var txt Text
	var norms, want []string
	for _, d := range docs {
		fresh := n.Normalize([]byte(d))
		n.NormalizeInto(&txt, []byte(d))
		require.Equal(t, fresh.Norm, txt.Norm, "%q", d)
		require.Equal(t, fresh.Tokens(), txt.Tokens(), "%q", d)
		for p := 0; p <= len(fresh.Norm); p++ {
			fs, fe := fresh.OrigSpan(0, p)
			ts, te := txt.OrigSpan(0, p)
			require.Equal(t, [2]int{fs, fe}, [2]int{ts, te}, "%q at %d", d, p)
		}
		norms = append(norms, txt.Norm)
		want = append(want, strings.Clone(fresh.Norm))
	}
	require.Equal(t, want, norms, "earlier Norm strings unchanged")
}

func TestFirstInvalid(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", -1},
		{"الصين", -1},
		{"\ufffd الصين", -1}, // a replacement character written out is valid
		{"\xff", 0},
		{"ال\xd8", 4},         // a lead byte cut off at the end
		{"اb\xd8b", 3},        // a lead byte before ASCII
		{"ا\xed\xa0\x80", 2},  // an encoded surrogate
		{"ا\xc0\xaf\xff", 2},  // an overlong encoding, then more
		{"ﷺ\xe0\x80\x80ا", 3}, // overlong three-byte form after an expansion
	}
	n := Default()
	var reused Text
	for _, tt := range tests {
		require.Equal(t, tt.want, n.Normalize([]byte(tt.in)).FirstInvalid(), "%q", tt.in)
		n.NormalizeInto(&reused, []byte(tt.in))
		require.Equal(t, tt.want, reused.FirstInvalid(), "%q reused", tt.in)
		require.Equal(t, tt.want < 0, utf8.Valid([]byte(tt.in)), "%q", tt.in)
	}
}
