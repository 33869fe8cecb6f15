package consistency

import "github.com/nazir-nlp/nazir/entities"

// An envoy's posting. "سفير مصر لدى ألمانيا", "السفير المصري في برلين",
// "مندوب الصين الدائم لدى سويسرا": a state named as where another state's
// envoy is posted is that envoy's host, named because the envoy is, and
// the sending state is there in the text beside it. A translation that
// swapped the host for a participant's look-alike leaves the same shape,
// so the posting lowers a conflict the less the more easily the host is
// mistaken for the participant expected in its place:
// postedBase + (1 − postedBase) × confusability. An envoy whose own state
// the text does not give (السفير لدى …) is no posting read here, nor is an
// envoy the sentence has attend or join the talks (وحضر المباحثات سفير
// مصر لدى …): the envoy who sits in on a party's talks is the one posted
// to the other party, and another host there is that party swapped.

// postedBase is the posted feature's factor for a host not easily mistaken
// for the participant expected: an intruder pattern (0.85 at most) falls
// below minConflictConfidence.
const postedBase = 0.4

// postedReach is how many words may stand between the sending state and
// the host's preposition (المعتمد، الدائم، الجديد، الأسبق).
const postedReach = 3

// postedFactor is the posted feature's factor for a confusability.
func postedFactor(conf float64) float64 { return postedBase + (1-postedBase)*conf }

// envoyPosting returns the state whose envoy mention mi's state hosts:
// the mention follows لدى, في or إلى, and before that, within
// postedReach words, stands another state named by its name or nisba
// right after an envoy's title or a mission (سفير، سفيرة، مندوب، قنصل، مبعوث،
// ملحق، سفارة …).
// "" when the mention is no envoy's posting.
func (st *checkState) envoyPosting(mi int) string {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	k := m.FirstTok() - 1
	if k <= s.first || !postedAt.has(withoutAnd(st.word(k))) {
		return ""
	}
	for j := s.first; j < k; j++ {
		if attending.has(withoutAnd(st.word(j))) {
			return ""
		}
	}
	for j := k - 1; j >= max(s.first, k-1-postedReach); j-- {
		si := st.mentionAt(j)
		if si < 0 {
			continue
		}
		sm := &st.ms[si]
		if sm.Kind != entities.Country || len(sm.Entities) != 1 || sameState(m, sm) || sm.Form == entities.FormCapital {
			return ""
		}
		t := sm.FirstTok() - 1
		if t >= s.first && st.envoyTitle(t) {
			return sm.Entities[0]
		}
		return ""
	}
	return ""
}

// attending are the words (normalised) by which a sentence has someone
// attend, join or accompany an event (حضر المباحثات، بحضور، شارك في
// اللقاء، رافق الوزير).
var attending = newWordList("حضر", "يحضر", "حضرها", "حضره", "حضور", "بحضور", "شارك", "يشارك", "شاركت",
	"رافق", "يرافق", "رافقه", "انضم", "ينضم", "ضم")

// postedAt are the prepositions (normalised) of an envoy's posting.
var postedAt = newWordList("لدي", "في", "الي")

// envoyTitle says whether token k is an envoy's title or a mission: a word
// of the rules' envoy or representative class (سفير، سفارة، مندوب، مبعوث).
func (st *checkState) envoyTitle(k int) bool { return st.is(k, st.c.k.envoy.or(st.c.k.representative)) }
