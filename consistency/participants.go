package consistency

import (
	"sort"

	"github.com/nazir-nlp/nazir/arabic"

	"github.com/nazir-nlp/nazir/entities"
)

// Evidence weights for participant inference, strongest first. Frequency is
// the weakest: in the hardest releases the wrong state is named most.
const (
	wCounterpart = 6.0 // نظيره الأذربيجاني
	wTitle       = 4.0 // وزير الخارجية الصيني
	wPerson      = 3.0 // an official the gazetteer or the lede ties to a state
	wLede        = 2.0 // any other state named in the lede
	wDateline    = 2.0 // the dateline city
	wAgency      = 1.0 // the dateline's agency (شينخوا)
	wBody        = 0.4 // each later mention
	maxBody      = 2.0
	minScore     = 2.0 // a participant needs at least lede-level evidence
)

// inferParticipants scores every state by its evidence and keeps the best
// two; it also decides which is the lede's subject.
func (d *doc) inferParticipants() {
	byID := map[string]*partState{}
	get := func(id string) *partState {
		p := byID[id]
		if p == nil {
			p = &partState{id: id, firstSubject: -1}
			byID[id] = p
		}
		return p
	}
	body := map[string]float64{}
	ctEnd := d.contactEnd()
	add := func(id string, w float64, tok int, subject bool, ev Span, note string) {
		p := get(id)
		p.score += w
		p.ledeScore += w
		if note == "title" || note == "counterpart" || note == "official" {
			p.titleScore += w
			if tok <= d.ledeEnd {
				p.ledeTitle += w
			}
		}
		if subject && (p.firstSubject < 0 || tok < p.firstSubject) {
			p.firstSubject = tok
		}
		if len(p.evidence) < 6 {
			ev.Note = note
			p.evidence = append(p.evidence, ev)
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if len(m.Entities) == 0 {
			continue
		}
		// A homograph (السوداني is also a surname) counts only where the
		// syntax makes it a state: after a title or a counterpart word.
		if m.Weak && !d.titleBefore(m.FirstTok) && !d.is(m.FirstTok-1, d.c.k.counterpart) {
			continue
		}
		ids := d.stateIDs(m)
		if len(ids) == 0 {
			continue
		}
		share := 1.0 / float64(len(ids))
		lede := d.inLede(m.FirstTok)
		// After the lede, inside the contact window, titles, counterpart
		// words and officials still name the parties (… خلال مؤتمر صحفي
		// مشترك مع نظيره الألماني), at a lower weight.
		window := !lede && m.FirstTok <= ctEnd
		scale := share
		if window {
			scale *= windowWeight
		}
		// A state after a topic word or a preposition of place is what the
		// lede is about, not who met (لا مكان للأسد في مستقبل سوريا).
		topical := d.is(m.FirstTok-1, d.c.k.topicNoun) || d.is(m.FirstTok-1, d.c.k.locative) || d.is(m.FirstTok-1, d.c.k.with)
		for _, id := range ids {
			switch {
			case m.Kind == entities.Country && window && d.is(m.FirstTok-1, d.c.k.counterpart):
				get(id).counterpartEv = true
				add(id, wCounterpart*scale, m.FirstTok, false, d.spanOf(m.FirstTok-1, m.LastTok), "counterpart")
			case m.Kind == entities.Country && window && d.titleBefore(m.FirstTok):
				add(id, wTitle*scale, m.FirstTok, true, d.mentionSpan(m), "title")
			case (m.Kind == entities.Person || m.Kind == entities.Title) && window && d.partyPosition(m):
				add(id, wPerson*scale, m.FirstTok, true, d.mentionSpan(m), "official")
			case m.Kind == entities.Country && !lede:
				if body[id] < maxBody {
					body[id] += wBody
					get(id).score += wBody
				}
			case m.Kind == entities.Country && (m.Form == entities.FormCapital || m.Form == entities.FormCity):
				if d.dateline(m) {
					add(id, wDateline*share, m.FirstTok, true, d.mentionSpan(m), "dateline")
					if d.home == "" && len(ids) == 1 {
						d.home = id
					}
				} else {
					add(id, share, m.FirstTok, false, d.mentionSpan(m), "place in the lede")
				}
			case m.Kind == entities.Country && d.is(m.FirstTok-1, d.c.k.counterpart):
				get(id).counterpartEv = true
				add(id, wCounterpart*share, m.FirstTok, false, d.spanOf(m.FirstTok-1, m.LastTok), "counterpart")
			case m.Kind == entities.Country && d.titleBefore(m.FirstTok):
				add(id, wTitle*share, m.FirstTok, true, d.mentionSpan(m), "title")
			case m.Kind == entities.Country && topical:
				add(id, share, m.FirstTok, false, d.mentionSpan(m), "topic in the lede")
			case m.Kind == entities.Country:
				add(id, wLede*share, m.FirstTok, false, d.mentionSpan(m), "named in the lede")
			case m.Kind == entities.Agency && m.FirstTok <= 12:
				add(id, wAgency*share, m.FirstTok, true, d.mentionSpan(m), "agency")
				if d.home == "" {
					d.home = id
				}
			case m.Kind == entities.Title && lede:
				add(id, wPerson*share, m.FirstTok, true, d.mentionSpan(m), "title")
			case m.Kind == entities.Person && lede && d.partyPosition(m):
				add(id, wPerson*share, m.FirstTok, true, d.mentionSpan(m), "official")
			case m.Kind == entities.Person && lede:
				add(id, share, m.FirstTok, false, d.mentionSpan(m), "named in the lede")
			}
		}
	}
	// People: an official tied to a state in the lede.
	for _, cl := range d.clusters {
		if cl.country == "" {
			continue
		}
		p0 := &d.persons[cl.members[0]]
		if !d.inLede(p0.first) || p0.known != nil {
			continue // tagged officials count in the mention loop
		}
		ev := d.spanOf(p0.first, p0.last)
		if cl.known != nil {
			add(cl.country, wPerson, p0.first, true, ev, "official")
		}
	}
	// A contact word (استقبل، محادثات، نظيره …) in the lede says the text
	// reports a meeting; without one it is commentary or news about states,
	// and no pair of participants is judged.
	contact := false
	for k := 0; k <= ctEnd && k < len(d.bits); k++ {
		if (d.is(k, d.c.k.contact) || d.is(k, d.c.k.counterpart)) && !d.futureSentence(k) {
			contact = true
			break
		}
	}
	// A lede that announces or postpones (سيتوجه، من المقرر، تأجيل) is about
	// a contact to come, whatever later sentences say.
	for k := 0; k <= d.ledeEnd && k < len(d.bits); k++ {
		if d.is(k, d.c.k.future) {
			contact = false
			break
		}
	}
	d.contact = contact
	var ps []*partState
	strong := 0
	for _, p := range byID {
		if p.ledeScore >= minScore {
			ps = append(ps, p)
			if p.ledeTitle >= wPerson {
				strong++
			}
		}
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].score != ps[j].score {
			return ps[i].score > ps[j].score
		}
		return ps[i].id < ps[j].id
	})
	// Three or more states named by title or office in the lede, or a group
	// whose ministers meet, make the meeting multilateral.
	if contact && (strong >= 3 || d.groupMeets()) {
		d.multilat = true
	}
	if !d.multilat && len(ps) > 2 {
		// A state named by a counterpart word (… مع نظيره الألماني) is the
		// other party, however often the lede names a topic state.
		for i := 2; i < len(ps); i++ {
			if ps[i].counterpartEv && !ps[0].counterpartEv && !ps[1].counterpartEv {
				ps[1] = ps[i]
				break
			}
		}
		ps = ps[:2]
	}
	if !contact || len(ps) < 2 {
		d.candidates = ps
		ps = nil
	}
	d.parts = ps
	d.partIDs = map[string]bool{}
	for _, p := range ps {
		d.partIDs[p.id] = true
	}
	if len(ps) == 2 && !d.multilat {
		a, b := ps[0], ps[1]
		switch {
		case a.counterpartEv && !b.counterpartEv:
			a, b = b, a
		case b.counterpartEv && !a.counterpartEv:
		case a.firstSubject < 0 && b.firstSubject >= 0:
			a, b = b, a
		case a.firstSubject >= 0 && b.firstSubject >= 0 && b.firstSubject < a.firstSubject:
			a, b = b, a
		}
		d.subject, d.counterpart = a.id, b.id
	}
}

// contactEnd is the last token of the window searched for a contact word:
// the lede and the sentences after it up to contactWords words, where an
// article says what its headline's statement was made at (جاء ذلك خلال
// استقبال …).
func (d *doc) contactEnd() int {
	end, words := d.ledeEnd, 0
	for i, s := range d.sents {
		if i == 6 || words >= contactWords {
			break
		}
		end = s.last
		for k := s.first; k <= s.last; k++ {
			if d.t.Tokens()[k].Kind == arabic.Word {
				words++
			}
		}
	}
	return max(end, d.ledeEnd)
}

// windowWeight scales evidence found after the lede in the contact window.
const windowWeight = 0.75

// futureSentence says whether the sentence of tok announces, postpones or
// plans a contact rather than reporting one (سيزور، من المقرر، تأجيل).
func (d *doc) futureSentence(tok int) bool {
	s := d.sentOf(tok)
	for k := s.first; k <= s.last; k++ {
		if d.is(k, d.c.k.future) {
			return true
		}
	}
	return false
}

// partyPosition says whether a person or title mention stands where a party
// of a contact stands: next to a contact, speech or title word, not after a
// preposition or topic word (مصير الأسد).
func (d *doc) partyPosition(m *entities.Mention) bool {
	if d.is(m.FirstTok-1, d.c.k.topicNoun) || d.is(m.FirstTok-1, d.c.k.locative) || d.is(m.FirstTok-1, d.c.k.prep) {
		return d.is(m.FirstTok-1, d.c.k.with) // مع فلان: the other party
	}
	for k := max(0, m.FirstTok-4); k <= m.LastTok+4 && k < len(d.bits); k++ {
		if d.is(k, d.c.k.contact) || d.is(k, d.c.k.speech) || d.is(k, d.c.k.title) || d.is(k, d.c.k.honorific) {
			return true
		}
	}
	return m.FirstTok <= 2 // a headline that opens with the person
}

// contactWords bounds the contact window.
const contactWords = 70

// groupMeets says whether the lede has a group after a title word (وزراء
// خارجية دول مجلس التعاون، قادة دول آسيان).
func (d *doc) groupMeets() bool {
	for i := range d.ms {
		m := &d.ms[i]
		if m.FirstTok > d.ledeEnd {
			break
		}
		if m.Kind != entities.Group || m.Form != entities.FormName {
			continue
		}
		if d.titleBefore(m.FirstTok) {
			return true
		}
		// A state and a group as the two sides (واشنطن ودول الخليج).
		if hasPrefixAnd(m) && m.FirstTok > 0 {
			if pi := d.tokMention[m.FirstTok-1]; pi >= 0 && d.ms[pi].Kind == entities.Country && d.ms[pi].Form != entities.FormNisba {
				return true
			}
		}
	}
	return false
}

// dateline says whether a city mention is a dateline: near the start and
// followed by a date, an agency or dateline punctuation (بكين 14 أبريل …،
// القاهرة - …), or alone on a short first line (عين اليوم – موسكو). A
// headline that merely opens with a capital is not one.
func (d *doc) dateline(m *entities.Mention) bool {
	if m.FirstTok > 5 {
		return false
	}
	toks := d.t.Tokens()
	for k := m.LastTok + 1; k < len(toks) && k <= m.LastTok+3; k++ {
		switch {
		case toks[k].Kind == arabic.Number:
			return true
		case toks[k].Kind == arabic.Punct && k == m.LastTok+1:
			switch d.t.TokenText(k) {
			case "(", "-", "–", "—", ":", "،", ",":
				return true
			}
		}
		if mi := d.tokMention[k]; mi >= 0 && d.ms[mi].Kind == entities.Agency {
			return true
		}
	}
	s := d.sentOf(m.FirstTok)
	return s.last == m.LastTok && s.last-s.first <= 5
}

// stateIDs returns the country ids a mention stands for (a person's, an
// agency's or a title's state included).
func (d *doc) stateIDs(m *entities.Mention) []string {
	switch m.Kind {
	case entities.Country:
		return m.Entities
	case entities.Agency, entities.Title, entities.Person:
		var out []string
		for _, id := range m.Entities {
			e := d.entity(id)
			if e == nil || e.Country == "" || containsStr(out, e.Country) {
				continue
			}
			// International officials (a UN or League secretary-general)
			// carry a nationality, not their state's voice.
			if e.Kind == entities.Person && e.Office == "other" {
				continue
			}
			out = append(out, e.Country)
		}
		return out
	}
	return nil
}
