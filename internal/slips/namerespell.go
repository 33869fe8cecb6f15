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

// respellOneSite respells one occurrence, not the first, of one of the
// sites taken in a random order (the first whose word respell can change):
// the slip's edit, and the variant of that occurrence and the first. It
// serves NameRespelt and PersonRespelt, which find their sites apart.
func respellOneSite(t *arabic.Text, sites []nameSite, respell func(string, *rand.Rand) (string, bool), rng *rand.Rand) ([]edit, variant) {
	if len(sites) == 0 {
		return nil, variant{}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		at := s.occ[1+rng.IntN(len(s.occ)-1)]
		word := string(t.Orig[at[0]:at[1]])
		alt, ok := respell(word, rng)
		if !ok {
			continue
		}
		e := edit{start: at[0], end: at[1], orig: word, repl: alt}
		return []edit{e}, variant{spans: [][2]int{s.occ[0], {e.start, e.end}}}
	}
	return nil, variant{}
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
	return respellOneSite(t, sites, RespellName, rng)
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

// GivenRespelt writes the given name of one occurrence of a person's full
// name another way, the surname kept (سيرغي لافروف … سيرجي لافروف;
// فيرناندو غاريدو … فرناندو غاريدو), for people the gazetteer knows and
// people it does not: a foreign given name of the lexicon followed by the
// same surname twice or more. Arabic given names are written one way (محمد
// and محمود are two names) and are left alone. It is not in Kinds: ask for
// it by name.
const GivenRespelt Kind = "given-respelt"

// respellGiven makes a GivenRespelt slip: in a later occurrence of a
// full name the given name is respelt, or, where the surname stands alone
// later, the name is written there in full with the given name respelt
// (فيرناندو غاريدو … غاريدو → فرناندو غاريدو), as news repeats full names.
func (gen *Generator) respellGiven(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	toks := t.Tokens()
	// no word of a mention other than a person's is a name
	other := make([]bool, len(toks))
	for i := range ms {
		if ms[i].Kind == entities.Person {
			continue
		}
		for k := ms[i].FirstTok; k <= ms[i].LastTok && k < len(toks); k++ {
			other[k] = true
		}
	}
	names := entities.DefaultGivenNames()
	isGiven := func(k int) bool {
		info, ok := names.Lookup(t.TokenText(k))
		return ok && info.Foreign && !info.Arabic && (!info.CommonWord || info.People >= 20)
	}
	free := func(k int) bool {
		s, e := toks[k].OrigStart, toks[k].OrigEnd
		return toks[k].Kind == arabic.Word && !other[k] && !overlapsAny(old, s, e) && !inVariants(oldVars, s, e)
	}
	type site struct {
		given [2]int // the first full occurrence's given name
		at    edit   // the later occurrence, respelt
	}
	var sites []site
	seen := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if !free(i) || !free(i+1) || !isGiven(i) || i > 0 && toks[i-1].Kind == arabic.Word && isGiven(i-1) {
			continue // the first given name of a full name
		}
		g, sur := t.TokenText(i), t.TokenText(i+1)
		if _, named := names.Lookup(sur); named || utf8.RuneCountInString(sur) < 3 || seen[sur] {
			continue
		}
		seen[sur] = true
		for k := i + 2; k < len(toks); k++ {
			if !free(k) || t.TokenText(k) != sur {
				continue
			}
			gs, ge := toks[i].OrigStart, toks[i].OrigEnd
			if toks[k-1].Kind == arabic.Word && t.TokenText(k-1) == g {
				if free(k - 1) { // written again in full: respell the given name
					sites = append(sites, site{[2]int{gs, ge}, edit{start: toks[k-1].OrigStart, end: toks[k-1].OrigEnd, orig: g}})
				}
				continue
			}
			// the surname alone: written in full
			sites = append(sites, site{[2]int{gs, ge}, edit{start: toks[k].OrigStart, end: toks[k].OrigEnd, orig: sur}})
		}
	}
	if len(sites) == 0 {
		return nil, variant{}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		given := string(t.Orig[s.given[0]:s.given[1]])
		alt, ok := RespellGiven(given, rng)
		if !ok {
			continue
		}
		e := s.at
		if e.orig == given {
			e.repl = alt
		} else {
			e.repl = alt + " " + e.orig
		}
		return []edit{e}, variant{spans: [][2]int{s.given, {e.start, e.end}}}
	}
	return nil, variant{}
}

// RespellGiven returns a foreign given name written another way, as
// transliterations differ inside a name: a long vowel inside dropped or
// added (فيرناندو → فرناندو), or a letter of a transliteration class
// swapped (غريغوري → جريغوري). The last letter is kept: names that differ
// there are mostly two names (ماريو، ماريا). ok is false for a word of
// fewer than four letters or one no change applies to.
func RespellGiven(name string, rng *rand.Rand) (string, bool) {
	rs := []rune(name)
	if len(rs) < 4 {
		return "", false
	}
	last := rs[len(rs)-1]
	swap := func() (string, bool) {
		s, ok := swapOne(string(rs[:len(rs)-1]), nameSwaps, rng)
		return s + string(last), ok
	}
	vowel := func() (string, bool) { return Respell(name, rng) }
	for range 4 {
		alt, ok := firstChange(name, []respeller{swap, vowel}, rng)
		if !ok {
			return "", false
		}
		if r := []rune(alt); r[len(r)-1] == last {
			return alt, true
		}
	}
	return "", false
}
