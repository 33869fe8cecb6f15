package entities

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// Mention is one entity mention, spans in ORIGINAL bytes.
type Mention struct {
	Start, End         int      // original bytes of the mention, proclitics (و ب ل ك ف) excluded; a merged لل keeps its second lam (the article) inside
	NormStart, NormEnd int      // the same in Text.Norm
	FirstTok, LastTok  int      // token indices (inclusive) in Text.Tokens
	Text               string   // original text of [Start,End)
	Entities           []string // candidate ids, sorted; >1 when ambiguous. Shared: do not modify.
	Kind               Kind
	Form               Form
	Prefix             string // proclitics outside the span, normalised ("و", "ب", "ول")
	Definite           bool   // has the article (ال) inside the span
	Gender             Gender // nisba only
	Number             Number // nisba only
	// Weak is set when the surface form is listed under homographs: it is
	// also an ordinary word (مالي "my money", المالية "the financial").
	Weak bool
	// Candidates are the readings behind Entities, one per (entity, form);
	// useful when an ambiguous form is a name of one entity and a capital
	// of another (عمان). Shared: do not modify.
	Candidates []Candidate
}

// Candidate is one reading of a mention.
type Candidate struct {
	ID   string
	Kind Kind
	Form Form
}

// proclitics are the prefix sequences tried before every surface form: an
// optional conjunction (و ف) then an optional preposition (ب ل ك). The
// article stays inside the span; ل before the article merges into لل.
var proclitics = []string{"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}

// pattern is one compiled surface form: the first token (with its
// proclitics) is the map key; rest are the following normalised tokens.
type pattern struct {
	rest     []string
	latin    bool
	prefix   string
	ents     []string
	cands    []Candidate
	kind     Kind
	form     Form
	gender   Gender
	number   Number
	definite bool
	weak     bool
}

// Tagger finds entity mentions. It is compiled once from a gazetteer;
// immutable, safe for concurrent use.
type Tagger struct {
	g     *Gazetteer
	n     *arabic.Normalizer
	first map[string][]pattern
	// whole maps a normalised prefix-less form key to its pattern, for Lookup.
	whole map[string]*pattern
	// maxFirst is the longest first-token key in bytes (Latin lookups use a
	// stack buffer of this size).
	maxFirst int
}

// ErrNoNormalizer is returned by NewTagger when n is nil.
var ErrNoNormalizer = errors.New("entities: nil normalizer")

type claim struct {
	e *Entity
	s surface
}

// NewTagger compiles g: every surface form (listed, and derived nisba and
// person forms, see surfaces) is normalised with n and expanded with the
// proclitic combinations. n must be the normaliser that produces the texts
// given to Tag. Forms shared by several entities yield mentions with all of
// them as candidates; listed forms win over derived person forms, and
// between kinds the smaller Kind (Country first) wins.
func NewTagger(g *Gazetteer, n *arabic.Normalizer) (*Tagger, error) {
	if g == nil {
		return nil, fmt.Errorf("entities: NewTagger: %w: nil gazetteer", ErrInvalid)
	}
	if n == nil {
		return nil, ErrNoNormalizer
	}
	homographs := map[string]bool{}
	for _, h := range g.Homographs {
		toks, _ := normalizedTokens(n, h)
		homographs[formKey(toks)] = true
	}
	type entry struct {
		first, key string
		toks       []string
		latin      bool
		claims     []claim
	}
	byKey := map[string]*entry{}
	var order []*entry
	for _, e := range g.Entities {
		for _, s := range surfaces(e) {
			toks, _ := normalizedTokens(n, s.raw)
			if len(toks) == 0 {
				continue
			}
			k := formKey(toks)
			if s.personDerived && len(toks) == 1 && homographs[k] {
				continue // a surname that is also a common word
			}
			en := byKey[k]
			if en == nil {
				en = &entry{key: k, toks: toks, latin: s.latin}
				byKey[k] = en
				order = append(order, en)
			}
			en.claims = append(en.claims, claim{e, s})
		}
	}
	t := &Tagger{g: g, n: n, first: map[string][]pattern{}, whole: map[string]*pattern{}}
	for _, en := range order {
		base := compile(en.claims)
		base.rest = en.toks[1:]
		base.latin = en.latin
		base.weak = homographs[en.key]
		wp := base
		t.whole[en.key] = &wp
		prefixes := proclitics
		if en.latin {
			prefixes = proclitics[:1]
		}
		for _, pre := range prefixes {
			first := pre + en.toks[0]
			if pre != "" && base.definite && strings.HasSuffix(pre, "ل") && strings.HasPrefix(en.toks[0], article) {
				first = pre + en.toks[0][len("ا"):] // ل + الصين → لصين after the ل: للصين
			}
			p := base
			p.prefix = pre
			t.first[first] = append(t.first[first], p)
			if len(first) > t.maxFirst {
				t.maxFirst = len(first)
			}
		}
	}
	for k, ps := range t.first {
		sort.SliceStable(ps, func(i, j int) bool {
			if (ps[i].prefix == "") != (ps[j].prefix == "") {
				return ps[i].prefix == "" // the whole word first
			}
			return len(ps[i].rest) > len(ps[j].rest) // then the longest
		})
		t.first[k] = ps
	}
	return t, nil
}

// compile merges the claims on one surface form into a pattern.
func compile(cs []claim) pattern {
	listed := cs[:0:0]
	for _, c := range cs {
		if !c.s.personDerived {
			listed = append(listed, c)
		}
	}
	if len(listed) > 0 {
		cs = listed
	}
	best := cs[0]
	for _, c := range cs[1:] {
		if c.e.Kind < best.e.Kind || (c.e.Kind == best.e.Kind && c.s.form < best.s.form) {
			best = c
		}
	}
	p := pattern{kind: best.e.Kind, form: best.s.form, gender: best.s.gender, number: best.s.number, definite: best.s.definite}
	seen := map[Candidate]bool{}
	ids := map[string]bool{}
	for _, c := range cs {
		if c.e.Kind != best.e.Kind {
			continue
		}
		cd := Candidate{ID: c.e.ID, Kind: c.e.Kind, Form: c.s.form}
		if !seen[cd] {
			seen[cd] = true
			p.cands = append(p.cands, cd)
		}
		if !ids[c.e.ID] {
			ids[c.e.ID] = true
			p.ents = append(p.ents, c.e.ID)
		}
	}
	sort.Strings(p.ents)
	sort.Slice(p.cands, func(i, j int) bool {
		if p.cands[i].ID != p.cands[j].ID {
			return p.cands[i].ID < p.cands[j].ID
		}
		return p.cands[i].Form < p.cands[j].Form
	})
	return p
}

// Gazetteer returns the gazetteer the tagger was compiled from.
func (tg *Tagger) Gazetteer() *Gazetteer { return tg.g }

// Normalizer returns the normaliser the tagger was compiled with.
func (tg *Tagger) Normalizer() *arabic.Normalizer { return tg.n }

// Lookup tags form (one surface form without proclitics, e.g. a suggestion
// the checker is about to make) and reports its reading: candidate ids,
// kind, form, gender, number, definiteness. ok is false when form is not a
// whole surface form of the gazetteer.
func (tg *Tagger) Lookup(form string) (m Mention, ok bool) {
	toks, _ := normalizedTokens(tg.n, form)
	p := tg.whole[formKey(toks)]
	if p == nil {
		return Mention{}, false
	}
	return Mention{Text: form, Entities: p.ents, Kind: p.kind, Form: p.form, Definite: p.definite,
		Gender: p.gender, Number: p.number, Weak: p.weak, Candidates: p.cands, End: len(form)}, true
}

// TagBytes normalises src with the tagger's normaliser and tags it.
func (tg *Tagger) TagBytes(src []byte) []Mention {
	return tg.Tag(tg.n.Normalize(src))
}

// Tag returns the mentions in t, leftmost-longest, in text order,
// non-overlapping. A name may span several tokens separated by horizontal
// white space; any other character between tokens (a line break,
// punctuation not part of the name) ends it. The first token is looked up
// as a whole word first, then with its proclitics split off. It allocates
// the returned slice and one string holding all mention texts.
func (tg *Tagger) Tag(t *arabic.Text) []Mention {
	if t == nil || len(t.Tokens) == 0 {
		return nil
	}
	toks := t.Tokens
	var out []Mention
	var buf [64]byte
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.Kind != arabic.Word && tk.Kind != arabic.Latin {
			continue
		}
		word := t.Norm[tk.Start:tk.End]
		var ps []pattern
		if tk.Kind == arabic.Latin {
			if len(word) > len(buf) || len(word) > tg.maxFirst {
				continue
			}
			lb := buf[:len(word)]
			for j := 0; j < len(word); j++ {
				c := word[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				lb[j] = c
			}
			ps = tg.first[string(lb)]
		} else {
			if len(word) > tg.maxFirst {
				continue
			}
			ps = tg.first[word]
		}
		if len(ps) == 0 {
			continue
		}
		for pi := range ps {
			p := &ps[pi]
			last, ok := matchRest(t, i, p)
			if !ok {
				continue
			}
			if out == nil {
				out = make([]Mention, 0, len(toks)/32+8)
			}
			ns, ne := tk.Start+len(p.prefix), toks[last].End
			os, oe := t.OrigSpan(ns, ne)
			out = append(out, Mention{
				Start: os, End: oe, NormStart: ns, NormEnd: ne, FirstTok: i, LastTok: last,
				Entities: p.ents, Kind: p.kind, Form: p.form, Prefix: p.prefix, Definite: p.definite,
				Gender: p.gender, Number: p.number, Weak: p.weak, Candidates: p.cands,
			})
			i = last
			break
		}
	}
	fillTexts(t, out)
	return out
}

// matchRest reports whether p's remaining tokens follow token i.
func matchRest(t *arabic.Text, i int, p *pattern) (int, bool) {
	toks := t.Tokens
	if i+len(p.rest) >= len(toks) {
		return 0, false
	}
	for j, want := range p.rest {
		prev, cur := toks[i+j], toks[i+j+1]
		if !horizontalSpace(t.Norm[prev.End:cur.Start]) {
			return 0, false
		}
		got := t.Norm[cur.Start:cur.End]
		if p.latin {
			if !strings.EqualFold(got, want) {
				return 0, false
			}
		} else if got != want {
			return 0, false
		}
	}
	return i + len(p.rest), true
}

func horizontalSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// fillTexts sets every mention's Text from one allocation.
func fillTexts(t *arabic.Text, ms []Mention) {
	total := 0
	for _, m := range ms {
		total += m.End - m.Start
	}
	if total == 0 {
		return
	}
	var b strings.Builder
	b.Grow(total)
	for _, m := range ms {
		b.Write(t.Orig[m.Start:m.End])
	}
	all := b.String()
	off := 0
	for i := range ms {
		n := ms[i].End - ms[i].Start
		ms[i].Text = all[off : off+n]
		off += n
	}
}
