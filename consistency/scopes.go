package consistency

import (
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Where a scope starts. A news digest reports its meeting as a later
// story (after the economy and the sports results): the lede's meeting
// starts at the paragraph of its first contact, and what comes before is
// about other things. A paragraph that turns to another story (وفي سياق
// آخر، وعلى صعيد آخر) may open a meeting of its own even inside the contact
// window.

// meetingStart is the first token of the paragraph that reports the lede
// episode's contact, when the text reaches it only after other stories:
// the lede reports no contact of its own, the first contact of the contact window
// opens a later paragraph, and no paragraph before it names a participant
// (a dateline or an agency aside). 0 when the meeting starts the text.
func (st *checkState) meetingStart() int {
	ep := st.episodes[0]
	if len(ep.parts) < 2 && !ep.multilat || st.ledeContact() {
		return 0
	}
	// the first sentence of the window that reports a contact and names
	// a participant (a sports item's نظيره names none)
	si := -1
	for i := range st.sents {
		s := st.sent(i)
		if s.first > st.windowEnd {
			break
		}
		if st.sentenceContact(s) && st.namesParticipant(ep, s.first, s.last) {
			si = i
			break
		}
	}
	if si < 0 || st.sent(si).first <= st.ledeEnd {
		return 0
	}
	for si > 0 && !st.lineStart(si) {
		si--
	}
	start := st.sent(si).first
	if si == 0 || start <= st.ledeEnd {
		return 0
	}
	if st.namesParticipant(ep, 0, start-1) {
		return 0
	}
	return start
}

// namesParticipant says whether tokens [first, last] name a participant of
// ep: a state, a title's or a person's, a dateline or an agency aside.
func (st *checkState) namesParticipant(ep *episode, first, last int) bool {
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > last {
			break
		}
		if m.FirstTok() < first || m.Kind == entities.Agency || st.dateline(m) {
			continue
		}
		for _, id := range st.stateIDs(m) {
			if ep.partIDs.has(id) {
				return true
			}
		}
	}
	for pi := range st.persons {
		if p := &st.persons[pi]; p.first >= first && p.first <= last && ep.partIDs.has(st.personCountry(pi)) {
			return true
		}
	}
	return false
}

// turnsAside says whether sentence s opens with a turn to another story:
// a word of the aside class among its first asideReach tokens (وفي سياق
// آخر، وعلى الصعيد الدبلوماسي، من جهة أخرى).
func (st *checkState) turnsAside(s span) bool {
	first := st.afterItemMark(s)
	return st.classWithin(first, min(s.last, first+asideReach-1), st.c.k.aside)
}

// afterItemMark is the first token of sentence s after the mark of an
// item of a list, a digest or numbered clauses that opens it (أولا:، ثانيا
// -، 3.، *، ●), s.first when it opens with none.
func (st *checkState) afterItemMark(s span) int {
	k := s.first
	if k >= s.last || !st.itemMark(k) {
		return k
	}
	k++
	if k < s.last && st.toks.Kind(k) == arabic.Punct && itemPunct.has(st.word(k)) {
		k++
	}
	return k
}

// itemMark says whether token k is the mark of an item: a number, an
// ordinal adverb (أولا … عاشرا) or a bullet.
func (st *checkState) itemMark(k int) bool {
	switch st.toks.Kind(k) {
	case arabic.Number:
		return true
	case arabic.Punct:
		return itemBullet.has(st.word(k))
	case arabic.Word:
		return itemOrdinal.has(st.word(k))
	}
	return false
}

// itemOrdinal are the ordinal adverbs (normalised) that number the items
// of a digest or the clauses of a statement; itemBullet the bullets and
// dashes that open an item; itemPunct what may follow a mark (ثالثا:، 2-).
var (
	itemOrdinal = newWordList("اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا", "ثامنا",
		"تاسعا", "عاشرا")
	itemBullet = newWordList("*", "-", "–", "—", "•", "●", "■", "▪", "◆", "·")
	itemPunct  = newWordList(":", ".", "-", ")", "–", "/")
)

// asideReach is how many tokens open a paragraph that turns aside.
const asideReach = 3

// listedParty says whether a state mention in a contact sentence is a
// party through a list: a list whose first state stands after a title
// (وزراء خارجية موريتانيا ومالي والنيجر) or after a word of participation.
func (st *checkState) listedParty(mi int) bool {
	if st.listLen(mi) < 2 {
		return false
	}
	first := st.listFirst(mi)
	return st.titleBefore(first) || st.participationBefore(first)
}

// lineStart says whether sentence si starts a line (the text's first
// sentence does). paraStart marks a sentence after a line break only when
// the line before did not end with sentence punctuation; a scope starts at
// any line.
func (st *checkState) lineStart(si int) bool {
	k := st.sent(si).first
	if si == 0 || k == 0 {
		return true
	}
	a, b := st.origEnd(k-1), st.origStart(k)
	return a < b && hasLineBreak(st.src[a:b])
}

// digestStory is the first token of a digest's meeting story: the lede
// reports no contact, and a later line within digestLines sentences turns
// to another story (وعلى الصعيد الدبلوماسي، استقبل …) with a contact whose
// party is named by a title. 0 when there is none.
func (st *checkState) digestStory() int {
	if st.ledeContact() {
		return 0
	}
	for si := range st.sents {
		s := st.sent(si)
		if si >= digestLines {
			break
		}
		if s.first <= st.ledeEnd || !st.lineStart(si) || !st.turnsAside(s) || !st.sentenceContact(s) {
			continue
		}
		for k := s.first; k <= s.last; k++ {
			// a party named by its office (a sports item's نظيره is a team's)
			if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].FirstTok() == k && st.ms[mi].Kind == entities.Country &&
				st.titleBefore(k) {
				return s.first
			}
		}
	}
	return 0
}

// digestLines bounds the sentences searched for a digest's meeting.
const digestLines = 12

// storyWindowEnd is the end of a digest story's contact window: its first
// sentence and the one after it.
func (st *checkState) storyWindowEnd() int {
	si := int(st.sentAt(st.storyFirst))
	if si+1 < len(st.sents) {
		si++
	}
	return st.sent(si).last
}

// ledeContact says whether the lede reports a contact of its own.
func (st *checkState) ledeContact() bool {
	for k := 0; k <= st.ledeEnd && k < len(st.classes); k++ {
		if st.contactAt(k) {
			return true
		}
	}
	return false
}
