package arabic

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Rune classes used by the tokeniser. They are stored in the low four bits
// of a table entry.
const (
	clsNone    uint8 = iota // not materialised / replacement of several runes
	clsSpace                // whitespace: separates tokens
	clsControl              // other control and format characters: separate tokens
	clsArabic               // Arabic letter: Word
	clsLetter               // any other letter: Latin
	clsDigit                // decimal digit: Number
	clsMark                 // combining mark that was not removed: extends a token
	clsApos                 // apostrophe: inside a Latin word when a letter follows
	clsNumSep               // . , ٫ ٬: inside a number when a digit follows
	clsPunct                // anything else: one Punct token per rune
)

// A table entry is a uint16: bits 0–3 are the class of the output rune (for
// a replacement: of its single rune, or clsNone when it is empty or several
// runes), bits 4–15 the index of the replacement string (0: keep the rune).
const (
	replKeep   = 0
	replDelete = 1 // ""
	replBad    = 2 // U+FFFD for an invalid byte
)

// table is the compiled fold for one Options value. It is immutable once
// built.
type table struct {
	ascii [128]uint16
	low   [0x800]uint16 // U+0000–U+07FF: every two-byte rune
	cls   [0x800]uint8  // classify(r) for U+0000–U+07FF, to tokenise folded text
	// adv, indexed by two bytes, is the number of bytes to skip when the
	// text at hand needs no change: 1 for an ASCII byte, 2 for a kept
	// two-byte rune, 0 for anything else (look it up).
	adv   [1 << 16]uint8
	hi    [256]uint8    // BMP block (cp>>8) → index into blocks; 0: all kept
	block [][256]uint16 // block 0 is all zero: keep, classify at run time
	repl  []string
	bad   uint16 // entry for an invalid byte
}

// classify returns the token class of a rune that is its own fold.
func classify(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r == ' ', r == '\t', r == '\n', r == '\r', r == '\v', r == '\f':
			return clsSpace
		case r < 0x20 || r == 0x7f:
			return clsControl
		case r >= '0' && r <= '9':
			return clsDigit
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return clsLetter
		case r == '\'':
			return clsApos
		case r == '.' || r == ',':
			return clsNumSep
		}
		return clsPunct
	case r == 0x2019:
		return clsApos
	case r == 0x066B || r == 0x066C:
		return clsNumSep
	case unicode.IsSpace(r):
		return clsSpace
	case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		return clsControl
	case unicode.IsLetter(r):
		if unicode.Is(unicode.Arabic, r) {
			return clsArabic
		}
		return clsLetter
	case unicode.IsDigit(r):
		return clsDigit
	case unicode.IsMark(r):
		return clsMark
	}
	return clsPunct
}

// baseFold returns the fold of a single rune that is not a presentation form:
// ok is false when the rune is kept.
func baseFold(r rune, o Options) (s string, ok bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06ED, r >= 0x08D3 && r <= 0x08FF, r == 0x0640,
		r == 0x061C, r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069, r == 0x00AD,
		r >= 0xFE00 && r <= 0xFE0F, r == 0xFEFF, IsDefaultIgnorable(r):
		return "", true
	case r == 0x0623, r == 0x0625, r == 0x0622, r == 0x0671, r == 0x0672, r == 0x0673:
		return "\u0627", true
	case r == 0x0649, r == 0x06CC:
		return "\u064A", true
	case r == 0x06A9, r == 0x06AA:
		return "\u0643", true
	case r == 0x06D5, r == 0x06C0, r == 0x06BE, r == 0x06C1:
		return "\u0647", true
	case r == 0x0629:
		if o.FoldTehMarbuta {
			return "\u0647", true
		}
	case r == 0x0624:
		if o.FoldHamzaSeats {
			return "\u0648", true
		}
	case r == 0x0626:
		if o.FoldHamzaSeats {
			return "\u064A", true
		}
	case r >= 0x0660 && r <= 0x0669:
		return string('0' + r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return string('0' + r - 0x06F0), true
	case r == 0x2028, r == 0x2029:
		return "\n", true
	case r != ' ' && unicode.Is(unicode.Zs, r):
		return " ", true
	}
	return "", false
}

// isCompatForm reports whether r is in a range folded by its compatibility
// decomposition.
func isCompatForm(r rune) bool {
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFF ||
		r >= 0xFE10 && r <= 0xFE19 || r >= 0xFE30 && r <= 0xFE6F || r >= 0xFF00 && r <= 0xFFEF
}

// fold returns the full fold of r.
func fold(r rune, o Options) (s string, changed bool) {
	if s, ok := baseFold(r, o); ok {
		return s, true
	}
	if !isCompatForm(r) {
		return "", false
	}
	d := norm.NFKC.String(string(r))
	if d == string(r) {
		return "", false
	}
	var b []byte
	letters := false
	for _, dr := range d {
		f, ok := baseFold(dr, o)
		if !ok {
			f = string(dr)
		}
		if f != "" && f != " " {
			letters = true
		}
		b = append(b, f...)
	}
	if !letters {
		// Isolated harakat: a space carrying marks.
		return "", true
	}
	return string(b), true
}

// newTable compiles the fold for o.
func newTable(o Options) *table {
	t := &table{repl: []string{"", "", "\uFFFD"}, block: make([][256]uint16, 1, 16)}
	index := map[string]uint16{"": replDelete, "\uFFFD": replBad}
	entry := func(r rune) uint16 {
		s, changed := fold(r, o)
		if !changed {
			return uint16(classify(r))
		}
		id, ok := index[s]
		if !ok {
			id = uint16(len(t.repl))
			index[s] = id
			t.repl = append(t.repl, s)
		}
		c := clsNone
		if s != "" {
			if fr, n := utf8.DecodeRuneInString(s); n == len(s) {
				c = classify(fr)
			}
		}
		return id<<4 | uint16(c)
	}
	for r := rune(0); r < 0x80; r++ {
		t.ascii[r] = entry(r)
	}
	for r := rune(0); r < 0x800; r++ {
		t.low[r] = entry(r)
		t.cls[r] = classify(r)
	}
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			switch {
			case b0 < 0x80 && t.ascii[b0] < 16:
				t.adv[b0<<8|b1] = 1
			case b0 >= 0xC2 && b0 < 0xE0 && b1&0xC0 == 0x80 && t.low[(b0&0x1F)<<6|b1&0x3F] < 16:
				t.adv[b0<<8|b1] = 2
			}
		}
	}
	for hi := rune(0); hi < 256; hi++ {
		need := false
		for lo := rune(0); lo < 256 && !need; lo++ {
			r := hi<<8 | lo
			if r < 0x800 || r >= 0xD800 && r < 0xE000 {
				continue
			}
			_, need = fold(r, o)
		}
		if !need {
			continue
		}
		var blk [256]uint16
		for lo := rune(0); lo < 256; lo++ {
			r := hi<<8 | lo
			if r >= 0xD800 && r < 0xE000 {
				continue
			}
			blk[lo] = entry(r)
		}
		t.hi[hi] = uint8(len(t.block))
		t.block = append(t.block, blk)
	}
	t.bad = replBad<<4 | uint16(clsPunct)
	return t
}

// lookup returns the table entry of the rune at the start of s (non-empty)
// and its size in bytes. Invalid UTF-8 yields t.bad and size 1, exactly as
// utf8.DecodeRune reports one invalid byte.
func (t *table) lookup(s []byte) (e uint16, size int) {
	b := s[0]
	if b < utf8.RuneSelf {
		return t.ascii[b], 1
	}
	if b >= 0xC2 && b < 0xE0 && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return t.low[int(b&0x1F)<<6|int(s[1]&0x3F)], 2
	}
	r, size := utf8.DecodeRune(s)
	if r == utf8.RuneError && size == 1 {
		return t.bad, 1
	}
	if r < 0x10000 {
		if e := t.block[t.hi[r>>8]][r&0xFF]; e != 0 {
			return e, size
		}
	} else if IsDefaultIgnorable(r) { // the tag characters, U+1D173… : deleted
		return replDelete<<4 | uint16(clsNone), size
	}
	return uint16(classify(r)), size
}
