package consistency

// Names compared as sequences of segments: a compound (عبد الرحمن، نور الدين،
// أبو بكر، نصر الله) is one segment however the text writes it, joined or
// apart, and ابن is بن. Two occurrences whose words differ but whose
// segments agree are one name written two ways.

import (
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// compoundHead are the words that make a compound with the word after them
// (عبد الرحمن، أبو بكر), and compoundTail the words that make one with the
// word before them (نور الدين، نصر الله). They are the parts that begin or
// end two or more of the compound given names of the given-name lexicon's
// sources (عبد ×5; الدين ×4, الله ×2), and أبو, the kunya every such name
// can take; a compound given name is written joined as often as apart.
var (
	compoundHead = newWordList("عبد", "ابو")
	compoundTail = newWordList("الدين", "الله")
)

// maxSegments bounds the segments appendSegments keeps track of (the
// joined mask's bits); a name has at most maxNameWords words.
const maxSegments = 16

// appendSegments appends to out the segments of a name's normalised words:
// a compound joined into one word (عبد الرحمن → عبدالرحمن; نور الدين →
// نورالدين), ابن written بن; a head before بن or ابن (أبو بن …) is no
// compound. joined has bit i set when segment i was written apart, as two
// words.
func appendSegments(out, words []string) (_ []string, joined uint32) {
	base := len(out)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w == "ابن" {
			w = "بن"
		}
		if i+1 < len(words) && (compoundHead.has(w) && !compoundHead.has(words[i+1]) && !nameParticle(words[i+1]) ||
			compoundTail.has(words[i+1]) && !compoundHead.has(w) && !nameParticle(w) && w != "ال" && w != "آل") {
			if n := len(out) - base; n < maxSegments {
				joined |= 1 << n
			}
			out = append(out, w+words[i+1])
			i++
			continue
		}
		out = append(out, w)
	}
	return out, joined
}

// isCompound says whether the single word w is a compound written joined
// (عبدالرحمن، نورالدين، أبوبكر): a head and four letters or more after
// it, or a tail after two letters or more.
func isCompound(w string) bool {
	for _, h := range compoundHead.words {
		if rest, ok := strings.CutPrefix(w, h); ok && len(rest) >= 2*4 {
			return true
		}
	}
	for _, t := range compoundTail.words {
		if rest, ok := strings.CutSuffix(w, t); ok && len(rest) >= 2*2 {
			return true
		}
	}
	return false
}

// segments returns the name's segments (appendSegments) in buf's storage
// (a caller's array: a name has at most maxNameWords words). They are not
// kept with the name: a text of many names keeps one personName each, and
// segments are read only for the few names that may agree (mayAgree).
func (p *personName) segments(buf []string) ([]string, uint32) {
	return appendSegments(buf[:0], p.words)
}

// hasCompound says whether a word of the name is a compound's part or a
// compound written joined, or بن or ابن: the only names segmentsAgree can
// join.
func (p *personName) hasCompound() bool { return p.compoundBits()&compoundAny != 0 }

// The bits of personName.compound.
const (
	compoundKnown  = 1 << iota // the bits are computed
	compoundApart              // a compound's head or tail as a word of its own
	compoundJoined             // a compound written as one word
	compoundIbn                // ابن
	compoundBin                // بن
	compoundAny    = compoundApart | compoundJoined | compoundIbn | compoundBin
)

// compoundBits returns the name's compound bits, computed on first use and
// kept with the name.
func (p *personName) compoundBits() uint8 {
	if p.compound == 0 {
		b := uint8(compoundKnown)
		for _, w := range p.words {
			switch {
			case w == "ابن":
				b |= compoundIbn
			case w == "بن":
				b |= compoundBin
			case compoundHead.has(w) || compoundTail.has(w):
				b |= compoundApart
			case isCompound(w):
				b |= compoundJoined
			}
		}
		p.compound = b
	}
	return p.compound
}

// mayAgree says whether names with compound bits x and y can be one name
// written two ways (segmentsAgree): both have a compound's part, بن or
// ابن, and one writes a compound apart (a segment written two ways is
// written apart in one of them) or one writes ابن and the other not.
func mayAgree(x, y uint8) bool {
	return x&compoundAny != 0 && y&compoundAny != 0 &&
		((x|y)&compoundApart != 0 || x&compoundIbn != y&compoundIbn)
}

// segmentsAgree says whether a and b are one name written with a compound
// joined in one and apart in the other (عبد الرحمن الخطيب، عبدالرحمن الخطيب;
// بدر عبد العاطي، عبدالعاطي), or with ابن in one and بن in the other: a
// segment they share is written joined in one and apart in the other (or
// one writes ابن and the other not), the last segments are one (the article aside), a
// last segment after بن (a father's name) only matches another after بن,
// and every segment before the last of the shorter is among the longer's,
// so that عبد الله الخالدي and عبد الرحمن الخالدي stay two people.
func segmentsAgree(a, b *personName) bool {
	if len(a.words) == 0 || len(b.words) == 0 || !mayAgree(a.compoundBits(), b.compoundBits()) {
		return false
	}
	var bufA, bufB [maxNameWords]string
	sa, ja := a.segments(bufA[:])
	sb, jb := b.segments(bufB[:])
	if !writtenApart(sa, ja, sb, jb) && containsStr(a.words, "ابن") == containsStr(b.words, "ابن") {
		return false // no compound written two ways, nor ابن for بن
	}
	// a ruler's ordinal is no surname (عبد الله الثاني, عبدالله)
	sa, sb = withoutOrdinal(sa), withoutOrdinal(sb)
	la, lb := sa[len(sa)-1], sb[len(sb)-1]
	if withoutArticle(la) != withoutArticle(lb) || afterBin(sa) != afterBin(sb) {
		return false
	}
	ga, gb := sa[:len(sa)-1], sb[:len(sb)-1]
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	for i, g := range ga {
		found := false
		for j, h := range gb {
			if g == h && patronymic(ga, i) == patronymic(gb, j) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// regnalOrdinals are the ordinals after a ruler's name (عبد الله الثاني).
var regnalOrdinals = map[string]bool{
	"الاول": true, "الثاني": true, "الثالث": true, "الرابع": true, "الخامس": true,
	"السادس": true, "السابع": true, "الثامن": true, "التاسع": true, "العاشر": true,
}

// withoutOrdinal returns segs without a last regnal ordinal, unless it is
// the only segment.
func withoutOrdinal(segs []string) []string {
	if n := len(segs); n >= 2 && regnalOrdinals[segs[n-1]] {
		return segs[:n-1]
	}
	return segs
}

// patronymic says whether segment i follows بن or بنت: a father's (or
// forefather's) name, never the person's own given name (عبدالله in محمد
// بن عبدالله is not عبدالله الفيصل's given name).
func patronymic(segs []string, i int) bool {
	for _, s := range segs[:i] {
		if s == "بن" || s == "بنت" {
			return true
		}
	}
	return false
}

// afterBin says whether the last segment follows بن or بنت: a father's
// name, not the person's own.
func afterBin(segs []string) bool {
	n := len(segs)
	return n >= 2 && (segs[n-2] == "بن" || segs[n-2] == "بنت")
}

// writtenApart says whether a segment the two names share is written
// joined in one and apart in the other.
func writtenApart(sa []string, ja uint32, sb []string, jb uint32) bool {
	for i, s := range sa {
		for j, t := range sb {
			if s == t && i < maxSegments && j < maxSegments && (ja>>i)&1 != (jb>>j)&1 {
				return true
			}
		}
	}
	return false
}

// segmentWords calls fn with each segment of words that a text may write
// two ways: a compound, written as one word or two, and بن, written بن or
// ابن; with the segment, the words it spans, from..to, and those words as
// written, joined by a space.
func segmentWords(words []string, fn func(seg, written string, from, to int)) {
	var buf [maxNameWords + 2]string
	segs, joined := appendSegments(buf[:0], words)
	i := 0
	for j, s := range segs {
		n := 1
		if j < maxSegments && joined>>j&1 == 1 {
			n = 2
		}
		switch {
		case n == 2:
			fn(s, words[i]+" "+words[i+1], i, i+1)
		case isCompound(s) || s == "بن":
			fn(s, words[i], i, i)
		}
		i += n
	}
}

// segmentFix finds the first occurrence of the cluster that writes a
// compound of the name (a given name or a surname) joined where the
// canonical spelling has it apart, or apart where it has it joined
// (عبدالعاطي for عبد العاطي; نور الدين for نورالدين), or ابن where it has
// بن (or the other way round): the words of it, and the canonical spelling
// as the fix. The canonical spelling is the gazetteer's for a known
// person, else the one most occurrences use, the first in the text on a
// tie.
//
// canon is the longest occurrence with the canonical spellings: the
// canonical spelling of the whole name.
func (st *checkState) segmentFix(cl *cluster) (span Span, sug, canon string, found bool) {
	type form struct {
		written, raw string
	}
	forms := map[string]*form{} // segment -> canonical form
	if k := cl.known; k != nil && len(k.Names) > 0 {
		raw := strings.Fields(k.Names[0])
		norm := strings.Fields(st.c.normWord(k.Names[0]))
		if len(raw) == len(norm) {
			segmentWords(norm, func(seg, written string, from, to int) {
				forms[seg] = &form{written, strings.Join(raw[from:to+1], " ")}
			})
		}
	}
	// the forms the occurrences use, per segment, in text order
	type tally struct {
		written, raw string
		n, first     int
	}
	used := map[string][]*tally{}
	var order []string
	st.eachSegment(cl, func(p *person, seg, written string, from, to int) bool {
		ts := used[seg]
		if ts == nil {
			order = append(order, seg)
		}
		for _, t := range ts {
			if t.written == written {
				t.n++
				if from < t.first {
					t.first, t.raw = from, st.segmentSpan(p, from, to).Text
				}
				return true
			}
		}
		used[seg] = append(ts, &tally{written, st.segmentSpan(p, from, to).Text, 1, from})
		return true
	})
	for _, seg := range order {
		ts := used[seg]
		if forms[seg] != nil || len(ts) < 2 {
			continue
		}
		best := ts[0]
		for _, t := range ts[1:] {
			if t.n > best.n || t.n == best.n && t.first < best.first {
				best = t
			}
		}
		forms[seg] = &form{best.written, best.raw}
	}
	st.eachSegment(cl, func(p *person, seg, written string, from, to int) bool {
		f := forms[seg]
		if f == nil || f.written == written {
			return true
		}
		span, sug, found = st.segmentSpan(p, from, to), f.raw, true
		return false
	})
	if !found {
		return span, sug, "", false
	}
	// the longest occurrence, each segment in its canonical form
	rep := &st.persons[cl.rep]
	whole := st.personSpan(rep)
	var b strings.Builder
	at := whole.Start
	one := cluster{members: []int{cl.rep}}
	st.eachSegment(&one, func(p *person, seg, written string, from, to int) bool {
		f := forms[seg]
		if f == nil || f.written == written {
			return true
		}
		sp := st.segmentSpan(p, from, to)
		b.WriteString(string(st.src[at:sp.Start]))
		b.WriteString(f.raw)
		at = sp.End
		return true
	})
	b.WriteString(string(st.src[at:whole.End]))
	return span, sug, b.String(), true
}

// eachSegment calls fn with each compound segment of the cluster's
// occurrences (segmentWords), in text order of the occurrences, with the
// tokens it spans, until fn returns false.
func (st *checkState) eachSegment(cl *cluster, fn func(p *person, seg, written string, from, to int) bool) {
	var toks [maxNameWords + 2]int
	for _, pi := range cl.members {
		p := &st.persons[pi]
		if !p.hasCompound() {
			continue
		}
		wt := toks[:0]
		for t := p.first; t <= p.last && len(wt) < len(toks); t++ {
			if st.toks.Kind(t) == arabic.Word {
				wt = append(wt, t)
			}
		}
		if len(wt) != len(p.words) {
			continue
		}
		more := true
		segmentWords(p.words, func(seg, written string, from, to int) {
			if more {
				more = fn(p, seg, written, wt[from], wt[to])
			}
		})
		if !more {
			return
		}
	}
}

// segmentSpan is the span of the tokens from..to of occurrence p, without
// the proclitics of its first token.
func (st *checkState) segmentSpan(p *person, from, to int) Span {
	pre := 0
	if from == p.first {
		pre = int(p.pre)
	}
	return st.nameSpan(from, to, pre)
}
