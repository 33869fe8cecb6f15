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
// then the participant's, then how easily the two are mistaken for each
// other.
const (
	sfActing      = iota // log(1 + times named outside topics and lists)
	sfTopic              // log(1 + times named as a topic, a place or in a list)
	sfStrict             // strict anchors (dateline, agency, capital as actor, official as party), at most rivalAnchorCap
	sfLoose              // loose anchors, at most rivalAnchorCap
	sfUnanchored         // no loose anchor at all
	sfWitness            // a title of the other stands before an official of this one
	sfCounterpart        // a counterpart word names the state
	sfTitle              // title evidence (titles, counterpart words, officials), in titles
	sfLede               // named in the lede
	sfFirst              // named in the first sentence (a headline, or the lede's first sentence)
	sfBody               // log(1 + times named after the lede)
	sfPaired             // log(1 + times coordinated with the other participant: مصر وكينيا)
	nStateFeatures
)

// stateFeatureNames name the features of one state.
var stateFeatureNames = [nStateFeatures]string{
	"acting", "topic", "strict", "loose", "unanchored", "witness", "counterpart", "title", "lede", "first", "body", "paired",
}

// nRivalFeatures is the length of a row: the rival's features, the
// participant's, and the confusability.
const nRivalFeatures = 2*nStateFeatures + 1

// rivalFeatureNames are the rival scorer's features, in order.
var rivalFeatureNames = func() (out [nRivalFeatures]string) {
	for i, n := range stateFeatureNames {
		out[i], out[nStateFeatures+i] = "rival-"+n, "part-"+n
	}
	out[2*nStateFeatures] = "confusable"
	return out
}()

// rivalAnchorCap caps the anchors a state counts: an official named ten
// times is one official.
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
		f[sfStrict] = float64(min(a.n, rivalAnchorCap))
		f[sfLoose] = float64(min(a.loose, rivalAnchorCap))
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
	x[2*nStateFeatures] = st.c.confusability(id, q.id)
	return x
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
const rivalMinScore = 0.7

// evidenceRival reads a meeting of three parties two of which are easily
// mistaken for each other (confusability at least minConfusable): a
// translation that swapped a participant's title in the lede for a close
// state's makes a third party of it. Each of the two is weighed against
// the other on the text's evidence (rivalFeatures, rivalScore, the third
// party the other participant); where one scores above rivalMinScore as
// the slip for the other, its score moves to the other (moveParty: its
// mentions in a party's place are judged as slips), and the meeting is the
// other two's.
func (st *checkState) evidenceRival(ep *episode, byID map[string]*partState) {
	if len(ep.parts) != 3 || !ep.byTitles {
		return
	}
	anchors := st.stateAnchors()
	bestI, best, bestP := -1, -1, rivalMinScore
	for i, q := range ep.parts {
		for j, c := range ep.parts {
			// a slip swaps a state's name, never its officials,
			// capitals or dateline: a party the text ties to it so
			// is no slip
			if i == j || st.c.confusability(c.id, q.id) < minConfusable || anchors[q.id].loose > 0 {
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
			if p := rivalScore(&x); p > bestP {
				bestI, best, bestP = i, j, p
			}
		}
	}
	if bestI < 0 || st.logRivals {
		return
	}
	c := ep.parts[best]
	st.moveParty(ep, bestI, c.id, byID, anchors[c.id], true)
	// c now stands twice: the meeting is the other two's
	ep.parts = slices.DeleteFunc(ep.parts, func(p *partState) bool { return p == c })
	ep.parts = append(ep.parts, c)
	slices.SortFunc(ep.parts, byScore)
	ep.multilat = false
}
