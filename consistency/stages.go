package consistency

import "github.com/nazir-nlp/nazir/arabic"

// stage is one step of a check: it reads what the stages before it left in
// the checkState and adds its own part.
type stage struct {
	name string
	run  func(*checkState)
}

// stages are the steps of a check, in the order they run (prepare, which
// tags the text and cuts it into sentences, runs before them). It is never
// written. Each line says what the stage leaves in the checkState.
var stages = [...]stage{
	{"lede", (*checkState).findLede},                  // ledeEnd, windowEnd
	{"persons", (*checkState).detectPersons},          // persons, personAt
	{"clusters", (*checkState).clusterPersons},        // clusters
	{"attributes", (*checkState).attributeStates},     // attrSlips: people given two states
	{"participants", (*checkState).inferParticipants}, // home, episodes[0]: the lede's episode
	{"episodes", (*checkState).splitEpisodes},         // the later episodes
	{"mentions", (*checkState).judgeMentions},         // roles; country-conflict findings
	{"repeated swaps", (*checkState).repeatedSwaps},   // country conflicts on a slip's other mentions
	{"names", (*checkState).nameFindings},             // name-variant and wrong-given-name findings
	{"hidden controls", (*checkState).hiddenControls}, // hidden-control findings
	{"scopes", (*checkState).scopeReport},             // scopes
}

// analyse runs the stages in order.
func (st *checkState) analyse() {
	for i := range stages {
		stages[i].run(st)
		if st.large && leavesGarbage(stages[i].name) {
			st.collect()
		}
	}
}

// leavesGarbage says whether a stage leaves much garbage on a text of many
// names (the persons stage its name keys, the clusters stage its indices),
// which a large text's check collects before the next stage (collect).
func leavesGarbage(stage string) bool { return stage == "persons" || stage == "clusters" }

// findLede is the lede stage. The lede is the sentences from the start
// until they hold ledeWords Arabic words (at most ledeSents sentences): the
// first sentence of a release, or a headline, a dateline line and the first
// sentence of an article. The contact window (contactEnd) follows from it.
func (st *checkState) findLede() {
	st.ledeEnd = -1
	words := 0
	for i := range st.sents {
		s := st.sent(i)
		if i == ledeSents {
			break
		}
		st.ledeEnd = s.last
		for k := s.first; k <= s.last; k++ {
			if st.toks.Kind(k) == arabic.Word {
				words++
			}
		}
		if words >= ledeWords {
			break
		}
	}
	st.windowEnd = st.contactEnd()
}

// What makes a lede: ledeWords words at least, in ledeSents sentences at
// most.
const (
	ledeWords = 15
	ledeSents = 4
)

// inLede says whether token tok is in the lede.
func (st *checkState) inLede(tok int) bool { return tok <= st.ledeEnd }
