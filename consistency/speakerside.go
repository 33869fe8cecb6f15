package consistency

// The role scorer's reading of a state in a participant's speaker's words
// (speaker-partner). A speaker names their own state, third states they
// speak of, and the meeting's other party; a translation that swaps a
// participant swaps it in the speaker's words as well (العلاقات بين بلدينا
// … مع أفغانستان for Azerbaijan; أشكر الجانب الألباني). The state stands
// where the other side of the speaker's relation stands when it is in
// partyQuote's shape (a partner's slot in a clause that names the
// speaker's own state, or in words that frame the two as a pair: بلدينا،
// البلدين), after a word of a side (الجانب X), or coordinated with the
// speaker's own state, read whatever the clause's topic (تنظر إلى X
// شريكا). A speaker of a state that is no participant, or a speaker the
// text does not place, gives none; nor the speaker's own look-alike
// neighbour coordinated with it.

// speakerPartner says whether mention mi is the other side of a
// participant's speaker's relation (above).
func (st *checkState) speakerPartner(ep *episode, mi int) bool {
	sh, ok := st.partyShapeOf(ep, mi)
	if !ok || sh.neighbour {
		return false
	}
	m := &st.ms[mi]
	own := sh.ownBefore || sh.ownAfter || st.pairFramed(sh.first, sh.last)
	slot := sh.pairedOwn || st.partnerSlot(mi)
	if !slot && sh.ownAfter && m.FirstTok()-1 >= sh.first && st.is(m.FirstTok()-1, st.c.k.that) {
		slot = true // إن X تبقى الشريك الأقرب لبلاده
	}
	side := m.FirstTok()-1 >= sh.first && st.is(m.FirstTok()-1, st.c.k.side)
	return sh.pairedOwn || (slot && own) || side
}
