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

// A release of our own whose guest is named often and whose host's
// spokesman speaks of it in reported speech: Azerbaijan's president in
// Beijing.
const often = `بكين 12 مايو (شينخوا) التقى الرئيس الصيني شي جين بينغ اليوم الرئيس الأذربيجاني إلهام علييف الذي يزور الصين.
وقال شي إن الصين وأذربيجان شريكان موثوقان، وإن بكين ترحب بمشاركة أذربيجان في مبادرة الحزام والطريق.
وأكد علييف أن أذربيجان تولي أهمية كبيرة لعلاقاتها مع الصين، وأن الجانب الأذربيجاني مستعد لتوسيع التجارة.
وأضاف أن أذربيجان تدعم مبدأ صين واحدة.
`

func oftenRelease() slips.Release {
	return slips.Release{Name: "often.txt", Text: []byte(often), Labels: slips.Labels{Participants: []string{"CN", "AZ"}}}
}

// TestInjectQuoted: a quoted swap replaces one participant mention inside
// a speaker's words by a state easily mistaken for it, seeded, labels it
// with its fix, leaves the participant named, and over the seeds writes
// the words in guillemets, in inverted commas and after a colon alone.
func TestInjectQuoted(t *testing.T) {
	gen := generator(t)
	tab, err := confusable.Default()
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, r := range []slips.Release{release(), oftenRelease()} {
		for seed := uint64(0); seed < 30; seed++ {
			s, err := gen.Inject(r, slips.Quoted, rand.New(rand.NewPCG(seed, 0)))
			require.NoError(t, err)
			again, err := gen.Inject(r, slips.Quoted, rand.New(rand.NewPCG(seed, 0)))
			require.NoError(t, err)
			require.Equal(t, s.Text, again.Text, "seeded")
			assert.Equal(t, slips.Quoted, s.Labels.Slip)
			text := string(s.Text)
			require.Len(t, s.Labels.Conflicts, 1, text)
			c := s.Labels.Conflicts[0]
			assert.True(t, c.Injected)
			assert.NotContains(t, r.Labels.Participants, c.Entity)
			a, b, err := slips.Locate(s.Text, c.At, max(c.N, 1))
			require.NoError(t, err)
			assert.NotEqual(t, c.Fix.(string), text[a:b])
			part := "AZ"
			if strings.Contains(c.Fix.(string), "صين") || strings.Contains(c.Fix.(string), "بكين") {
				part = "CN"
			}
			assert.GreaterOrEqual(t, tab.Score(part, c.Entity), 0.5, "%s for %s", c.Entity, part)
			// the swap stands in the speaker's words: after the speech
			// verb's colon on its line
			line := text[strings.LastIndex(text[:a], "\n")+1 : a]
			require.Contains(t, line, ": ", text)
			after := line[strings.Index(line, ": ")+2:]
			switch {
			case strings.HasPrefix(after, "«"):
				seen["guillemets"] = true
				assert.Contains(t, text[b:], "»")
			case strings.HasPrefix(after, "\""):
				seen["inverted commas"] = true
			default:
				seen["colon alone"] = true
				assert.NotContains(t, text, "«")
			}
			assert.True(t, strings.Contains(text, "الصين") && strings.Contains(text, "أذربيجان"), "the participants stay named\n%s", text)
		}
	}
	for _, k := range []string{"guillemets", "inverted commas", "colon alone"} {
		assert.True(t, seen[k], k)
	}
	// no speech: no site
	short := slips.Release{Name: "short.txt", Labels: slips.Labels{Participants: []string{"CN", "AZ"}},
		Text: []byte("بكين 3 مارس (شينخوا) التقى وزير الخارجية الصيني وانغ يي وزير الخارجية الأذربيجاني في الصين وبحثا علاقات الصين وأذربيجان مع أذربيجان.\n")}
	_, err = gen.Inject(short, slips.Quoted, rand.New(rand.NewPCG(1, 0)))
	require.ErrorIs(t, err, slips.ErrNoSite)
}

// TestInjectRepeatedMany: a Repeated slip swaps two to four mentions of
// one participant for one state, and four when the participant is named
// often enough, the participant staying named; RepeatedSwap never swaps
// four.
func TestInjectRepeatedMany(t *testing.T) {
	gen := generator(t)
	r := oftenRelease()
	counts := map[int]bool{}
	for seed := uint64(0); seed < 40; seed++ {
		s, err := gen.Inject(r, slips.Repeated, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		cs := s.Labels.Conflicts
		require.GreaterOrEqual(t, len(cs), 2)
		require.LessOrEqual(t, len(cs), 4)
		counts[len(cs)] = true
		for _, c := range cs {
			assert.True(t, c.Injected)
			assert.Equal(t, cs[0].Entity, c.Entity, "the same state each time")
		}
		text := string(s.Text)
		assert.True(t, strings.Contains(text, "الصين") && (strings.Contains(text, "أذربيجان") || strings.Contains(text, "الأذربيجاني")), text)
		p, err := gen.Inject(r, slips.RepeatedSwap, rand.New(rand.NewPCG(seed, 0)))
		require.NoError(t, err)
		assert.LessOrEqual(t, len(p.Labels.Conflicts), 3)
	}
	assert.True(t, counts[2] && counts[4], "two and four swaps over the seeds: %v", counts)
}

// TestTrainingKindsDrawn: a draw of the training kinds over the
// repository's releases and house styles holds slips of each kind, every
// one labelled injected with a state that is no participant.
func TestTrainingKindsDrawn(t *testing.T) {
	gen := generator(t)
	var rs []slips.Release
	for _, d := range []string{"../../testdata/releases", "../../testdata/styles"} {
		r, err := slips.LoadReleases(d)
		require.NoError(t, err)
		rs = append(rs, r...)
	}
	ss, err := gen.Draw(rs, slips.TrainingKinds, 80, 5)
	require.NoError(t, err)
	by := map[slips.Kind]int{}
	for _, s := range ss {
		by[s.Labels.Slip]++
		n := 0
		for _, c := range s.Labels.Conflicts {
			if c.Injected {
				n++
				assert.NotContains(t, s.Labels.Participants, c.Entity, s.Name)
			}
		}
		assert.Positive(t, n, s.Name)
	}
	for _, k := range slips.TrainingKinds {
		assert.GreaterOrEqual(t, by[k], 10, "%s drawn", k)
	}
}
