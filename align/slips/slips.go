// Package slips puts translation slips into clean segment pairs, seeded,
// to measure how many of them package align finds: a state, nisba or
// official of the Arabic swapped for a confusable one, an official
// dropped, a Chinese abbreviation resolved to the wrong state, and an
// abbreviation left without the full name that resolves it.
package slips

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/nazir-nlp/nazir/align"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
)

// Kind is a kind of slip.
type Kind string

// Slip kinds.
const (
	StateSwap         Kind = "state-swap"         // a state's name swapped for a confusable state's
	StateSwapNamed    Kind = "state-swap-named"   // swapped for another state the source names
	CapitalSwap       Kind = "capital-swap"       // a capital swapped for a confusable state's capital
	NisbaSwap         Kind = "nisba-swap"         // a nisba swapped, in the same form
	OfficialSwap      Kind = "official-swap"      // an official swapped for another with the same office
	OfficialDropped   Kind = "official-dropped"   // an official's name deleted
	AbbrevMisresolved Kind = "abbrev-misresolved" // 阿方 translated as another 阿- state
	AbbrevUnresolved  Kind = "abbrev-unresolved"  // the full name that resolves 阿方 replaced by 该国
)

// Want is the finding kind each slip should raise.
func (k Kind) Want() align.Kind {
	switch k {
	case OfficialDropped:
		return align.MissingEntity
	case AbbrevUnresolved:
		return align.AmbiguousSource
	}
	return align.WrongEntity
}

// Slip is one slipped document: Doc with segment Seg changed. For a
// target slip, TgtStart/TgtEnd is the changed span of the new target (empty
// at the deletion point for a dropped official); for a source slip,
// SrcStart/SrcEnd is the abbreviation left unresolved.
type Slip struct {
	Kind     Kind
	Doc      *align.Document
	Seg      int
	From, To string // entity ids: what was there, what was put (To "" when dropped)
	TgtStart int
	TgtEnd   int
	SrcStart int
	SrcEnd   int
}

// Generator makes slips. It is deterministic for a seed.
type Generator struct {
	// AnyState draws a swapped state from all states with the mention's
	// form instead of the confusable ones: slips a confusability rule
	// cannot explain.
	AnyState bool

	a   *align.Aligner
	c   *consistency.Checker
	g   *entities.Gazetteer
	rng *rand.Rand
	zh  map[string]rune // country id → first character of its Chinese name
	// conf is nazir's derived table of easily swapped states; nil: the
	// generator's own similarity (same first letters) decides.
	conf *confusable.Table
}

// New returns a generator seeded with seed. Confusable states are those of
// nazir's derived confusability table (internal/confusable), else states
// whose names start alike.
func New(a *align.Aligner, c *consistency.Checker, seed uint64) *Generator {
	gen := &Generator{a: a, c: c, g: c.Gazetteer(), rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), zh: map[string]rune{}}
	if t, err := confusable.Default(); err == nil {
		gen.conf = t
	}
	names := display.Regions(language.MustParse("zh-Hans"))
	for _, e := range gen.g.ByKind(entities.Country) {
		if r, err := language.ParseRegion(e.ID); err == nil {
			if n := names.Name(r); n != "" {
				gen.zh[e.ID], _ = utf8.DecodeRuneInString(n)
			}
		}
	}
	return gen
}

// Slips returns every slip the generator can put into d, one per target
// mention or abbreviation, each in its own copy of d. Replacements are
// drawn from the seeded generator.
func (gen *Generator) Slips(d *align.Document) []Slip {
	var out []Slip
	for si, seg := range d.Segments {
		lang := seg.SrcLang
		if lang == "" {
			lang = d.SrcLang
		}
		named, err := gen.a.SourceEntities(seg.Src, lang)
		if err != nil {
			continue
		}
		tg := gen.c.Tagger()
		txt := tg.Normalizer().Normalize([]byte(seg.Tgt))
		ms := tg.Tag(txt)
		inTarget := map[string]bool{}
		count := map[string]int{}
		for _, m := range ms {
			for _, id := range m.Entities {
				inTarget[id] = true
				count[id]++
			}
		}
		for i := range ms {
			m := &ms[i]
			if len(m.Entities) != 1 || m.Weak {
				continue
			}
			from := m.Entities[0]
			if !slices.Contains(named, from) {
				continue // the source does not name it here: no aligned pair
			}
			switch {
			case m.Kind == entities.Country && (m.Form == entities.FormName || m.Form == entities.FormNisba):
				kind := StateSwap
				if m.Form == entities.FormNisba {
					kind = NisbaSwap
				}
				to := gen.confusable(from, m, named, inTarget, lang)
				if to == "" {
					continue
				}
				if s, ok := gen.replace(d, si, txt.Norm, m, from, to, kind); ok {
					out = append(out, s)
				}
				if count[from] == 1 {
					if to := gen.namedOther(from, m, named); to != "" {
						if s, ok := gen.replace(d, si, txt.Norm, m, from, to, StateSwapNamed); ok {
							out = append(out, s)
						}
					}
				}
				if r, ok := gen.zh[from]; ok && baseLang(lang) == "zh" && strings.Contains(seg.Src, string(r)+"方") {
					if to := gen.sameAbbrev(from, r, inTarget, m); to != "" {
						if s, ok := gen.replace(d, si, txt.Norm, m, from, to, AbbrevMisresolved); ok {
							out = append(out, s)
						}
					}
				}
			case m.Kind == entities.Country && m.Form == entities.FormCapital && len(m.Candidates) == 1:
				if to := gen.confusable(from, m, named, inTarget, lang); to != "" {
					if s, ok := gen.replace(d, si, txt.Norm, m, from, to, CapitalSwap); ok {
						out = append(out, s)
					}
				}
			case m.Kind == entities.Person:
				if to := gen.otherOfficial(from, named, inTarget, lang); to != "" {
					if s, ok := gen.replace(d, si, txt.Norm, m, from, to, OfficialSwap); ok {
						out = append(out, s)
					}
				}
				if count[from] == 1 {
					out = append(out, gen.drop(d, si, m, from))
				}
			}
		}
		if baseLang(lang) == "zh" {
			out = append(out, gen.unresolve(d, si, lang)...)
		}
	}
	return out
}

func baseLang(tag string) string {
	b, _, _ := strings.Cut(tag, "-")
	return b
}

// confusable draws a state easily mistaken for from (a score of 0.5 or
// more in the confusability table; without a table, an Arabic name or
// nisba that starts with the same two letters or an English name with the
// same three) that has the mention's form; else any state with the form.
// It is named neither in the source nor in the target.
func (gen *Generator) confusable(from string, m *entities.Mention, named []string, inTarget map[string]bool, lang string) string {
	fe, _ := gen.g.Lookup(from)
	var close, any []string
	for _, e := range gen.g.ByKind(entities.Country) {
		if e.ID == from || slices.Contains(named, e.ID) || inTarget[e.ID] || !gen.a.Knows(lang, e.ID) {
			continue
		}
		if m.Form == entities.FormNisba && len(e.Nisba.M) == 0 || m.Form == entities.FormCapital && len(e.Capital) == 0 {
			continue
		}
		any = append(any, e.ID)
		if gen.conf != nil {
			if gen.conf.Score(from, e.ID) >= 0.5 {
				close = append(close, e.ID)
			}
			continue
		}
		if similar(stripAl(fe.Names[0]), stripAl(e.Names[0]), 2) || similar(fe.English, e.English, 3) ||
			len(fe.Nisba.M) > 0 && len(e.Nisba.M) > 0 && similar(fe.Nisba.M[0], e.Nisba.M[0], 2) {
			close = append(close, e.ID)
		}
	}
	if len(close) > 0 && !gen.AnyState {
		return close[gen.rng.IntN(len(close))]
	}
	if len(any) > 0 {
		return any[gen.rng.IntN(len(any))]
	}
	return ""
}

// namedOther draws another state the source names, with the mention's
// form (Russia and Egypt → روسيا وليبيا where the source names Libya too).
func (gen *Generator) namedOther(from string, m *entities.Mention, named []string) string {
	var c []string
	for _, id := range named {
		e, ok := gen.g.Lookup(id)
		if ok && id != from && e.Kind == entities.Country && (m.Form != entities.FormNisba || len(e.Nisba.M) > 0) {
			c = append(c, id)
		}
	}
	if len(c) == 0 {
		return ""
	}
	return c[gen.rng.IntN(len(c))]
}

// sameAbbrev draws another state the abbreviation r (阿) may stand for.
func (gen *Generator) sameAbbrev(from string, r rune, inTarget map[string]bool, m *entities.Mention) string {
	var c []string
	for _, id := range gen.a.Abbreviation(r) {
		e, ok := gen.g.Lookup(id)
		if ok && id != from && e.Kind == entities.Country && !inTarget[id] &&
			(m.Form != entities.FormNisba || len(e.Nisba.M) > 0) {
			c = append(c, id)
		}
	}
	if len(c) == 0 {
		return ""
	}
	return c[gen.rng.IntN(len(c))]
}

// otherOfficial draws an official of another state with the same office
// whose name sources in lang carry.
func (gen *Generator) otherOfficial(from string, named []string, inTarget map[string]bool, lang string) string {
	fe, _ := gen.g.Lookup(from)
	var c []string
	for _, e := range gen.g.ByKind(entities.Person) {
		if e.Country == fe.Country || e.Office != fe.Office || slices.Contains(named, e.ID) || inTarget[e.ID] ||
			slices.Contains(named, e.Country) || !gen.a.Knows(lang, e.ID) || len(e.Surname) == 0 {
			continue
		}
		c = append(c, e.ID)
	}
	if len(c) == 0 {
		return ""
	}
	return c[gen.rng.IntN(len(c))]
}

func stripAl(s string) string { return strings.TrimPrefix(s, "ال") }

func similar(a, b string, n int) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= n && len(rb) >= n && string(ra[:n]) == string(rb[:n])
}

// replace puts to where mention m (of from) is, in m's grammatical form.
func (gen *Generator) replace(d *align.Document, si int, norm string, m *entities.Mention, from, to string, kind Kind) (Slip, bool) {
	var repl string
	if m.Kind == entities.Person {
		e, _ := gen.g.Lookup(to)
		repl = e.Names[0]
		if !strings.Contains(strings.TrimSpace(m.Text), " ") {
			// a surname alone, when the tagger takes it alone (not بن فرحان)
			if l, ok := gen.c.Tagger().Lookup(e.Surname[0]); ok && slices.Contains(l.Entities, to) {
				repl = e.Surname[0]
			}
		}
	} else {
		s, ok := gen.c.Suggest(norm, m, to)
		if !ok {
			return Slip{}, false
		}
		repl = s
	}
	nd := cloneDoc(d)
	tgt := nd.Segments[si].Tgt
	start := m.Start
	// ل before a name that takes the article merges with it: لإندونيسيا
	// → للهند, not لالهند.
	if strings.HasSuffix(m.Prefix, "ل") && strings.HasPrefix(repl, "ال") && strings.HasSuffix(tgt[:start], "ل") {
		start -= len("ل")
		repl = "لل" + strings.TrimPrefix(repl, "ال")
	}
	nd.Segments[si].Tgt = tgt[:start] + repl + tgt[m.End:]
	return Slip{Kind: kind, Doc: nd, Seg: si, From: from, To: to, TgtStart: start, TgtEnd: start + len(repl)}, true
}

// drop deletes mention m and the space before it.
func (gen *Generator) drop(d *align.Document, si int, m *entities.Mention, from string) Slip {
	nd := cloneDoc(d)
	tgt := nd.Segments[si].Tgt
	start, end := m.Start-len(m.Prefix), m.End
	if start < 0 || !strings.HasPrefix(tgt[start:], m.Prefix) {
		start = m.Start
	}
	if start > 0 && tgt[start-1] == ' ' {
		start--
	}
	nd.Segments[si].Tgt = tgt[:start] + tgt[end:]
	return Slip{Kind: OfficialDropped, Doc: nd, Seg: si, From: from, TgtStart: start, TgtEnd: start}
}

// unresolve replaces, in a document whose segment si has an abbreviation
// X方 with several candidates, every full name of X in the document's
// sources by 该国 ("that country"): nothing resolves the abbreviation.
func (gen *Generator) unresolve(d *align.Document, si int, lang string) []Slip {
	src := d.Segments[si].Src
	var out []Slip
	for id, r := range gen.zh {
		abbr := string(r) + "方"
		at := strings.Index(src, abbr)
		if at < 0 {
			continue
		}
		if cands := gen.a.Abbreviation(r); len(cands) < 2 || !slices.Contains(cands, id) {
			continue
		}
		full := display.Regions(language.MustParse("zh-Hans")).Name(language.MustParseRegion(id))
		found := false
		for _, s := range d.Segments {
			found = found || strings.Contains(s.Src, full)
		}
		if !found {
			continue
		}
		nd := cloneDoc(d)
		for k := range nd.Segments {
			nd.Segments[k].Src = strings.ReplaceAll(nd.Segments[k].Src, full, "该国")
		}
		at = strings.Index(nd.Segments[si].Src, abbr)
		out = append(out, Slip{Kind: AbbrevUnresolved, Doc: nd, Seg: si, From: id, SrcStart: at, SrcEnd: at + len(abbr)})
	}
	slices.SortFunc(out, func(a, b Slip) int { return strings.Compare(a.From, b.From) })
	return out
}

func cloneDoc(d *align.Document) *align.Document {
	nd := *d
	nd.Segments = slices.Clone(d.Segments)
	return &nd
}

// Score counts what the aligner found on slipped documents.
type Score struct {
	Slips  map[Kind]int // slips put in, by kind
	Caught map[Kind]int // of them, found: the wanted kind at the slip
	// Wrong-entity findings on slipped segments, and how many of them
	// point at a slip (precision of wrong-entity).
	WrongFindings, WrongAtSlip int
}

// Recall is caught/slips over the kinds that want k.
func (s Score) Recall(k align.Kind) float64 {
	n, c := 0, 0
	for kind, v := range s.Slips {
		if kind.Want() == k {
			n += v
			c += s.Caught[kind]
		}
	}
	if n == 0 {
		return 0
	}
	return float64(c) / float64(n)
}

// Precision of wrong-entity findings.
func (s Score) Precision() float64 {
	if s.WrongFindings == 0 {
		return 0
	}
	return float64(s.WrongAtSlip) / float64(s.WrongFindings)
}

func (s Score) String() string {
	var b strings.Builder
	for _, k := range []Kind{StateSwap, NisbaSwap, StateSwapNamed, CapitalSwap, OfficialSwap, AbbrevMisresolved, OfficialDropped, AbbrevUnresolved} {
		fmt.Fprintf(&b, "%s %d/%d; ", k, s.Caught[k], s.Slips[k])
	}
	fmt.Fprintf(&b, "wrong-entity recall %.3f precision %.3f (%d/%d)", s.Recall(align.WrongEntity), s.Precision(), s.WrongAtSlip, s.WrongFindings)
	return b.String()
}

// Evaluate checks every slip with a and scores it. A slip is caught when
// the slipped segment has a finding of the wanted kind whose target span
// touches the slip (for a dropped official: names the official; for an
// unresolved abbreviation: whose source span is the abbreviation).
func Evaluate(a *align.Aligner, slips []Slip) (Score, error) {
	sc := Score{Slips: map[Kind]int{}, Caught: map[Kind]int{}}
	for _, s := range slips {
		rs, err := a.CheckDocument(s.Doc)
		if err != nil {
			return sc, err
		}
		sc.Slips[s.Kind]++
		caught := false
		for _, f := range rs[s.Seg].Findings {
			at := false
			switch s.Kind {
			case OfficialDropped:
				at = f.Entity == s.From
			case AbbrevUnresolved:
				at = f.Src.Start == s.SrcStart && f.Src.End == s.SrcEnd
			default:
				at = f.Tgt.Start < s.TgtEnd && s.TgtStart < f.Tgt.End
			}
			if f.Kind == align.WrongEntity {
				sc.WrongFindings++
				if at && s.Kind.Want() == align.WrongEntity {
					sc.WrongAtSlip++
				}
			}
			if at && f.Kind == s.Kind.Want() {
				caught = true
			}
		}
		if caught {
			sc.Caught[s.Kind]++
		}
	}
	return sc, nil
}
