package consistency

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// TestPositionWalker: the forward walk that gives findings their line and
// column agrees with LineIndex at increasing offsets, in steps that start
// and end at any rune start (inside a CRLF, after invalid bytes): findings
// start at rune starts.
func TestPositionWalker(t *testing.T) {
	parts := []string{"الصين", " ", "\n", "\r\n", "\r", "abc", "\xff", "\xd8", "ﷺ", "\n\n", "أذربيجان،"}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 600; round++ {
		var b strings.Builder
		for k := rng.IntN(60); k >= 0; k-- {
			part := parts[rng.IntN(len(parts))]
			if round%2 == 0 && !utf8.ValidString(part) {
				continue // half the texts are valid UTF-8 (the fast count)
			}
			b.WriteString(part)
		}
		src := []byte(b.String())
		li := NewLineIndex(src)
		w := positionWalker{valid: utf8.Valid(src)}
		for off := 0; off <= len(src)+2; off += 1 + rng.IntN(12) {
			for off < len(src) && !utf8.RuneStart(src[off]) {
				off++
			}
			line, col := w.advance(src, off)
			want := li.At(min(off, len(src)))
			if w.off > min(off, len(src)) {
				// The walk never stops inside a CRLF: it is one step ahead.
				require.Equal(t, byte('\r'), src[off-1], "%q at %d", src, off)
				continue
			}
			require.Equal(t, [2]int{want.Line, want.Column}, [2]int{line, col}, "%q at %d", src, off)
		}
	}
}

// countLeadBytes is utf8.RuneCount on valid UTF-8 of any length and
// alignment.
func TestCountLeadBytes(t *testing.T) {
	text := []byte(strings.Repeat("الصين abc ﷺ 😀 ", 20))
	for i := 0; i < len(text); i++ {
		for j := i; j <= len(text); j += 1 + j%7 {
			if utf8.Valid(text[i:j]) {
				require.Equal(t, utf8.RuneCount(text[i:j]), countLeadBytes(text[i:j]), "[%d:%d]", i, j)
			}
		}
	}
}
