package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Lists and enumerations. News of a summit or a ministerial meeting lists
// the people who took part, each under their own state's title (العاهل
// الأردني الملك عبدالله الثاني، والرئيس المصري …، وأمير دولة قطر …), and
// lists the states or delegations taking part (بمشاركة وزراء خارجية
// السعودية والإمارات وقطر). A state named that way is enumerated: it is the
// listed person's, or a state among others, and no participant of the
// release's meeting is meant. Only what the text itself contradicts (a
// known official under another state's title) is a slip there.

// andTitle says whether token k is a title word that carries the
// conjunction و (ووزير، والرئيس، وأمير، وولي): the start of a coordinated
// item.
func (st *checkState) andTitle(k int) bool {
	if !st.is(k, st.c.k.title) {
		return false
	}
	rest, ok := strings.CutPrefix(st.word(k), "و")
	return ok && st.c.classesOf(rest).any(st.c.k.title)
}

// titleHead returns the first token of the title phrase whose state the
// mention names (وزير الخارجية ‹المصري›، أمير ‹دولة قطر›، ولي عهد
// ‹الكويت›), or -1 when it names no title's state.
func (st *checkState) titleHead(m *mention) int {
	if m.Kind != entities.Country || (m.Form != entities.FormName && m.Form != entities.FormNisba) {
		return -1
	}
	s := st.sentOf(m.FirstTok())
	head, other := -1, 0
	for k := m.FirstTok() - 1; k >= s.first && k >= m.FirstTok()-maxTitleWords; k-- {
		switch {
		case st.is(k, st.c.k.title):
			head, other = k, 0
			if st.andTitle(k) {
				return k // a coordinated item starts here
			}
		case head >= 0 && k == head-1 && st.is(k, st.c.k.honorific):
			// an honorific before the title (فخامة الرئيس، وجلالة العاهل)
			head = k
			if st.itemStart(k) {
				return k
			}
		case st.is(k, st.c.k.titleWord):
		case st.toks.Kind(k) == arabic.Word && !st.inMention.has(k) && st.personAt(k) < 0 &&
			!st.is(k, st.c.k.stop) && other < titleOther:
			// a word of the office's name (رئيس المجلس الرئاسي الليبي)
			other++
		default:
			return head
		}
	}
	return head
}

// titleOther is how many words a title phrase may hold that are neither
// titles nor title words (the official-state rules' gap).
const titleOther = 2

// itemEnd is the last token of the titled item whose state ends at tok:
// the name after it (honorifics allowed before the name), or tok itself
// when no name follows; named says whether a name followed. A name the
// checker does not know as a person counts when plain words run from the
// state to the item's end (a comma, the next coordinated title, the
// sentence's end).
func (st *checkState) itemEnd(tok int) (end int, named bool) {
	s := st.sentOf(tok)
	k := tok + 1
	for n := 0; k <= s.last && n < 3 && st.is(k, st.c.k.honorific) && st.personAt(k) < 0; n++ {
		k++
	}
	if k > s.last {
		return tok, false
	}
	j := k
	for j <= s.last && j-k < maxNameWords && st.personAt(j) < 0 && st.plainWord(j) {
		j++
	}
	if j <= s.last {
		// a person the checker found, after given names it did not
		// (جورجا ‹ميلوني›)
		if pi := st.personAt(j); pi >= 0 {
			return max(st.persons[pi].last, j), true
		}
		if mi := st.mentionAt(j); mi >= 0 && st.ms[mi].Kind == entities.Person {
			return st.ms[mi].LastTok(), true
		}
	}
	if j > k && st.nameWord(k) && (j > s.last || st.isComma(j) || st.itemStart(j) || st.toks.Kind(j) != arabic.Word) {
		return j - 1, true
	}
	return tok, false
}

// nameWord says whether token k may open a name: a plain word the
// given-name lexicon or the table of name tokens knows (جورجا، باسيرو).
func (st *checkState) nameWord(k int) bool {
	if !st.plainWord(k) {
		return false
	}
	w := st.word(k)
	if _, ok := st.c.given.Lookup(w); ok {
		return true
	}
	return st.c.given.IsNameToken(w)
}

// itemStart says whether token k opens a coordinated item of a list of
// titled people: a title with the conjunction و (ووزير، والرئيس)، or an
// honorific with it before a title (وفخامة الرئيس، وجلالة العاهل، وسمو
// أمير).
func (st *checkState) itemStart(k int) bool {
	if st.andTitle(k) {
		return true
	}
	if !st.is(k, st.c.k.honorific) || !st.is(k+1, st.c.k.title.or(st.c.k.honorific)) || st.sentAt(k) != st.sentAt(min(k+1, st.toks.Len()-1)) {
		return false
	}
	rest, ok := strings.CutPrefix(st.word(k), "و")
	return ok && st.c.classesOf(rest).any(st.c.k.honorific)
}

// plainWord says whether token k may be a word of a name the checker does
// not know: a word that names nothing and is no class word a name never
// holds.
func (st *checkState) plainWord(k int) bool {
	kk := &st.c.k
	return st.toks.Kind(k) == arabic.Word && !st.inMention.has(k) &&
		!st.is(k, kk.stop.or(kk.title).or(kk.titleWord).or(kk.contact).or(kk.speech).or(kk.that).or(kk.prep))
}

// titledItem is one item of a list of titled people: a title phrase, its
// state and the name after it.
type titledItem struct {
	head, end int // first and last token
	state     string
	named     bool
	official  string // the state of the known official named, "" if none
	// nameFirst says the item names its person before the title phrase
	// (وفخامة الرئيس محمود عباس رئيس دولة فلسطين).
	nameFirst bool
}

// titledItemAt reads the titled item whose state mention mi names.
func (st *checkState) titledItemAt(mi int) (titledItem, bool) {
	m := &st.ms[mi]
	head := st.titleHead(m)
	if head < 0 || len(m.Entities) == 0 {
		return titledItem{}, false
	}
	if start, pi, ok := st.nameBefore(head); ok {
		it := titledItem{head: start, end: m.LastTok(), state: m.Entities[0], named: true, nameFirst: true}
		if known := st.persons[pi].known; known != nil {
			it.official = known.Country
		}
		return it, true
	}
	end, named := st.itemEnd(m.LastTok())
	it := titledItem{head: head, end: end, state: m.Entities[0], named: named}
	for k := m.LastTok() + 1; named && k <= end; k++ {
		if it.official = st.officialStateAt(k); it.official != "" {
			break
		}
	}
	return it, true
}

// officialStateAt is the gazetteer's state of the known official named at
// token k, "" when none is.
func (st *checkState) officialStateAt(k int) string {
	if pi := st.personAt(k); pi >= 0 && st.persons[pi].known != nil {
		return st.persons[pi].known.Country
	}
	if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].Kind == entities.Person {
		for _, e := range st.ms[mi].ents {
			if e != nil && e.Country != "" {
				return e.Country
			}
		}
	}
	return ""
}

// A list set out line by line (a heads-of-state list: «- ملك الأردن»،
// «- أمير قطر تميم بن حمد» …) has one titled item per line, after a bullet
// or a number at most, and no conjunction: its items are coordinated by
// the lines themselves.

// lineItem says whether titled item it fills its line: only bullet marks
// or numbers before its title, only punctuation after its end.
func (st *checkState) lineItem(it titledItem) bool {
	return st.lineOpens(it.head) && st.lineCloses(it.end)
}

// lineOpens says whether token k opens its line, after bullet marks or
// numbers only (- ، * ، • ، 1.).
func (st *checkState) lineOpens(k int) bool {
	for ; k > 0; k-- {
		if st.lineGap(k) {
			return true
		}
		if kind := st.toks.Kind(k - 1); kind != arabic.Punct && kind != arabic.Number {
			return false
		}
	}
	return true
}

// lineCloses says whether token k ends its line, punctuation after it
// allowed.
func (st *checkState) lineCloses(k int) bool {
	for ; k+1 < st.toks.Len(); k++ {
		if st.lineGap(k + 1) {
			return true
		}
		if st.toks.Kind(k+1) != arabic.Punct {
			return false
		}
	}
	return true
}

// lineGap says whether a line break stands between tokens k-1 and k.
func (st *checkState) lineGap(k int) bool {
	a, b := st.origEnd(k-1), st.origStart(k)
	return a < b && hasLineBreak(st.src[a:b])
}

// lineItemNear reads the titled item that fills the line of token k, when
// that line holds one: the first state mention of the line must be its
// item's state. The line's first token is found from k backwards (back
// is true) or forwards.
func (st *checkState) lineItemNear(k int, back bool) (titledItem, bool) {
	n := st.toks.Len()
	// the line's first token
	first := k
	if back {
		for first > 0 && !st.lineGap(first) {
			first--
		}
	}
	for j := first; j < n && j <= first+maxTitleWords+3; j++ {
		if j > first && st.lineGap(j) {
			break
		}
		mi := st.mentionAt(j)
		if mi < 0 || st.ms[mi].Kind == entities.Person {
			continue
		}
		if it, ok := st.titledItemAt(int(mi)); ok && st.lineItem(it) {
			return it, true
		}
		break
	}
	return titledItem{}, false
}

// nameBefore reads an item written name first, whose title phrase (رئيس
// دولة فلسطين) starts at head: a person's name ends right before it, and
// honorifics and titles before the name open the item (وفخامة الرئيس،
// وجلالة الملك، وسمو الشيخ). It returns the item's first token and the
// person.
func (st *checkState) nameBefore(head int) (start int, pi int32, ok bool) {
	// in apposition to the name the title stands bare (محمود عباس رئيس
	// دولة فلسطين), not after a preposition (التقى الرئيس السيسي برئيس …)
	if head <= 0 || st.afterPreposition(head) {
		return 0, 0, false
	}
	pi = st.personAt(head - 1)
	if pi < 0 || int(st.persons[pi].last) != head-1 {
		return 0, 0, false
	}
	first := st.persons[pi].first
	sent := st.sentAt(head)
	start = -1
	for k := first - 1; k >= 0 && k >= first-maxLeadWords && st.sentAt(k) == sent; k-- {
		if !st.is(k, st.c.k.title.or(st.c.k.honorific)) {
			break
		}
		start = k
		if st.itemStart(k) {
			break
		}
	}
	return start, pi, start >= 0
}

// leadOfficialOfOther is the state of the known official, in office, that
// an item written name first names before mention mi's title, when it is
// not mi's state (وفخامة الرئيس عبد الفتاح السيسي رئيس تونس); "" otherwise.
func (st *checkState) leadOfficialOfOther(mi int) string {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) == 0 {
		return ""
	}
	head := st.titleHead(m)
	if head < 0 {
		return ""
	}
	_, pi, ok := st.nameBefore(head)
	if !ok {
		return ""
	}
	known := st.persons[pi].known
	if known == nil || known.Country == "" || !st.onDuty(known) || containsStr(m.Entities, known.Country) {
		return ""
	}
	return known.Country
}

// afterPreposition says whether the title word at k carries a proclitic
// preposition (برئيس، لملك، وبأمير).
func (st *checkState) afterPreposition(k int) bool {
	w := strings.TrimPrefix(st.word(k), "و")
	for _, p := range [...]string{"ب", "ل", "ك"} {
		if rest, ok := strings.CutPrefix(w, p); ok && st.c.classesOf(rest).any(st.c.k.title.or(st.c.k.honorific)) {
			return true
		}
	}
	return false
}

// maxLeadWords bounds the honorifics and titles before the name of an item
// written name first (وصاحب السمو الملكي الأمير).
const maxLeadWords = 4

// nextItem reads the titled item coordinated after it (، ووزير الخارجية
// الأردني …), or on the next line of a list set out line by line, if any.
func (st *checkState) nextItem(it titledItem) (titledItem, bool) {
	if st.lineItem(it) {
		k := it.end + 1
		for k < st.toks.Len() && !st.lineGap(k) {
			k++
		}
		if k >= st.toks.Len() {
			return titledItem{}, false
		}
		return st.lineItemNear(k, false)
	}
	k := it.end + 1
	if k < st.toks.Len() && st.isComma(k) {
		k++
	}
	if k >= st.toks.Len() || st.sentAt(k) != st.sentAt(it.end) || !st.itemStart(k) {
		return titledItem{}, false
	}
	s := st.sentOf(k)
	for j, reach := k+1, k+maxTitleWords; j <= s.last && j <= reach; j++ {
		if pi := st.personAt(j); pi >= 0 {
			// the person of an item written name first
			reach += int(st.persons[pi].last) - j + 1
			j = int(st.persons[pi].last)
			continue
		}
		if mi := st.mentionAt(j); mi >= 0 {
			if next, ok := st.titledItemAt(int(mi)); ok && next.head == k {
				return next, true
			}
			return titledItem{}, false
		}
		if !st.is(j, st.c.k.title.or(st.c.k.titleWord).or(st.c.k.honorific)) && !st.plainWord(j) {
			return titledItem{}, false
		}
	}
	return titledItem{}, false
}

// prevItem reads the titled item coordinated before it, if any: it must
// start with a coordinated title, and the item before ends right before
// it (a comma allowed).
func (st *checkState) prevItem(it titledItem) (titledItem, bool) {
	if st.lineItem(it) {
		k := it.head
		for k > 0 && !st.lineGap(k) {
			k--
		}
		if k == 0 {
			return titledItem{}, false
		}
		return st.lineItemNear(k-1, true)
	}
	if !st.itemStart(it.head) {
		return titledItem{}, false
	}
	k := it.head - 1
	if k >= 0 && st.isComma(k) {
		k--
	}
	s := st.sentOf(it.head)
	// the previous item's state, before its name and honorifics
	for j := k; j >= s.first && j >= k-maxNameWords-3; j-- {
		mi := st.mentionAt(j)
		if mi < 0 || st.ms[mi].Kind == entities.Person {
			continue
		}
		prev, ok := st.titledItemAt(int(mi))
		if ok && prev.end == k {
			return prev, true
		}
		return titledItem{}, false
	}
	return titledItem{}, false
}

// titledList reads the list of titled people mention mi's title phrase is
// an item of: the number of items, the distinct states, and mi's own
// item. ok is false when the item is not coordinated with another titled
// item.
func (st *checkState) titledList(mi int) (items int, states []string, own titledItem, ok bool) {
	it, ok := st.titledItemAt(mi)
	if !ok {
		return 0, nil, it, false
	}
	states = append(states, it.state)
	add := func(id string) {
		if !containsStr(states, id) {
			states = append(states, id)
		}
	}
	items = 1
	// the items before mi's, then those after it
	for _, step := range [...]func(titledItem) (titledItem, bool){st.prevItem, st.nextItem} {
		for cur, n := it, 0; n < maxListItems; n++ {
			nb, ok := step(cur)
			if !ok {
				break
			}
			items++
			add(nb.state)
			cur = nb
		}
	}
	return items, states, it, items >= 2
}

// maxListItems bounds the items read on each side of a list.
const maxListItems = 32

// inTitledList says whether mention mi is the title state of an item in a
// list of titled people that is the listed person's own: the item names
// its person, or the list has at least minListStates distinct states (…
// ووزيرة الخارجية النيجيرية, a list of a meeting's ministers), or another
// item is of a state that is no participant of ep (a list of other
// people, not of the parties' delegations).
func (st *checkState) inTitledList(ep *episode, mi int) bool {
	items, states, own, ok := st.titledList(mi)
	if !ok {
		return false
	}
	if own.named || items >= minListStates && len(states) >= minListStates {
		return true
	}
	for _, id := range states {
		if id != own.state && !ep.partIDs.has(id) {
			return true
		}
	}
	return false
}

// inList says whether mention mi is the title state of an item in a list
// of titled people: titledList's ok, read from the items next to mi's
// alone (a list of n items is not walked for each of its n items).
func (st *checkState) inList(mi int) bool {
	it, ok := st.titledItemAt(mi)
	if !ok {
		return false
	}
	if _, ok := st.prevItem(it); ok {
		return true
	}
	_, ok = st.nextItem(it)
	return ok
}

// ownOfficial says whether mention mi is a title's state followed by a
// known official of that very state (رئيسة الوزراء الإيطالية جورجا
// ميلوني): the text names the person's own office, whatever list or
// meeting it is in.
func (st *checkState) ownOfficial(mi int) bool {
	if it, ok := st.titledItemAt(mi); ok {
		return it.official != "" && containsStr(st.ms[mi].Entities, it.official)
	}
	return st.nisbaOfOwnOfficial(mi)
}

// nisbaOfOwnOfficial says whether mention mi, a state's nisba that no
// title of its own opens, stands right before a known official of that
// state in office on the release's day (honorifics between them aside):
// the second state under a dual title (الرئيسين المصري عبد الفتاح السيسي
// والفلسطيني محمود عباس) names its official's own office as a title's
// state does.
func (st *checkState) nisbaOfOwnOfficial(mi int) bool {
	m := &st.ms[mi]
	if m.Kind != entities.Country || m.Form != entities.FormNisba {
		return false
	}
	k := m.LastTok() + 1
	for n := 0; n < 3 && k < st.toks.Len() && st.is(k, st.c.k.honorific); n++ {
		k++
	}
	if k >= st.toks.Len() {
		return false
	}
	pi := st.personAt(k)
	if pi < 0 || st.persons[pi].first != k {
		return false
	}
	e := st.persons[pi].known
	return e != nil && st.onDuty(e) && containsStr(m.Entities, e.Country)
}

// minListStates is the number of distinct states from which a list of
// titled people is a list of a meeting's members.
const minListStates = 3

// coordinatedItem says whether the title phrase whose state mention mi
// names starts a coordinated item of a list of titled people: an official
// named before it (S، ووزير الخارجية X) is the previous item's, and its
// title is not S's.
func (st *checkState) coordinatedItem(mi int) bool {
	it, ok := st.titledItemAt(mi)
	return ok && !it.nameFirst && st.itemStart(it.head)
}

// enumerated says whether mention mi is a state a list or a participation
// names among others: the title state of a listed person's own item, or a
// state in a list of two or more after a word of participation (بمشاركة،
// بحضور، شارك فيه، ضم), possibly through a title (وزراء خارجية قطر
// والكويت).
func (st *checkState) enumerated(ep *episode, mi int) bool {
	if st.ownOfficial(mi) || st.inTitledList(ep, mi) {
		return true
	}
	m := &st.ms[mi]
	if m.Kind != entities.Country && m.Kind != entities.Group {
		return false
	}
	// one state after it (وحضر المحادثات سفير أرمينيا) is usually a
	// party's official, not a state among others
	return st.listLen(mi) >= 2 && st.participationBefore(st.listFirst(mi))
}

// participationBefore says whether a word of participation governs the
// list that starts at token first: it stands at most participationReach
// tokens before, with titles, prepositions, meeting words and at most
// participationOther other words between (وشارك في الدورة وزراء خارجية …).
func (st *checkState) participationBefore(first int) bool {
	s := st.sentOf(first)
	kk := &st.c.k
	other := 0
	for k := first - 1; k >= s.first && k >= first-participationReach; k-- {
		switch {
		case st.is(k, kk.participation):
			return true
		case st.is(k, kk.title.or(kk.titleWord).or(kk.prep).or(kk.summit).or(kk.honorific)):
		case st.plainWord(k) && other < participationOther:
			other++
		default:
			return false
		}
	}
	return false
}

// participants of a meeting named in a list: a list after a word of
// participation with at least minListStates states, in the contact
// window, makes the meeting multilateral when the lede names no pair.
func (st *checkState) listedMeeting(ctEnd int) bool {
	// a list set out line by line may start on the line after the window's
	lineEnd := ctEnd
	if lineEnd+1 < st.toks.Len() {
		lineEnd = st.lineEnd(st.lineEnd(lineEnd) + 1)
	}
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > lineEnd {
			break
		}
		if m.Kind != entities.Country || st.futureSentence(m.FirstTok()) {
			continue
		}
		if st.lineListMeeting(i, ctEnd) {
			return true
		}
		if m.FirstTok() > ctEnd {
			continue
		}
		if st.listLen(i) >= minListStates && (st.participationBefore(st.listFirst(i)) ||
			st.titleBefore(st.listFirst(i)) && st.sentenceContact(st.sentOf(m.FirstTok()))) {
			return true
		}
		if _, states, _, ok := st.titledList(i); ok && len(states) >= minListStates {
			// a word of participation governs the list, or the window
			// before it has one (قادة الدول المشاركة في القمة … :)
			if it, _ := st.titledItemAt(i); st.participationBefore(st.firstItem(it).head) ||
				st.classWithin(0, min(st.firstItem(it).head-1, ctEnd), st.c.k.participation) {
				return true
			}
		}
	}
	return false
}

// lineListMeeting says whether mention mi's titled item opens a list set
// out line by line, of at least minListStates states, whose line follows
// a line of the contact window with a word of participation (القادة
// المشاركون في القمة:) in it or before it.
func (st *checkState) lineListMeeting(mi, ctEnd int) bool {
	it, ok := st.titledItemAt(mi)
	if !ok || !st.lineItem(it) {
		return false
	}
	if _, ok := st.prevItem(it); ok {
		return false // not the list's first item
	}
	if _, states, _, ok := st.titledList(mi); !ok || len(states) < minListStates {
		return false
	}
	k := it.head
	for k > 0 && !st.lineGap(k) {
		k--
	}
	// the line before the list must be the window's
	if k == 0 || st.lineStartOf(k-1) > ctEnd {
		return false
	}
	return st.classWithin(0, k-1, st.c.k.participation)
}

// lineStartOf is the first token of token k's line.
func (st *checkState) lineStartOf(k int) int {
	for k > 0 && !st.lineGap(k) {
		k--
	}
	return k
}

// lineEnd is the last token of token k's line.
func (st *checkState) lineEnd(k int) int {
	for k+1 < st.toks.Len() && !st.lineGap(k+1) {
		k++
	}
	return k
}

// firstItem is the first item of the list of titled people it is in.
func (st *checkState) firstItem(it titledItem) titledItem {
	for n := 0; n < maxListItems; n++ {
		p, ok := st.prevItem(it)
		if !ok {
			break
		}
		it = p
	}
	return it
}

// participationOther is how many words that are neither titles nor
// meeting words may stand between a word of participation and its list.
const participationOther = 2

// participationReach is how far before a list a word of participation
// governs it (بمشاركة وزراء خارجية دول …).
const participationReach = 6

// listFirst is the first token of the coordinated list of states mention
// mi is part of (the mention's own first token when it is alone).
func (st *checkState) listFirst(mi int) int {
	cur := mi
	for {
		m := &st.ms[cur]
		k := m.FirstTok() - 1
		if !hasPrefixAnd(m) && k >= 0 && st.isComma(k) {
			k--
		} else if !hasPrefixAnd(m) {
			break
		}
		if k < 0 || !st.inMention.has(k) || int(st.mentionAt(k)) == cur || !isState(&st.ms[st.mentionAt(k)]) {
			break
		}
		cur = int(st.mentionAt(k))
	}
	return st.ms[cur].FirstTok()
}

// isComma says whether token k is a comma.
func (st *checkState) isComma(k int) bool {
	w := st.word(k)
	return w == "،" || w == ","
}

// onSidelines says whether the summit word at tok is where another meeting
// was held on its sidelines (على هامش القمة الثلاثية): that meeting is a
// pair's, and the summit says nothing of how many took part in it.
func (st *checkState) onSidelines(tok int) bool {
	s := st.sentOf(tok)
	return st.classWithin(max(s.first, tok-sidelinesReach), tok-1, st.c.k.sidelines)
}

// sidelinesReach is how far before a summit word هامش stands (على هامش
// أعمال القمة).
const sidelinesReach = 3

// parallelNext returns the mention coordinated with mention mi through a
// repeated noun (الجانب الأرميني والجانب الأذربيجاني، حكومة قطر وحكومة
// الكويت): the word before mi comes again, with و, right after it, and a
// state follows.
func (st *checkState) parallelNext(mi int) (int, bool) {
	m := &st.ms[mi]
	h, k := m.FirstTok()-1, m.LastTok()+1
	if h < 0 || k+1 >= st.toks.Len() || st.sentAt(k+1) != st.sentAt(m.FirstTok()) || st.mentionAt(h) >= 0 {
		return 0, false
	}
	head, next := st.word(h), st.word(k)
	if rest, ok := strings.CutPrefix(next, "و"); !ok || rest != strings.TrimPrefix(head, "و") {
		return 0, false
	}
	j := st.mentionAt(k + 1)
	if j < 0 || (st.ms[j].Kind != entities.Country && st.ms[j].Kind != entities.Group) {
		return 0, false
	}
	return int(j), true
}
