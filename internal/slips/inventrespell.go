package slips

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// InventedRespelt puts an invented person in the place of a person the
// release names after an honorific or a title phrase and names again
// (PersonRespelt's people): every occurrence of that person's given name
// and surname is written as a made-up name no list knows (no given name of
// the lexicon, no name token of Wikidata's people, no word the gazetteer
// tags or the text has), and one later occurrence writes the surname, or
// the given name where the text names the person in full again, with one
// letter of a foreign sound written another way (ث/س، ث/ز، ز/س، تش/ش،
// غ/ج). It measures how names are read that nobody lists. It is not in
// Kinds: ask for it by name.
const InventedRespelt Kind = "invented-respelt"

// inventedSwaps are the letters an invented name is respelt with: each
// letter (or two) and the letters one foreign sound is also written with.
var inventedSwaps = []struct {
	from string
	to   []string
}{
	{"تش", []string{"ش"}},
	{"ث", []string{"س", "ز"}},
	{"س", []string{"ث", "ز"}},
	{"ز", []string{"ث", "س"}},
	{"ش", []string{"تش"}},
	{"غ", []string{"ج"}},
	{"ج", []string{"غ"}},
}

// inventOnsets and inventCodas are the consonants an invented name is
// made of (the last onsets are the letters InventedRespelt swaps), and
// inventVowels its vowels (a short vowel is no letter).
var (
	inventOnsets = []string{"ب", "ت", "د", "ر", "ك", "ل", "م", "ن", "ف", "ف", "ه", "ب", "ر", "ل", "م",
		"ث", "س", "ز", "ش", "تش", "غ", "ج"}
	inventCodas  = []string{"", "", "ن", "ر", "ل", "ف", "ك", "ت", "م"}
	inventVowels = []string{"ا", "و", "ي", "", ""}
)

// inventWord returns a made-up name word of syllables syllables with at
// least one letter InventedRespelt swaps.
func inventWord(syllables int, rng *rand.Rand) string {
	for {
		var b strings.Builder
		for k := range syllables {
			b.WriteString(inventOnsets[rng.IntN(len(inventOnsets))])
			v := inventVowels[rng.IntN(len(inventVowels))]
			if k == syllables-1 && v == "" {
				v = "ي" // a name does not end on a bare consonant cluster
			}
			b.WriteString(v)
		}
		b.WriteString(inventCodas[rng.IntN(len(inventCodas))])
		w := b.String()
		if _, ok := RespellInvented(w, rng); ok && utf8.RuneCountInString(w) >= 4 {
			return w
		}
	}
}

// RespellInvented returns w with one letter of a foreign sound written
// another way (inventedSwaps), drawn among those w allows; ok is false
// when it allows none.
func RespellInvented(w string, rng *rand.Rand) (string, bool) {
	var opts []string
	for i := 0; i < len(w); {
		matched := false
		for _, s := range inventedSwaps {
			if strings.HasPrefix(w[i:], s.from) {
				for _, to := range s.to {
					opts = append(opts, w[:i]+to+w[i+len(s.from):])
				}
				i += len(s.from)
				matched = true
				break
			}
		}
		if !matched {
			_, n := utf8.DecodeRuneInString(w[i:])
			i += n
		}
	}
	if len(opts) == 0 {
		return "", false
	}
	return opts[rng.IntN(len(opts))], true
}

// nearNames says whether two name words could be read as one name written
// two ways (the same, arabic.SameName, or long vowels apart): an invented
// given name and surname are kept apart from each other, so that a
// respelling pairs with the name it respells.
func nearNames(a, b string) bool {
	if a == b || arabic.SameName(a, b) {
		return true
	}
	_, ok := arabic.LongVowelApart(a, b)
	return ok
}

// unlisted says whether the words are names nobody lists: no given name
// or name token of the lexicon, nothing the gazetteer tags, no word of t.
func (gen *Generator) unlisted(t *arabic.Text, words ...string) bool {
	names := entities.DefaultGivenNames()
	for _, w := range words {
		if names.IsNameToken(w) || len(gen.tg.Tag(gen.n.Normalize([]byte(w)))) > 0 || textHasWord(t, gen.n.FoldString(w)) {
			return false
		}
	}
	return true
}

// inventOcc is one occurrence of a person InventedRespelt replaces: the
// surname's byte span and, where the text writes the given name before
// it, the given name's (zero otherwise).
type inventOcc struct{ given, sur [2]int }

// inventSites are the people InventedRespelt may replace, each with its
// occurrences in text order (the first with a given name): the gazetteer's
// people named in full and again (every word before the last is the given
// name), and PersonRespelt's people.
func (gen *Generator) inventSites(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant) [][]inventOcc {
	var sites [][]inventOcc
	people, byPerson := gen.personMentions(ms, old, oldVars)
	for _, id := range people {
		idx := byPerson[id]
		if len(idx) < 2 || !strings.Contains(ms[idx[0]].Text, " ") {
			continue
		}
		var occ []inventOcc
		for _, i := range idx {
			m := &ms[i]
			o := inventOcc{sur: [2]int{m.Start, m.End}}
			if ws := strings.LastIndexByte(m.Text, ' '); ws >= 0 {
				o = inventOcc{given: [2]int{m.Start, m.Start + ws}, sur: [2]int{m.Start + ws + 1, m.End}}
			}
			occ = append(occ, o)
		}
		sites = append(sites, occ)
	}
	toks := t.Tokens()
	// wordBefore is the span of the word before the occurrence ending at
	// end, when it is the word g ("" takes any word).
	wordBefore := func(end int, g string) ([2]int, bool) {
		for k := 1; k < len(toks); k++ {
			if toks[k].OrigEnd == end {
				if toks[k-1].Kind == arabic.Word && (g == "" || string(t.Orig[toks[k-1].OrigStart:toks[k-1].OrigEnd]) == g) {
					return [2]int{toks[k-1].OrigStart, toks[k-1].OrigEnd}, true
				}
				return [2]int{}, false
			}
		}
		return [2]int{}, false
	}
	for _, s := range personSites(t, ms, old, oldVars) {
		g0, ok := wordBefore(s.occ[0][1], "")
		if !ok {
			continue
		}
		given := string(t.Orig[g0[0]:g0[1]])
		occ := []inventOcc{{given: g0, sur: s.occ[0]}}
		for _, o := range s.occ[1:] {
			g, _ := wordBefore(o[1], given)
			occ = append(occ, inventOcc{given: g, sur: o})
		}
		sites = append(sites, occ)
	}
	return sites
}

// respellInventedPerson makes an InventedRespelt slip.
func (gen *Generator) respellInventedPerson(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	sites := gen.inventSites(t, ms, old, oldVars)
	if len(sites) == 0 {
		return nil, variant{}
	}
	occ := sites[rng.IntN(len(sites))]
	at := 1 + rng.IntN(len(occ)-1)
	respeltGiven := occ[at].given != [2]int{} && rng.IntN(2) == 0
	var newGiven, newSur, alt string
	for range 50 {
		newGiven, newSur = inventWord(2, rng), inventWord(2+rng.IntN(2), rng)
		word := newSur
		if respeltGiven {
			word = newGiven
		}
		alt, _ = RespellInvented(word, rng) // inventWord's words have a letter to swap
		if !nearNames(newGiven, newSur) && !nearNames(newGiven, alt) && gen.unlisted(t, newGiven, newSur, alt) {
			break
		}
		alt = ""
	}
	if alt == "" {
		return nil, variant{}
	}
	var edits []edit
	for k, o := range occ {
		if o.given != [2]int{} {
			e := edit{start: o.given[0], end: o.given[1], orig: string(t.Orig[o.given[0]:o.given[1]]), repl: newGiven}
			if k == at && respeltGiven {
				e.repl = alt
			}
			edits = append(edits, e)
		}
		e := edit{start: o.sur[0], end: o.sur[1], orig: string(t.Orig[o.sur[0]:o.sur[1]]), repl: newSur}
		if k == at && !respeltGiven {
			e.repl = alt
		}
		edits = append(edits, e)
	}
	// every occurrence is a mention of the variant, the respelt one last
	// (a finding may pair the respelling with any of the others)
	var v variant
	for k, o := range occ {
		sp := o.sur
		if respeltGiven {
			sp = o.given
		}
		if k != at && sp != [2]int{} {
			v.spans = append(v.spans, sp)
		}
	}
	if respeltGiven {
		v.spans = append(v.spans, occ[at].given)
	} else {
		v.spans = append(v.spans, occ[at].sur)
	}
	return edits, v
}
