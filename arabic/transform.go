package arabic

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Transformer returns a transform.Transformer that applies n's folds to a
// stream, without offsets or tokens. Its output equals Normalize(src).Norm
// whatever the chunking of src and dst. It holds no state: Reset is a no-op
// and the value may be used by several goroutines.
func (n *Normalizer) Transformer() transform.Transformer { return streamer{n.t} }

type streamer struct{ t *table }

func (streamer) Reset() {}

// Transform implements transform.Transformer.
func (s streamer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	t := s.t
	for nSrc < len(src) {
		b := src[nSrc]
		if b < utf8.RuneSelf { // ASCII is never changed
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = b
			nDst++
			nSrc++
			continue
		}
		if !atEOF && !utf8.FullRune(src[nSrc:]) {
			return nDst, nSrc, transform.ErrShortSrc
		}
		e, size := t.lookup(src[nSrc:])
		out := src[nSrc : nSrc+size]
		if e >= 16 {
			r := t.repl[e>>4]
			if len(dst)-nDst < len(r) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], r)
			nSrc += size
			continue
		}
		if len(dst)-nDst < len(out) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}
