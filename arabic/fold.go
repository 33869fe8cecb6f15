package arabic

import "unsafe"

// Fold is Normalize without tokenisation: the returned Text has the
// normalised text and the offset map (OrigSpan works) but no Tokens. It is
// the fastest way to get matchable text with offsets.
func (n *Normalizer) Fold(src []byte) *Text {
	t := n.t
	out := make([]byte, 0, len(src)+len(src)/32+8)
	bps := make([]breakpoint, 1, initialBPs)
	run := 0
	i := 0
	for i < len(src) {
		b := src[i]
		if b < 0x80 {
			i++
			continue
		}
		var e uint16
		size := 2
		if b >= 0xC2 && b < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			e = t.low[int(b&0x1F)<<6|int(src[i+1]&0x3F)]
		} else {
			e, size = t.lookup(src[i:])
		}
		if e < 16 {
			i += size
			continue
		}
		out = append(out, src[run:i]...)
		r := t.repl[e>>4]
		if len(r) != size {
			bps = addOpaque(bps, len(out), i, len(r), size, len(src))
		}
		out = append(out, r...)
		i += size
		run = i
	}
	out = append(out, src[run:]...)
	bps = append(bps, breakpoint{n: len(out), o: len(src)})
	txt := &Text{Orig: src, bps: bps}
	if len(out) > 0 {
		txt.Norm = unsafe.String(&out[0], len(out))
	}
	return txt
}
