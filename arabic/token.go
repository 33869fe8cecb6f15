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

// TokenText returns the normalised text of token i.
func (t *Text) TokenText(i int) string { tk := t.Tokens[i]; return t.Norm[tk.Start:tk.End] }

// TokenOrig returns the original bytes of token i.
func (t *Text) TokenOrig(i int) []byte {
	tk := t.Tokens[i]
	return t.Orig[tk.OrigStart:tk.OrigEnd]
}

// tokenizer is the token state machine fed rune by rune (by class) while
// normalising.
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

// feedString feeds the runes of a replacement string written at offset at.
func (z *tokenizer) feedString(r string, at int) uint8 {
	c := clsNone
	for i, ch := range r {
		c = z.feed(classify(ch), at+i, at+i+utf8.RuneLen(ch))
	}
	return c
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
