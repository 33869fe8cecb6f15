package entities

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgree: a nisba made of adjectives inflects word by word; one led by a
// noun inflects as a whole.
func TestAgree(t *testing.T) {
	tests := []struct {
		base    string
		inflect func(string) string
		want    string
	}{
		{"كوري جنوبي", withArticle, "الكوري الجنوبي"},
		{"كوري جنوبي", suffix("ون"), "كوريون جنوبيون"},
		{"كورية جنوبية", feminine("ات"), "كوريات جنوبيات"},
		{"كوري", withArticle, "الكوري"},
		{"جنوب سوداني", withArticle, "الجنوب سوداني"},
		{"جنوب سوداني", suffix("ون"), "جنوب سودانيون"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Agree(tc.base, tc.inflect), tc.base)
	}
}

// TestTagAdjectivePhraseNisba: on the shipped gazetteer, the two Koreas'
// nisbas with the article or an ending on each word (الكوري الجنوبي) name one
// state, not both; the nisba alone stays ambiguous, and a word after it
// that is no part of the nisba is not joined.
func TestTagAdjectivePhraseNisba(t *testing.T) {
	g, err := LoadFile("../gazetteer.yaml")
	require.NoError(t, err)
	tg, n := newTestTagger(t, g)
	tests := []struct {
		text string
		want []brief
	}{
		{"التقى نظيره الكوري الجنوبي", []brief{{Text: "الكوري الجنوبي", IDs: "KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		{"وأكد الجانب الكوري الشمالي", []brief{{Text: "الكوري الشمالي", IDs: "KP", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		{"الوزيرة الكورية الجنوبية", []brief{{Text: "الكورية الجنوبية", IDs: "KR", Form: FormNisba, Definite: true, Gender: Feminine, Number: Singular}}},
		{"والرئيسان الكوريان الجنوبيان", []brief{{Text: "الكوريان الجنوبيان", IDs: "KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Dual}}},
		{"السياح الكوريون الجنوبيون", []brief{{Text: "الكوريون الجنوبيون", IDs: "KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Plural}}},
		{"شركة كورية جنوبية", []brief{{Text: "كورية جنوبية", IDs: "KR", Form: FormNisba, Gender: Feminine, Number: Singular}}},
		// Left alone: the nisba alone, and a word after it that is not
		// the rest of the nisba.
		{"الوفد الكوري", []brief{{Text: "الكوري", IDs: "KP,KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		{"الوفد الكوري الرسمي", []brief{{Text: "الكوري", IDs: "KP,KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
		// Careless copy with the article on the first word only.
		{"الكوري جنوبي", []brief{{Text: "الكوري جنوبي", IDs: "KR", Form: FormNisba, Definite: true, Gender: Masculine, Number: Singular}}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			src := []byte(tc.text)
			ms := tg.Tag(n.Normalize(src))
			assert.Equal(t, tc.want, nilIfEmpty(briefs(ms)))
			checkInvariants(t, src, ms)
		})
	}
}

// FuzzAgree: Agree never panics, inflects each word of a phrase of
// adjectives or the whole of anything else, and with the identity gives
// the nisba back (its words single-spaced when inflected word by word).
func FuzzAgree(f *testing.F) {
	for _, s := range []string{"كوري جنوبي", "جنوب سوداني", "كوري", "", " ي  ية ", "\xff ي"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, x string) {
		same := Agree(x, func(w string) string { return w })
		if same != x && same != strings.Join(strings.Fields(x), " ") {
			t.Fatalf("Agree(%q, identity) = %q", x, same)
		}
		marked := Agree(x, func(w string) string { return "\x00" + w })
		if n := strings.Count(marked, "\x00") - strings.Count(x, "\x00"); n != 1 && n != len(strings.Fields(x)) {
			t.Fatalf("Agree(%q) inflected %d parts of %d words", x, n, len(strings.Fields(x)))
		}
	})
}
