package consistency

import (
	"maps"
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

// designationArticles are the article with the proclitics it takes before
// a designation's head (السلطنة، والمملكة، للجمهورية), as designationHeadIndex
// reads them.
var designationArticles = [...]string{"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"}

// compileDesignations sets the Checker's designations and what
// designationHeadIndex reads of them.
func (c *Checker) compileDesignations(g *entities.Gazetteer) {
	c.designations = c.designationsOf(g)
	c.designationKeys = slices.Sorted(maps.Keys(c.designations))
	for _, h := range c.designationKeys {
		c.designationTails = append(c.designationTails, lastFour(h))
		for _, p := range designationArticles {
			if n := len(p) + len(h); n < 64 {
				c.designationLens |= 1 << n
			}
		}
	}
}

// designationHeadIndex returns the index in designationKeys of the
// normalised head of designation word w (a normalised token: السلطنة،
// والمملكة، للجمهورية), -1 when w is none.
func (c *Checker) designationHeadIndex(w string) int {
	if len(w) >= 64 || c.designationLens&(1<<len(w)) == 0 {
		return -1 // no article and head add up to its length
	}
	tail := lastFour(w)
	for i, h := range c.designationKeys {
		if c.designationTails[i] != tail || !strings.HasSuffix(w, h) {
			continue
		}
		if slices.Contains(designationArticles[:], w[:len(w)-len(h)]) {
			return i
		}
	}
	return -1
}

// lastFour returns the last four bytes of s (fewer: those there are) as
// one number.
func lastFour(s string) uint32 {
	var t uint32
	for i := max(len(s)-4, 0); i < len(s); i++ {
		t = t<<8 | uint32(s[i])
	}
	return t
}

// designationWord is a token whose word is a designation
// (designationHeadIndex).
type designationWord struct {
	tok  int32
	head int32 // its index in designationKeys
}

// designationWords returns the tokens whose word is a designation, with
// its head, in order (read once per text: designated is called for each
// state the text names).
func (st *checkState) designationWords() []designationWord {
	if !st.designRead {
		st.designRead = true
		st.designWords = st.designWords[:0]
		for i := range st.toks.Len() {
			if h := st.c.designationHeadIndex(st.word(i)); h >= 0 {
				st.designWords = append(st.designWords, designationWord{int32(i), int32(h)})
			}
		}
	}
	return st.designWords
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
	for _, w := range st.designationWords() {
		i, h := int(w.tok), st.c.designationKeys[w.head]
		if i < st.storyFirst || st.inMention.has(i) || i+1 < st.toks.Len() && st.inMention.has(i+1) {
			continue
		}
		if !slices.Contains(st.c.designations[h], id) || st.designatedState(h) != id {
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
	// the states of the designations the text writes, each once: what a
	// state gets depends on it alone
	var heads uint64 // by index in designationKeys
	for _, w := range st.designationWords() {
		heads |= 1 << w.head
	}
	ids := st.designIDs[:0]
	for hi, h := range st.c.designationKeys {
		if heads&(1<<hi) != 0 {
			ids = append(ids, st.c.designations[h]...)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	st.designIDs = ids[:0]
	for _, id := range ids {
		if st.timesNamed(id) == 0 {
			continue
		}
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
