package nazir_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// heldout2Dir is the second held-out set: readouts written for measurement
// only, like testdata/heldout, by someone who did not write the rules.
const heldout2Dir = "testdata/heldout2"

// The floors of TestHeldOut2Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout2ConflictPrecision = 0.70 // measured 0.85 (17 of 20 findings)
	heldout2ConflictRecall    = 0.34 // measured 0.49 (17 of 35 slips)
	heldout2VariantPrecision  = 0.70 // measured 0.86 (6 of 7 findings)
	heldout2VariantRecall     = 0.45 // measured 0.60 (6 of 10 variants)
	heldout2Participants      = 0.58 // measured 19 of 26 releases (0.73)
	heldout2CleanFindings     = 8    // measured 3 false findings on the 14 clean readouts
)

// TestHeldOut2Labels checks the labels of testdata/heldout2 against the
// texts, so that a figure measured on the set is not a labelling error:
// every readout is labelled and every label names a readout; a readout is
// 150 to 400 words; participants are two distinct country ids of the
// gazetteer (none when multilateral); each conflict's context occurs
// exactly once (or has its n-th occurrence), its span is a whole surface
// form of the state the label says, a state that is not a participant, and
// a fix names a participant in the same form (name or nisba); each
// variant's mentions are located once each, do not overlap, and are
// written in at least two ways; no two gold spans overlap.
func TestHeldOut2Labels(t *testing.T) {
	checkHeldOutLabels(t, heldout2Dir, 30, 16, 14)
}

// heldOutT is what the label checks need of a test: a *testing.T, or a
// recorder with which a test shows that a planted label error fails them.
type heldOutT interface {
	require.TestingT
	Helper()
}

// checkHeldOutLabels checks the labels of the held-out set in dir against
// its texts, as TestHeldOut2Labels lists: the set has readouts readouts,
// each labelled, slipped of them with slips and clean without.
func checkHeldOutLabels(t heldOutT, dir string, readouts, slipped, clean int) {
	t.Helper()
	checkLabelsShaped(t, dir, readouts, slipped, clean, labelShape{minWords: 150, maxWords: 400})
}

// labelShape is what checkLabelsShaped allows of a set: its readouts'
// length in words, and whether a readout that reports no contact may be
// labelled with no participants (a training set's announced visits and
// lists of greetings; a held-out set labels a pair or a meeting of
// several).
type labelShape struct {
	minWords, maxWords int
	none               bool
}

// checkLabelsShaped is checkHeldOutLabels for a set of the given shape.
func checkLabelsShaped(t heldOutT, dir string, readouts, slipped, clean int, shape labelShape) {
	t.Helper()
	labels, names := heldOutLabels(t, dir)
	require.Len(t, names, readouts, "labelled readouts")

	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, readouts, "readouts")
	for _, f := range files {
		_, ok := labels[filepath.Base(f)]
		require.True(t, ok, "%s has no labels", f)
	}

	g, err := nazir.DefaultGazetteer()
	require.NoError(t, err)
	tg, err := entities.NewTagger(g, arabic.Default())
	require.NoError(t, err)
	isCountry := func(id string) bool {
		e, ok := g.Lookup(id)
		return ok && e.Kind == entities.Country
	}

	var gotSlipped, gotClean int
	for _, name := range names {
		l := labels[name]
		text, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err, name)
		require.True(t, utf8.Valid(text), "%s: not UTF-8", name)
		words := len(strings.Fields(string(text)))
		require.True(t, words >= shape.minWords && words <= shape.maxWords, "%s: %d words, want %d-%d", name, words, shape.minWords, shape.maxWords)

		if l.Multilateral {
			require.Empty(t, l.Participants, "%s: multilateral with participants", name)
		} else if !shape.none || len(l.Participants) > 0 {
			require.Len(t, l.Participants, 2, "%s: participants", name)
			require.NotEqual(t, l.Participants[0], l.Participants[1], "%s: participants", name)
			for _, p := range l.Participants {
				require.True(t, isCountry(p), "%s: participant %q is not a country id of the gazetteer", name, p)
			}
		}
		if len(l.Conflicts) == 0 && len(l.Variants) == 0 {
			gotClean++
		} else {
			gotSlipped++
		}

		var spans [][2]int
		addSpan := func(s, e int, what string) {
			for _, o := range spans {
				require.False(t, s < o[1] && o[0] < e, "%s: %s overlaps another gold span", name, what)
			}
			spans = append(spans, [2]int{s, e})
		}
		for _, c := range l.Conflicts {
			s, e := locateOnce(t, name, text, c.At, c.N)
			addSpan(s, e, c.At)
			span := string(text[s:e])
			require.False(t, l.Multilateral, "%s: a conflict in a multilateral readout", name)
			require.True(t, isCountry(c.Entity), "%s %q: entity %q is not a country id", name, c.At, c.Entity)
			require.NotContains(t, l.Participants, c.Entity, "%s %q: the written state is a participant", name, c.At)
			m, ok := tg.Lookup(span)
			require.True(t, ok, "%s %q: %q is not a surface form of the gazetteer", name, c.At, span)
			require.Contains(t, m.Entities, c.Entity, "%s %q: %q does not name %s", name, c.At, span, c.Entity)

			known := 0
			for _, f := range fixStrings(t, name, c.Fix) {
				fm, ok := tg.Lookup(f)
				if !ok {
					continue // another accepted spelling the gazetteer does not list
				}
				known++
				require.True(t, namesOne(fm.Entities, l.Participants), "%s %q: fix %q names %v, not a participant", name, c.At, f, fm.Entities)
				require.Equal(t, m.Form, fm.Form, "%s %q: fix %q is not in the span's form", name, c.At, f)
			}
			require.Positive(t, known, "%s %q: no fix is a surface form of the gazetteer", name, c.At)
		}
		for _, v := range l.Variants {
			require.GreaterOrEqual(t, len(v.Mentions), 2, "%s: a variant needs two mentions", name)
			written := map[string]bool{}
			for _, at := range v.Mentions {
				s, e := locateOnce(t, name, text, at, 0)
				addSpan(s, e, at)
				written[string(text[s:e])] = true
			}
			require.GreaterOrEqual(t, len(written), 2, "%s %v: the mentions are written one way", name, v.Mentions)
		}
	}
	require.Equal(t, slipped, gotSlipped, "readouts with slips")
	require.Equal(t, clean, gotClean, "clean readouts")
}

// locateOnce returns the span of at in text (the scorer's rule) and fails
// unless the context occurs exactly once, or, when n is given, at least n
// times.
func locateOnce(t heldOutT, name string, text []byte, at string, n int) (int, int) {
	t.Helper()
	s, e, err := slips.Locate(text, at, max(n, 1))
	require.NoError(t, err, name)
	if n == 0 {
		ctx := strings.Replace(strings.Replace(at, "[", "", 1), "]", "", 1)
		require.Equal(t, 1, strings.Count(string(text), ctx), "%s: context %q is not unique", name, at)
	}
	require.Less(t, s, e, "%s %q: empty span", name, at)
	require.LessOrEqual(t, e, len(text), "%s %q: span out of range", name, at)
	return s, e
}

// fixStrings returns a label's fix: one string or a list of accepted ones.
func fixStrings(t heldOutT, name string, fix any) []string {
	t.Helper()
	switch f := fix.(type) {
	case string:
		require.NotEmpty(t, f, name)
		return []string{f}
	case []any:
		require.NotEmpty(t, f, name)
		out := make([]string, 0, len(f))
		for _, x := range f {
			s, ok := x.(string)
			require.True(t, ok && s != "", "%s: fix %v", name, fix)
			out = append(out, s)
		}
		return out
	}
	require.FailNow(t, fmt.Sprintf("%s: fix %v is neither a string nor a list", name, fix))
	return nil
}

// namesOne reports whether ids holds one of want.
func namesOne(ids, want []string) bool {
	for _, id := range ids {
		for _, w := range want {
			if id == w {
				return true
			}
		}
	}
	return false
}

// TestHeldOut2Set scores the checker on testdata/heldout2 as TestHeldOutSet
// does on testdata/heldout: with the scorer's matching rules, at the
// command's default --min-confidence, so that its figures are those of
// `score.py --set testdata/heldout2` run with `nazir check --format json`.
func TestHeldOut2Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout2Dir)
	scoreHeldOut(t, "held-out 2", heldout2Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout2ConflictPrecision,
		conflictRecall:    heldout2ConflictRecall,
		variantPrecision:  heldout2VariantPrecision,
		variantRecall:     heldout2VariantRecall,
		participants:      heldout2Participants,
		cleanFindings:     heldout2CleanFindings,
	})
}
