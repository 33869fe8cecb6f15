package consistency

import (
	"slices"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// How far the contact window and the words that govern a contact reach, in
// sentences or tokens.
const (
	// The window takes sentences after the lede up to contactWords words,
	// windowSents sentences at most; a sentence that says what the lede's
	// statements were made at joins it within occasionSents sentences.
	contactWords  = 70
	windowSents   = 6
	occasionSents = 8
	// A future word governs a contact word futureBefore tokens before it
	// to futureAfter after it; a purpose (لإجراء) purposeReach tokens after.
	futureBefore = 10
	futureAfter  = 3
	purposeReach = 4
	// A contact, speech, title or honorific word within partyReach tokens
	// of a person makes it a party; so does opening the text by
	// headlineOpen.
	partyReach   = 4
	headlineOpen = 2
	// A dateline's city stands in the first datelineReach tokens, with a
	// date, an agency or punctuation within datelineTail tokens after it,
	// or alone on a first line of at most datelineLine+1 tokens.
	datelineReach = 5
	datelineTail  = 3
	datelineLine  = 5
	// A visit word stands at most visitReach tokens before its
	// destination; a counterpart word's state, or the word that makes a
	// summit multilateral, at most wordReach tokens after it.
	visitReach = 7
	wordReach  = 3
)

// classWithin says whether a token in [first, last] has a class bit.
func (st *checkState) classWithin(first, last int, bit classMask) bool {
	for k := max(first, 0); k <= last && k < st.toks.Len(); k++ {
		if st.bitsOf(k).any(bit) {
			return true
		}
	}
	return false
}

// contactEnd is the last token of the window searched for a contact word:
// the lede and the sentences after it up to contactWords words, where an
// article says what its headline's statement was made at (جاء ذلك خلال
// استقبال …).
func (st *checkState) contactEnd() int {
	end, words := st.ledeEnd, 0
	for i := range st.sents {
		s := st.sent(i)
		// The sentence after a long lede is in the window too (… وقال
		// سموه لدى استقباله …).
		if i == windowSents || words >= contactWords && end > st.ledeEnd {
			break
		}
		end = s.last
		for k := s.first; k <= s.last; k++ {
			if st.toks.Kind(k) == arabic.Word {
				words++
			}
		}
	}
	// A sentence that says what the lede's statements were made at (وجاء
	// ذلك خلال استقباله …، وجاء هذا بعد محادثات …، وجاءت تصريحات الوزيرة
	// عقب لقائها …) joins the window when it follows soon after.
	for i := range st.sents {
		s := st.sent(i)
		if i >= occasionSents {
			break
		}
		if s.first > end && st.is(s.first, st.c.k.occasion) && s.first+1 <= s.last &&
			(st.is(s.first+1, st.c.k.demonstrative) || st.occasionContact(s)) {
			end = s.last
			break
		}
	}
	return max(end, st.ledeEnd)
}

// occasionReach is how many words after an occasion verb (جاء، جاءت) the
// contact it names stands at most: وجاءت تصريحات الوزيرة عقب لقائها.
const occasionReach = 4

// occasionContact says whether the occasion verb opening sentence s is
// followed within occasionReach words by a contact reported (contactAt)
// after a word that puts words at it (occasionPreps):
// what the lede's words were said at, named by the words themselves
// (وجاءت تصريحات الوزيرة عقب لقائها) rather than by ذلك.
func (st *checkState) occasionContact(s span) bool {
	at := false
	for k := s.first + 1; k <= min(s.last, s.first+occasionReach); k++ {
		if at && st.contactAt(k) {
			return true
		}
		w := st.word(k)
		for _, p := range occasionPreps {
			at = at || w == st.c.normWord(p)
		}
	}
	return false
}

// occasionPreps are the words that put what was said at a contact: عقب
// لقائها، خلال استقباله، لدى لقائه. Without one the sentence says what
// the contact was part of (وتأتي الزيارة في إطار جولة …), not where the
// lede's words were said.
var occasionPreps = [...]string{"عقب", "خلال", "لدى", "أثناء", "إثر", "بعد"}

// futureSentence says whether the sentence of tok announces, postpones or
// plans a contact rather than reporting one (سيزور، من المقرر، تأجيل).
func (st *checkState) futureSentence(tok int) bool {
	// asked for every mention of a long sentence: a scan of the sentence
	// each time would make the check quadratic
	s := st.sentOf(tok)
	return st.futureWithin(s.first, s.last)
}

// partyPosition says whether a person or title mention stands where a party
// of a contact stands: next to a contact, speech or title word, not after a
// preposition or topic word (مصير الأسد).
func (st *checkState) partyPosition(m *mention) bool {
	if st.is(m.FirstTok()-1, st.c.k.topicNoun) || st.is(m.FirstTok()-1, st.c.k.locative) || st.is(m.FirstTok()-1, st.c.k.prep) {
		return st.is(m.FirstTok()-1, st.c.k.with) // مع فلان: the other party
	}
	k := &st.c.k
	if st.classWithin(m.FirstTok()-partyReach, m.LastTok()+partyReach, k.contact.or(k.speech).or(k.title).or(k.honorific)) {
		return true
	}
	return m.FirstTok() <= headlineOpen // a headline that opens with the person
}

// groupMeets says whether the lede has a group after a title word (وزراء
// خارجية دول مجلس التعاون، قادة دول آسيان).
func (st *checkState) groupMeets() bool {
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.ledeEnd {
			break
		}
		if m.Kind != entities.Group || m.Form != entities.FormName {
			continue
		}
		if st.titleBefore(m.FirstTok()) {
			return true
		}
		// A state and a group as the two sides (واشنطن ودول الخليج).
		if hasPrefixAnd(m) && m.FirstTok() > 0 {
			if pi := st.mentionAt(m.FirstTok() - 1); pi >= 0 && st.ms[pi].Kind == entities.Country && st.ms[pi].Form != entities.FormNisba {
				return true
			}
		}
	}
	return false
}

// dateline says whether a city mention is a dateline: near the start and
// followed by a date, an agency or dateline punctuation (بكين 14 أبريل …،
// القاهرة - …), or alone on a short first line (عين اليوم – موسكو). A
// headline that merely opens with a capital is not one.
func (st *checkState) dateline(m *mention) bool {
	if m.FirstTok() > datelineReach {
		return false
	}
	if st.datelineFollows(m) {
		return true
	}
	s := st.sentOf(m.FirstTok())
	return s.last == m.LastTok() && s.last-s.first <= datelineLine
}

// datelineFollows says whether what follows m is a dateline's: a date, an
// agency, or dateline punctuation right after it (بكين 14 أبريل، القاهرة -).
func (st *checkState) datelineFollows(m *mention) bool {
	toks := st.toks
	for k := m.LastTok() + 1; k < toks.Len() && k <= m.LastTok()+datelineTail; k++ {
		switch {
		case toks.Kind(k) == arabic.Number:
			return true
		case toks.Kind(k) == arabic.Punct && k == m.LastTok()+1:
			switch st.word(k) {
			case "(", "-", "–", "—", ":", "،", ",":
				return true
			}
		}
		if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].Kind == entities.Agency {
			return true
		}
	}
	return false
}

// officialOfOther says whether the mention is followed by a known official
// of a state it does not name, on its line: a name that opens the next
// line (a transcript's speaker after its title line) is not the title's.
func (st *checkState) officialOfOther(m *mention) bool {
	k := m.LastTok() + 1
	if k >= st.toks.Len() || st.personAt(k) < 0 || st.lineGap(k) {
		return false
	}
	p := &st.persons[st.personAt(k)]
	if p.first != k || p.known == nil || p.known.Country == "" || !st.onDuty(p.known) {
		return false
	}
	return !containsStr(m.Entities, p.known.Country)
}

// futureAt says whether a future word governs tok: one before it in its
// sentence (سيتوجه … في زيارة يلتقي خلالها نظيره) or right after it
// (زيارة مرتقبة، يزور طوكيو الأسبوع المقبل).
func (st *checkState) futureAt(tok int) bool {
	s := st.sentOf(tok)
	// classWithin(first, last, future), read from the future words'
	// tokens: the stages ask for most contact and visit words.
	return st.futureWithin(max(s.first, tok-futureBefore, 0), min(s.last, tok+futureAfter, st.toks.Len()-1))
}

// futureWithin is classWithin(first, last, future), read from the future
// words' tokens (futureTokens) by binary search.
func (st *checkState) futureWithin(first, last int) bool {
	ft := st.futureTokens()
	i, _ := slices.BinarySearch(ft, int32(first))
	return i < len(ft) && int(ft[i]) <= last
}

// futureTokens returns the tokens of a future word, in order (read once
// per text).
func (st *checkState) futureTokens() []int32 {
	if !st.futureRead {
		st.futureRead = true
		st.futureToks = st.futureToks[:0]
		for k := range st.toks.Len() {
			if st.bitsOf(k).any(st.c.k.future) {
				st.futureToks = append(st.futureToks, int32(k))
			}
		}
	}
	return st.futureToks
}

// contactAt says whether tok reports a contact: a contact or counterpart
// word not governed by a future word and not the object of a purpose
// (لإجراء محادثات، لبحث).
func (st *checkState) contactAt(tok int) bool {
	if !st.is(tok, st.c.k.contact) && !st.is(tok, st.c.k.counterpart) {
		return false
	}
	s := st.sentOf(tok)
	return !st.classWithin(max(s.first, tok-purposeReach), tok, st.c.k.purpose) && !st.futureAt(tok)
}

// announces says whether the sentence s speaks of a contact only as
// announced, planned or postponed.
func (st *checkState) announces(s span) bool {
	planned := false
	for k := s.first; k <= s.last; k++ {
		if !st.is(k, st.c.k.contact) && !st.is(k, st.c.k.counterpart) {
			continue
		}
		if st.contactAt(k) {
			return false
		}
		planned = planned || st.futureAt(k)
	}
	return planned
}

// afterRelative says whether the title phrase holding tok follows a
// relative clause's verb (التي أطلقها الرئيس الروسي فلاديمير بوتين).
// A title phrase is at most maxTitleRun tokens: text where every word is
// a title or a mention (الصين الصين الصين …) is not walked to its start
// from every mention, which made checking it quadratic.
func (st *checkState) afterRelative(tok int) bool {
	s := st.sentOf(tok)
	k := tok - 1
	titled := false
	for k >= s.first && k >= tok-maxTitleRun && (st.is(k, st.c.k.title) || st.is(k, st.c.k.titleWord) || st.is(k, st.c.k.honorific) || st.inMention.has(k)) {
		titled = titled || st.is(k, st.c.k.title)
		k--
		st.titleSteps++
	}
	return titled && k-1 >= s.first && st.is(k-1, st.c.k.relative)
}

// maxTitleRun bounds the title phrase afterRelative reads back over.
const maxTitleRun = 32

// sentenceContactOf is sentenceContact of the sentence holding tok,
// remembered in c for calls in text order (a sentence is scanned once,
// however many mentions it holds).
func (st *checkState) sentenceContactOf(tok int, c *sentMemo) bool {
	si := int(st.sentAt(tok))
	if !c.ok || c.sent != si {
		c.sent, c.val, c.ok = si, st.sentenceContact(st.sent(si)), true
	}
	return c.val
}

// sentMemo remembers one sentence's answer.
type sentMemo struct {
	sent    int
	val, ok bool
}

// sentenceContact says whether the sentence s reports a contact.
func (st *checkState) sentenceContact(s span) bool {
	for k := s.first; k <= s.last; k++ {
		st.contactSteps++
		if st.contactAt(k) {
			return true
		}
	}
	return false
}

// statePair is two states coordinated as one subject or attribute:
// روسيا والسعودية، بين السعودية ومالطا، اتفاقية سعودية - مالطية.
type statePair struct {
	ids     [2]string
	toks    [2]int
	contact bool // the pair's sentence reports a contact
}

// statePairs finds pairs of states in the contact window. triple says a
// contact sentence names three states in one such chain (اللقاء السعودي
// الأمريكي الروسي): a meeting of three.
func (st *checkState) statePairs(ctEnd int) (pairs []statePair, triple bool) {
	var memo sentMemo
	for i := 0; i+1 < len(st.ms); i++ {
		m := &st.ms[i]
		if m.FirstTok() > ctEnd {
			break
		}
		if !st.pairMember(m) {
			continue
		}
		// A pair after a topic word or a preposition of place is what the
		// text is about (الأوضاع في سوريا والعراق); after a word of trade or
		// business it is no state's act (ملتقى الأعمال السعودي التركي); the
		// tail of a longer list is no pair.
		if st.is(m.FirstTok()-1, st.c.k.topicNoun) || st.is(m.FirstTok()-2, st.c.k.topicNoun) ||
			st.is(m.FirstTok()-1, st.c.k.locative) || st.is(m.FirstTok()-1, st.c.k.with) ||
			st.is(m.FirstTok()-1, st.c.k.private) || st.is(m.FirstTok()-2, st.c.k.private) ||
			i > 0 && st.pairMember(&st.ms[i-1]) && st.chained(&st.ms[i-1], m) || i > 0 && st.afterPlace(&st.ms[i-1], m) {
			continue
		}
		n := &st.ms[i+1]
		if !st.pairMember(n) || !st.chained(m, n) || n.Entities[0] == m.Entities[0] {
			continue
		}
		contact := st.sentenceContactOf(m.FirstTok(), &memo)
		if i+2 < len(st.ms) {
			if o := &st.ms[i+2]; st.pairMember(o) && st.chained(n, o) && o.Entities[0] != m.Entities[0] && o.Entities[0] != n.Entities[0] {
				// Three states after a preposition are a mechanism's
				// members (آلية التعاون الثلاثي بين مصر والأردن والعراق).
				// Three states after a meeting word are its parties (اللقاء
				// السعودي الأمريكي الروسي); elsewhere they are an alliance or
				// a list, not a meeting.
				meeting := st.is(m.FirstTok()-1, st.c.k.contact) || st.is(m.FirstTok()-1, st.c.k.summit)
				triple = triple || contact && meeting
				i += 2
				continue
			}
		}
		pairs = append(pairs, statePair{ids: [2]string{m.Entities[0], n.Entities[0]},
			toks: [2]int{m.FirstTok(), n.FirstTok()}, contact: contact})
		i++
	}
	return pairs, triple
}

// afterPlace says whether m is joined by و right after a state's city
// other than its capital (الأوضاع في غزة ولبنان واليمن): the tail of a list of places,
// not a pair of states of its own.
func (st *checkState) afterPlace(prev, m *mention) bool {
	return prev.Kind == entities.Country && prev.Form == entities.FormCity &&
		m.FirstTok() == prev.LastTok()+1 && hasPrefixAnd(m)
}

// pairMember says whether m can be one of a pair of states: a country
// named by name or nisba, not ambiguous, not a homograph.
func (st *checkState) pairMember(m *mention) bool {
	return m.Kind == entities.Country && !m.Weak && len(m.Entities) == 1 &&
		(m.Form == entities.FormName || m.Form == entities.FormNisba)
}

// chained says whether n follows m as its partner: two names joined by و
// or a dash (روسيا والسعودية، السعودية - مالطا), or two nisbas side by side
// (السعودي التركي، مصرية سعودية، سعودية - مالطية).
func (st *checkState) chained(m, n *mention) bool {
	if m.Form != n.Form {
		return false
	}
	gap := n.FirstTok() - m.LastTok()
	dash := false
	if gap == 2 {
		switch st.word(m.LastTok() + 1) {
		case "-", "–", "—":
			dash = true
		default:
			return false
		}
	} else if gap != 1 {
		return false
	}
	if m.Form == entities.FormName {
		return dash || hasPrefixAnd(n)
	}
	return true
}

// placedCounterpart is a state a counterpart word stands for by place.
type placedCounterpart struct {
	id  string
	tok int
}

// counterpartPlaces finds counterpart words named without a state (…
// حيث يلتقي نظيره فلان) and ties them to the place a visit in the same
// sentence went to (زيارة إلى لشبونة، زيارته لمصر).
func (st *checkState) counterpartPlaces(ctEnd int) []placedCounterpart {
	var out []placedCounterpart
	for k := 0; k <= ctEnd && k < st.toks.Len(); k++ {
		if !st.is(k, st.c.k.counterpart) {
			continue
		}
		named := false
		for j := k + 1; j <= k+wordReach && j < st.toks.Len(); j++ {
			if mi := st.mentionAt(j); mi >= 0 && len(st.stateIDs(&st.ms[mi])) > 0 {
				named = true
			}
		}
		if named {
			continue
		}
		s := st.sentOf(k)
		var dest []placedCounterpart
		for j := s.first; j <= s.last; j++ {
			mi := st.mentionAt(j)
			if mi < 0 || st.ms[mi].FirstTok() != j || st.ms[mi].Kind != entities.Country || len(st.ms[mi].Entities) != 1 {
				continue
			}
			m := &st.ms[mi]
			if st.visitedAt(m) {
				dest = append(dest, placedCounterpart{id: m.Entities[0], tok: j})
			}
		}
		// Two places visited leave the counterpart's state unsettled.
		if len(dest) == 1 {
			out = append(out, dest[0])
		}
	}
	return out
}

// pairMeeting says whether the contact window names a counterpart by its
// state (… نظيره التايلاندي على هامش اجتماع وزراء خارجية آسيان): a pair
// meets, whatever gathering it meets at.
func (st *checkState) pairMeeting(ctEnd int) bool {
	for k := 0; k <= ctEnd && k+1 < st.toks.Len(); k++ {
		if st.is(k, st.c.k.counterpart) {
			if mi := st.mentionAt(k + 1); mi >= 0 && st.ms[mi].Kind == entities.Country {
				return true
			}
		}
	}
	return false
}

// visitedAt says whether a state or city mention is where a visit went:
// after إلى (or the proclitic ل) and a visit word a few words before
// (زيارة إلى لشبونة، يصل الرئيس … اليوم إلى ياوندي، زيارته لمصر).
func (st *checkState) visitedAt(m *mention) bool {
	if st.prefix(m) != "ل" && !st.is(m.FirstTok()-1, st.c.k.locative) {
		return false
	}
	s := st.sentOf(m.FirstTok())
	return st.classWithin(max(s.first, m.FirstTok()-visitReach), m.FirstTok()-1, st.c.k.visit)
}

// multilateralContact says whether the contact window reports a meeting of
// several states: a summit or talks called quadrilateral, regional or
// multilateral (القمة الرباعية، محادثات أمنية إقليمية), or a group whose
// ministers meet in a contact sentence (اجتماع وزراء خارجية آسيان). A
// counterpart word with a state names a pair meeting (on the sidelines of
// such a summit) and wins.
func (st *checkState) multilateralContact(ctEnd int) bool {
	if st.pairMeeting(ctEnd) {
		return false
	}
	for k := 0; k <= ctEnd && k < st.toks.Len(); k++ {
		if !st.is(k, st.c.k.summit) || st.futureAt(k) || st.onSidelines(k) {
			continue
		}
		s := st.sentOf(k)
		for j := k + 1; j <= k+wordReach && j <= s.last; j++ {
			if st.is(j, st.c.k.multi) {
				return true
			}
		}
	}
	// A series of meetings (عدة لقاءات ثنائية، سلسلة اجتماعات) is with
	// several states.
	for k := 0; k <= ctEnd && k < st.toks.Len(); k++ {
		if st.is(k, st.c.k.series) && (st.is(k+1, st.c.k.meetings) || st.is(k+2, st.c.k.meetings) || st.is(k-1, st.c.k.meetings)) {
			return true
		}
	}
	var memo sentMemo
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > ctEnd {
			break
		}
		if m.Kind == entities.Group && m.Form == entities.FormName && st.titleBefore(m.FirstTok()) &&
			st.sentenceContactOf(m.FirstTok(), &memo) {
			return true
		}
	}
	return false
}
