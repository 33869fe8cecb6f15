package consistency

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/entities"
)

// A translation that swaps a participant for a state easily mistaken for
// it swaps the state's name and nisba, and usually does so more than once,
// so that the close state wins the participant's slot. What it does not
// swap are the things of the text that belong to a state without naming it:
// the dateline's city and agency, a capital standing for its government
// (أن مدريد تدعم), an official the gazetteer knows. anchoredRival weighs
// the two states competing for one slot by those anchors.

// anchor is what ties a state to the text without its name or nisba.
type anchor struct {
	// n counts the anchors that make the state a party (strict), loose
	// every piece that ties the state to the text, a place of it or an
	// official named anywhere included.
	n, loose int
	capitals int    // how many of the strict anchors are capitals or cities
	tok      int    // the first strict anchor's token
	note     string // what it is, for the finding's evidence
	// witness is the state whose title or counterpart word stands right
	// before a known official of this state (وزير الخارجية المولدوفي ناصر
	// بوريطة): the text itself writes that state where it means this one.
	// "" when none, or when two states do.
	witness    string
	witnessTok int // the witnessing official's first token
}

// stateAnchors counts, per state, the anchors of the text. Strict ones:
//   - the dateline's city and the dateline's agency, unless the lede
//     places the contact on the sidelines of a gathering (على هامش …),
//     where the dateline is the gathering's and no party's;
//   - a capital or city standing as an actor or a partner (أن مدريد
//     تدعم، التعاون مع نيروبي), not as a place (في/من/إلى …، بنيروبي), a
//     topic, or in a sentence telling an earlier event (the pluperfect);
//   - a known official in office on the release's date, named as a
//     speaker (وقال بايراموف), in a party's place in the lede, or after
//     a title (وزير الخارجية ناصر بوريطة، الرئيس …), not as a namesake nor
//     as the author of a topic; a title's state or a counterpart word
//     right before the official naming another state is that state's
//     witness (the anchor's witness);
//   - a capital or city the visit goes to (وصل إلى الرباط، زيارته إلى
//     الرباط): a visit word right before the preposition, in a sentence
//     that is not about taking part in a gathering.
//
// Loose ones add every other capital or city of the state and every known
// official of it in office, wherever they stand.
func (st *checkState) stateAnchors() map[string]anchor {
	// the check's storage, kept for the next check (release): the map
	// returned is valid until the next call
	if st.anchors == nil {
		st.anchors = map[string]anchor{}
	}
	out := st.anchors
	clear(out)
	add := func(id string, tok int, note string, strict bool) {
		a := out[id]
		a.loose++
		if strict {
			if a.n == 0 {
				a.tok, a.note = tok, note
			}
			a.n++
			if note == "capital" {
				a.capitals++
			}
		}
		out[id] = a
	}
	// a dateline or agency on the sidelines of a gathering, or where the
	// parties came to take part in one, is the gathering's
	sidelines := st.classWithin(0, st.ledeEnd, st.c.k.sidelines) || st.attendsGathering()
	witnesses := map[string][]string{}
	witnessAt := map[string]int{}
	k := &st.c.k
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() < st.storyFirst || len(m.Entities) == 0 {
			continue
		}
		switch {
		case m.Kind == entities.Country && (m.Form == entities.FormCapital || m.Form == entities.FormCity):
			if len(m.Entities) != 1 || !st.readAsState(m) && !st.weakCapitalActs(m) {
				continue
			}
			if st.dateline(m) {
				add(m.Entities[0], m.FirstTok(), "dateline", !sidelines)
				continue
			}
			if !sidelines && st.visitedPlace(mi) {
				add(m.Entities[0], m.FirstTok(), "destination", true)
				continue
			}
			place := st.is(m.FirstTok()-1, k.locative.or(k.prep).or(k.topicNoun).or(k.about)) && !st.is(m.FirstTok()-1, k.with) ||
				int(m.pre) > len("و") || m.pre > 0 && !m.and
			add(m.Entities[0], m.FirstTok(), "capital", !place && !st.anotherStory(m) && !st.afterRelative(m.FirstTok()))
		case m.Kind == entities.Agency && m.FirstTok() <= agencyReach:
			if ids := st.stateIDs(m); len(ids) == 1 {
				add(ids[0], m.FirstTok(), "agency", !sidelines)
			}
		case m.Kind == entities.Person:
			e := st.holderOf(m)
			if e == nil || !ownState(e) || !st.onDuty(e) || m.FirstTok() == m.LastTok() && st.isNamesake(m.FirstTok()) {
				continue
			}
			titled, by := st.officialTitle(m)
			party := !st.is(m.FirstTok()-1, k.topicNoun) && !st.afterRelative(m.FirstTok()) && !st.anotherStory(m) &&
				(st.classWithin(m.FirstTok()-speakerReach, m.FirstTok()-1, k.speech) || st.inLede(m.FirstTok()) && st.partyPosition(m) || titled)
			add(e.Country, m.FirstTok(), "official", party)
			if by != "" && by != e.Country {
				if len(witnesses[e.Country]) == 0 {
					witnessAt[e.Country] = m.FirstTok()
				}
				witnesses[e.Country] = append(witnesses[e.Country], by)
			}
		}
	}
	for id, ws := range witnesses {
		a := out[id]
		a.witness, a.witnessTok = ws[0], witnessAt[id]
		for _, w := range ws[1:] {
			if w != a.witness {
				a.witness = ""
				break
			}
		}
		out[id] = a
	}
	return out
}

// weakCapitalActs says whether capital mention m, a form that is also an
// ordinary word (مسقط: مسقط رأسه, "his birthplace"), stands as the subject
// of a clause: right after a word that opens one (أن، إن، بأن), with no
// proclitic of its own, and followed by a verb in the imperfect, whose
// prefix (ت، ي, after the future's س) no noun of a construct (مسقط رأسه)
// or an adjective (سيول جارفة) takes after the bare word. A capital so
// placed speaks for its government (أكد أن مسقط تدعم الحوار).
func (st *checkState) weakCapitalActs(m *mention) bool {
	if !m.Weak || m.Form != entities.FormCapital || m.pre > 0 || !st.is(m.FirstTok()-1, st.c.k.that) {
		return false
	}
	next := m.LastTok() + 1
	if next >= len(st.starts) || st.inMention.has(next) || st.sentOf(next).first > m.LastTok() {
		return false
	}
	return imperfectVerb(st.word(next))
}

// imperfectVerb says whether normalised word w has the shape of a verb in
// the imperfect of the third person: ت or ي, or the future's ست or سي,
// before at least three more letters (تدعم، يتطلع، ستواصل).
func imperfectVerb(w string) bool {
	rest := w
	if strings.HasPrefix(rest, "س") && len(rest) > len("س") {
		rest = rest[len("س"):]
	}
	for _, p := range [...]string{"ت", "ي"} {
		if strings.HasPrefix(rest, p) && utf8.RuneCountInString(rest) >= 4 {
			return true
		}
	}
	return false
}

// attendsGathering says whether the lede tells of taking part in a
// gathering (للمشاركة في الاجتماع الوزاري، يشارك في قمة): a participation
// word with a gathering's word at most gatheringReach words after it.
func (st *checkState) attendsGathering() bool {
	k := &st.c.k
	for tok := st.storyFirst; tok < st.ledeEnd; tok++ {
		if !st.is(tok, k.participation) {
			continue
		}
		for j := tok + 1; j <= tok+gatheringReach && j <= st.ledeEnd; j++ {
			if st.is(j, k.gathering) || gathering.has(withoutAnd(st.word(j))) || meetingWord.has(st.word(j)) {
				return true
			}
		}
	}
	return false
}

// gatheringReach is how many words after a participation word a
// gathering's word may stand (للمشاركة في أعمال الدورة).
const gatheringReach = 3

// meetingWord are a meeting's nouns (normalised) that, after a
// participation word, tell of a gathering (للمشاركة في الاجتماع).
var meetingWord = newWordList("الاجتماع", "اجتماع", "اعمال")

// visitedPlace says whether capital mention mi is where the visit its
// sentence reports goes (وصل … إلى الرباط، يزور الرباط: isDestination), in
// a sentence that does not tell of taking part in a gathering (للمشاركة
// في …) nor of an earlier event.
func (st *checkState) visitedPlace(mi int) bool {
	m := &st.ms[mi]
	if !st.isDestination(mi) {
		return false
	}
	s := st.sentOf(m.FirstTok())
	return !st.classWithin(s.first, s.last, st.c.k.participation.or(st.c.k.gathering)) && !st.pluperfectSentence(m.FirstTok())
}

// officialTitle says whether a title stands before known official m
// (وزير الخارجية ناصر بوريطة، الرئيس …), and returns the state a title's
// nisba or a counterpart word right before the name gives (وزير الخارجية
// المولدوفي ناصر بوريطة: MD), "" if none.
func (st *checkState) officialTitle(m *mention) (bool, string) {
	tok := m.FirstTok()
	prev := tok - 1
	if prev < 0 {
		return false, ""
	}
	by := ""
	if st.inMention.has(prev) {
		pm := &st.ms[st.mentionAt(prev)]
		if pm.Kind != entities.Country || len(pm.Entities) != 1 || pm.Form != entities.FormNisba {
			return false, ""
		}
		by = pm.Entities[0]
		tok = pm.FirstTok()
		if st.is(tok-1, st.c.k.counterpart) {
			return true, by
		}
	}
	return st.titleBefore(tok), by
}

// speakerReach is how many words before a known official a speech verb
// makes them the speaker (وقال بايراموف، قال الوزير عبد العاطي).
const speakerReach = 3

// anchorWeight is what a strict anchor counts for against the times a
// state is named: a translation that swaps a participant swaps its name
// two or three times, but no dateline, capital or official.
const anchorWeight = 3

// anchoredRival reads a participant that a translation swapped throughout:
// a participant nothing but its name and nisba ties to the text (no loose
// anchor, stateAnchors), while a state easily mistaken for it
// (confusability at least minConfusable), no participant, has a strict
// anchor and outweighs it across the text: the times it is named outside
// topics and lists plus anchorWeight for each strict anchor, against the
// times the participant is named. A participant a counterpart word names
// (نظيره الإسباني) yields only to a dateline, an agency or an official: a
// capital alone may be the slip. The rival is the participant: the
// participant's score moves to it (evSwappedOut, evSwappedIn, as in
// swappedParty), and every mention of the swapped state in a party's place
// (not a topic) is judged a conflict with the rival as its fix. Two rivals
// alike leave the pair as it is.
func (st *checkState) anchoredRival(ep *episode, byID map[string]*partState) {
	if len(ep.parts) == 3 && ep.multilat {
		st.witnessedThird(ep, byID)
		return
	}
	if len(ep.parts) != 2 {
		return
	}
	anchors := st.stateAnchors()
	if ep.multilat {
		// two parties and more that meet: no slot is moved, but a state
		// the text writes for one of the two is still its swap
		st.witnessedSwap(ep, anchors)
		return
	}
	// a designation (وأكدت السلطنة) ties a state to the text as an
	// anchor does: a swap leaves it as it stands
	st.addDesignations(anchors)
	for i, q := range ep.parts {
		if anchors[q.id].loose > 0 {
			continue
		}
		best, bestW, tie := "", st.timesNamed(q.id), false
		for _, id := range sortedKeys(anchors) {
			a := anchors[id]
			if a.n == 0 || ep.partIDs.has(id) || st.c.confusability(id, q.id) < minConfusable {
				continue
			}
			if q.counterpartEv && a.n == a.capitals && a.witness != q.id {
				continue
			}
			// a designation that names an actor (وأكدت السلطنة) counts as
			// the state named acting; one naming a place (في السلطنة)
			// counts for neither side
			acting := st.actingNamed(ep, id)
			if st.timesNamed(id)-acting > acting+st.designated(id).acting {
				continue // named more as a topic than as an actor: a third state
			}
			w := acting + anchorWeight*a.n
			if a.witness == q.id {
				w += anchorWeight
			}
			switch {
			case w > bestW:
				best, bestW, tie = id, w, false
			case w == bestW && best != "":
				tie = true
			}
		}
		if best == "" || tie {
			continue
		}
		st.moveParty(ep, i, best, byID, anchors[best], true)
		return
	}
	st.witnessedSwap(ep, anchors)
}

// witnessedSwap flags the mentions of a state the text writes for a
// participant: its title or counterpart word stands right before a known
// official of the participant (anchor.witness), the two are easily
// mistaken for each other, and nothing but its name and nisba ties the
// state to the text (no loose anchor). Its mentions in a party's place
// (not a topic's or a place's, no item of a list or a pair, no nisba
// after anything but a title or a counterpart word: الملف النووي
// الإيراني) are conflicts with the participant as the fix
// (anchored-rival, the anchor "witness").
func (st *checkState) witnessedSwap(ep *episode, anchors map[string]anchor) {
	for _, p := range ep.parts {
		a := anchors[p.id]
		x := a.witness
		if x == "" || ep.partIDs.has(x) || anchors[x].loose > 0 || st.c.confusability(p.id, x) < minConfusable {
			continue
		}
		for mi := range st.ms {
			m := &st.ms[mi]
			if m.Kind != entities.Country || !containsStr(m.Entities, x) || st.topicPlace(mi) || st.officialOfOther(m) {
				continue
			}
			// the participants are settled: only a party's place, not an
			// item of a pair, nor a nisba qualifying a thing (الملف النووي
			// الإيراني)
			if st.listLen(mi) >= 2 ||
				m.Form == entities.FormNisba && !st.titleBefore(m.FirstTok()) && !st.is(m.FirstTok()-1, st.c.k.counterpart) {
				continue
			}
			st.attrSlips = append(st.attrSlips, attrSlip{mention: mi, want: p.id, swapped: true, anchor: "witness", anchorTok: a.witnessTok})
		}
	}
}

// witnessedThird reads a meeting of three states of which one is a
// participant swapped throughout for another of the three: its title or
// counterpart word stands right before a known official of the other
// (وزير الخارجية المولدوفي ناصر بوريطة, anchor.witness), the two are easily
// mistaken for each other, and nothing but its name and nisba ties it to
// the text (no loose anchor). It is no participant: its score moves to
// the state it stands for, the meeting is the other two's, and its
// mentions in a party's place are conflicts with that state as the fix.
func (st *checkState) witnessedThird(ep *episode, byID map[string]*partState) {
	anchors := st.stateAnchors()
	for i, q := range ep.parts {
		if anchors[q.id].loose > 0 {
			continue
		}
		for _, c := range ep.parts {
			a := anchors[c.id]
			if c == q || a.witness != q.id || st.c.confusability(c.id, q.id) < minConfusable {
				continue
			}
			st.moveParty(ep, i, c.id, byID, a, true)
			// c now stands twice: the meeting is the other two's
			ep.parts = slices.DeleteFunc(ep.parts, func(p *partState) bool { return p == c })
			ep.parts = append(ep.parts, c)
			slices.SortFunc(ep.parts, byScore)
			ep.multilat = false
			return
		}
	}
}

// actingNamed counts the mentions of state id that do not name it only as
// a topic or an item of a list of three or more (topicReading, the role
// scorer's topic), or that are the capital a visit goes to (visitedPlace)
// whatever the sentence is about.
func (st *checkState) actingNamed(ep *episode, id string) int {
	n := 0
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.Kind != entities.Country || m.Weak || !containsStr(m.Entities, id) {
			continue
		}
		if topic, _ := st.topicReading(ep, mi, st.topicContext(ep, mi)); !topic || m.Form == entities.FormCapital && st.visitedPlace(mi) {
			n++
		}
	}
	return n
}

// moveParty gives participant i's slot to state to: its score moves there
// (evSwappedOut, evSwappedIn), to takes its place in the pair, keeping host
// and guest in order, and every mention of the swapped state is recorded as
// a slip whose fix is to (attrSlip.swapped; by is the anchor that decided,
// none for swappedParty); with partyPlaces, only the mentions that are no
// topic (topicPlace).
func (st *checkState) moveParty(ep *episode, i int, to string, byID map[string]*partState, by anchor, partyPlaces bool) {
	q := ep.parts[i]
	tok := st.firstNamedIn(q.id)
	if tok == 0 {
		tok = st.firstNamedUpTo(q.id, st.toks.Len()-1)
	}
	w := max(q.score, 0)
	st.scoreEvidence([]evidence{
		{id: q.id, kind: evSwappedOut, w: -w, tok: tok, span: st.evSpanOf(tok, tok), mention: -1},
		{id: to, kind: evSwappedIn, w: w, tok: tok, span: st.evSpanOf(tok, tok), mention: -1},
	})
	byID[to].contactPair = byID[to].contactPair || q.contactPair
	q.party, q.contactPair = false, false
	ep.partIDs.remove(q.id)
	ep.parts[i] = byID[to]
	ep.partIDs.add(to)
	for mi := range st.ms {
		// a title's state before a known official of another state is the
		// official-state rule's finding
		if containsStr(st.ms[mi].Entities, q.id) && st.ms[mi].Kind == entities.Country && !(partyPlaces && st.topicPlace(mi)) &&
			!(partyPlaces && st.officialOfOther(&st.ms[mi])) {
			st.attrSlips = append(st.attrSlips, attrSlip{mention: mi, want: to, swapped: true, anchor: by.note, anchorTok: by.tok})
		}
	}
}

// topicPlace says whether mention mi stands where a state is a topic or a
// place, not a party: after a topic word or a preposition of place (الوضع
// في العراق), or in a list of three or more states. A title's state is a
// party's whatever the sentence is about.
func (st *checkState) topicPlace(mi int) bool {
	m := &st.ms[mi]
	if st.titleBefore(m.FirstTok()) {
		return false
	}
	return st.is(m.FirstTok()-1, st.c.k.topicNoun.or(st.c.k.locative)) || st.listLen(mi) >= 3
}
