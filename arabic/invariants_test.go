package arabic

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// runeStarts returns the offsets at which utf8.DecodeRune starts a rune in
// b (invalid bytes count as one-byte runes), plus len(b).
func runeStarts(b []byte) map[int]bool {
	m := make(map[int]bool, len(b)+1)
	for i := 0; i < len(b); {
		m[i] = true
		_, n := utf8.DecodeRune(b[i:])
		i += n
	}
	m[len(b)] = true
	return m
}

// checkText asserts the offset-map and token invariants of a Text produced
// from src by n.
func checkText(t *testing.T, n *Normalizer, src []byte, txt *Text) {
	t.Helper()
	require.True(t, utf8.ValidString(txt.Norm), "Norm is valid UTF-8")
	require.Equal(t, n.FoldString(txt.Norm), txt.Norm, "idempotent")
	require.Equal(t, n.FoldString(string(src)), txt.Norm, "String agrees with Normalize")
	starts := runeStarts(src)

	// Every normalised rune maps into the original, on rune boundaries,
	// monotonically; its original bytes normalise to a text containing it.
	// Plain ifs: this runs per rune under the fuzzer.
	prevS, prevE := 0, 0
	for s, r := range txt.Norm {
		e := s + utf8.RuneLen(r)
		os, oe := txt.OrigSpan(s, e)
		if !(0 <= os && os < oe && oe <= len(src)) || !starts[os] || !starts[oe] {
			t.Fatalf("rune %q at %d: span [%d,%d) of %d bytes, not on rune boundaries", r, s, os, oe, len(src))
		}
		same := os == prevS && s > 0 // from the same original character (an expansion)
		if !(same || os >= prevE) || oe < prevE {
			t.Fatalf("rune %q at %d: span [%d,%d) after [%d,%d)", r, s, os, oe, prevS, prevE)
		}
		part := n.FoldString(string(src[os:oe]))
		if !strings.Contains(part, string(r)) {
			t.Fatalf("rune %q at %d comes from %q", r, s, src[os:oe])
		}
		if !same && utf8.RuneCountInString(part) == 1 && part != string(r) {
			t.Fatalf("rune %q at %d: its original %q folds to %q", r, s, src[os:oe], part)
		}
		prevS, prevE = os, oe
	}
	if len(txt.Norm) > 0 {
		_, oe := txt.OrigSpan(0, len(txt.Norm))
		require.Equal(t, len(src), oe, "removed characters at the end belong to the last kept one")
	}

	// TokenList and Tokens give the same tokens.
	l := txt.TokenList()
	if l.Len() != len(txt.Tokens()) {
		t.Fatalf("TokenList has %d tokens, Tokens %d", l.Len(), len(txt.Tokens()))
	}
	for i, tk := range txt.Tokens() {
		if s, e := l.Span(i); s != tk.Start || e != tk.End {
			t.Fatalf("token %d: Span [%d,%d), Tokens %+v", i, s, e, tk)
		}
		if l.Token(i) != tk || l.Kind(i) != tk.Kind || l.Start(i) != tk.Start || l.End(i) != tk.End || l.Text(i) != txt.TokenText(i) {
			t.Fatalf("token %d: TokenList %+v, Tokens %+v", i, l.Token(i), tk)
		}
		if os, oe := l.Orig(i); os != tk.OrigStart || oe != tk.OrigEnd || string(txt.TokenOrig(i)) != string(src[os:oe]) {
			t.Fatalf("token %d: TokenList orig [%d,%d), Tokens %+v", i, os, oe, tk)
		}
	}

	// Tokens: ordered, disjoint, on rune boundaries, consistent with
	// OrigSpan, and everything between them is whitespace or control.
	last := 0
	for i, tk := range txt.Tokens() {
		require.True(t, last <= tk.Start && tk.Start < tk.End && tk.End <= len(txt.Norm), "token %d %+v", i, tk)
		require.True(t, utf8.RuneStart(txt.Norm[tk.Start]), "token %d starts on a rune", i)
		require.True(t, tk.End == len(txt.Norm) || utf8.RuneStart(txt.Norm[tk.End]), "token %d ends on a rune", i)
		os, oe := txt.OrigSpan(tk.Start, tk.End)
		require.Equal(t, [2]int{os, oe}, [2]int{tk.OrigStart, tk.OrigEnd}, "token %d orig span", i)
		for _, r := range txt.Norm[last:tk.Start] {
			require.True(t, unicode.IsSpace(r) || classify(r) == clsControl, "gap rune %q before token %d", r, i)
		}
		text := txt.TokenText(i)
		first, _ := utf8.DecodeRuneInString(text)
		switch tk.Kind {
		case Word:
			for _, r := range text {
				c := classify(r)
				require.True(t, c == clsArabic || c == clsMark, "word %q", text)
			}
		case Number:
			require.Equal(t, clsDigit, classify(first), "number %q", text)
		case Latin:
			require.Equal(t, clsLetter, classify(first), "latin %q", text)
		case Punct:
			require.Equal(t, 1, utf8.RuneCountInString(text), "punct %q", text)
		default:
			t.Fatalf("token %d: kind %d", i, tk.Kind)
		}
		require.NotContains(t, text, " ")
		last = tk.End
	}
	for _, r := range txt.Norm[last:] {
		require.True(t, unicode.IsSpace(r) || classify(r) == clsControl, "trailing rune %q", r)
	}
}

// checkSplits asserts the invariants of Splits(word).
func checkSplits(t *testing.T, word string) {
	t.Helper()
	legal := map[string]bool{}
	for _, p := range prefixes {
		legal[p.Prefix] = p.Article
	}
	seen := map[string]bool{}
	for _, s := range Splits(word) {
		art, ok := legal[s.Prefix]
		require.True(t, ok, "prefix %q", s.Prefix)
		require.Equal(t, art, s.Article, "article of %q", s.Prefix)
		require.Equal(t, word, s.Prefix+s.Stem)
		require.GreaterOrEqual(t, utf8.RuneCountInString(s.Stem), MinStem)
		require.False(t, seen[s.Prefix], "duplicate %q", s.Prefix)
		require.True(t, strings.HasPrefix(word, s.Prefix))
		seen[s.Prefix] = true
	}
}
