package report

import (
	"sort"
	"unicode/utf8"
)

// lineIndex turns byte offsets into positions. A line ends at CRLF, CR or
// LF, as in the checker (consistency), so that the line numbers agree.
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
	runes  []int // runes before each line's first byte
}

func newLineIndex(src []byte) *lineIndex {
	li := &lineIndex{src: src, starts: []int{0}, runes: []int{0}}
	n := 0
	for i := 0; i < len(src); {
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

// pos is a position in a text: 1-based line, 1-based column in runes
// (Unicode code points; each invalid byte counts as one) and the 0-based
// offset in runes from the start of the text.
type pos struct {
	line, col, runeOff int
}

// at returns the position of byte offset off (clamped to the text).
func (li *lineIndex) at(off int) pos {
	off = max(0, min(off, len(li.src)))
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	i = max(i, 0)
	c := utf8.RuneCount(li.src[li.starts[i]:off])
	return pos{line: i + 1, col: c + 1, runeOff: li.runes[i] + c}
}

// validSpan reports whether [s,e) is a non-empty span of src on rune
// boundaries.
func validSpan(src []byte, s, e int) bool {
	if s < 0 || e > len(src) || s >= e {
		return false
	}
	return utf8.RuneStart(src[s]) && (e == len(src) || utf8.RuneStart(src[e]))
}
