package consistency

import (
	"fmt"
	"sort"

	"github.com/nazir-nlp/nazir/entities"
)

// Attribute coreference: the text itself says which state each person
// serves. Every occurrence of a name after a title phrase that names a
// state (الرئيس الكيني ويليام روتو، وزير خارجية الصين وانغ يي) attaches that
// state to the person; the occurrences of one person are those with
// compatible names (the same surname, no contradicting given name). A
// person the text gives two states is a slip on the side the rest of the
// text contradicts: each state gets a vote per occurrence that attaches
// it and attrNamedVote when the text names the state elsewhere (outside
// these title phrases); the state with fewer votes is the slip, with the
// other as the suggestion. A tie decides nothing. This needs no list of
// people: it is for the people the gazetteer does not know (a known
// official under another state's title is the official-state rule's).
const (
	attrNamedVote = 1.0
	// attrBase and attrStep make the finding's confidence from the vote
	// margin: attrBase + attrStep × margin, at most attrMax.
	attrBase = 0.6
	attrStep = 0.15
	attrMax  = 0.95
)

// attrSlip is a state mention that gives a person a state the rest of the
// text contradicts.
type attrSlip struct {
	mention    int    // the state mention in a title phrase
	want       string // the state the rest of the text gives the person
	swapped    bool   // a participant swapped in the lede (swappedParty), not a person's
	votes      [2]float64
	person     string // the person's name as written (for the evidence)
	personSpan Span
}

// attachment is one occurrence's state: the mention in its title phrase.
type attachment struct {
	person, mention int
	state           string
}

// attributeStates is the attributes stage: it finds people given two
// states and records the slips (st.attrSlips) that the participants and
// mentions stages read.
func (st *checkState) attributeStates() {
	var atts []attachment
	for pi := range st.persons {
		if mi := st.titleStateOf(&st.persons[pi]); mi >= 0 {
			atts = append(atts, attachment{person: pi, mention: mi, state: st.ms[mi].Entities[0]})
		}
	}
	if len(atts) < 2 {
		return
	}
	// group the attached occurrences by person: compatible names
	group := make([]int, len(atts))
	for i := range atts {
		group[i] = i
		for j := 0; j < i; j++ {
			if group[j] == j && compatible(&st.persons[atts[i].person], &st.persons[atts[j].person]) {
				group[i] = j
				break
			}
		}
	}
	for g := range atts {
		if group[g] != g {
			continue
		}
		st.judgeAttachments(atts, group, g)
	}
}

// judgeAttachments votes on the states attached to the person of group g.
func (st *checkState) judgeAttachments(atts []attachment, group []int, g int) {
	votes := map[string]float64{}
	titled := map[int]bool{}
	var known *entities.Entity // a gazetteer official among the occurrences
	for i, a := range atts {
		if group[i] != g {
			continue
		}
		votes[a.state]++
		titled[a.mention] = true
		if p := &st.persons[a.person]; p.known != nil && st.onDuty(p.known) {
			known = p.known
		}
	}
	// A known official under another state's title is the official-state
	// rule's (it reads the office held on the release's date).
	if len(votes) < 2 || known != nil {
		return
	}
	for id := range votes {
		for mi := range st.ms {
			if !titled[mi] && containsStr(st.ms[mi].Entities, id) && judgeable(&st.ms[mi]) {
				votes[id] += attrNamedVote
				break
			}
		}
	}
	ids := make([]string, 0, len(votes))
	for id := range votes {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if votes[ids[i]] != votes[ids[j]] {
			return votes[ids[i]] > votes[ids[j]]
		}
		return ids[i] < ids[j]
	})
	win := ids[0]
	if votes[ids[1]] == votes[win] {
		return // a tie decides nothing
	}
	for i, a := range atts {
		if group[i] != g || a.state == win {
			continue
		}
		p := &st.persons[a.person]
		st.attrSlips = append(st.attrSlips, attrSlip{mention: a.mention, want: win,
			votes: [2]float64{votes[win], votes[a.state]}, person: st.spanOf(p.first, p.last).Text,
			personSpan: st.spanOf(p.first, p.last)})
	}
}

// titleStateOf returns the state mention of the title phrase right before
// (or, after a comma, right after) a person occurrence: one country, named
// or as a nisba, after a title or a counterpart word; -1 if none.
func (st *checkState) titleStateOf(p *person) int {
	k := p.first - 1
	for n := 0; n < 3 && k >= 0 && (st.is(k, st.c.k.titleTail) || st.is(k, st.c.k.honorific)); n++ {
		k--
	}
	if k >= 0 && st.inMention.has(k) {
		mi := int(st.mentionAt(k))
		m := &st.ms[mi]
		if m.Kind == entities.Country && len(m.Entities) == 1 && !m.Weak &&
			(m.Form == entities.FormNisba || m.Form == entities.FormName) &&
			(st.titleBefore(m.FirstTok) || st.is(m.FirstTok-1, st.c.k.counterpart)) {
			return mi
		}
	}
	return -1
}

// attrSlipAt returns the attribute slip whose state mention starts at tok.
func (st *checkState) attrSlipAt(tok int) (*attrSlip, bool) {
	for i := range st.attrSlips {
		if st.ms[st.attrSlips[i].mention].FirstTok == tok {
			return &st.attrSlips[i], true
		}
	}
	return nil, false
}

// attrConflict builds the finding of an attribute slip.
func (st *checkState) attrConflict(ep *episode, sl *attrSlip) Finding {
	if sl.swapped {
		return st.swappedConflict(ep, sl)
	}
	margin := sl.votes[0] - sl.votes[1]
	p := &Pattern{ID: "person-state", Confidence: min(attrMax, attrBase+attrStep*margin),
		Message: "%s is given to a person the rest of the text gives another state"}
	f := st.newConflict(ep, sl.mention, p, sl.want, st.judgementFeatures(ep, &st.ms[sl.mention], p, nil))
	ev := sl.personSpan
	ev.Note = fmt.Sprintf("person %s: %s %.0f votes, %s %.0f", sl.person, sl.want, sl.votes[0],
		st.ms[sl.mention].Entities[0], sl.votes[1])
	f.Evidence = append(f.Evidence, ev)
	return f
}

// swappedConflict builds the finding of a participant swapped in the lede
// (swappedParty): the rule's confidence swappedBase times the confusable
// feature.
func (st *checkState) swappedConflict(ep *episode, sl *attrSlip) Finding {
	m := &st.ms[sl.mention]
	cs := st.c.confusability(m.Entities[0], sl.want)
	if cs < minConfusable {
		// contradictingState: not a look-alike, a state the body keeps
		// naming in the participants' places
		p := &Pattern{ID: "contradicted-party", Confidence: contradictedBase,
			Message: "%s, named only here, is a participant's title where the body names another state in the participants' places"}
		fs := []feature{{"contradicted", 1, fmt.Sprintf("%s named %d times", sl.want, st.timesNamed(sl.want))}}
		if st.quoted.has(m.FirstTok) {
			fs = append(fs, feature{"quoted", quotedFactor, "inside a quotation"})
		}
		return st.newConflict(ep, sl.mention, p, sl.want, fs)
	}
	p := &Pattern{ID: "swapped-party", Confidence: swappedBase,
		Message: "%s, named only here, is a participant's title where a state named again and easily mistaken for it is meant"}
	fs := []feature{{"confusable", confusableFactor(cs),
		fmt.Sprintf("%s, %.2f: %s", sl.want, cs, st.c.confusableReason(m.Entities[0], sl.want))}}
	// The parties feature does not apply: the swapped title was the
	// participant's title evidence.
	if st.quoted.has(m.FirstTok) {
		fs = append(fs, feature{"quoted", quotedFactor, "inside a quotation"})
	}
	return st.newConflict(ep, sl.mention, p, sl.want, fs)
}

// swappedBase is the confidence of a swapped-party finding before its
// features.
const swappedBase = 0.8

// contradictedBase is the confidence of a contradicted-party finding.
const contradictedBase = 0.7
