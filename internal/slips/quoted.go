package slips

import (
	"math/rand/v2"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Quoted (not in Kinds nor ExtraKinds; ask for it by name) is the swap a
// translation makes inside a speaker's words: one participant mention in
// a quotation the release has, or in reported speech that the slip then
// writes the way one of the house styles quotes (in guillemets, in
// inverted commas, or after a colon with no marks: وقال وانغ: إن الصين
// …), replaced by a state easily mistaken for it (a shared first Chinese
// character, a name that looks alike). The participant stays named.
const Quoted Kind = "quoted"

// Repeated (not in Kinds nor ExtraKinds) is RepeatedSwap over two to four
// mentions of the participant: the same swap made at each of them, as a
// translation that has taken one state for another keeps to it.
const Repeated Kind = "repeated"

// TrainingKinds lists the kinds written to train and measure the checker
// on the slips of unread writers it misses most (a swap inside a
// speaker's words, a swap repeated through the text), in a fixed order.
var TrainingKinds = []Kind{Quoted, Repeated}

// The ways quotedSwap writes reported speech as a quotation.
const (
	quoteGuillemets = iota // وقال وانغ: «إن …»
	quoteInverted          // وقال وانغ: "إن …"
	quoteColon             // وقال وانغ: إن …
	nQuoteStyles
)

// quotedSwap makes a Quoted slip.
func (gen *Generator) quotedSwap(r Release, t *arabic.Text, ms []entities.Mention, old []span, rng *rand.Rand) []edit {
	parts, count := bilateralCounts(r, ms)
	if count == nil {
		return nil
	}
	toks := t.Tokens()
	quotes := quoted(r.Text)
	speech := quotable(t)
	type site struct {
		mi    int
		quote int // index into speech, -1 inside a quotation the release has
	}
	var sites []site
	for i := range ms {
		m := &ms[i]
		if !swapSite(m, parts, count, old) {
			continue
		}
		if within(quotes, m.Start, m.End) {
			sites = append(sites, site{i, -1})
		} else if qi := speechAround(speech, toks, m, old); qi >= 0 {
			sites = append(sites, site{i, qi})
		}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		m := &ms[s.mi]
		target := gen.target(m.Entities[0], parts, ConfusableSwap, ms, []int{s.mi}, rng)
		if target == nil {
			continue
		}
		repl, _ := replacement(target, m)
		out := []edit{{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID}}
		if s.quote >= 0 {
			open, end := toks[speech[s.quote][0]].OrigStart, speech[s.quote][1]
			sp := open
			for sp > 0 && r.Text[sp-1] == ' ' {
				sp--
			}
			switch rng.IntN(nQuoteStyles) {
			case quoteGuillemets:
				out = append(out, quoteEdits(r.Text, open, end)...)
			case quoteInverted:
				out = append(out, edit{start: sp, end: open, orig: string(r.Text[sp:open]), repl: ": \""}, edit{start: end, end: end, repl: "\""})
			default:
				out = append(out, edit{start: sp, end: open, orig: string(r.Text[sp:open]), repl: ": "})
			}
		}
		return out
	}
	return nil
}
