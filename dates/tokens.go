package dates

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	kWord tokKind = iota + 1
	kDigits
	kPunct
)

// token is a word, a run of digits or one punctuation character, with its
// byte offsets in the text.
type token struct {
	kind       tokKind
	start, end int
	word       string // normalised word, the digits as written, or the punctuation
	val, ndig  int    // digits: value (capped) and count
	ws, we     int    // word's offsets in tokenize's buffer
}

// tokenize splits text[from:to] into words, digit runs and punctuation,
// at most max tokens (max < 0: all), with offsets into text. Words are
// normalised: diacritics and tatweel dropped, أ إ آ ٱ read as ا and ى as ي.
// Invalid UTF-8 bytes separate tokens.
func tokenize(text []byte, from, to, max int) []token {
	var toks []token
	if max >= 0 { // a bounded read (a dateline's first words): sized once
		toks = make([]token, 0, max)
	}
	return appendTokens(toks, text, from, to, max)
}

// appendTokens is tokenize appending to toks, until toks holds max tokens
// (max < 0: all): a caller that gives room for max tokens (a bounded read)
// gets them without allocating them. Tokens read from the end of the last
// one continue it as one call would have.
func appendTokens(toks []token, text []byte, from, to, max int) []token {
	first := len(toks)
	room := min(to-from, 4096)
	if max >= 0 {
		room = min(room, 16*max)
	}
	// every token's word is written to buf; the words are substrings of
	// one string made at the end (one allocation)
	var small [512]byte
	buf := small[:0]
	if room > len(small) {
		buf = make([]byte, 0, room)
	}
	text = text[:to]
	for i := from; i < len(text) && (max < 0 || len(toks) < max); {
		r, size := decodeRune(text[i:])
		switch {
		case r == '\n':
			i += size
		case digitValue(r) >= 0:
			t := token{kind: kDigits, start: i}
			for i < len(text) {
				r, size := decodeRune(text[i:])
				v := digitValue(r)
				if v < 0 {
					break
				}
				if t.val < 1_000_000 {
					t.val = t.val*10 + v
				}
				t.ndig++
				i += size
			}
			t.end = i
			t.ws = len(buf)
			buf = append(buf, text[t.start:t.end]...)
			t.we = len(buf)
			toks = append(toks, t)
		case isWordRune(r):
			t := token{kind: kWord, start: i, ws: len(buf)}
			for i < len(text) {
				r, size := decodeRune(text[i:])
				if !isWordRune(r) || digitValue(r) >= 0 {
					break
				}
				switch n := normRune(r); {
				case n == r: // kept as written: its bytes (decodeRune read a valid rune)
					buf = append(buf, text[i:i+size]...)
				case n != 0:
					buf = utf8.AppendRune(buf, n)
				}
				i += size
			}
			t.end = i
			t.we = len(buf)
			toks = append(toks, t)
		case unicode.IsSpace(r) || r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			i += size
		default:
			ws := len(buf)
			buf = append(buf, text[i:i+size]...)
			toks = append(toks, token{kind: kPunct, start: i, end: i + size, ws: ws, we: len(buf)})
			i += size
		}
	}
	words := string(buf)
	for k := first; k < len(toks); k++ {
		toks[k].word = words[toks[k].ws:toks[k].we]
	}
	return toks
}

// decodeRune is utf8.DecodeRune (b not empty) with ASCII and two-byte
// runes, the Arabic letters among them, decoded inline.
func decodeRune(b []byte) (rune, int) {
	c := b[0]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && len(b) > 1 && b[1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	return utf8.DecodeRune(b)
}

// isWordRune says whether r is part of a word: a letter, a combining mark
// or the tatweel.
func isWordRune(r rune) bool {
	switch {
	case isArabicLetter(r) || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		return true
	case r < 0x80: // no other ASCII character is a letter or a mark
		return false
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 'ـ')
}

// isArabicLetter says whether r is in the Arabic letters' block ء–ي (with
// the tatweel): letters all, none a mark. It spares the common runes the
// Unicode table lookups (TestRuneFastPaths).
func isArabicLetter(r rune) bool { return r >= 'ء' && r <= 'ي' }

// normRune returns r as a word is compared, or 0 when r is dropped.
func normRune(r rune) rune {
	if r < 0x300 || isArabicLetter(r) && r != 'ـ' && r != 'أ' && r != 'إ' && r != 'آ' && r != 'ى' {
		return r // no mark below U+0300; the letters kept as they are
	}
	switch {
	case r == 'ـ' || unicode.Is(unicode.Mn, r):
		return 0
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	}
	return r
}

// digitValue returns the value of a Latin, Arabic-Indic or Persian digit,
// or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}
