package webtext

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// literal is a string every match of some pattern part contains; fold says
// it is matched ignoring ASCII case.
type literal struct {
	s    string
	fold bool
}

// litSet is a prefilter: every match of a pattern contains at least one of
// its literals, so a text that contains none of them cannot match.
type litSet []literal

// maxLiterals bounds a prefilter's size: a character class or alternation
// with more alternatives than this is not worth checking literal by literal.
const maxLiterals = 16

// requiredLiterals returns a prefilter for the regular expression pattern,
// derived from its syntax tree, and whether one was found: a literal is
// required as a whole (ignoring ASCII case when the pattern folds case and
// the literal is ASCII), a small character class as one of its runes, a
// concatenation as the most selective set of its parts (the one whose
// shortest literal is longest), an alternation as the union of its
// branches' sets. A branch that requires nothing (an optional part, an
// anchor, any character) makes the whole alternation require nothing.
func requiredLiterals(pattern string) (litSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return required(re.Simplify())
}

// shortest is the length of the set's shortest literal: how selective it is.
func (ls litSet) shortest() int {
	n := -1
	for _, l := range ls {
		if n < 0 || len(l.s) < n {
			n = len(l.s)
		}
	}
	return n
}

// matchAny reports whether text contains one of the literals.
func (ls litSet) matchAny(text []byte) bool {
	for _, l := range ls {
		if l.fold {
			if indexFoldASCII(text, l.s) >= 0 {
				return true
			}
		} else if bytes.Contains(text, []byte(l.s)) {
			return true
		}
	}
	return false
}

// indexFoldASCII returns the index of the first occurrence of the ASCII
// string s in text ignoring ASCII case, or -1. Candidates are found with
// bytes.IndexByte on the two cases of s's first byte: Arabic text has few
// ASCII letters, so most of it is skipped at memchr speed.
func indexFoldASCII(text []byte, s string) int {
	if s == "" {
		return 0
	}
	lo := lowerASCII(s[0])
	up := lo
	if lo >= 'a' && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	last := len(text) - len(s) // the last possible start
	if last < 0 {
		return -1
	}
	// next returns where c next occurs at or after from, or last+1.
	next := func(c byte, from int) int {
		if k := bytes.IndexByte(text[from:last+1], c); k >= 0 {
			return from + k
		}
		return last + 1
	}
	nl, nu := next(lo, 0), last+1
	if up != lo {
		nu = next(up, 0)
	}
	for {
		i := min(nl, nu)
		if i > last {
			return -1
		}
		j := 1
		for j < len(s) && lowerASCII(text[i+j]) == lowerASCII(s[j]) {
			j++
		}
		if j == len(s) {
			return i
		}
		if i == nl {
			nl = next(lo, i+1)
		}
		if i == nu {
			nu = next(up, i+1)
		}
	}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// literalOf returns the literal for runes, or false when it cannot be
// checked with plain byte comparison: U+FFFD (the regexp package reads
// invalid bytes as U+FFFD) or case folding outside ASCII. When folding, a
// rune whose case variants are not all ASCII (k and the Kelvin sign, s and
// long s) splits the runes, and the longest part is the literal.
func literalOf(runes []rune, fold bool) (literal, bool) {
	var best, cur []byte
	for _, r := range runes {
		if r == utf8.RuneError || fold && !asciiFold(r) {
			if r == utf8.RuneError || !fold {
				return literal{}, false
			}
			cur = cur[:0]
			continue
		}
		cur = utf8.AppendRune(cur, r)
		if len(cur) > len(best) {
			best = append(best[:0], cur...)
		}
	}
	return literal{s: string(best), fold: fold}, len(best) > 0
}

// asciiFold reports whether r and every rune it folds to are ASCII.
func asciiFold(r rune) bool {
	if r >= utf8.RuneSelf {
		return false
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func required(re *syntax.Regexp) (litSet, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		l, ok := literalOf(re.Rune, re.Flags&syntax.FoldCase != 0)
		if !ok {
			return nil, false
		}
		return litSet{l}, true
	case syntax.OpCharClass:
		var ls litSet
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(ls) == maxLiterals {
					return nil, false
				}
				l, ok := literalOf([]rune{r}, false)
				if !ok {
					return nil, false
				}
				ls = append(ls, l)
			}
		}
		return ls, len(ls) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		var best litSet
		for _, sub := range re.Sub {
			if ls, ok := required(sub); ok && (best == nil || ls.shortest() > best.shortest()) {
				best = ls
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var u litSet
		for _, sub := range re.Sub {
			ls, ok := required(sub)
			if !ok || len(u)+len(ls) > maxLiterals {
				return nil, false
			}
			u = append(u, ls...)
		}
		return u, true
	}
	// Empty matches, anchors, any character, star, quest: nothing required.
	return nil, false
}

// leadingLiterals returns the literals one of which every match of the
// regular expression pattern starts with (after zero-width assertions such
// as \b), and whether there are such literals: a literal's leading runes
// that plain byte comparison can check, a small character class's runes,
// the first part of a concatenation that consumes text, the union of an
// alternation's branches. They are a prefilter too: a match contains the
// literal it starts with.
func leadingLiterals(pattern string) (litSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return leading(re.Simplify())
}

func leading(re *syntax.Regexp) (litSet, bool) {
	re = startOf(re)
	if re == nil {
		return nil, false
	}
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		var b []byte
		for _, r := range re.Rune {
			if r == utf8.RuneError || fold && !asciiFold(r) {
				break
			}
			b = utf8.AppendRune(b, r)
		}
		if len(b) == 0 {
			return nil, false
		}
		return litSet{{s: string(b), fold: fold}}, true
	case syntax.OpCharClass:
		return required(re)
	case syntax.OpAlternate:
		var u litSet
		for _, sub := range re.Sub {
			ls, ok := leading(sub)
			if !ok || len(u)+len(ls) > maxLiterals {
				return nil, false
			}
			u = append(u, ls...)
		}
		return u, true
	}
	return nil, false
}

// index returns the first offset in text where one of the literals
// starts, or -1.
func (ls litSet) index(text []byte) int {
	first := -1
	for _, l := range ls {
		end := len(text)
		if first >= 0 {
			end = min(len(text), first+len(l.s)-1) // only an earlier start counts
		}
		var i int
		if l.fold {
			i = indexFoldASCII(text[:end], l.s)
		} else {
			i = bytes.Index(text[:end], []byte(l.s))
		}
		if i >= 0 {
			first = i
		}
	}
	return first
}

// maxFirstRunes bounds firstRunes' set: a pattern that may start with more
// runes than this is run without the check.
const maxFirstRunes = 64

// firstRunes returns the runes one of which every match of the regular
// expression pattern starts with (after zero-width assertions), and
// whether they are known: a literal's first rune with its case variants
// when the literal folds case (s, S and ſ), a small character class's
// runes, the first part of a concatenation that consumes text, the union of
// an alternation's branches. A pattern that may start with any rune, or
// match the empty string first, has none. The regexp package reads an
// invalid byte as U+FFFD, which utf8.DecodeRune returns for it too.
func firstRunes(pattern string) ([]rune, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	rs, ok := firstOf(re.Simplify(), nil)
	return rs, ok && len(rs) > 0
}

func firstOf(re *syntax.Regexp, out []rune) ([]rune, bool) {
	re = startOf(re)
	if re == nil {
		return nil, false
	}
	add := func(r rune) bool {
		if !slices.Contains(out, r) {
			if len(out) == maxFirstRunes {
				return false
			}
			out = append(out, r)
		}
		return true
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		r := re.Rune[0]
		if !add(r) {
			return nil, false
		}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if !add(f) {
					return nil, false
				}
			}
		}
		return out, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxFirstRunes {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !add(r) {
					return nil, false
				}
			}
		}
		return out, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			var ok bool
			if out, ok = firstOf(sub, out); !ok {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// startOf returns the subexpression every match of re starts with, past
// captures, repetitions of at least one and the zero-width assertions a
// concatenation opens with (^، \b): re itself when it is none of these, nil
// when a match may start without it (a repetition of zero or more, a
// concatenation of assertions alone).
func startOf(re *syntax.Regexp) *syntax.Regexp {
	for {
		switch re.Op {
		case syntax.OpCapture, syntax.OpPlus:
			re = re.Sub[0]
		case syntax.OpRepeat:
			if re.Min < 1 {
				return nil
			}
			re = re.Sub[0]
		case syntax.OpConcat:
			i := slices.IndexFunc(re.Sub, func(sub *syntax.Regexp) bool { return !zeroWidth(sub.Op) })
			if i < 0 {
				return nil
			}
			re = re.Sub[i]
		default:
			return re
		}
	}
}

// zeroWidth says whether op matches no text.
func zeroWidth(op syntax.Op) bool {
	switch op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	}
	return false
}
