package arabic

// breakpoint starts a segment of the offset map: normalised offset n
// corresponds to original offset o. The segment runs to the next breakpoint.
// A linear segment has equal lengths on both sides and maps byte for byte;
// an opaque one is one original character whose fold has another length
// (an expansion, a contraction, or a removal when its normalised length is
// zero). The last breakpoint is the sentinel (len(Norm), len(Orig)).
type breakpoint struct {
	n, o   int
	opaque bool
}

// addOpaque records that the original bytes [o, o+olen) became the
// normalised bytes [n, n+nlen) with nlen != olen; total is the length of the
// original text.
func addOpaque(bps []breakpoint, n, o, nlen, olen, total int) []breakpoint {
	last := &bps[len(bps)-1]
	if last.n == n && last.o == o {
		if nlen == 0 && len(bps) >= 2 && bps[len(bps)-2].opaque && bps[len(bps)-2].n == n {
			// Another removal right after a removal: one segment.
			last.o += olen
			return bps
		}
		last.opaque = true
	} else {
		bps = appendBP(bps, breakpoint{n: n, o: o, opaque: true}, o, total)
	}
	return appendBP(bps, breakpoint{n: n + nlen, o: o + olen}, o, total)
}

// initialBPs is the breakpoint capacity reserved up front: most text needs
// none (Arabic letters fold to letters of the same length).
const initialBPs = 16

// appendBP appends b, growing bps once to a size extrapolated from the
// density so far (o of total original bytes seen), so that a text full of
// removed marks costs a few allocations, not one per doubling.
func appendBP(bps []breakpoint, b breakpoint, o, total int) []breakpoint {
	if len(bps) == cap(bps) {
		est := len(bps) + 16
		if o > 0 {
			est = len(bps)*total/o*5/4 + 16
		}
		nb := make([]breakpoint, len(bps), max(est, 2*len(bps)))
		copy(nb, bps)
		bps = nb
	}
	return append(bps, b)
}

// seg returns the index of the segment containing normalised offset p: the
// last breakpoint with n <= p, so that removals at p are behind it.
func (t *Text) seg(p int) int {
	lo, hi := 0, len(t.bps) // the first breakpoint with n > p is in [lo, hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.bps[m].n > p {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// at maps normalised offset p, known to be in segment k, to an original
// offset; end selects the end of an opaque segment for a p inside it.
func (t *Text) at(k, p int, end bool) int {
	b := t.bps[k]
	switch {
	case p == b.n:
		return b.o
	case !b.opaque:
		return b.o + p - b.n
	case end:
		return t.bps[k+1].o
	}
	return b.o
}

// OrigSpan returns the smallest original byte range [os, oe) that produced
// Norm[nStart:nEnd]. Removed characters (marks, tatweel, controls) belong to
// the preceding kept character, so a range ending after a word includes the
// marks that follow the word's last letter. A range starting or ending inside
// the expansion of one original character maps to that whole character.
// Offsets are clamped to [0, len(Norm)] and nEnd < nStart is read as nStart.
// Offsets inside a multi-byte rune map byte for byte (they are meant to be
// on rune boundaries, like token offsets).
func (t *Text) OrigSpan(nStart, nEnd int) (os, oe int) {
	nStart = min(max(nStart, 0), len(t.Norm))
	nEnd = min(max(nEnd, nStart), len(t.Norm))
	if len(t.bps) == 0 { // zero Text
		return nStart, nEnd
	}
	k := t.seg(nStart)
	os = t.at(k, nStart, false)
	if nEnd != nStart {
		k = t.seg(nEnd)
	}
	return os, t.at(k, nEnd, true)
}
