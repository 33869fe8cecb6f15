package consistency

import (
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// binding is what a pattern match captured: the values read by the
// elements of the successful path (a branch tried and abandoned leaves no
// trace).
type binding struct {
	p        string // participant matched by P
	speaker  string // state of the speaker matched by S
	official string // the gazetteer's state of a known official matched by S
	hasP     bool   // p was set (by the P read last in text order on its side)
	hasS     bool   // speaker and official were set
}

// over returns b with the fields o set replacing b's.
func (b binding) over(o binding) binding {
	if o.hasP {
		b.p, b.hasP = o.p, true
	}
	if o.hasS {
		b.speaker, b.official, b.hasS = o.speaker, o.official, true
	}
	return b
}

// setP records a P read on the successful path unless one read deeper in
// the recursion (further from X) already did.
func (b *binding) setP(id string) {
	if !b.hasP {
		b.p, b.hasP = id, true
	}
}

// setS records the speaker read by S, as setP does; the official's state
// only when onDuty: an official out of office on the release's date is not
// the office holder the title names.
func (b *binding) setS(pr *person, onDuty bool) {
	if b.hasS {
		return
	}
	b.speaker, b.official, b.hasS = pr.country, "", true
	if pr.known != nil && onDuty {
		b.official = pr.known.Country
	}
}

// matchMemo remembers the (element, token) states from which the rest of
// a pattern failed to match, so that adjacent gaps (~8 ~8 ~8 …), which
// reach the same state by many splits, try each state once: a match costs
// at most elements × reachable tokens × the largest gap, instead of the
// product of all gap widths. The memo starts after memoAfter steps, so
// that the ordinary short searches allocate nothing.
type matchMemo struct {
	steps  int
	failed map[[2]int]struct{}
}

const memoAfter = 64

// known says whether the state (n elements left, token pos) already failed.
func (mm *matchMemo) known(n, pos int) bool {
	mm.steps++
	if mm.failed == nil {
		return false
	}
	_, ok := mm.failed[[2]int{n, pos}]
	return ok
}

// fail records that the state (n, pos) failed.
func (mm *matchMemo) fail(n, pos int) {
	if mm.steps <= memoAfter {
		return
	}
	if mm.failed == nil {
		mm.failed = make(map[[2]int]struct{})
	}
	mm.failed[[2]int{n, pos}] = struct{}{}
}

// match matches a pattern around mention mi, within its sentence.
func (st *checkState) match(ep *episode, p *Pattern, mi int) (binding, bool) {
	m := &st.ms[mi]
	x := p.elems[p.x]
	if x.form != 0 && m.Form != x.form {
		return binding{}, false
	}
	if x.and && !hasPrefixAnd(m) {
		return binding{}, false
	}
	s := st.sentOf(m.FirstTok())
	var left, right binding
	var mm matchMemo
	ok := st.matchLeft(ep, p.elems[:p.x], m.FirstTok()-1, s.first, &left, &mm)
	st.matchSteps += mm.steps
	if !ok {
		return binding{}, false
	}
	mm = matchMemo{}
	ok = st.matchRight(ep, p.elems[p.x+1:], m.LastTok()+1, s.last, &right, &mm)
	st.matchSteps += mm.steps
	if !ok {
		return binding{}, false
	}
	return left.over(right), true
}

// matchRight matches elems forwards from token pos (inclusive) up to limit.
func (st *checkState) matchRight(ep *episode, elems []elem, pos, limit int, b *binding, mm *matchMemo) bool {
	return st.matchFrom(ep, elems, pos, limit, b, mm, forward)
}

// matchFrom matches elems from token pos in direction dir (matchRight1 or
// matchLeft1), skipping an (element, token) state that failed before.
func (st *checkState) matchFrom(ep *episode, elems []elem, pos, limit int, b *binding, mm *matchMemo, dir int) bool {
	if len(elems) == 0 {
		return true
	}
	// Quotation marks, and the colon that opens a quotation, stand between
	// words without changing what they say to each other (قال الصفدي:
	// «إن الأردن …» is قال الصفدي إن الأردن …): patterns read through them.
	for pos >= 0 && pos < st.toks.Len() && st.quoteMark(pos, dir) {
		pos += dir
	}
	if mm.known(len(elems), pos) {
		return false
	}
	ok := false
	if dir == forward {
		ok = st.matchRight1(ep, elems, pos, limit, b, mm)
	} else {
		ok = st.matchLeft1(ep, elems, pos, limit, b, mm)
	}
	if !ok {
		mm.fail(len(elems), pos)
	}
	return ok
}

// matchRight1 matches elems[0] at pos and the rest after it.
func (st *checkState) matchRight1(ep *episode, elems []elem, pos, limit int, b *binding, mm *matchMemo) bool {
	e := elems[0]
	switch e.kind {
	case elemGap:
		for k := 0; k <= e.n; k++ {
			if pos+k > limit+1 {
				return false
			}
			if st.matchRight(ep, elems[1:], pos+k, limit, b, mm) {
				return true
			}
		}
		return false
	}
	if e.kind == elemNotClass {
		return (pos > limit || !st.is(pos, e.bit)) && st.matchRight(ep, elems[1:], pos, limit, b, mm)
	}
	if pos > limit {
		return false
	}
	switch e.kind {
	case elemClass:
		return st.is(pos, e.bit) && st.matchRight(ep, elems[1:], pos+1, limit, b, mm)
	case elemP:
		id, next, ok := st.participantAt(ep, pos, e, forward)
		if !ok || !st.matchRight(ep, elems[1:], next, limit, b, mm) {
			return false
		}
		b.setP(id)
		return true
	case elemS:
		k := pos
		for k <= limit && st.is(k, st.c.k.honorific) {
			k++
		}
		if k > limit || st.personAt(k) < 0 {
			return false
		}
		pr := &st.persons[st.personAt(k)]
		// the name starts after the honorifics, or with them when the
		// gazetteer writes it so (الملك حمد بن عيسى)
		if pr.first < pos || pr.first > k || !st.matchRight(ep, elems[1:], pr.last+1, limit, b, mm) {
			return false
		}
		b.setS(pr, pr.known != nil && st.onDuty(pr.known))
		return true
	}
	return false
}

// matchLeft matches elems backwards (last element first) from token pos.
func (st *checkState) matchLeft(ep *episode, elems []elem, pos, limit int, b *binding, mm *matchMemo) bool {
	return st.matchFrom(ep, elems, pos, limit, b, mm, backward)
}

// matchLeft1 matches the last of elems at pos and the rest before it.
func (st *checkState) matchLeft1(ep *episode, elems []elem, pos, limit int, b *binding, mm *matchMemo) bool {
	e := elems[len(elems)-1]
	rest := elems[:len(elems)-1]
	if e.kind == elemGap {
		for k := 0; k <= e.n; k++ {
			if pos-k < limit-1 {
				return false
			}
			if st.matchLeft(ep, rest, pos-k, limit, b, mm) {
				return true
			}
		}
		return false
	}
	if e.kind == elemNotClass {
		return (pos < limit || !st.is(pos, e.bit)) && st.matchLeft(ep, rest, pos, limit, b, mm)
	}
	if pos < limit {
		return false
	}
	switch e.kind {
	case elemClass:
		return st.is(pos, e.bit) && st.matchLeft(ep, rest, pos-1, limit, b, mm)
	case elemP:
		id, next, ok := st.participantAt(ep, pos, e, backward)
		if !ok || !st.matchLeft(ep, rest, next, limit, b, mm) {
			return false
		}
		b.setP(id)
		return true
	case elemS:
		pi := st.personAt(pos)
		if pi < 0 {
			return false
		}
		pr := &st.persons[pi]
		if pr.last != pos {
			return false
		}
		k := pr.first - 1
		for k >= limit && st.is(k, st.c.k.honorific) {
			k--
		}
		if !st.matchLeft(ep, rest, k, limit, b, mm) {
			return false
		}
		b.setS(pr, pr.known != nil && st.onDuty(pr.known))
		return true
	}
	return false
}

// selfRef reads a word such as المملكة or البلاد that is no mention of
// its own as the home state: the participant the dateline's agency or city
// names, else the lede's subject. It stands for a name (P or P:name).
func (st *checkState) selfRef(ep *episode, pos int, e elem) (string, bool) {
	if e.form == entities.FormNisba || e.and || st.inMention.has(pos) || !st.is(pos, st.c.k.selfRef) {
		return "", false
	}
	if st.home != "" && ep.partIDs.has(st.home) && (!e.host || st.home == ep.subject) {
		return st.home, true
	}
	if ep.subject != "" {
		return ep.subject, true
	}
	return "", false
}

// partMention says whether m names a participant in the element's form.
func (st *checkState) partMention(ep *episode, m *mention, e elem) (string, bool) {
	if e.form != 0 && m.Form != e.form {
		return "", false
	}
	if e.and && !hasPrefixAnd(m) {
		return "", false
	}
	id, ok := ep.participantOf(m)
	if ok && e.host && id != ep.subject {
		return "", false
	}
	return id, ok
}

// Directions a pattern is matched in from its X.
const (
	forward  = 1
	backward = -1
)

// participantAt reads a P element at token pos, going in direction dir: a
// word naming the home state (selfRef), or a participant mention that
// starts (forward) or ends (backward) at pos. It returns the participant
// and the next token in that direction.
func (st *checkState) participantAt(ep *episode, pos int, e elem, dir int) (id string, next int, ok bool) {
	if id, ok := st.selfRef(ep, pos, e); ok {
		return id, pos + dir, true
	}
	mi := st.mentionAt(pos)
	if mi < 0 {
		return "", 0, false
	}
	m := &st.ms[mi]
	edge, next := m.FirstTok(), m.LastTok()+1
	if dir == backward {
		edge, next = m.LastTok(), m.FirstTok()-1
	}
	if edge != pos {
		return "", 0, false
	}
	id, ok = st.partMention(ep, m, e)
	return id, next, ok
}

// quoteMark says whether token k is a quotation mark («، »، “، ”، ")
// or a colon right before one (the colon of قال: «…»), read in direction dir.
func (st *checkState) quoteMark(k, dir int) bool {
	if st.toks.Kind(k) != arabic.Punct {
		return false
	}
	switch st.word(k) {
	case "«", "»", "“", "”", "\"":
		return true
	case ":":
		j := k + 1
		return j < st.toks.Len() && st.toks.Kind(j) == arabic.Punct && (st.word(j) == "«" || st.word(j) == "“" || st.word(j) == "\"")
	}
	return false
}
