package consistency

import (
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// Suggest names entity exp in the grammatical form of mention m: a nisba
// agreeing in gender, number and definiteness (الأفغاني → الأذربيجاني), a
// name for a name (with the merged article of لل kept), a capital for a
// capital. norm is the normalised text m was tagged in (arabic.Text.Norm);
// m's proclitics stay outside the suggestion, as they stay outside its
// span. It reports false when exp is unknown or has no form of that kind
// (a person, or a state without a nisba for a nisba).
func (c *Checker) Suggest(norm string, m *entities.Mention, exp string) (string, bool) {
	if m == nil {
		return "", false
	}
	return c.suggest(norm, m.NormStart, m.NormEnd, m.Prefix, m.Definite, m.Form, m.Gender, m.Number, exp)
}

// suggest is Suggest for the mention norm[ns:ne] read with the given
// proclitics, definiteness, form, gender and number.
func (c *Checker) suggest(norm string, ns, ne int, prefix string, definite bool, form entities.Form,
	gender entities.Gender, number entities.Number, exp string) (string, bool) {
	e, _ := c.g.Lookup(exp)
	if e == nil || ns < 0 || ne > len(norm) || ns > ne {
		return "", false
	}
	norm = norm[ns:ne]
	// لل: the span starts with the article's lam, the alef is gone.
	merged := definite && strings.HasSuffix(prefix, "ل") && strings.HasPrefix(norm, "ل") && !strings.HasPrefix(norm, "ال")
	article := func(s string, definite bool) string {
		if !definite {
			return s
		}
		if merged {
			// The merged lam comes once, before the first word; the
			// words of a nisba phrase after it take the whole article.
			first, rest, two := strings.Cut(entities.Agree(s, func(w string) string { return "ال" + w }), " ")
			if two {
				return "ل" + strings.TrimPrefix(first, "ال") + " " + rest
			}
			return "ل" + s
		}
		return entities.Agree(s, func(w string) string { return "ال" + w })
	}
	switch form {
	case entities.FormNisba:
		if len(e.Nisba.M) == 0 {
			return "", false
		}
		base, fem := c.ownNisba(e)
		var w string
		switch {
		case gender == entities.Feminine && number == entities.Plural:
			w = entities.Agree(fem, func(w string) string { return strings.TrimSuffix(w, "ة") + "ات" })
		case gender == entities.Feminine:
			w = fem
		case number == entities.Plural:
			switch {
			case strings.HasSuffix(norm, "ين"):
				w = entities.Agree(base, func(w string) string { return w + "ين" })
			case strings.HasSuffix(norm, "ون"):
				w = entities.Agree(base, func(w string) string { return w + "ون" })
			case len(e.Nisba.MPl) > 0:
				w = e.Nisba.MPl[0]
			default:
				w = entities.Agree(base, func(w string) string { return w + "ين" })
			}
		default:
			w = base
		}
		return article(w, definite), true
	case entities.FormName:
		if len(e.Names) == 0 {
			return "", false
		}
		n := e.Names[0]
		if merged {
			if strings.HasPrefix(c.normWord(n), "ال") {
				_, rest, _ := strings.Cut(n, "ل")
				return "ل" + rest, true
			}
			return n, true
		}
		return n, true
	case entities.FormCapital:
		if len(e.Capital) == 0 {
			return "", false
		}
		return e.Capital[0], true
	}
	return "", false
}

// ownNisba returns the masculine and feminine nisba a suggestion names e
// by: the pair ownNisbas chose for e when the checker was compiled.
func (c *Checker) ownNisba(e *entities.Entity) (masc, fem string) {
	i := c.nisbaPair[e.ID] // 0, the first pair, for an entity not compiled in
	if i < len(e.Nisba.F) {
		return e.Nisba.M[i], e.Nisba.F[i]
	}
	return e.Nisba.M[i], e.Nisba.M[i] + "ة"
}

// ownNisbas returns, for each entity of the checker's gazetteer that has
// nisbas, the index of the first masculine nisba that names it alone when
// the tagger reads it (كوري جنوبي، not كوري, which names both Koreas), or 0
// when none does. Computed once: suggestions read it for every finding.
func (c *Checker) ownNisbas() map[string]int {
	out := map[string]int{}
	for _, e := range c.g.Entities {
		for i, m := range e.Nisba.M {
			ms := c.tagger.Tag(c.norm.Normalize([]byte(m)))
			if len(ms) == 1 && len(ms[0].Entities) == 1 && ms[0].Entities[0] == e.ID {
				if i > 0 {
					out[e.ID] = i
				}
				break
			}
		}
	}
	return out
}

// Tagger returns the tagger the checker tags with (compiled from its
// gazetteer; immutable, safe for concurrent use), so that a caller can tag
// text the way the checker does and pass the mentions to Suggest.
func (c *Checker) Tagger() *entities.Tagger { return c.tagger }
