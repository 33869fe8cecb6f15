package arabic

import "unicode/utf8"

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds. Tokens are maximal runs over the normalised text:
//
//   - Word: Arabic letters (letters of the Arabic script, including Persian
//     and Urdu letters and the lone hamza ء).
//   - Number: decimal digits (ASCII after folding, or digits of other
//     scripts); a single . , ٫ or ٬ between two digits stays inside the
//     number (3.5, 1,000).
//   - Latin: letters of any script other than Arabic (Latin, Cyrillic,
//     CJK…), followed by such letters or digits (G20); an apostrophe (' or
//     U+2019) between two letters stays inside (O'Neill). Digits first make a
//     Number: 5G is Number 5 + Latin G.
//   - Punct: one token per rune for anything else: punctuation (، ؛ ؟ . , " (
//     ) - / …), symbols and U+FFFD.
//
// A combining mark that survives normalisation (a Latin accent written as a
// separate mark) extends the token before it, or is a Punct token when there
// is none. Whitespace and control characters are not tokens. Word, Number and
// Latin tokens never touch each other: a change of kind ends a token, so
// الصين2026 is two tokens and الصينية-الأوروبية is Word, Punct, Word.
const (
	Word   TokenKind = iota + 1 // Arabic letters
	Number                      // digits
	Latin                       // non-Arabic letters (and digits after them)
	Punct                       // one punctuation or symbol rune
)

var kindNames = [...]string{"?", "word", "number", "latin", "punct"}

// String returns "word", "number", "latin" or "punct".
func (k TokenKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// Token is one token of the normalised text.
type Token struct {
	Kind       TokenKind
	Start, End int // byte offsets into Text.Norm
	OrigStart  int // byte offsets into Text.Orig (== OrigSpan(Start, End))
	OrigEnd    int
}

// Tokens returns the tokens of the normalised text, in order. They are
// built on the first call (one pass over Norm, with a constant number of
// allocations) and shared by later calls: the caller must not modify the
// slice.
func (t *Text) Tokens() []Token {
	t.once.Do(t.tokenize)
	return t.toks
}

// TokenText returns the normalised text of token i.
func (t *Text) TokenText(i int) string { tk := t.Tokens()[i]; return t.Norm[tk.Start:tk.End] }

// TokenOrig returns the original bytes of token i.
func (t *Text) TokenOrig(i int) []byte {
	tk := t.Tokens()[i]
	return t.Orig[tk.OrigStart:tk.OrigEnd]
}

// estTokens is the token capacity reserved for n normalised bytes. Arabic
// news averages about 11 bytes per token; a text denser than 8 bytes per
// token makes the token slice grow.
func estTokens(n int) int { return n/8 + 16 }

// tokenize builds t.toks: one pass over Norm feeding each rune's class to
// the token state machine, then the original offsets from the offset map.
func (t *Text) tokenize() {
	tab := t.tab
	if tab == nil { // a Text not made by a Normalizer
		tab = defaultNormalizer().t
	}
	s := t.Norm
	z := tokenizer{toks: t.toks[:0]} // storage kept by NormalizeInto
	if est := estTokens(len(s)); cap(z.toks) < est {
		z.toks = make([]Token, 0, est)
	}
	prev := clsNone
	for i := 0; i < len(s); {
		if cap(z.toks)-len(z.toks) < 4 {
			// Denser than estimated (punctuation, one-letter words): grow
			// once to a bound of the tokens left instead of step by step,
			// which left several dead copies of a large slice behind.
			z.toks = append(make([]Token, 0, len(z.toks)+tokenBound(tab, s[i:])+4), z.toks...)
		}
		b := s[i]
		var c uint8
		size := 1
		switch {
		case b < 0x80:
			c = tab.cls[b]
		case b < 0xE0 && i+1 < len(s):
			// Norm is valid UTF-8 (invalid bytes became U+FFFD).
			c, size = tab.cls[int(b&0x1F)<<6|int(s[i+1]&0x3F)], 2
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			c = classify(r)
		}
		if c != prev {
			// The two commonest transitions inline: a word starts after a
			// space, a space ends a word. (z.pend is only set inside a
			// Number or Latin token.)
			switch {
			case c == clsArabic && z.cur == 0:
				z.cur, z.start, prev = Word, i, c
			case c == clsSpace && z.cur == Word:
				z.toks = append(z.toks, Token{Kind: Word, Start: z.start, End: i})
				z.cur, prev = 0, c
			default:
				prev = z.feed(c, i, i+size)
			}
		}
		i += size
	}
	z.finish(len(s))
	t.toks = z.toks
	t.fillOrig()
}

// tokenBound is an upper bound of the tokens in s: a token starts where
// the class changes to one that is not whitespace or control, or at any
// punctuation rune.
func tokenBound(tab *table, s string) int {
	n := 0
	prev := clsNone
	for i := 0; i < len(s); {
		b := s[i]
		var c uint8
		size := 1
		switch {
		case b < 0x80:
			c = tab.cls[b]
		case b < 0xE0 && i+1 < len(s):
			c, size = tab.cls[int(b&0x1F)<<6|int(s[i+1]&0x3F)], 2
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			c = classify(r)
		}
		if (c != prev || c == clsPunct) && c != clsSpace && c != clsControl {
			n++
		}
		prev = c
		i += size
	}
	return n
}

// tokenizer is the token state machine fed rune by rune (by class).
type tokenizer struct {
	toks  []Token
	cur   TokenKind // open token, 0 if none
	start int       // its start
	pend  bool      // an apostrophe or number separator waits for the next rune
	pendS int
	pendE int
}

func (z *tokenizer) close(at int) {
	if z.cur != 0 {
		z.toks = append(z.toks, Token{Kind: z.cur, Start: z.start, End: at})
		z.cur = 0
	}
}

func (z *tokenizer) open(k TokenKind, at int) {
	z.close(at)
	z.cur, z.start = k, at
}

// feed processes one normalised rune of class c at [s, e). It returns the
// class for which the next rune may skip feed (same class: the state would
// not change), or clsNone.
func (z *tokenizer) feed(c uint8, s, e int) uint8 {
	if z.pend {
		z.pend = false
		if z.cur == Number && c == clsDigit || z.cur == Latin && c == clsLetter {
			return c
		}
		z.close(z.pendS)
		z.toks = append(z.toks, Token{Kind: Punct, Start: z.pendS, End: z.pendE})
	}
	switch c {
	case clsSpace, clsControl:
		z.close(s)
		return c
	case clsArabic:
		if z.cur != Word {
			z.open(Word, s)
		}
		return c
	case clsLetter:
		if z.cur != Latin {
			z.open(Latin, s)
		}
		return c
	case clsDigit:
		if z.cur != Number && z.cur != Latin {
			z.open(Number, s)
		}
		return c
	case clsMark:
		if z.cur != 0 {
			return clsNone
		}
	case clsApos:
		if z.cur == Latin {
			z.pend, z.pendS, z.pendE = true, s, e
			return clsNone
		}
	case clsNumSep:
		if z.cur == Number {
			z.pend, z.pendS, z.pendE = true, s, e
			return clsNone
		}
	}
	z.close(s)
	z.toks = append(z.toks, Token{Kind: Punct, Start: s, End: e})
	return clsNone
}

// finish closes the open token at the end of the text (offset end).
func (z *tokenizer) finish(end int) {
	if z.pend {
		z.pend = false
		z.close(z.pendS)
		z.toks = append(z.toks, Token{Kind: Punct, Start: z.pendS, End: z.pendE})
	}
	z.close(end)
}
