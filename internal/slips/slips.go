// Package slips injects the slips of machine translation and hurried editing
// into clean press releases, seeded, and labels them in the format of the
// evaluation scorer (labels.json: participants, conflicts located by a
// context string with the span in [brackets], name variants), so that the
// checker can be measured on text nobody has read.
//
// Kinds of slip (Kind):
//
//   - ConfusableSwap: mentions of a participant replaced by a state easily
//     mistaken for it (internal/confusable), in the same grammatical form:
//     name, nisba of the same gender and definiteness, capital, with the
//     proclitics kept (لأذربيجان → لأفغانستان, للعراق → لإيران).
//   - RandomSwap: the same with any other state.
//   - PersonState: a participant's nisba or name right after a title word
//     (وزير الخارجية الأذربيجاني → الأفغاني): a person given another state.
//   - Destination: a participant named as a visit's destination replaced,
//     in each shape a newsroom writes it (زيارة … إلى X، زيارته لـX،
//     يزور الرئيس … X، عقب وصوله العاصمة X، إلى العاصمة X-ية …، ضيفا
//     على X), once or, when the headline and the lede both give it, in
//     both; each label says its shape (Conflict.Shape), and Score counts
//     recall by shape.
//   - SurnameRespelt: one occurrence of a surname written another way, the
//     way transliterations differ (a long vowel added or dropped, ز/س, ج/غ).
//   - NameRespelt (not in Kinds): the same with every difference
//     arabic.SameName accepts, for people the gazetteer knows and people it
//     does not.
//   - GivenRespelt (not in Kinds): a foreign given name respelt inside it
//     in one occurrence of a full name, the surname kept.
//   - PersonRespelt (not in Kinds): the surname of anybody the release
//     names after an honorific or a title word, the gazetteer's people or
//     not, respelt in a later occurrence, also one after proclitics.
//   - ForeignRespelt (not in Kinds): the same people's surname with one
//     letter of a foreign sound written another way, in the classes the
//     name keys join (ز/ث/س/ج, تش/ش, غ/ق/ج) or in pairs they keep apart
//     (ج/ي, خ/ج, خ/غ, خ/ك).
//   - ProseRespelt (not in Kinds): the name of anybody a text names twice,
//     with or without a title (a given name of the lexicon and name
//     tokens will do), respelt in any of the ways above, or with the
//     article or a nisba's ي added or dropped, or a compound given name
//     joined or apart; for real articles too (slipdraw -infer).
//   - InventedRespelt (not in Kinds): PersonRespelt's people replaced
//     throughout by a made-up name no list knows, one later occurrence's
//     surname or given name respelt with one letter of a foreign sound.
//   - NearNamesake (not in Kinds): a second person named beside one the
//     release names in full, with a different given name and the same
//     surname or one a letter of a foreign sound away; no label (the
//     negative counterpart of InventedRespelt).
//   - CompoundRespelt (not in Kinds): a compound given name or surname
//     (عبد …، … الدين، … الله) written joined where the text writes it
//     apart, or apart where it writes it joined, and nothing else.
//   - LookalikeSwap, QuoteSwap, LedeSwap (ExtraKinds, not in Kinds): a
//     swap to a state whose name looks like the participant's, a swap
//     inside a quotation, a swap in the lede (positions.go).
//   - PersonTwice, DestinationStyled, QuoteStyled (ExtraKinds): a person
//     given a neighbour's or look-alike's state twice, a destination
//     swapped and written by name, capital or after ل, reported speech
//     quoted before its speaker, in inverted commas or in guillemets, with
//     a swap inside (styled.go).
//   - RepeatedSwap (ExtraKinds): two or three mentions of a participant,
//     name and nisba, replaced by the same state easily mistaken for it,
//     one inside a speaker's words when the release reports speech
//     (repeated.go); RepeatedLede (ExtraKinds) the same with one swap in
//     the lede.
//   - ApposedTitle (in neither list): a participant's official given a
//     title after the name, set off by a comma, with another state's name
//     in it (apposed.go).
//   - Quoted, Repeated (TrainingKinds, in neither list): a swap to a state
//     easily mistaken for the participant inside a speaker's words, quoted
//     in guillemets, in inverted commas or after a colon alone; the same
//     swap at two to four mentions of one participant (quoted.go).
//
// A translation that swaps a state once usually swaps it again: the swaps
// replace one mention, or two of the same participant with the same state.
package slips

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
)

// Kind is a kind of slip.
type Kind string

// The kinds of slip.
const (
	ConfusableSwap Kind = "confusable-swap"
	RandomSwap     Kind = "random-swap"
	PersonState    Kind = "person-state"
	Destination    Kind = "destination"
	SurnameRespelt Kind = "surname-respelt"
)

// Kinds lists every kind, in a fixed order.
var Kinds = []Kind{ConfusableSwap, RandomSwap, PersonState, Destination, SurnameRespelt}

// ErrNoSite is returned when a release offers no place for a slip of the
// asked kind.
var ErrNoSite = errors.New("slips: no place for this kind of slip")

// Labels are one release's gold labels, as the scorer reads them.
type Labels struct {
	Participants []string   `json:"participants"`
	Multilateral bool       `json:"multilateral,omitempty"`
	Conflicts    []Conflict `json:"conflicts"`
	Variants     []Variant  `json:"variants"`
	// Slip is the kind of slip injected (not read by the scorer).
	Slip Kind `json:"slip,omitempty"`
	// Source is the clean release the slip was injected into.
	Source string `json:"source,omitempty"`
}

// Conflict is a gold country conflict: At is a context with the span in
// [brackets], N its occurrence (1 when 0), Fix what the span should say.
type Conflict struct {
	At     string `json:"at"`
	N      int    `json:"n,omitempty"`
	Entity string `json:"entity"`
	Fix    any    `json:"fix,omitempty"`
	// Injected marks the slips this package put in (the others were the
	// source's own labels); the scorer ignores it.
	Injected bool `json:"injected,omitempty"`
	// Shape is the shape of a swapped destination (destinationShape:
	// to, with-l, verb, capital, capital-of, guest-of); the scorer
	// ignores it, Score counts recall by it.
	Shape string `json:"shape,omitempty"`
}

// Variant is a gold name variant: contexts of two or more mentions.
type Variant struct {
	Mentions []string `json:"mentions"`
	Injected bool     `json:"injected,omitempty"`
}

// Release is a clean (or labelled) release to slip.
type Release struct {
	Name   string
	Text   []byte
	Labels Labels
}

// Slip is a release with slips injected.
type Slip struct {
	Name   string // file name: source name + kind + index
	Text   []byte
	Labels Labels
}

// Generator injects slips. Build it once; it is safe for concurrent use
// (each call takes its own random source).
type Generator struct {
	g    *entities.Gazetteer
	tg   *entities.Tagger
	n    *arabic.Normalizer
	conf *confusable.Table
	// states a random swap may pick: countries with a name, a nisba and a
	// capital, in gazetteer order
	states []*entities.Entity
	title  map[string]bool
	visit  map[string]bool
	future map[string]bool
}

// New builds a Generator over a gazetteer and a confusability table.
func New(g *entities.Gazetteer, conf *confusable.Table) (*Generator, error) {
	n := arabic.Default()
	tg, err := entities.NewTagger(g, n)
	if err != nil {
		return nil, fmt.Errorf("slips: tagger: %w", err)
	}
	gen := &Generator{g: g, tg: tg, n: n, conf: conf, title: map[string]bool{}, visit: map[string]bool{}, future: map[string]bool{}}
	for _, e := range g.ByKind(entities.Country) {
		if len(e.Names) > 0 && len(e.Nisba.M) > 0 && len(e.Capital) > 0 {
			gen.states = append(gen.states, e)
		}
	}
	for _, w := range titleWords {
		gen.title[n.FoldString(w)] = true
	}
	for _, w := range visitWords {
		gen.visit[n.FoldString(w)] = true
	}
	for _, w := range futureWords {
		gen.future[n.FoldString(w)] = true
	}
	return gen, nil
}

// titleWords start a title phrase whose state follows (وزير الخارجية
// الأذربيجاني، رئيس وزراء ماليزيا).
var titleWords = []string{
	"وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة", "ملك", "الملك",
	"العاهل", "أمير", "الأمير", "ولي", "نائب", "سفير", "السفير", "سفيرة", "السفيرة", "وزراء",
	"الخارجية", "خارجية", "حكومة", "الحكومة", "مبعوث", "المبعوث", "ممثل", "الممثل",
}

// visitWords announce a visit whose destination follows after إلى.
var visitWords = []string{
	"زيارة", "الزيارة", "زيارته", "زيارتها", "زيارتهم", "وصل", "وصلت", "يصل", "تصل", "زار", "زارت",
	"يزور", "تزور", "توجه", "توجهت", "يتوجه", "تتوجه", "جولة", "رحلة", "قدوم", "مغادرته", "عودته",
}

// futureWords mark a visit to come.
var futureWords = []string{
	"المرتقبة", "المرتقب", "مرتقبة", "مرتقب", "المقبلة", "المقبل", "القادمة", "القادم", "المزمع", "المزمعة",
	"سيقوم", "ستقوم", "سيزور", "ستزور", "سيتوجه", "ستتوجه", "يعتزم", "تعتزم", "المنتظرة", "المنتظر",
}

// span is a gold label as a byte span of the text.
type span struct {
	start, end int
	entity     string
	fix        any
	injected   bool
	shape      string
}

type variant struct {
	spans    [][2]int
	injected bool
}

// Inject returns r with one slip of kind k, drawn with rng. It returns
// ErrNoSite when r offers no place for that kind.
func (gen *Generator) Inject(r Release, k Kind, rng *rand.Rand) (Slip, error) {
	old, oldVars, err := locateLabels(r)
	if err != nil {
		return Slip{}, err
	}
	t := gen.n.Normalize(r.Text)
	ms := gen.tg.Tag(t)
	var edits []edit
	var newVar *variant
	switch k {
	case ConfusableSwap, RandomSwap, PersonState, Destination:
		edits = gen.swaps(r, t, ms, k, old, rng)
	case LookalikeSwap, QuoteSwap, LedeSwap:
		edits = gen.positioned(r, t, ms, k, old, rng)
	case RepeatedSwap, RepeatedLede:
		edits = gen.repeated(r, t, ms, old, k == RepeatedLede, 3, rng)
	case Repeated:
		edits = gen.repeated(r, t, ms, old, false, 4, rng)
	case Quoted:
		edits = gen.quotedSwap(r, t, ms, old, rng)
	case NearNamesake:
		edits = gen.namesake(t, ms, old, oldVars, rng)
	case ApposedTitle:
		edits = gen.apposed(r, ms, old, rng)
	case PersonTwice, DestinationStyled, QuoteStyled:
		// a styled slip may move words (a speaker after the quotation):
		// no label of the source, a variant's mention included, may stand
		// in what it moves
		kept := append([]span(nil), old...)
		for _, v := range oldVars {
			for _, sp := range v.spans {
				kept = append(kept, span{start: sp[0], end: sp[1]})
			}
		}
		edits = gen.styled(r, t, ms, k, kept, rng)
	case SurnameRespelt, NameRespelt, GivenRespelt, PersonRespelt, ForeignRespelt, ProseRespelt, CompoundRespelt, InventedRespelt:
		var v variant
		switch k {
		case SurnameRespelt:
			edits, v = gen.respell(ms, old, oldVars, rng)
		case NameRespelt:
			edits, v = gen.respellName(t, ms, old, oldVars, rng)
		case PersonRespelt:
			edits, v = gen.respellPerson(t, ms, old, oldVars, rng)
		case ForeignRespelt:
			edits, v = gen.respellForeign(t, ms, old, oldVars, rng)
		case ProseRespelt:
			edits, v = gen.respellProse(t, ms, old, oldVars, rng)
		case CompoundRespelt:
			edits, v = gen.respellCompound(t, ms, old, oldVars, rng)
		case InventedRespelt:
			edits, v = gen.respellInventedPerson(t, ms, old, oldVars, rng)
		default:
			edits, v = gen.respellGiven(t, ms, old, oldVars, rng)
		}
		if len(edits) > 0 {
			newVar = &v
		}
	default:
		return Slip{}, fmt.Errorf("slips: unknown kind %q", k)
	}
	if len(edits) == 0 {
		return Slip{}, fmt.Errorf("%s, %s: %w", r.Name, k, ErrNoSite)
	}
	text, shift := apply(r.Text, edits)
	lab := Labels{Participants: r.Labels.Participants, Multilateral: r.Labels.Multilateral, Slip: k, Source: r.Name}
	var spans []span
	for _, s := range old {
		spans = append(spans, span{start: shift(s.start), end: shift(s.end), entity: s.entity, fix: s.fix})
	}
	for _, e := range edits {
		if e.entity == "" {
			continue
		}
		st := shift(e.start)
		spans = append(spans, span{start: st, end: st + len(e.repl), entity: e.entity, fix: e.orig, injected: true, shape: e.shape})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	for _, s := range spans {
		at, n := context(text, s.start, s.end)
		c := Conflict{At: at, Entity: s.entity, Fix: s.fix, Injected: s.injected, Shape: s.shape}
		if n > 1 {
			c.N = n
		}
		lab.Conflicts = append(lab.Conflicts, c)
	}
	var vars []variant
	for _, v := range oldVars {
		vars = append(vars, variant{spans: shiftAll(v.spans, shift)})
	}
	if newVar != nil {
		// the respelt mention's new end is its start plus the new length
		// (the edit at its start: one of several when a name is
		// replaced throughout)
		sp := shiftAll(newVar.spans, shift)
		last := newVar.spans[len(newVar.spans)-1]
		for _, e := range edits {
			if e.start == last[0] && e.end == last[1] {
				sp[len(sp)-1] = [2]int{shift(e.start), shift(e.start) + len(e.repl)}
				break
			}
		}
		vars = append(vars, variant{spans: sp, injected: true})
	}
	for _, v := range vars {
		var ms []string
		for _, sp := range v.spans {
			at, n := context(text, sp[0], sp[1])
			if n > 1 {
				// a variant mention has no occurrence number in the label
				// format: widen the context until it is unique
				at = uniqueContext(text, sp[0], sp[1])
				if at == "" {
					continue
				}
			}
			ms = append(ms, at)
		}
		if len(ms) >= 2 {
			lab.Variants = append(lab.Variants, Variant{Mentions: ms, Injected: v.injected})
		}
	}
	if lab.Conflicts == nil {
		lab.Conflicts = []Conflict{}
	}
	if lab.Variants == nil {
		lab.Variants = []Variant{}
	}
	return Slip{Text: text, Labels: lab}, nil
}

func shiftAll(sp [][2]int, shift func(int) int) [][2]int {
	out := make([][2]int, len(sp))
	for i, s := range sp {
		out[i] = [2]int{shift(s[0]), shift(s[1])}
	}
	return out
}

// edit replaces text[start:end] (orig) with repl; entity is the state the
// new text names (empty for a respelling, which is a variant, not a
// conflict).
type edit struct {
	start, end int
	orig, repl string
	entity     string
	shape      string // a destination's (Conflict.Shape)
}

// apply applies non-overlapping edits (sorted by start) and returns the new
// text and a function mapping an old offset outside the edits to the new
// one (an edit's start maps to the new start).
func apply(src []byte, edits []edit) ([]byte, func(int) int) {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out []byte
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.start]...)
		out = append(out, e.repl...)
		last = e.end
	}
	out = append(out, src[last:]...)
	shift := func(p int) int {
		d := 0
		for _, e := range edits {
			if e.start >= p {
				break
			}
			if p < e.end { // inside an edit: its start
				return e.start + d
			}
			d += len(e.repl) - (e.end - e.start)
		}
		return p + d
	}
	return out, shift
}

// locateLabels finds the spans of r's gold labels in its text.
func locateLabels(r Release) ([]span, []variant, error) {
	var out []span
	for _, c := range r.Labels.Conflicts {
		s, e, err := Locate(r.Text, c.At, max(c.N, 1))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", r.Name, err)
		}
		out = append(out, span{start: s, end: e, entity: c.Entity, fix: c.Fix})
	}
	var vars []variant
	for _, v := range r.Labels.Variants {
		var vv variant
		for _, m := range v.Mentions {
			s, e, err := Locate(r.Text, m, 1)
			if err != nil {
				return nil, nil, fmt.Errorf("%s: %w", r.Name, err)
			}
			vv.spans = append(vv.spans, [2]int{s, e})
		}
		vars = append(vars, vv)
	}
	return out, vars, nil
}

// Locate returns the byte span of the bracketed part of at in text, at its
// n-th occurrence (the scorer's rule).
func Locate(text []byte, at string, n int) (int, int, error) {
	pre, rest, ok := strings.Cut(at, "[")
	if !ok {
		return 0, 0, fmt.Errorf("context %q: no [", at)
	}
	mid, post, ok := strings.Cut(rest, "]")
	if !ok {
		return 0, 0, fmt.Errorf("context %q: no ]", at)
	}
	ctx := pre + mid + post
	pos := -1
	for i := 0; i < n; i++ {
		j := strings.Index(string(text[pos+1:]), ctx)
		if j < 0 {
			return 0, 0, fmt.Errorf("context %q (occurrence %d) not found", at, n)
		}
		pos += 1 + j
	}
	return pos + len(pre), pos + len(pre) + len(mid), nil
}

// contextRunes is how many runes of context a label takes on each side.
const contextRunes = 12

// context returns a label context for text[s:e] and its occurrence number.
func context(text []byte, s, e int) (string, int) {
	pre, post := side(text, s, -1, contextRunes), side(text, e, 1, contextRunes)
	at := pre + "[" + string(text[s:e]) + "]" + post
	ctx := pre + string(text[s:e]) + post
	start := s - len(pre)
	n, pos := 0, -1
	for {
		j := strings.Index(string(text[pos+1:]), ctx)
		if j < 0 {
			break
		}
		pos += 1 + j
		n++
		if pos == start {
			return at, n
		}
	}
	return at, 1
}

// uniqueContext widens the context of text[s:e] until it occurs once; ""
// if no context within a line is unique.
func uniqueContext(text []byte, s, e int) string {
	for k := contextRunes; k <= 80; k += 8 {
		pre, post := side(text, s, -1, k), side(text, e, 1, k)
		if strings.Count(string(text), pre+string(text[s:e])+post) == 1 {
			return pre + "[" + string(text[s:e]) + "]" + post
		}
	}
	return ""
}

// side returns up to k runes of text before p (dir −1) or after p (dir 1),
// within the line and without brackets.
func side(text []byte, p, dir, k int) string {
	i := p
	for n := 0; n < k; n++ {
		var r rune
		var size int
		if dir < 0 {
			if i <= 0 {
				break
			}
			r, size = utf8.DecodeLastRune(text[:i])
		} else {
			if i >= len(text) {
				break
			}
			r, size = utf8.DecodeRune(text[i:])
		}
		if r == '\n' || r == '[' || r == ']' || r == utf8.RuneError {
			break
		}
		i += dir * size
	}
	if dir < 0 {
		return string(text[i:p])
	}
	return string(text[p:i])
}

// WriteLabels encodes labels (file name → labels) as labels.json.
func WriteLabels(l map[string]Labels) ([]byte, error) {
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("slips: labels: %w", err)
	}
	return append(b, '\n'), nil
}

// ContextOf returns the label context of text[s:e] (the span in brackets,
// up to twelve runes each side within the line) and its occurrence number.
func ContextOf(text []byte, s, e int) (string, int) { return context(text, s, e) }
