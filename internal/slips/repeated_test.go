package slips_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestInjectRepeated: a repeated swap replaces two or three mentions of
// one participant with the same state easily mistaken for it, seeded,
// labels each with a fix, leaves the participant named, and over the seeds
// swaps a name and a nisba together and puts a swap inside quoted speech.
func TestInjectRepeated(t *testing.T) {
	gen := generator(t)
	tab, err := confusable.Default()
	require.NoError(t, err)
	r := release()
	seen := map[string]bool{}
	for seed := uint64(0); seed < 40; seed++ {
		s, err := gen.Inject(r, slips.RepeatedSwap, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		again, err := gen.Inject(r, slips.RepeatedSwap, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		require.Equal(t, s.Text, again.Text, "seeded")
		text := string(s.Text)
		cs := s.Labels.Conflicts
		require.GreaterOrEqual(t, len(cs), 2, text)
		require.LessOrEqual(t, len(cs), 3, text)
		nisba, name := false, false
		for _, c := range cs {
			assert.True(t, c.Injected)
			assert.Equal(t, cs[0].Entity, c.Entity, "the same state each time")
			assert.NotContains(t, r.Labels.Participants, c.Entity)
			a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			fix := c.Fix.(string)
			assert.NotEqual(t, fix, text[a:b])
			if strings.HasSuffix(fix, "ي") || strings.HasSuffix(fix, "ية") {
				nisba = true
			} else {
				name = true
			}
			if strings.LastIndex(text[:a], "«") > strings.LastIndex(text[:a], "»") {
				seen["in a quotation"] = true
			}
			if strings.Contains(text[strings.LastIndex(text[:a], "\n")+1:a], " إن ") {
				seen["in reported speech"] = true
			}
		}
		seen["name and nisba"] = seen["name and nisba"] || nisba && name
		seen["three times"] = seen["three times"] || len(cs) == 3
		// easily mistaken for the participant it replaced
		part := "AZ"
		if strings.Contains(cs[0].Fix.(string), "صين") {
			part = "CN"
		}
		assert.GreaterOrEqual(t, tab.Score(part, cs[0].Entity), 0.5, "%s for %s", cs[0].Entity, part)
		// the participant stays named
		assert.True(t, strings.Contains(text, "الصين") && (strings.Contains(text, "أذربيجان") || strings.Contains(text, "الأذربيجاني")), text)
	}
	for _, k := range []string{"in a quotation", "in reported speech", "name and nisba", "three times"} {
		assert.True(t, seen[k], k)
	}
}

// TestRepeatedDraw: over the repository's releases every repeated swap
// labels two or three mentions of one state, and a release whose
// participants are each named fewer than three times offers no site.
func TestRepeatedDraw(t *testing.T) {
	gen := generator(t)
	rs, err := slips.LoadReleases("../../testdata/releases")
	require.NoError(t, err)
	ss, err := gen.Draw(rs, []slips.Kind{slips.RepeatedSwap}, 60, 7)
	require.NoError(t, err)
	require.Len(t, ss, 60)
	for _, s := range ss {
		n := 0
		var ent string
		for _, c := range s.Labels.Conflicts {
			if c.Injected {
				n++
				if ent == "" {
					ent = c.Entity
				}
				assert.Equal(t, ent, c.Entity, s.Name)
			}
		}
		assert.True(t, n == 2 || n == 3, "%s: %d swaps", s.Name, n)
	}
	short := slips.Release{Name: "short.txt", Labels: slips.Labels{Participants: []string{"CN", "AZ"}},
		Text: []byte("بكين 3 مارس (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية الأذربيجاني جيهون بيراموف.\n")}
	_, err = gen.Inject(short, slips.RepeatedSwap, rand.New(rand.NewPCG(1, 0)))
	require.ErrorIs(t, err, slips.ErrNoSite)
}

// TestInjectRepeatedLede: a repeated swap placed in the lede swaps two or
// three mentions of one participant, seeded, one of them before the
// lede's full stop, and the participant stays named; a plain repeated
// swap does not always touch the lede.
func TestInjectRepeatedLede(t *testing.T) {
	gen := generator(t)
	r := release()
	lede := strings.Index(string(r.Text), ".")
	require.Positive(t, lede)
	plainOutside := false
	for seed := uint64(0); seed < 40; seed++ {
		s, err := gen.Inject(r, slips.RepeatedLede, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		again, err := gen.Inject(r, slips.RepeatedLede, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		require.Equal(t, s.Text, again.Text, "seeded")
		cs := s.Labels.Conflicts
		require.GreaterOrEqual(t, len(cs), 2)
		require.LessOrEqual(t, len(cs), 3)
		inLede := false
		for _, c := range cs {
			assert.Equal(t, cs[0].Entity, c.Entity, "the same state each time")
			a, _, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			// the swapped text may be longer or shorter than the
			// original: the lede's full stop is found again
			inLede = inLede || a < strings.Index(string(s.Text), ".")
		}
		assert.True(t, inLede, "seed %d: a swap in the lede\n%s", seed, s.Text)
		text := string(s.Text)
		assert.True(t, strings.Contains(text, "الصين") && (strings.Contains(text, "أذربيجان") || strings.Contains(text, "الأذربيجاني")), text)

		p, err := gen.Inject(r, slips.RepeatedSwap, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		ledeOne := false
		for _, c := range p.Labels.Conflicts {
			a, _, err := slips.Locate(p.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			ledeOne = ledeOne || a < strings.Index(string(p.Text), ".")
		}
		plainOutside = plainOutside || !ledeOne
	}
	assert.True(t, plainOutside, "a plain repeated swap may leave the lede alone")
}
