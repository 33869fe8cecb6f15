package consistency

import (
	"github.com/nazir-nlp/nazir/entities"
)

// A capital named with its state's nisba (إلى العاصمة الأوغندية كمبالا،
// في العاصمة الكينية نيروبي) names one place twice, and the gazetteer
// knows the state of each name. When the two disagree, one of them was
// swapped: the one that is no participant of the meeting, since the other
// names a participant. The slip may be either name: the nisba (العاصمة
// الباكستانية كمبالا for a visit to Uganda) or the city (العاصمة الأوغندية
// إسلام آباد).

// capitalNisbaBase is the confidence of a capital apposition whose two
// names disagree: the text contradicts itself inside one phrase.
const capitalNisbaBase = 0.9

// capitalWords are the words (normalised, without و) of the capital or a
// city before a state's nisba and the place's own name.
var capitalWords = newWordList("العاصمه", "بالعاصمه", "للعاصمه", "مدينه", "بمدينه", "المدينه", "بالمدينه")

// capitalApposition returns the two mentions of a capital apposition that
// mention mi belongs to: the nisba right after a capital word and the
// capital or city right after the nisba, each of one state (-1, -1 when mi
// is in none).
func (st *checkState) capitalApposition(mi int) (nisba, city int) {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak {
		return -1, -1
	}
	switch m.Form {
	case entities.FormNisba:
		nisba = mi
		k := m.LastTok() + 1
		if k >= st.toks.Len() {
			return -1, -1
		}
		ci := st.mentionAt(k)
		if ci < 0 {
			return -1, -1
		}
		city = int(ci)
	case entities.FormCapital, entities.FormCity:
		city = mi
		k := m.FirstTok() - 1
		if k < 0 {
			return -1, -1
		}
		ni := st.mentionAt(k)
		if ni < 0 {
			return -1, -1
		}
		nisba = int(ni)
	default:
		return -1, -1
	}
	n, c := &st.ms[nisba], &st.ms[city]
	if n.Form != entities.FormNisba || n.Kind != entities.Country || len(n.Entities) != 1 || n.Weak || n.pre != 0 ||
		c.FirstTok() != n.LastTok()+1 || c.pre != 0 || c.Weak || c.Kind != entities.Country || len(c.Entities) != 1 ||
		(c.Form != entities.FormCapital && c.Form != entities.FormCity) {
		return -1, -1
	}
	if k := n.FirstTok() - 1; k < 0 || !capitalWords.has(withoutAnd(st.word(k))) {
		return -1, -1
	}
	return nisba, city
}

// capitalNisbaConflict judges mention mi as one name of a capital
// apposition whose other name gives another state (capitalApposition):
// when the other name's state is a participant of the episode and mi's
// is not, mi is the slip and that participant the suggestion.
func (st *checkState) capitalNisbaConflict(ep *episode, mi int) (Finding, bool) {
	if !ep.judgesPair() {
		return Finding{}, false
	}
	n, c := st.capitalApposition(mi)
	if n < 0 {
		return Finding{}, false
	}
	other := n
	if mi == n {
		other = c
	}
	id, want := st.ms[mi].Entities[0], st.ms[other].Entities[0]
	if id == want || ep.partIDs.has(id) || !ep.partIDs.has(want) {
		return Finding{}, false
	}
	p := &Pattern{ID: "capital-apposition", Confidence: capitalNisbaBase,
		Message: "%s is named in an apposition with the capital of another state, a participant"}
	fs := []feature{{"apposition", 1, "one place named twice: " + string(st.src[st.ms[n].Start():st.ms[c].End()])}}
	fs = st.judgementFeatures(ep, &st.ms[mi], p, fs)
	if st.below(mi, p, fs) {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, want, fs), true
}
