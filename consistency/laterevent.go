package consistency

import "github.com/nazir-nlp/nazir/entities"

// An event to come. A release names third states at events the meeting is
// not: a conference another state will host (سأتوجه الأسبوع المقبل إلى
// لاهاي للمشاركة في الاجتماع الذي تستضيفه هولندا), a summit another
// state's leader will attend (رئيسة وزراء آيسلندا ستشارك الشهر المقبل في
// مؤتمر المانحين). Such a state has a role of its own, as one at an event
// the text dates before the meeting has (earlierActor): laterActor reads
// it, and earlier reports it as laterHost, which lowers a judgement by the
// earlier-event factor and sets the role scorer's earlier feature.

// laterVerb are the verbs (normalised) by which a state hosts, holds,
// chairs or attends an event, in the imperfect or the future: the event is
// under way or to come.
var laterVerb = newWordList(
	"تستضيف", "تستضيفه", "تستضيفها", "يستضيف", "يستضيفه", "يستضيفها",
	"ستستضيف", "ستستضيفه", "ستستضيفها", "سيستضيف", "سيستضيفه", "سيستضيفها",
	"تحتضن", "تحتضنه", "تحتضنها", "ستحتضن", "ستحتضنه", "ستحتضنها",
	"تنظم", "تنظمه", "تنظمها", "ستنظم", "ستنظمه", "ستنظمها",
	"تشارك", "ستشارك", "يشارك", "سيشارك",
	"تتراس", "ستتراس", "يتراس", "سيتراس", "تحضر", "ستحضر", "يحضر", "سيحضر",
)

// eventPronoun are the words (normalised) by which a verb of attending
// refers back to an event named before it (ستشارك فيها), which may be the
// parties' own (the joint committee's next session).
var eventPronoun = newWordList("فيها", "فيه", "بها", "به")

// laterActor says whether mention mi, a state's name or capital, hosts,
// holds, chairs or attends an event to come: a laterVerb within
// eventActorReach words of it in its clause, a word of time to come (the
// rules' future class: المقبل، القادمة، المرتقب) in the clause or, when
// the clause opens with a relative pronoun, in the clause whose noun it
// describes, no اليوم there (the meeting's day), no participant named in
// the clause, by a mention or a person, and no pronoun after the verb for
// an event named before (ستشارك فيها: the parties' own event may be
// meant). A participant's own event to
// come names the participant, so a participant swapped there stays a
// slip. The clause runs between commas, complementisers (أن، إن),
// relative pronouns and quotation edges, within the sentence (as in
// earlierActor; actorClause gives it).
func (st *checkState) laterActor(ep *episode, mi int) bool {
	m := &st.ms[mi]
	if (m.Kind != entities.Country && m.Kind != entities.Group) || (m.Form != entities.FormName && m.Form != entities.FormCapital) {
		return false
	}
	s := st.sentOf(m.FirstTok())
	first, last, inQuote := st.actorClause(m)
	verb, dated := false, false
	for k := first; k <= last; k++ {
		if k >= m.FirstTok() && k <= m.LastTok() {
			continue
		}
		switch {
		case st.word(k) == "اليوم":
			return false
		case st.is(k, st.c.k.future):
			dated = true
		}
		if laterVerb.has(withoutAnd(st.word(k))) && k >= m.FirstTok()-eventActorReach && k <= m.LastTok()+eventActorReach {
			if k+1 <= last && eventPronoun.has(st.word(k+1)) {
				return false // an event named before (ستشارك فيها): maybe the parties' own
			}
			verb = true
		}
		if st.partyAt(ep, mi, k) {
			return false
		}
	}
	if !verb {
		return false
	}
	// a relative clause (الذي تستضيفه هولندا) is dated by the clause of
	// the noun it describes
	if !dated && first > s.first && relative.has(withoutAnd(st.word(first-1))) {
		for k := first - 2; k >= s.first && !st.clauseEdge(k, inQuote); k-- {
			if st.word(k) == "اليوم" {
				return false
			}
			if st.is(k, st.c.k.future) {
				dated = true
			}
		}
	}
	return dated
}
