package report

import (
	"unicode/utf8"
)

// validSpan reports whether [s,e) is a non-empty span of src on rune
// boundaries.
func validSpan(src []byte, s, e int) bool {
	if s < 0 || e > len(src) || s >= e {
		return false
	}
	return utf8.RuneStart(src[s]) && (e == len(src) || utf8.RuneStart(src[e]))
}
