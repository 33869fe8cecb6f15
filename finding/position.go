package finding

import (
	"sort"
	"unicode/utf8"
)

// LineIndex turns byte offsets into positions, computed only when asked
// for (as go/token does). A line ends at CRLF, CR or LF.
// Checkpoints every checkpointBytes bytes bound the runes counted for one
// position, however long the line.
type LineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
	runes  []int // runes before each line's first byte
	cpOff  []int // checkpoints: a rune boundary about every checkpointBytes bytes
	cpRune []int // runes before each checkpoint
}

const checkpointBytes = 4096

// NewLineIndex indexes src; src must not change while the index is used.
func NewLineIndex(src []byte) *LineIndex {
	li := &LineIndex{src: src, starts: []int{0}, runes: []int{0}}
	n := 0
	next := checkpointBytes
	for i := 0; i < len(src); {
		if i >= next {
			li.cpOff = append(li.cpOff, i)
			li.cpRune = append(li.cpRune, n)
			next = i + checkpointBytes
		}
		c := src[i]
		size := 1
		if c >= utf8.RuneSelf {
			_, size = utf8.DecodeRune(src[i:])
		}
		i += size
		n++
		switch c {
		case '\n':
			li.starts = append(li.starts, i)
			li.runes = append(li.runes, n)
		case '\r':
			if i < len(src) && src[i] == '\n' {
				i++
				n++
			}
			li.starts = append(li.starts, i)
			li.runes = append(li.runes, n)
		}
	}
	return li
}

// Position is a position in a text: 1-based Line, 1-based Column in runes
// (Unicode code points; each invalid byte counts as one) and the 0-based
// RuneOffset from the start of the text.
type Position struct {
	Line, Column, RuneOffset int
}

// At returns the position of byte offset off (clamped to the text).
func (li *LineIndex) At(off int) Position {
	p, _ := li.at(off)
	return p
}

// at is At with the number of bytes whose runes it counted: at most
// checkpointBytes and a rune (a test holds it there).
func (li *LineIndex) at(off int) (_ Position, counted int) {
	off = max(0, min(off, len(li.src)))
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	i = max(i, 0)
	base, baseRunes := li.starts[i], li.runes[i]
	if k := sort.SearchInts(li.cpOff, off+1) - 1; k >= 0 && li.cpOff[k] > base {
		base, baseRunes = li.cpOff[k], li.cpRune[k]
	}
	r := baseRunes + utf8.RuneCount(li.src[base:off])
	return Position{Line: i + 1, Column: r - li.runes[i] + 1, RuneOffset: r}, off - base
}
