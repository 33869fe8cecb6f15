package webtext

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256]bool

// maxUseful is the size above which a required-byte set is not worth
// checking: most text would contain one of its bytes anyway.
const maxUseful = 16

// requiredBytes returns a set of bytes such that every match of the
// regular expression pattern contains at least one of them, and whether
// such a set was found. It is a prefilter: a text that contains none of the
// bytes cannot match, so the regular expression need not run. The set comes
// from the syntax tree: a literal requires its first byte (in every case
// when it folds case), a character class the first bytes of its runes, a
// concatenation the smallest set among its parts, an alternation the union
// of its branches' sets.
func requiredBytes(pattern string) (*byteSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	s, ok := required(re.Simplify())
	if !ok {
		return nil, false
	}
	return s, true
}

func (s *byteSet) size() int {
	n := 0
	for _, b := range s {
		if b {
			n++
		}
	}
	return n
}

// containsAny reports whether text contains a byte of s.
func (s *byteSet) containsAny(text []byte) bool {
	for _, b := range text {
		if s[b] {
			return true
		}
	}
	return false
}

// addRune adds the first byte of r's UTF-8 encoding. U+FFFD also matches
// any invalid byte, so it adds every byte that is not ASCII.
func (s *byteSet) addRune(r rune) {
	if r == utf8.RuneError {
		s.addInvalid()
	}
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], r)
	s[buf[0]] = true
}

// addRange adds the first bytes of every rune in [lo, hi]: first bytes grow
// with the code point, so they are the bytes from lo's to hi's.
func (s *byteSet) addRange(lo, hi rune) {
	if lo <= utf8.RuneError && utf8.RuneError <= hi {
		s.addInvalid()
	}
	var a, b [utf8.UTFMax]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], hi)
	for c := int(a[0]); c <= int(b[0]); c++ {
		s[c] = true
	}
}

// addInvalid adds the bytes that can start an invalid sequence, which the
// regexp package reads as U+FFFD.
func (s *byteSet) addInvalid() {
	for b := 0x80; b < 0x100; b++ {
		s[b] = true
	}
}

func required(re *syntax.Regexp) (*byteSet, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		s := new(byteSet)
		r := re.Rune[0]
		s.addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				s.addRune(f)
			}
		}
		return s, true
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return nil, false
		}
		s := new(byteSet)
		for i := 0; i+1 < len(re.Rune); i += 2 {
			s.addRange(re.Rune[i], re.Rune[i+1])
		}
		return s, true
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		var best *byteSet
		for _, sub := range re.Sub {
			if s, ok := required(sub); ok && (best == nil || s.size() < best.size()) {
				best = s
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		u := new(byteSet)
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if !ok {
				return nil, false
			}
			for b, in := range s {
				u[b] = u[b] || in
			}
		}
		return u, true
	}
	// Empty matches, anchors, any-character, star, quest: nothing required.
	return nil, false
}
