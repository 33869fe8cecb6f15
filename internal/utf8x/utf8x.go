// Package utf8x decodes UTF-8 as unicode/utf8 does, with the two-byte
// runes (the Arabic letters among them) decoded inline: the standard
// functions decode only ASCII inline and call out for every other rune,
// which is most of an Arabic text. Every function returns exactly what
// its unicode/utf8 counterpart returns, for any string, valid or not.
package utf8x

import "unicode/utf8"

// First is utf8.DecodeRuneInString: the first rune of s and its width in
// bytes (utf8.RuneError and 0 for an empty s, utf8.RuneError and 1 for an
// invalid encoding).
func First(s string) (rune, int) {
	if len(s) >= 2 && s[0]-0xC2 <= 0xDF-0xC2 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return first(s)
}

// first is First past the inline cases, kept out of line so that First
// inlines.
func first(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// Last is utf8.DecodeLastRuneInString: the last rune of s and its width in
// bytes.
func Last(s string) (rune, int) {
	if n := len(s); n >= 2 && s[n-2]-0xC2 <= 0xDF-0xC2 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-2]&0x1F)<<6 | rune(s[n-1]&0x3F), 2
	}
	return last(s)
}

// last is Last past the inline cases.
func last(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// Count is utf8.RuneCountInString: the number of runes in s, an invalid
// or short encoding counting as one rune of one byte.
func Count(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return n
}
