package slips_test

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestInjectForeignRespelt: the surname of a person read after an
// honorific (here a feminine one, folded as the text is) is respelt in a later occurrence with one letter swapped; the
// label pairs the first surname with it. A release that names nobody after
// an honorific offers no site.
func TestInjectForeignRespelt(t *testing.T) {
	gen := generator(t)
	const text = "عمان 12 فبراير 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم المبعوثة الهولندية السيدة ماريكه يانسن.\nمن جانبها، أشارت يانسن إلى أن بلادها ستمول دراسة جديدة.\n"
	r := slips.Release{Name: "nl.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"JO", "NL"}}}
	for seed := range uint64(5) {
		s, err := gen.Inject(r, slips.ForeignRespelt, rand.New(rand.NewPCG(seed, 1)))
		require.NoError(t, err)
		out := string(s.Text)
		assert.Equal(t, 1, strings.Count(out, "يانسن"), "the first occurrence is kept, the later respelt")
		require.Len(t, s.Labels.Variants, 1)
		v := s.Labels.Variants[0]
		assert.True(t, v.Injected)
		require.Len(t, v.Mentions, 2)
		assert.Contains(t, v.Mentions[0], "[يانسن]")
		assert.NotContains(t, v.Mentions[1], "[يانسن]")
	}
	none := "عمان 3 مارس 2026 (بترا) - استقبل وزير الخارجية الأردني اليوم نظيره الكويتي.\nوقال الوزير إن العلاقات متينة.\n"
	_, err := gen.Inject(slips.Release{Name: "kw.txt", Text: []byte(none), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}, slips.ForeignRespelt, rand.New(rand.NewPCG(1, 1)))
	assert.True(t, errors.Is(err, slips.ErrNoSite), "%v", err)
}

// TestRespellForeign: each word gives, over seeds, spellings one letter
// away in the classes of a foreign sound, the article kept; a word with no
// such letter or of three letters gives none.
func TestRespellForeign(t *testing.T) {
	tests := []struct {
		word string
		want []string // every spelling the seeds must give
	}{
		{"يانسن", []string{"جانسن", "يانزن"}},
		{"خيمينو", []string{"جيمينو", "غيمينو", "كيمينو"}},
		{"جيفكوف", []string{"زيفكوف", "غيفكوف", "خيفكوف", "ييفكوف"}},
		{"التشيرني", []string{"الشيرني"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := map[string]bool{}
			for seed := range uint64(60) {
				alt, ok := slips.RespellForeign(tt.word, rand.New(rand.NewPCG(seed, 3)))
				require.True(t, ok)
				require.NotEqual(t, tt.word, alt)
				got[alt] = true
			}
			for _, w := range tt.want {
				assert.True(t, got[w], "%s never gives %s (gave %v)", tt.word, w, got)
			}
			for w := range got {
				assert.Equal(t, strings.HasPrefix(tt.word, "ال"), strings.HasPrefix(w, "ال"), "the article is kept: %s", w)
			}
		})
	}
	for _, w := range []string{"بيت", "ميلر", "الريم"} {
		_, ok := slips.RespellForeign(w, rand.New(rand.NewPCG(1, 3)))
		assert.False(t, ok, w)
	}
}

// FuzzRespellForeign: any word gives a different valid spelling or none.
func FuzzRespellForeign(f *testing.F) {
	f.Add("يانسن", uint64(1))
	f.Add("ال", uint64(2))
	f.Add("التشيرني", uint64(3))
	f.Fuzz(func(t *testing.T, w string, seed uint64) {
		alt, ok := slips.RespellForeign(w, rand.New(rand.NewPCG(seed, 1)))
		if ok && (alt == w || !utf8.ValidString(alt)) {
			t.Fatalf("RespellForeign(%q) = %q", w, alt)
		}
	})
}
