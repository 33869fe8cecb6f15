package consistency

import (
	"fmt"
	"math"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// The role scorer. A participant's name swapped for another state often
// stands where no conflict pattern looks: a clause's subject (وشنت الكويت
// …), the object of a meeting or of cooperation (التشاور مع بوروندي), the
// possessor of a party's noun (وزير خارجية غينيا), a state coordinated with
// the other participant (بين نيبال وبنين). The role scorer reads every
// mention of a state that is not a participant and that no pattern judged
// a conflict as a vector of named features (roleFeature) and scores it
// with a logistic model: score = σ(bias + Σ weight × feature). The weights
// are fitted on seeded slip draws over labelled releases (roleweights.go,
// generated and checked by TestRoleWeightsMatchFit) and the conflict
// patterns enter as features: a pattern's context that matched where its
// gates turned it down is evidence, not a verdict.
//
// A mention whose score reaches roleMinScore is a conflict
// (rule participant-role) with the score as its confidence; its evidence
// lists the features that made it, each with its weight.

// roleFeature is one feature of the role scorer.
type roleFeature uint8

// The role scorer's features (each in [0, 1]). Their order is the weights'.
const (
	rfOnce           roleFeature = iota // the state is named once in the text
	rfFew                               // named two or three times
	rfConfusable                        // confusability with a participant (0..1)
	rfLede                              // in the lede
	rfBeforeName                        // a person's name follows (a title's state is the person's)
	rfDateline                          // the dateline's place
	rfTopic                             // a topic or a list here (topicContext)
	rfDiscussed                         // a topic or a place in another of its mentions
	rfListed                            // coordinated with another state that is no participant
	rfQuoted                            // inside a quotation
	rfWithPart                          // coordinated with a participant (X وP، P - X)
	rfBetween                           // after بين in a sentence that names a participant
	rfSubject                           // right after a speech verb or أن/إن (the clause's subject)
	rfPartyNoun                         // after a party's noun, title or office (وزير خارجية X، الوفد X)
	rfRelation                          // the partner of a relation (التعاون مع X، العلاقات مع X)
	rfStance                            // a stance word follows (X مستعدة، X حريصة)
	rfPlace                             // after a locative (في X، إلى X)
	rfCapital                           // named by its capital
	rfNisba                             // named by its nisba
	rfOnePart                           // its sentence names exactly one participant
	rfBothParts                         // its sentence names both participants
	rfPartPerson                        // its sentence names a person of a participant
	rfContact                           // its sentence reports a contact
	rfPattern                           // the best confidence of a conflict pattern whose context matched
	rfWeakParties                       // the share of participants without title-strength evidence
	rfSameBefore                        // the word before it stands before a participant's mention elsewhere
	rfSameAfter                         // the word after it stands after a participant's mention elsewhere
	rfLedePlace                         // the place the lede gives its contact (التقى … في أبوجا)
	rfGathering                         // its sentence names a gathering or its sidelines (على هامش القمة)
	rfEarlier                           // at an event the text dates before the meeting (earlier)
	rfOwnSpeaker                        // the words of a speaker of its own state (ownWords, roleSpeaker)
	rfPartySpeaker                      // the words of a participant's speaker (roleSpeaker)
	rfEnglish                           // its English names' likeness to a participant's (0..1, Pair.En)
	rfGap                               // how much of the participant it would stand for's shortfall of names it fills (displacedGap)
	rfKin                               // its sentence names that participant by a person, nisba or capital of its own (displacedKin)
	rfSpeakerPartner                    // the other side of a participant's speaker's relation (speakerPartner)
	rfElsewhere                         // its sentence tells another story than the contact's (anotherStory)
	rfOwnOfficial                       // the body introduces its state's own official in another story (introducedOfficial)
	nRoleFeatures
)

// roleFeatureNames are the features' names, as the evidence and the
// weights file write them.
var roleFeatureNames = [nRoleFeatures]string{
	"named-once", "named-few", "confusable", "lede", "before-name", "dateline",
	"topic", "discussed", "listed", "quoted", "with-participant", "between",
	"subject", "party-noun", "relation", "stance", "place", "capital", "nisba",
	"one-participant", "both-participants", "participant-person", "contact",
	"pattern", "weak-parties", "same-before", "same-after", "lede-place",
	"gathering", "earlier", "own-speaker", "party-speaker", "english",
	"fills-gap", "displaced-kin", "speaker-partner", "elsewhere",
	"own-official",
}

// RoleFeatureNames returns the role scorer's feature names in the weights'
// order.
func RoleFeatureNames() []string { return append([]string(nil), roleFeatureNames[:]...) }

// roleVector is a mention's features.
type roleVector [nRoleFeatures]float64

// positioned says whether the mention stands in a participant-like
// position: easily mistaken for a participant, beside one, after a party's
// noun, as a speaker's subject, a partner, a stance's holder, in a conflict
// pattern's context or next to words that stand next to a participant. A
// mention in none of these is, as far as the text tells, news about a
// third state: the scorer does not read it.
func (x *roleVector) positioned() bool {
	for _, f := range [...]roleFeature{rfConfusable, rfWithPart, rfBetween, rfSubject, rfPartyNoun,
		rfRelation, rfStance, rfPattern, rfSameBefore, rfSameAfter} {
		if x[f] != 0 {
			return true
		}
	}
	return false
}

// roleSample is a mention the role scorer read: its bytes and features.
type roleSample struct {
	start, end int
	x          roleVector
	// raises says a score at the threshold would raise a conflict (the
	// mention has a participant to stand for)
	raises bool
}

// roleCandidate says whether mention mi is read by the role scorer: one
// country, no homograph, in an episode whose pair is judged.
func (st *checkState) roleCandidate(ep *episode, mi int) bool {
	m := &st.ms[mi]
	return m.Kind == entities.Country && len(m.Entities) == 1 && !m.Weak && len(ep.parts) == 2 && ep.judgesPair()
}

// roleFeatures computes mention mi's features in episode ep; topic is
// topicContext's answer.
func (st *checkState) roleFeatures(ep *episode, mi int, topic bool) roleVector {
	x, _ := st.roleFeaturesUpTo(ep, mi, topic, false)
	return x
}

// roleEarly are the features roleFeaturesUpTo reads first (a bit per
// feature): a token's classes, counts, confusability. The others are read
// last, each a scan of the sentence or of the other mentions, and only when
// the score can still reach the threshold. A feature missing here is read
// last, so that a feature added to the scorer is never cut short wrongly.
const roleEarly = 1<<rfOnce | 1<<rfFew | 1<<rfConfusable | 1<<rfLede | 1<<rfBeforeName | 1<<rfDateline |
	1<<rfTopic | 1<<rfQuoted | 1<<rfSubject | 1<<rfPartyNoun | 1<<rfPlace | 1<<rfRelation | 1<<rfStance |
	1<<rfCapital | 1<<rfNisba | 1<<rfWeakParties | 1<<rfEnglish | 1<<rfSpeakerPartner

// roleFeaturesUpTo is roleFeatures; with prune, it stops after the early
// features (roleEarly) when the mention's score cannot reach roleMinScore
// whatever the others are (each is in [0, 1]): complete is false then,
// and the others are left 0. The scores that reach the
// threshold are computed from every feature, so the findings are the same.
func (st *checkState) roleFeaturesUpTo(ep *episode, mi int, topic, prune bool) (x roleVector, complete bool) {
	m := &st.ms[mi]
	id := m.Entities[0]
	set := func(f roleFeature, on bool) {
		if on {
			x[f] = 1
		}
	}
	n := st.timesNamed(id)
	set(rfOnce, n == 1)
	set(rfFew, n == 2 || n == 3)
	cq, cs := st.confusableParticipant(ep, m)
	x[rfConfusable] = cs
	set(rfLede, st.inLede(m.FirstTok()))
	if k := m.LastTok() + 1; k < st.toks.Len() && st.personAt(k) >= 0 && st.plausibleName(int(st.personAt(k))) {
		x[rfBeforeName] = 1
	}
	set(rfDateline, m.Form == entities.FormCapital && st.dateline(m))
	set(rfQuoted, st.quoted.has(m.FirstTok()))
	s := st.sentOf(m.FirstTok())
	topic, partner := st.topicReading(ep, mi, topic)
	set(rfSpeakerPartner, partner)
	set(rfTopic, topic)
	if k := m.FirstTok() - 1; k >= s.first {
		set(rfSubject, st.is(k, st.c.k.speech.or(st.c.k.that)))
		set(rfPartyNoun, st.is(k, st.c.k.partyNoun.or(st.c.k.title).or(st.c.k.titleWord).or(st.c.k.side).or(st.c.k.envoy).or(st.c.k.people)))
		set(rfPlace, st.is(k, st.c.k.locative) && !st.is(k, st.c.k.with))
		rel := st.is(k, st.c.k.with) && k-1 >= s.first && st.is(k-1, st.c.k.relation.or(st.c.k.with))
		rel = rel || st.is(k, st.c.k.relation)
		set(rfRelation, rel)
	}
	if k := m.LastTok() + 1; k <= s.last {
		set(rfStance, st.is(k, st.c.k.stance.or(st.c.k.keen)))
	}
	set(rfCapital, m.Form == entities.FormCapital)
	set(rfNisba, m.Form == entities.FormNisba)
	weak := 0
	for _, q := range ep.parts {
		if q.titleScore < wPerson {
			weak++
		}
	}
	x[rfWeakParties] = float64(weak) / 2
	if cq != "" {
		if p, ok := st.c.confTab.Pair(id, cq); ok {
			x[rfEnglish] = p.En
		}
	}
	if prune && roleCannotReach(&x) {
		return x, false
	}
	set(rfDiscussed, st.discussed(ep, mi))
	withPart, listed := st.coordination(ep, mi)
	set(rfWithPart, withPart)
	set(rfListed, listed)
	one, both, person, contact := st.sentenceParties(ep, s)
	set(rfOnePart, one)
	set(rfBothParts, both)
	set(rfPartPerson, person)
	set(rfContact, contact)
	set(rfBetween, (one || both) && st.classWithin(max(s.first, m.FirstTok()-3), m.FirstTok()-1, st.c.k.between))
	set(rfLedePlace, st.ledePlace(mi))
	set(rfGathering, st.gatheringIn(s))
	x[rfPattern] = st.patternContext(ep, mi)
	before, after := st.participantContext(ep, mi)
	set(rfSameBefore, before)
	set(rfSameAfter, after)
	if s.last-s.first < roleSentenceReach {
		set(rfEarlier, st.earlier(ep, mi) != earlierNone)
		sp := st.roleSpeaker(mi)
		set(rfOwnSpeaker, (sp != "" && sp == id) || st.ownWords(ep, mi))
		// the other side of the speaker's relation is no third state the
		// party's speaker speaks of
		set(rfPartySpeaker, sp != "" && sp != id && ep.partIDs.has(sp) && x[rfSpeakerPartner] == 0)
	}
	if exp := st.absentParticipant(ep, mi, ""); exp != "" && exp != id && ep.partIDs.has(exp) {
		x[rfGap] = st.displacedGap(ep, id, exp)
		set(rfKin, st.displacedKin(s, exp))
	}
	set(rfElsewhere, st.anotherStory(m))
	set(rfOwnOfficial, st.introducedOfficial(id))
	return x, true
}

// topicReading reads mention mi as a topic, given topicContext's answer
// topic: asTopic says the mention names its state only as a topic (a
// topic, a mechanism or a list's item: topicContext), partner that it is
// the other side of a participant's speaker's relation (speakerPartner),
// which is no topic whatever the word before it (تنظر إلى X شريكا، للشعب
// X). The role scorer's topic and the participants' reading of a state
// that stands in no party's place (actingNamed) both read it.
func (st *checkState) topicReading(ep *episode, mi int, topic bool) (asTopic, partner bool) {
	s := st.sentOf(st.ms[mi].FirstTok())
	if s.last-s.first < roleSentenceReach {
		partner = st.speakerPartner(ep, mi)
	}
	return topic && !partner, partner
}

// roleCannotReach says whether a score with x's early features (roleEarly;
// the others 0 in x) stays under roleMinScore whatever the others are:
// each adds at most its weight when the weight is positive (the features
// are in [0, 1]). The bound is raised by a margin
// far above the rounding of the sums, so that a score it rules out is
// under the threshold however roleScore adds it up.
func roleCannotReach(x *roleVector) bool {
	z := roleBias
	for i, v := range x {
		z += roleWeights[i] * v
	}
	for i, w := range roleWeights {
		if uint64(roleEarly)&(1<<i) == 0 {
			z += max(0, w)
		}
	}
	return 1/(1+math.Exp(-(z+1e-9))) < roleMinScore
}

// displacedGap reads a swap made more than once in the counts of names: a
// participant whose name was swapped for state id is named that many times
// fewer than the other participant, and id fills the shortfall. It is
// (named(other) − named(exp)) / named(id), clipped to [0, 1]: 1 when id's
// mentions make up all of exp's shortfall against the other participant,
// 0 when exp is named as often as the other (a third state the release
// discusses leaves the parties' counts as they were).
func (st *checkState) displacedGap(ep *episode, id, exp string) float64 {
	other := ""
	for _, q := range ep.parts {
		if q.id != exp {
			other = q.id
		}
	}
	nx := st.timesNamed(id)
	if other == "" || nx == 0 {
		return 0
	}
	gap := float64(st.timesNamed(other)-st.timesNamed(exp)) / float64(nx)
	return min(max(gap, 0), 1)
}

// displacedKin says whether sentence s names participant exp by what
// belongs to it rather than by its name: a person of exp, its nisba or its
// capital. A sentence about exp's people that names another state where
// exp's name would stand is where a translation swapped the name and left
// the rest.
func (st *checkState) displacedKin(s span, exp string) bool {
	for k := s.first; k <= s.last; k++ {
		if j := st.mentionAt(k); j >= 0 {
			m := &st.ms[j]
			if m.Form != entities.FormName && len(m.Entities) == 1 && m.Entities[0] == exp {
				return true
			}
		}
		if pi := st.personAt(k); pi >= 0 && st.personCountry(int(pi)) == exp {
			return true
		}
	}
	return false
}

// roleSentenceReach bounds the sentences whose speakers and dates the role
// scorer reads: those readings scan the sentence for each mention, so a
// sentence of thousands of words (no prose has one) is not read for them.
const roleSentenceReach = 160

// roleSpeaker is the state of the speaker whose words mention mi is in: the quotation's speaker when it is quoted and the
// quotation's edges are within roleSentenceReach words of it, else the speaker of
// reported speech in its sentence or paragraph (speakerOf); "" when none
// is named.
func (st *checkState) roleSpeaker(mi int) string {
	tok := st.ms[mi].FirstTok()
	if st.quoted.has(tok) {
		// quoteSpeaker walks to both edges of the quotation
		open, end := tok, tok
		for open > 0 && st.quoted.has(open-1) && tok-open < roleSentenceReach {
			open--
		}
		for end+1 < st.toks.Len() && st.quoted.has(end+1) && end-tok < roleSentenceReach {
			end++
		}
		if (open > 0 && st.quoted.has(open-1)) || (end+1 < st.toks.Len() && st.quoted.has(end+1)) {
			return ""
		}
		return st.quoteSpeaker(tok)
	}
	return st.speakerOf(mi)
}

// participantContext says whether the word before mention mi, and the
// word after it, stand next to a participant's mention elsewhere in the
// text (التعاون مع X … التعاون مع P؛ X مستعدة … P مستعدة): a swapped name
// sits where the text names the participant it replaced.
func (st *checkState) participantContext(ep *episode, mi int) (before, after bool) {
	m := &st.ms[mi]
	// function words (في، مع، أن، اليوم) stand next to any state
	function := st.c.k.stop.or(st.c.k.prep).or(st.c.k.locative).or(st.c.k.that)
	wb, wa := "", ""
	if k := m.FirstTok() - 1; k >= 0 && st.toks.Kind(k) == arabic.Word && !st.is(k, function) {
		wb = st.word(k)
	}
	if k := m.LastTok() + 1; k < st.toks.Len() && st.toks.Kind(k) == arabic.Word && !st.is(k, function) {
		wa = st.word(k)
	}
	if len(st.ms) > sideWordsMin && !st.linearSideWords {
		return st.sideWordsOf(ep, mi, wb, wa)
	}
	for j := range st.ms {
		n := &st.ms[j]
		st.sideSteps++
		if j == mi || !judgeable(n) {
			continue
		}
		if _, ok := ep.participantOf(n); !ok {
			continue
		}
		if k := n.FirstTok() - 1; wb != "" && k >= 0 && st.word(k) == wb {
			before = true
		}
		if k := n.LastTok() + 1; wa != "" && k < st.toks.Len() && st.word(k) == wa {
			after = true
		}
	}
	return before, after
}

// coordination says whether mention mi is coordinated
// (coordinatedStates) with a participant's mention, and whether with another state that is none.
func (st *checkState) coordination(ep *episode, mi int) (withPart, listed bool) {
	st.coordinatedStates(mi, func(j int) {
		if _, ok := ep.participantOf(&st.ms[j]); ok {
			withPart = true
		} else {
			listed = true
		}
	})
	return withPart, listed
}

// coordinatedWith says whether mention mi is coordinated
// (coordinatedStates) with another state's mention, and either names
// state id.
func (st *checkState) coordinatedWith(mi int, id string) bool {
	own := containsStr(st.ms[mi].Entities, id)
	found := false
	st.coordinatedStates(mi, func(j int) { found = found || own || containsStr(st.ms[j].Entities, id) })
	return found
}

// coordinatedStates calls f with each state's mention (a country or a group)
// coordinated with mention mi: joined to it by و (P وX، X وP), by a dash
// or a comma (P - X، P، X), or by a noun repeated with و before each
// (حكومة قطر وحكومة الكويت، الجانب الأرميني والجانب الأذربيجاني).
func (st *checkState) coordinatedStates(mi int, f func(j int)) {
	m := &st.ms[mi]
	look := func(j int) {
		if j < 0 || j >= len(st.ms) || j == mi {
			return
		}
		if n := &st.ms[j]; n.Kind == entities.Country || n.Kind == entities.Group {
			f(j)
		}
	}
	// before: X preceded by "P و" / "P -" / "P ،" (the و is X's proclitic)
	k := m.FirstTok() - 1
	if k >= 0 && (st.word(k) == "-" || st.word(k) == "–" || st.word(k) == "،") {
		k--
	} else if !hasPrefixAnd(m) {
		k = -1
	}
	if k >= 0 && st.inMention.has(k) {
		look(int(st.mentionAt(k)))
	}
	// after: X followed by "وP" / "- P"
	k = m.LastTok() + 1
	if k < st.toks.Len() && (st.word(k) == "-" || st.word(k) == "–" || st.word(k) == "،") {
		k++
	}
	if k < st.toks.Len() && st.inMention.has(k) {
		j := int(st.mentionAt(k))
		if k > m.LastTok()+1 || hasPrefixAnd(&st.ms[j]) {
			look(j)
		}
	}
	if j, ok := st.parallelNext(mi); ok {
		look(j)
	}
	if j, ok := st.parallelPrev(mi); ok {
		look(j)
	}
}

// parallelPrev is parallelNext looking back: the state mention before
// mention mi when the noun before mi repeats, with و, the noun before it
// (حكومة فيتنام وحكومة كمبوديا: كمبوديا's is فيتنام).
func (st *checkState) parallelPrev(mi int) (int, bool) {
	m := &st.ms[mi]
	h := m.FirstTok() - 1 // وحكومة
	if h < 2 || st.mentionAt(h) >= 0 || st.sentAt(h-1) != st.sentAt(m.FirstTok()) {
		return 0, false
	}
	rest, ok := strings.CutPrefix(st.word(h), "و")
	if !ok || rest == "" {
		return 0, false
	}
	j := st.mentionAt(h - 1)
	if j < 0 || (st.ms[j].Kind != entities.Country && st.ms[j].Kind != entities.Group) {
		return 0, false
	}
	g := st.ms[j].FirstTok() - 1 // حكومة
	if g < 0 || strings.TrimPrefix(st.word(g), "و") != rest {
		return 0, false
	}
	return int(j), true
}

// sentenceParties says whether sentence s names exactly one participant,
// both, a person of a participant, and whether it reports a contact.
func (st *checkState) sentenceParties(ep *episode, s span) (one, both, person, contact bool) {
	var named [2]bool
	for k := s.first; k <= s.last; k++ {
		if j := st.mentionAt(k); j >= 0 {
			if id, ok := ep.participantOf(&st.ms[j]); ok {
				named[ep.partIndex(id)] = true
			}
		}
		if pi := st.personAt(k); pi >= 0 {
			if ep.partIDs.has(st.personCountry(int(pi))) {
				person = true
			}
		}
		if st.is(k, st.c.k.contact) {
			contact = true
		}
	}
	one = named[0] != named[1]
	both = named[0] && named[1]
	return one, both, person, contact
}

// gatheringIn says whether sentence s names a gathering (قمة، مؤتمر،
// اجتماعات) or its sidelines (على هامش). The last answer is kept: the
// mentions of a sentence are judged one after another.
func (st *checkState) gatheringIn(s span) bool {
	if s != st.gatherSent {
		st.gatherSent, st.gathered = s, st.sentenceGathering(s)
	}
	return st.gathered
}

// sentenceGathering is gatheringIn computed.
func (st *checkState) sentenceGathering(s span) bool {
	if st.classWithin(s.first, s.last, st.c.k.sidelines) {
		return true
	}
	for k := s.first; k <= s.last; k++ {
		if gathering.has(withoutAnd(st.word(k))) {
			return true
		}
	}
	return false
}

// partIndex is the index of participant id in ep.parts (0 when absent).
func (ep *episode) partIndex(id string) int {
	for i, q := range ep.parts {
		if q.id == id {
			return i
		}
	}
	return 0
}

// patternContext is the best confidence of the conflict patterns (not the
// official ones) whose context matched mention mi and that expect another
// participant than the mention's state, whatever their gates said.
func (st *checkState) patternContext(ep *episode, mi int) float64 {
	m := &st.ms[mi]
	best := 0.0
	for _, pi := range st.c.conflictsX.of(m) { // the patterns whose X can match m
		p := &st.c.conflicts[pi]
		if p.Expect == ExpectOfficial || p.Expect == ExpectConfusable || p.Confidence <= best {
			continue
		}
		b, ok := st.conflictMatch(ep, mi, pi)
		if !ok {
			continue
		}
		if exp := st.expected(ep, mi, p, b, ""); exp == "" || containsStr(m.Entities, exp) {
			continue
		}
		best = p.Confidence
	}
	return best
}

// roleScore is σ(bias + w·x).
func roleScore(x *roleVector) float64 {
	z := roleBias
	for i, v := range x {
		z += roleWeights[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// roleNotes lists the features that raised or lowered the score, largest
// contribution first is not needed: in the features' order.
func roleNotes(x *roleVector) string {
	var b strings.Builder
	fmt.Fprintf(&b, "bias %+.2f", roleBias)
	for i, v := range x {
		if v == 0 || roleWeights[i] == 0 {
			continue
		}
		if v == 1 {
			fmt.Fprintf(&b, "; %s %+.2f", roleFeatureNames[i], roleWeights[i])
		} else {
			fmt.Fprintf(&b, "; %s %.2f×%+.2f", roleFeatureNames[i], v, roleWeights[i])
		}
	}
	return b.String()
}

// roleRule is the rule of the role scorer's conflicts.
const roleRule = "participant-role"

// roleMessage is the message of the role scorer's conflicts.
const roleMessage = "%s stands in a participant's place in the sentence where the participant is meant"

// roleJudgement scores mention mi (roleCandidate) and returns its conflict
// when the score reaches roleMinScore.
func (st *checkState) roleJudgement(ep *episode, mi int, topic bool) (Finding, bool) {
	if !st.roleCandidate(ep, mi) {
		return Finding{}, false
	}
	// Every feature is read when the scorer's rows are logged or a test
	// asks for the reference (roleFull); else the reading stops once the
	// score cannot reach the threshold.
	x, complete := st.roleFeaturesUpTo(ep, mi, topic, !st.logRoles && !st.roleFull)
	if !complete {
		st.rolePruned++
		return Finding{}, false
	}
	if st.logRoles {
		exp := st.absentParticipant(ep, mi, "")
		raises := exp != "" && !containsStr(st.ms[mi].Entities, exp)
		st.roleLog = append(st.roleLog, roleSample{start: st.ms[mi].Start(), end: st.ms[mi].End(), x: x, raises: raises})
	}
	if !x.positioned() {
		return Finding{}, false
	}
	score := roleScore(&x)
	if score < roleMinScore {
		return Finding{}, false
	}
	exp := st.absentParticipant(ep, mi, "")
	if exp == "" || containsStr(st.ms[mi].Entities, exp) {
		return Finding{}, false
	}
	f := st.newConflict(ep, mi, &Pattern{ID: roleRule, Confidence: 1, Message: roleMessage}, exp, nil)
	f.Confidence = score
	if score < 0.7 {
		f.Severity = SeverityWarning
	}
	f.Evidence = append(f.Evidence, Span{Start: f.Start, End: f.End, Text: f.Text,
		Note: fmt.Sprintf("features: role score %.2f = σ(%s)", score, roleNotes(&x))})
	return f, true
}
