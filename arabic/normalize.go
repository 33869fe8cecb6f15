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

// Normalize normalises src with the default normaliser (DefaultOptions) and
// builds the offset map; tokens are built on the first call of
// Text.TokenList or Text.Tokens.
// src is not copied: the caller must not modify it while the Text is in use.
func Normalize(src []byte) *Text { return defaultNormalizer().Normalize(src) }

// Text is a normalised document with its map back to the caller's bytes.
// Its methods are safe for concurrent use.
type Text struct {
	Orig []byte // the caller's bytes, not copied
	Norm string // normalised text
	bps  []breakpoint
	tab  *table // the fold that produced Norm; classifies its runes
	bad  int    // 1 + offset of Orig's first invalid UTF-8 byte, 0 if none

	once sync.Once // builds list
	list TokenList
	// toksOnce builds toks, the tokens as a []Token (Tokens).
	toksOnce sync.Once
	toks     []Token
}

// Normalize normalises src and builds the offset map. It never panics;
// invalid UTF-8 is handled as documented in the package doc. src is not
// copied. Tokens are not built here but on the first call of Text.TokenList
// or Text.Tokens, so that a caller who only needs the normalised text and
// its offsets does not pay for them.
func (n *Normalizer) Normalize(src []byte) *Text {
	txt := new(Text)
	n.NormalizeInto(txt, src)
	return txt
}

// NormalizeInto is Normalize writing into txt, for a caller that normalises
// many documents in a row: txt's offset map and token storage are reused,
// so that a loop over documents allocates little more than each normalised
// string. txt may be the zero Text or one returned by an earlier call.
//
// The previous contents of txt are replaced: a slice returned by its
// Tokens() or a TokenList before the call must no longer be used (their
// elements are overwritten). Strings are not reused: a Norm or TokenText obtained before
// stays valid. txt must not be in use by another goroutine during the call.
func (n *Normalizer) NormalizeInto(txt *Text, src []byte) {
	t := n.t
	// out starts as a copy of src with room for expansions (append copies
	// without zeroing the copied part). Until the first change of length,
	// out[k] == src[k] for every k at or after the write position w, so a
	// change of the same length (أ → ا, ة → ه) is written in place and the
	// unchanged run before it needs no copy. After a change of length, runs
	// are copied from src.
	out := append(src[:len(src):len(src)], make([]byte, len(src)/32+8)...)
	out = out[:cap(out)]
	aligned := true // out[w:] == src[w:] and w == run
	w := 0          // bytes of out written for src[:run]
	bps := txt.bps[:0]
	if cap(bps) < initialBPs {
		bps = make([]breakpoint, 0, initialBPs)
	}
	bps = append(bps, breakpoint{})
	run := 0 // start of the pending run of unchanged source bytes
	bad := 0 // 1 + offset of the first invalid byte, 0 if none
	adv := &t.adv
	for i := 0; ; {
		// Skip what needs no change: one table lookup per two-byte rune.
		i = skipKept(adv, src, i)
		if i >= len(src) {
			break
		}
		e, size := t.lookup(src[i:])
		if e < 16 { // kept
			i += size
			continue
		}
		if size == 1 && src[i] >= 0x80 && bad == 0 { // only invalid bytes decode to size 1
			bad = i + 1
		}
		r := t.repl[e>>4]
		if aligned {
			w = i
			if len(r) != size {
				aligned = false
			}
		} else {
			out = ensure(out, w+i-run+len(r))
			w += copy(out[w:], src[run:i])
		}
		if len(r) != size {
			bps = addOpaque(bps, w, i, len(r), size, len(src))
			out = ensure(out, w+len(r))
		}
		w += copy(out[w:], r)
		i += size
		run = i
	}
	if aligned {
		w = len(src)
	} else {
		out = ensure(out, w+len(src)-run)
		w += copy(out[w:], src[run:])
	}
	bps = append(bps, breakpoint{n: w, o: len(src)})
	l := &txt.list
	*txt = Text{Orig: src, bps: bps, tab: t, bad: bad, toks: txt.toks[:0],
		list: TokenList{kind: l.kind[:0], start: l.start[:0], end: l.end[:0]}}
	if w > 0 {
		// out is never written again: share its bytes with the string.
		txt.Norm = unsafe.String(&out[0], w)
	}
}

// skipKept returns the first offset from i on at which src may need a
// change: it passes ASCII bytes and the two-byte runes that adv says are
// kept, and stops at the last byte (a lone last byte is left to the
// caller). It is a function of its own so that its loop keeps its few
// variables in registers: inside NormalizeInto, whose other variables are
// many, each round reloaded them from the stack.
//
//go:noinline
func skipKept[S ~string | ~[]byte](adv *[1 << 16]uint8, src S, i int) int {
	for i+1 < len(src) {
		b := src[i]
		if b < 0x80 { // ASCII never changes (see the table test)
			i++
			continue
		}
		if adv[uint16(b)<<8|uint16(src[i+1])] == 0 {
			break
		}
		i += 2
	}
	return i
}

// FirstInvalid returns the offset in Orig of the first byte that is not
// valid UTF-8 (where utf8.Valid would fail), or -1 when Orig is valid. It is
// found while normalising, at no extra cost.
func (t *Text) FirstInvalid() int { return t.bad - 1 }

// ensure returns buf (at full length) with room for n bytes, reallocated
// with its content when it is too short.
func ensure(buf []byte, n int) []byte {
	if n <= len(buf) {
		return buf
	}
	nb := make([]byte, max(n, 2*len(buf), 16))
	copy(nb, buf)
	return nb
}

// FoldString returns the normalised form of s, without tokens or offsets;
// s itself is returned when nothing changes.
func (n *Normalizer) FoldString(s string) string {
	t := n.t
	// Skip what needs no change, as NormalizeInto does: most strings
	// folded are normalised words already, returned as they are.
	i := skipKept(&t.adv, s, 0)
	if i+1 == len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return s
	}
	var out []byte
	run := 0
	for i < len(s) {
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
