package slips

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/nazir-nlp/nazir/arabic"
)

// TestRespellName: every respelling is one small change (a letter swapped,
// a vowel, the article or a final ي), mostly one the name key accepts (the
// key's misses are what the slips measure); short words are left.
func TestRespellName(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	accepted, total := 0, 0
	for _, w := range []string{"بيريز", "تشرشل", "غوتيريش", "ماكرون", "البرادعي", "القاسمي", "بيراموف", "الصفدي", "كاغامي"} {
		for range 20 {
			alt, ok := RespellName(w, rng)
			if !assert.True(t, ok, w) {
				continue
			}
			assert.NotEqual(t, w, alt)
			d := utf8.RuneCountInString(w) - utf8.RuneCountInString(alt)
			assert.True(t, d >= -1 && d <= 2, "%s → %s", w, alt)
			if arabic.SameName(w, alt) {
				accepted++
			}
			total++
		}
	}
	assert.Greater(t, float64(accepted)/float64(total), 0.8, "the key accepts most respellings")
	_, ok := RespellName("لي", rng)
	assert.False(t, ok, "too short")
}

// TestRespellNameLongVowels: among the respellings are long vowels dropped
// from and added inside the name (ماكرون → ماكرن، بيراموف → بيرااموف), each
// of which changes nothing but long vowels (arabic.LongVowelApart).
func TestRespellNameLongVowels(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	dropped, added := 0, 0
	for _, w := range []string{"ماكرون", "بيراموف", "رادوفان", "غوتيريش"} {
		for range 40 {
			alt, ok := RespellName(w, rng)
			if !ok {
				continue
			}
			if _, vowel := arabic.LongVowelApart(w, alt); !vowel {
				continue
			}
			switch utf8.RuneCountInString(alt) - utf8.RuneCountInString(w) {
			case -1:
				dropped++
			case 1:
				added++
			default:
				t.Errorf("%s → %s: a long vowel respelling changes one letter", w, alt)
			}
		}
	}
	assert.Positive(t, dropped, "long vowels dropped")
	assert.Positive(t, added, "long vowels added")
}

// TestRespellGiven: a given name is respelt inside it — a long vowel or a
// letter of a transliteration class — keeping its last letter, so that the
// respelling is the same name (ماريو and ماريا are two); short words are
// left.
func TestRespellGiven(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for _, w := range []string{"فيرناندو", "غريغوري", "ويليام", "ميخائيل", "جيرهارد", "سيرغي"} {
		for range 20 {
			alt, ok := RespellGiven(w, rng)
			if !assert.True(t, ok, w) {
				continue
			}
			assert.NotEqual(t, w, alt)
			wr, ar := []rune(w), []rune(alt)
			assert.Equal(t, wr[len(wr)-1], ar[len(ar)-1], "%s → %s keeps its last letter", w, alt)
			_, vowel := arabic.LongVowelApart(w, alt)
			assert.True(t, vowel || arabic.SameName(w, alt), "%s → %s: one change a transliteration makes", w, alt)
		}
	}
	_, ok := RespellGiven("جون", rng)
	assert.False(t, ok, "too short")
}
