package arabic

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIsDefaultIgnorable: the derivation gives Unicode's
// Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt, 15.0),
// listed here from the file, and nothing else in the code space.
func TestIsDefaultIgnorable(t *testing.T) {
	want := [][2]rune{
		{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
		{0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
		{0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}, {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
		{0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
	}
	in := func(r rune) bool {
		for _, w := range want {
			if r >= w[0] && r <= w[1] {
				return true
			}
		}
		return false
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if IsDefaultIgnorable(r) != in(r) {
			require.Failf(t, "wrong property", "U+%04X: got %v", r, IsDefaultIgnorable(r))
		}
	}
	// What the derivation leaves out although it is Cf or near it.
	for _, r := range []rune{0x0600, 0x0605, 0x06DD, 0x070F, 0x110BD, 0xFFF9, 0xFFFB, 0x13430, ' ', 0x00A0, 0x0640} {
		assert.False(t, IsDefaultIgnorable(r), "U+%04X", r)
	}
}

// TestIgnorableFolded: a default-ignorable character inside a word is
// deleted by the normaliser, in and beyond the Basic Multilingual Plane;
// offsets still map the word to the original bytes, ignorables included.
func TestIgnorableFolded(t *testing.T) {
	for _, r := range []rune{0x034F, 0x115F, 0x17B4, 0x180B, 0x180E, 0x2060, 0x2065, 0x206F, 0x3164, 0xFFA0,
		0xFE0F, 0x1D173, 0x1D17A, 0xE0001, 0xE0041, 0xE0100, 0xE0FFF, 0x00AD, 0x1BCA0} {
		src := "أذر" + string(r) + "بيجان"
		txt := Normalize([]byte(src))
		assert.Equal(t, "اذربيجان", txt.Norm, "U+%04X", r)
		toks := txt.Tokens()
		require.Len(t, toks, 1, "U+%04X splits the word", r)
		assert.Equal(t, src, string(txt.TokenOrig(0)))
	}
}
