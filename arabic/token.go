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

// Token is one token of the normalised text, as Text.Tokens and
// TokenList.Token give it.
type Token struct {
	Kind       TokenKind
	Start, End int // byte offsets into Text.Norm
	OrigStart  int // byte offsets into Text.Orig (== OrigSpan(Start, End))
	OrigEnd    int
}

// TokenList is the tokens of a Text in compact form: a kind and two
// normalised offsets per token, 9 bytes where a Token takes 40. The
// original offsets are read from the offset map on request (Orig). It is
// what the tagger and the checker read; Text.Tokens gives the same tokens
// as a []Token. A TokenList is built once per Text (Text.TokenList) and
// must not be modified; its methods are safe for concurrent use.
type TokenList struct {
	t     *Text
	n     int
	kind  []TokenKind
	start []uint32 // offsets into Norm (their low bits when hi is set)
	end   []uint32
	// hi holds the high bits of the offsets of a Norm of 4 GiB or more
	// (1<<shift bytes); nil otherwise.
	hi    []tokHi
	shift uint
}

// tokHi is the high bits of a token's offsets (a Norm of 4 GiB or more).
type tokHi struct{ s, e uint16 }

// Len returns the number of tokens.
func (l *TokenList) Len() int { return l.n }

// Kind returns the kind of token i.
func (l *TokenList) Kind(i int) TokenKind { return l.kind[i] }

// Start returns the offset in Text.Norm where token i starts.
func (l *TokenList) Start(i int) int {
	if l.hi != nil {
		return int(l.start[i]) | int(l.hi[i].s)<<l.shift
	}
	return int(l.start[i])
}

// End returns the offset in Text.Norm where token i ends.
func (l *TokenList) End(i int) int {
	if l.hi != nil {
		return int(l.end[i]) | int(l.hi[i].e)<<l.shift
	}
	return int(l.end[i])
}

// Offsets returns the offsets into Text.Norm where the tokens start and
// end, as two slices indexed by token, for a Norm under 4 GiB; ok is false
// (and the slices nil) for a longer one. The slices are shared: the caller
// must not modify them. They are for loops that read offsets by the
// million: Start and End work for any length.
func (l *TokenList) Offsets() (start, end []uint32, ok bool) {
	if l.hi != nil {
		return nil, nil, false
	}
	return l.start[:l.n], l.end[:l.n], true
}

// Span returns the offsets in Text.Norm where token i starts and ends.
func (l *TokenList) Span(i int) (start, end int) { return l.Start(i), l.End(i) }

// Text returns the normalised text of token i.
func (l *TokenList) Text(i int) string {
	s, e := l.Span(i)
	return l.t.Norm[s:e]
}

// Orig returns the original byte range of token i (OrigSpan of its
// normalised range), read from the offset map: a binary search over the
// places where the normaliser changed a length, none for most text.
func (l *TokenList) Orig(i int) (start, end int) { return l.t.OrigSpan(l.Start(i), l.End(i)) }

// Token returns token i with its original offsets.
func (l *TokenList) Token(i int) Token {
	s, e := l.Start(i), l.End(i)
	os, oe := l.t.OrigSpan(s, e)
	return Token{Kind: l.kind[i], Start: s, End: e, OrigStart: os, OrigEnd: oe}
}

// TokenList returns the tokens of the normalised text in compact form.
// They are built on the first call of TokenList or Tokens (one pass over
// Norm, with a constant number of allocations) and shared by later calls.
func (t *Text) TokenList() *TokenList {
	t.once.Do(t.tokenize)
	return &t.list
}

// Tokens returns the tokens of the normalised text, in order, as a slice
// of Token: 40 bytes per token, built on the first call from TokenList
// (the original offsets with one walk over the offset map) and shared by
// later calls: the caller must not modify the slice. TokenList gives the
// same tokens in a quarter of the memory.
func (t *Text) Tokens() []Token {
	t.toksOnce.Do(t.fillTokens)
	return t.toks
}

// fillTokens builds t.toks from the TokenList, reusing its storage, with
// one merge walk over the offset map for the original offsets.
func (t *Text) fillTokens() {
	l := t.TokenList()
	toks := t.toks[:0]
	if toks == nil || cap(toks) < l.n {
		toks = make([]Token, 0, l.n)
	}
	toks = toks[:l.n]
	bps := t.bps
	k := 0
	for i := range toks {
		s, e := l.Start(i), l.End(i)
		for k+1 < len(bps) && bps[k+1].n <= s {
			k++
		}
		os := t.at(k, s, false)
		for k+1 < len(bps) && bps[k+1].n <= e {
			k++
		}
		toks[i] = Token{Kind: l.kind[i], Start: s, End: e, OrigStart: os, OrigEnd: t.at(k, e, true)}
	}
	t.toks = toks
}

// TokenText returns the normalised text of token i.
func (t *Text) TokenText(i int) string { return t.TokenList().Text(i) }

// TokenOrig returns the original bytes of token i.
func (t *Text) TokenOrig(i int) []byte {
	s, e := t.TokenList().Orig(i)
	return t.Orig[s:e]
}

// estTokens is the token capacity reserved for n normalised bytes. Arabic
// news averages about 11 bytes per token; a text denser than 8 bytes per
// token makes the token list grow.
func estTokens(n int) int { return n/8 + 16 }

// wideShift is where the offsets of a TokenList are cut into low and high
// bits: a Norm of 1<<wideShift bytes or more (4 GiB) keeps high bits.
const wideShift = 32

// tokenize builds t.list: one pass over Norm feeding each rune's class to
// the token state machine.
func (t *Text) tokenize() { t.tokenizeShift(wideShift) }

// tokenizeShift is tokenize with the offsets cut at bit shift (tests lower
// it to reach the high bits with a short text).
func (t *Text) tokenizeShift(shift uint) {
	tab := t.tab
	if tab == nil { // a Text not made by a Normalizer
		tab = defaultNormalizer().t
	}
	s := t.Norm
	z := tokenizer{TokenList: t.list} // storage kept by NormalizeInto
	z.t, z.n, z.shift, z.hi = t, 0, shift, nil
	z.reserve(estTokens(len(s)), len(s))
	prev := clsNone
	for i := 0; i < len(s); {
		if len(z.kind)-z.n < 4 {
			// Denser than estimated (punctuation, one-letter words): grow
			// once to a bound of the tokens left instead of step by step,
			// which left several dead copies of a large list behind.
			z.reserve(z.n+tokenBound(tab, s[i:])+4, len(s))
		}
		// tab.classAt(s[i:]), written out: it is too large to be inlined
		// (cost 114, budget 80), and a call per rune costs a fifth of the
		// tokeniser's time.
		b := s[i]
		var c uint8
		size := 1
		switch {
		case b < 0x80:
			c = tab.cls[b]
		case b < 0xE0 && i+1 < len(s):
			c, size = tab.cls[int(b&0x1F)<<6|int(s[i+1]&0x3F)], 2
		default:
			c, size = classOf(s[i:])
		}
		if c != prev {
			// The two commonest transitions inline: a word starts after a
			// space, a space ends a word. (z.pend is only set inside a
			// Number or Latin token.)
			switch {
			case c == clsArabic && z.cur == 0:
				z.cur, z.open0, prev = Word, i, c
			case c == clsSpace && z.cur == Word:
				z.emit(Word, z.open0, i)
				z.cur, prev = 0, c
			default:
				prev = z.feed(c, i, i+size)
			}
		}
		i += size
		if prev == clsArabic {
			// Inside an Arabic word the state does not change until a
			// rune of another class: its letters are passed here without
			// the checks above (most of an Arabic text).
			for i+1 < len(s) {
				b := s[i]
				if b < 0xC0 || b >= 0xE0 || tab.cls[int(b&0x1F)<<6|int(s[i+1]&0x3F)] != clsArabic {
					break
				}
				i += 2
			}
		}
	}
	z.finish(len(s))
	t.list = z.TokenList
}

// classAt returns the class and the size of the normalised rune at s[i]
// (i < len(s); Norm is valid UTF-8, invalid bytes became U+FFFD).
func (tab *table) classAt(s string) (c uint8, size int) {
	if b := s[0]; b < 0x80 {
		return tab.cls[b], 1
	} else if b < 0xE0 && len(s) > 1 {
		return tab.cls[int(b&0x1F)<<6|int(s[1]&0x3F)], 2
	}
	return classOf(s)
}

// classOf returns the class and the size of the rune s starts with.
func classOf(s string) (c uint8, size int) {
	r, size := utf8.DecodeRuneInString(s)
	return classify(r), size
}

// tokenBound is an upper bound of the tokens in s: a token starts where
// the class changes to one that is not whitespace or control, or at any
// punctuation rune.
func tokenBound(tab *table, s string) int {
	n := 0
	prev := clsNone
	for i := 0; i < len(s); {
		c, size := tab.classAt(s[i:])
		if (c != prev || c == clsPunct) && c != clsSpace && c != clsControl {
			n++
		}
		prev = c
		i += size
	}
	return n
}

// tokenizer is the token state machine fed rune by rune (by class).
// It writes into its TokenList, whose storage (len(kind) tokens) must have
// room for the tokens of the next rune: up to three (see feed).
type tokenizer struct {
	TokenList
	cur   TokenKind // open token, 0 if none
	open0 int       // its start
	pend  bool      // an apostrophe or number separator waits for the next rune
	pendS int
	pendE int
}

// reserve makes room for n tokens in all, keeping those written; norm is
// the length of the text, whose offsets need high bits from 1<<shift on.
func (z *tokenizer) reserve(n, norm int) {
	if n <= len(z.kind) {
		return
	}
	if c := min(cap(z.kind), cap(z.start), cap(z.end)); c >= n { // storage from an earlier text
		z.kind, z.start, z.end = z.kind[:c], z.start[:c], z.end[:c]
	} else {
		z.kind = append(make([]TokenKind, 0, n), z.kind[:z.n]...)[:n]
		z.start = append(make([]uint32, 0, n), z.start[:z.n]...)[:n]
		z.end = append(make([]uint32, 0, n), z.end[:z.n]...)[:n]
	}
	if norm>>z.shift != 0 {
		z.hi = append(make([]tokHi, 0, n), z.hi[:z.n]...)[:n]
	}
}

// emit writes a token of kind k at [s, e).
func (z *tokenizer) emit(k TokenKind, s, e int) {
	n := z.n
	z.kind[n], z.start[n], z.end[n] = k, uint32(s), uint32(e)
	if z.hi != nil {
		z.emitHi(n, s, e)
	}
	z.n = n + 1
}

// emitHi cuts the offsets of token n into low and high bits (kept out of
// emit, the tokeniser's hot path).
//
//go:noinline
func (z *tokenizer) emitHi(n, s, e int) {
	mask := 1<<z.shift - 1
	z.start[n], z.end[n] = uint32(s&mask), uint32(e&mask)
	z.hi[n] = tokHi{uint16(s >> z.shift), uint16(e >> z.shift)}
}

func (z *tokenizer) close(at int) {
	if z.cur != 0 {
		z.emit(z.cur, z.open0, at)
		z.cur = 0
	}
}

func (z *tokenizer) open(k TokenKind, at int) {
	z.close(at)
	z.cur, z.open0 = k, at
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
		z.emit(Punct, z.pendS, z.pendE)
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
	z.emit(Punct, s, e)
	return clsNone
}

// finish closes the open token at the end of the text (offset end).
func (z *tokenizer) finish(end int) {
	if z.pend {
		z.pend = false
		z.close(z.pendS)
		z.emit(Punct, z.pendS, z.pendE)
	}
	z.close(end)
}
