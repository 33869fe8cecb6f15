package slips

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// ForeignRespelt writes one later occurrence of the surname of anybody the
// release names after an honorific or a title phrase (PersonRespelt's
// people: mostly people the gazetteer does not know) with one letter of a
// foreign sound written another way, as transliterations of one foreign
// name differ: a letter of the classes the name keys join (ز/ث/س/ج, تش/ش,
// غ/ق/ج, ك/ق: RespellName's swaps) or a pair they keep apart (ج/ي for a
// "j" read as "y", خ/ج and خ/غ for the Spanish "j" and "g", خ/ك for
// "kh"), drawn among those the word allows. Long vowels, the article and
// the nisba's ي are left as they are: each draw is a letter swapped. It is
// not in Kinds: ask for it by name.
const ForeignRespelt Kind = "foreign-respelt"

// respellForeign makes a ForeignRespelt slip.
func (gen *Generator) respellForeign(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	return respellOneSite(t, personSites(t, ms, old, oldVars), RespellForeign, rng)
}

// RespellForeign returns a name word with one letter of a foreign sound
// written another way (see ForeignRespelt), the article kept: one of the
// spellings the word allows, drawn at random. ok is false for a word of
// fewer than four letters or one with no such letter.
func RespellForeign(name string, rng *rand.Rand) (string, bool) {
	art, stem := "", name
	if rest, ok := strings.CutPrefix(name, "ال"); ok {
		art, stem = "ال", rest
	}
	rs := []rune(stem)
	if len(rs) < 4 {
		return "", false
	}
	var opts []string
	seen := map[string]bool{name: true}
	addOpt := func(s string) {
		if !seen[s] && utf8.ValidString(s) {
			seen[s] = true
			opts = append(opts, s)
		}
	}
	for _, p := range nameSwaps {
		if strings.Contains(stem, p[0]) {
			addOpt(art + strings.Replace(stem, p[0], p[1], 1))
		}
	}
	for i := range rs {
		for _, o := range foreignSwaps(rs, i) {
			addOpt(art + string(rs[:i]) + string(o) + string(rs[i+1:]))
		}
	}
	if len(opts) == 0 {
		return "", false
	}
	return opts[rng.IntN(len(opts))], true
}

// foreignSwaps returns the letters that can write the foreign sound of the
// letter rs[i] in a transliteration the name keys keep apart from it: ي
// and ج for a "j" (the ي a consonant: first, or before a long vowel), خ
// and ج, خ and غ for the Spanish "j" and "g" (ج and غ before ي, as in
// "ge" and "gi"), خ and ك for "kh".
func foreignSwaps(rs []rune, i int) []rune {
	beforeVowel := i+1 < len(rs) && strings.ContainsRune("اوي", rs[i+1])
	switch rs[i] {
	case 'ي':
		if i == 0 || i > 0 && beforeVowel && !strings.ContainsRune("اوي", rs[i-1]) {
			return []rune{'ج'}
		}
	case 'ج':
		var out []rune
		if (i == 0 || !strings.ContainsRune("اوي", rs[i-1])) && beforeVowel {
			out = append(out, 'ي')
		}
		return append(out, 'خ')
	case 'غ':
		if i+1 < len(rs) && rs[i+1] == 'ي' {
			return []rune{'خ'}
		}
	case 'خ':
		return []rune{'ج', 'غ', 'ك'}
	case 'ك':
		if i+1 < len(rs) && strings.ContainsRune("اوي", rs[i+1]) {
			return []rune{'خ'}
		}
	}
	return nil
}
