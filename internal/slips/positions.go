package slips

import (
	"math/rand/v2"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
)

// Kinds of slip placed by where they stand or what they look like (not in
// Kinds, so that draws of the default kinds stay what they were; ask for
// them by name or with ExtraKinds):
//
//   - LookalikeSwap: one participant mention replaced by a state whose
//     Arabic or English name is close to the participant's (زامبيا/غامبيا،
//     مالي/ملاوي، غينيا/غانا، النمسا/أستراليا), not one that shares only a
//     first Chinese character.
//   - QuoteSwap: a participant's reported words turned into a quotation
//     (وقال وانغ إن الصين … → وقال وانغ: «إن الصين …»), or a quotation the
//     release already has, and one participant mention inside it replaced
//     (by a look-alike or any other state, even odds).
//   - LedeSwap: one participant mention in the lede (the first sentence
//     after any headline) replaced, the participant named again later.
const (
	LookalikeSwap Kind = "lookalike-swap"
	QuoteSwap     Kind = "quote-swap"
	LedeSwap      Kind = "lede-swap"
)

// ExtraKinds lists the kinds placed by position or look, those written
// in another writer's style (styled.go) and the repeated swap
// (repeated.go), in a fixed order.
var ExtraKinds = []Kind{LookalikeSwap, QuoteSwap, LedeSwap, PersonTwice, DestinationStyled, QuoteStyled, RepeatedSwap, RepeatedLede}

// lookalike says whether a confusable pair's evidence includes the look of
// the names (Arabic or English), not only a shared Chinese character.
func lookalike(p confusable.Pair) bool { return p.Ar > 0 || p.En > 0 }

// speechWords open reported speech that a quotation can hold (normalised,
// without و or ف).
var speechWords = map[string]bool{"قال": true, "قالت": true, "اضاف": true, "اضافت": true, "تابع": true, "تابعت": true}

// quoteReach is how many tokens may stand between a speech word and the إن
// that opens what was said (the speaker's name and title).
const quoteReach = 6

// quotable returns, for each speech sentence of t that has no quotation
// mark, the token index of the إن that opens what was said and the byte
// offset in t.Orig where the quotation would close (before the sentence's
// full stop, or at the line's end).
func quotable(t *arabic.Text) [][2]int {
	toks := t.Tokens()
	var out [][2]int
	for i, tk := range toks {
		if tk.Kind != arabic.Word || !speechWords[strings.TrimPrefix(strings.TrimPrefix(t.Norm[tk.Start:tk.End], "و"), "ف")] {
			continue
		}
		open := -1
		for j := i + 1; j < len(toks) && j <= i+quoteReach; j++ {
			if toks[j].Kind == arabic.Punct || lineBreak(t.Orig, toks[j-1].OrigEnd, toks[j].OrigStart) {
				break
			}
			if t.Norm[toks[j].Start:toks[j].End] == "ان" {
				open = j
				break
			}
		}
		if open < 0 {
			continue
		}
		end := -1
		for j := open + 1; j < len(toks); j++ {
			if lineBreak(t.Orig, toks[j-1].OrigEnd, toks[j].OrigStart) {
				end = toks[j-1].OrigEnd
				break
			}
			w := t.Norm[toks[j].Start:toks[j].End]
			if toks[j].Kind == arabic.Punct && (w == "." || w == "«" || w == "»" || w == "\"") {
				if w == "." {
					end = toks[j].OrigStart
				}
				break
			}
		}
		if end < 0 && len(toks) > 0 && !strings.ContainsAny(string(t.Orig[toks[open].OrigStart:]), "«»\"") {
			end = toks[len(toks)-1].OrigEnd
		}
		if end > toks[open].OrigStart {
			out = append(out, [2]int{open, end})
		}
	}
	return out
}

// quoted returns the byte ranges of t.Orig inside quotation marks («…»,
// “…”, "…"), each closed by a line's end.
func quoted(orig []byte) [][2]int {
	var out [][2]int
	s := string(orig)
	open := -1
	for i, r := range s {
		switch {
		case r == '\n':
			open = -1
		case r == '«' || r == '“' || (r == '"' && open < 0):
			open = i + len(string(r))
		case (r == '»' || r == '”' || r == '"') && open >= 0:
			out = append(out, [2]int{open, i})
			open = -1
		}
	}
	return out
}

// ledeEnd is the byte offset where the lede of orig ends: the first full
// stop or line end after ledeMinWords words (a short headline line is
// read through).
func ledeEnd(orig []byte) int {
	words := 0
	inWord := false
	for i, r := range string(orig) {
		switch {
		case r == '.' || r == '\n':
			if words >= ledeMinWords {
				return i
			}
			inWord = false
		case r == ' ' || r == '\t' || r == '،':
			inWord = false
		default:
			if !inWord {
				words++
				inWord = true
			}
		}
	}
	return len(orig)
}

// ledeMinWords is how many words a lede has at least (a headline has
// fewer).
const ledeMinWords = 12

// within says whether [s, e) lies inside one of the ranges.
func within(rs [][2]int, s, e int) bool {
	for _, r := range rs {
		if r[0] <= s && e <= r[1] {
			return true
		}
	}
	return false
}

// bilateralCounts returns the two participants of a bilateral release and
// how often the mentions name each (by one entity alone); nil counts for a
// multilateral release or one without two participants.
func bilateralCounts(r Release, ms []entities.Mention) ([]string, map[string]int) {
	parts := r.Labels.Participants
	if r.Labels.Multilateral || len(parts) != 2 {
		return nil, nil
	}
	count := map[string]int{}
	for i := range ms {
		if m := &ms[i]; m.Kind == entities.Country && len(m.Entities) == 1 && isPart(parts, m.Entities[0]) {
			count[m.Entities[0]]++
		}
	}
	return parts, count
}

// positioned makes the slips of the ExtraKinds: the sites are the
// participant mentions the kind allows, one is replaced. For QuoteSwap
// without a quotation in the release, the speech sentence of the chosen
// site is quoted (two more edits, with no entity).
func (gen *Generator) positioned(r Release, t *arabic.Text, ms []entities.Mention, k Kind, old []span, rng *rand.Rand) []edit {
	parts, count := bilateralCounts(r, ms)
	if count == nil {
		return nil
	}
	toks := t.Tokens()
	var quotes [][2]int
	var speech [][2]int // for QuoteSwap without quotations: open token, close offset
	lede := 0
	switch k {
	case QuoteSwap:
		quotes = quoted(r.Text)
		if len(quotes) == 0 {
			speech = quotable(t)
		}
	case LedeSwap:
		lede = ledeEnd(r.Text)
	}
	type site struct {
		mi    int
		quote int // index into speech, -1 when the site needs no new marks
	}
	var sites []site
	for i := range ms {
		m := &ms[i]
		if !swapSite(m, parts, count, old) {
			continue
		}
		switch k {
		case LookalikeSwap:
			sites = append(sites, site{i, -1})
		case LedeSwap:
			if m.End <= lede {
				sites = append(sites, site{i, -1})
			}
		case QuoteSwap:
			if len(quotes) > 0 {
				if within(quotes, m.Start, m.End) {
					sites = append(sites, site{i, -1})
				}
				continue
			}
			if qi := speechAround(speech, toks, m, old); qi >= 0 {
				sites = append(sites, site{i, qi})
			}
		}
	}
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		m := &ms[s.mi]
		target := gen.positionTarget(m.Entities[0], parts, k, ms, s.mi, rng)
		if target == nil {
			continue
		}
		repl, _ := replacement(target, m)
		out := []edit{{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID}}
		if s.quote >= 0 {
			out = append(out, quoteEdits(r.Text, toks[speech[s.quote][0]].OrigStart, speech[s.quote][1])...)
		}
		return out
	}
	return nil
}

// positionTarget picks the state that replaces participant p at mention
// mi: a look-alike for LookalikeSwap, a look-alike or any state not named
// in the release (even odds) for the others.
func (gen *Generator) positionTarget(p string, parts []string, k Kind, ms []entities.Mention, mi int, rng *rand.Rand) *entities.Entity {
	named := map[string]bool{}
	for i := range ms {
		for _, id := range ms[i].Entities {
			named[id] = true
		}
	}
	var look []*entities.Entity
	var w []float64
	var other []*entities.Entity
	for _, e := range gen.states {
		if isPart(parts, e.ID) {
			continue
		}
		if _, ok := replacement(e, &ms[mi]); !ok {
			continue
		}
		if pr, ok := gen.conf.Pair(p, e.ID); ok && pr.Score >= minConfusable && lookalike(pr) {
			look = append(look, e)
			w = append(w, pr.Score)
		} else if !named[e.ID] {
			other = append(other, e)
		}
	}
	if (k == LookalikeSwap || rng.Float64() < 0.5) && len(look) > 0 {
		return look[weighted(w, rng)]
	}
	if k == LookalikeSwap || len(other) == 0 {
		return nil
	}
	return other[rng.IntN(len(other))]
}

// speechAround returns the index of the speech sentence (quotable's open
// token and close offset) that holds mention m and overlaps no earlier
// edit, -1 if none.
func speechAround(speech [][2]int, toks []arabic.Token, m *entities.Mention, old []span) int {
	for qi, q := range speech {
		if toks[q[0]].OrigStart <= m.Start && m.End <= q[1] && !overlapsAny(old, toks[q[0]].OrigStart, q[1]) {
			return qi
		}
	}
	return -1
}

// quoteEdits turns reported speech into a quotation: the spaces before the
// speech's first word at open become ": «", and "»" closes it at end
// (وقال وانغ إن … → وقال وانغ: «إن …»).
func quoteEdits(text []byte, open, end int) []edit {
	sp := open
	for sp > 0 && text[sp-1] == ' ' {
		sp--
	}
	return []edit{{start: sp, end: open, orig: string(text[sp:open]), repl: ": «"}, {start: end, end: end, repl: "»"}}
}
