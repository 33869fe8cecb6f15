package arabic

import (
	"sync"
	"unsafe"
)

// Options selects the optional folds. The zero value is NOT the default; use
// DefaultOptions.
type Options struct {
	// FoldTehMarbuta maps ة (U+0629) to ه (U+0647). Default on.
	FoldTehMarbuta bool
	// FoldHamzaSeats maps ؤ (U+0624) → و and ئ (U+0626) → ي. Default on.
	FoldHamzaSeats bool
}

// DefaultOptions returns the folds used for matching: both on.
func DefaultOptions() Options { return Options{FoldTehMarbuta: true, FoldHamzaSeats: true} }

// Normalizer applies the folds of one Options value. It is compiled once,
// immutable and safe for concurrent use.
type Normalizer struct {
	opts Options
	t    *table
}

// NewNormalizer compiles a normaliser with the given options. Compiling
// takes well under a millisecond; reuse the result.
func NewNormalizer(o Options) *Normalizer { return &Normalizer{opts: o, t: newTable(o)} }

// Options returns the options n was compiled with.
func (n *Normalizer) Options() Options { return n.opts }

var defaultNormalizer = sync.OnceValue(func() *Normalizer { return NewNormalizer(DefaultOptions()) })

// Default returns the package's shared normaliser with DefaultOptions.
func Default() *Normalizer { return defaultNormalizer() }

// Normalize normalises and tokenises src with the default normaliser
// (DefaultOptions). src is not copied: the caller must not modify it while
// the Text is in use.
func Normalize(src []byte) *Text { return defaultNormalizer().Normalize(src) }

// Text is a normalised document with its map back to the caller's bytes.
type Text struct {
	Orig   []byte  // the caller's bytes, not copied
	Norm   string  // normalised text
	Tokens []Token // tokens over Norm, in order
	bps    []breakpoint
}

// estTokens is the token capacity reserved for n source bytes. Arabic news
// averages about 11 bytes per token; a text denser than 8 bytes per token
// makes the token slice grow.
func estTokens(n int) int { return n/8 + 16 }

// Normalize normalises src, tokenises the result and builds the offset map.
// It never panics; invalid UTF-8 is handled as documented in the package
// doc. src is not copied.
func (n *Normalizer) Normalize(src []byte) *Text {
	t := n.t
	out := make([]byte, 0, len(src)+len(src)/32+8)
	bps := make([]breakpoint, 1, initialBPs)
	z := tokenizer{toks: make([]Token, 0, estTokens(len(src)))}
	prev := clsNone
	run := 0 // start of the pending run of unchanged source bytes
	for i := 0; i < len(src); {
		b := src[i]
		var e uint16
		size := 1
		switch {
		case b < 0x80:
			e = t.ascii[b]
		case b >= 0xC2 && b < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80:
			e = t.low[int(b&0x1F)<<6|int(src[i+1]&0x3F)]
			size = 2
		default:
			e, size = t.lookup(src[i:])
		}
		if e < 16 { // kept
			if c := uint8(e); c != prev {
				no := len(out) + i - run
				// The two commonest transitions inline: a word starts
				// after a space, a space ends a word. (z.pend is only
				// set inside a Number or Latin token.)
				switch {
				case c == clsArabic && z.cur == 0:
					z.cur, z.start, prev = Word, no, c
				case c == clsSpace && z.cur == Word:
					z.toks = append(z.toks, Token{Kind: Word, Start: z.start, End: no})
					z.cur, prev = 0, c
				default:
					prev = z.feed(c, no, no+size)
				}
			}
			i += size
			continue
		}
		out = append(out, src[run:i]...)
		r := t.repl[e>>4]
		no := len(out)
		if len(r) != size {
			bps = addOpaque(bps, no, i, len(r), size, len(src))
		}
		out = append(out, r...)
		if c := uint8(e & 15); c != clsNone {
			if c != prev {
				prev = z.feed(c, no, no+len(r))
			}
		} else if r != "" {
			prev = z.feedString(r, no)
		}
		i += size
		run = i
	}
	out = append(out, src[run:]...)
	z.finish(len(out))
	bps = append(bps, breakpoint{n: len(out), o: len(src)})
	if len(out) > 0 {
		// out is never written again: share its bytes with the string.
		txt := &Text{Orig: src, Norm: unsafe.String(&out[0], len(out)), Tokens: z.toks, bps: bps}
		txt.fillOrig()
		return txt
	}
	return &Text{Orig: src, Tokens: z.toks, bps: bps}
}

// FoldString returns the normalised form of s, without tokens or offsets;
// s itself is returned when nothing changes.
func (n *Normalizer) FoldString(s string) string {
	t := n.t
	var out []byte
	run := 0
	for i := 0; i < len(s); {
		e, size := t.lookup(unsafe.Slice(unsafe.StringData(s[i:]), len(s)-i))
		if e < 16 {
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(s)+len(s)/32+8)
		}
		out = append(out, s[run:i]...)
		out = append(out, t.repl[e>>4]...)
		i += size
		run = i
	}
	if out == nil {
		return s
	}
	out = append(out, s[run:]...)
	if len(out) == 0 {
		return ""
	}
	return unsafe.String(&out[0], len(out)) // out is never written again
}
