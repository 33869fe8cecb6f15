package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/consistency"
)

// TestTagColumnsCountedOn: the positions of a line's mentions, asked in
// order, read each byte of the line once in all (a column is counted on
// from the previous mention), on one line of 200 KB where every word is a
// mention and on lines of a hundred mentions; counting each column from
// the line's start read half the line per mention.
func TestTagColumnsCountedOn(t *testing.T) {
	for name, src := range map[string]string{
		"one line":   strings.Repeat("الصين ", 200<<10/len("الصين ")),
		"many lines": strings.Repeat(strings.Repeat("الصين ", 100)+"\r\n", 300),
	} {
		tp := &tagPositions{li: consistency.NewLineIndex([]byte(src)), src: []byte(src)}
		n := 0
		for off := 0; off < len(src); off += len("الصين ") {
			for off < len(src) && !utf8.RuneStart(src[off]) {
				off++
			}
			tp.at(off)
			n++
		}
		assert.LessOrEqual(t, tp.read, len(src), "%s: bytes counted for %d positions", name, n)
	}
}
