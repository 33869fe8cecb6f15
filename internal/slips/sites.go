package slips

import (
	"math/rand/v2"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// minConfusable is the confusability score from which a state counts as
// easily mistaken for a participant.
const minConfusable = 0.5

// swaps chooses the mentions of one participant to replace and the state
// that replaces them, for the swap kinds.
func (gen *Generator) swaps(r Release, t *arabic.Text, ms []entities.Mention, k Kind, old []span, rng *rand.Rand) []edit {
	parts := r.Labels.Participants
	if r.Labels.Multilateral || len(parts) != 2 {
		return nil
	}
	count := map[string]int{}
	byPart := map[string][]int{}
	for i := range ms {
		m := &ms[i]
		if m.Kind != entities.Country || len(m.Entities) != 1 || !isPart(parts, m.Entities[0]) {
			continue
		}
		count[m.Entities[0]]++
		if !swappable(m) || overlapsAny(old, m.Start, m.End) {
			continue
		}
		switch k {
		case PersonState:
			if m.Form == entities.FormCapital || !gen.before(t, m, 3, gen.title) {
				continue
			}
		case Destination:
			if m.Form == entities.FormNisba || !gen.destination(t, m) {
				continue
			}
		}
		byPart[m.Entities[0]] = append(byPart[m.Entities[0]], i)
	}
	// a participant must stay named elsewhere: at least one other mention
	var cands []string
	for _, p := range parts {
		if len(byPart[p]) > 0 && count[p] >= 2 {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, p := range cands {
		sites := byPart[p]
		n := 1
		if (k == ConfusableSwap || k == RandomSwap) && len(sites) >= 2 && count[p] >= 3 && rng.Float64() < 0.35 {
			n = 2
		}
		rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
		sites = sites[:n]
		target := gen.target(p, parts, k, ms, sites, rng)
		if target == nil {
			continue
		}
		var out []edit
		for _, i := range sites {
			m := &ms[i]
			repl, _ := replacement(target, m) // target fits every site
			out = append(out, edit{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID})
		}
		return out
	}
	return nil
}

func isPart(parts []string, id string) bool {
	for _, p := range parts {
		if p == id {
			return true
		}
	}
	return false
}

func overlapsAny(sp []span, s, e int) bool {
	for _, x := range sp {
		if x.start < e && s < x.end {
			return true
		}
	}
	return false
}

// swappable: a name, a capital, or a singular nisba (the plural and dual
// endings are not rebuilt), not a homograph.
func swappable(m *entities.Mention) bool {
	if m.Weak {
		return false
	}
	switch m.Form {
	case entities.FormName, entities.FormCapital:
		return true
	case entities.FormNisba:
		return m.Number == entities.Singular
	}
	return false
}

// before says whether one of the k word tokens before the mention (within
// its line) is in words, proclitic و or ف removed.
func (gen *Generator) before(t *arabic.Text, m *entities.Mention, k int, words map[string]bool) bool {
	toks := t.Tokens()
	for i, n := m.FirstTok-1, 0; i >= 0 && n < k; i-- {
		tk := toks[i]
		if tk.Kind != arabic.Word {
			if strings.Contains(string(t.Orig[tk.OrigStart:tk.OrigEnd]), "\n") || tk.Kind == arabic.Punct {
				return false
			}
			continue
		}
		if lineBreak(t.Orig, tk.OrigEnd, toks[i+1].OrigStart) {
			return false
		}
		w := t.Norm[tk.Start:tk.End]
		if words[w] || words[strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")] {
			return true
		}
		n++
	}
	return false
}

func lineBreak(b []byte, s, e int) bool {
	return s < e && strings.Contains(string(b[s:e]), "\n")
}

// destination: the word before the mention is إلى, a visit word comes
// within the eight words before it, and no word of a visit to come
// (المرتقبة، المقبل …) is near: the destination of an announced visit may be
// any state, so swapping it is no detectable slip.
func (gen *Generator) destination(t *arabic.Text, m *entities.Mention) bool {
	if m.Prefix != "" || m.FirstTok == 0 {
		return false
	}
	toks := t.Tokens()
	prev := toks[m.FirstTok-1]
	if prev.Kind != arabic.Word || t.Norm[prev.Start:prev.End] != "الي" {
		return false
	}
	cut := *m
	cut.FirstTok--
	if !gen.before(t, &cut, 8, gen.visit) || gen.before(t, &cut, 8, gen.future) {
		return false
	}
	after := *m
	after.FirstTok = min(m.LastTok+4, len(toks)-1)
	return !gen.before(t, &after, 3, gen.future)
}

// target picks the state that replaces participant p.
func (gen *Generator) target(p string, parts []string, k Kind, ms []entities.Mention, sites []int, rng *rand.Rand) *entities.Entity {
	named := map[string]bool{}
	for i := range ms {
		for _, id := range ms[i].Entities {
			named[id] = true
		}
	}
	fits := func(e *entities.Entity) bool {
		if isPart(parts, e.ID) {
			return false
		}
		for _, i := range sites {
			if _, ok := replacement(e, &ms[i]); !ok {
				return false
			}
		}
		return true
	}
	var conf []*entities.Entity
	var w []float64
	var other []*entities.Entity
	for _, e := range gen.states {
		if !fits(e) {
			continue
		}
		s := gen.conf.Score(p, e.ID)
		if s >= minConfusable {
			conf = append(conf, e)
			w = append(w, s)
		} else if !named[e.ID] {
			// a random swap picks a state the release does not already
			// name, so the slip is not a legitimate third party's mention
			other = append(other, e)
		}
	}
	useConf := k == ConfusableSwap || ((k == PersonState || k == Destination) && rng.Float64() < 0.5)
	if useConf && len(conf) > 0 {
		return conf[weighted(w, rng)]
	}
	if k == ConfusableSwap || len(other) == 0 {
		return nil
	}
	return other[rng.IntN(len(other))]
}

func weighted(w []float64, rng *rand.Rand) int {
	var sum float64
	for _, x := range w {
		sum += x
	}
	r := rng.Float64() * sum
	for i, x := range w {
		if r < x {
			return i
		}
		r -= x
	}
	return len(w) - 1
}

// replacement returns the form of e that stands where m stands: the same
// form, gender and definiteness, with the article merged into a preceding
// ل as Arabic writes it (للعراق, لأذربيجان).
func replacement(e *entities.Entity, m *entities.Mention) (string, bool) {
	var w string
	switch m.Form {
	case entities.FormName:
		w = e.Names[0]
	case entities.FormCapital:
		w = e.Capital[0]
	case entities.FormNisba:
		if m.Gender == entities.Feminine {
			if len(e.Nisba.F) == 0 {
				return "", false
			}
			w = e.Nisba.F[0]
		} else {
			w = e.Nisba.M[0]
		}
		if m.Definite {
			w = "ال" + w
		}
	default:
		return "", false
	}
	// ل before the article is written لل (للعراق): whether the original
	// span is لصين (the article's lam after the merged ل) or أذربيجان
	// after ل, the new span is the new form with its article's alef
	// dropped (ل + لعراق), or the form as it is when it has no article.
	if strings.HasSuffix(m.Prefix, "ل") && strings.HasPrefix(w, "ال") {
		return w[len("ا"):], true
	}
	return w, true
}
