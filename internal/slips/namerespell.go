package slips

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// NameRespelt writes one occurrence of a person's surname another way, as
// arabic.SameName accepts transliterations to differ, for people the
// gazetteer knows and for people it does not (a given name of the lexicon
// followed by a surname the release repeats). It is not in Kinds, whose
// draw the floor test fixes: ask for it by name.
const NameRespelt Kind = "name-respelt"

// nameSite is a surname that occurs twice or more.
type nameSite struct {
	occ [][2]int // byte spans of its occurrences in the text, in order
}

// respellName makes a NameRespelt slip.
func (gen *Generator) respellName(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	var sites []nameSite
	// known people: a person mention's last word, when it is named twice
	people, byPerson := gen.personMentions(ms, old, oldVars)
	for _, id := range people {
		idx := byPerson[id]
		if len(idx) < 2 {
			continue
		}
		occ := make([][2]int, len(idx))
		for k, i := range idx {
			m := &ms[i]
			ws := strings.LastIndexByte(m.Text, ' ') + 1
			occ[k] = [2]int{m.Start + ws, m.End}
		}
		sites = append(sites, nameSite{occ: occ})
	}
	// unknown people: a lexicon given name, then a word no mention covers
	// that the release writes again
	toks := t.Tokens()
	tagged := make([]bool, len(toks))
	for i := range ms {
		for k := ms[i].FirstTok; k <= ms[i].LastTok && k < len(toks); k++ {
			tagged[k] = true
		}
	}
	names := entities.DefaultGivenNames()
	seen := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != arabic.Word || toks[i+1].Kind != arabic.Word || tagged[i] || tagged[i+1] {
			continue
		}
		if info, ok := names.Lookup(t.TokenText(i)); !ok || info.CommonWord && info.People < 20 {
			continue
		}
		sur := t.TokenText(i + 1)
		if _, ok := names.Lookup(sur); ok || utf8.RuneCountInString(sur) < 4 || seen[sur] {
			continue
		}
		seen[sur] = true
		var occ [][2]int
		for k := range toks {
			if toks[k].Kind == arabic.Word && !tagged[k] && t.TokenText(k) == sur {
				s, e := toks[k].OrigStart, toks[k].OrigEnd
				if !overlapsAny(old, s, e) && !inVariants(oldVars, s, e) {
					occ = append(occ, [2]int{s, e})
				}
			}
		}
		if len(occ) >= 2 {
			sites = append(sites, nameSite{occ: occ})
		}
	}
	if len(sites) == 0 {
		return nil, variant{}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		at := s.occ[1+rng.IntN(len(s.occ)-1)]
		word := string(t.Orig[at[0]:at[1]])
		alt, ok := RespellName(word, rng)
		if !ok {
			continue
		}
		e := edit{start: at[0], end: at[1], orig: word, repl: alt}
		return []edit{e}, variant{spans: [][2]int{s.occ[0], {e.start, e.end}}}
	}
	return nil, variant{}
}

// nameSwaps are the letters transliterations write for one foreign sound
// (the classes arabic.SameName accepts one difference in).
var nameSwaps = [][2]string{
	{"ز", "ث"}, {"ث", "ز"}, {"س", "ز"}, {"ز", "س"}, {"ج", "ز"}, {"ز", "ج"},
	{"تش", "ش"}, {"ش", "تش"}, {"غ", "ج"}, {"ج", "غ"}, {"ق", "غ"}, {"غ", "ق"}, {"ك", "ق"},
}

// RespellName returns a surname written another way, one of: a letter of a
// transliteration class swapped (بيريز → بيريث, تشرشل → شرشل), a long vowel
// inside dropped or added (ماكرون → ماكرن), the article dropped (البرادعي →
// برادعي), a nisba's final ي dropped (القاسمي → القاسم). ok is false for a
// word of fewer than four letters or one no change applies to.
func RespellName(name string, rng *rand.Rand) (string, bool) {
	rs := []rune(name)
	if len(rs) < 4 {
		return "", false
	}
	swap := func() (string, bool) { return swapOne(name, nameSwaps, rng) }
	vowel := func() (string, bool) {
		// inside the name, not between the article and it
		art, stem := "", name
		if rest, ok := strings.CutPrefix(name, "ال"); ok {
			art, stem = "ال", rest
		}
		s, ok := Respell(stem, rng)
		return art + s, ok
	}
	article := func() (string, bool) {
		if rest, ok := strings.CutPrefix(name, "ال"); ok && utf8.RuneCountInString(rest) >= 4 {
			return rest, true
		}
		return "", false
	}
	nisba := func() (string, bool) {
		if rest, ok := strings.CutSuffix(name, "ي"); ok && utf8.RuneCountInString(rest) >= 4 {
			return rest, true
		}
		return "", false
	}
	return firstChange(name, []respeller{swap, vowel, article, nisba}, rng)
}
