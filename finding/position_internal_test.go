package finding

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestLineIndexCountsFromCheckpoints: a position on a 1 MB line, or on
// lines of 40 KB between short ones, counts the runes of at most
// checkpointBytes and a rune, however far the offset is from its line's
// start; counting from the line's start read half the line per position.
func TestLineIndexCountsFromCheckpoints(t *testing.T) {
	for name, src := range map[string]string{
		"one line":   strings.Repeat("الصين ", 1<<20/len("الصين ")),
		"long lines": strings.Repeat(strings.Repeat("ب", 20000)+"\n"+strings.Repeat("x", 50)+"\r\n", 30),
	} {
		li := NewLineIndex([]byte(src))
		most, total, n := 0, 0, 0
		for off := 0; off <= len(src); off += 97 {
			for off < len(src) && !utf8.RuneStart(src[off]) {
				off++
			}
			_, counted := li.at(off)
			most, total, n = max(most, counted), total+counted, n+1
		}
		assert.LessOrEqual(t, most, checkpointBytes+utf8.UTFMax, "%s: bytes counted for one position", name)
		t.Logf("%s: %d positions, at most %d bytes counted for one, %d in all (%d bytes of text)", name, n, most, total, len(src))
	}
}
