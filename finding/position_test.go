package finding_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/finding"
)

// naivePos is the reference: line starts found by a plain scan, columns
// counted from the line start, rune offsets from the text start.
func naivePos(src []byte, off int) finding.Position {
	line, start := 1, 0
	for i := 0; i < len(src); i++ {
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		if src[i] == '\n' || src[i] == '\r' {
			if i+1 > off {
				break
			}
			line, start = line+1, i+1
		}
	}
	return finding.Position{Line: line, Column: utf8.RuneCount(src[start:off]) + 1, RuneOffset: utf8.RuneCount(src[:off])}
}

// TestLineIndexLongLines: positions agree with a walk from the start on
// long lines (across checkpoints), with LF, CRLF and CR, and with invalid
// bytes.
func TestLineIndexLongLines(t *testing.T) {
	long := strings.Repeat("الصين وأذربيجان abc ", 700) // about 20 KB
	tests := map[string]string{
		"one long line":        long,
		"long lines with LF":   long + "\n" + long + "\n",
		"long lines with CRLF": long + "\r\n" + long + "\r\nx",
		"long lines with CR":   long + "\r" + long + "\r",
		"invalid bytes":        long[:5000] + "\xff\xfe" + long[:9000] + "\xd8",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			src := []byte(text)
			li := finding.NewLineIndex(src)
			for off := 0; off <= len(src); off += 97 {
				for !utf8.RuneStart(src[min(off, len(src)-1)]) && off < len(src) {
					off++
				}
				require.Equal(t, naivePos(src, off), li.At(off), "offset %d", off)
			}
			require.Equal(t, naivePos(src, len(src)), li.At(len(src)))
		})
	}
}
