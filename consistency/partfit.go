package consistency

import (
	"math"
	"slices"
)

// The pair the rules above settle on can be read once more as a whole:
// every state the text gives evidence of is a candidate, described by
// features one can name and test (the rules' own choice among them), for a
// logistic reading fitted on the labelled releases of many writers, leaving
// each writer out in turn (partfit_test.go). The features are partFeatures.

// Features of one candidate state.
const (
	pfRule        = iota // the rules chose it as one of the pair
	pfCounterpart        // a counterpart word names it (نظيره الأذربيجاني)
	pfTitle              // title evidence (titles, counterpart words, officials), in titles, at most 2
	pfLedeTitle          // the same, in the lede alone
	pfOfficial           // an official of it stands where a party stands
	pfContactPair        // coordinated with another state as the contact's subject
	pfParty              // it acts in the text (title, official, dateline, pair …)
	pfLedeScore          // log(1 + its lede and contact-window evidence)
	pfFirst              // named in the first sentence
	pfActing             // log(1 + times named outside topics and lists)
	pfTopic              // log(1 + times named as a topic, a place or in a list)
	pfBody               // log(1 + times named after the lede)
	pfStrict             // strict anchors (stateAnchors), at most rivalAnchorCap
	pfLoose              // loose anchors, at most rivalAnchorCap
	pfHome               // the dateline's or agency's state
	pfLookalike          // how easily it is mistaken for another candidate named more often
	nPartFeatures
)

// partFeatureNames name the candidate features, in order.
var partFeatureNames = [nPartFeatures]string{
	"rule", "counterpart", "title", "lede-title", "official", "contact-pair", "party", "lede-score", "first",
	"acting", "topic", "body", "strict", "loose", "home", "lookalike",
}

// partX is one candidate's features.
type partX [nPartFeatures]float64

// partSample is a candidate the pair reading read, with its features
// (logParts).
type partSample struct {
	id string
	x  partX
}

// partFeatures reads candidate p of the pair ep the rules chose.
func (st *checkState) partFeatures(ep *episode, p *partState, byID map[string]*partState, anchors map[string]anchor) partX {
	var x partX
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	x[pfRule] = b(ep.partIDs.has(p.id))
	x[pfCounterpart] = b(p.counterpartEv)
	x[pfTitle] = min(max(p.titleScore, 0)/wTitle, 2)
	x[pfLedeTitle] = min(max(p.ledeTitle, 0)/wTitle, 2)
	x[pfOfficial] = b(p.officialEv)
	x[pfContactPair] = b(p.contactPair)
	x[pfParty] = b(p.party)
	x[pfLedeScore] = math.Log1p(max(p.ledeScore, 0))
	_, first, body := st.namedWhere(p.id)
	x[pfFirst] = b(first)
	acting := st.actingNamed(ep, p.id)
	x[pfActing] = math.Log1p(float64(acting))
	x[pfTopic] = math.Log1p(float64(max(st.timesNamed(p.id)-acting, 0)))
	x[pfBody] = math.Log1p(float64(body))
	a := anchors[p.id]
	x[pfStrict] = float64(min(a.n, rivalAnchorCap))
	x[pfLoose] = float64(min(a.loose, rivalAnchorCap))
	x[pfHome] = b(p.id == st.home)
	n := st.timesNamed(p.id)
	for _, q := range byID {
		if q != p && st.timesNamed(q.id) > n {
			x[pfLookalike] = max(x[pfLookalike], st.c.confusability(p.id, q.id))
		}
	}
	return x
}

// partCandidates are the states of byID in a fixed order (by id), so that
// the reading never depends on the map's order.
func partCandidates(byID map[string]*partState) []*partState {
	out := make([]*partState, 0, len(byID))
	for _, p := range byID {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *partState) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})
	return out
}

// readPairFitted, with logParts, keeps the features of every state of byID
// in partLog, the pair ep the rules chose read as a whole; it changes
// nothing. The checker keeps the rules' pair: a logistic reading of these
// features, fitted leaving each writer out, gets more of the pairs of
// drawn swaps right than the rules, but as many of the written sets'
// (partfit_test.go, docs/quality.md), and the findings it would change
// are not more often right.
func (st *checkState) readPairFitted(ep *episode, byID map[string]*partState) {
	if !st.logParts || len(ep.parts) != 2 || ep.multilat {
		return
	}
	anchors := st.stateAnchors()
	for _, p := range partCandidates(byID) {
		st.partLog = append(st.partLog, partSample{id: p.id, x: st.partFeatures(ep, p, byID, anchors)})
	}
}
