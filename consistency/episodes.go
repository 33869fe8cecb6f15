package consistency

import (
	"slices"
	"sort"

	"github.com/nazir-nlp/nazir/entities"
)

// episode is one scope of a report: a run of paragraphs about one contact
// and its parties. The first episode is the lede's; a later paragraph that
// opens with a contact between other parties starts a new one. The stages
// that judge mentions take the episode a mention is in as a parameter.
type episode struct {
	first, last int          // tokens, inclusive
	parts       []*partState // participants, best first
	partIDs     idSet        // the participants' IDs
	subject     string       // the host: the lede's subject, "" when unsettled
	counterpart string       // the guest
	multilat    bool         // a meeting of three or more states
	// byTitles says the meeting is multilateral only because three
	// states or more are parties by title or office in the lede: no
	// word of the text calls it a meeting of several (evidenceRival).
	byTitles bool
}

// participantOf returns the participant a mention names, if any.
func (ep *episode) participantOf(m *mention) (string, bool) {
	for _, id := range m.Entities {
		if ep.partIDs.has(id) {
			return id, true
		}
	}
	return "", false
}

// otherThan returns the first participant that is not id, "" if none.
func (ep *episode) otherThan(id string) string {
	for _, q := range ep.parts {
		if q.id != id {
			return q.id
		}
	}
	return ""
}

// judgesPair says whether the episode has a pair of participants that
// other states' mentions are judged against.
func (ep *episode) judgesPair() bool { return len(ep.parts) >= 2 && !ep.multilat }

// roleOf names a participant's role in messages: host, counterpart or
// participant.
func (ep *episode) roleOf(id string) string {
	switch id {
	case ep.counterpart:
		return "counterpart"
	case ep.subject:
		return "host"
	}
	return "participant"
}

// scopeKind is a scope's kind in the report.
type scopeKind uint8

const (
	scopeNone scopeKind = iota
	scopeBilateral
	scopeMultilateral
)

// String is the kind as the report writes it.
func (k scopeKind) String() string {
	switch k {
	case scopeBilateral:
		return "bilateral"
	case scopeMultilateral:
		return "multilateral"
	}
	return "none"
}

// kind is the episode's scope kind.
func (ep *episode) kind() scopeKind {
	switch {
	case ep.multilat:
		return scopeMultilateral
	case len(ep.parts) == 2:
		return scopeBilateral
	}
	return scopeNone
}

// splitEpisodes is the episodes stage: after the lede's episode
// (st.episodes[0]), each paragraph that opens with a contact between other
// parties starts an episode that runs to the next one.
func (st *checkState) splitEpisodes() {
	st.episodes[0].first = st.meetingStart()
	for si := range st.sents {
		s := st.sent(si)
		// Inside the contact window only a paragraph that turns to
		// another story opens a meeting of its own (scopes.go).
		aside := st.lineStart(si) && st.turnsAside(s)
		if !st.paraStart.has(si) && !aside || s.first <= st.episodes[0].first || s.first <= st.windowEnd && !aside {
			continue
		}
		ep := st.episodeAt(s)
		if ep == nil {
			continue
		}
		cur := st.episodes[len(st.episodes)-1]
		cur.last = s.first - 1
		ep.last = st.toks.Len() - 1
		st.episodes = append(st.episodes, ep)
	}
	for _, ep := range st.episodes {
		if ep.multilat {
			st.addMembers(ep)
		}
	}
}

// addMembers adds to a multilateral episode the states its text names as
// taking part: by a delegation or side noun (وفد الكويت، الوفد العماني،
// الجانب القطري), as the title of an item in a list of titled people
// (ملك الأردن، وأمير قطر …، or one per line), or in a list of states after
// a title or a word of participation (وزراء خارجية الأردن ومصر والسعودية).
// A party noun there names one more party, not an intruder.
func (st *checkState) addMembers(ep *episode) {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() < ep.first {
			continue
		}
		if m.FirstTok() > ep.last {
			break
		}
		if m.Kind != entities.Country || m.Weak || len(m.Entities) != 1 || ep.partIDs.has(m.Entities[0]) ||
			m.Form != entities.FormName && m.Form != entities.FormNisba {
			continue
		}
		if st.officialOfOther(m) || st.leadOfficialOfOther(mi) != "" {
			continue // a known official under another state's title: a slip
		}
		note := ""
		switch k := m.FirstTok(); {
		case st.is(k-1, st.c.k.delegation.or(st.c.k.side)):
			note = "delegation"
		case st.inList(mi):
			note = "listed"
		case st.listedParty(mi):
			note = "listed"
		default:
			continue
		}
		id := m.Entities[0]
		ep.parts = append(ep.parts, &partState{id: id, firstSubject: -1,
			evidence: []Span{{Start: m.Start(), End: m.End(), Text: st.mentionText(m), Note: note}}})
		ep.partIDs.add(id)
	}
}

// episodeAt returns the episode a paragraph's first sentence opens, or nil
// when it reports no contact or only the current parties.
func (st *checkState) episodeAt(s span) *episode {
	contact := false
	for k := s.first; k <= s.last; k++ {
		if st.is(k, st.c.k.contact) && !st.futureSentence(k) {
			contact = true
			break
		}
	}
	if !contact {
		return nil
	}
	ids := map[string]bool{}
	named := map[string]bool{}
	for k := s.first; k <= s.last; k++ {
		mi := st.mentionAt(k)
		if mi < 0 || st.ms[mi].FirstTok() != k {
			continue
		}
		m := &st.ms[mi]
		party := false
		switch m.Kind {
		case entities.Country:
			party = (m.Form == entities.FormName || m.Form == entities.FormNisba) &&
				(st.titleBefore(k) || st.is(k-1, st.c.k.counterpart) || st.listedParty(int(mi)))
		case entities.Person, entities.Title:
			party = st.partyPosition(m)
		}
		for _, id := range st.stateIDs(m) {
			named[id] = true
			if party {
				ids[id] = true
			}
		}
	}
	prev := st.episodes[len(st.episodes)-1]
	fresh := false
	for id := range ids {
		if !prev.partIDs.has(id) {
			fresh = true
		}
	}
	if !fresh {
		return nil
	}
	if len(ids) == 1 {
		// "… received X's minister": the other party is a current
		// participant named in the same sentence.
		var other []string
		for id := range named {
			if prev.partIDs.has(id) && !ids[id] {
				other = append(other, id)
			}
		}
		if len(other) == 1 {
			ids[other[0]] = true
		}
	}
	ep := &episode{first: s.first}
	keys := sortedKeys(ids)
	sort.SliceStable(keys, func(i, j int) bool { return st.firstTokOf(keys[i], s) < st.firstTokOf(keys[j], s) })
	switch {
	case len(keys) == 2:
		for _, id := range keys {
			ep.parts = append(ep.parts, &partState{id: id, firstSubject: -1, titleScore: wTitle})
			ep.partIDs.add(id)
		}
		ep.subject, ep.counterpart = keys[0], keys[1]
	case len(keys) > 2:
		ep.multilat = true
	}
	return ep
}

// firstTokOf is the first token in s of a mention naming id.
func (st *checkState) firstTokOf(id string, s span) int {
	for k := s.first; k <= s.last; k++ {
		if mi := st.mentionAt(k); mi >= 0 && containsStr(st.stateIDs(&st.ms[mi]), id) {
			return k
		}
	}
	return s.last + 1
}

// scopeReport is the scopes stage: it records each episode as a scope.
func (st *checkState) scopeReport() {
	// the scopes, their participants and their evidence in one
	// allocation each, every scope's part with the room it had alone
	nparts := 0
	for _, ep := range st.episodes {
		nparts += len(ep.parts)
	}
	st.scopes = slices.Grow(st.scopes, len(st.episodes)+1)
	parts := make([]string, 0, nparts)
	evs := make([]Span, 0, nparts+len(st.episodes))
	if first := st.episodes[0].first; first > 0 {
		// the stories before a digest's meeting
		st.scopes = append(st.scopes, Scope{Start: 0, End: st.origStart(first), Kind: scopeNone.String(),
			Participants: []string{}, Evidence: []Span{}})
	}
	for i, ep := range st.episodes {
		start, end := 0, len(st.src)
		if i > 0 || ep.first > 0 {
			start = st.origStart(ep.first)
		}
		if i+1 < len(st.episodes) {
			end = st.origStart(st.episodes[i+1].first)
		}
		np, ne := len(parts), len(evs)
		parts, evs = parts[:np+len(ep.parts)], evs[:ne+len(ep.parts)+1]
		sc := Scope{Start: start, End: end, Kind: ep.kind().String(), Participants: parts[np:np:len(parts)],
			Evidence: evs[ne:ne:len(evs)]}
		for _, p := range ep.parts {
			sc.Participants = append(sc.Participants, p.id)
			if len(p.evidence) > 0 {
				sc.Evidence = append(sc.Evidence, st.withText(&p.evidence[0]))
			}
		}
		if i > 0 || ep.first > 0 {
			s := st.sentOf(ep.first)
			ev := st.spanOf(s.first, s.last)
			ev.Note = "contact"
			sc.Evidence = append(sc.Evidence, ev)
		}
		st.scopes = append(st.scopes, sc)
	}
}

// idSet is a small set of entity IDs (an episode's participants: two, or
// the few of a meeting of several states), read by a scan rather than
// hashed.
type idSet struct{ ids []string }

// has says whether id is in the set.
func (s *idSet) has(id string) bool { return slices.Contains(s.ids, id) }

// add puts id in the set.
func (s *idSet) add(id string) {
	if !s.has(id) {
		s.ids = append(s.ids, id)
	}
}

// remove takes id out of the set.
func (s *idSet) remove(id string) {
	if i := slices.Index(s.ids, id); i >= 0 {
		s.ids = slices.Delete(s.ids, i, i+1)
	}
}
