package consistency

import "github.com/nazir-nlp/nazir/entities"

// The self-relation feature. A relation has two sides: the partner named
// after مع, and the state that keeps the relation, named before it (the
// clause's subject, a speaker's own state); a clause whose subject is a
// state names its partner after it (إيران جارة مهمة للعراق). A state
// easily mistaken for participant P that stands on one side of a relation
// whose other side is P itself cannot be P swapped: the fix would make P
// its own partner (أن بلاده تنسق مع نيجيريا, said by Niger's minister,
// would read "Niger coordinates with Niger"). It is a third party P deals
// with.

// selfRelationFactor scales a conflict whose fix would make the expected
// participant its own partner (selfRelation).
const selfRelationFactor = 0.35

// selfWindow is how many tokens selfRelation reads on the other side of
// the relation, inside the sentence.
const selfWindow = 16

// predicateWindow is how many tokens after a clause's subject
// selfRelation reads for its partner: a predicate and its complement
// (جارة مهمة للعراق), not what a relative clause or a later phrase adds
// (تتطلع إلى مشاركة المملكة في الممر الذي يربط الهند …).
const predicateWindow = 4

// selfRelation says whether mention mi stands on one side of a relation
// whose other side is state exp: mi is the partner after مع and, before it
// in its sentence, the first state named (other than mi's own), or a
// speaker's possessive (بلاده، علاقتنا) or a person, is exp; or mi is a
// clause's subject (after إن/أن, or opening its sentence) and exp is the
// first state named after it in that clause.
func (st *checkState) selfRelation(mi int, exp string) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	k := m.FirstTok() - 1
	switch {
	case k >= s.first && st.is(k, st.c.k.with):
		return st.sideBefore(mi, k-1, max(s.first, k-selfWindow), exp)
	case k < s.first || st.is(k, st.c.k.that):
		return st.sideAfter(mi, min(s.last, m.LastTok()+predicateWindow), exp)
	}
	return false
}

// sideBefore reads tokens from k down to first for the side of a relation
// that mention mi is the partner of, and says whether it is state exp.
func (st *checkState) sideBefore(mi, k, first int, exp string) bool {
	m := &st.ms[mi]
	for ; k >= first; k-- {
		if st.inMention.has(k) {
			n := &st.ms[st.mentionAt(k)]
			k = n.FirstTok() // the loop steps past it
			if (n.Kind != entities.Country && n.Kind != entities.Group) || sameState(m, n) {
				continue
			}
			return containsStr(n.Entities, exp)
		}
		if p := st.personAt(k); p >= 0 {
			if c := st.personCountry(int(p)); c != "" {
				return c == exp
			}
			continue
		}
		if st.is(k, st.c.k.ownState) {
			speaker := st.speakerOf(mi)
			if speaker == "" {
				// no speech verb: the person the sentence names before
				// the possessive (a headline's فلان لقناة …: علاقتنا مع …)
				speaker = st.personBefore(k-1, st.sentOf(k).first)
			}
			return speaker == exp
		}
	}
	return false
}

// sideAfter reads the predicate after mention mi, up to last, for the
// first state named, and says whether it is exp. The clause ends at a
// comma, a new إن/أن or a relative pronoun.
func (st *checkState) sideAfter(mi, last int, exp string) bool {
	m := &st.ms[mi]
	for k := m.LastTok() + 1; k <= last; k++ {
		if w := st.word(k); w == "،" || w == "," || st.is(k, st.c.k.that.or(st.c.k.relative)) {
			return false
		}
		if st.inMention.has(k) {
			n := &st.ms[st.mentionAt(k)]
			k = n.LastTok()
			if (n.Kind != entities.Country && n.Kind != entities.Group) || sameState(m, n) {
				continue
			}
			return containsStr(n.Entities, exp) && !st.coordinatedWith(mi, exp)
		}
	}
	return false
}

// personBefore returns the state of the nearest person named in tokens
// [first, k] whose state the text or the gazetteer gives, or "".
func (st *checkState) personBefore(k, first int) string {
	for ; k >= first; k-- {
		if p := st.personAt(k); p >= 0 {
			if c := st.personCountry(int(p)); c != "" {
				return c
			}
		}
	}
	return ""
}
