package slips

import (
	"math/rand/v2"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// RepeatedSwap (in ExtraKinds, not in Kinds) is the swap a translation
// makes again and again: two or three mentions of one participant, by its
// name and by its nisba where the release has both, replaced by the same
// state easily mistaken for it (a shared first Chinese character, a name
// that looks alike), one of them inside the words of a speaker when the
// release reports speech (turned into a quotation half the time, when the
// release has none). The participant stays named at least once.
const RepeatedSwap Kind = "repeated-swap"

// RepeatedLede (in ExtraKinds, not in Kinds) is a RepeatedSwap one of whose
// swaps stands in the lede (the first sentence, a headline line read
// through): the translation that gives the guest the wrong state there
// and again in the body, so that the lede's title or counterpart word no
// longer names the participant.
const RepeatedLede Kind = "repeated-lede-swap"

// repeated makes a RepeatedSwap, with lede a RepeatedLede, or a Repeated.
//
// most is the most mentions swapped: 3 for RepeatedSwap, 4 for Repeated.
func (gen *Generator) repeated(r Release, t *arabic.Text, ms []entities.Mention, old []span, lede bool, most int, rng *rand.Rand) []edit {
	parts, count := bilateralCounts(r, ms)
	if count == nil {
		return nil
	}
	toks := t.Tokens()
	quotes := quoted(r.Text)
	var speech [][2]int // speech sentences without quotation marks
	if len(quotes) == 0 {
		speech = quotable(t)
	}
	ledeTo := len(r.Text)
	if lede {
		ledeTo = ledeEnd(r.Text)
	}
	cands := append([]string(nil), parts...)
	rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	for _, p := range cands {
		// names and singular nisbas of p (a capital is a place, rarely
		// the slip a translation repeats)
		var names, nisbas, spoken, first []int
		for i := range ms {
			m := &ms[i]
			if m.Kind != entities.Country || len(m.Entities) != 1 || m.Entities[0] != p || !swappable(m) ||
				m.Form == entities.FormCapital || overlapsAny(old, m.Start, m.End) {
				continue
			}
			if m.Form == entities.FormNisba {
				nisbas = append(nisbas, i)
			} else {
				names = append(names, i)
			}
			if within(quotes, m.Start, m.End) || speechAround(speech, toks, m, old) >= 0 {
				spoken = append(spoken, i)
			}
			if m.End <= ledeTo {
				first = append(first, i)
			}
		}
		avail := len(names) + len(nisbas)
		n := min(2+rng.IntN(most-1), avail, count[p]-1) // the participant stays named
		if n < 2 || len(first) == 0 {
			continue
		}
		var sites []int
		if lede {
			sites = pickSites(names, nisbas, spoken, n, first[rng.IntN(len(first))], rng)
		} else {
			sites = pickSites(names, nisbas, spoken, n, -1, rng)
		}
		target := gen.target(p, parts, ConfusableSwap, ms, sites, rng)
		if target == nil {
			continue
		}
		var out []edit
		quotedOne := -1
		for _, i := range sites {
			m := &ms[i]
			repl, _ := replacement(target, m) // target fits every site
			out = append(out, edit{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID})
			if qi := speechAround(speech, toks, m, old); qi >= 0 && quotedOne < 0 {
				quotedOne = qi
			}
		}
		if quotedOne >= 0 && rng.Float64() < 0.5 {
			// وقال وانغ إن الصين … → وقال وانغ: «إن الصين …»
			out = append(out, quoteEdits(r.Text, toks[speech[quotedOne][0]].OrigStart, speech[quotedOne][1])...)
		}
		return out
	}
	return nil
}

// pickSites chooses n of the mentions: must when it is one (-1 for none),
// one name and one nisba when there are both, one spoken mention when
// there is one, the rest at random.
func pickSites(names, nisbas, spoken []int, n, must int, rng *rand.Rand) []int {
	var out []int
	if must >= 0 {
		out = append(out, must)
	}
	has := func(i int) bool {
		for _, x := range out {
			if x == i {
				return true
			}
		}
		return false
	}
	add := func(from []int) {
		if len(out) >= n || len(from) == 0 {
			return
		}
		if i := from[rng.IntN(len(from))]; !has(i) {
			out = append(out, i)
		}
	}
	add(spoken)
	add(names)
	add(nisbas)
	rest := append(append([]int(nil), names...), nisbas...)
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	for _, i := range rest {
		if len(out) >= n {
			break
		}
		if !has(i) {
			out = append(out, i)
		}
	}
	return out
}
