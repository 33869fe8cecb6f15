package nazir_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// heldout3Dir is the third held-out set: readouts written for measurement
// only, like testdata/heldout and testdata/heldout2, by someone who did not
// write the rules.
const heldout3Dir = "testdata/heldout3"

// The floors of TestHeldOut3Set are set about 0.15 under what the checker
// measured when the set was added, so that a collapse fails here and noise
// does not. They are not targets: the set must not be read case by case to
// raise them.
const (
	heldout3ConflictPrecision = 0.69 // measured 0.84 (21 of 25 findings)
	heldout3ConflictRecall    = 0.40 // measured 0.55 (21 of 38 slips)
	heldout3VariantPrecision  = 0.85 // measured 1.00 (10 of 10 findings)
	heldout3VariantRecall     = 0.41 // measured 0.56 (10 of 18 variants)
	heldout3Participants      = 0.67 // measured 23 of 28 releases (0.82)
	heldout3CleanFindings     = 8    // measured 3 false findings on the 14 clean readouts
)

// TestHeldOut3Labels checks the labels of testdata/heldout3 against the
// texts, as TestHeldOut2Labels does for testdata/heldout2: every readout
// is labelled and every label names a readout; a readout is 150 to 400
// words; participants are two distinct country ids of the gazetteer (none
// when multilateral); each conflict's context occurs exactly once (or has
// its n-th occurrence), its span is a whole surface form of the state the
// label says, a state that is not a participant, and a fix names a
// participant in the same form (name or nisba); each variant's mentions
// are located once each and written in at least two ways; no two gold
// spans overlap; 16 readouts carry slips and 14 are clean.
func TestHeldOut3Labels(t *testing.T) {
	labels, names := heldOutLabels(t, heldout3Dir)
	require.Len(t, names, 30, "labelled readouts")

	files, err := filepath.Glob(filepath.Join(heldout3Dir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, files, 30, "readouts")
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

	var slipped, clean int
	for _, name := range names {
		l := labels[name]
		text, err := os.ReadFile(filepath.Join(heldout3Dir, name))
		require.NoError(t, err, name)
		require.True(t, utf8.Valid(text), "%s: not UTF-8", name)
		words := len(strings.Fields(string(text)))
		require.True(t, words >= 150 && words <= 400, "%s: %d words, want 150-400", name, words)

		if l.Multilateral {
			require.Empty(t, l.Participants, "%s: multilateral with participants", name)
		} else {
			require.Len(t, l.Participants, 2, "%s: participants", name)
			require.NotEqual(t, l.Participants[0], l.Participants[1], "%s: participants", name)
			for _, p := range l.Participants {
				require.True(t, isCountry(p), "%s: participant %q is not a country id of the gazetteer", name, p)
			}
		}
		if len(l.Conflicts) == 0 && len(l.Variants) == 0 {
			clean++
		} else {
			slipped++
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
	require.Equal(t, 16, slipped, "readouts with slips")
	require.Equal(t, 14, clean, "clean readouts")
}

// TestHeldOut3Set scores the checker on testdata/heldout3 as
// TestHeldOut2Set does on testdata/heldout2: with the scorer's matching
// rules, at the command's default --min-confidence, so that its figures
// are those of `score.py --set testdata/heldout3` run with
// `nazir check --format json`.
func TestHeldOut3Set(t *testing.T) {
	labels, names := heldOutLabels(t, heldout3Dir)
	scoreHeldOut(t, "held-out 3", heldout3Dir, labels, names, heldOutFloors{
		conflictPrecision: heldout3ConflictPrecision,
		conflictRecall:    heldout3ConflictRecall,
		variantPrecision:  heldout3VariantPrecision,
		variantRecall:     heldout3VariantRecall,
		participants:      heldout3Participants,
		cleanFindings:     heldout3CleanFindings,
	})
}
