package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
)

func TestWithoutArticle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"الجبير", "جبير"},
		{"العاطي", "عاطي"},
		{"الصين", "صين"},
		{"الب", "الب"}, // the article and one letter stay
		{"ال", "ال"},
		{"جبير", "جبير"},
		{"بيراموف", "بيراموف"},
		{"لالجبير", "لالجبير"}, // only a leading article
		{"", ""},
	} {
		assert.Equal(t, tc.want, WithoutArticle(tc.in), tc.in)
	}
	assert.Equal(t, NameKey("جبير"), NameKey("الجبير"))
	assert.NotEqual(t, NameKey("جبير"), NameKey("لالجبير"))
}

// TestPeople: the index of the small gazetteer finds each person by the key
// of their surname's last word (every spelling listed), knows their name
// words and everybody's given names, and nothing else.
func TestPeople(t *testing.T) {
	tg, n := newTestTagger(t, loadSmall(t))
	x := tg.People()
	key := func(w string) string { return NameKey(n.FoldString(w)) }
	ids := func(es []*Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	for _, tc := range []struct {
		surname string
		want    []string
	}{
		{"بيراموف", []string{"az-fm-bayramov"}},
		{"بايراموف", []string{"az-fm-bayramov"}},
		{"العاطي", []string{"eg-fm-abdelatty"}}, // the last word of عبد العاطي
		{"عاطي", []string{"eg-fm-abdelatty"}},
		{"عبدالعاطي", []string{"eg-fm-abdelatty"}},
		{"يي", []string{"cn-fm-wang-yi"}},
		{"جيهون", nil}, // a given name is no surname
		{"الصين", nil},
		{"شتاينماير", nil},
	} {
		assert.Equal(t, tc.want, ids(x.BySurname(key(tc.surname))), tc.surname)
		assert.Equal(t, tc.want, ids(x.BySurnameBytes([]byte(key(tc.surname)))), tc.surname)
	}
	bayramov, _ := tg.Gazetteer().Lookup("az-fm-bayramov")
	wang, _ := tg.Gazetteer().Lookup("cn-fm-wang-yi")
	require.NotNil(t, bayramov)
	require.NotNil(t, wang)
	for _, w := range []string{"جيهون", "بيراموف", "بايراموف"} {
		assert.True(t, x.HasNameKey(bayramov, arabic.PhoneticKey(n.FoldString(w))), w)
		assert.False(t, x.HasNameKey(wang, arabic.PhoneticKey(n.FoldString(w))), w)
	}
	assert.False(t, x.HasNameKey(bayramov, arabic.PhoneticKey("فلاديمير")))
	for _, w := range []string{"جيهون", "وانغ", "بدر"} {
		assert.True(t, x.IsGivenKey(arabic.PhoneticKey(n.FoldString(w))), w)
	}
	for _, w := range []string{"بيراموف", "فلاديمير", "الصين"} {
		assert.False(t, x.IsGivenKey(arabic.PhoneticKey(n.FoldString(w))), w)
	}
	assert.Len(t, x.SurnameKeys("az-fm-bayramov"), len(uniq(key("بيراموف"), key("بايراموف"))))
	assert.Empty(t, x.SurnameKeys("AZ"))
	assert.Empty(t, x.SurnameKeys("nobody"))
}

func uniq(ss ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// FuzzNameKey: WithoutArticle drops exactly a leading article from a word
// longer than it and one letter, and NameKey keys what is left.
func FuzzNameKey(f *testing.F) {
	for _, w := range []string{"الجبير", "ال", "الب", "جبير", "\xff", "الالال"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := WithoutArticle(w)
		if strings.HasPrefix(w, arabic.Article) && len(w) > len(arabic.Article)+2 {
			if got != w[len(arabic.Article):] {
				t.Fatalf("WithoutArticle(%q) = %q", w, got)
			}
		} else if got != w {
			t.Fatalf("WithoutArticle(%q) = %q, want it unchanged", w, got)
		}
		if NameKey(w) != arabic.PhoneticKey(got) {
			t.Fatalf("NameKey(%q) is not the key of %q", w, got)
		}
	})
}
