package consistency

// Events that name their own parties. A joint statement names its two
// issuers (بيان مشترك عن وزارتي الخارجية في المملكة المغربية وجمهورية كوريا،
// أصدرت السعودية وفيتنام بيانا مشتركا), a bilateral gathering its two states
// (انطلقت أعمال القمة السعودية الفرنسية، الدورة الرابعة للجنة الكويتية
// اليابانية المشتركة), whether or not the text has a word of contact. An
// interview (في مقابلة مع وكالة …، «الأهرام» تحاور وزير …) is an exchange
// whose interviewee speaks as a party: the outlet is no party, the state
// the interviewee visits is.

import (
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// How far an event word reaches for the states it names, in tokens.
const (
	// eventWordReach: from a gathering or joint-statement word to the first
	// state of its pair (الدورة الرابعة للجنة الكويتية اليابانية، البيان
	// المشترك الصادر عن وزارتي الخارجية في …).
	eventWordReach = 6
	// issuersBefore: from the first state of a pair that issues a joint
	// statement to the statement word (أصدرت المملكة العربية السعودية
	// وجمهورية فيتنام الاشتراكية بيانا مشتركا).
	issuersBefore = 8
	// interviewCue: from an interview word to the outlet it is given to
	// (مقابلة مع، حديث لصحيفة، حوار خاص مع).
	interviewCue = 2
	// honourReach: from على شرف to the guest it names (على شرف فخامة
	// الرئيس، على شرف صاحب السمو الملكي ولي عهد …).
	honourReach = 4
)

// eventPair returns the two states the lede names as the parties of a
// joint statement or of a gathering (eventParties), with the pair's first
// token; nil when there is none, or when the event is announced rather
// than reported (ستنعقد القمة، من المقرر أن يصدر بيان مشترك).
func (st *checkState) eventPair() ([]string, int) {
	for t := 0; t <= st.ledeEnd && t < st.toks.Len(); t++ {
		if st.futureAt(t) {
			continue
		}
		joint := st.jointStatement(t)
		if !joint && !st.is(t, st.c.k.gathering) {
			continue
		}
		from := t
		if joint {
			from = t + 1
			if !st.is(t+1, st.c.k.joint) {
				from = t + 2
			}
			// the issuers as the subject before the statement (أصدرت
			// المملكة العربية السعودية وجمهورية فيتنام بيانا مشتركا)
			if ids, tok := st.issuersBefore(t); ids != nil {
				return ids, tok
			}
		}
		if ids, tok := st.eventParties(from); ids != nil {
			return ids, tok
		}
	}
	return nil, 0
}

// jointStatement says whether tok is a statement word with a joint word
// right after it or one word later (بيان مشترك، البيان الختامي المشترك).
func (st *checkState) jointStatement(tok int) bool {
	return st.is(tok, st.c.k.statement) && (st.is(tok+1, st.c.k.joint) || st.is(tok+2, st.c.k.joint))
}

// eventParties reads the states named within eventWordReach tokens after the
// event word ending at token from: the first state named there must be one
// of exactly two coordinated states (a nisba pair, or two names joined by
// و), else the event names no pair (a group, one state, a list of three).
// A topic word, a topic preposition, مع, a word of private business or of
// taking part before it ends the search (بيان مشترك حول الأوضاع في سوريا
// ولبنان، ملتقى رجال الأعمال الكويتي الماليزي، بمشاركة قادة …).
func (st *checkState) eventParties(from int) ([]string, int) {
	s := st.sentOf(from)
	k := &st.c.k
	for t := from + 1; t <= from+eventWordReach && t <= s.last; t++ {
		mi := st.mentionAt(t)
		if mi < 0 {
			if st.is(t, k.topicNoun.or(k.about).or(k.with).or(k.private).or(k.participation)) {
				return nil, 0
			}
			continue
		}
		m := &st.ms[mi]
		if !st.pairMember(m) || int(mi)+1 >= len(st.ms) {
			return nil, 0
		}
		return st.twoStates(int(mi))
	}
	return nil, 0
}

// issuersBefore reads the two states coordinated as the subject of the
// joint statement word at tok, within issuersBefore tokens before it in
// its sentence, not after a preposition; nil if none.
func (st *checkState) issuersBefore(tok int) ([]string, int) {
	s := st.sentOf(tok)
	for t := max(s.first, tok-issuersBefore); t < tok; t++ {
		mi := st.mentionAt(t)
		if mi < 0 || st.ms[mi].FirstTok() != t || !st.pairMember(&st.ms[mi]) || st.is(t-1, st.c.k.prep) {
			continue
		}
		if ids, first := st.twoStates(int(mi)); ids != nil && st.ms[mi+1].LastTok() < tok {
			return ids, first
		}
		return nil, 0
	}
	return nil, 0
}

// twoStates reads mention mi and the next as exactly two coordinated
// states (coordinated, or pairedLoosely), not the head of a list of three;
// with the first token. nil if they are not.
func (st *checkState) twoStates(mi int) ([]string, int) {
	m := &st.ms[mi]
	if !st.pairMember(m) || mi+1 >= len(st.ms) {
		return nil, 0
	}
	n := &st.ms[mi+1]
	if !st.pairMember(n) || !st.pairedLoosely(m, n) || n.Entities[0] == m.Entities[0] {
		return nil, 0
	}
	if mi+2 < len(st.ms) && st.pairMember(&st.ms[mi+2]) && st.pairedLoosely(n, &st.ms[mi+2]) {
		return nil, 0 // a list of three or more
	}
	return []string{m.Entities[0], n.Entities[0]}, m.FirstTok()
}

// pairedLoosely says whether n follows m as its partner (chained), or as a
// nisba after a name written like one (nisbaAfterName), or as a name after
// a state's form word with و (المملكة المغربية وجمهورية البرتغال).
func (st *checkState) pairedLoosely(m, n *mention) bool {
	if st.chained(m, n) || st.nisbaAfterName(m, n) {
		return true
	}
	if m.Form != entities.FormName || n.Form != entities.FormName || n.FirstTok() != m.LastTok()+2 {
		return false
	}
	w := st.word(m.LastTok() + 1)
	return strings.HasPrefix(w, "و") && stateForm.has(withoutAnd(w))
}

// stateForm are the words (normalised) of a state's formal name that a
// coordinated name may start with outside its mention (وجمهورية البرتغال).
var stateForm = newWordList("جمهوريه", "المملكه", "مملكه", "دوله", "سلطنه",
	"اماره", "الجمهوريه", "الاتحاد")

// interviewAt says whether the lede reports an interview: an interview
// word given to an outlet (في مقابلة، بحديث، حوار مع وكالة، حديث لصحيفة),
// an outlet's verb of interviewing (تحاور، حاوره), a heading (حوار خاص) or
// a byline (أجرى الحوار: فلان), not announced. Returns its token, -1 when
// there is none.
func (st *checkState) interviewAt() int {
	for t := 0; t <= st.ledeEnd && t < st.toks.Len(); t++ {
		if !st.is(t, st.c.k.interview) || st.futureAt(t) {
			continue
		}
		if interviewVerb.has(withoutAnd(st.word(t))) || t > 0 && (st.word(t-1) == "في" || st.word(t-1) == "خلال") || st.outletAfter(t) {
			return t
		}
		// a heading (حوار خاص، مقابلة:) or a byline (أجرى الحوار: فلان)
		if si := int(st.sentAt(t)); st.sent(si).first == t && st.lineStart(si) || st.is(t-1, st.c.k.contact) {
			return t
		}
	}
	return -1
}

// honourAt says whether the lede reports an occasion held in honour of a
// guest (مأدبة عشاء على شرف رئيس جمهورية السنغال، كلمته في الحفل الذي
// أقيم على شرف نظيره): a speech, a banquet or a ceremony given for a party,
// a contact with it, with or without a word of contact; not announced
// (من المقرر أن يقيم مأدبة على شرف …: a future word in its sentence).
// The guest must follow within honourReach tokens as a title, a person or
// a state. Returns the token of شرف, -1 when there is none.
func (st *checkState) honourAt() int {
	for t := 1; t <= st.ledeEnd && t < st.toks.Len(); t++ {
		if st.word(t) != "شرف" || st.word(t-1) != "علي" {
			continue
		}
		s := st.sentOf(t)
		if st.futureWithin(s.first, s.last) {
			continue // announced: the occasion is in the future
		}
		for k := t + 1; k <= t+honourReach && k <= s.last; k++ {
			if st.is(k, st.c.k.title) || st.is(k, st.c.k.counterpart) || st.mentionAt(k) >= 0 {
				return t
			}
		}
	}
	return -1
}

// interviewVerb are the verbs (normalised) by which an outlet interviews
// (الأهرام تحاور وزير الخارجية).
var interviewVerb = newWordList("تحاور", "يحاور", "حاوره", "حاورته", "حاورها")

// outletAfter says whether an outlet follows the interview word at tok
// within interviewCue tokens: مع, an agency, or a word with the proclitic
// ل (لصحيفة، لوكالة، لقناة).
func (st *checkState) outletAfter(tok int) bool {
	s := st.sentOf(tok)
	for k := tok + 1; k <= tok+interviewCue && k <= s.last; k++ {
		if st.is(k, st.c.k.with) {
			return true
		}
		if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].Kind == entities.Agency {
			return true
		}
		if w := st.word(k); len(w) > len("لل") && w[:len("ل")] == "ل" && st.mentionAt(k) < 0 && !st.is(k, st.c.k.stop) {
			return true
		}
	}
	return false
}

// interviewDestination appends, for an interview (interviewAt), the state
// the contact window says the interviewee visits or visited (في ختام
// زيارته الأولى إلى مصر، زيارته الحالية للدوحة): the interviewee's host is
// the other party. An outlet's state is
// no evidence of its own.
func (st *checkState) interviewDestination(evs []evidence, ctEnd int) []evidence {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > ctEnd {
			break
		}
		if st.isDestination(mi) {
			evs = append(evs, evidence{id: m.Entities[0], kind: evVisited, w: wLede, tok: m.FirstTok(),
				span: evSpan{m.Start(), m.End()}, mention: int32(mi)})
		}
	}
	return evs
}

// interviewPair is the pair an interview is about: the first two states
// the text coordinates (العلاقات بين أوزبكستان والصين، بين مصر والبرازيل),
// one of which is the interviewee's, the one state the lede names by a
// title or an official (interviewee); with the pair's first token. nil
// when there is none.
func interviewPair(pairs []statePair, byID map[string]*partState) ([]string, int) {
	own := interviewee(byID)
	if own == "" {
		return nil, 0
	}
	for i := range pairs {
		if pr := &pairs[i]; pr.ids[0] == own || pr.ids[1] == own {
			return pr.ids[:], pr.toks[0]
		}
	}
	return nil, 0
}

// interviewee is the state of an interview's interviewee: the one state
// the lede names by a title or an official; "" when none or several are.
func interviewee(byID map[string]*partState) string {
	own := ""
	for id, p := range byID {
		if !p.party || p.ledeTitle == 0 {
			continue
		}
		if own != "" {
			return ""
		}
		own = id
	}
	return own
}

// nisbaAfterName says whether n is a nisba right after m, a name written
// as a feminine nisba (القمة السعودية الفرنسية, where the tagger reads
// السعودية as the state's name): a nisba pair all the same.
func (st *checkState) nisbaAfterName(m, n *mention) bool {
	if m.Form != entities.FormName || n.Form != entities.FormNisba || n.FirstTok() != m.LastTok()+1 || m.FirstTok() != m.LastTok() || hasPrefixAnd(n) {
		return false
	}
	return strings.HasSuffix(st.word(m.FirstTok()), "يه")
}

// outletState says whether mention mi is a nisba naming a news outlet's
// state: right after an outlet word (الصحيفة الكويتية) or after the
// outlet's name in quotation marks (صحيفة «الرأي» الكويتية، قناة "النيل"
// المصرية), the name at most outletName tokens long.
func (st *checkState) outletState(mi int) bool {
	m := &st.ms[mi]
	if m.Form != entities.FormNisba || m.FirstTok() == 0 {
		return false
	}
	k := m.FirstTok() - 1
	if st.is(k, st.c.k.outlet) {
		return true
	}
	closing, ok := quotePair[st.word(k)]
	if !ok {
		return false
	}
	s := st.sentOf(m.FirstTok())
	for j := k - 1; j >= s.first && j >= k-1-outletName; j-- {
		if st.word(j) == closing {
			return st.is(j-1, st.c.k.outlet)
		}
	}
	return false
}

// outletName bounds the words of an outlet's quoted name.
const outletName = 4

// quotePair maps a closing quotation mark to its opening one.
var quotePair = map[string]string{"»": "«", "\"": "\"", "”": "“", ")": "("}

// briefingReading is what readBriefing made of a text.
type briefingReading uint8

const (
	briefingNot  briefingReading = iota // no spokesperson's briefing set out as questions
	briefingNone                        // a briefing whose questions report no single state's contact
	briefingPair                        // a briefing whose questions report a contact with one state
)

// readBriefing weighs the reading of a spokesperson's briefing set out as
// questions and answers (المتحدث باسم وزارة الخارجية الصينية … سؤال: …
// جواب: …), where one state alone, the spokesperson's, is a party in the
// lede. A briefing answers on many matters, so its contact is the one a
// question and its answer report with an official of one other state,
// named by a title (سؤال: يقوم رئيس الوزراء الباكستاني بزيارة إلى الصين …
// جواب: أجرى رئيس مجلس الدولة محادثات …): both states are then parties by
// the weight of a contact's subject (evBriefing), and the text reports that
// contact (briefingPair). When no question reports one, or questions
// report contacts with two states' officials, the briefing reports no
// contact of its own (briefingNone), whatever its lede's press conference
// or a nearby title suggests.
func (st *checkState) readBriefing(byID map[string]*partState) briefingReading {
	spokesperson := false
	for k := 0; k <= st.ledeEnd && k < st.toks.Len() && !spokesperson; k++ {
		spokesperson = st.spokespersonAt(k)
	}
	if !spokesperson {
		return briefingNot
	}
	// the spokesperson's state: the one state the lede proper makes a
	// party (a title, the dateline, the agency); two there are a contact
	// the lede reports
	var party *partState
	for _, p := range byID {
		if !p.party || p.ledeScore < minScore || p.ledeTitle == 0 && (p.firstSubject < 0 || p.firstSubject > st.ledeEnd) {
			continue
		}
		if party != nil {
			return briefingNot
		}
		party = p
	}
	questions := false
	found, tok, ambiguous := "", -1, false
	for si := range st.sents {
		s := st.sent(si)
		if s.first <= st.ledeEnd || !st.lineStart(si) || !questionMark.has(st.word(s.first)) {
			continue
		}
		questions = true
		if party == nil {
			break
		}
		id, at, ok := st.questionContact(si, party.id)
		if !ok || id != "" && found != "" && id != found {
			ambiguous = true
			break
		}
		if id != "" && found == "" {
			found, tok = id, at
		}
	}
	switch {
	case !questions:
		return briefingNot
	case party == nil || ambiguous || found == "":
		return briefingNone
	}
	mi := st.mentionAt(tok)
	m := &st.ms[mi]
	st.scoreEvidence([]evidence{
		{id: found, kind: evBriefing, w: wContactPair, tok: tok, span: evSpan{m.Start(), m.End()}, mention: mi},
		{id: party.id, kind: evBriefing, w: wContactPair, tok: tok, span: evSpan{m.Start(), m.End()}, mention: mi},
	})
	return briefingPair
}

// questionMark are the words (normalised: ؤ is folded to و) that open a
// briefing's question (سؤال، س).
var questionMark = newWordList("سوال", "السوال", "س")

// questionContact reads the question opening sentence si and its answer,
// up to the next question: the state other than own whose title a
// sentence reporting a contact names (يقوم رئيس الوزراء الباكستاني بزيارة),
// with its token; "" when none does, ok false when two states' do.
func (st *checkState) questionContact(si int, own string) (id string, tok int, ok bool) {
	var memo sentMemo
	for sj := si; sj < len(st.sents); sj++ {
		s := st.sent(sj)
		if sj > si && st.lineStart(sj) && questionMark.has(st.word(s.first)) {
			break
		}
		if !st.sentenceContactOf(s.first, &memo) {
			continue
		}
		for k := s.first; k <= s.last; k++ {
			mi := st.mentionAt(k)
			if mi < 0 || st.ms[mi].FirstTok() != k {
				continue
			}
			m := &st.ms[mi]
			if m.Kind != entities.Country || len(m.Entities) != 1 || m.Entities[0] == own || !st.titleBefore(k) || st.titleTopical(k) {
				continue
			}
			if id != "" && id != m.Entities[0] {
				return "", -1, false
			}
			id, tok = m.Entities[0], k
		}
	}
	return id, tok, true
}

// spokespersonAt says whether token k is a spokesperson's title (المتحدث،
// للمتحدثة، والناطق). The words are no class of the rules: a class word
// ends a name, and the spokesperson's name follows the title (المتحدث
// ماركوس شنايدر).
func (st *checkState) spokespersonAt(k int) bool {
	w := withoutAnd(st.word(k))
	if spokespersonWord.has(w) {
		return true
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok {
		return spokespersonWord.has("ال" + rest)
	}
	if rest, ok := strings.CutPrefix(w, "ل"); ok {
		return spokespersonWord.has(rest)
	}
	return false
}

// spokespersonWord are the words (normalised) of a spokesperson's title.
var spokespersonWord = newWordList("المتحدث", "المتحدثه", "متحدث", "متحدثه",
	"الناطق", "الناطقه", "ناطق", "ناطقه")
