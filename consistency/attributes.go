package consistency

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"

	"github.com/nazir-nlp/nazir/entities"
)

// Attribute coreference: the text itself says which state each person
// serves. Every occurrence of a name after a title phrase that names a
// state (الرئيس الكيني ويليام روتو، وزير خارجية الصين وانغ يي), or before
// one after a comma (أيمن الصفدي، وزير خارجية الأردن،), attaches that state
// to the person; so does an office written without a name (وقال وزير
// الخارجية الأردني) whose title and state one person's occurrence carries
// (the office is that person's). The occurrences of one person are its
// name cluster. A person the text gives two states is a slip on the side
// the rest of the text contradicts:
//   - a known official in office on the release's date serves the
//     gazetteer's state, however often the text names another (a minister
//     given a neighbour's title twice is still the slip);
//   - otherwise each state gets a vote per occurrence that attaches it
//     (attrLedeVote more in the lede, where a writer introduces a person),
//     attrNamedVote per mention of the state elsewhere in the text (at most
//     attrNamedMax of them; a state named only in this person's titles has
//     no support of its own), less attrTakenVote when another person holds
//     the same office of that state (one state has one president);
//   - the state with fewer votes is the slip, with the other as the
//     suggestion. A tie decides nothing.
//
// This needs no list of people: it is for the people the gazetteer does
// not know as much as for those it does.
const (
	attrLedeVote  = 0.5
	attrNamedVote = 0.75
	attrNamedMax  = 3
	attrTakenVote = 1.5
	// attrBase and attrStep make the finding's confidence from the vote
	// margin: attrBase + attrStep × margin, at most attrMax; attrKnown is
	// the confidence when a known official's state decides.
	attrBase  = 0.6
	attrStep  = 0.15
	attrMax   = 0.95
	attrKnown = 0.85
)

// attrSlip is a state mention that gives a person a state the rest of the
// text contradicts.
type attrSlip struct {
	mention int    // the state mention in a title phrase
	want    string // the state the rest of the text gives the person
	swapped bool   // a participant swapped in the lede (swappedParty, anchoredRival), not a person's
	// anchor is what tied the fix to the text (anchoredRival: "dateline",
	// "agency", "capital", "official"), at anchorTok; "" for swappedParty.
	anchor     string
	anchorTok  int
	known      bool // a known official's state decided
	votes      [2]float64
	person     string // the person's name as written (for the evidence)
	personSpan Span
}

// attachment is one occurrence's state: the mention in its title phrase.
type attachment struct {
	group   int    // the person's group: its cluster, or its own index when it has none
	person  int    // the occurrence, -1 for an office without a name
	mention int    // the state mention
	state   string // the state it names
	office  string // the office's key (officeKey), "" for a counterpart word
}

// attributeStates is the attributes stage: it finds people given two
// states and records the slips (st.attrSlips) that the participants and
// mentions stages read.
func (st *checkState) attributeStates() {
	atts := st.attBuf[:0] // the check's storage, kept for the next (release)
	defer func() { st.attBuf = atts[:0] }()
	for pi := range st.persons {
		// grown to the number the persons so far extrapolate to, not
		// doubled (a text of titled names holds two per name)
		atts = growFor(atts, 2, pi, len(st.persons))
		p := &st.persons[pi]
		g := len(st.clusters) + pi
		if p.cluster >= 0 {
			g = p.cluster
		}
		if mi, office := st.titleStateOf(p); mi >= 0 {
			atts = append(atts, attachment{group: g, person: pi, mention: mi, state: st.ms[mi].Entities[0], office: office})
		}
		if mi, office := st.titleStateAfter(p); mi >= 0 {
			atts = append(atts, attachment{group: g, person: pi, mention: mi, state: st.ms[mi].Entities[0], office: office})
		}
	}
	if len(atts) == 0 {
		return
	}
	st.joinGroups(atts)
	atts = st.officeAttachments(atts)
	// the counts of states and the marks of mentions are the check's
	// storage, kept for the next (release)
	if st.attrApart == nil {
		st.attrApart = map[string]int{}
	}
	clear(st.attrApart)
	ix := attrIndex{apart: st.attrApart, holders: map[officeState]int{}}
	st.attMarks = resize(st.attMarks, len(st.ms))
	att := st.attMarks // the attachments' mentions
	clear(att)
	for _, a := range atts {
		att[a.mention] = true
	}
	for mi := range st.ms {
		m := &st.ms[mi]
		if att[mi] || !judgeable(m) || st.datelinePlace(m) {
			continue // the dateline is where the report was filed
		}
		for k, id := range m.Entities {
			if !containsStr(m.Entities[:k], id) {
				ix.apart[id]++
			}
		}
	}
	slices.SortStableFunc(atts, func(a, b attachment) int { return cmp.Compare(a.group, b.group) })
	for _, a := range atts {
		if !exclusiveOffice(a.office) || a.person < 0 {
			continue
		}
		k := officeState{a.office, a.state}
		if g, ok := ix.holders[k]; !ok {
			ix.holders[k] = a.group
		} else if g != a.group {
			ix.holders[k] = -1
		}
	}
	for i := 0; i < len(atts); {
		j := i + 1
		for j < len(atts) && atts[j].group == atts[i].group {
			j++
		}
		st.judgeAttachments(atts[i:j], &ix)
		i = j
	}
}

// attrIndex is what the attributes stage counts over the whole text.
type attrIndex struct {
	apart   map[string]int      // judgeable mentions per state that are no attachment
	holders map[officeState]int // per exclusive office and state, the group given it, -1 when two are
}

// officeState is an office of a state.
type officeState struct{ office, state string }

// ownerKey is an office of a state as officeAttachments finds its holder:
// the office's key, or (head) its title word alone.
type ownerKey struct {
	office, state string
	head          bool
}

// joinGroups puts the attachments of compatible names (the same surname,
// no contradicting given name) into one group: the clusters keep apart
// names the text gives two states, which is what this stage judges. At
// most maxAttrGroups groups are compared, so that a text of many names
// stays linear.
func (st *checkState) joinGroups(atts []attachment) {
	var repBuf [16]attachment
	reps := repBuf[:0] // the first attachment of each group met
	join := map[int]int{}
	for i := range atts {
		a := &atts[i]
		if g, ok := join[a.group]; ok {
			a.group = g
			continue
		}
		g := a.group
		for _, r := range reps {
			if compatible(&st.persons[a.person], &st.persons[r.person]) || compatible(&st.persons[r.person], &st.persons[a.person]) {
				g = r.group
				break
			}
		}
		join[a.group] = g
		if g == a.group && len(reps) < maxAttrGroups {
			reps = append(reps, *a)
		}
		a.group = g
	}
}

// maxAttrGroups bounds the people whose names joinGroups compares.
const maxAttrGroups = 64

// officeAttachments adds to atts the offices written without a name (a
// title phrase and its state, no name after it) whose office and state
// the occurrences of exactly one person carry: وقال وزير الخارجية الأردني
// after أيمن الصفدي، وزير الخارجية الأردني، is Safadi. An office written by
// its title word alone (الوزير الأردني) is the one person whose office
// starts with that word and has that state.
func (st *checkState) officeAttachments(atts []attachment) []attachment {
	// the group of each office and state, -1 when two groups share it;
	// the same by the office's title word alone (الوزير الفرنسي after
	// وزير أوروبا والشؤون الخارجية الفرنسي جان نويل بارو)
	owner := map[ownerKey]int{}
	used := make([]bool, len(st.ms)) // the attachments' mentions
	put := func(k ownerKey, g int) {
		if h, ok := owner[k]; ok && h != g {
			owner[k] = -1
		} else if !ok {
			owner[k] = g
		}
	}
	for _, a := range atts {
		used[a.mention] = true
		if a.office == "" {
			continue
		}
		put(ownerKey{a.office, a.state, false}, a.group)
		if head, _, ok := strings.Cut(a.office, " "); ok {
			put(ownerKey{head, a.state, true}, a.group)
		}
	}
	for mi := range st.ms {
		m := &st.ms[mi]
		if used[mi] || m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak ||
			(m.Form != entities.FormNisba && m.Form != entities.FormName) || !st.titleBefore(m.FirstTok()) {
			continue
		}
		next := m.LastTok() + 1
		for k := 0; k < 2 && next < st.toks.Len() && st.is(next, st.c.k.titleTail); k++ {
			next++
		}
		if next < st.toks.Len() && st.personAt(next) >= 0 {
			continue // a name follows: the occurrence's own attachment
		}
		key := st.officeKey(m.FirstTok())
		g, ok := owner[ownerKey{key, m.Entities[0], false}]
		if !ok && key != "" && !strings.Contains(key, " ") {
			g, ok = owner[ownerKey{key, m.Entities[0], true}]
		}
		if ok && g >= 0 {
			atts = append(atts, attachment{group: g, person: -1, mention: mi, state: m.Entities[0]})
		}
	}
	return atts
}

// judgeAttachments votes on the states attached to one person (atts).
func (st *checkState) judgeAttachments(atts []attachment, ix *attrIndex) {
	votes := map[string]float64{}
	var known *entities.Entity // a gazetteer official among the occurrences
	for _, a := range atts {
		votes[a.state]++
		if st.inLede(st.ms[a.mention].FirstTok()) {
			votes[a.state] += attrLedeVote
		}
		if a.person < 0 {
			continue
		}
		if p := &st.persons[a.person]; p.known != nil && p.known.Country != "" && st.onDuty(p.known) {
			known = p.known
		}
	}
	if known == nil {
		if len(votes) < 2 {
			return
		}
	} else if len(votes) == 1 && votes[known.Country] > 0 {
		return
	}
	win := ""
	if known != nil {
		win = known.Country
	} else {
		for id := range votes {
			votes[id] += attrNamedVote*float64(min(attrNamedMax, ix.apart[id])) - officeTaken(atts, ix, id)
		}
		ids := make([]string, 0, len(votes))
		for id := range votes {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(a, b int) bool {
			if votes[ids[a]] != votes[ids[b]] {
				return votes[ids[a]] > votes[ids[b]]
			}
			return ids[a] < ids[b]
		})
		win = ids[0]
		if votes[ids[1]] == votes[win] {
			return // a tie decides nothing
		}
	}
	name, span := "", Span{}
	for _, a := range atts {
		if a.person >= 0 {
			p := &st.persons[a.person]
			span = st.personSpan(p)
			name = span.Text
			break
		}
	}
	for _, a := range atts {
		if a.state == win {
			continue
		}
		st.attrSlips = append(st.attrSlips, attrSlip{mention: a.mention, want: win, known: known != nil,
			votes: [2]float64{votes[win], votes[a.state]}, person: name, personSpan: span})
	}
}

// officeTaken is attrTakenVote when another person than the one of atts
// holds an exclusive office of state id that this person is given too: a
// state has one president, one foreign minister.
func officeTaken(atts []attachment, ix *attrIndex, id string) float64 {
	for _, a := range atts {
		if a.state == id && a.person >= 0 && exclusiveOffice(a.office) && ix.holders[officeState{a.office, id}] == -1 {
			return attrTakenVote
		}
	}
	return 0
}

// apposition says whether a title phrase right after the occurrence p,
// with no comma, is the person's own: the name follows a speech verb or a
// verb whose object is no person (أجرى، عقد), or opens its sentence. After
// استقبل or التقى the title would be the object's.
func (st *checkState) apposition(p *person) bool {
	k := p.first - 1
	for k >= 0 && st.is(k, st.c.k.honorific.or(st.c.k.title).or(st.c.k.titleWord)) {
		k--
	}
	if k < 0 || st.sentAt(k) != st.sentAt(p.first) || st.toks.Kind(k) == arabic.Punct {
		return true
	}
	return st.is(k, st.c.k.speech) || subjectVerbs.has(withoutAnd(st.word(k)))
}

// subjectVerbs are verbs (normalised) whose subject a name after them is
// and whose object is no person.
var subjectVerbs = newWordList("اجري", "اجرت", "عقد", "عقدت", "تراس",
	"تراست", "شارك", "شاركت", "وصل", "وصلت", "غادر", "غادرت")

// exclusiveOffice says whether one state has one holder of the office at a
// time: a head of state or government, a named ministry; not a bare
// minister, an ambassador, an envoy or a deputy.
func exclusiveOffice(office string) bool {
	if office == "" {
		return false
	}
	head, _, _ := strings.Cut(office, " ")
	switch head {
	case "سفير", "مبعوث", "ممثل", "نائب", "مستشار", "مساعد":
		return false
	case "وزير", "وزيره":
		return strings.Contains(office, " ")
	}
	return true
}

// officeKey is the office of the title phrase that reaches the state
// mention at tok: its title word without the article or a conjunction,
// and the title words after it (رئيس، وزير الخارجيه، رئيس الوزراء).
func (st *checkState) officeKey(tok int) string {
	s := st.sentOf(tok)
	head := -1
	for k := tok - 1; k >= s.first && k >= tok-maxTitleWords; k-- {
		if st.is(k, st.c.k.title) {
			head = k
			break
		}
		if !st.is(k, st.c.k.titleWord) {
			break
		}
	}
	if head < 0 {
		return ""
	}
	w := st.word(head)
	if st.andTitle(head) {
		w = w[len("و"):]
	}
	w = strings.TrimPrefix(w, "ال")
	if head+1 == tok {
		return w // one word: a part of the text, nothing to build
	}
	// words one space apart in the text, as most are: the key is a part
	// of the text too
	spaced := true
	for k := head + 1; k < tok && spaced; k++ {
		spaced = st.starts[k] == st.ends[k-1]+1 && st.norm[st.ends[k-1]] == ' '
	}
	if spaced {
		return st.norm[int(st.ends[head])-len(w) : st.ends[tok-1]]
	}
	var b strings.Builder
	b.WriteString(w)
	for k := head + 1; k < tok; k++ {
		b.WriteByte(' ')
		b.WriteString(st.word(k))
	}
	return b.String()
}

// titleStateOf returns the state mention of the title phrase right before
// a person occurrence, and the office's key: one country, named or as a
// nisba, after a title or a counterpart word (the key is then ""); -1 if
// none.
func (st *checkState) titleStateOf(p *person) (int, string) {
	if st.coordinated(p.first) {
		return -1, "" // والأمير فلان، ولافروف: another item than the title's
	}
	k := p.first - 1
	for n := 0; n < 3 && k >= 0 && (st.is(k, st.c.k.titleTail) || st.is(k, st.c.k.honorific)); n++ {
		if st.coordinated(k) {
			return -1, ""
		}
		k--
	}
	// a name set off by commas (وزير الخارجية المغربي، ناصر بوريطة،)
	if k >= 0 && st.word(k) == "،" && (p.last+1 >= st.toks.Len() || st.toks.Kind(p.last+1) == arabic.Punct) {
		k--
	}
	// a name that opens a line (a transcript's speaker under a title
	// line) is not the title's
	if k >= 0 && st.lineGap(k+1) {
		return -1, ""
	}
	if k >= 0 && st.inMention.has(k) {
		mi := int(st.mentionAt(k))
		m := &st.ms[mi]
		if m.Kind == entities.Country && len(m.Entities) == 1 && !m.Weak &&
			(m.Form == entities.FormNisba || m.Form == entities.FormName) {
			if st.titleBefore(m.FirstTok()) {
				return mi, st.officeKey(m.FirstTok())
			}
			if st.is(m.FirstTok()-1, st.c.k.counterpart) {
				return mi, ""
			}
		}
	}
	return -1, ""
}

// coordinated says whether token k carries the conjunction و before an
// honorific, a title (والأمير، ووزير) or a known person's name (ولافروف):
// it starts an item coordinated with what stands before it.
func (st *checkState) coordinated(k int) bool {
	w := st.word(k)
	rest, ok := strings.CutPrefix(w, "و")
	if !ok {
		return false
	}
	if st.c.classesOf(rest).any(st.c.k.honorific.or(st.c.k.title)) {
		return true
	}
	if mi := st.mentionAt(k); mi >= 0 {
		m := &st.ms[mi]
		return m.Kind == entities.Person && m.FirstTok() == k && strings.HasPrefix(st.prefix(m), "و")
	}
	return false
}

// titleStateAfter returns the state mention of a title phrase set off by a
// comma right after a person occurrence (أيمن الصفدي، وزير خارجية الأردن،),
// or right after it where the name is a subject that takes no person as
// object (apposition: وأكد بوريطة وزير الخارجية المغربي أن …), and the
// office's key; -1 if none. The title is not coordinated (،
// ووزير …: another person) and no name follows its state (that title is the
// next person's).
func (st *checkState) titleStateAfter(p *person) (int, string) {
	k := p.last + 1
	if k < st.toks.Len() && st.word(k) == "،" {
		k++
	} else if !st.apposition(p) {
		return -1, ""
	}
	if k >= st.toks.Len() || !st.is(k, st.c.k.title) || strings.HasPrefix(st.word(k), "و") && st.andTitle(k) {
		return -1, ""
	}
	for j := k + 1; j < st.toks.Len() && j <= k+maxTitleWords; j++ {
		if mi := st.mentionAt(j); mi >= 0 {
			m := &st.ms[int(mi)]
			if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak ||
				(m.Form != entities.FormNisba && m.Form != entities.FormName) {
				return -1, ""
			}
			if next := m.LastTok() + 1; next < st.toks.Len() && st.personAt(next) >= 0 {
				return -1, ""
			}
			return int(mi), st.officeKey(m.FirstTok())
		}
		// a title's further words: ministry words (الخارجية) and a title
		// word that ends the office (رئيس وزراء، نائب رئيس), not a new
		// item (ووزير)
		if !st.is(j, st.c.k.titleWord) && (!st.is(j, st.c.k.title) || st.andTitle(j)) {
			return -1, ""
		}
	}
	return -1, ""
}

// attrSlipAt returns the attribute slip whose state mention starts at tok.
func (st *checkState) attrSlipAt(tok int) (*attrSlip, bool) {
	for i := range st.attrSlips {
		if st.ms[st.attrSlips[i].mention].FirstTok() == tok {
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
	note := fmt.Sprintf("person %s: %s %.2f votes, %s %.2f", sl.person, sl.want, sl.votes[0],
		st.ms[sl.mention].Entities[0], sl.votes[1])
	if sl.known {
		p = &Pattern{ID: "person-state", Confidence: attrKnown,
			Message: "%s is given to a known official of another state"}
		note = fmt.Sprintf("person %s: an official of %s on the release's date", sl.person, sl.want)
	}
	f := st.newConflict(ep, sl.mention, p, sl.want, st.judgementFeatures(ep, &st.ms[sl.mention], p, nil))
	ev := sl.personSpan
	ev.Note = note
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
		if st.quoted.has(m.FirstTok()) {
			fs = append(fs, feature{"quoted", quotedFactor, "inside a quotation"})
		}
		return st.newConflict(ep, sl.mention, p, sl.want, fs)
	}
	p := &Pattern{ID: "swapped-party", Confidence: swappedBase,
		Message: "%s, named only here, is a participant's title where a state named again and easily mistaken for it is meant"}
	fs := []feature{{"confusable", confusableFactor(cs),
		fmt.Sprintf("%s, %.2f: %s", sl.want, cs, st.c.confusableReason(m.Entities[0], sl.want))}}
	if sl.anchor != "" {
		p = &Pattern{ID: "anchored-rival", Confidence: swappedBase,
			Message: "%s stands for a participant the text ties to a state easily mistaken for it"}
		fs = append(fs, feature{"anchored", 1, fmt.Sprintf("%s %s: %s", sl.want, sl.anchor, st.word(sl.anchorTok))})
	}
	// The parties feature does not apply: the swapped title was the
	// participant's title evidence.
	if st.quoted.has(m.FirstTok()) {
		fs = append(fs, feature{"quoted", quotedFactor, "inside a quotation"})
	}
	return st.newConflict(ep, sl.mention, p, sl.want, fs)
}

// swappedBase is the confidence of a swapped-party finding before its
// features.
const swappedBase = 0.8

// contradictedBase is the confidence of a contradicted-party finding.
const contradictedBase = 0.7
