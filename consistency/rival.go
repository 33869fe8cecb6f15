package consistency

import (
	"math"
	"slices"

	"github.com/nazir-nlp/nazir/entities"
)

// A participant a translation swapped two or three times for a state easily
// mistaken for it loses its slot to that state whenever the swaps fall where
// the readings above look (the lede, a title, a counterpart word). What the
// swaps leave is the rest of the text's evidence: how often and where each
// of the two states is named, the officials, capitals and dateline that tie
// each to the text (stateAnchors), a title of one before an official of
// the other. evidenceRival weighs the two states on all of it at once, by
// logistic weights fitted on labelled releases of many writers (rivalWeights,
// rivalfit_test.go), instead of by hand-set weights.

// Features of one state for the rival scorer; a row holds the rival's,
// then the participant's, then the pair's.
const (
	sfActing      = iota // log(1 + times named outside topics and lists)
	sfTopic              // log(1 + times named as a topic, a place or in a list)
	sfUnanchored         // no anchor at all, loose or strict (stateAnchors)
	sfWitness            // a title of the other stands before an official of this one
	sfCounterpart        // a counterpart word names the state
	sfTitle              // title evidence (titles, counterpart words, officials), in titles
	sfLede               // named in the lede
	sfFirst              // named in the first sentence (a headline, or the lede's first sentence)
	sfBody               // log(1 + times named after the lede)
	sfPaired             // log(1 + times coordinated with the other participant: مصر وكينيا)
	nStateFeatures
)

// Features of the pair, after the two states' features.
const (
	rvConfusable   = 2*nStateFeatures + iota // how easily the two are mistaken for each other
	rvSides                                  // the two stand as parties of one reported contact
	nRivalFeatures                           // the length of a row
)

// stateFeatureNames name the features of one state.
var stateFeatureNames = [nStateFeatures]string{
	"acting", "topic", "unanchored", "witness", "counterpart", "title", "lede", "first", "body", "paired",
}

// rivalFeatureNames are the rival scorer's features, in order.
var rivalFeatureNames = func() (out [nRivalFeatures]string) {
	for i, n := range stateFeatureNames {
		out[i], out[nStateFeatures+i] = "rival-"+n, "part-"+n
	}
	out[rvConfusable], out[rvSides] = "confusable", "sides"
	return out
}()

// rivalAnchorCap caps the anchors a state counts in the fitted pair
// reading (partFeatures): an official named ten times is one official. The
// rival scorer reads only whether a state has an anchor (sfUnanchored).
const rivalAnchorCap = 3

// rivalX is one reading of the rival scorer.
type rivalX [nRivalFeatures]float64

// rivalSample is a (participant, rival) pair the scorer read, kept for
// fitting (logRivals).
type rivalSample struct {
	part, rival string
	x           rivalX
}

// rivalScore is the probability that the rival, not the participant, is
// the party the text means.
func rivalScore(x *rivalX) float64 {
	z := rivalBias
	for i, w := range rivalWeights {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// rivalFeatures reads participant q (other the other participant) against
// rival id.
func (st *checkState) rivalFeatures(ep *episode, q *partState, other, id string, byID map[string]*partState, anchors map[string]anchor) rivalX {
	var x rivalX
	side := func(f []float64, id, swap string) {
		acting := st.actingNamed(ep, id)
		topic := max(st.timesNamed(id)-acting, 0)
		a := anchors[id]
		f[sfActing] = math.Log1p(float64(acting))
		f[sfTopic] = math.Log1p(float64(topic))
		if a.loose == 0 {
			f[sfUnanchored] = 1
		}
		if a.witness == swap {
			f[sfWitness] = 1
		}
		if p := byID[id]; p != nil {
			if p.counterpartEv {
				f[sfCounterpart] = 1
			}
			f[sfTitle] = min(p.titleScore/wTitle, 2)
		}
		lede, first, body := st.namedWhere(id)
		if lede {
			f[sfLede] = 1
		}
		if first {
			f[sfFirst] = 1
		}
		f[sfBody] = math.Log1p(float64(body))
		paired := 0
		for mi := range st.ms {
			if m := &st.ms[mi]; m.Kind == entities.Country && containsStr(m.Entities, id) && st.pairedWith(mi, other) {
				paired++
			}
		}
		f[sfPaired] = math.Log1p(float64(paired))
	}
	side(x[:nStateFeatures], id, q.id)
	side(x[nStateFeatures:2*nStateFeatures], q.id, id)
	x[rvConfusable] = st.c.confusability(id, q.id)
	if st.contactSides(id, q.id) {
		x[rvSides] = 1
	}
	return x
}

// contactSides says whether states a and b stand as parties of one
// contact the text reports: a sentence that reports a contact holds each
// of them as a party (partyOf), on the same side or on the two. A translation that writes a party's name
// in another's place leaves the two apart: the name written in stands where
// the party stood, the party's own title or official elsewhere; a real
// third state meets, receives or calls the other (استقبل رئيس وزراء
// الهند … رئيس المالديف).
func (st *checkState) contactSides(a, b string) bool {
	var memo sentMemo
	sa, sb := -1, -1
	for mi := range st.ms {
		id := st.partyOf(mi)
		if id != a && id != b {
			continue
		}
		tok := st.ms[mi].FirstTok()
		if !st.sentenceContactOf(tok, &memo) {
			continue
		}
		si := int(st.sentAt(tok))
		if id == a {
			sa = si
		} else {
			sb = si
		}
		if sa == sb {
			return true
		}
	}
	return false
}

// partyOf returns the state mention mi stands for as a party of its
// sentence, "" if none: a state after a title or a counterpart word
// (الرئيس المالطي، رئيس مالطا، نظيره المالطي), or a known official in
// office where a party stands (partyPosition); in neither case after a
// relative clause's verb nor with a preposition other than مع before its
// title phrase (رسالة من رئيس الوزراء المالطي).
func (st *checkState) partyOf(mi int) string {
	m := &st.ms[mi]
	k := &st.c.k
	tok := m.FirstTok()
	id := ""
	switch m.Kind {
	case entities.Country:
		if len(m.Entities) != 1 || !st.titleBefore(tok) && !st.is(tok-1, k.counterpart) {
			return ""
		}
		id = m.Entities[0]
	case entities.Person:
		e := st.holderOf(m)
		if e == nil || !ownState(e) || !st.onDuty(e) || !st.partyPosition(m) {
			return ""
		}
		id = e.Country
	default:
		return ""
	}
	if st.afterRelative(tok) {
		return ""
	}
	s := st.sentOf(tok)
	b := tok - 1
	for b >= s.first && b >= tok-maxTitleWords-1 && st.is(b, k.title.or(k.titleWord).or(k.honorific).or(k.counterpart)) {
		b--
	}
	if b >= s.first && st.is(b, k.prep.or(k.locative).or(k.topicNoun)) && !st.is(b, k.with) {
		return ""
	}
	return id
}

// namedWhere says whether a mention in the lede, and one in the first
// sentence, names state id (its title's or official's state included), and
// how many mentions after the lede name it.
func (st *checkState) namedWhere(id string) (lede, first bool, body int) {
	firstEnd := -1
	if len(st.sents) > 0 {
		firstEnd = st.sent(0).last
	}
	for mi := range st.ms {
		m := &st.ms[mi]
		if !containsStr(st.stateIDs(m), id) {
			continue
		}
		switch tok := m.FirstTok(); {
		case tok <= firstEnd:
			first, lede = true, true
		case tok <= st.ledeEnd:
			lede = true
		case m.Kind == entities.Country:
			body++
		}
	}
	return lede, first, body
}

// rivalMinScore is the rival scorer's score above which the rival takes
// the participant's slot.
const rivalMinScore = 0.8

// evidenceRival reads a meeting of three parties by title (ep.byTitles):
// a translation that swapped a participant's title in the lede for another
// state's makes a third party of it. Each party with no tie of its own is
// weighed against each of the other two on the text's evidence
// (rivalFeatures, rivalScore, the third party the other participant; a
// state not easily mistaken for it only when the text names that state
// more often); where one scores above rivalMinScore as the slip for
// another, its score moves to that one (of two that score so, the one
// more easily mistaken for it; moveParty: its mentions in a party's place
// are judged as slips), and the meeting is the other two's.
func (st *checkState) evidenceRival(ep *episode, byID map[string]*partState) {
	if len(ep.parts) != 3 || !ep.byTitles {
		return
	}
	anchors := st.stateAnchors()
	bestI, best, bestP := -1, -1, rivalMinScore
	var scores [3][3]float64
	for i, q := range ep.parts {
		for j, c := range ep.parts {
			// a slip swaps a state's name, never its officials,
			// capitals or dateline: a party the text ties to it so
			// is no slip
			if i == j || anchors[q.id].loose > 0 {
				continue
			}
			// a state not easily mistaken for q is weighed as the one
			// q stands for only when the text names it more often
			// than q: a slip is a name written in another's place,
			// not the name the text keeps to
			if !st.logRivals && st.c.confusability(c.id, q.id) < minConfusable && st.timesNamed(c.id) <= st.timesNamed(q.id) {
				continue
			}
			third := ep.parts[3-i-j].id
			// the text's home (its dateline's or agency's state) is
			// a party in its own right: a close state beside it in
			// the lede is read as another guest (استقبل الرئيس
			// الزامبي … وزير خارجية غامبيا ووزيرة الخارجية الهندية)
			if c.id == st.home {
				continue
			}
			x := st.rivalFeatures(ep, q, third, c.id, byID, anchors)
			if st.logRivals {
				st.rivalLog = append(st.rivalLog, rivalSample{part: q.id, rival: c.id, x: x})
			}
			p := rivalScore(&x)
			scores[i][j] = p
			if p > bestP {
				bestI, best, bestP = i, j, p
			}
		}
	}
	if bestI < 0 || st.logRivals {
		return
	}
	// both others may score as the state the slip stands for: the one
	// easier to mistake for it is the one it replaced (the fix)
	q := ep.parts[bestI]
	if o := 3 - bestI - best; scores[bestI][o] >= rivalMinScore &&
		st.c.confusability(ep.parts[o].id, q.id) > st.c.confusability(ep.parts[best].id, q.id) {
		best = o
	}
	c := ep.parts[best]
	st.moveParty(ep, bestI, c.id, byID, anchors[c.id], true)
	// c now stands twice: the meeting is the other two's
	ep.parts = slices.DeleteFunc(ep.parts, func(p *partState) bool { return p == c })
	ep.parts = append(ep.parts, c)
	slices.SortFunc(ep.parts, byScore)
	ep.multilat = false
}
