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

// TestInjectProseRespelt: a person named with no title, a given name of
// the lexicon before a word known as a name token, is a site: a later
// occurrence of the surname (here after a proclitic) is respelt and the
// label pairs it with the first. A name the text writes once, and a
// surname two people carry, offer none.
func TestInjectProseRespelt(t *testing.T) {
	gen := generator(t)
	const text = "روما 4 مايو 2026 - بحث وزير الخارجية الأردني في روما مع ماريو بيرتوليني سبل دعم المشاريع المشتركة.\nوأكد الجانبان أهمية التنسيق، ونقل الوزير إلى بيرتوليني تحيات الحكومة.\n"
	r := slips.Release{Name: "it.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"JO", "IT"}}}
	spellings := map[string]bool{}
	for seed := range uint64(12) {
		s, err := gen.Inject(r, slips.ProseRespelt, rand.New(rand.NewPCG(seed, 1)))
		if errors.Is(err, slips.ErrNoSite) {
			continue // the one draw in four for a compound given name
		}
		require.NoError(t, err)
		out := string(s.Text)
		assert.Equal(t, 1, strings.Count(out, "بيرتوليني"), "the first occurrence is kept, the later respelt")
		require.Len(t, s.Labels.Variants, 1)
		v := s.Labels.Variants[0]
		require.Len(t, v.Mentions, 2)
		assert.Contains(t, v.Mentions[0], "ماريو [بيرتوليني]")
		assert.Contains(t, v.Mentions[1], "إلى [")
		spellings[v.Mentions[1]] = true
	}
	assert.GreaterOrEqual(t, len(spellings), 3, "the seeds draw several spellings: %v", spellings)

	for name, clean := range map[string]string{
		"once":   "روما 4 مايو 2026 - بحث وزير الخارجية الأردني مع ماريو بيرتوليني سبل التعاون.\n",
		"shared": "روما 4 مايو 2026 - التقى ماريو بيرتوليني وفرانكو بيرتوليني الوفد الأردني.\nوقال بيرتوليني إن الزيارة مهمة.\n",
	} {
		for seed := range uint64(4) {
			_, err := gen.Inject(slips.Release{Name: name, Text: []byte(clean), Labels: r.Labels}, slips.ProseRespelt, rand.New(rand.NewPCG(seed, 1)))
			assert.True(t, errors.Is(err, slips.ErrNoSite), "%s: %v", name, err)
		}
	}
}

// TestInjectProseCompound: a compound given name written twice alike is
// written the other way once (joined where it was apart); the father's
// name after بن is no given name and is left alone.
func TestInjectProseCompound(t *testing.T) {
	gen := generator(t)
	const text = "عمان 2 يونيو 2026 - استقبل الوزير عبد الرحمن المطيري وفدا من رجال الأعمال.\nوأوضح عبد الرحمن المطيري أن الاستثمارات ستتضاعف.\n"
	r := slips.Release{Name: "c.txt", Text: []byte(text), Labels: slips.Labels{Participants: []string{"JO", "KW"}}}
	joined := 0
	for seed := range uint64(40) {
		s, err := gen.Inject(r, slips.ProseRespelt, rand.New(rand.NewPCG(seed, 2)))
		if errors.Is(err, slips.ErrNoSite) {
			continue
		}
		require.NoError(t, err)
		out := string(s.Text)
		if strings.Contains(out, "عبدالرحمن") {
			joined++
			assert.Equal(t, 1, strings.Count(out, "عبد الرحمن"), "the first stays apart")
		}
		for _, w := range strings.Fields(out) {
			if strings.Contains(w, "طير") {
				assert.Contains(t, []string{"المطيري", "مطيري", "المطير"}, w, "an Arab's surname keeps its letters")
			}
		}
	}
	assert.Positive(t, joined, "some seeds join the given name")

	const father = "الرياض 2 يونيو 2026 - التقى الأمير فيصل بن عبد الرحمن الوفد.\nوأشاد فيصل بن عبد الرحمن بالعلاقات.\n"
	for seed := range uint64(20) {
		s, err := gen.Inject(slips.Release{Name: "f.txt", Text: []byte(father), Labels: r.Labels}, slips.ProseRespelt, rand.New(rand.NewPCG(seed, 2)))
		if err == nil {
			assert.NotContains(t, string(s.Text), "عبدالرحمن", "a father's name is not joined")
		}
	}
}

// TestRespellProse: the spellings each name must give over the seeds, one
// kind of change each (a class letter, a pair the keys keep apart, a long
// vowel, the article, the nisba's ي, a compound given name), and those it
// must never give: an Arab's name keeps its letters and vowels, the ش of
// تش is no ش alone, no vowel is put after a hamza's alef.
func TestRespellProse(t *testing.T) {
	tests := []struct {
		word  string
		arab  bool
		want  []string
		never []string
	}{
		{"بيريز", false, []string{"بيريث", "بيريس", "بيرز"}, nil},
		{"تشرشل", false, []string{"شرشل", "تشرتشل"}, []string{"تتشرشل"}},
		{"غوتيريش", false, []string{"جوتيريش", "قوتيريش", "غوتيريتش"}, nil},
		{"ماكرون", false, []string{"ماكرن", "مكرون", "ماقرون"}, nil},
		{"يانسن", false, []string{"جانسن", "يانزن"}, nil},
		{"إردوغان", false, []string{"إردوجان", "إردوغن"}, []string{"إاردوغان", "إيردوغان"}},
		{"البرادعي", true, []string{"برادعي", "البرادع"}, []string{"البرداعي", "البرادئي"}},
		{"القاسم", true, []string{"القاسمي", "قاسم"}, []string{"القسم", "الكاسم"}},
		{"عبد الرحمن", true, []string{"عبدالرحمن"}, nil},
		{"عبدالرحمن", true, []string{"عبد الرحمن"}, nil},
		{"نور الدين", true, []string{"نورالدين"}, nil},
		{"نصرالله", true, []string{"نصر الله"}, nil},
		{"جيرالدين", false, []string{"جيرلدين"}, []string{"جير الدين"}},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got := map[string]bool{}
			for seed := range uint64(200) {
				alt, ok := slips.RespellProse(tt.word, tt.arab, rand.New(rand.NewPCG(seed, 5)))
				require.True(t, ok)
				require.NotEqual(t, tt.word, alt)
				got[alt] = true
			}
			for _, w := range tt.want {
				assert.True(t, got[w], "%s never gives %s (gave %v)", tt.word, w, got)
			}
			for _, w := range tt.never {
				assert.False(t, got[w], "%s gives %s", tt.word, w)
			}
		})
	}
	for _, tt := range []struct {
		word string
		arab bool
	}{{"بيت", false}, {"سعود", true}, {"ميلر", true}} {
		_, ok := slips.RespellProse(tt.word, tt.arab, rand.New(rand.NewPCG(1, 5)))
		assert.False(t, ok, tt.word)
	}
}

// FuzzRespellProse: any word gives a different valid spelling or none.
func FuzzRespellProse(f *testing.F) {
	f.Add("بيريز", false, uint64(1))
	f.Add("عبد ال", true, uint64(2))
	f.Add("القاسم", true, uint64(3))
	f.Add("عبدال\xff", false, uint64(4))
	f.Fuzz(func(t *testing.T, w string, arab bool, seed uint64) {
		alt, ok := slips.RespellProse(w, arab, rand.New(rand.NewPCG(seed, 1)))
		if ok && (alt == w || !utf8.ValidString(alt) && utf8.ValidString(w)) {
			t.Fatalf("RespellProse(%q) = %q", w, alt)
		}
	})
}

// TestInjectCompound: CompoundRespelt writes a later occurrence of a
// compound given name or surname the other way (joined or apart), the
// first as it was, and leaves a father's name after بن and names with no
// compound alone.
func TestInjectCompound(t *testing.T) {
	gen := generator(t)
	labels := slips.Labels{Participants: []string{"JO", "KW"}}
	cases := []struct {
		name, text, first, other string
	}{
		{"a given name ending in الدين",
			"عمان 2 يونيو 2026 - استقبل المهندس نور الدين الحمادي وفدا من رجال الأعمال.\nوأوضح نور الدين الحمادي أن الاستثمارات ستتضاعف.\n",
			"نور الدين", "نورالدين"},
		{"joined, written apart",
			"عمان 2 يونيو 2026 - استقبل المهندس نصرالله الحمادي وفدا من رجال الأعمال.\nوأوضح نصرالله الحمادي أن الاستثمارات ستتضاعف.\n",
			"نصرالله", "نصر الله"},
		{"a surname with عبد",
			"عمان 2 يونيو 2026 - استقبل الدكتور بدر عبد الكريم وفدا من رجال الأعمال.\nوأوضح بدر عبد الكريم أن الاستثمارات ستتضاعف.\n",
			"عبد الكريم", "عبدالكريم"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := slips.Release{Name: "c.txt", Text: []byte(tc.text), Labels: labels}
			made := 0
			for seed := range uint64(10) {
				s, err := gen.Inject(r, slips.CompoundRespelt, rand.New(rand.NewPCG(seed, 3)))
				require.NoError(t, err)
				out := string(s.Text)
				assert.Equal(t, 1, strings.Count(out, tc.first), "the first stays as written: %s", out)
				assert.Equal(t, 1, strings.Count(out, tc.other), "one later occurrence the other way: %s", out)
				made++
			}
			assert.Equal(t, 10, made)
		})
	}
	clean := []struct{ name, text string }{
		{"a father's name after بن", "الرياض 2 يونيو 2026 - التقى الأمير فيصل بن عبد الكريم الوفد.\nوأشاد فيصل بن عبد الكريم بالعلاقات.\n"},
		{"no compound", "عمان 2 يونيو 2026 - استقبل المهندس سامي الحمادي وفدا.\nوأوضح سامي الحمادي أن الاستثمارات ستتضاعف.\n"},
		{"a phrase ending in الله is no name", "عمان 2 يونيو 2026 - استقبل الملك حفظه الله المهندس سامي الحمادي.\nوأشاد الملك حفظه الله بجهود سامي.\n"},
		{"a compound written once", "عمان 2 يونيو 2026 - استقبل المهندس نور الدين الحمادي وفدا.\nوأوضح الحمادي أن الاستثمارات ستتضاعف.\n"},
	}
	for _, tc := range clean {
		t.Run(tc.name, func(t *testing.T) {
			for seed := range uint64(10) {
				_, err := gen.Inject(slips.Release{Name: "f.txt", Text: []byte(tc.text), Labels: labels}, slips.CompoundRespelt, rand.New(rand.NewPCG(seed, 3)))
				assert.ErrorIs(t, err, slips.ErrNoSite)
			}
		})
	}
}
