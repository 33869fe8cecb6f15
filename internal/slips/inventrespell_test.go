package slips_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestInjectInventedRespelt: a person named after an honorific and again
// is replaced throughout by a made-up name no list knows, and one later
// occurrence is written with a letter swapped; the label's mentions are
// the name's occurrences, the respelt one last. Every occurrence of the
// old name is gone. A release that names nobody twice offers no site.
func TestInjectInventedRespelt(t *testing.T) {
	gen := generator(t)
	const text = "عمان 12 فبراير 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم المبعوثة الهولندية السيدة ماريكه يانسن.\nمن جانبها، أشارت يانسن إلى أن بلادها ستمول دراسة جديدة، وقالت يانسن إن الدراسة تبدأ قريبا.\n"
	r := slips.Release{Name: "nl.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"JO", "NL"}}}
	names := entities.DefaultGivenNames()
	for seed := range uint64(20) {
		s, err := gen.Inject(r, slips.InventedRespelt, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		out := string(s.Text)
		assert.NotContains(t, out, "يانسن")
		assert.NotContains(t, out, "ماريكه")
		require.Len(t, s.Labels.Variants, 1)
		v := s.Labels.Variants[0]
		assert.True(t, v.Injected)
		require.Len(t, v.Mentions, 3, "every occurrence, the respelt one last")
		words := map[string]bool{}
		for _, m := range v.Mentions {
			_, rest, ok := strings.Cut(m, "[")
			require.True(t, ok, m)
			w, _, _ := strings.Cut(rest, "]")
			words[w] = true
			assert.False(t, names.IsNameToken(w), "%s is a name a list knows", w)
		}
		assert.Len(t, words, 2, "two spellings: %v", v.Mentions)
	}
	none := "عمان 3 مارس 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم نظيره الكويتي.\nوقال الوزير إن العلاقات متينة.\n"
	_, err := gen.Inject(slips.Release{Name: "kw.txt", Text: []byte(none), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}, slips.InventedRespelt, rand.New(rand.NewPCG(1, 1)))
	assert.ErrorIs(t, err, slips.ErrNoSite)
}

// TestRespellInvented: a word gives, over seeds, each spelling one letter
// of a foreign sound away; a word with none of those letters gives none.
func TestRespellInvented(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"ثوكل", []string{"سوكل", "زوكل"}},
		{"تشوما", []string{"شوما"}},
		{"غيرموك", []string{"جيرموك"}},
		{"بوزال", []string{"بوثال", "بوسال"}},
	}
	for _, tt := range tests {
		got := map[string]bool{}
		for seed := range uint64(40) {
			alt, ok := slips.RespellInvented(tt.word, rand.New(rand.NewPCG(seed, 2)))
			require.True(t, ok, tt.word)
			got[alt] = true
		}
		for _, w := range tt.want {
			assert.True(t, got[w], "%s never gives %s (%v)", tt.word, w, got)
		}
		assert.Len(t, got, len(tt.want), tt.word)
	}
	for _, w := range []string{"بيت", "ميلر", ""} {
		_, ok := slips.RespellInvented(w, rand.New(rand.NewPCG(1, 2)))
		assert.False(t, ok, w)
	}
}

// FuzzRespellInvented: any word gives a different valid spelling or none.
func FuzzRespellInvented(f *testing.F) {
	f.Add("ثوكل", uint64(1))
	f.Add("تش", uint64(2))
	f.Add("\xffغ", uint64(3))
	f.Fuzz(func(t *testing.T, w string, seed uint64) {
		alt, ok := slips.RespellInvented(w, rand.New(rand.NewPCG(seed, 1)))
		if ok && (alt == w || !utf8.ValidString(alt) && utf8.ValidString(w)) {
			t.Fatalf("RespellInvented(%q) = %q", w, alt)
		}
	})
}

// TestInjectNearNamesake: a second person is named in a sentence added at
// the end, with another given name and the first person's surname or one
// a letter of a foreign sound away; the label gains no variant, and the
// first person's name stands as before or is a made-up name throughout. A
// release that names nobody in full and again offers no site.
func TestInjectNearNamesake(t *testing.T) {
	gen := generator(t)
	const text = "عمان 12 فبراير 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم المبعوثة الهولندية السيدة ماريكه يانسن.\nمن جانبها، أشارت يانسن إلى أن بلادها ستمول دراسة جديدة، وقالت يانسن إن الدراسة تبدأ قريبا.\n"
	r := slips.Release{Name: "nl.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"JO", "NL"}}}
	kept, replaced := 0, 0
	for seed := range uint64(30) {
		s, err := gen.Inject(r, slips.NearNamesake, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		out := string(s.Text)
		assert.Empty(t, s.Labels.Variants, "two people are no variant")
		require.True(t, strings.HasPrefix(out, "عمان 12 فبراير 2026"), out)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		require.Len(t, lines, 3, "one sentence added: %s", out)
		if strings.Contains(lines[0], "ماريكه يانسن") {
			kept++
			assert.Equal(t, text, strings.Join(lines[:2], "\n")+"\n", "the release's own person is kept as written")
		} else {
			replaced++
			assert.NotContains(t, out, "يانسن")
		}
	}
	assert.Positive(t, kept)
	assert.Positive(t, replaced)
	none := "عمان 3 مارس 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم نظيره الكويتي.\nوقال الوزير إن العلاقات متينة.\n"
	_, err := gen.Inject(slips.Release{Name: "kw.txt", Text: []byte(none), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}, slips.NearNamesake, rand.New(rand.NewPCG(1, 1)))
	assert.ErrorIs(t, err, slips.ErrNoSite)
}
