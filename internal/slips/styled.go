package slips

import (
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Kinds of slip written the ways another writer writes them (ExtraKinds,
// not in Kinds): the default kinds swap one word where it stands, while a
// writer rephrases the sentence around the slip.
//
//   - PersonTwice: a participant's title state swapped at two places for
//     the same state, a neighbour (a state of the same region or regional
//     group) or a look-alike, even odds; each title is kept as written or,
//     even odds, turned from a nisba into a state's name (وزير الخارجية
//     الكيني → وزير خارجية أوغندا، الرئيس الكيني → رئيس أوغندا).
//   - DestinationStyled: a visit's destination swapped for a neighbour, a
//     look-alike or any other state, written one of three ways: by the
//     state's name (إلى أوغندا), by its capital (إلى كمبالا), or after the
//     visit noun with ل (زيارته لأوغندا).
//   - QuoteStyled: reported speech (وقال وانغ إن الصين …) quoted one of
//     three ways with one participant mention inside swapped: the
//     quotation before its speaker («إن …»، قال وانغ.), in inverted commas
//     after a colon (وقال وانغ: "إن …"), or in guillemets after أن/إن
//     (وقال وانغ إن «الصين …»).
const (
	PersonTwice       Kind = "person-state-twice"
	DestinationStyled Kind = "destination-styled"
	QuoteStyled       Kind = "quote-styled"
)

// neighbourGroups are the gazetteer's groups whose members are neighbours
// (besides the regions, which all are).
var neighbourGroups = []string{"gcc", "central-asia", "western-balkans", "ecowas", "aes", "igad", "amu",
	"nordic", "baltic-states", "asean"}

// neighbours returns the states that share a region or a regional group
// with p, in gazetteer order.
func (gen *Generator) neighbours(p string) []*entities.Entity {
	near := map[string]bool{}
	add := func(e *entities.Entity) {
		if !containsID(e.Members, p) {
			return
		}
		for _, id := range e.Members {
			if id != p {
				near[id] = true
			}
		}
	}
	for _, e := range gen.g.ByKind(entities.Region) {
		add(e)
	}
	for _, id := range neighbourGroups {
		if e, ok := gen.g.Lookup(id); ok {
			add(e)
		}
	}
	var out []*entities.Entity
	for _, e := range gen.states {
		if near[e.ID] {
			out = append(out, e)
		}
	}
	return out
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// styledTarget picks the state that replaces p, one the release does not
// name: a neighbour or a look-alike (even odds, each falling back on the
// other), else any state; fits says whether a state can stand at every
// site.
func (gen *Generator) styledTarget(p string, parts []string, ms []entities.Mention, fits func(*entities.Entity) bool, rng *rand.Rand) *entities.Entity {
	named := map[string]bool{}
	for i := range ms {
		for _, id := range ms[i].Entities {
			named[id] = true
		}
	}
	var near, look, other []*entities.Entity
	var w []float64
	// a state the release names already (a previous stop, a third
	// party) would make the slip read as news about it
	for _, e := range gen.neighbours(p) {
		if !isPart(parts, e.ID) && !named[e.ID] && fits(e) {
			near = append(near, e)
		}
	}
	for _, e := range gen.states {
		if isPart(parts, e.ID) || named[e.ID] || !fits(e) {
			continue
		}
		if pr, ok := gen.conf.Pair(p, e.ID); ok && pr.Score >= minConfusable && lookalike(pr) {
			look = append(look, e)
			w = append(w, pr.Score)
		} else {
			other = append(other, e)
		}
	}
	useNear := rng.Float64() < 0.5
	switch {
	case useNear && len(near) > 0:
		return near[rng.IntN(len(near))]
	case len(look) > 0:
		return look[weighted(w, rng)]
	case len(near) > 0:
		return near[rng.IntN(len(near))]
	case len(other) > 0:
		return other[rng.IntN(len(other))]
	}
	return nil
}

// styled makes the slips of PersonTwice, DestinationStyled and QuoteStyled.
func (gen *Generator) styled(r Release, t *arabic.Text, ms []entities.Mention, k Kind, old []span, rng *rand.Rand) []edit {
	parts, count := bilateralCounts(r, ms)
	if count == nil {
		return nil
	}
	switch k {
	case PersonTwice:
		return gen.personTwice(r, t, ms, parts, count, old, rng)
	case DestinationStyled:
		return gen.destinationStyled(r, t, ms, parts, count, old, rng)
	case QuoteStyled:
		return gen.quoteStyled(r, t, ms, parts, count, old, rng)
	}
	return nil
}

// personTwice swaps two title states of one participant for one state.
func (gen *Generator) personTwice(r Release, t *arabic.Text, ms []entities.Mention, parts []string, count map[string]int, old []span, rng *rand.Rand) []edit {
	byPart := map[string][]int{}
	for i := range ms {
		m := &ms[i]
		if m.Kind != entities.Country || len(m.Entities) != 1 || !isPart(parts, m.Entities[0]) || !swappable(m) ||
			m.Form == entities.FormCapital || overlapsAny(old, m.Start, m.End) || m.Prefix != "" || !gen.afterTitle(t, m) {
			continue
		}
		byPart[m.Entities[0]] = append(byPart[m.Entities[0]], i)
	}
	var cands []string
	for _, p := range parts {
		// two titles swapped, the participant still named elsewhere
		if len(byPart[p]) >= 2 && count[p] >= 3 {
			cands = append(cands, p)
		}
	}
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	toks := t.Tokens()
	for _, p := range cands {
		sites := append([]int(nil), byPart[p]...)
		rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
		sites = sites[:2]
		sort.Ints(sites)
		target := gen.styledTarget(p, parts, ms, func(e *entities.Entity) bool {
			for _, i := range sites {
				if _, ok := replacement(e, &ms[i]); !ok || len(e.Names) == 0 {
					return false
				}
				// a nisba of two words takes the article on each
				// (الكوري الجنوبي), which replacement does not write
				if ms[i].Form == entities.FormNisba && ms[i].Definite && strings.Contains(e.Nisba.M[0], " ") {
					return false
				}
			}
			return true
		}, rng)
		if target == nil {
			continue
		}
		own, _ := gen.g.Lookup(p)
		var out []edit
		for _, i := range sites {
			m := &ms[i]
			// a definite nisba after a title word with the article
			// (وزير الخارجية الكيني، الرئيس الكيني) may be written with
			// the state's name (وزير خارجية أوغندا، رئيس أوغندا)
			if m.Form == entities.FormNisba && m.Definite && m.FirstTok > 0 && own != nil && rng.Float64() < 0.5 {
				prev := toks[m.FirstTok-1]
				w := string(r.Text[prev.OrigStart:prev.OrigEnd])
				if prev.Kind == arabic.Word && strings.HasPrefix(w, "ال") && gen.nameTitle(t, m.FirstTok-1) &&
					!overlapsAny(old, prev.OrigStart, prev.OrigEnd) {
					out = append(out, edit{start: prev.OrigStart, end: prev.OrigEnd, orig: w, repl: w[len("ال"):]},
						edit{start: m.Start, end: m.End, orig: own.Names[0], repl: target.Names[0], entity: target.ID})
					continue
				}
			}
			repl, _ := replacement(target, m)
			out = append(out, edit{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID})
		}
		return out
	}
	return nil
}

// afterTitle says whether the word right before m is a title word
// (وزير الخارجية الكيني، الرئيس الكيني، وزير خارجية كينيا، الوزير الكيني).
func (gen *Generator) afterTitle(t *arabic.Text, m *entities.Mention) bool {
	if m.FirstTok == 0 {
		return false
	}
	prev := t.Tokens()[m.FirstTok-1]
	return prev.Kind == arabic.Word && gen.title[t.Norm[prev.Start:prev.End]]
}

// nameTitle says whether the title word at k, with the article, takes a
// state's name once the article is dropped: a title of its own (الرئيس →
// رئيس كينيا) or الخارجية right after وزير (وزير خارجية كينيا).
func (gen *Generator) nameTitle(t *arabic.Text, k int) bool {
	toks := t.Tokens()
	w := t.Norm[toks[k].Start:toks[k].End]
	if w != "الخارجيه" {
		return w != "الحكومه" && w != "الوزراء"
	}
	if k == 0 {
		return false
	}
	p := t.Norm[toks[k-1].Start:toks[k-1].End]
	return p == "وزير" || p == "وزيره"
}

// visitNouns are the visit words (normalised) that take a destination with
// ل (زيارته لأوغندا).
var visitNouns = map[string]bool{"زياره": true, "الزياره": true, "زيارته": true, "زيارتها": true, "زيارتهم": true}

// destinationStyled swaps a visit's destination and writes it one of three
// ways.
func (gen *Generator) destinationStyled(r Release, t *arabic.Text, ms []entities.Mention, parts []string, count map[string]int, old []span, rng *rand.Rand) []edit {
	var sites []int
	for i := range ms {
		m := &ms[i]
		if m.Kind != entities.Country || len(m.Entities) != 1 || !isPart(parts, m.Entities[0]) || count[m.Entities[0]] < 2 ||
			!swappable(m) || m.Form == entities.FormNisba || overlapsAny(old, m.Start, m.End) || gen.destinationShape(t, m) != shapeTo {
			continue
		}
		sites = append(sites, i)
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	toks := t.Tokens()
	for _, si := range sites {
		m := &ms[si]
		p := m.Entities[0]
		own, _ := gen.g.Lookup(p)
		target := gen.styledTarget(p, parts, ms, func(e *entities.Entity) bool {
			return len(e.Names) > 0 && len(e.Capital) > 0
		}, rng)
		if target == nil || own == nil || len(own.Names) == 0 || len(own.Capital) == 0 {
			continue
		}
		to := toks[m.FirstTok-1] // إلى (shapeTo)
		visitNoun := m.FirstTok >= 2 && visitNouns[t.Norm[toks[m.FirstTok-2].Start:toks[m.FirstTok-2].End]]
		switch style := rng.IntN(3); {
		case style == 2 && visitNoun:
			// زيارته إلى كينيا → زيارته لأوغندا
			withL := entities.Mention{Form: entities.FormName, Prefix: "ل"}
			repl, _ := replacement(target, &withL)
			fix, _ := replacement(own, &withL)
			return []edit{{start: to.OrigStart, end: m.Start, orig: string(r.Text[to.OrigStart:m.Start]), repl: "ل"},
				{start: m.Start, end: m.End, orig: fix, repl: repl, entity: target.ID}}
		case style >= 1:
			// by the capital
			fix := own.Capital[0]
			if m.Form == entities.FormCapital {
				fix = m.Text
			}
			return []edit{{start: m.Start, end: m.End, orig: fix, repl: target.Capital[0], entity: target.ID}}
		default:
			fix := own.Names[0]
			if m.Form == entities.FormCapital {
				fix = m.Text
				return []edit{{start: m.Start, end: m.End, orig: fix, repl: target.Capital[0], entity: target.ID}}
			}
			return []edit{{start: m.Start, end: m.End, orig: fix, repl: target.Names[0], entity: target.ID}}
		}
	}
	return nil
}

// quoteStyled quotes a speech sentence one of three ways and swaps a
// participant mention inside the quotation.
func (gen *Generator) quoteStyled(r Release, t *arabic.Text, ms []entities.Mention, parts []string, count map[string]int, old []span, rng *rand.Rand) []edit {
	if len(quoted(r.Text)) > 0 {
		return nil // the release quotes already: QuoteSwap's
	}
	speech := quotable(t)
	toks := t.Tokens()
	type site struct{ mi, q int }
	var sites []site
	for i := range ms {
		m := &ms[i]
		if !swapSite(m, parts, count, old) {
			continue
		}
		if qi := speechAround(speech, toks, m, old); qi >= 0 {
			sites = append(sites, site{i, qi})
		}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		m := &ms[s.mi]
		target := gen.styledTarget(m.Entities[0], parts, ms, func(e *entities.Entity) bool {
			_, ok := replacement(e, m)
			return ok
		}, rng)
		if target == nil {
			continue
		}
		repl, _ := replacement(target, m)
		swap := edit{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID}
		q := speech[s.q]
		open := toks[q[0]].OrigStart // إن
		sp := open
		for sp > 0 && r.Text[sp-1] == ' ' {
			sp--
		}
		verb := speechTokenBefore(t, q[0])
		style := rng.IntN(3)
		var vs int
		var v, speaker string
		if style == 0 {
			if verb >= 0 {
				vs = toks[verb].OrigStart
				v = string(r.Text[vs:toks[verb].OrigEnd])
				v = strings.TrimPrefix(strings.TrimPrefix(v, "و"), "ف")
				speaker = strings.TrimSpace(string(r.Text[toks[verb].OrigEnd:sp]))
			}
			// the speaker's words move: none of them may carry a label
			if verb < 0 || speaker == "" || overlapsAny(old, vs, open) {
				style = 1
			}
		}
		switch {
		case style == 0:
			// وقال وانغ إن … → «إن …»، قال وانغ
			tail := "»، " + v + " " + speaker
			return []edit{{start: vs, end: open, orig: string(r.Text[vs:open]), repl: "«"}, swap,
				{start: q[1], end: q[1], repl: tail}}
		case style == 1:
			// وقال وانغ: "إن …"
			return []edit{{start: sp, end: open, orig: string(r.Text[sp:open]), repl: ": \""}, swap,
				{start: q[1], end: q[1], repl: "\""}}
		default:
			// وقال وانغ إن «الصين …»
			after := toks[q[0]].OrigEnd
			if m.Start < after {
				continue
			}
			body := after
			for body < len(r.Text) && r.Text[body] == ' ' {
				body++
			}
			return []edit{{start: after, end: body, orig: string(r.Text[after:body]), repl: " «"}, swap,
				{start: q[1], end: q[1], repl: "»"}}
		}
	}
	return nil
}

// speechTokenBefore returns the speech word before the إن at tok (the one
// quotable found), -1 if none within quoteReach.
func speechTokenBefore(t *arabic.Text, tok int) int {
	toks := t.Tokens()
	for j := tok - 1; j >= 0 && j >= tok-quoteReach; j-- {
		if toks[j].Kind == arabic.Word && speechWords[strings.TrimPrefix(strings.TrimPrefix(t.Norm[toks[j].Start:toks[j].End], "و"), "ف")] {
			return j
		}
	}
	return -1
}
