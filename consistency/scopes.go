package consistency

import (
	"sort"

	"github.com/nazir-nlp/nazir/entities"
)

// episode is one scope of a report: a run of paragraphs about one contact
// and its parties. The first episode is the lede's; a later paragraph that
// opens with a contact between other parties starts a new one.
type episode struct {
	first, last int // tokens, inclusive
	parts       []*partState
	partIDs     map[string]bool
	subject     string
	counterpart string
	multilat    bool
}

// splitEpisodes cuts the report into episodes after the participants of
// the main one are known.
func (d *doc) splitEpisodes() {
	main := &episode{first: 0, last: len(d.toks) - 1, parts: d.parts, partIDs: d.partIDs,
		subject: d.subject, counterpart: d.counterpart, multilat: d.multilat}
	d.episodes = []*episode{main}
	ctEnd := d.contactEnd()
	for si, s := range d.sents {
		if !d.paraStart[si] || s.first <= ctEnd {
			continue
		}
		ep := d.episodeAt(s)
		if ep == nil {
			continue
		}
		cur := d.episodes[len(d.episodes)-1]
		cur.last = s.first - 1
		ep.last = len(d.toks) - 1
		d.episodes = append(d.episodes, ep)
	}
}

// episodeAt returns the episode a paragraph's first sentence opens, or nil
// when it reports no contact or only the current parties.
func (d *doc) episodeAt(s span) *episode {
	contact := false
	for k := s.first; k <= s.last; k++ {
		if d.is(k, d.c.k.contact) && !d.futureSentence(k) {
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
		mi := d.tokMention[k]
		if mi < 0 || d.ms[mi].FirstTok != k {
			continue
		}
		m := &d.ms[mi]
		party := false
		switch m.Kind {
		case entities.Country:
			party = (m.Form == entities.FormName || m.Form == entities.FormNisba) &&
				(d.titleBefore(k) || d.is(k-1, d.c.k.counterpart))
		case entities.Person, entities.Title:
			party = d.partyPosition(m)
		}
		for _, id := range d.stateIDs(m) {
			named[id] = true
			if party {
				ids[id] = true
			}
		}
	}
	prev := d.episodes[len(d.episodes)-1]
	fresh := false
	for id := range ids {
		if !prev.partIDs[id] {
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
			if prev.partIDs[id] && !ids[id] {
				other = append(other, id)
			}
		}
		if len(other) == 1 {
			ids[other[0]] = true
		}
	}
	ep := &episode{first: s.first, partIDs: map[string]bool{}}
	keys := sortedKeys(ids)
	sort.SliceStable(keys, func(i, j int) bool { return d.firstTokOf(keys[i], s) < d.firstTokOf(keys[j], s) })
	switch {
	case len(keys) == 2:
		for _, id := range keys {
			ep.parts = append(ep.parts, &partState{id: id, firstSubject: -1, titleScore: wTitle})
			ep.partIDs[id] = true
		}
		ep.subject, ep.counterpart = keys[0], keys[1]
	case len(keys) > 2:
		ep.multilat = true
	}
	return ep
}

// firstTokOf is the first token in s of a mention naming id.
func (d *doc) firstTokOf(id string, s span) int {
	for k := s.first; k <= s.last; k++ {
		if mi := d.tokMention[k]; mi >= 0 && containsStr(d.stateIDs(&d.ms[mi]), id) {
			return k
		}
	}
	return s.last + 1
}

// use makes ep the episode the judging stages see.
func (d *doc) use(ep *episode) {
	d.parts, d.partIDs, d.subject, d.counterpart, d.multilat = ep.parts, ep.partIDs, ep.subject, ep.counterpart, ep.multilat
}

// scopeReport records each episode as a scope and restores the main one.
func (d *doc) scopeReport() {
	for i, ep := range d.episodes {
		kind := "none"
		switch {
		case ep.multilat:
			kind = "multilateral"
		case len(ep.parts) == 2:
			kind = "bilateral"
		}
		start, end := 0, len(d.src)
		if i > 0 {
			start = d.toks[ep.first].OrigStart
		}
		if i+1 < len(d.episodes) {
			end = d.toks[d.episodes[i+1].first].OrigStart
		}
		sc := Scope{Start: start, End: end, Kind: kind, Participants: []string{}, Evidence: []Span{}}
		for _, p := range ep.parts {
			sc.Participants = append(sc.Participants, p.id)
			if len(p.evidence) > 0 {
				sc.Evidence = append(sc.Evidence, p.evidence[0])
			}
		}
		if i > 0 {
			s := d.sents[d.tokSent[ep.first]]
			ev := d.spanOf(s.first, s.last)
			ev.Note = "contact"
			sc.Evidence = append(sc.Evidence, ev)
		}
		d.scopes = append(d.scopes, sc)
	}
	d.use(d.episodes[0])
}
