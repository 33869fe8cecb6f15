package consistency

import (
	"cmp"
	"slices"

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
	// party marks states with evidence that they act in the text (a title,
	// a counterpart word, an official, the dateline or agency, a pair of
	// states as the subject); a state only named in the lede is a topic.
	party := map[string]bool{}
	add := func(id string, w float64, tok int, subject bool, ev Span, note string) {
		p := get(id)
		p.score += w
		p.ledeScore += w
		switch note {
		case "title", "counterpart", "official":
			p.titleScore += w
			if tok <= d.ledeEnd {
				p.ledeTitle += w
			}
			party[id] = true
		case "dateline", "agency", "pair":
			party[id] = true
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
		// …and never where the homograph is itself a word of the title
		// (وزير المالية is a finance minister, not Mali's).
		if m.Weak && d.is(m.FirstTok, d.c.k.titleWord) {
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
		// An office holder named as the author of a topic (المبادرة التي
		// أطلقها الرئيس الروسي) is not a party.
		authored := d.afterRelative(m.FirstTok)
		// A state's title or counterpart word before a known official of
		// another state (نظيره الجزائري بدر عبد العاطي) is a slip the
		// official-state rule reports, not evidence for that state.
		if m.Kind == entities.Country && d.officialOfOther(m) {
			continue
		}
		for _, id := range ids {
			switch {
			case authored && (lede || window):
				if lede {
					add(id, share, m.FirstTok, false, d.mentionSpan(m), "topic in the lede")
				}
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
		// …named as a party, not as the owner of a topic (مبادرة بوتين).
		if d.is(p0.first-1, d.c.k.topicNoun) || d.afterRelative(p0.first) {
			continue
		}
		if cl.known != nil {
			add(cl.country, wPerson, p0.first, true, ev, "official")
		}
	}
	// Two states coordinated as one subject (روسيا والسعودية، السعودي
	// التركي) are the parties of a contact in their sentence.
	pairs, triple := d.statePairs(ctEnd)
	var contactPair []string
	for _, pr := range pairs {
		for j, id := range pr.ids {
			add(id, wLede, pr.toks[j], false, d.spanOf(pr.toks[j], pr.toks[j]), "pair")
		}
		// Only a pair that is itself the subject names the contact's
		// parties; after a preposition (السلام بين أذربيجان وأرمينيا) it is
		// a topic of the talks.
		if contactPair == nil && pr.contact && !d.is(pr.toks[0]-1, d.c.k.prep) {
			contactPair = pr.ids[:]
		}
	}
	// A counterpart named without a state (… زيارة إلى لشبونة حيث يلتقي
	// نظيره فلان) is of the state the visit went to.
	for _, dest := range d.counterpartPlaces(ctEnd) {
		get(dest.id).counterpartEv = true
		add(dest.id, wCounterpart*windowWeight, dest.tok, false, d.spanOf(dest.tok, dest.tok), "counterpart")
	}
	// A contact word (استقبل، محادثات، نظيره …) in the lede says the text
	// reports a meeting; without one it is commentary or news about states,
	// and no pair of participants is judged. A contact announced, planned or
	// intended (سيلتقي، من المقرر أن، لإجراء محادثات) is not one.
	contact := false
	for k := 0; k <= ctEnd && k < len(d.bits); k++ {
		if d.contactAt(k) {
			contact = true
			break
		}
	}
	// A lede sentence that announces or postpones a contact (سيتوجه …
	// يلتقي خلالها، من المقرر أن يبحث، تأجيل الزيارة) and reports none of
	// its own makes the text about a contact to come, whatever later
	// sentences say.
	for _, s := range d.sents {
		if s.first > d.ledeEnd {
			break
		}
		if d.announces(s) {
			contact = false
		}
	}
	d.contact = contact
	var ps []*partState
	strong := 0
	for _, p := range byID {
		if !party[p.id] {
			continue
		}
		if p.ledeScore >= minScore {
			ps = append(ps, p)
			if p.ledeTitle >= wPerson {
				strong++
			}
		}
	}
	slices.SortFunc(ps, byScore)
	// Three or more states named by title or office in the lede, or a group
	// whose ministers meet, make the meeting multilateral.
	if contact && (strong >= 3 || triple || !d.pairMeeting(ctEnd) && d.groupMeets() || d.multilateralContact(ctEnd)) {
		d.multilat = true
	}
	if !d.multilat && len(contactPair) == 2 && byID[contactPair[0]] != nil && byID[contactPair[1]] != nil {
		ps = []*partState{byID[contactPair[0]], byID[contactPair[1]]}
		slices.SortFunc(ps, byScore)
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
		// The sentence after a long lede is in the window too (… وقال
		// سموه لدى استقباله …).
		if i == 6 || words >= contactWords && end > d.ledeEnd {
			break
		}
		end = s.last
		for k := s.first; k <= s.last; k++ {
			if d.toks[k].Kind == arabic.Word {
				words++
			}
		}
	}
	// A sentence that says what the lede's statements were made at (وجاء
	// ذلك خلال استقباله …، وجاء هذا بعد محادثات …) joins the window when
	// it follows soon after.
	if oc := d.c.k.occasion; oc != 0 {
		for i, s := range d.sents {
			if i >= occasionSents {
				break
			}
			if s.first > end && d.is(s.first, oc) && s.first+1 <= s.last && d.is(s.first+1, d.c.k.demonstrative) {
				end = s.last
				break
			}
		}
	}
	return max(end, d.ledeEnd)
}

// occasionSents bounds how far an occasion sentence may stand.
const occasionSents = 8

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
	toks := d.toks
	for k := m.LastTok + 1; k < len(toks) && k <= m.LastTok+3; k++ {
		switch {
		case toks[k].Kind == arabic.Number:
			return true
		case toks[k].Kind == arabic.Punct && k == m.LastTok+1:
			switch d.word(k) {
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

// byScore orders participants best first, by id between equal scores.
func byScore(a, b *partState) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	return cmp.Compare(a.id, b.id)
}

// officialOfOther says whether the mention is followed by a known official
// of a state it does not name.
func (d *doc) officialOfOther(m *entities.Mention) bool {
	k := m.LastTok + 1
	if k >= len(d.tokPerson) || d.tokPerson[k] < 0 {
		return false
	}
	p := &d.persons[d.tokPerson[k]]
	if p.first != k || p.known == nil || p.known.Country == "" {
		return false
	}
	return !containsStr(m.Entities, p.known.Country)
}

// futureAt says whether a future word governs tok: one before it in its
// sentence (سيتوجه … في زيارة يلتقي خلالها نظيره) or right after it
// (زيارة مرتقبة، يزور طوكيو الأسبوع المقبل).
func (d *doc) futureAt(tok int) bool {
	s := d.sentOf(tok)
	for k := max(s.first, tok-futureBefore); k <= s.last && k <= tok+futureAfter; k++ {
		if d.is(k, d.c.k.future) {
			return true
		}
	}
	return false
}

// How far before and after a contact word a future word governs it.
const (
	futureBefore = 10
	futureAfter  = 3
)

// contactAt says whether tok reports a contact: a contact or counterpart
// word not governed by a future word and not the object of a purpose
// (لإجراء محادثات، لبحث).
func (d *doc) contactAt(tok int) bool {
	if !d.is(tok, d.c.k.contact) && !d.is(tok, d.c.k.counterpart) {
		return false
	}
	s := d.sentOf(tok)
	for k := max(s.first, tok-purposeReach); k <= tok; k++ {
		if d.is(k, d.c.k.purpose) {
			return false
		}
	}
	return !d.futureAt(tok)
}

// purposeReach is how far a purpose governs the words after it
// (لإجراء محادثات مع نظيره).
const purposeReach = 4

// announces says whether the sentence s speaks of a contact only as
// announced, planned or postponed.
func (d *doc) announces(s span) bool {
	planned := false
	for k := s.first; k <= s.last; k++ {
		if !d.is(k, d.c.k.contact) && !d.is(k, d.c.k.counterpart) {
			continue
		}
		if d.contactAt(k) {
			return false
		}
		planned = planned || d.futureAt(k)
	}
	return planned
}

// afterRelative says whether the title phrase holding tok follows a
// relative clause's verb (التي أطلقها الرئيس الروسي فلاديمير بوتين).
func (d *doc) afterRelative(tok int) bool {
	if d.c.k.relative == 0 {
		return false
	}
	s := d.sentOf(tok)
	k := tok - 1
	titled := false
	for k >= s.first && (d.is(k, d.c.k.title) || d.is(k, d.c.k.titleWord) || d.is(k, d.c.k.honorific) || d.tokMention[k] >= 0) {
		titled = titled || d.is(k, d.c.k.title)
		k--
	}
	return titled && k-1 >= s.first && d.is(k-1, d.c.k.relative)
}

// sentenceContact says whether the sentence s reports a contact.
func (d *doc) sentenceContact(s span) bool {
	for k := s.first; k <= s.last; k++ {
		if d.contactAt(k) {
			return true
		}
	}
	return false
}

// statePair is two states coordinated as one subject or attribute:
// روسيا والسعودية، بين السعودية ومالطا، اتفاقية سعودية - مالطية.
type statePair struct {
	ids     [2]string
	toks    [2]int
	contact bool // the pair's sentence reports a contact
}

// statePairs finds pairs of states in the contact window. triple says a
// contact sentence names three states in one such chain (اللقاء السعودي
// الأمريكي الروسي): a meeting of three.
func (d *doc) statePairs(ctEnd int) (pairs []statePair, triple bool) {
	for i := 0; i+1 < len(d.ms); i++ {
		m := &d.ms[i]
		if m.FirstTok > ctEnd {
			break
		}
		if !d.pairMember(m) {
			continue
		}
		// A pair after a topic word or a preposition of place is what the
		// text is about (الأوضاع في سوريا والعراق); after a word of trade or
		// business it is no state's act (ملتقى الأعمال السعودي التركي); the
		// tail of a longer list is no pair.
		if d.is(m.FirstTok-1, d.c.k.topicNoun) || d.is(m.FirstTok-2, d.c.k.topicNoun) ||
			d.is(m.FirstTok-1, d.c.k.locative) || d.is(m.FirstTok-1, d.c.k.with) ||
			d.is(m.FirstTok-1, d.c.k.private) || d.is(m.FirstTok-2, d.c.k.private) ||
			i > 0 && d.pairMember(&d.ms[i-1]) && d.chained(&d.ms[i-1], m) {
			continue
		}
		n := &d.ms[i+1]
		if !d.pairMember(n) || !d.chained(m, n) || n.Entities[0] == m.Entities[0] {
			continue
		}
		s := d.sentOf(m.FirstTok)
		contact := d.sentenceContact(s)
		if i+2 < len(d.ms) {
			if o := &d.ms[i+2]; d.pairMember(o) && d.chained(n, o) && o.Entities[0] != m.Entities[0] && o.Entities[0] != n.Entities[0] {
				// Three states after a preposition are a mechanism's
				// members (آلية التعاون الثلاثي بين مصر والأردن والعراق).
				// Three states after a meeting word are its parties (اللقاء
				// السعودي الأمريكي الروسي); elsewhere they are an alliance or
				// a list, not a meeting.
				meeting := d.is(m.FirstTok-1, d.c.k.contact) || d.is(m.FirstTok-1, d.c.k.summit)
				triple = triple || contact && meeting
				i += 2
				continue
			}
		}
		pairs = append(pairs, statePair{ids: [2]string{m.Entities[0], n.Entities[0]},
			toks: [2]int{m.FirstTok, n.FirstTok}, contact: contact})
		i++
	}
	return pairs, triple
}

// pairMember says whether m can be one of a pair of states: a country
// named by name or nisba, not ambiguous, not a homograph.
func (d *doc) pairMember(m *entities.Mention) bool {
	return m.Kind == entities.Country && !m.Weak && len(m.Entities) == 1 &&
		(m.Form == entities.FormName || m.Form == entities.FormNisba)
}

// chained says whether n follows m as its partner: two names joined by و
// or a dash (روسيا والسعودية، السعودية - مالطا), or two nisbas side by side
// (السعودي التركي، مصرية سعودية، سعودية - مالطية).
func (d *doc) chained(m, n *entities.Mention) bool {
	if m.Form != n.Form {
		return false
	}
	gap := n.FirstTok - m.LastTok
	dash := false
	if gap == 2 {
		switch d.word(m.LastTok + 1) {
		case "-", "–", "—":
			dash = true
		default:
			return false
		}
	} else if gap != 1 {
		return false
	}
	if m.Form == entities.FormName {
		return dash || hasPrefixAnd(n)
	}
	return true
}

// placedCounterpart is a state a counterpart word stands for by place.
type placedCounterpart struct {
	id  string
	tok int
}

// counterpartPlaces finds counterpart words named without a state (…
// حيث يلتقي نظيره فلان) and ties them to the place a visit in the same
// sentence went to (زيارة إلى لشبونة، زيارته لمصر).
func (d *doc) counterpartPlaces(ctEnd int) []placedCounterpart {
	var out []placedCounterpart
	for k := 0; k <= ctEnd && k < len(d.bits); k++ {
		if !d.is(k, d.c.k.counterpart) {
			continue
		}
		named := false
		for j := k + 1; j <= k+3 && j < len(d.tokMention); j++ {
			if mi := d.tokMention[j]; mi >= 0 && len(d.stateIDs(&d.ms[mi])) > 0 {
				named = true
			}
		}
		if named {
			continue
		}
		s := d.sentOf(k)
		var dest []placedCounterpart
		for j := s.first; j <= s.last; j++ {
			mi := d.tokMention[j]
			if mi < 0 || d.ms[mi].FirstTok != j || d.ms[mi].Kind != entities.Country || len(d.ms[mi].Entities) != 1 {
				continue
			}
			m := &d.ms[mi]
			if d.visitedAt(m) {
				dest = append(dest, placedCounterpart{id: m.Entities[0], tok: j})
			}
		}
		// Two places visited leave the counterpart's state unsettled.
		if len(dest) == 1 {
			out = append(out, dest[0])
		}
	}
	return out
}

// pairMeeting says whether the contact window names a counterpart by its
// state (… نظيره التايلاندي على هامش اجتماع وزراء خارجية آسيان): a pair
// meets, whatever gathering it meets at.
func (d *doc) pairMeeting(ctEnd int) bool {
	for k := 0; k <= ctEnd && k+1 < len(d.tokMention); k++ {
		if d.is(k, d.c.k.counterpart) {
			if mi := d.tokMention[k+1]; mi >= 0 && d.ms[mi].Kind == entities.Country {
				return true
			}
		}
	}
	return false
}

// visitedAt says whether a state or city mention is where a visit went:
// after إلى (or the proclitic ل) and a visit word a few words before
// (زيارة إلى لشبونة، يصل الرئيس … اليوم إلى ياوندي، زيارته لمصر).
func (d *doc) visitedAt(m *entities.Mention) bool {
	if m.Prefix != "ل" && !d.is(m.FirstTok-1, d.c.k.locative) {
		return false
	}
	s := d.sentOf(m.FirstTok)
	for k := m.FirstTok - 1; k >= s.first && k >= m.FirstTok-visitReach; k-- {
		if d.is(k, d.c.k.visit) {
			return true
		}
	}
	return false
}

// visitReach bounds the words between a visit word and its destination.
const visitReach = 7

// multilateralContact says whether the contact window reports a meeting of
// several states: a summit or talks called quadrilateral, regional or
// multilateral (القمة الرباعية، محادثات أمنية إقليمية), or a group whose
// ministers meet in a contact sentence (اجتماع وزراء خارجية آسيان). A
// counterpart word with a state names a pair meeting (on the sidelines of
// such a summit) and wins.
func (d *doc) multilateralContact(ctEnd int) bool {
	if d.pairMeeting(ctEnd) {
		return false
	}
	for k := 0; k <= ctEnd && k < len(d.bits); k++ {
		if !d.is(k, d.c.k.summit) || d.futureAt(k) {
			continue
		}
		s := d.sentOf(k)
		for j := k + 1; j <= k+3 && j <= s.last; j++ {
			if d.is(j, d.c.k.multi) {
				return true
			}
		}
	}
	// A series of meetings (عدة لقاءات ثنائية، سلسلة اجتماعات) is with
	// several states.
	for k := 0; k <= ctEnd && k < len(d.bits); k++ {
		if d.is(k, d.c.k.series) && (d.is(k+1, d.c.k.meetings) || d.is(k+2, d.c.k.meetings) || d.is(k-1, d.c.k.meetings)) {
			return true
		}
	}
	for i := range d.ms {
		m := &d.ms[i]
		if m.FirstTok > ctEnd {
			break
		}
		if m.Kind == entities.Group && m.Form == entities.FormName && d.titleBefore(m.FirstTok) &&
			d.sentenceContact(d.sentOf(m.FirstTok)) {
			return true
		}
	}
	return false
}
