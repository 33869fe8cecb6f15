package consistency

import (
	"slices"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// A text that has named a state often goes on to call it by the word its
// formal name opens with (سلطنة عمان: وأكدت السلطنة، دعم المملكة،
// رئيس الجمهورية). A translation that swaps the state's name leaves such
// a word as it stands: it names the state without its name, as an anchor
// does (partrival.go).

// designationHeads are the words a state's formal name may open with that
// stand for the state alone with the article (السلطنة، المملكة،
// الجمهورية، الإمارة). دولة is left out: الدولة is any state.
var designationHeads = [...]string{"سلطنة", "مملكة", "جمهورية", "إمارة"}

// designationsOf maps the normalised head of each designation to the
// states whose formal name (a name in the gazetteer) opens with it, with
// or without the article (مملكة البحرين، المملكة المغربية), sorted.
func (c *Checker) designationsOf(g *entities.Gazetteer) map[string][]string {
	out := map[string][]string{}
	for _, h := range designationHeads {
		nh := c.normWord(h)
		for _, e := range g.ByKind(entities.Country) {
			for _, n := range e.Names {
				ws := strings.Fields(c.normWord(n))
				if len(ws) < 2 || strings.TrimPrefix(ws[0], "ال") != nh {
					continue
				}
				if !slices.Contains(out[nh], e.ID) {
					out[nh] = append(out[nh], e.ID)
				}
				break
			}
		}
		slices.Sort(out[nh])
	}
	return out
}

// designationHead returns the normalised head of designation word w (a
// normalised token: السلطنة، والمملكة، للجمهورية), "" when w is none.
func (c *Checker) designationHead(w string) string {
	for h := range c.designations {
		if !strings.HasSuffix(w, h) {
			continue
		}
		switch strings.TrimSuffix(w, h) {
		case "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل":
			return h
		}
	}
	return ""
}

// designation is what a state's designations (designated) tie it to the
// text with.
type designation struct {
	n      int // words that name the state by its designation alone
	acting int // of them, those that stand as an actor (designationActs)
	tok    int // the first acting one's token
}

// designated reads the words that name state id by its designation alone
// (وأكدت السلطنة، دعم المملكة), after the start of the story: a
// designation that is no part of a name (not a mention's word, nor
// followed by one: الجمهورية التونسية) stands for the one state the text
// names whose formal name opens with it, or, when several do, for the
// dateline's state if it is one of them; otherwise for none.
func (st *checkState) designated(id string) designation {
	d := designation{tok: -1}
	if len(st.c.designations) == 0 {
		return d
	}
	for i := st.storyFirst; i < st.toks.Len(); i++ {
		if st.inMention.has(i) || i+1 < st.toks.Len() && st.inMention.has(i+1) {
			continue
		}
		h := st.c.designationHead(st.word(i))
		if h == "" || !slices.Contains(st.c.designations[h], id) || st.designatedState(h) != id {
			continue
		}
		d.n++
		if st.designationActs(i) {
			if d.acting == 0 {
				d.tok = i
			}
			d.acting++
		}
	}
	return d
}

// designationActs says whether the designation at token i names the state
// as an actor or a party (وأكدت السلطنة، أن المملكة تعتزم، دعم
// السلطنة), not as a place, a topic or a title's word (في السلطنة، رئيس
// الجمهورية), nor in a sentence telling an earlier event (the
// pluperfect).
func (st *checkState) designationActs(i int) bool {
	k := &st.c.k
	return !st.pluperfectSentence(i) && !st.afterRelative(i) &&
		!st.is(i-1, k.prep.or(k.locative).or(k.topicNoun).or(k.about).or(k.title).or(k.titleWord))
}

// addDesignations adds to anchors, for stateAnchors' readers that weigh
// participants (anchoredRival), the states the text calls by their
// designation: each such word a loose anchor, each acting one a strict
// anchor ("designation").
func (st *checkState) addDesignations(anchors map[string]anchor) {
	// each state once, however many the text names: what a state gets
	// depends on it alone, so the order of the map does not matter
	var seen []string
	for _, ids := range st.c.designations {
		for _, id := range ids {
			if st.timesNamed(id) == 0 || slices.Contains(seen, id) {
				continue
			}
			seen = append(seen, id)
			d := st.designated(id)
			if d.n == 0 {
				continue
			}
			a := anchors[id]
			a.loose += d.n
			if d.acting > 0 {
				if a.n == 0 {
					a.tok, a.note = d.tok, "designation"
				}
				a.n += d.acting
			}
			anchors[id] = a
		}
	}
}

// designatedState is the state designation head h stands for in the text
// (see designated), "" if none.
func (st *checkState) designatedState(h string) string {
	one := ""
	for _, id := range st.c.designations[h] {
		if st.timesNamed(id) == 0 {
			continue
		}
		if id == st.home {
			return id
		}
		if one != "" {
			one = "-"
		} else {
			one = id
		}
	}
	if one == "-" {
		return ""
	}
	return one
}
