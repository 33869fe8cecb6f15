package consistency

import (
	"fmt"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// A translation that swaps a participant for a state easily mistaken for
// it swaps it again: the same close state comes back as a name and as a
// nisba, in the guest's title, in the relations of the two, in a speaker's
// words, as the visit's destination. Each mention alone may be too weak a
// sign, or gated out (named more than once is, for most patterns, what a
// third state the release discusses looks like). Read together they are
// one slip made several times: a conflict judged on one mention of the
// state (the anchor) is evidence for its other mentions.
//
// repeatedSwaps is the repeated-swap stage. For each state with a conflict
// at the default threshold whose expected participant it is easily
// mistaken for, and which the text names at most twice as often as that
// participant, it judges the
// state's other mentions in the same episode that were left as third
// parties or topics: a mention the text shows to be a third state's (in a
// list of other states, a topic or a place other than a visit's
// destination, the subject of another or an earlier event, quoted from
// someone who is no participant or in a third state's official's words on
// their own state, a homograph) stays as it is; any other is a conflict (rule
// repeated-swap) whose confidence is the anchor's, times repeatedSlot when
// a conflict pattern's context matches the mention (a party's place),
// repeatedPlain when none does.
func (st *checkState) repeatedSwaps() {
	if len(st.findings) == 0 || len(st.episodes) == 0 {
		return
	}
	// the anchors: the strongest confusable conflict of each state, per
	// episode
	type key struct {
		id string
		ep *episode
	}
	type anchor struct {
		f   int // index into st.findings
		exp string
	}
	// a conflict's span ends where its mention ends (its start may take
	// in a proclitic ل)
	byEnd := map[int]int{}
	for i := range st.findings {
		if st.findings[i].Kind == CountryConflict {
			byEnd[st.findings[i].End] = i
		}
	}
	anchors := map[key]anchor{}
	eps := st.mentionEpisodes()
	for mi := range st.ms {
		if st.roles[mi] != roleConflict {
			continue
		}
		fi, ok := byEnd[st.ms[mi].End()]
		ep := eps[mi]
		if !ok || ep == nil || !ep.judgesPair() {
			continue
		}
		f := &st.findings[fi]
		if f.Confidence < DefaultMinConfidence || !ep.partIDs.has(f.Expected) || st.c.confusability(f.Entity, f.Expected) < minConfusable {
			continue
		}
		// a swap is not the text's main reading: a state named more than
		// twice as often as the participant it would replace says rather
		// that the participants were read wrong
		if st.timesNamed(f.Entity) > 2*st.timesNamed(f.Expected) {
			continue
		}
		k := key{f.Entity, ep}
		if a, ok := anchors[k]; !ok || st.findings[a.f].Confidence < f.Confidence {
			anchors[k] = anchor{fi, f.Expected}
		}
	}
	if len(anchors) == 0 {
		return
	}
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak && !st.stateReading(mi) || eps[mi] == nil {
			continue
		}
		ep := eps[mi]
		a, ok := anchors[key{m.Entities[0], ep}]
		if !ok {
			continue
		}
		af := &st.findings[a.f]
		if st.roles[mi] == roleConflict {
			// judged a slip on its own, more weakly than the anchor: the
			// two judgements are read together
			if fi, ok := byEnd[m.End()]; ok && fi != a.f && st.findings[fi].Expected == a.exp && st.findings[fi].Confidence < af.Confidence &&
				st.repeatSite(ep, mi) {
				st.raise(&st.findings[fi], af)
			}
			continue
		}
		if (st.roles[mi] != roleThirdParty && st.roles[mi] != roleTopic) || !st.repeatSite(ep, mi) {
			continue
		}
		fs := []feature{{"repeated", repeatedFactor, fmt.Sprintf("the same state judged a slip at %q (%s, %.2f)", af.Text, af.Rule, af.Confidence)}}
		slot, pat := st.partySlot(ep, mi)
		if slot {
			fs = append(fs, feature{"party-place", repeatedSlot, "a conflict pattern's context: " + pat})
		} else {
			fs = append(fs, feature{"plain", repeatedPlain, "no conflict pattern's context"})
		}
		p := &Pattern{ID: "repeated-swap", Confidence: af.Confidence,
			Message: "%s, easily mistaken for a participant and judged a slip elsewhere in the text, is named again where the participant is meant"}
		fs = st.judgementFeatures(ep, m, p, fs)
		if st.below(mi, p, fs) {
			continue
		}
		st.findings = append(st.findings, st.newConflict(ep, mi, p, a.exp, fs))
		st.roles[mi] = roleConflict
	}
}

// raise combines a finding with the anchor, a stronger judgement of the
// same state as the same slip: 1 − (1 − c)(1 − repeatedShare × anchor's),
// and says so in the finding's features.
func (st *checkState) raise(f, anchor *Finding) {
	c := 1 - (1-f.Confidence)*(1-repeatedShare*anchor.Confidence)
	note := fmt.Sprintf("; repeated: %.2f → %.2f, the same state judged a slip at %q (%s, %.2f)", f.Confidence, c, anchor.Text, anchor.Rule, anchor.Confidence)
	for i := range f.Evidence {
		if strings.HasPrefix(f.Evidence[i].Note, "features: ") {
			f.Evidence[i].Note += note
		}
	}
	f.Confidence = c
	f.Severity = CountryConflict.DefaultSeverity()
	if c < 0.7 {
		f.Severity = SeverityWarning
	}
}

// repeatedShare is how much of the anchor's confidence a weaker judgement
// of the same state takes on.
const repeatedShare = 0.3

// stateReading says whether a homograph's mention (مالي: Mali, or
// "financial") reads as the state where that state is already judged a
// slip: its name without the article, alone or after ل or ب, where no noun
// stands before it for it to qualify: after a preposition, مع, أن or إن, a
// speech word, or opening a sentence or a quotation (التعاون مع مالي،
// «مالي ترى …»; not دعم مالي).
func (st *checkState) stateReading(mi int) bool {
	m := &st.ms[mi]
	if m.Form != entities.FormName {
		return false
	}
	if p := st.prefix(m); p != "" && p != "ل" && p != "ب" {
		return false
	}
	k := m.FirstTok() - 1
	if k < 0 || st.sentOf(m.FirstTok()).first == m.FirstTok() || st.quoted.has(m.FirstTok()) && !st.quoted.has(k) {
		return true
	}
	kk := &st.c.k
	return st.is(k, kk.with.or(kk.that).or(kk.prep).or(kk.speech).or(kk.locative))
}

// The repeated-swap factors: how much a conflict on one mention of a state
// says of another mention of it.
const (
	repeatedFactor = 0.95
	repeatedSlot   = 1.0
	repeatedPlain  = 0.8
)

// repeatSite says whether mention mi may be a repeated swap: not a state
// the text shows to be a third state's.
func (st *checkState) repeatSite(ep *episode, mi int) bool {
	if st.enumerated(ep, mi) || st.anotherEvent(mi) || st.pluperfectSentence(st.ms[mi].FirstTok()) ||
		st.earlier(ep, mi) != earlierNone || st.ownWords(ep, mi) {
		return false
	}
	if withPart, listed := st.coordination(ep, mi); listed && !withPart {
		return false
	}
	if st.listLen(mi) >= 3 {
		return false
	}
	// a visit's destination and the lede's place of the meeting are the
	// meeting's places, not topics (في كانبرا after التقى)
	if st.topicContext(ep, mi) && !st.isDestination(mi) && !st.ledePlace(mi) {
		return false
	}
	m := &st.ms[mi]
	if st.quoted.has(m.FirstTok()) && !ep.partIDs.has(st.quoteSpeaker(m.FirstTok())) {
		return false
	}
	return true
}

// partySlot says whether a conflict pattern's context matches mention mi,
// whatever its gates (named once, confusable, intruder) said, and names the
// pattern.
func (st *checkState) partySlot(ep *episode, mi int) (bool, string) {
	m := &st.ms[mi]
	for _, pi := range st.c.conflictsX.of(m) {
		p := &st.c.conflicts[pi]
		if p.Expect == ExpectOfficial || p.ID == "confusable-subject" {
			continue
		}
		if _, ok := st.match(ep, p, mi); ok {
			return true, p.ID
		}
	}
	if st.isDestination(mi) {
		return true, "a visit's destination"
	}
	return false, ""
}

// mentionEpisodes returns the episode each mention is judged in (as
// judgeMentions walks them), nil before the first.
func (st *checkState) mentionEpisodes() []*episode {
	out := make([]*episode, len(st.ms))
	ei := 0
	for i := range st.ms {
		m := &st.ms[i]
		for ei+1 < len(st.episodes) && m.FirstTok() >= st.episodes[ei+1].first {
			ei++
		}
		if m.FirstTok() >= st.episodes[ei].first {
			out[i] = st.episodes[ei]
		}
	}
	return out
}
