package consistency

// The first step of participant inference (see participants.go): what the
// text says of each state, as a list of evidence in text order.

import (
	"slices"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// gatherEvidence appends to evs what the text says of each state, in text
// order, handing it to scoreEvidence a piece at a time: it returns the
// evidence of the last piece, not yet scored. It also records the
// dateline's state (st.home).
func (st *checkState) gatherEvidence(evs []evidence, ctEnd int, pairs []statePair) []evidence {
	for i := range st.ms {
		if st.ms[i].FirstTok() < st.storyFirst {
			continue // a digest's earlier stories
		}
		evs = st.mentionEvidence(evs, i, ctEnd)
		if len(evs) >= evidencePiece && !st.wholeEvidence {
			st.scoreEvidence(evs)
			evs = evs[:0]
		}
	}
	evs = st.officialEvidence(evs)
	// Two states coordinated as one subject (روسيا والسعودية، السعودي
	// التركي) are the parties of a contact in their sentence.
	for _, pr := range pairs {
		if pr.toks[0] < st.storyFirst {
			continue
		}
		for j, id := range pr.ids {
			evs = append(evs, evidence{id: id, kind: evPair, w: wLede, tok: pr.toks[j], span: st.evSpanOf(pr.toks[j], pr.toks[j]), mention: -1})
		}
	}
	// A counterpart named without a state (… زيارة إلى لشبونة حيث يلتقي
	// نظيره فلان) is of the state the visit went to.
	for _, dest := range st.counterpartPlaces(ctEnd) {
		if dest.tok < st.storyFirst {
			continue
		}
		evs = append(evs, evidence{id: dest.id, kind: evCounterpart, w: wCounterpart * windowWeight, tok: dest.tok,
			span: st.evSpanOf(dest.tok, dest.tok), mention: -1})
	}
	return evs
}

// evidencePiece is the evidence gathered before it is scored.
const evidencePiece = 256

// mentionEvidence appends what mention m says of the states it stands for.
func (st *checkState) mentionEvidence(evs []evidence, mi int, ctEnd int) []evidence {
	m := &st.ms[mi]
	if len(m.Entities) == 0 || !st.readAsState(m) || st.referenceOnly(m) {
		return evs
	}
	ids := st.stateIDs(m)
	if len(ids) == 0 {
		return evs
	}
	// A state's title or counterpart word before a known official of
	// another state (نظيره الجزائري بدر عبد العاطي) is a slip the
	// official-state rule reports, not evidence for that state: the title
	// phrase names a party all the same, the official's.
	if m.Kind == entities.Country && st.officialOfOther(m) {
		p := &st.persons[st.personAt(m.LastTok()+1)]
		ids = []string{p.known.Country}
	} else if st.leadOfficialOfOther(mi) != "" {
		// the same with the name first (وفخامة الرئيس فلان رئيس دولة X):
		// the official is evidence of its own
		return evs
	} else if _, slip := st.attrSlipAt(m.FirstTok()); slip {
		// Nor is a state the rest of the text contradicts as a person's.
		return evs
	} else if m.Kind == entities.Person && m.FirstTok() == m.LastTok() && st.isNamesake(m.FirstTok()) {
		// Nor is a known surname that another given name makes another
		// person's (لورانس وونغ is not بيني وونغ).
		return evs
	}
	share := 1.0 / float64(len(ids))
	kind, w, span := st.readMention(m, share, ctEnd)
	if kind == 0 {
		return evs
	}
	text := int32(-1) // the span's text is the mention's when their bytes are
	if span == (evSpan{m.Start(), m.End()}) {
		text = int32(mi)
	}
	for _, id := range ids {
		evs = append(evs, evidence{id: id, kind: kind, w: w, tok: m.FirstTok(), span: span, mention: text})
	}
	if st.home == "" && (kind == evDateline && len(ids) == 1 || kind == evAgency) {
		st.home = ids[0]
	}
	return evs
}

// readAsState says whether a mention counts as a state at all: a
// homograph (السوداني is also a surname) counts only where the syntax makes
// it a state, after a title or a counterpart word, or as the dateline's
// capital, and never where it is itself a word of the title (وزير المالية
// is a finance minister, not Mali's; officeWord says where).
func (st *checkState) readAsState(m *mention) bool {
	if !m.Weak {
		return true
	}
	// a capital that is also a word (مسقط) at the dateline, a date or an
	// agency after it (مسقط 10 مايو، مسقط - العمانية)
	if m.Form == entities.FormCapital && m.FirstTok() <= datelineReach && st.datelineFollows(m) {
		return true
	}
	if !st.titleBefore(m.FirstTok()) && !st.is(m.FirstTok()-1, st.c.k.counterpart) {
		return false
	}
	return !st.officeWord(m)
}

// readMention says what kind of evidence mention m is, its weight for
// each of the states it stands for (share is one over their number), and
// the span a report shows; kind 0 when it is none.
func (st *checkState) readMention(m *mention, share float64, ctEnd int) (evidenceKind, float64, evSpan) {
	lede := st.inLede(m.FirstTok())
	// After the lede, inside the contact window, titles, counterpart
	// words and officials still name the parties (… خلال مؤتمر صحفي
	// مشترك مع نظيره الألماني), at a lower weight.
	// A sentence told in the pluperfect (وكان الوزير قد وصل … قادما من
	// إسلام آباد، حيث التقى رئيس الوزراء الباكستاني) reports an earlier
	// event, not the contact's continuation. A state or official that is
	// the subject of a contact to come (وزير الخارجية الجزائري أحمد عطاف
	// سيزور تونس) is announced, not met. A sentence that turns aside or
	// opens in another place and introduces another state's own official
	// there (وفي بغداد، أعلن وزير الخارجية العراقي فؤاد حسين …:
	// introducingSentence) tells that state's story.
	tok := m.FirstTok()
	window := !lede && tok <= ctEnd && !st.pluperfectSentence(tok) && !st.announced(m) && !st.introducingSentence(tok)
	scale := share
	if window {
		scale *= windowWeight
	}
	country := m.Kind == entities.Country
	ms := evSpan{m.Start(), m.End()}
	switch {
	// An office holder named as the author of a topic (المبادرة التي
	// أطلقها الرئيس الروسي) is not a party.
	case (lede || window) && st.afterRelative(m.FirstTok()):
		if lede {
			return evTopic, wMention * share, ms
		}
		return 0, 0, evSpan{}
	case country && window && st.is(m.FirstTok()-1, st.c.k.counterpart):
		return evCounterpart, wCounterpart * scale, st.evSpanOf(m.FirstTok()-1, m.LastTok())
	case country && window && st.titleBefore(m.FirstTok()):
		return evTitle, wTitle * scale, ms
	case country && (lede || window) && st.titleIn(m):
		return evTitle, wTitle * scale, ms
	case (m.Kind == entities.Person || m.Kind == entities.Title) && window && st.partyPosition(m):
		return evOfficial, wPerson * scale, ms
	case country && !lede:
		return evBody, wBody, evSpan{}
	case country && (m.Form == entities.FormCapital || m.Form == entities.FormCity):
		// The dateline, under a headline too (datelinePlace).
		if st.dateline(m) || st.datelinePlace(m) {
			return evDateline, wDateline * share, ms
		}
		return evPlace, wMention * share, ms
	case country && st.is(m.FirstTok()-1, st.c.k.counterpart):
		return evCounterpart, wCounterpart * share, st.evSpanOf(m.FirstTok()-1, m.LastTok())
	case country && st.titleBefore(m.FirstTok()):
		return evTitle, wTitle * share, ms
	// A state after a topic word or a preposition of place is what the
	// lede is about, not who met (لا مكان للأسد في مستقبل سوريا).
	case country && st.topicalPosition(m.FirstTok()):
		return evTopic, wMention * share, ms
	case country:
		return evNamed, wLede * share, ms
	case m.Kind == entities.Agency && m.FirstTok() <= agencyReach:
		return evAgency, wAgency * share, ms
	case m.Kind == entities.Title && lede:
		return evTitle, wPerson * share, ms
	case m.Kind == entities.Person && lede && st.partyPosition(m):
		return evOfficial, wPerson * share, ms
	case m.Kind == entities.Person && lede:
		return evNamed, wMention * share, ms
	}
	return 0, 0, evSpan{}
}

// titleIn says whether a state's formal name follows a title phrase that
// names no state of its own and في (وزير الخارجية في جمهورية غينيا، رئيس
// الوزراء في سلطنة عمان): the title is the state's office, as a nisba after
// it would say. A state's short name there is as often where the official
// is (قال وزير الخارجية في الصين), and is left alone. A title with its own
// state (سفير مصر في جمهورية الصين) or a diplomat's title is posted there,
// and the state is its host.
func (st *checkState) titleIn(m *mention) bool {
	k := m.FirstTok() - 1
	if m.Form != entities.FormName || k < 1 || st.word(k) != "في" || !st.titleBefore(k) || !formalState.has(st.word(m.FirstTok())) {
		return false
	}
	// A diplomat's or an international body's officer's title before في
	// names the posting (السفير في الصين، المبعوث الخاص في ليبيا، المنسق
	// المقيم في اليمن), not the office's state.
	posted := st.c.k.envoy.or(st.c.k.representative).or(st.c.k.officer)
	s := st.sentOf(k)
	for j := k - 1; j >= s.first && j >= k-maxTitleWords; j-- {
		if st.is(j, posted) {
			return false
		}
		if st.is(j, st.c.k.title) && !st.is(j, st.c.k.titleWord) {
			break
		}
	}
	return true
}

// formalState are the words (normalised) that open a state's formal name
// (جمهورية مالي، سلطنة عمان، المملكة المغربية).
var formalState = newWordList("جمهوريه", "الجمهوريه", "مملكه", "المملكه", "دوله", "سلطنه", "اماره", "الاماره")

// topicalPosition says whether the word before tok makes a state there a
// topic: a topic word, a preposition of place, or مع.
func (st *checkState) topicalPosition(tok int) bool {
	return st.is(tok-1, st.c.k.topicNoun) || st.is(tok-1, st.c.k.locative) || st.is(tok-1, st.c.k.with)
}

// officialEvidence appends the people the lede ties to a state that the
// gazetteer does not tag (tagged officials count as mentions): a known
// official named as a party, not as the owner of a topic (مبادرة بوتين),
// whose name the text carries whole (surnameWhole): a name that merely
// ends in the same given name is someone else's.
func (st *checkState) officialEvidence(evs []evidence) []evidence {
	for _, cl := range st.clusters {
		if cl.country == "" {
			continue
		}
		p0 := &st.persons[cl.members[0]]
		if !st.inLede(p0.first) || p0.known != nil {
			continue
		}
		if st.is(p0.first-1, st.c.k.topicNoun) || st.afterRelative(p0.first) {
			continue
		}
		if cl.known != nil && !cl.known.Reference() && st.surnameWhole(p0.personName, cl.known) {
			evs = append(evs, evidence{id: cl.country, kind: evOfficial, w: wPerson, tok: p0.first, span: st.evSpanOf(p0.first, p0.last), mention: -1})
		}
	}
	return evs
}

// surnameWhole says whether the name nm carries a whole surname of e, or
// e's given name before its last word, when that last word is a given name (بن أحمد، الأحمد الجابر is no such
// case, ولد الشيخ أحمد does not carry بن أحمد): a given name that closes a
// name (إسماعيل ولد الشيخ أحمد) is anyone's father's name, not the
// known official's surname. A surname that ends otherwise needs only its
// last word, as BySurname keys it.
func (st *checkState) surnameWhole(nm *personName, e *entities.Entity) bool {
	if len(nm.words) == 0 {
		return true
	}
	if _, given := st.c.given.LookupNormalized(nm.words[len(nm.words)-1]); !given {
		return true
	}
	before := ""
	if n := len(nm.words); n >= 2 {
		before = nm.words[n-2]
	}
	for _, s := range e.Surname {
		ws := strings.Fields(st.c.normWord(s))
		if len(ws) <= 1 {
			return true
		}
		if len(ws) <= len(nm.words) && slices.Equal(ws, nm.words[len(nm.words)-len(ws):]) {
			return true
		}
	}
	// The official's own given name before it (فيصل فرحان for فيصل بن
	// فرحان) is the official written without the particle.
	for _, g := range e.Given {
		if before != "" && st.c.normWord(g) == before {
			return true
		}
	}
	return false
}

// contactPair returns the first pair of states that is itself the subject
// of a contact sentence, and its first token; nil if none. After a preposition (السلام بين
// أذربيجان وأرمينيا) a pair is a topic of the talks; so is a pair inside
// a quotation that leaves out the speaker's own state (قال عبد العاطي:
// «نحن حريصون على استقرار ليبيا والسودان»). A speaker's own state and
// another (قال أبو الغيط إن "مصر وفرنسا تتفقان") are the parties.
func (st *checkState) contactPair(pairs []statePair) ([]string, int) {
	for i := range pairs {
		if pr := &pairs[i]; pr.contact && !st.is(pr.toks[0]-1, st.c.k.prep) && !st.quotedTopic(pr.toks[0], pr.ids[:]) &&
			!st.relativeSubject(pr.toks[0]) && !st.tourListed(pr.toks[0]) {
			return pr.ids[:], pr.toks[0]
		}
	}
	return nil, 0
}

// relativeSubject says whether the pair of states whose first token is tok
// is the subject of a relative clause (جهود الوساطة التي تبذلها مصر وقطر):
// a relative pronoun and a verb right before it. The clause tells of
// something the pair does, not of the contact the text reports.
func (st *checkState) relativeSubject(tok int) bool {
	s := st.sentOf(tok)
	return tok-2 >= s.first && !st.inMention.has(tok-1) && st.is(tok-2, st.c.k.relative)
}

// tourListed says whether the pair of states whose first token is tok
// lists the stops of a tour (جولة تشمل الأردن ولبنان): a tour's word at
// most tourReach words before it, in its sentence.
func (st *checkState) tourListed(tok int) bool {
	s := st.sentOf(tok)
	for k := tok - 1; k >= s.first && k >= tok-tourReach; k-- {
		if tour.has(withoutAnd(st.word(k))) {
			return true
		}
	}
	return false
}

// tourReach is how many words before a pair of states a tour's word makes
// them its stops (جولة إقليمية تشمل الأردن ولبنان).
const tourReach = 3

// quotedTopic says whether a pair of states whose first token is tok is
// quoted without the speaker's own state: what a speaker said about two
// other states.
func (st *checkState) quotedTopic(tok int, ids []string) bool {
	return st.quoted.has(tok) && !containsStr(ids, st.quoteSpeaker(tok))
}

// evSpanOf is the range of the tokens [first, last] in the original bytes.
func (st *checkState) evSpanOf(first, last int) evSpan {
	return evSpan{st.origStart(first), st.origEnd(last)}
}

// pluperfectSentence says whether the sentence of token tok opens in the
// pluperfect: كان (with or without و, any person) and قد within
// pluperfectReach words after it.
func (st *checkState) pluperfectSentence(tok int) bool {
	s := st.sentOf(tok)
	if !pluperfectAux.has(withoutAnd(st.word(s.first))) {
		return false
	}
	for k := s.first + 1; k <= min(s.last, s.first+pluperfectReach); k++ {
		if st.word(k) == "قد" {
			return true
		}
	}
	return false
}

// elsewhereSentence says whether the sentence of token tok tells another
// story than the contact's: it turns aside (turnsAside: وعلى صعيد آخر، وفي
// الشأن الإقليمي) or opens in another place (anotherPlaceOpens). A
// digest's meeting story opens with such a turn (ثالثا: على الصعيد
// الدبلوماسي، استقبل …: storyFirst): that sentence is the contact's.
func (st *checkState) elsewhereSentence(tok int) bool {
	s := st.sentOf(tok)
	if s.first <= st.ledeEnd || st.storyFirst > 0 && st.sentOf(st.storyFirst) == s {
		return false
	}
	return st.turnsAside(s) || st.anotherPlaceOpens(s)
}

// anotherPlaceOpens says whether sentence s opens in another place: في
// (وفي، ففي) and a capital or city of a state other than the text's home,
// then a comma or a verb (وفي بغداد، أعلن …؛ وفي كوناكري أكد …؛ ففي نيامي
// تتواصل …), or such a capital or city followed by a dash or a colon, as
// a paragraph's own dateline (بغداد - أعلن …).
func (st *checkState) anotherPlaceOpens(s span) bool {
	k := st.afterItemMark(s)
	if k >= s.last {
		return false
	}
	in := inWord.has(st.word(k))
	if in {
		k++
	}
	if !st.inMention.has(k) {
		return false
	}
	m := &st.ms[st.mentionAt(k)]
	if m.Kind != entities.Country || m.Form != entities.FormCapital && m.Form != entities.FormCity || m.FirstTok() != k ||
		len(m.Entities) != 1 || m.Entities[0] == st.home || !in && m.pre > 0 {
		return false
	}
	next := m.LastTok() + 1
	if next > s.last {
		return false
	}
	if st.toks.Kind(next) != arabic.Word {
		w := st.word(next)
		return in || w == "-" || w == "–" || w == ":"
	}
	return in && !st.inMention.has(next) && (imperfectVerb(st.word(next)) || st.is(next, st.c.k.speech.or(st.c.k.contact).or(st.c.k.future)))
}

// inWord is في as a sentence opens with it, alone or after و or ف.
var inWord = newWordList("في", "وفي", "ففي")

// anotherStory says whether mention m stands in a sentence that tells
// another story than the contact's: an earlier event (pluperfectSentence),
// a turn aside or another place (elsewhereSentence), or a contact to come
// whose subject m is (announced).
func (st *checkState) anotherStory(m *mention) bool {
	tok := m.FirstTok()
	return st.pluperfectSentence(tok) || st.elsewhereSentence(tok) || st.announced(m)
}

// announced says whether a word of a contact to come (the future class:
// سيزور، يعتزم) stands at most announcedReach words after mention m, in
// its sentence.
func (st *checkState) announced(m *mention) bool {
	s := st.sentOf(m.LastTok())
	return st.classWithin(m.LastTok()+1, min(s.last, m.LastTok()+announcedReach), st.c.k.future)
}

// announcedReach is how many words after a state's nisba the verb of a
// contact to come may stand (الجزائري أحمد عطاف سيزور).
const announcedReach = 3

// pluperfectAux are the forms (normalised, without و) of كان that open a
// sentence in the pluperfect.
var pluperfectAux = newWordList("كان", "كانت", "كانا", "كانوا")

// pluperfectReach is how many words after كان its قد may stand (وكان
// رئيس الوزراء الباكستاني شهباز شريف قد …، وكان وزير الخارجية الأفغاني
// أمير خان متقي قد …).
const pluperfectReach = 8
