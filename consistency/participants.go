package consistency

import (
	"cmp"
	"slices"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Participant inference runs in four steps, each a function below (the
// first, gathering the evidence, in partevidence.go):
//
//  1. gatherEvidence reads what the text says of each state: titles,
//     counterpart words, officials, the dateline, pairs of states, and
//     plain mentions (a list of evidence, in text order);
//  2. scoreEvidence adds the evidence up per state (partState);
//  3. readPair weighs two states the text coordinates as the contact's
//     subject; choosePair keeps the two best states that act in the text,
//     or decides the meeting is multilateral, or that the text reports no
//     contact at all; swappedParty reads a participant named once where
//     the body names another state, and moves its score there;
//  4. hostAndGuest orders a settled pair: the lede's subject (host) first.
//
// The result is the lede's episode, which later stages judge by.

// Evidence weights for participant inference, strongest first. Frequency is
// the weakest: in the hardest releases the wrong state is named most.
const (
	wCounterpart = 6.0 // نظيره الأذربيجاني
	wTitle       = 4.0 // وزير الخارجية الصيني
	wPerson      = 3.0 // an official the gazetteer or the lede ties to a state
	wLede        = 2.0 // any other state named in the lede
	wDateline    = 2.0 // the dateline city
	wAgency      = 1.0 // the dateline's agency (شينخوا)
	wMention     = 1.0 // a state named as a topic or a place, or a person named, in the lede
	wBody        = 0.4 // each later mention
	maxBody      = 2.0 // what later mentions add at most
	minScore     = 2.0 // a participant needs at least lede-level evidence
	// wContactPair is the reading of two states coordinated as the
	// contact's subject: more than any one state's other evidence
	// usually is, so that the pair is chosen.
	wContactPair = 12.0
)

const (
	// windowWeight scales evidence found after the lede in the contact window.
	windowWeight = 0.75
	// maxEvidence is how many evidence spans a participant keeps.
	maxEvidence = 6
	// agencyReach is the last token where an agency names the dateline.
	agencyReach = 12
	// multilateralParties is how many states named by title or office in
	// the lede make a meeting multilateral.
	multilateralParties = 3
)

// partState is what the text says of one state as a possible participant.
type partState struct {
	id       string
	score    float64
	evidence []Span
	// firstSubject is the token of the earliest subject evidence (title,
	// person, dateline, agency), -1 if none; counterpartEv says a counterpart
	// word named it.
	firstSubject  int
	counterpartEv bool
	// officialEv says an official of the state (a person the gazetteer
	// knows in office, or an office the gazetteer ties to it) stands where
	// a party stands (evOfficial).
	officialEv bool
	// contactPair says the text coordinates the state with another as
	// the contact's subject (evContactPair).
	contactPair bool
	// party says the state acts in the text (a title, a counterpart word,
	// an official, the dateline or agency, a pair of states as the
	// subject); a state only named in the lede is a topic.
	party      bool
	ledeScore  float64 // evidence from the lede and the contact window (not later mentions)
	bodyScore  float64 // evidence from later mentions (at most maxBody)
	titleScore float64 // evidence from titles, counterpart words and officials
	ledeTitle  float64 // the same, in the lede alone (decides multilateral)
}

// evidenceKind is what a piece of evidence is; its note is the text a
// report shows, its flags what the evidence counts for.
type evidenceKind uint8

const (
	evCounterpart evidenceKind = iota + 1 // a counterpart word names the state (نظيره الأذربيجاني)
	evTitle                               // a title phrase names the state (وزير الخارجية الصيني)
	evOfficial                            // an official of the state stands where a party stands
	evDateline                            // the dateline's city
	evAgency                              // the dateline's agency
	evPair                                // one of two states coordinated as one subject
	evNamed                               // named in the lede
	evPlace                               // a city of the state named in the lede
	evTopic                               // named in the lede as a topic
	evBody                                // named after the contact window: score only, no span
	// Readings of the evidence as a whole (readings below), weighed with
	// the rest before the pair is chosen.
	evContactPair // one of two states the text coordinates as the contact's subject
	evSwappedIn   // named where a participant named once, by the lede's title, stands
	evSwappedOut  // named once, by the lede's title, where the body names another state
	evUnstated    // the state of a party the lede names by office alone
	evVisited     // the state an interviewee visits (interviewDestination)
	evSpokenOf    // the state an interviewee names most as an actor (readUnstated)
	evBriefing    // a briefing's question reports a contact between the state and the spokesperson's (readBriefing)
	evHonourHost  // the state the speaker at an occasion in honour of the other party names as an actor (readUnstated)
)

// evidenceFlag says what a kind of evidence counts for.
type evidenceFlag uint8

const (
	// flagParty: the state acts in the text.
	flagParty evidenceFlag = 1 << iota
	// flagTitle: title-strength evidence (titleScore, ledeTitle).
	flagTitle
	// flagSubject: the state may be the lede's subject (firstSubject).
	flagSubject
	// flagCounterpartWord: a counterpart word names the state.
	flagCounterpartWord
)

// flags says what a kind of evidence counts for.
func (k evidenceKind) flags() evidenceFlag {
	switch k {
	case evCounterpart:
		return flagParty | flagTitle | flagCounterpartWord
	case evTitle, evOfficial:
		return flagParty | flagTitle | flagSubject
	case evDateline, evAgency:
		return flagParty | flagSubject
	case evPair, evContactPair, evSwappedIn, evUnstated, evVisited, evSpokenOf, evBriefing, evHonourHost:
		return flagParty
	}
	return 0
}

// note is the evidence's text in a report.
func (k evidenceKind) note() string {
	switch k {
	case evCounterpart:
		return "counterpart"
	case evTitle:
		return "title"
	case evOfficial:
		return "official"
	case evDateline:
		return "dateline"
	case evAgency:
		return "agency"
	case evPair:
		return "pair"
	case evNamed:
		return "named in the lede"
	case evPlace:
		return "place in the lede"
	case evTopic:
		return "topic in the lede"
	case evContactPair:
		return "the contact's subject"
	case evSwappedIn:
		return "named in the place of a state named once"
	case evSwappedOut:
		return "named once, in the place of another"
	case evUnstated:
		return "the state of a party named by office alone"
	case evVisited:
		return "the state the interviewee visits"
	case evSpokenOf:
		return "the state the interviewee speaks of"
	case evBriefing:
		return "a briefing's question reports the contact"
	case evHonourHost:
		return "the host of an occasion in honour of the other party"
	}
	return ""
}

// evidence is one thing the text says of a state.
type evidence struct {
	id  string
	w   float64 // weight
	tok int     // where it was found
	// span is what a report shows: only the few a report keeps become a
	// Span with its text (scoreEvidence), so that a text naming states a
	// million times does not hold a million copies of their text.
	span evSpan
	// mention is the index of the mention whose Text is the span's text,
	// -1 if none (the text is then copied from the source).
	mention int32
	kind    evidenceKind
}

// evSpan is a range of the original bytes [start, end), empty when start
// == end.
type evSpan struct{ start, end int }

// inferParticipants is the participants stage: it scores every state by
// its evidence and makes the lede's episode (st.episodes[0]), with the best
// two states as its participants (host first) when the text reports a
// contact between two, none otherwise.
func (st *checkState) inferParticipants() {
	ctEnd := st.windowEnd
	if st.storyFirst = st.digestStory(); st.storyFirst > 0 {
		ctEnd = max(ctEnd, st.storyWindowEnd())
	}
	pairs, triple := st.statePairs(ctEnd)
	byID := st.startScores()
	st.evidence = st.gatherEvidence(st.evidence[:0], ctEnd, pairs)
	st.scoreEvidence(st.evidence) // what gathering left unscored
	// An interview is an exchange with its interviewee, whose host is a
	// party; a joint statement or a bilateral gathering names its parties
	// (events.go).
	interview := st.interviewAt() >= 0
	if interview {
		st.evidence = st.interviewDestination(st.evidence[:0], ctEnd)
		st.scoreEvidence(st.evidence)
	}
	contactPair, pairTok := st.contactPair(pairs)
	if contactPair == nil {
		contactPair, pairTok = st.homePair(ctEnd, byID)
	}
	event := false
	if contactPair == nil {
		contactPair, pairTok = st.eventPair()
		event = contactPair != nil
	}
	if contactPair == nil && interview {
		// the interviewee speaks throughout: a pair anywhere in the text
		all, _ := st.statePairs(st.toks.Len() - 1)
		contactPair, pairTok = interviewPair(all, byID)
	}
	st.readPair(byID, ctEnd, contactPair, pairTok)
	// an occasion in honour of a guest is a contact with it (events.go)
	honour := st.honourAt()
	st.readUnstated(byID, interview, honour)
	contact := event || interview || honour >= 0 || st.reportsContact(ctEnd) || st.addressAbroad(byID) || st.visitAtHome(byID)
	switch st.readBriefing(byID) {
	case briefingPair:
		contact = true
	case briefingNone:
		contact = false
	}
	ep := st.choosePair(byID, ctEnd, triple, contact)
	st.swappedParty(ep, byID)
	st.anchoredRival(ep, byID)
	st.evidenceRival(ep, byID)
	st.readPairFitted(ep, byID)
	ep.first, ep.last = 0, st.toks.Len()-1
	if len(ep.parts) == 2 && !ep.multilat {
		ep.subject, ep.counterpart = hostAndGuest(ep.parts[0], ep.parts[1], st.home)
	}
	st.episodes = append(st.episodes[:0], ep)
}

// startScores empties the evidence added up per state (st.scores) for
// scoreEvidence and returns it.
func (st *checkState) startScores() map[string]*partState {
	if st.scores == nil {
		st.scores = map[string]*partState{}
	}
	clear(st.scores)
	st.partN = 0
	return st.scores
}

// scoreEvidence adds evs up per state (st.scores, emptied by startScores),
// in the order found. Gathering hands the evidence over a piece at a time
// (evidencePiece), so that a text naming states a million times never
// holds a million pieces of evidence.
func (st *checkState) scoreEvidence(evs []evidence) {
	byID := st.scores
	for _, e := range evs {
		p := byID[e.id]
		if p == nil {
			p = st.newPartState(e.id)
			byID[e.id] = p
		}
		if e.kind == evBody {
			if p.bodyScore < maxBody {
				p.bodyScore += e.w
				p.score += e.w
			}
			continue
		}
		f := e.kind.flags()
		p.contactPair = p.contactPair || e.kind == evContactPair
		p.score += e.w
		p.ledeScore += e.w
		p.party = p.party || f&flagParty != 0
		p.counterpartEv = p.counterpartEv || f&flagCounterpartWord != 0
		p.officialEv = p.officialEv || e.kind == evOfficial
		if f&flagTitle != 0 {
			p.titleScore += e.w
			if st.inLede(e.tok) {
				p.ledeTitle += e.w
			}
		}
		if f&flagSubject != 0 && (p.firstSubject < 0 || e.tok < p.firstSubject) {
			p.firstSubject = e.tok
		}
		if len(p.evidence) == maxEvidence && e.kind >= evContactPair {
			p.evidence = p.evidence[:maxEvidence-1] // a reading is always listed
		}
		if len(p.evidence) < maxEvidence {
			// the text is copied when the span is read (withText):
			// spans dropped on the way cost none
			p.evidence = append(p.evidence, Span{Start: e.span.start, End: e.span.end, Note: e.kind.note()})
		}
	}
}

// withText gives the participant evidence span *ev its text (the caller's
// bytes, copied once) and returns it.
func (st *checkState) withText(ev *Span) Span {
	if ev.Text == "" && ev.End > ev.Start {
		ev.Text = string(st.src[ev.Start:ev.End])
	}
	return *ev
}

// partChunk is the number of partStates in one chunk of st.partChunks.
const partChunk = 16

// newPartState returns a partState for id from the check's pooled
// storage: chunks of partStates that never move (st.scores points into
// them), each with room for maxEvidence spans (the report copies the
// spans it keeps).
func (st *checkState) newPartState(id string) *partState {
	ci, k := st.partN/partChunk, st.partN%partChunk
	if ci == len(st.partChunks) {
		st.partChunks = append(st.partChunks, make([]partState, partChunk))
		st.evChunks = append(st.evChunks, make([]Span, partChunk*maxEvidence))
	}
	st.partN++
	p := &st.partChunks[ci][k]
	*p = partState{id: id, firstSubject: -1, evidence: st.evChunks[ci][k*maxEvidence : k*maxEvidence : (k+1)*maxEvidence]}
	return p
}

// choosePair settles the lede's episode from the scored states: the two
// best that act in the text, a pair the text coordinates as the contact's
// subject, a state named by a counterpart word; or a multilateral meeting;
// or no participants when the text reports no contact (contact: a
// contact word in the contact window, or an event that is itself the
// contact, an interview, a joint statement, a bilateral gathering, a
// briefing's question; see inferParticipants).
func (st *checkState) choosePair(byID map[string]*partState, ctEnd int, triple, contact bool) *episode {
	ps := make([]*partState, 0, len(byID))
	strong := 0
	var shadows [][2]string // a look-alike's shadow and the look-alike (lookalikeOf)
	for _, p := range byID {
		if !p.party || p.ledeScore < minScore {
			continue
		}
		if like := st.lookalikeOf(p, byID); like != "" {
			shadows = append(shadows, [2]string{p.id, like})
			continue
		}
		ps = append(ps, p)
		if p.ledeTitle >= wPerson {
			strong++
		}
	}
	slices.SortFunc(ps, byScore)
	ep := &episode{}
	// Three or more states named by title or office in the lede, or a group
	// whose ministers meet, make the meeting multilateral.
	called := triple || !st.pairMeeting(ctEnd) && st.groupMeets() || st.multilateralContact(ctEnd) ||
		strong < 2 && st.listedMeeting(ctEnd)
	ep.multilat = contact && (strong >= multilateralParties || called)
	ep.byTitles = ep.multilat && !called
	if !ep.multilat && len(ps) > 2 {
		// A state named by a counterpart word (… مع نظيره الألماني) is the
		// other party, however often the lede names a topic state; not
		// where the contact's subject names the pair.
		for i := 2; i < len(ps); i++ {
			if ps[i].counterpartEv && !ps[0].counterpartEv && !ps[1].counterpartEv && !ps[1].contactPair {
				ps[1] = ps[i]
				break
			}
		}
		ps = ps[:2]
	}
	if !contact || len(ps) < 2 {
		return ep
	}
	ep.parts = ps
	for _, p := range ps {
		ep.partIDs.add(p.id)
	}
	// A shadow's mention is the participant's name slipped (swappedConflict).
	for _, sh := range shadows {
		if !ep.partIDs.has(sh[1]) {
			continue
		}
		for mi := range st.ms {
			if st.ms[mi].Kind == entities.Country && containsStr(st.ms[mi].Entities, sh[0]) {
				st.attrSlips = append(st.attrSlips, attrSlip{mention: mi, want: sh[1], swapped: true})
			}
		}
	}
	return ep
}

// lookalikeOf returns the look-alike whose shadow q is, "" if none: q, a
// state a title or counterpart word in the lede makes a party, is named once in the
// whole text (الرئيس الغيني يستقبل … in a headline), by no official of its
// own, while a state easily mistaken for it (confusability) acts in the
// text too, is named at least twice and outweighs it. A translation or an
// editor that slipped once on the name leaves the right state named
// throughout: q is then no party (neither a third participant nor one of
// the pair), and its mention is judged as a slip for the look-alike. The
// dateline's state is never a shadow, nor a state whose sentence also names
// the look-alike (استقبل الرئيس الزامبي … وزير خارجية غامبيا ووزيرة
// الخارجية الهندية: two parties side by side).
func (st *checkState) lookalikeOf(q *partState, byID map[string]*partState) string {
	if q.id == st.home || q.officialEv || q.ledeTitle < wPerson || st.timesNamed(q.id) != 1 || st.designated(q.id).n > 0 {
		return ""
	}
	qs := span{first: -1, last: -1} // the sentence of q's one mention
	for mi := range st.ms {
		if containsStr(st.ms[mi].Entities, q.id) {
			qs = st.sentOf(st.ms[mi].FirstTok())
			break
		}
	}
	best, score := "", 0.0
	for _, p := range byID {
		if p == q || !p.party || p.ledeScore < minScore || p.score <= q.score || st.timesNamed(p.id) < 2 ||
			st.c.confusability(p.id, q.id) < minConfusable || st.namesIn(p.id, qs) {
			continue
		}
		if p.score > score || p.score == score && p.id < best {
			best, score = p.id, p.score
		}
	}
	return best
}

// namesIn says whether a mention in sentence s names state id.
func (st *checkState) namesIn(id string, s span) bool {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > s.last {
			break
		}
		if m.FirstTok() >= s.first && containsStr(m.Entities, id) {
			return true
		}
	}
	return false
}

// swappedParty reads a participant that looks swapped in: named once in
// the whole text, by a title in the lede only, while a state easily
// mistaken for it (confusability) is named at least twice and is no
// participant, or the body names another state in the participants'
// places (contradictingState). A translation that swapped the guest's
// title in the lede (وزير الخارجية الألباني خوسيه مانويل ألباريس for
// الإسباني) leaves the right state named in the body. The reading is
// evidence: the participant's score moves to that state (evSwappedOut,
// evSwappedIn, listed in both), which takes its place; the lede's mention
// is then judged as a conflict.
func (st *checkState) swappedParty(ep *episode, byID map[string]*partState) {
	if len(ep.parts) != 2 || ep.multilat {
		return
	}
	for i, q := range ep.parts {
		// an official of the state standing as a party names it whatever
		// its title's nisba says (وزير الخارجية السريلانكي يوراي بلانار):
		// the title is the slip, and the official-state rule reports it
		// nor is a state the text goes on to call by its designation
		// (وأكدت السلطنة): a swap leaves that word as it stands
		if q.id == st.home || q.officialEv || st.timesNamed(q.id) != 1 || !st.namedInWindow(q.id) || st.designated(q.id).n > 0 {
			continue
		}
		best, bestN := "", 1
		for id, c := range byID {
			// a counterpart word is strong evidence: only a state the body
			// keeps naming in its place (contradictingState) outweighs it
			if q.counterpartEv || ep.partIDs.has(id) || st.c.confusability(id, q.id) < minConfusable || c.score <= 0 {
				continue
			}
			// a state named only as a topic, a place or a list's item
			// stands in no party's place; one whose own official the body
			// introduces by the state's own title while telling another
			// story (وكان وزير الخارجية الكويتي عبدالله اليحيا قد أعلن) is
			// that official's state, a third one
			if st.actingNamed(ep, id) == 0 || st.introducedOfficial(id) {
				continue
			}
			if n := st.timesNamed(id); n > bestN || n == bestN && best != "" && id < best {
				best, bestN = id, n
			}
		}
		if best == "" {
			best = st.contradictingState(ep, q.id, byID)
		}
		if best == "" || st.introducedOfficial(best) {
			continue
		}
		// The lede title's weight (and the pair's reading) is the state
		// the body names: q's score moves to it, and it takes q's place.
		st.moveParty(ep, i, best, byID, anchor{}, false)
		return
	}
}

// introducedOfficial says whether the body, after the lede, in a sentence
// that tells another story (anotherStory: an earlier event, وكان … قد; a
// turn aside or another place; a contact to come, … أحمد عطاف سيزور تونس),
// introduces a known official of state id by a title that carries id's own
// nisba (وكان وزير الخارجية الكويتي عبدالله اليحيا قد أعلن): a person of
// its own, beside the parties the lede introduced.
func (st *checkState) introducedOfficial(id string) bool {
	return containsStr(st.introducedStates(), id)
}

// introducedStates are the states introducedOfficial reads, found once
// per check (the lede stage has run before its first call), with the
// first token of each sentence that introduces one (introducingSentence).
func (st *checkState) introducedStates() []string {
	if st.introducedRead {
		return st.introduced
	}
	st.introducedRead = true
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.Kind != entities.Person || m.FirstTok() <= st.ledeEnd || !st.anotherStory(m) || st.contactElsewhere(m) {
			continue
		}
		e := st.holderOf(m)
		if e == nil || !ownState(e) || !st.onDuty(e) {
			continue
		}
		if titled, by := st.officialTitle(m); titled && by == e.Country {
			if !containsStr(st.introduced, e.Country) {
				st.introduced = append(st.introduced, e.Country)
			}
			st.introducedIn = append(st.introducedIn, st.sentOf(m.FirstTok()).first)
		}
	}
	return st.introduced
}

// contactElsewhere says whether mention m stands in a sentence that
// opens in another place with a contact's verb right after the place (وفي
// بغداد، استقبل رئيس مجلس الوزراء … وزير الخارجية الإيراني): a digest's
// or a bulletin's item tells its contact there, and the officials it
// names are that contact's parties, not people of another story.
func (st *checkState) contactElsewhere(m *mention) bool {
	s := st.sentOf(m.FirstTok())
	if s.first <= st.ledeEnd || !st.anotherPlaceOpens(s) {
		return false
	}
	k := st.afterItemMark(s)
	if inWord.has(st.word(k)) {
		k++
	}
	if j := st.mentionAt(k); j >= 0 {
		k = st.ms[j].LastTok() + 1
	}
	if k <= s.last && st.toks.Kind(k) != arabic.Word {
		k++
	}
	return k <= s.last && st.is(k, st.c.k.contact)
}

// introducingSentence says whether the sentence of token tok introduces
// another state's own official in another story (introducedStates): what
// it names tells that story, not the contact's.
func (st *checkState) introducingSentence(tok int) bool {
	st.introducedStates()
	return slices.Contains(st.introducedIn, st.sentOf(tok).first)
}

// firstNamedIn is the first token of the first mention in the contact
// window naming state id (namedInWindow), 0 if none.
func (st *checkState) firstNamedIn(id string) int {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > st.windowEnd {
			break
		}
		if m.Kind == entities.Country && containsStr(m.Entities, id) {
			return m.FirstTok()
		}
	}
	return 0
}

// readPair weighs the reading of two states the text coordinates as the
// contact's subject (روسيا والسعودية تبحثان، or the pair the talks are
// about when the lede names its parties by title and person: homePair):
// each is a party by wContactPair, unless a state outside the pair is a
// party by stronger evidence than its weaker member (strongerOutside).
func (st *checkState) readPair(byID map[string]*partState, ctEnd int, pair []string, pairTok int) {
	if len(pair) != 2 || byID[pair[0]] == nil || byID[pair[1]] == nil || st.strongerOutside(byID, pair, pairTok) {
		return
	}
	evs := make([]evidence, 0, 2)
	for _, id := range pair {
		tok := st.firstNamedUpTo(id, ctEnd)
		evs = append(evs, evidence{id: id, kind: evContactPair, w: wContactPair, tok: tok, span: st.evSpanOf(tok, tok), mention: -1})
	}
	st.scoreEvidence(evs)
}

// firstNamedUpTo is the first token of a mention naming state id up to
// token last, 0 if none.
func (st *checkState) firstNamedUpTo(id string, last int) int {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > last {
			break
		}
		if containsStr(st.stateIDs(m), id) {
			return m.FirstTok()
		}
	}
	return 0
}

// namedInWindow says whether a mention in the contact window names state
// id (a participant the lede knows by its known official only is not named
// there).
func (st *checkState) namedInWindow(id string) bool {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > st.windowEnd {
			break
		}
		if m.Kind == entities.Country && containsStr(m.Entities, id) {
			return true
		}
	}
	return false
}

// contradictingState is the state the body names in participants' places
// instead of participant q, named once: a state no participant, named at
// least contradictedNamed times, of which at least contradictedActing
// mentions are neither a topic nor in a list. A random swap of the lede's
// title (وزير الخارجية البيروفي for the participant's) leaves the
// participant named again and again in the body; a third state the
// release discusses is a topic there. "" when there is none.
func (st *checkState) contradictingState(ep *episode, q string, byID map[string]*partState) string {
	best, bestN := "", 0
	for _, id := range sortedKeys(byID) {
		if ep.partIDs.has(id) || id == q || byID[id].score <= 0 {
			continue
		}
		n := st.timesNamed(id)
		if n < contradictedNamed || n <= bestN {
			continue
		}
		acting := 0
		for mi := range st.ms {
			m := &st.ms[mi]
			if m.Kind != entities.Country || m.Weak || !judgeable(m) || !containsStr(m.Entities, id) {
				continue
			}
			if !st.topicContext(ep, mi) && st.listLen(mi) < 2 {
				acting++
			}
		}
		if acting >= contradictedActing {
			best, bestN = id, n
		}
	}
	return best
}

// How often the body must name a state in participants' places for a
// participant named once to be read as swapped (contradictingState).
const (
	contradictedNamed  = 3
	contradictedActing = 2
)

// homePair is the pair the talks are about when the lede names its
// parties by title and person only (استقبل الرئيس ويليام روتو … الرئيس جون
// ماهاما): two states coordinated in a contact sentence of the contact
// window, after a preposition too (التبادل التجاري بين كينيا وغانا), one of
// which is the dateline's state, when no other state is a party by title;
// with the pair's first token. nil when there is none.
func (st *checkState) homePair(ctEnd int, byID map[string]*partState) ([]string, int) {
	if st.home == "" {
		return nil, 0
	}
	for _, p := range byID {
		if p.party && p.id != st.home && p.ledeTitle > 0 {
			return nil, 0
		}
	}
	var memo sentMemo
	for i := 0; i+1 < len(st.ms); i++ {
		m, n := &st.ms[i], &st.ms[i+1]
		if m.FirstTok() > ctEnd {
			break
		}
		if !st.pairMember(m) || !st.pairMember(n) || !st.chained(m, n) || n.Entities[0] == m.Entities[0] ||
			st.quotedTopic(m.FirstTok(), []string{m.Entities[0], n.Entities[0]}) {
			continue
		}
		if m.Entities[0] != st.home && n.Entities[0] != st.home {
			continue
		}
		if i+2 < len(st.ms) && st.pairMember(&st.ms[i+2]) && st.chained(n, &st.ms[i+2]) {
			continue // a list of three or more
		}
		if st.sentenceContactOf(m.FirstTok(), &memo) {
			return []string{m.Entities[0], n.Entities[0]}, m.FirstTok()
		}
	}
	return nil, 0
}

// strongerOutside says whether a state outside the coordinated pair is a
// party by stronger evidence than a member of the pair: a counterpart word
// (which a member lacks) and a higher score, or a known official of its own
// under a title that names the member. A title alone is not enough: news
// names officials of third states by title in the lede. A pair coordinated in a later
// sentence of the contact window (العلاقات الصينية الألبانية) then does
// not displace the party the lede names (نظيره الأذربيجاني): a translation
// that swapped the name there is a slip, not a second party.
func (st *checkState) strongerOutside(byID map[string]*partState, pair []string, pairTok int) bool {
	weaker := byID[pair[0]]
	if byScore(weaker, byID[pair[1]]) < 0 {
		weaker = byID[pair[1]]
	}
	for id, p := range byID {
		if id == pair[0] || id == pair[1] || !p.party {
			continue
		}
		if p.counterpartEv && !weaker.counterpartEv && p.score > weaker.score {
			return true
		}
		// the pair member is the state of a title whose known official is
		// this state's (وزير الخارجية التركمانستاني هاكان فيدان … مجلس
		// التنسيق السعودي التركمانستاني): the translation swapped the
		// guest's name throughout, the official tells whose it is
		if p.ledeTitle >= wTitle && weaker.titleScore == 0 && st.titleOfficialOf(weaker.id, id) {
			return true
		}
		// the state is named in the lede by a title whose known official
		// is its own (وزير الخارجية التركي هاكان فيدان) where no title
		// names the member: two readings of the lede agree, against a
		// pair a later sentence coordinates (مجلس التنسيق السعودي
		// التركمانستاني)
		if p.officialEv && weaker.titleScore == 0 && !st.inLede(pairTok) && st.titledOfficial(id) {
			return true
		}
	}
	return false
}

// titleOfficialOf says whether a mention of state id stands in a title
// followed by a known official of state official (officialOfOther).
func (st *checkState) titleOfficialOf(id, official string) bool {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.Kind != entities.Country || !containsStr(m.Entities, id) || !st.officialOfOther(m) {
			continue
		}
		if st.persons[st.personAt(m.LastTok()+1)].known.Country == official {
			return true
		}
	}
	return false
}

// readUnstated weighs the reading of a party the lede names by office and
// an unknown name, without its state (أجرى وانغ يي اتصالا هاتفيا مع وزير
// الخارجية فلان بناء على طلب الأخير), where one state alone is a party:
// the other party is the state the rest of the text names most often as
// an actor, at least unstatedNamed times (وقال وانغ إن الصين تقدر موقف
// النيجر … الجانب النيجري), not as a topic, a place or an item of a list.
// Its evidence (evUnstated, wLede) makes it a party.
//
// An interview (interview) is read the same way: its interviewee is the
// one party, the state the interviewee's words name most often as an actor
// the other (evSpokenOf), when they once coordinate it with the
// interviewee's own (pairedWith): the states an interview dwells on are
// mostly its topics. An occasion in honour of the one party (honour, the
// token of honourAt, -1 when none) is read so too: the speaker or host is
// of the state the text names most as an actor and once coordinates with
// the guest's (evHonourHost).
func (st *checkState) readUnstated(byID map[string]*partState, interview bool, honour int) {
	var party *partState
	for _, p := range byID {
		if !p.party || p.ledeScore < minScore {
			continue
		}
		if party != nil {
			return // two parties already
		}
		party = p
	}
	if party == nil {
		return
	}
	kind, tok := evUnstated, st.unstatedOffice()
	if tok < 0 && interview {
		kind, tok = evSpokenOf, st.interviewAt()
	}
	if tok < 0 && honour >= 0 {
		// a speech or a banquet in honour of the one party: its host
		// speaks, and pairs his own state with the guest's (إن موريتانيا
		// والسنغال تقدمان …)
		kind, tok = evHonourHost, honour
	}
	if tok < 0 {
		return
	}
	best, bestN := "", unstatedNamed-1
	for _, id := range sortedKeys(byID) {
		if id == party.id {
			continue
		}
		n, paired := 0, false
		for mi := range st.ms {
			m := &st.ms[mi]
			if m.FirstTok() <= st.ledeEnd || m.Kind != entities.Country || m.Weak || !judgeable(m) || !containsStr(m.Entities, id) {
				continue
			}
			if st.topicalPosition(m.FirstTok()) {
				continue
			}
			if p := st.pairedWith(mi, party.id); p || st.listLen(mi) < 2 {
				n++
				paired = paired || p
			}
		}
		// an interviewee speaks of many states: the one he pairs his own
		// with (أوزبكستان والصين) is the other party, not a topic
		if (kind == evSpokenOf || kind == evHonourHost) && !paired {
			continue
		}
		if n > bestN {
			best, bestN = id, n
		}
	}
	if best == "" {
		return
	}
	st.scoreEvidence([]evidence{{id: best, kind: kind, w: wLede, tok: tok, span: st.evSpanOf(tok, tok), mention: -1}})
}

// pairedWith says whether mention mi is one of two states coordinated
// with state id (أوزبكستان والصين، العلاقات المصرية البرازيلية): the party
// and the state it deals with, not an item of a list.
func (st *checkState) pairedWith(mi int, id string) bool {
	if st.listLen(mi) != 2 {
		return false
	}
	m := &st.ms[mi]
	if mi > 0 && st.pairMember(&st.ms[mi-1]) && st.chained(&st.ms[mi-1], m) {
		return st.ms[mi-1].Entities[0] == id
	}
	if mi+1 < len(st.ms) && st.pairMember(&st.ms[mi+1]) && st.chained(m, &st.ms[mi+1]) {
		return st.ms[mi+1].Entities[0] == id
	}
	return false
}

// unstatedNamed is how often the text must name a state as an actor for it
// to be the state of a party the lede names by office alone.
const unstatedNamed = 2

// unstatedOffice is the first token of a title the lede names a party by
// without its state: after مع, a contact word or a request word (بناء على
// طلب وزير الخارجية), followed by no entity (a state, a group, an
// organisation) but by a name the gazetteer does not know. -1 when there is
// none.
func (st *checkState) unstatedOffice() int {
	k := &st.c.k
	for t := 1; t <= st.ledeEnd && t < st.toks.Len(); t++ {
		if !st.is(t, k.title) || st.is(t-1, k.title.or(k.titleWord)) || !st.is(t-1, k.with.or(k.contact).or(k.request)) {
			continue
		}
		e := t
		for e+1 < st.toks.Len() && e+1-t < maxTitleWords && st.is(e+1, k.title.or(k.titleWord)) {
			e++
		}
		if e+1 < st.toks.Len() && st.mentionAt(e+1) >= 0 {
			continue // a state, a group or an organisation: the office's
		}
		// a name the gazetteer does not know, two words or more, stands
		// after the office
		if e+2 < st.toks.Len() && st.plainWord(e+1) && st.plainWord(e+2) {
			return t
		}
	}
	return -1
}

// titledOfficial says whether a mention of state id in the lede stands in
// a title followed by a known official of id in office, or a known
// official of id in office follows a title that names no state (استقبل
// رئيس الجمهورية عبد المجيد تبون, in his own state's agency's copy).
func (st *checkState) titledOfficial(id string) bool {
	for pi := range st.persons {
		p := &st.persons[pi]
		if !st.inLede(p.first) {
			break
		}
		if p.known == nil || p.known.Country != id || !st.onDuty(p.known) {
			continue
		}
		titled := false
		for k := p.first - 1; k >= 0 && k >= p.first-1-officeWords && !st.inMention.has(k); k-- {
			if !st.is(k, st.c.k.title.or(st.c.k.titleWord)) {
				break
			}
			titled = titled || st.is(k, st.c.k.title)
		}
		if titled && !st.titleTopical(p.first) {
			return true
		}
	}
	for mi := range st.ms {
		m := &st.ms[mi]
		if !st.inLede(m.FirstTok()) {
			break
		}
		if m.Kind != entities.Country || !containsStr(m.Entities, id) || !st.titleBefore(m.FirstTok()) || st.titleTopical(m.FirstTok()) {
			continue
		}
		k := m.LastTok() + 1
		if k >= st.toks.Len() || st.personAt(k) < 0 {
			continue
		}
		p := &st.persons[st.personAt(k)]
		if p.first == k && p.known != nil && p.known.Country == id && st.onDuty(p.known) {
			return true
		}
	}
	return false
}

// titleTopical says whether the title phrase before tok is a topic's
// owner, not a party: after a topic word or a preposition (بشأن مصير الرئيس
// السوري), except مع (the other party).
func (st *checkState) titleTopical(tok int) bool {
	s := st.sentOf(tok)
	k := tok - 1
	for k > s.first && k >= tok-maxTitleWords && (st.is(k-1, st.c.k.title) || st.is(k-1, st.c.k.titleWord)) {
		k--
	}
	return !st.is(k-1, st.c.k.with) &&
		(st.is(k-1, st.c.k.topicNoun) || st.is(k-1, st.c.k.locative) || st.is(k-1, st.c.k.prep))
}

// reportsContact says whether the text reports a contact. A contact word
// (استقبل، محادثات، نظيره …) in the contact window says it does; without
// one it is commentary or news about states, and no pair of participants
// is judged. A contact announced, planned or intended (سيلتقي، من المقرر
// أن، لإجراء محادثات) is not one, and a lede sentence that announces or
// postpones a contact (سيتوجه … يلتقي خلالها، تأجيل الزيارة) and reports
// none of its own makes the text about a contact to come, whatever later
// sentences say.
func (st *checkState) reportsContact(ctEnd int) bool {
	if st.ledeAnnounces() {
		return false
	}
	for k := 0; k <= ctEnd && k < st.toks.Len(); k++ {
		if st.contactAt(k) {
			return true
		}
	}
	return false
}

// hostAndGuest orders a pair of participants: the state a counterpart
// word names is the guest; otherwise the text's home (the state of its
// dateline or agency, st.home) is the host; otherwise the one with
// subject evidence (a title, an official, the dateline), the earliest.
func hostAndGuest(a, b *partState, home string) (host, guest string) {
	switch {
	case a.counterpartEv && !b.counterpartEv:
		a, b = b, a
	case b.counterpartEv && !a.counterpartEv:
	case b.id == home:
		a, b = b, a
	case a.id == home:
	case a.firstSubject < 0 && b.firstSubject >= 0:
		a, b = b, a
	case a.firstSubject >= 0 && b.firstSubject >= 0 && b.firstSubject < a.firstSubject:
		a, b = b, a
	}
	return a.id, b.id
}

// stateIDs returns the country ids a mention stands for (a person's, an
// agency's or a title's state included). The slice may be shared: callers
// do not modify it.
func (st *checkState) stateIDs(m *mention) []string {
	switch m.Kind {
	case entities.Country:
		return m.Entities
	case entities.Agency, entities.Title, entities.Person:
		if len(m.Entities) == 1 {
			return st.c.stateOf[m.Entities[0]]
		}
		if m.Kind == entities.Person {
			if e := st.onePersonsOffice(m); e != nil {
				// one person's offices: the state of the one held
				// that day speaks (a secretary-general's old office
				// as his state's minister does not)
				return st.c.stateOf[e.ID]
			}
		}
		var out []string
		for _, e := range m.ents {
			if e == nil || !ownState(e) || containsStr(out, e.Country) {
				continue
			}
			out = append(out, e.Country)
		}
		return out
	}
	return nil
}

// ownState says whether an entity speaks for its state (Country):
// international officials (a UN or League secretary-general: office other,
// or an organisation's office, Org) carry a nationality, not their
// state's voice.
func ownState(e *entities.Entity) bool {
	return e.Country != "" && !(e.Kind == entities.Person && (e.Office == "other" || e.Org != ""))
}

// stateOfEntities is Checker.stateOf: every entity that speaks for its
// state (ownState), with that state.
func stateOfEntities(g *entities.Gazetteer) map[string][]string {
	m := map[string][]string{}
	for _, e := range g.Entities {
		if ownState(e) {
			m[e.ID] = []string{e.Country}
		}
	}
	return m
}

// byScore orders participants best first, by id between equal scores.
func byScore(a, b *partState) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	return cmp.Compare(a.id, b.id)
}

// referenceOnly says whether a person mention names only officials of the
// gazetteer's generated reference lists (entities.Entity.Reference: a source
// saying how its Arabic was made from data, as in gazetteer/officials-*.yaml):
// they are recognised, clustered and judged,
// but are not evidence of who met, which the participant weights were not
// set for.
func (st *checkState) referenceOnly(m *mention) bool {
	if m.Kind != entities.Person {
		return false
	}
	for _, id := range m.Entities {
		if e, ok := st.c.g.Lookup(id); !ok || !e.Reference() {
			return false
		}
	}
	return true
}
