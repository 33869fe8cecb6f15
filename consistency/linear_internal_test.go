package consistency

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// pathSteps is what a check of one text read on each path that used to
// be quadratic, with the units the bounds are counted in.
type pathSteps struct {
	title, contact, spelling  int // the steps (checkState's counters)
	tokens, mentions, persons int
}

// stepsOf checks src and returns its counters.
func stepsOf(c *Checker, src string) pathSteps {
	st := c.newState([]byte(src))
	st.prepare()
	st.analyse()
	s := pathSteps{title: st.titleSteps, contact: st.contactSteps, spelling: st.spellingSteps,
		tokens: st.toks.Len(), mentions: len(st.ms), persons: len(st.persons)}
	c.release(st)
	return s
}

// TestPathsLinear holds three paths that were quadratic to a number of
// steps linear in the text, counted, not timed, on the texts that made
// them quadratic: a title phrase read back from each mention
// (afterRelative: at most maxTitleRun tokens back, where text made only of
// mentions was read back to the sentence's start from each), a sentence's
// contact read once for all the pairs of states in it (sentenceContact,
// where statePairs read it again for each pair), and the spellings of a
// person compared by counting the words of each name once
// (spelledDifferently, where every pair of the cluster's names was
// compared). Each bound is a few times the units; each old path (the
// bound, the memo or the counting taken out) reads 20 to 1,500 times more
// than its bound on these texts.
func TestPathsLinear(t *testing.T) {
	_, c := testChecker(t)
	for _, tc := range []struct{ name, src string }{
		{"state repeated", strings.Repeat("الصين ", 3000)},
		{"title repeated", strings.Repeat("وزير الخارجية الصيني ", 1000)},
		{"states paired", strings.Repeat("الصين والسعودية ", 1500)},
		{"titled list", "قال وزير الخارجية الصيني إن قادة " + strings.Repeat("الصين واليابان والهند ", 1000)},
		{"surname repeated", strings.Repeat("بايراموف ", 3000)},
		{"name repeated", strings.Repeat("قال وانغ يي ", 1000)},
	} {
		name, src := tc.name, tc.src
		s := stepsOf(c, src)
		t.Logf("%s: %+v", name, s)
		assert.LessOrEqual(t, s.title, 2*(maxTitleRun+1)*s.mentions, "%s: tokens read back for a title phrase", name)
		assert.LessOrEqual(t, s.contact, 3*s.tokens, "%s: tokens read for a sentence's contact", name)
		assert.LessOrEqual(t, s.spelling, 16*s.persons, "%s: names compared for their spellings", name)
	}
}
