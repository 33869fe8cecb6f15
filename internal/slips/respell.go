package slips

import (
	"math/rand/v2"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// respell writes one occurrence of a person's surname another way and
// returns the edit and the variant it makes (an untouched mention of the
// person and the respelt one).
func (gen *Generator) respell(ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	people, byPerson := gen.personMentions(ms, old, oldVars)
	var cands []string
	for _, id := range people {
		if len(byPerson[id]) >= 2 {
			cands = append(cands, id)
		}
	}
	if len(cands) == 0 {
		return nil, variant{}
	}
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, id := range cands {
		sites := byPerson[id]
		// the first mention keeps its spelling (the majority or the lede's)
		m := &ms[sites[1+rng.IntN(len(sites)-1)]]
		// the surname is the mention's last word; an article on it (العاطي)
		// stays as it is
		ws := strings.LastIndexByte(m.Text, ' ') + 1
		if strings.HasPrefix(m.Text[ws:], "ال") {
			ws += len("ال")
		}
		sur := m.Text[ws:]
		alt, ok := Respell(sur, rng)
		if !ok {
			continue
		}
		e := edit{start: m.Start + ws, end: m.End, orig: sur, repl: alt}
		keep := &ms[sites[0]]
		return []edit{e}, variant{spans: [][2]int{{keep.Start, keep.End}, {e.start, e.end}}}
	}
	return nil, variant{}
}

// personMentions groups the mentions of known people (one person each)
// that no earlier slip touches: byPerson holds each person's mention
// indexes in text order, people the persons in the order of their first
// mention.
func (gen *Generator) personMentions(ms []entities.Mention, old []span, oldVars []variant) (people []string, byPerson map[string][]int) {
	byPerson = map[string][]int{}
	for i := range ms {
		m := &ms[i]
		if m.Kind != entities.Person || !gen.onePerson(m) || overlapsAny(old, m.Start, m.End) || inVariants(oldVars, m.Start, m.End) {
			continue
		}
		id := m.Entities[0]
		if len(byPerson[id]) == 0 {
			people = append(people, id)
		}
		byPerson[id] = append(byPerson[id], i)
	}
	return people, byPerson
}

// onePerson says whether the person mention m names one person: one
// entry, with the generated entries of the other offices of that person
// (source "…; Arabic: gazetteer.yaml ID") beside it. Two hand-written
// entries of one name are left out, as they always were, so that adding
// other offices to the gazetteer leaves the draws as they were.
func (gen *Generator) onePerson(m *entities.Mention) bool {
	if len(m.Entities) == 0 {
		return false
	}
	for _, id := range m.Entities[1:] {
		e, ok := gen.g.Lookup(id)
		if !ok || !strings.HasSuffix(e.Provenance, "; Arabic: gazetteer.yaml "+m.Entities[0]) {
			return false
		}
	}
	return true
}

func inVariants(vs []variant, s, e int) bool {
	for _, v := range vs {
		for _, sp := range v.spans {
			if sp[0] < e && s < sp[1] {
				return true
			}
		}
	}
	return false
}

// swapLetters are pairs of letters transliterations use for one foreign
// sound (ز/س، ج/غ، ت/ط، ك/ق).
var swapLetters = [][2]string{{"ز", "س"}, {"س", "ز"}, {"ج", "غ"}, {"غ", "ج"}, {"ت", "ط"}, {"ك", "ق"}, {"ق", "ك"}, {"تش", "ش"}}

const longVowels = "اوي"

// Respell returns name written another way, as transliterations differ: a
// long vowel inside the word dropped or added, or one letter of a
// transliteration pair swapped. ok is false when no change applies (a
// word of fewer than four letters).
func Respell(name string, rng *rand.Rand) (string, bool) {
	rs := []rune(name)
	if len(rs) < 4 {
		return "", false
	}
	dropVowel := func() (string, bool) {
		var at []int
		for i := 1; i < len(rs)-1; i++ {
			if strings.ContainsRune(longVowels, rs[i]) {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return "", false
		}
		i := at[rng.IntN(len(at))]
		return string(rs[:i]) + string(rs[i+1:]), true
	}
	addVowel := func() (string, bool) {
		var at []int
		for i := 1; i < len(rs)-1; i++ {
			if !strings.ContainsRune(longVowels, rs[i-1]) && !strings.ContainsRune(longVowels, rs[i]) {
				at = append(at, i)
			}
		}
		if len(at) == 0 {
			return "", false
		}
		i := at[rng.IntN(len(at))]
		vs := []rune(longVowels)
		v := vs[rng.IntN(len(vs))]
		return string(rs[:i]) + string(v) + string(rs[i:]), true
	}
	swap := func() (string, bool) { return swapOne(name, swapLetters, rng) }
	return firstChange(name, []respeller{dropVowel, addVowel, swap}, rng)
}

// respeller proposes name written another way; ok is false when it does
// not apply.
type respeller func() (s string, ok bool)

// firstChange tries ops in a random order and returns the first result
// that applies and differs from name.
func firstChange(name string, ops []respeller, rng *rand.Rand) (string, bool) {
	rng.Shuffle(len(ops), func(i, j int) { ops[i], ops[j] = ops[j], ops[i] })
	for _, o := range ops {
		if s, ok := o(); ok && s != name {
			return s, true
		}
	}
	return "", false
}

// swapOne replaces the first occurrence of one of the pairs' first
// letters that name contains (a pair drawn at random) by the pair's
// second; ok is false when name contains none.
func swapOne(name string, pairs [][2]string, rng *rand.Rand) (string, bool) {
	var opts [][2]string
	for _, p := range pairs {
		if strings.Contains(name, p[0]) {
			opts = append(opts, p)
		}
	}
	if len(opts) == 0 {
		return "", false
	}
	p := opts[rng.IntN(len(opts))]
	return strings.Replace(name, p[0], p[1], 1), true
}
