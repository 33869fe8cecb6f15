package slips

import (
	"math/rand/v2"

	"github.com/nazir-nlp/nazir/entities"
)

// ApposedTitle (not in Kinds nor ExtraKinds; ask for it by name): a later
// occurrence of a participant's head of government or foreign minister
// whom the gazetteer knows is given a title set off by a comma after the
// name, with another state's name in it (وقال آبي أحمد، رئيس وزراء
// إريتريا إن …): a person's state swapped where the title follows the
// name and names the state, not its nisba. The state is a neighbour, a
// look-alike or any state the release does not name (styledTarget).
const ApposedTitle Kind = "apposed-title"

// apposedOffice is the title written after a name for each office the
// kind gives, in the construct form that takes a state's name.
var apposedOffice = map[string]string{
	"head-of-government": "رئيس وزراء",
	"foreign-minister":   "وزير خارجية",
}

// apposed inserts the swapped title after one later occurrence of a
// participant's official: the site is a person mention of the gazetteer
// whose state is a participant and whose office apposedOffice writes,
// after that person's first occurrence, followed by a space and no
// comma, and overlapping no label of the source.
func (gen *Generator) apposed(r Release, ms []entities.Mention, old []span, rng *rand.Rand) []edit {
	parts, count := bilateralCounts(r, ms)
	if count == nil {
		return nil
	}
	seen := map[string]bool{}
	type site struct {
		mi     int
		part   string
		office string
	}
	var sites []site
	for i := range ms {
		m := &ms[i]
		if m.Kind != entities.Person || len(m.Entities) != 1 {
			continue
		}
		id := m.Entities[0]
		first := !seen[id]
		seen[id] = true
		e, ok := gen.g.Lookup(id)
		if !ok || first || !isPart(parts, e.Country) || count[e.Country] < 1 || overlapsAny(old, m.Start, m.End) {
			continue
		}
		office, ok := apposedOffice[e.Office]
		if !ok || m.End+1 >= len(r.Text) || r.Text[m.End] != ' ' {
			continue
		}
		sites = append(sites, site{i, e.Country, office})
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		m := &ms[s.mi]
		p, ok := gen.g.Lookup(s.part)
		if !ok || len(p.Names) == 0 {
			continue
		}
		target := gen.styledTarget(s.part, parts, ms, func(e *entities.Entity) bool { return len(e.Names) > 0 }, rng)
		if target == nil {
			continue
		}
		// the title after the name (no entity), then the state (the slip)
		return []edit{
			{start: m.Start, end: m.End, orig: m.Text, repl: m.Text + "، " + s.office + " "},
			{start: m.End, end: m.End, orig: p.Names[0], repl: target.Names[0], entity: target.ID},
		}
	}
	return nil
}
