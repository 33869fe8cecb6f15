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
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for k := rng.IntN(60); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		src := []byte(b.String())
		li := NewLineIndex(src)
		var w positionWalker
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
