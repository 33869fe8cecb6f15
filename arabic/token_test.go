package arabic

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokensOf renders the tokens of src as "kind:text" strings.
func tokensOf(src string) []string {
	txt := Normalize([]byte(src))
	out := make([]string, len(txt.Tokens()))
	for i, tk := range txt.Tokens() {
		out[i] = fmt.Sprintf("%s:%s", tk.Kind, txt.TokenText(i))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words and Arabic comma", "الصين، أذربيجان", []string{"word:الصين", "punct:،", "word:اذربيجان"}},
		{"hyphen between Arabic words", "الصينية-الأوروبية", []string{"word:الصينيه", "punct:-", "word:الاوروبيه"}},
		{"slash between Arabic words", "كانون الثاني/يناير", []string{"word:كانون", "word:الثاني", "punct:/", "word:يناير"}},
		{"marks and tatweel stay inside the word", "مُحَـمَّد", []string{"word:محمد"}},
		{"ZWNJ inside a word does not split it", "بن\u200cب", []string{"word:بنب"}},
		{"numbers", "في 28 كانون ٢٠٢٦", []string{"word:في", "number:28", "word:كانون", "number:2026"}},
		{"decimal and thousands separators", "3.5 1,000 2.", []string{"number:3.5", "number:1,000", "number:2", "punct:."}},
		{"Arabic decimal separator", "٣٫٥", []string{"number:3٫5"}},
		{"Latin with apostrophe and digits", "O'Neill G20 it's '", []string{"latin:O'Neill", "latin:G20", "latin:it's", "punct:'"}},
		{"trailing apostrophe", "Jones'", []string{"latin:Jones", "punct:'"}},
		{"digits then letters", "5G", []string{"number:5", "latin:G"}},
		{"Arabic word glued to digits", "ومصالح5047", []string{"word:ومصالح", "number:5047"}},
		{"Arabic glued to Latin", "BRICSالصين", []string{"latin:BRICS", "word:الصين"}},
		{"question mark and parentheses", "(الصين)؟", []string{"punct:(", "word:الصين", "punct:)", "punct:؟"}},
		{"combining accent stays in the Latin word", "Jose\u0301", []string{"latin:Jose\u0301"}},
		{"lone combining mark is punct", " \u0301", []string{"punct:\u0301"}},
		{"invalid byte is punct", "ب\xffب", []string{"word:ب", "punct:\ufffd", "word:ب"}},
		{"ligature splitting into words", "\ufdfa", []string{"word:صلي", "word:الله", "word:عليه", "word:وسلم"}},
		{"whitespace and controls are no tokens", " \t\n\x00\u00a0 ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokensOf(tt.in))
			checkText(t, Default(), []byte(tt.in), Normalize([]byte(tt.in)))
		})
	}
}

func TestTokenOrig(t *testing.T) {
	txt := Normalize([]byte("قالَ وانغ يى: ﻷ"))
	var got []string
	for i := range txt.Tokens() {
		got = append(got, string(txt.TokenOrig(i)))
	}
	assert.Equal(t, []string{"قالَ", "وانغ", "يى", ":", "ﻷ"}, got)
}

func TestTokenKindString(t *testing.T) {
	assert.Equal(t, "word", Word.String())
	assert.Equal(t, "punct", Punct.String())
	assert.Equal(t, "?", TokenKind(0).String())
	assert.Equal(t, "?", TokenKind(99).String())
}

// TestTokenListHighBits: offsets past 1<<shift keep their high bits (a
// Norm of 4 GiB or more; here the cut is lowered to reach them with a
// short text) and give the same tokens.
func TestTokenListHighBits(t *testing.T) {
	src := []byte(strings.Repeat("قالَ وانغ يى: ﻷ G20, 3.5 ", 40))
	want := Normalize(src).Tokens()
	for _, shift := range []uint{4, 7, 10} {
		txt := Normalize(src)
		txt.once.Do(func() { txt.tokenizeShift(shift) })
		l := txt.TokenList()
		require.NotNil(t, l.hi, "shift %d", shift)
		require.Equal(t, len(want), l.Len())
		for i, tk := range want {
			require.Equal(t, tk, l.Token(i), "shift %d token %d", shift, i)
		}
		require.Equal(t, want, txt.Tokens())
		_, _, ok := l.Offsets()
		require.False(t, ok, "shift %d", shift)
	}
	l := Normalize(src).TokenList()
	require.Nil(t, l.hi)
	starts, ends, ok := l.Offsets()
	require.True(t, ok)
	require.Len(t, starts, len(want))
	for i, tk := range want {
		require.Equal(t, [2]int{tk.Start, tk.End}, [2]int{int(starts[i]), int(ends[i])})
	}
}

// TestTokenListReuse: NormalizeInto reuses the token storage of a longer
// text, and a denser text than estimated grows it.
func TestTokenListReuse(t *testing.T) {
	var txt Text
	for _, s := range []string{strings.Repeat("الصين ", 100), "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "أذربيجان", "", strings.Repeat(". ", 300)} {
		Default().NormalizeInto(&txt, []byte(s))
		fresh := Normalize([]byte(s))
		require.Equal(t, fresh.TokenList().Len(), txt.TokenList().Len(), "%q", s)
		for i := range fresh.TokenList().Len() {
			require.Equal(t, fresh.TokenList().Token(i), txt.TokenList().Token(i))
		}
		require.Equal(t, fresh.Tokens(), txt.Tokens())
	}
}
