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
			if !gen.destination(t, m) {
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
		if k == Destination && len(sites) >= 2 && count[p] >= 3 && rng.Float64() < 0.35 {
			// a headline and a lede that both give the visit's
			// destination are both swapped when one is
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
			e := edit{start: m.Start, end: m.End, orig: m.Text, repl: repl, entity: target.ID}
			if k == Destination {
				e.shape = gen.destinationShape(t, m)
			}
			out = append(out, e)
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

// swapSite says whether a mention can take a swap: it names one participant
// that the release names at least twice (so the participant stays named after
// the swap), in a form the swap can rebuild, and it does not overlap a span
// an earlier slip changed.
func swapSite(m *entities.Mention, parts []string, count map[string]int, old []span) bool {
	return m.Kind == entities.Country && len(m.Entities) == 1 && isPart(parts, m.Entities[0]) &&
		count[m.Entities[0]] >= 2 && swappable(m) && !overlapsAny(old, m.Start, m.End)
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

// destination says whether mention m is a visit's destination in one of
// the shapes a newsroom writes it (destinationShape), with no word of a
// visit to come (المرتقبة، المقبل …) near: the destination of an announced
// visit may be any state, so swapping it is no detectable slip.
func (gen *Generator) destination(t *arabic.Text, m *entities.Mention) bool {
	return gen.destinationShape(t, m) != ""
}

// The shapes of a visit's destination (destinationShape).
const (
	shapeTo        = "to"         // زيارة … إلى أوغندا، وصل الوزير اليوم إلى كمبالا
	shapeWithL     = "with-l"     // زيارته لأوغندا، زيارة رسمية لأوغندا
	shapeVerb      = "verb"       // يزور رئيس الوزراء الماليزي أنور إبراهيم فيتنام
	shapeCapital   = "capital"    // عقب وصوله العاصمة كمبالا، إلى العاصمة كمبالا
	shapeCapNisba  = "capital-of" // وصل إلى العاصمة الأوغندية كمبالا (the nisba)
	shapeGuestOf   = "guest-of"   // يحل ضيفا على أوغندا
	destWordsReach = 8
)

// destinationShape returns the shape in which mention m is a visit's
// destination, "" if it is none:
//   - to: after إلى, a visit word within the eight words before it;
//   - with-l: a name or capital after ل, right after a visit noun or two
//     words of the visit's kind after it (زيارة عمل لـ …);
//   - verb: the first state after a visit verb, its subject (a title, a
//     nisba, a name) between and no preposition (يزور الرئيس … فيتنام);
//   - capital: a capital after العاصمة, itself after an arrival or after
//     إلى with a visit word (عقب وصوله العاصمة كمبالا);
//   - capital-of: the nisba of that العاصمة, the capital after it;
//   - guest-of: after ضيفا على.
//
// A name or capital in every shape but capital-of, which is a nisba; never
// after another proclitic, never in a visit to come.
func (gen *Generator) destinationShape(t *arabic.Text, m *entities.Mention) string {
	if m.FirstTok == 0 {
		return ""
	}
	toks := t.Tokens()
	word := func(i int) string {
		if i < 0 || toks[i].Kind != arabic.Word {
			return ""
		}
		return t.Norm[toks[i].Start:toks[i].End]
	}
	prevWord := func(i int) int { // the word token before i in its line, -1
		for j := i - 1; j >= 0; j-- {
			tk := toks[j]
			if tk.Kind == arabic.Word {
				if lineBreak(t.Orig, tk.OrigEnd, toks[j+1].OrigStart) {
					return -1
				}
				return j
			}
			if tk.Kind == arabic.Punct || strings.Contains(string(t.Orig[tk.OrigStart:tk.OrigEnd]), "\n") {
				return -1
			}
		}
		return -1
	}
	at := func(i int) *entities.Mention { // the cut mention starting at token i
		cut := *m
		cut.FirstTok = i
		return &cut
	}
	p := prevWord(m.FirstTok)
	shape := ""
	switch {
	case m.Form == entities.FormNisba:
		if m.Prefix == "" && p >= 0 && capitalWord[word(p)] && gen.arrivedAt(t, at(p), prevWord) {
			shape = shapeCapNisba
		}
	case m.Form != entities.FormName && m.Form != entities.FormCapital:
	case m.Prefix == "ل":
		for j, n := p, 0; j >= 0 && n <= 2; j, n = prevWord(j), n+1 {
			if visitNouns[word(j)] {
				shape = shapeWithL
				break
			}
			if !visitKinds[word(j)] {
				break
			}
		}
	case m.Prefix != "" || p < 0:
	case word(p) == "الي":
		if gen.before(t, at(p), destWordsReach, gen.visit) {
			shape = shapeTo
		}
	case capitalWord[word(p)] && m.Form == entities.FormCapital:
		if gen.arrivedAt(t, at(p), prevWord) {
			shape = shapeCapital
		}
	case word(p) == "علي" && guestWords[word(prevWord(p))]:
		shape = shapeGuestOf
	default:
		// يزور [subject] X: back to the visit verb over the subject's
		// words only
		for j, n := p, 0; j >= 0 && n < destWordsReach; j, n = prevWord(j), n+1 {
			w := word(j)
			if visitVerbs[w] || visitVerbs[strings.TrimPrefix(w, "و")] {
				shape = shapeVerb
				break
			}
			if prepositions[w] || gen.visit[w] {
				break
			}
		}
	}
	if shape == "" {
		return ""
	}
	after := *m
	after.FirstTok = min(m.LastTok+4, len(toks)-1)
	if gen.before(t, m, destWordsReach+1, gen.future) || gen.before(t, &after, 3, gen.future) {
		return ""
	}
	return shape
}

// arrivedAt says whether the word العاصمة at cut.FirstTok is a visit's
// destination: right after an arrival word (وصل، وصوله), or after إلى with
// a visit word before it.
func (gen *Generator) arrivedAt(t *arabic.Text, cut *entities.Mention, prevWord func(int) int) bool {
	toks := t.Tokens()
	p := prevWord(cut.FirstTok)
	if p < 0 {
		return false
	}
	w := t.Norm[toks[p].Start:toks[p].End]
	if arrivalWords[w] || arrivalWords[strings.TrimPrefix(w, "و")] {
		return true
	}
	if w != "الي" {
		return false
	}
	to := *cut
	to.FirstTok = p
	return gen.before(t, &to, destWordsReach, gen.visit)
}

// capitalWord are the words (normalised) that name a capital before it.
var capitalWord = map[string]bool{"العاصمه": true, "عاصمه": true}

// arrivalWords (normalised) take their destination with no preposition
// (وصل العاصمة كمبالا، عقب وصوله العاصمة).
var arrivalWords = map[string]bool{"وصل": true, "وصلت": true, "يصل": true, "تصل": true, "وصوله": true,
	"وصولها": true, "وصولهم": true, "وصولهما": true, "بلغ": true, "بلغت": true}

// visitVerbs (normalised) take their destination as an object, after
// their subject (يزور الرئيس … فيتنام).
var visitVerbs = map[string]bool{"يزور": true, "تزور": true, "زار": true, "زارت": true, "يزوران": true}

// visitKinds are the words (normalised) of a visit's kind between a visit
// noun and its destination after ل (زيارة عمل لـ …، زيارة رسمية لـ …).
var visitKinds = map[string]bool{"رسميه": true, "الرسميه": true, "عمل": true, "دوله": true, "صداقه": true,
	"وصداقه": true, "خاصه": true, "قصيره": true, "الحاليه": true}

// guestWords (normalised) make the state after على the visit's host (يحل
// ضيفا على …).
var guestWords = map[string]bool{"ضيفا": true, "ضيفه": true, "ضيوفا": true}

// prepositions (normalised) end a visit verb's subject: the state after
// them is no object of the verb.
var prepositions = map[string]bool{"في": true, "من": true, "مع": true, "الي": true, "علي": true, "عن": true,
	"بين": true, "منذ": true, "خلال": true, "بعد": true, "قبل": true, "حول": true, "لدي": true}

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
