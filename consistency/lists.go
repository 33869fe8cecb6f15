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
	return ok && st.c.classesOf(rest)&st.c.k.title != 0
}

// titleHead returns the first token of the title phrase whose state the
// mention names (وزير الخارجية ‹المصري›، أمير ‹دولة قطر›، ولي عهد
// ‹الكويت›), or -1 when it names no title's state.
func (st *checkState) titleHead(m *entities.Mention) int {
	if m.Kind != entities.Country || (m.Form != entities.FormName && m.Form != entities.FormNisba) {
		return -1
	}
	s := st.sentOf(m.FirstTok)
	head, other := -1, 0
	for k := m.FirstTok - 1; k >= s.first && k >= m.FirstTok-maxTitleWords; k-- {
		switch {
		case st.is(k, st.c.k.title):
			head, other = k, 0
			if st.andTitle(k) {
				return k // a coordinated item starts here
			}
		case st.is(k, st.c.k.titleWord):
		case st.toks[k].Kind == arabic.Word && st.tokMention[k] < 0 && st.tokPerson[k] < 0 &&
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
	for n := 0; k <= s.last && n < 3 && st.is(k, st.c.k.honorific) && st.tokPerson[k] < 0; n++ {
		k++
	}
	if k > s.last {
		return tok, false
	}
	if pi := st.tokPerson[k]; pi >= 0 {
		return max(st.persons[pi].last, k), true
	}
	if mi := st.tokMention[k]; mi >= 0 && st.ms[mi].Kind == entities.Person {
		return st.ms[mi].LastTok, true
	}
	j := k
	for j <= s.last && j-k < maxNameWords && st.plainWord(j) {
		j++
	}
	if j > k && (j > s.last || st.isComma(j) || st.andTitle(j) || st.toks[j].Kind != arabic.Word) {
		return j - 1, true
	}
	return tok, false
}

// plainWord says whether token k may be a word of a name the checker does
// not know: a word that names nothing and is no class word a name never
// holds.
func (st *checkState) plainWord(k int) bool {
	kk := &st.c.k
	return st.toks[k].Kind == arabic.Word && st.tokMention[k] < 0 &&
		!st.is(k, kk.stop|kk.title|kk.titleWord|kk.contact|kk.speech|kk.that|kk.prep)
}

// titledItem is one item of a list of titled people: a title phrase, its
// state and the name after it.
type titledItem struct {
	head, end int // first and last token
	state     string
	named     bool
}

// titledItemAt reads the titled item whose state mention mi names.
func (st *checkState) titledItemAt(mi int) (titledItem, bool) {
	m := &st.ms[mi]
	head := st.titleHead(m)
	if head < 0 || len(m.Entities) == 0 {
		return titledItem{}, false
	}
	end, named := st.itemEnd(m.LastTok)
	return titledItem{head: head, end: end, state: m.Entities[0], named: named}, true
}

// nextItem reads the titled item coordinated after it (، ووزير الخارجية
// الأردني …), if any.
func (st *checkState) nextItem(it titledItem) (titledItem, bool) {
	k := it.end + 1
	if k < len(st.toks) && st.isComma(k) {
		k++
	}
	if k >= len(st.toks) || st.tokSent[k] != st.tokSent[it.end] || !st.andTitle(k) {
		return titledItem{}, false
	}
	s := st.sentOf(k)
	for j := k + 1; j <= s.last && j <= k+maxTitleWords; j++ {
		if mi := st.tokMention[j]; mi >= 0 {
			if next, ok := st.titledItemAt(int(mi)); ok && next.head == k {
				return next, true
			}
			return titledItem{}, false
		}
		if !st.is(j, st.c.k.title) && !st.is(j, st.c.k.titleWord) {
			return titledItem{}, false
		}
	}
	return titledItem{}, false
}

// prevItem reads the titled item coordinated before it, if any: it must
// start with a coordinated title, and the item before ends right before
// it (a comma allowed).
func (st *checkState) prevItem(it titledItem) (titledItem, bool) {
	if !st.andTitle(it.head) {
		return titledItem{}, false
	}
	k := it.head - 1
	if k >= 0 && st.isComma(k) {
		k--
	}
	s := st.sentOf(it.head)
	// the previous item's state, before its name and honorifics
	for j := k; j >= s.first && j >= k-maxNameWords-3; j-- {
		mi := st.tokMention[j]
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
// an item of: the number of items and of distinct states, and whether
// mi's own item names its person. ok is false when the item is not
// coordinated with another titled item.
func (st *checkState) titledList(mi int) (items, states int, named, ok bool) {
	it, ok := st.titledItemAt(mi)
	if !ok {
		return 0, 0, false, false
	}
	seen := map[string]bool{it.state: true}
	items = 1
	for cur, n := it, 0; n < maxListItems; n++ {
		p, ok := st.prevItem(cur)
		if !ok {
			break
		}
		items++
		seen[p.state] = true
		cur = p
	}
	for cur, n := it, 0; n < maxListItems; n++ {
		nx, ok := st.nextItem(cur)
		if !ok {
			break
		}
		items++
		seen[nx.state] = true
		cur = nx
	}
	return items, len(seen), it.named, items >= 2
}

// maxListItems bounds the items read on each side of a list.
const maxListItems = 32

// inTitledList says whether mention mi is the title state of an item in a
// list of titled people that is the listed person's own: the item names
// its person, or the list has at least minListStates items of distinct
// states (… ووزيرة الخارجية النيجيرية, a list of a meeting's ministers).
func (st *checkState) inTitledList(mi int) bool {
	items, states, named, ok := st.titledList(mi)
	return ok && (named || items >= minListStates && states >= minListStates)
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
	return ok && st.andTitle(it.head)
}

// enumerated says whether mention mi is a state a list or a participation
// names among others: the title state of a listed person's own item, or a
// state in a list of two or more after a word of participation (بمشاركة،
// بحضور، شارك فيه، ضم), possibly through a title (وزراء خارجية قطر
// والكويت).
func (st *checkState) enumerated(mi int) bool {
	if st.inTitledList(mi) {
		return true
	}
	m := &st.ms[mi]
	if m.Kind != entities.Country && m.Kind != entities.Group {
		return false
	}
	first := st.listFirst(mi)
	s := st.sentOf(first)
	for k := first - 1; k >= s.first && k >= first-participationReach; k-- {
		if st.is(k, st.c.k.participation) {
			// one state after it (وحضر المحادثات سفير أرمينيا) is
			// usually a party's official, not a state among others
			return st.listLen(mi) >= 2
		}
		if !st.is(k, st.c.k.title) && !st.is(k, st.c.k.titleWord) && !st.is(k, st.c.k.prep) &&
			!st.is(k, st.c.k.summit) {
			return false
		}
	}
	return false
}

// participationReach is how far before a list a word of participation
// governs it (بمشاركة وزراء خارجية دول …).
const participationReach = 5

// listFirst is the first token of the coordinated list of states mention
// mi is part of (the mention's own first token when it is alone).
func (st *checkState) listFirst(mi int) int {
	cur := mi
	for {
		m := &st.ms[cur]
		k := m.FirstTok - 1
		if !hasPrefixAnd(m) && k >= 0 && st.isComma(k) {
			k--
		} else if !hasPrefixAnd(m) {
			break
		}
		if k < 0 || st.tokMention[k] < 0 || int(st.tokMention[k]) == cur || !isState(&st.ms[st.tokMention[k]]) {
			break
		}
		cur = int(st.tokMention[k])
	}
	return st.ms[cur].FirstTok
}

// isComma says whether token k is a comma.
func (st *checkState) isComma(k int) bool {
	w := st.word(k)
	return w == "،" || w == ","
}
