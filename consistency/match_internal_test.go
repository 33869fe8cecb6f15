package consistency

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nazir-nlp/nazir/entities"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// matchChecker is the default checker, built once for the matcher tests.
func matchChecker(t testing.TB) *Checker {
	t.Helper()
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	rules, err := DefaultRules()
	require.NoError(t, err)
	c, err := New(g, rules, Options{})
	require.NoError(t, err)
	return c
}

// compilePattern compiles one conflict pattern against c's word classes.
func compilePattern(c *Checker, pattern string) (Pattern, error) {
	y := "conflicts:\n  - id: fuzzed\n    pattern: " + strconv.Quote(pattern) +
		"\n    expect: counterpart\n    confidence: 0.9\n    message: m\n"
	rs, err := LoadRules(strings.NewReader(y), "fuzzed.yaml")
	if err != nil {
		return Pattern{}, err
	}
	// The overlay's own classes are not the checker's: check its elements
	// against the checker's classes instead.
	for _, e := range rs.Conflicts[0].elems {
		if e.class != "" {
			if _, ok := c.classBit[e.class]; !ok {
				return Pattern{}, os.ErrNotExist
			}
		}
	}
	return c.compile(rs.Conflicts)[0], nil
}

// matchAll matches p around every mention in every episode of text and
// returns the most states one match visited, with the bound the memo
// promises for it: elements × (sentence tokens + 2) × (largest gap + 1),
// on each side, after the first memoAfter steps.
func matchAll(t testing.TB, c *Checker, p *Pattern, text string) (matches, worst, worstBound int) {
	st := c.newState([]byte(text))
	defer c.release(st)
	st.prepare()
	st.analyse()
	maxGap := 0
	for _, e := range p.elems {
		maxGap = max(maxGap, e.n)
	}
	for _, ep := range st.episodes {
		for mi := range st.ms {
			before := st.matchSteps
			if _, ok := st.match(ep, p, mi); ok {
				matches++
			}
			steps := st.matchSteps - before
			s := st.sentOf(st.ms[mi].FirstTok())
			bound := 2 * (memoAfter + len(p.elems)*(s.last-s.first+3)*(maxGap+1))
			if steps > worst {
				worst, worstBound = steps, bound
			}
			if steps > bound {
				t.Fatalf("pattern %q, mention %d: %d matcher steps, bound %d", p.Source, mi, steps, bound)
			}
		}
	}
	return matches, worst, worstBound
}

// TestMatchAdjacentGaps: a pattern of many adjacent gaps (~8 twelve and
// twenty times, the hostile rules file) is matched in steps bounded by
// elements × tokens, not by the product of the gap widths (twelve gaps
// took minutes per release), and still finds what it should and nothing
// more: the gaps match any run of up to 8×N tokens.
func TestMatchAdjacentGaps(t *testing.T) {
	c := matchChecker(t)
	text, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(t, err)
	for _, n := range []int{1, 2, 12, 20} {
		t.Run(strconv.Itoa(n)+" gaps", func(t *testing.T) {
			// @that (أن) then up to 8n tokens of anything then X then a
			// token that is in no class of the text (never there): no
			// match can succeed, every split is tried.
			never, err := compilePattern(c, "@that "+strings.Repeat("~8 ", n)+"X @summit @summit @summit")
			require.NoError(t, err)
			done := make(chan struct{})
			var worst, bound int
			go func() {
				defer close(done)
				_, worst, bound = matchAll(t, c, &never, string(text))
			}()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("the matcher did not finish")
			}
			t.Logf("%d gaps: at most %d states per match (bound %d)", n, worst, bound)
			// The same gaps before a pattern that can match do.
			can, err := compilePattern(c, "@that "+strings.Repeat("~8 ", n)+"X")
			require.NoError(t, err)
			matches, _, _ := matchAll(t, c, &can, string(text))
			assert.Positive(t, matches)
		})
	}
}

// FuzzMatch: the rules language's matcher, on any pattern the rules
// loader accepts and any text, visits a number of states bounded by the
// pattern's length times the sentence's tokens (matchAll fails otherwise),
// and each input is matched within a time budget: a hang is a failure,
// not a stuck fuzzer.
func FuzzMatch(f *testing.F) {
	c := matchChecker(f)
	text, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(f, err)
	f.Add("@side X", string(text))
	f.Add("@that ~8 ~8 ~8 ~8 ~8 ~8 ~8 ~8 ~8 ~8 ~8 ~8 X", string(text))
	f.Add("S @comma @title ~3 X:nisba", string(text))
	f.Add("@relation ~2 @between P:name X:name,and ~8 ~8 !@that ~8", string(text[:600]))
	f.Add("~8 ~8 S ~8 P ~8 X ~8 ~8 P ~8 ~8 S ~8", "قال الوزير وانغ يي إن الصين وأذربيجان والجانب الأذربيجاني")
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if len(pattern) > 400 || len(text) > 8000 {
			return
		}
		p, err := compilePattern(c, pattern)
		if err != nil {
			return
		}
		start := time.Now()
		matchAll(t, c, &p, text)
		if d := time.Since(start); d > 20*time.Second {
			t.Fatalf("pattern %q took %v on %d bytes (budget 20s)", pattern, d, len(text))
		}
	})
}
