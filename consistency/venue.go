package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// Some formats report a contact without a word of contact: a ministry's
// statement translated from English (رحب وزير الخارجية الأيرلندي اليوم
// في دبلن بنائب رئيس الوزراء الأردني), a broadcaster's readout that opens
// with its topic (… عبر عنه وزير الخارجية الكازاخستاني خلال محطته في
// العاصمة الفنلندية). What makes them a contact is the place: the lede puts
// the event in the text's own state, and another state's official is
// there, named by his title in the lede's own clause, not in the words it
// reports. A speech is read the same way when no dateline names the state
// it is given in (speech.go): the lede's place does.

// venueState returns the state of the place the lede's main clauses put
// the event in, "" if none: the first capital or city after في (في دبلن،
// وفي نيروبي) or state's nisba after العاصمة (في العاصمة الفنلندية) that
// stands before any complementiser of its sentence (the words a speaker
// reports are no place of the event). Places named later in the lede
// are what the event was about (تناول الوزيران الوضع في غزة).
func (st *checkState) venueState() string {
	fi, capital := st.c.normWord("في"), st.c.normWord("العاصمة")
	for mi := range st.ms {
		m := &st.ms[mi]
		tok := m.FirstTok()
		if tok > st.ledeEnd {
			break
		}
		if m.Kind != entities.Country || tok == 0 || m.pre > 0 {
			continue
		}
		prev := strings.TrimPrefix(st.word(tok-1), "و")
		place := (m.Form == entities.FormCapital || m.Form == entities.FormCity) && prev == fi ||
			m.Form == entities.FormNisba && prev == capital
		if !place || st.classWithin(st.sentOf(tok).first, tok-1, st.c.k.that) {
			continue
		}
		if ids := st.stateIDs(m); len(ids) == 1 {
			return ids[0]
		}
		return ""
	}
	return ""
}

// visitAtHome says whether the lede, which reports no contact in words,
// reports one by its place: it puts the event in the dateline's state
// (venueState), which acts in the text, and one other state — the only
// one — is named in the lede by a title or an official that stands in
// the lede's own clause (titledInClause). No lede sentence announces a
// contact (that text is about one to come).
func (st *checkState) visitAtHome(byID map[string]*partState) bool {
	h := byID[st.home]
	if st.home == "" || h == nil || !h.party || st.ledeAnnounces() || st.venueState() != st.home {
		return false
	}
	guest := ""
	for _, p := range byID {
		if p.id == st.home || p.ledeTitle < wPerson {
			continue
		}
		if guest != "" {
			return false
		}
		guest = p.id
	}
	return guest != "" && st.titledInClause(byID[guest])
}

// ledeAnnounces says whether a lede sentence speaks of a contact only as
// announced (announces).
func (st *checkState) ledeAnnounces() bool {
	for si := range st.sents {
		s := st.sent(si)
		if s.first > st.ledeEnd {
			break
		}
		if st.announces(s) {
			return true
		}
	}
	return false
}

// titledInClause says whether p's first title or official in the lede
// stands in its sentence's own clause as a party to it: before any
// complementiser, and either the sentence's first title phrase (its
// subject: وهو ما عبر عنه وزير الخارجية الكازاخستاني) or one governed by
// مع or by a proclitic ب or ل (بنائب رئيس الوزراء، لوزير الشؤون الخارجية):
// the one welcomed, thanked or sat with. A title after another noun
// (تصريحات وزير الخارجية الروسي) is what the clause is about, not a party.
func (st *checkState) titledInClause(p *partState) bool {
	if p == nil || p.firstSubject < 0 || p.firstSubject > st.ledeEnd {
		return false
	}
	tok := p.firstSubject
	s := st.sentOf(tok)
	if st.classWithin(s.first, tok-1, st.c.k.that) {
		return false
	}
	k := &st.c.k
	head := tok
	inPhrase := func(j int) bool {
		return st.is(j, k.title) || st.is(j, k.titleWord) || st.is(j, k.honorific) || st.inMention.has(j)
	}
	for j := tok - 1; j >= s.first && j >= tok-maxTitleRun; j-- {
		// a word the classes lack inside the phrase (وشؤون المغتربين) is
		// passed over when a title word stands right before it
		if !inPhrase(j) && (j == s.first || !inPhrase(j-1) || !strings.HasPrefix(st.word(j), "و")) {
			break
		}
		if st.is(j, k.title) {
			head = j
		}
	}
	if head == tok {
		return false // no title word before the state: not a title phrase
	}
	w := st.word(head)
	if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل") || head > s.first && st.is(head-1, k.with) {
		return true
	}
	return !st.classWithin(s.first, head-1, k.title)
}
