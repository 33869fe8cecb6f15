package slips_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// A release of our own naming Egypt's foreign minister twice.
const apposedTalks = `القاهرة 4 مارس 2026 (أ ش أ) - بحث وزير الخارجية المصري بدر عبد العاطي اليوم مع نظيره الكيني العلاقات الثنائية بين البلدين.
وقال بدر عبد العاطي إن مصر حريصة على توسيع التعاون مع كينيا في مجالات المياه والطاقة.
`

// TestInjectApposedTitle: the kind is seeded, inserts the title after the
// later occurrence of the participant's official (never the first), and
// labels the state it names, a state no participant, with the
// participant's name as the fix; a release whose official is named once
// has no site.
func TestInjectApposedTitle(t *testing.T) {
	gen := generator(t)
	r := slips.Release{Name: "apposed.txt", Text: []byte(apposedTalks), Labels: slips.Labels{Participants: []string{"EG", "KE"}}}
	for seed := uint64(0); seed < 10; seed++ {
		s, err := gen.Inject(r, slips.ApposedTitle, rand.New(rand.NewPCG(seed, 7)))
		require.NoError(t, err)
		again, err := gen.Inject(r, slips.ApposedTitle, rand.New(rand.NewPCG(seed, 7)))
		require.NoError(t, err)
		assert.Equal(t, s, again, "seeded")
		text := string(s.Text)
		require.Len(t, s.Labels.Conflicts, 1)
		c := s.Labels.Conflicts[0]
		assert.True(t, c.Injected)
		assert.Equal(t, "مصر", c.Fix)
		assert.NotContains(t, []string{"EG", "KE"}, c.Entity)
		a, e, err := slips.Locate(s.Text, c.At, max(c.N, 1))
		require.NoError(t, err)
		assert.True(t, strings.HasSuffix(text[:a], "وقال بدر عبد العاطي، وزير خارجية "), "%q", text[:a])
		assert.Equal(t, 1, strings.Count(text, "العاطي، "), "only the later occurrence")
		assert.Less(t, e, len(text))
	}
	once := slips.Release{Name: "once.txt", Text: []byte(strings.SplitAfter(apposedTalks, "\n")[0]), Labels: r.Labels}
	_, err := gen.Inject(once, slips.ApposedTitle, rand.New(rand.NewPCG(1, 7)))
	assert.ErrorIs(t, err, slips.ErrNoSite)
}
