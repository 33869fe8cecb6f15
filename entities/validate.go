package entities

import (
	"errors"
	"fmt"
	"sort"

	"github.com/nazir-nlp/nazir/arabic"
)

// Validate checks what Parse cannot check within one file: references
// (members, country) name known countries, every name normalises to
// something, and no surface form is claimed by two entities unless it is
// listed under ambiguous. Forms are compared after normalisation with
// arabic.DefaultOptions and after deriving the nisba forms; an ambiguous
// entry naming any form of a nisba family (الكوري) licenses the whole family
// (الكورية، الكوريون...). Two exceptions need no entry: derived person forms
// (given+surname, surname alone) and people of the same country sharing a
// name (one person holding two offices). Every homographs entry must be a
// form of some entity and every ambiguous entry a form of at least two.
// All problems are reported, joined, each naming file:line.
func (g *Gazetteer) Validate() error {
	return g.validate(defaultNormalizer())
}

func (g *Gazetteer) validate(n *arabic.Normalizer) error {
	var errs []error
	bad := func(src string, format string, args ...any) {
		errs = append(errs, fmt.Errorf("gazetteer %s: %w: %s", src, ErrInvalid, fmt.Sprintf(format, args...)))
	}
	isCountry := func(id string) bool {
		e, ok := g.byID[id]
		return ok && e.Kind == Country
	}
	for _, e := range g.Entities {
		ctx := fmt.Sprintf("%s %q", e.Kind, e.ID)
		for _, m := range e.Members {
			if !isCountry(m) {
				bad(e.Source, "%s: members: unknown country id %q", ctx, m)
			}
		}
		switch e.Kind {
		case Person, Title:
			if !isCountry(e.Country) {
				bad(e.Source, "%s: country: unknown country id %q", ctx, e.Country)
			}
			if o, ok := g.byID[e.Org]; e.Org != "" && (!ok || (o.Kind != Group && o.Kind != Organisation)) {
				bad(e.Source, "%s: org: unknown group or organisation id %q", ctx, e.Org)
			}
		case Agency:
			if e.Country != "" && !isCountry(e.Country) {
				bad(e.Source, "%s: country: unknown country id %q", ctx, e.Country)
			}
		}
	}

	claims := map[string][]claim{}
	for _, ns := range normalizedSurfaces(g, n) {
		if len(ns.toks) == 0 {
			bad(ns.e.Source, "%s %q: form %q normalises to nothing", ns.e.Kind, ns.e.ID, ns.s.raw)
			continue
		}
		claims[ns.key] = append(claims[ns.key], claim{ns.e, ns.s})
	}
	keyOf := func(raw string) string {
		toks, _ := normalizedTokens(n, raw)
		return formKey(toks)
	}
	ambiguous := map[string]bool{}
	for i, k := range formKeys(n, g.AmbiguousForms) {
		a := g.AmbiguousForms[i]
		ambiguous[k] = true
		ids := map[string]bool{}
		for _, c := range claims[k] {
			ids[c.e.ID] = true
		}
		if len(ids) < 2 {
			bad(g.ambSrc[i], "ambiguous: %q is a form of %d entities (wants at least 2)", a, len(ids))
		}
	}
	for i, k := range formKeys(n, g.Homographs) {
		h := g.Homographs[i]
		if len(claims[k]) == 0 {
			bad(g.homSrc[i], "homographs: %q is not a form of any entity", h)
		}
	}

	keys := make([]string, 0, len(claims))
	for k := range claims {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		cs := claims[k]
		for i := 0; i < len(cs); i++ {
			for j := i + 1; j < len(cs); j++ {
				a, b := cs[i], cs[j]
				if a.e == b.e || a.s.personDerived || b.s.personDerived {
					continue
				}
				if a.e.Kind == Person && b.e.Kind == Person && a.e.Country == b.e.Country {
					continue
				}
				if licensed(ambiguous, k, a.s, keyOf) || licensed(ambiguous, k, b.s, keyOf) {
					continue
				}
				bad(b.e.Source, "%s %q: form %q is also a form of %s %q (%s); list it under ambiguous if both are meant",
					b.e.Kind, b.e.ID, b.s.raw, a.e.Kind, a.e.ID, a.e.Source)
				// one message per entity pair and key is enough
				i, j = len(cs), len(cs)
			}
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	return nil
}

func licensed(ambiguous map[string]bool, key string, s surface, keyOf func(string) string) bool {
	if ambiguous[key] {
		return true
	}
	for _, f := range s.family {
		if ambiguous[keyOf(f)] {
			return true
		}
	}
	return false
}

// Ambiguous reports whether form (as written, compared after
// normalisation) is covered by the ambiguous list: listed itself or a member
// of a listed nisba family (الكورية when الكوري is listed). It costs a pass
// over the gazetteer; for a tagged mention, len(Mention.Entities) > 1 says
// the same at no cost.
func (g *Gazetteer) Ambiguous(form string) bool {
	n := defaultNormalizer()
	amb := map[string]bool{}
	for _, k := range formKeys(n, g.AmbiguousForms) {
		amb[k] = true
	}
	k := formKeys(n, []string{form})[0]
	if amb[k] {
		return true
	}
	for _, ns := range normalizedSurfaces(g, n) {
		if ns.key != k || len(ns.s.family) == 0 {
			continue
		}
		for _, fk := range formKeys(n, ns.s.family) {
			if amb[fk] {
				return true
			}
		}
	}
	return false
}

// Merge returns a new gazetteer: base with overlay's entries added, or
// replacing the base entry with the same id (the whole entry: an overlay
// restates what it changes), and overlay's homographs and ambiguous forms
// added. The result is validated. Neither input is modified.
func Merge(base, overlay *Gazetteer) (*Gazetteer, error) {
	if base == nil || overlay == nil {
		return nil, fmt.Errorf("gazetteer merge: %w: nil gazetteer", ErrInvalid)
	}
	m := &Gazetteer{
		name:           base.name + "+" + overlay.name,
		byID:           make(map[string]*Entity, len(base.Entities)+len(overlay.Entities)),
		Entities:       append([]*Entity(nil), base.Entities...),
		Homographs:     append(append([]string(nil), base.Homographs...), overlay.Homographs...),
		AmbiguousForms: append(append([]string(nil), base.AmbiguousForms...), overlay.AmbiguousForms...),
		homSrc:         append(append([]string(nil), base.homSrc...), overlay.homSrc...),
		ambSrc:         append(append([]string(nil), base.ambSrc...), overlay.ambSrc...),
	}
	pos := make(map[string]int, len(m.Entities))
	for i, e := range m.Entities {
		pos[e.ID] = i
	}
	for _, e := range overlay.Entities {
		if i, ok := pos[e.ID]; ok {
			if old := m.Entities[i]; old.Kind != e.Kind {
				return nil, fmt.Errorf("gazetteer %s: %w: %s %q overrides %s %q (%s) of another kind",
					e.Source, ErrInvalid, e.Kind, e.ID, old.Kind, old.ID, old.Source)
			}
			m.Entities[i] = e
			continue
		}
		pos[e.ID] = len(m.Entities)
		m.Entities = append(m.Entities, e)
	}
	for _, e := range m.Entities {
		m.byID[e.ID] = e
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}
