package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// A speech is no word of contact, but a speech an official delivers in
// another state than his own (ألقى وزير الخارجية المصري كلمة أمام
// البرلمان الكيني، under a Nairobi dateline) is his contact with the state
// he addresses: its parties are the speaker's state and the state the
// speech is given in.

// addressReach is how many words after the verb of a speech its noun
// stands at most (ألقى الرئيس … اليوم كلمة: the subject between).
const addressReach = 12

// addressAt returns the token of the lede's report of a speech delivered
// (ألقى … كلمة، ألقت … محاضرة), -1 if none: the verb in the past, not
// governed by a future word (من المقرر أن يلقي), with a speech's noun
// after it in the lede's first sentence, where the lede names no
// gathering of several states (قمة، مؤتمر، منتدى، اجتماع) and the
// sentence no organisation or group (الجمعية العامة للأمم المتحدة): a
// speech there addresses them, not a state.
func (st *checkState) addressAt() int {
	k := &st.c.k
	if st.toks.Len() == 0 {
		return -1
	}
	s := st.sentOf(0)
	for tok := s.first; tok <= s.last && tok <= st.ledeEnd; tok++ {
		if !st.addressVerb(tok) || st.futureAt(tok) {
			continue
		}
		noun := false
		for n := tok + 1; n <= min(s.last, tok+addressReach) && !noun; n++ {
			noun = st.is(n, k.address) && !st.addressVerb(n)
		}
		if !noun {
			continue
		}
		if st.classWithin(0, st.ledeEnd, k.summit) || st.namesBody(s) {
			return -1
		}
		return tok
	}
	return -1
}

// namesBody says whether sentence s names an organisation or a group.
func (st *checkState) namesBody(s span) bool {
	for mi := range st.ms {
		m := &st.ms[mi]
		if m.FirstTok() > s.last {
			break
		}
		if m.FirstTok() >= s.first && (m.Kind == entities.Organisation || m.Kind == entities.Group) {
			return true
		}
	}
	return false
}

// addressAbroad says whether the lede reports a speech delivered in
// another state than the speaker's (addressAt): the dateline's state (with
// no dateline, the state of the lede's place, venueState) acts in the text, and another state is named by a title or an official in
// the lede (the speaker's).
func (st *checkState) addressAbroad(byID map[string]*partState) bool {
	if st.addressAt() < 0 {
		return false
	}
	host := st.home
	if host == "" {
		host = st.venueState() // no dateline: the lede's place (venue.go)
	}
	h := byID[host]
	if host == "" || h == nil || !h.party {
		return false
	}
	for _, p := range byID {
		if p.id != host && p.ledeTitle > 0 {
			return true
		}
	}
	return false
}

// addressVerb says whether token tok is a verb of the address class (ألقى،
// ألقت …: the class's verbs open with ألق, its nouns, كلمة، خطاب،
// محاضرة, do not).
func (st *checkState) addressVerb(tok int) bool {
	if !st.is(tok, st.c.k.address) {
		return false
	}
	w := st.word(tok)
	for _, p := range [...]string{"", "و", "ف"} {
		if strings.HasPrefix(w, p+st.c.normWord("ألق")) {
			return true
		}
	}
	return false
}
