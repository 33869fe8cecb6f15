package slips_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// A release of our own with a quotation: Ghana's minister in China.
const quotedVisit = `بكين 16 سبتمبر (شينخوا) أجرى وزير الخارجية الصيني وانغ يي محادثات في بكين اليوم مع وزير الخارجية الغاني.
وقال وانغ يي: «إن الصين وغانا صديقان حميمان، والصين تقدر تمسك غانا بمبدأ الصين الواحدة».
وأكد الوزير الغاني أن غانا ترحب بالاستثمارات الصينية.
`

// TestInjectPositioned: the slips placed by look, quotation and lede stand
// where their kind says, undo to the clean release, and are seeded.
func TestInjectPositioned(t *testing.T) {
	gen := generator(t)
	quoted := slips.Release{Name: "q.txt", Text: []byte(quotedVisit), Labels: slips.Labels{Participants: []string{"CN", "GH"}}}
	for _, tc := range []struct {
		kind slips.Kind
		r    slips.Release
	}{
		{slips.LookalikeSwap, quoted},
		{slips.QuoteSwap, quoted},
		{slips.QuoteSwap, release()}, // reported speech turned into a quotation
		{slips.LedeSwap, release()},
	} {
		t.Run(string(tc.kind)+"/"+tc.r.Name, func(t *testing.T) {
			clean := string(tc.r.Text)
			for seed := uint64(0); seed < 20; seed++ {
				s, err := gen.Inject(tc.r, tc.kind, rand.New(rand.NewPCG(seed, 0)))
				require.NoError(t, err)
				again, err := gen.Inject(tc.r, tc.kind, rand.New(rand.NewPCG(seed, 0)))
				require.NoError(t, err)
				assert.Equal(t, s.Text, again.Text, "seeded")
				require.Len(t, s.Labels.Conflicts, 1)
				c := s.Labels.Conflicts[0]
				a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
				require.NoError(t, err)
				assert.True(t, c.Injected)
				assert.NotContains(t, tc.r.Labels.Participants, c.Entity)
				restored := string(s.Text[:a]) + c.Fix.(string) + string(s.Text[b:])
				line := restored[strings.LastIndex(restored[:a], "\n")+1:]
				switch tc.kind {
				case slips.LookalikeSwap:
					assert.Equal(t, clean, restored)
					assert.Contains(t, []string{"GN", "GM", "GW", "GQ", "GA", "GY"}, c.Entity, "a state whose name looks like غانا")
				case slips.QuoteSwap:
					open := strings.LastIndex(string(s.Text[:a]), "«")
					require.GreaterOrEqual(t, open, 0)
					assert.NotContains(t, string(s.Text[open:a]), "\n")
					assert.Contains(t, string(s.Text[b:]), "»")
					if tc.r.Name == "q.txt" {
						assert.Equal(t, clean, restored)
					} else {
						// only the quotation marks were added
						unquoted := strings.NewReplacer(": «", " ", "»", "").Replace(restored)
						assert.Equal(t, clean, unquoted)
						assert.Contains(t, line, ": «إن")
					}
				case slips.LedeSwap:
					assert.Equal(t, clean, restored)
					assert.NotContains(t, string(s.Text[:a]), "\n", "in the first sentence")
				}
			}
		})
	}
}

// TestInjectPositionedNoSite: a release with no quotation and no reported
// speech offers no place for a quote swap.
func TestInjectPositionedNoSite(t *testing.T) {
	r := slips.Release{Name: "plain.txt", Labels: slips.Labels{Participants: []string{"CN", "AZ"}},
		Text: []byte("بكين 3 مارس (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم وزير الخارجية الأذربيجاني في بكين.\nوبحث الجانبان العلاقات بين الصين وأذربيجان.\n")}
	_, err := generator(t).Inject(r, slips.QuoteSwap, rand.New(rand.NewPCG(1, 0)))
	assert.ErrorIs(t, err, slips.ErrNoSite)
}
