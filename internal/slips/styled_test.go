package slips_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// A release of our own with two titles of the Kenyan president, a visit
// to Uganda and reported speech.
const styledVisit = `كمبالا 25 أغسطس 2026 - استهل الرئيس الكيني ويليام روتو اليوم زيارته إلى أوغندا بمباحثات مع الرئيس الأوغندي يويري موسيفيني.
وقال الرئيس الكيني روتو إن كينيا ملتزمة بتسريع مشروع السكك الحديدية مع أوغندا.
وأكد موسيفيني أن أوغندا وكينيا شريكتان في جماعة شرق أفريقيا.
`

func styledRelease() slips.Release {
	return slips.Release{Name: "styled.txt", Text: []byte(styledVisit), Labels: slips.Labels{Participants: []string{"UG", "KE"}}}
}

// TestInjectStyled: the styled kinds are seeded, label every swap they
// make (two for a person's state given twice, one otherwise) at a state no
// participant, with a fix that restores the participant, and write the
// slip more than one way over the seeds.
func TestInjectStyled(t *testing.T) {
	gen := generator(t)
	r := styledRelease()
	clean := string(r.Text)
	for _, tc := range []struct {
		kind   slips.Kind
		swaps  int
		styles map[string]func(text string) bool
	}{
		{slips.PersonTwice, 2, map[string]func(string) bool{
			"nisba kept":    func(s string) bool { return strings.Count(s, "الرئيس ") >= 3 },
			"by the name":   func(s string) bool { return strings.Contains(s, " رئيس ") },
			"both retitled": func(s string) bool { return true },
		}},
		{slips.DestinationStyled, 1, map[string]func(string) bool{
			"by the name": func(s string) bool {
				return strings.Contains(s, "زيارته إلى ") && !strings.Contains(s, "زيارته إلى كمبالا")
			},
			"by the capital": func(s string) bool {
				return strings.Contains(s, "زيارته إلى ") && !strings.Contains(s, "زيارته إلى أوغندا") && !strings.Contains(s, "زيارته إلى ال")
			},
			"after ل": func(s string) bool { return strings.Contains(s, "زيارته ل") },
		}},
		{slips.QuoteStyled, 1, map[string]func(string) bool{
			"before the speaker": func(s string) bool { return strings.Contains(s, "»، قال") },
			"inverted commas":    func(s string) bool { return strings.Contains(s, ": \"إن") },
			"guillemets":         func(s string) bool { return strings.Contains(s, "إن «") },
		}},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			seen := map[string]bool{}
			for seed := uint64(0); seed < 40; seed++ {
				s, err := gen.Inject(r, tc.kind, rand.New(rand.NewPCG(seed, 0)))
				require.NoError(t, err)
				again, err := gen.Inject(r, tc.kind, rand.New(rand.NewPCG(seed, 0)))
				require.NoError(t, err)
				assert.Equal(t, s.Text, again.Text, "seeded")
				require.Len(t, s.Labels.Conflicts, tc.swaps)
				text := string(s.Text)
				for _, c := range s.Labels.Conflicts {
					a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
					require.NoError(t, err)
					assert.True(t, c.Injected)
					assert.NotContains(t, r.Labels.Participants, c.Entity)
					assert.NotEqual(t, c.Fix, text[a:b])
				}
				if tc.swaps == 2 {
					assert.Equal(t, s.Labels.Conflicts[0].Entity, s.Labels.Conflicts[1].Entity, "the same state twice")
				}
				assert.NotEqual(t, clean, text)
				for name, has := range tc.styles {
					if has(text) {
						seen[name] = true
					}
				}
			}
			assert.Len(t, seen, len(tc.styles), "every style drawn over the seeds: %v", seen)
		})
	}
}

// TestStyledNoSite: a release whose participants have one title each, no
// destination and no reported speech offers no place for the styled kinds.
func TestStyledNoSite(t *testing.T) {
	r := slips.Release{Name: "plain.txt", Labels: slips.Labels{Participants: []string{"CN", "AZ"}},
		Text: []byte("بكين 3 مارس (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية الأذربيجاني في بكين.\nوبحث الجانبان العلاقات بين الصين وأذربيجان.\n")}
	for _, k := range []slips.Kind{slips.PersonTwice, slips.DestinationStyled, slips.QuoteStyled} {
		_, err := generator(t).Inject(r, k, rand.New(rand.NewPCG(1, 0)))
		assert.ErrorIs(t, err, slips.ErrNoSite, string(k))
	}
}

// TestQuoteStyledKeepsLabels: a quotation set before its speaker moves the
// speaker's words; a source label inside them (a name variant) stays where
// it was, so every label still locates a span.
func TestQuoteStyledKeepsLabels(t *testing.T) {
	gen := generator(t)
	r := styledRelease()
	r.Labels.Variants = []slips.Variant{{Mentions: []string{"ويليام [روتو] اليوم", "الكيني [روتو] إن"}}}
	for seed := uint64(0); seed < 40; seed++ {
		s, err := gen.Inject(r, slips.QuoteStyled, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		require.Len(t, s.Labels.Variants, 1)
		for _, at := range s.Labels.Variants[0].Mentions {
			a, b, err := slips.Locate(s.Text, at, 1)
			require.NoError(t, err, at)
			assert.Equal(t, "روتو", string(s.Text[a:b]), at)
		}
	}
}
