package consistency

import "slices"

// sideWordsMin is the number of mentions above which participantContext
// looks the words beside participants' mentions up in st.sideWords
// instead of reading every mention for each mention it judges (which was
// quadratic in the mentions); a release has fewer and takes the loop.
const sideWordsMin = 512

// sideWord is a key of st.sideWords: the word before (after false) or
// after a judgeable mention, and one of the entities the mention names.
type sideWord struct {
	word  string
	id    string
	after bool
}

// sideWordsOf is participantContext read from st.sideWords: whether a
// judgeable mention other than mi that names a participant of ep has wb
// before it, and one has wa after it ("" matches nothing). It gives what
// the loop over every mention gives.
func (st *checkState) sideWordsOf(ep *episode, mi int, wb, wa string) (before, after bool) {
	if st.sideWords == nil {
		st.sideWords = make(map[sideWord]int32)
		for j := range st.ms {
			n := &st.ms[j]
			st.sideSteps++
			if !judgeable(n) {
				continue
			}
			for i, id := range n.Entities {
				if slices.Contains(n.Entities[:i], id) {
					continue
				}
				if k := n.FirstTok() - 1; k >= 0 {
					st.sideWords[sideWord{st.word(k), id, false}]++
				}
				if k := n.LastTok() + 1; k < st.toks.Len() {
					st.sideWords[sideWord{st.word(k), id, true}]++
				}
			}
		}
	}
	m := &st.ms[mi]
	// others counts the mentions but mi with word w beside them naming id:
	// mi itself is counted in its own words' entries when judgeable.
	others := func(w, id string, side bool) int32 {
		n := st.sideWords[sideWord{w, id, side}]
		if judgeable(m) && slices.Contains(m.Entities, id) {
			n--
		}
		return n
	}
	for _, id := range ep.partIDs.ids {
		before = before || (wb != "" && others(wb, id, false) > 0)
		after = after || (wa != "" && others(wa, id, true) > 0)
	}
	return before, after
}

// speakerBefore returns the speaker of the nearest sentence before
// sentence si in its paragraph that names one (speakerIn), "" if none or
// si starts a paragraph. The last answer is remembered: a walk that comes
// to the sentence of the last question takes its answer, so judging the
// mentions of a paragraph of many sentences in text order reads each
// sentence once, not once per later mention.
func (st *checkState) speakerBefore(si int) string {
	start, sp := si, ""
	for si > 0 && !st.paraStart.has(si) {
		if !st.noSpeakerMemo && st.speakerSent == si+1 {
			sp = st.speakerMemo
			break
		}
		si--
		st.speakerSteps++
		if sp = st.speakerIn(st.sent(si).first, st.sent(si).last); sp != "" {
			break
		}
	}
	st.speakerSent, st.speakerMemo = start+1, sp
	return sp
}
