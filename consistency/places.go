package consistency

import (
	"fmt"

	"github.com/nazir-nlp/nazir/entities"
)

// Places: a visit's destination and the place where the meeting took
// place name the same state. A release datelined in a participant's city
// (مسقط …) that sends the visit to a third state (… زيارته إلى اليمن) has
// swapped the destination. The destination is a state or a capital right
// after إلى with a visit word (زيارة، وصل، يزور …) at most visitReach words
// before it; a visit announced for later (زيارته المرتقبة إلى …), a tour of
// several states (إلى قطر والكويت، جولة), and a visit concluded or returned
// from (اختتم زيارة إلى …، عاد من زيارة إلى …) are not the meeting's. The finding's
// confidence is destinationBase, times destinationRepeated when the text
// names the destination again elsewhere (a state the release discusses is
// more likely a real second stop than a swapped name).
const (
	destinationBase     = 0.8
	destinationRepeated = 0.6
)

// otherVisit holds the words (normalised) that make a sentence's visit
// another one than the meeting's: concluded, returned from, earlier or the
// last one (نتائج الزيارة الأخيرة إلى …), a tour's stop. It is never written.
var otherVisit = map[string]bool{
	"اختتم": true, "اختتمت": true, "اختتام": true, "انهي": true, "انهت": true, "قادما": true, "قادمه": true,
	"قادمين": true, "سبق": true, "سبقت": true, "سابقه": true, "سابق": true, "جوله": true, "جولته": true,
	"جولتها": true, "عاد": true, "عادت": true, "عودته": true, "عودتها": true, "عوده": true,
	"الاخيره": true, "الاخير": true, "الماضيه": true, "الماضي": true, "نتائج": true, "السابقه": true,
}

// venue returns the state where the lede's meeting took place: the
// dateline's city or capital, "" when the text has no dateline place.
func (st *checkState) venue() string {
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok > 5 {
			break
		}
		if m.Kind == entities.Country && len(m.Entities) == 1 &&
			(m.Form == entities.FormCapital || m.Form == entities.FormCity) && st.dateline(m) {
			return m.Entities[0]
		}
	}
	return ""
}

// destinationConflict judges mention mi as a visit's destination against
// the venue of the first episode.
func (st *checkState) destinationConflict(ep *episode, mi int) (Finding, bool) {
	m := &st.ms[mi]
	if len(st.episodes) == 0 || ep != st.episodes[0] || !ep.judgesPair() || !st.isDestination(mi) {
		return Finding{}, false
	}
	v := st.venue()
	if v == "" || !ep.partIDs[v] || containsStr(m.Entities, v) {
		return Finding{}, false
	}
	var fs []feature
	if n := st.timesNamed(m.Entities[0]); n > 1 {
		fs = append(fs, feature{"named-again", destinationRepeated, fmt.Sprintf("named %d times", n)})
	}
	p := &Pattern{ID: "visit-destination", Confidence: destinationBase,
		Message: "%s is named as the visit's destination where the meeting took place in another state"}
	fs = st.judgementFeatures(ep, m, p, fs)
	if product(p.Confidence, fs) < minConflictConfidence {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, v, fs), true
}

// isDestination says whether mention mi is the destination of the visit
// its sentence reports: one country, named or by its capital, right after
// إلى, a visit word before it, no future word, not in a list.
func (st *checkState) isDestination(mi int) bool {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak || m.Prefix != "" ||
		(m.Form != entities.FormName && m.Form != entities.FormCapital) || m.FirstTok == 0 {
		return false
	}
	if st.word(m.FirstTok-1) != "الي" || st.futureAt(m.FirstTok) || st.listLen(mi) >= 2 {
		return false
	}
	s := st.sentOf(m.FirstTok)
	for k := m.FirstTok - 2; k >= s.first && k >= m.FirstTok-1-visitReach; k-- {
		if !st.is(k, st.c.k.visit) {
			continue
		}
		// concluded or returned from: a word of another visit from two
		// words before the visit word to the destination
		for j := max(s.first, k-2); j < m.FirstTok; j++ {
			if otherVisit[withoutAnd(st.word(j))] {
				return false
			}
		}
		return true
	}
	return false
}

// withoutAnd drops a conjunction و or ف from a word.
func withoutAnd(w string) string {
	if len(w) > len("و")+len("ال") && (w[:len("و")] == "و" || w[:len("ف")] == "ف") {
		return w[len("و"):]
	}
	return w
}
