package consistency

import (
	"fmt"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// mentionRole is the checker's judgement of a mention (the report's role).
type mentionRole uint8

const (
	roleContext     mentionRole = iota + 1 // a mention no conflict is judged on (a city, an agency)
	roleParticipant                        // names a participant of its episode
	roleThirdParty                         // a state or group legitimately named besides the participants
	roleTopic                              // a state the text is about (a topic, a place)
	roleConflict                           // stands where a participant is meant
	rolePerson                             // a person
	roleChrome                             // in the page chrome after the release
)

// String is the role as the report writes it.
func (r mentionRole) String() string {
	switch r {
	case roleContext:
		return "context"
	case roleParticipant:
		return "participant"
	case roleThirdParty:
		return "third-party"
	case roleTopic:
		return "topic"
	case roleConflict:
		return "conflict"
	case rolePerson:
		return "person"
	case roleChrome:
		return "chrome"
	}
	return ""
}

// judgeMentions is the mentions stage: it gives every mention a role,
// judged against the episode the mention is in, and raises country
// conflicts.
func (st *checkState) judgeMentions() {
	ei := 0
	var before episode // the stories before a digest's meeting: no contact
	for i := range st.ms {
		m := &st.ms[i]
		for ei+1 < len(st.episodes) && m.FirstTok() >= st.episodes[ei+1].first {
			ei++
		}
		ep := st.episodes[ei]
		if m.FirstTok() < ep.first {
			ep = &before
		}
		role, f, ok := st.judgeMention(ep, i)
		st.roles[i] = role
		if ok {
			// grown to the number the text so far extrapolates to, not
			// doubled: a text of a finding per line holds 250 bytes each
			st.findings = growFor(st.findings, 1, i, len(st.ms))
			st.findings = append(st.findings, f)
		}
	}
}

// judgeMention gives mention mi its role in episode ep, with the conflict
// it raises, if any.
func (st *checkState) judgeMention(ep *episode, mi int) (mentionRole, Finding, bool) {
	m := &st.ms[mi]
	st.matches.judging(mi)
	switch {
	case m.Kind == entities.Person:
		return rolePerson, Finding{}, false
	case !judgeable(m):
		return roleContext, Finding{}, false
	}
	if sl, ok := st.attrSlipAt(m.FirstTok()); ok && m.Kind == entities.Country {
		// a known official's title: the official-state rules' finding
		// when one of their patterns reads it
		if sl.known {
			if f, ok := st.conflictOfficial(ep, mi); ok {
				return roleConflict, f, true
			}
		}
		return roleConflict, st.attrConflict(ep, sl), true
	}
	if f, ok := st.ownDestination(ep, mi); ok {
		return roleConflict, f, true
	}
	if _, ok := ep.participantOf(m); ok {
		return roleParticipant, Finding{}, false
	}
	if m.Kind == entities.Group && st.memberParticipant(ep, m) {
		return roleThirdParty, Finding{}, false
	}
	if f, ok := st.capitalNisbaConflict(ep, mi); ok {
		return roleConflict, f, true
	}
	if f, ok := st.placeConflict(ep, mi, true); ok {
		return roleConflict, f, true
	}
	if f, ok := st.tourStopConflict(ep, mi); ok {
		return roleConflict, f, true
	}
	if !ep.judgesPair() {
		// Without a pair to judge by, only what the text itself
		// contradicts: a known official under another state's title.
		if f, ok := st.conflictOfficial(ep, mi); ok {
			return roleConflict, f, true
		}
		return roleThirdParty, Finding{}, false
	}
	if st.outletState(mi) {
		// an interviewer's outlet (صحيفة «الرأي» الكويتية) is no party
		return roleContext, Finding{}, false
	}
	if st.enumerated(ep, mi) || st.tourStop(mi) {
		// A state a list names among others (lists.go): the listed
		// person's own, or one taking part. Only a known official under
		// another state's title is a slip there.
		if f, ok := st.conflictOfficial(ep, mi); ok {
			return roleConflict, f, true
		}
		return roleThirdParty, Finding{}, false
	}
	topic := st.topicContext(ep, mi)
	f, ok := st.conflict(ep, mi, topic)
	if !ok {
		f, ok = st.quotedSubject(ep, mi)
	}
	if !ok || f.Confidence < DefaultMinConfidence {
		// a pattern's judgement under the default does not keep the role
		// scorer from reading the mention: the stronger stands
		if rf, rok := st.roleJudgement(ep, mi, topic); rok && (!ok || rf.Confidence > f.Confidence) {
			f, ok = rf, true
		}
	}
	if !ok {
		// after the role scorer, so that what it reads stays as fitted
		f, ok = st.partyQuote(ep, mi, topic)
	}
	// The dateline's or the lede's place against the meeting's other
	// places: the more confident judgement stands.
	if pf, pok := st.placeConflict(ep, mi, false); pok && (!ok || pf.Confidence > f.Confidence) {
		f, ok = pf, true
	}
	if ok {
		return roleConflict, f, true
	}
	if topic {
		return roleTopic, Finding{}, false
	}
	return roleThirdParty, Finding{}, false
}

// memberParticipant says whether a participant belongs to the group.
func (st *checkState) memberParticipant(ep *episode, m *mention) bool {
	for _, e := range m.ents {
		if e == nil {
			continue
		}
		for _, mem := range e.Members {
			if ep.partIDs.has(mem) {
				return true
			}
		}
	}
	return false
}

// topicIntro says whether token k (in range) is a word of the classes
// that introduce topics (topic_sentences) other than a mechanism's: the
// words after it in its sentence are the matters discussed.
func (st *checkState) topicIntro(k int) bool {
	return st.bitsOf(k).any(st.c.topicBit) && !st.is(k, st.c.k.mechanism)
}

// topicContext says whether the mention is a topic: in a sentence about
// topics, after a topic word, a place, or in a list of three or more states.
func (st *checkState) topicContext(ep *episode, mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	for k := s.first; k <= s.last; k++ {
		if !st.bitsOf(k).any(st.c.topicBit) {
			continue
		}
		// topic_intro words count before the mention; mechanism words anywhere
		if k < m.FirstTok() || st.is(k, st.c.k.mechanism) {
			return true
		}
	}
	for _, pi := range st.c.topicsX.of(m) {
		if _, ok := st.match(ep, &st.c.topics[pi], mi); ok {
			return true
		}
	}
	return st.listLen(mi) >= 3
}

// listLen counts the states in the coordinated list the mention is part of
// (X، Y وZ).
func (st *checkState) listLen(mi int) int {
	n := 1
	cur := mi
	for {
		m := &st.ms[cur]
		k := m.FirstTok() - 1
		if !hasPrefixAnd(m) && k >= 0 && st.word(k) == "،" {
			k--
		} else if !hasPrefixAnd(m) {
			break
		}
		if k < 0 || !st.inMention.has(k) || int(st.mentionAt(k)) == cur {
			break
		}
		cur = int(st.mentionAt(k))
		if !isState(&st.ms[cur]) {
			break
		}
		n++
	}
	cur = mi
	for {
		m := &st.ms[cur]
		k := m.LastTok() + 1
		if k < st.toks.Len() && st.word(k) == "،" {
			k++
		}
		if k >= st.toks.Len() || !st.inMention.has(k) {
			break
		}
		nx := int(st.mentionAt(k))
		if nx == cur || !isState(&st.ms[nx]) || (k == m.LastTok()+1 && !hasPrefixAnd(&st.ms[nx])) {
			break
		}
		cur = nx
		n++
	}
	return n
}

// portfolio says whether a homograph is the office of the title right
// before it, not a state (officeWord), where that title is a title word
// without the article: وزير المالية, وزيرة المالية (the finance minister,
// whatever state the phrase names after it).
func (st *checkState) portfolio(m *mention) bool {
	k := m.FirstTok()
	return m.Weak && k > 0 && st.sentOf(k).first < k && st.is(k-1, st.c.k.title) && st.officeWord(m)
}

// officeWord says whether a homograph that is itself a word of a title
// phrase (المالية: finance, and Mali's) reads as that word: everywhere but
// right after a title with the article, where it is an adjective that
// agrees with the title (الوزيرة المالية: the Malian minister) and names
// the state. Both the participant reading (readAsState) and the conflict
// patterns (portfolio) read a homograph through it.
func (st *checkState) officeWord(m *mention) bool {
	k := m.FirstTok()
	if !st.is(k, st.c.k.titleWord) {
		return false
	}
	return k == 0 || st.sentOf(k).first >= k || !st.is(k-1, st.c.k.title) || !definiteWord(st.word(k-1))
}

// definiteWord says whether a normalised word carries the article, after
// its conjunction and preposition (الوزير، والوزير، بالوزير، للوزير): a
// reading of it as proclitics and stem (arabic.Splits) ends in the article.
func definiteWord(w string) bool {
	for _, sp := range arabic.Splits(w) {
		if sp.Article {
			return true
		}
	}
	return false
}

// isState says whether a mention names a state or group by its name.
func isState(m *mention) bool {
	return (m.Kind == entities.Country || m.Kind == entities.Group) && m.Form == entities.FormName
}

// conflict tries the conflict patterns in order.
func (st *checkState) conflict(ep *episode, mi int, topic bool) (Finding, bool) {
	return st.firstConflict(ep, mi, topic, false)
}

// conflictOfficial tries the patterns that expect a known official's state:
// they need no participants.
func (st *checkState) conflictOfficial(ep *episode, mi int) (Finding, bool) {
	m := &st.ms[mi]
	if m.Weak || m.Kind != entities.Country {
		return Finding{}, false // an organisation's office holder has a nationality of their own
	}
	return st.firstConflict(ep, mi, false, true)
}

// firstConflict returns the finding of the first conflict pattern that
// matches the mention (only the expect: official ones when officialOnly).
func (st *checkState) firstConflict(ep *episode, mi int, topic, officialOnly bool) (Finding, bool) {
	m := &st.ms[mi]
	if st.portfolio(m) {
		return Finding{}, false
	}
	var intr intruderScore // st.intruder(ep, mi), computed once when a pattern asks
	intrDone := false
	// The same for confusableParticipant and listLen.
	var conf0 string
	var cs0 float64
	confDone, list := false, -1
	listLen := func() int {
		if list < 0 {
			list = st.listLen(mi)
		}
		return list
	}
	third := -1 // listedThird's answer once asked
	listedThird := func() bool {
		if third < 0 {
			third = 0
			if withPart, listed := st.coordination(ep, mi); listed && !withPart {
				third = 1
			}
		}
		return third == 1
	}
	for _, pi := range st.c.conflictsX.of(m) {
		p := &st.c.conflicts[pi]
		if officialOnly && p.Expect != ExpectOfficial {
			continue
		}
		// Topics and homographs (مالي is also "financial") are judged by
		// unambiguous patterns only.
		if (topic || m.Weak) && !p.Strong {
			continue
		}
		conf, cs := "", 0.0
		if p.Requires == RequiresConfusable || p.Expect == ExpectConfusable {
			if !confDone {
				conf0, cs0 = st.confusableParticipant(ep, m)
				confDone = true
			}
			conf, cs = conf0, cs0
			// A state in a list (اليمن والعراق) is enumerated, not
			// mistaken for the participant.
			if conf == "" || listLen() >= 2 {
				continue
			}
		}
		if p.Requires == RequiresIntruder {
			if !intrDone {
				intr, intrDone = st.intruder(ep, mi), true
			}
			if intr.score < minIntruder {
				continue
			}
			// A state listed with others (بالتعاون مع قطر والولايات
			// المتحدة) is enumerated, not swapped in, unless the pattern
			// pairs it with a participant.
			if !p.has(elemP) && (listLen() >= 2 || listedThird()) {
				continue
			}
		}
		if p.Expect == ExpectOfficial && m.Kind != entities.Country {
			continue
		}
		// A speaker speaks for one state: a subject that lists it with
		// another state that is no participant (إن باريس وبرلين تدعمان)
		// is no slip of the speaker's own.
		if p.Expect == ExpectSpeaker && listedThird() {
			continue
		}
		b, ok := st.match(ep, p, mi)
		st.keepMatch(pi, b, ok)
		if !ok || (p.Requires == RequiresIntruder && intr.mistook != "" && b.p == intr.mistook) {
			continue
		}
		// A state paired with the participant it is easily mistaken for
		// (إيران والعراق، النيجر ونيجيريا) is that participant's neighbour
		// named beside it, not the other participant swapped.
		if p.Expect == ExpectOther && b.hasP && st.c.confusability(m.Entities[0], b.p) >= minConfusable {
			continue
		}
		// In a list of titled people (الملك عبد الله الثاني، والرئيس
		// المصري عبد الفتاح السيسي) a title after a name that goes on to
		// a name of its own is that person's title, not the first's.
		// So is a title coordinated as the next item (S، ووزيرة الخارجية
		// النيجيرية), named or not.
		if p.Expect == ExpectOfficial && p.sBeforeX() && (st.nameAfterTitle(m.LastTok()+1) || st.coordinatedItem(mi)) {
			continue
		}
		exp := st.expected(ep, mi, p, b, conf)
		if exp == "" || containsStr(m.Entities, exp) {
			continue
		}
		// A speaker who names their own state in the same sentence
		// (إن سوريا تحتاج إلى دعم جيرانها، والأردن والعراق مستعدان) speaks
		// of the other state as another.
		if p.Expect == ExpectSpeaker && st.sentenceNames(mi, exp) {
			continue
		}
		// The features are built only now, for a judgement that stands.
		var fs []feature
		if p.Expect == ExpectSpeaker {
			fs = st.speakerSubject(ep, mi, exp, fs)
		}
		// A state coordinated with the very participant it would stand
		// for (الجانبين الروسي والأوكراني, the Ukrainian side being the one
		// meant) is named beside it, not in its place.
		if st.coordinatedWith(mi, exp) {
			fs = append(fs, feature{"beside-expected", besideExpected, "coordinated with " + exp + " itself"})
		} else if st.pairedApart(mi, exp) {
			pcs := cs
			if conf == "" {
				_, pcs = st.confusableParticipant(ep, m)
			}
			fs = append(fs, feature{"paired-elsewhere", pairedFactor(pcs), "coordinated with " + exp + " elsewhere in the text"})
		}
		if p.Expect != ExpectSpeaker && p.Expect != ExpectOfficial && st.selfRelation(mi, exp) {
			fs = append(fs, feature{"self-relation", selfRelationFactor, exp + " is the other side of the relation"})
		}
		if st.regionalIssues(mi) {
			fs = append(fs, feature{"regional-issues", regionalFactor, "after the regional and international issues the sentence turns to"})
		}
		if !p.Strong && st.situationParagraph(mi) {
			fs = append(fs, feature{"situation", situationFactor, "goes on from a sentence on a situation"})
		}
		if st.topicFrame(mi) {
			fs = append(fs, feature{"topic-frame", frameFactor, "the sentence opens by naming the state as its subject matter"})
		}
		if from := st.envoyPosting(mi); from != "" {
			pcs := st.c.confusability(m.Entities[0], exp)
			fs = append(fs, feature{"posted", postedFactor(pcs), fmt.Sprintf("hosts %s's envoy (%.2f like %s)", from, pcs, exp)})
		}
		if p.Expect == ExpectOther && st.actorBefore(mi, exp) {
			fs = append(fs, feature{"actor-apart", actorApart, exp + " acts in the clause before the pair"})
		}
		if conf != "" {
			fs = append(fs, feature{"confusable", confusableFactor(cs),
				fmt.Sprintf("%s, %.2f: %s", conf, cs, st.c.confusableReason(m.Entities[0], conf))})
		}
		if p.Requires == RequiresIntruder {
			fs = intr.features(fs)
			if st.anotherEvent(mi) {
				fs = append(fs, feature{"another-event", anotherEvent, "the subject of a visit or meeting to come or past"})
			}
			if st.formerOffice(mi) {
				fs = append(fs, feature{"former-office", formerFactor, "an office held before, not at this meeting"})
			}
		}
		if conf != "" || p.Requires == RequiresIntruder {
			fs = st.elsewhereFeatures(ep, mi, conf, cs, fs)
		} else {
			// any pattern: a state at an earlier event is not in a
			// party's place at this one
			fs = st.earlierFeature(ep, mi, fs)
		}
		fs = st.judgementFeatures(ep, m, p, fs)
		if st.below(mi, p, fs) {
			continue
		}
		f := st.newConflict(ep, mi, p, exp, fs)
		return f, true
	}
	return Finding{}, false
}

// conflictMatches keeps the conflict patterns' matches of the mention
// judgeMention is judging, so that the role scorer's pattern feature
// (patternContext) does not match them again: a pattern's match depends on
// the episode and the mention only, and one judgeMention reads one of each.
type conflictMatches struct {
	mi  int    // the mention being judged
	gen uint32 // the entries of that mention have gen
	// by holds a match per conflict pattern (the Checker's conflicts).
	by []keptMatch
}

// keptMatch is a conflict pattern's match of a mention.
type keptMatch struct {
	gen uint32
	ok  bool
	b   binding
}

// judging starts the kept matches of mention mi: none yet.
func (cm *conflictMatches) judging(mi int) {
	cm.mi, cm.gen = mi, cm.gen+1
	if cm.gen == 0 { // wrapped: no entry may look current
		clear(cm.by)
		cm.gen = 1
	}
}

// keepMatch records conflict pattern pi's match of the mention being
// judged.
func (st *checkState) keepMatch(pi int, b binding, ok bool) {
	cm := &st.matches
	if len(cm.by) != len(st.c.conflicts) {
		cm.by = make([]keptMatch, len(st.c.conflicts))
	}
	cm.by[pi] = keptMatch{gen: cm.gen, ok: ok, b: b}
}

// conflictMatch returns conflict pattern pi's match of mention mi in
// episode ep, from keepMatch's record when the pattern was matched there.
func (st *checkState) conflictMatch(ep *episode, mi, pi int) (binding, bool) {
	if cm := &st.matches; !st.rematch && cm.mi == mi && cm.gen != 0 && pi < len(cm.by) && cm.by[pi].gen == cm.gen {
		return cm.by[pi].b, cm.by[pi].ok
	}
	return st.match(ep, &st.c.conflicts[pi], mi)
}

// plausibleName says whether a person occurrence read from context is a
// name rather than the words after a title (وأكد الرئيس الجزائري أهمية
// زيارة …): a person the gazetteer knows, one named more than once, one
// whose first word is somebody's given name in the gazetteer, or one whose
// first word the text uses nowhere else outside a name (أهمية recurs as an
// ordinary word; كمال in كمال بوزيدي does not).
func (st *checkState) plausibleName(pi int) bool {
	p := &st.persons[pi]
	if p.known != nil || len(p.words) == 0 {
		return true
	}
	if p.cluster >= 0 && len(st.clusters[p.cluster].members) > 1 {
		return true
	}
	if st.c.people.IsGivenKey(arabic.PhoneticKey(p.words[0])) {
		return true
	}
	first := p.words[0]
	for k := range st.toks.Len() {
		if k != p.first && st.personAt(k) < 0 && st.word(k) == first {
			return false
		}
	}
	return true
}

// containsStr says whether a holds s.
func containsStr(a []string, s string) bool {
	for _, x := range a {
		if x == s {
			return true
		}
	}
	return false
}

// expected resolves which participant the mention should have named, ""
// when none.
func (st *checkState) expected(ep *episode, mi int, p *Pattern, b binding, conf string) string {
	switch p.Expect {
	case ExpectCounterpart:
		// "The X side" in the counterpart's own words is the host.
		if sp := st.speakerOf(mi); sp != "" && sp == ep.counterpart {
			return ep.subject
		}
		return ep.counterpart
	case ExpectOther:
		return ep.otherThan(b.p)
	case ExpectSpeaker:
		sp := b.speaker
		if sp == "" {
			sp = st.speakerOf(mi)
		}
		if sp == "" && st.quoted.has(st.ms[mi].FirstTok()) {
			sp = st.quoteSpeaker(st.ms[mi].FirstTok()) // «…»، قال الصفدي
		}
		if ep.partIDs.has(sp) {
			return sp
		}
	case ExpectConfusable:
		return conf
	case ExpectOfficial:
		return b.official
	case ExpectAbsent:
		return st.absentParticipant(ep, mi, conf)
	case ExpectIs:
		if ep.partIDs.has(p.ExpectID) {
			return p.ExpectID
		}
	case ExpectNot:
		if ep.partIDs.has(p.ExpectID) {
			return ep.otherThan(p.ExpectID)
		}
	}
	return ""
}

// absentParticipant is the participant a slip replaced: the one it is
// easily mistaken for (conf, or found here when conf is ""), else the one
// this sentence does not name, else the counterpart, else the one named
// last before it.
func (st *checkState) absentParticipant(ep *episode, mi int, conf string) string {
	if conf == "" {
		conf, _ = st.confusableParticipant(ep, &st.ms[mi])
	}
	if conf != "" {
		return conf
	}
	s := st.sentOf(st.ms[mi].FirstTok())
	named := map[string]bool{}
	for k := s.first; k <= s.last; k++ {
		if j := st.mentionAt(k); j >= 0 {
			if id, ok := ep.participantOf(&st.ms[j]); ok {
				named[id] = true
			}
		}
		// An official of a participant names it too (نقل الزياني
		// تحيات الملك إلى حكومة وشعب …: the other party is meant).
		if pi := st.personAt(k); pi >= 0 {
			if id := st.personCountry(int(pi)); ep.partIDs.has(id) {
				named[id] = true
			}
		}
	}
	var absent []string
	for _, q := range ep.parts {
		if !named[q.id] {
			absent = append(absent, q.id)
		}
	}
	if len(absent) == 1 {
		return absent[0]
	}
	if ep.counterpart != "" {
		return ep.counterpart
	}
	// No host and guest (a news article on two states): the
	// participant named last before the mention is the likelier one.
	for j := mi - 1; j >= 0; j-- {
		if id, ok := ep.participantOf(&st.ms[j]); ok {
			return id
		}
	}
	if len(ep.parts) > 0 {
		return ep.parts[0].id
	}
	return ""
}

// speakerOf returns the state of the person speaking in the mention's
// sentence (قال/أكد + a name before the mention), or of the paragraph's
// first speaker, or "".
func (st *checkState) speakerOf(mi int) string {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	if sp := st.speakerIn(s.first, m.FirstTok()-1); sp != "" {
		return sp
	}
	// the paragraph's earlier sentences, nearest first (وأضاف أن …
	// continues the last speaker)
	return st.speakerBefore(int(st.sentAt(m.FirstTok())))
}

// personCountry is the state a person occurrence serves: its own context's,
// else its cluster's, else the gazetteer's, or "".
func (st *checkState) personCountry(pi int) string {
	p := &st.persons[pi]
	switch {
	case p.country != "":
		return p.country
	case p.cluster >= 0 && st.clusters[p.cluster].country != "":
		return st.clusters[p.cluster].country
	case p.known != nil:
		return p.known.Country
	}
	return ""
}

// speakerIn finds a speech verb followed by a person in [first, last], or
// by an office given a state and no name (وقال وزير الخارجية المصري،
// وأكد الوزير الكوري): the office's state speaks.
func (st *checkState) speakerIn(first, last int) string {
	for k := first; k <= last; k++ {
		if !st.is(k, st.c.k.speech) {
			continue
		}
		j := k + 1
		for j <= last && st.is(j, st.c.k.honorific) {
			j++
		}
		if j <= last && st.personAt(j) >= 0 {
			return st.personCountry(int(st.personAt(j)))
		}
		if sp := st.officeStateAt(k+1, last); sp != "" {
			return sp
		}
	}
	return ""
}

// officeStateAt reads an office without a name from token j: a title or
// honorific, at most officeWords title words, then one state's nisba (الوزير الكوري،
// وزيرة الخارجية النمساوية), and returns that state, or "".
func (st *checkState) officeStateAt(j, last int) string {
	kk := &st.c.k
	if j > last || !st.is(j, kk.title.or(kk.honorific)) {
		return ""
	}
	for k := j + 1; k <= last && k <= j+1+officeWords; k++ {
		if mi := st.mentionAt(k); mi >= 0 {
			m := &st.ms[mi]
			if m.FirstTok() == k && m.Kind == entities.Country && m.Form == entities.FormNisba && len(m.Entities) == 1 && !m.Weak {
				return m.Entities[0]
			}
			return ""
		}
		if !st.is(k, kk.title.or(kk.titleWord).or(kk.honorific)) {
			return ""
		}
	}
	return ""
}

// officeWords is how many title words an office may hold between its title
// and its state (نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني).
const officeWords = 6

// nameAfterTitle says whether a person's name starts at tok, after at most
// two honorifics or title words (الملك، الشيخ، الرئيس).
func (st *checkState) nameAfterTitle(tok int) bool {
	for k := tok; k < st.toks.Len() && k <= tok+2; k++ {
		if st.personAt(k) >= 0 {
			return true
		}
		if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].Kind == entities.Person {
			return true
		}
		if !st.is(k, st.c.k.honorific) && !st.is(k, st.c.k.title) && !st.is(k, st.c.k.titleWord) {
			return false
		}
	}
	return false
}
