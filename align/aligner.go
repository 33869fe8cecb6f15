package align

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
)

// Kind is what a finding is about (the JSON "kind").
type Kind string

// Finding kinds.
const (
	// WrongEntity: the source names X where the translation names Y.
	WrongEntity Kind = "wrong-entity"
	// MissingEntity: the source names a state or official the translation
	// does not (counted: two mentions in the source need two).
	MissingEntity Kind = "missing-entity"
	// AddedEntity: the translation names a state or official the source
	// does not.
	AddedEntity Kind = "added-entity"
	// AmbiguousSource: a Chinese abbreviation (阿方, 中阿) whose state the
	// document's full names do not decide.
	AmbiguousSource Kind = "ambiguous-source"
	// NameVariant: one official is spelled two ways in the translation of
	// one document, or a state in a way the gazetteer does not know
	// (إندونسيا). An official spelled in an unknown way alone is no finding:
	// names are transliterated many ways.
	NameVariant Kind = "name-variant"
)

// Severity of a finding (the monolingual report's scale).
type Severity = consistency.Severity

// ErrLanguage is returned for a source language the Aligner does not read.
var ErrLanguage = errors.New("unsupported source language")

// ErrInput wraps errors about the input's content (invalid UTF-8, a text
// over the size limit).
var ErrInput = errors.New("invalid input")

// MaxSegmentBytes is the largest source or target text of one segment.
const MaxSegmentBytes = 1 << 20

// Span is a range of one side's text: byte offsets (start, end), and the
// same range in Unicode code points and in UTF-16 code units, which CAT
// tools and JavaScript count in.
type Span struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	CharStart  int    `json:"char_start"`
	CharEnd    int    `json:"char_end"`
	UTF16Start int    `json:"utf16_start"`
	UTF16End   int    `json:"utf16_end"`
	Text       string `json:"text"`
}

// Ref points at a span of another segment of the same document.
type Ref struct {
	Segment string `json:"segment"`
	Tgt     Span   `json:"tgt"`
}

// Finding is one difference between a source segment and its translation.
// Src and Tgt are spans of the segment's two texts; where one side has
// nothing to point at (a missing or an added entity), its span is the
// whole text of that side.
type Finding struct {
	Kind     Kind     `json:"kind"`
	Severity Severity `json:"severity"`
	// Entity is what the translation names (wrong, added, a variant's
	// person) or, for a missing entity, what the source names.
	Entity string `json:"entity,omitempty"`
	// Expected is what the source names (wrong-entity, ambiguous-source
	// once the translation resolved it).
	Expected string `json:"expected,omitempty"`
	// Suggestion replaces the Tgt span: the expected entity in the
	// target's grammatical form (nil when there is none).
	Suggestion *string `json:"suggestion,omitempty"`
	// Candidates are the states an ambiguous abbreviation may stand for.
	Candidates []string `json:"candidates,omitempty"`
	Message    string   `json:"message"`
	Src        Span     `json:"src"`
	Tgt        Span     `json:"tgt"`
	// First is the first spelling of a name variant, in its segment.
	First *Ref `json:"first,omitempty"`
}

// Segment is one source text and its translation.
type Segment struct {
	ID  string
	Src string
	Tgt string
	// SrcLang overrides the document's source language for this segment.
	SrcLang string
}

// Document is the unit abbreviations are resolved in and name variants
// are compared across: an XLIFF <file>, a run of JSON Lines records with
// the same "doc", or one segment.
type Document struct {
	ID       string
	SrcLang  string
	Segments []Segment
}

// Result holds the findings of one segment, in source order.
type Result struct {
	ID       string    `json:"id"`
	Findings []Finding `json:"findings"`
}

// Options tune an Aligner.
type Options struct {
	// Counts reports an entity named more often on one side than on the
	// other (China twice in the source, once in the translation) as
	// missing or added. Off by default: published translations often
	// replace a repeated name by a pronoun, or a pronoun by the name, so
	// that counts differ in about one segment in twenty. Without it, an
	// entity is missing only when the translation does not name it at
	// all (nor an official of it), and added only when the source does
	// not; a wrong entity is reported when the translation's entity is
	// not named by the source.
	Counts bool
	// Names also runs the monolingual checker's name clustering over
	// each document's translation (its segments joined), which finds one
	// person written two ways also when the gazetteer does not know them
	// (أحمد العبيدي / أحمد العبيد). It costs about one monolingual check
	// per segment. Without it, name variants are those of officials the
	// gazetteer knows.
	Names bool
}

// Aligner checks translations into Arabic against their source. Build it
// once with New; it is immutable and safe for concurrent use.
type Aligner struct {
	opts Options
	c    *consistency.Checker
	tg   *entities.Tagger
	g    *entities.Gazetteer
	lex  map[string]*lexicon
	// known[lang][id]: the language's lexicon has a form of id, so a
	// target mention of id can be verified against that source.
	known map[string]map[string]bool
	// conf scores how easily two states are swapped (nazir's derived
	// table); an added state easily swapped for one the source names is
	// reported as a wrong entity.
	conf *confusable.Table
	// surnameKey maps a phonetic key of an official's Arabic surname, or
	// of a one-word country name, to the entities (misspelt in the target).
	surnameKey map[string][]string
}

// New builds an Aligner on a checker (its gazetteer, tagger and
// suggestions).
func New(c *consistency.Checker, opts Options) (*Aligner, error) {
	if c == nil {
		return nil, errors.New("align: nil checker")
	}
	g := c.Gazetteer()
	lex, err := buildLexicons(g)
	if err != nil {
		return nil, err
	}
	conf, err := confusable.Default()
	if err != nil {
		return nil, fmt.Errorf("align: %w", err)
	}
	a := &Aligner{conf: conf, opts: opts, c: c, tg: c.Tagger(), g: g, lex: lex, known: map[string]map[string]bool{}, surnameKey: map[string][]string{}}
	for lang, lx := range lex {
		k := map[string]bool{}
		note := func(e *entry) {
			for _, id := range e.ids {
				k[id] = true
			}
		}
		for _, ps := range lx.first {
			for _, p := range ps {
				note(p.e)
			}
		}
		for _, fs := range lx.zh {
			for _, f := range fs {
				note(f.e)
			}
		}
		a.known[lang] = k
	}
	for _, c := range g.ByKind(entities.Country) {
		for _, n := range c.Names {
			if strings.Contains(n, " ") || utf8.RuneCountInString(n) < 5 {
				continue
			}
			key := arabic.PhoneticKey(a.tg.Normalizer().FoldString(n))
			if len([]rune(key)) >= 4 && !slices.Contains(a.surnameKey[key], c.ID) {
				a.surnameKey[key] = append(a.surnameKey[key], c.ID)
			}
		}
	}
	for _, p := range g.ByKind(entities.Person) {
		sns := p.Surname
		if len(sns) == 0 {
			// no surname listed: the last word of each full name, for
			// finding the official spelled otherwise (مورالس)
			for _, n := range p.Names {
				if f := strings.Fields(n); len(f) > 1 && utf8.RuneCountInString(f[len(f)-1]) >= 5 {
					sns = append(sns, f[len(f)-1])
				}
			}
		}
		for _, sn := range sns {
			key := arabic.PhoneticKey(a.tg.Normalizer().FoldString(sn))
			if len([]rune(key)) >= 3 && !slices.Contains(a.surnameKey[key], p.ID) {
				a.surnameKey[key] = append(a.surnameKey[key], p.ID)
			}
		}
	}
	return a, nil
}

// Lang returns the base language the Aligner reads a BCP 47 tag as
// ("zh-Hant-TW" → "zh"), or ErrLanguage.
func (a *Aligner) Lang(tag string) (string, error) {
	if _, ok := a.lex[tag]; ok {
		return tag, nil // a base language as it is (the common case)
	}
	t, err := language.Parse(tag)
	if err != nil {
		return "", fmt.Errorf("align: source language %q: %w", tag, ErrLanguage)
	}
	b, _ := t.Base()
	if _, ok := a.lex[b.String()]; !ok {
		return "", fmt.Errorf("align: source language %q: %w (reads %s)", tag, ErrLanguage, strings.Join(Languages, ", "))
	}
	return b.String(), nil
}

// SourceEntities returns the ids a source text names (states, groups,
// officials; an unresolved abbreviation gives all its candidates), sorted,
// each once. Evaluation tools use it to know what a source says.
func (a *Aligner) SourceEntities(src, srcLang string) ([]string, error) {
	lang, err := a.Lang(srcLang)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, m := range a.lex[lang].tag(src) {
		ids = append(ids, m.ids...)
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// Abbreviation returns the states a Chinese one-character abbreviation
// may stand for (阿 → AE, AF, AL, AR, AZ, DZ, OM, arab-states; 中 → CN),
// nil when r is none.
func (a *Aligner) Abbreviation(r rune) []string { return slices.Clone(a.lex["zh"].abbr[r]) }

// Knows reports whether the Aligner can find entity id in sources in
// srcLang (the gazetteer or CLDR gives it a name in that language).
func (a *Aligner) Knows(srcLang, id string) bool {
	lang, err := a.Lang(srcLang)
	return err == nil && a.known[lang][id]
}

// Check compares one source segment in srcLang (a BCP 47 tag: en, zh,
// zh-Hant, fr, ru, es) with its Arabic translation tgt. Abbreviations
// are resolved from this segment alone; use CheckDocument for a document.
func (a *Aligner) Check(src, srcLang, tgt string) ([]Finding, error) {
	rs, err := a.CheckDocument(&Document{SrcLang: srcLang, Segments: []Segment{{Src: src, Tgt: tgt}}})
	if err != nil {
		return nil, err
	}
	return rs[0].Findings, nil
}

// segState is one segment's tagging.
type segState struct {
	seg  *Segment
	lang string
	src  []srcMention
	t    *arabic.Text
	tgt  []entities.Mention
}

// CheckDocument checks every segment of d and returns one Result per
// segment, in order. A segment without ID gets its 1-based index.
func (a *Aligner) CheckDocument(d *Document) ([]Result, error) {
	states := make([]segState, len(d.Segments))
	docIDs := map[string]bool{}
	for i := range d.Segments {
		s := &d.Segments[i]
		for side, text := range [2]string{s.Src, s.Tgt} {
			if !utf8.ValidString(text) {
				return nil, fmt.Errorf("align: segment %s: %s: %w: not UTF-8", segID(s, i), [2]string{"source", "target"}[side], ErrInput)
			}
			if len(text) > MaxSegmentBytes {
				return nil, fmt.Errorf("align: segment %s: %s: %w: %d bytes (limit %d)", segID(s, i), [2]string{"source", "target"}[side], ErrInput, len(text), MaxSegmentBytes)
			}
		}
		tag := s.SrcLang
		if tag == "" {
			tag = d.SrcLang
		}
		lang, err := a.Lang(tag)
		if err != nil {
			return nil, fmt.Errorf("segment %s: %w", segID(s, i), err)
		}
		st := &states[i]
		st.seg, st.lang = s, lang
		st.src = a.lex[lang].tag(s.Src)
		for _, m := range st.src {
			if !m.abbrev && m.kind != entities.Person {
				for _, id := range m.ids {
					docIDs[id] = true
				}
			}
		}
		st.t = a.tg.Normalizer().Normalize([]byte(s.Tgt))
		st.tgt = a.tg.Tag(st.t)
	}
	out := make([]Result, len(states))
	var people peopleSeen
	for i := range states {
		id := segID(states[i].seg, i)
		out[i] = Result{ID: id, Findings: a.compare(&states[i], docIDs, &people, id)}
	}
	if a.opts.Names {
		a.nameClusters(d, out)
		for i := range out {
			sortFindings(out[i].Findings)
		}
	}
	return out, nil
}

// nameClusters adds the monolingual checker's name variants across the
// document's translation.
func (a *Aligner) nameClusters(d *Document, out []Result) {
	var joined []byte
	offs := make([]int, len(d.Segments)+1)
	for i, s := range d.Segments {
		offs[i] = len(joined)
		joined = append(joined, s.Tgt...)
		joined = append(joined, "\n\n"...)
	}
	offs[len(d.Segments)] = len(joined)
	rep, err := a.c.Check(joined)
	if err != nil {
		return // an empty translation: nothing to cluster
	}
	segOf := func(off int) int {
		i := sort.SearchInts(offs, off+1) - 1
		return max(i, 0)
	}
	for _, f := range rep.Findings {
		if f.Kind != consistency.NameVariant || len(f.Mentions) < 2 {
			continue
		}
		first := f.Mentions[0]
		fi := segOf(first.Start)
		firstSpan := mkSpan(d.Segments[fi].Tgt, first.Start-offs[fi], first.End-offs[fi])
		key := a.tg.Normalizer().FoldString(first.Text)
		for _, m := range f.Mentions[1:] {
			if a.tg.Normalizer().FoldString(m.Text) == key {
				continue
			}
			si := segOf(m.Start)
			s := d.Segments[si]
			if m.End-offs[si] > len(s.Tgt) {
				continue
			}
			sp := mkSpan(s.Tgt, m.Start-offs[si], m.End-offs[si])
			dup := false
			for _, g := range out[si].Findings {
				dup = dup || g.Kind == NameVariant && g.Tgt.Start < sp.End && sp.Start < g.Tgt.End
			}
			if dup {
				continue
			}
			out[si].Findings = append(out[si].Findings, Finding{Kind: NameVariant, Severity: consistency.SeverityWarning, Entity: f.Entity,
				Src: mkSpan(s.Src, 0, len(s.Src)), Tgt: sp, First: &Ref{Segment: out[fi].ID, Tgt: firstSpan},
				Message: fmt.Sprintf("a person is spelled %q here and %q in segment %s", m.Text, first.Text, out[fi].ID)})
		}
	}
}

func segID(s *Segment, i int) string {
	if s.ID != "" {
		return s.ID
	}
	return fmt.Sprint(i + 1)
}

// tgtMention is a target mention that takes part in the comparison.
type tgtMention struct {
	m       *entities.Mention
	ids     []string
	person  bool
	counted bool // reported as added when unmatched
	// place: a capital or city (بكين): it matches a source capital, or a
	// source mention of its state only after names and nisbas.
	place bool
	// capital: one of its readings is a capital (تونس, الجزائر).
	capital bool
}

type peopleSeen struct {
	first map[string]peopleFirst // person id → first spelling
}

type peopleFirst struct {
	seg  string
	key  string // normalised text
	span Span
}

func (a *Aligner) compare(st *segState, docIDs map[string]bool, people *peopleSeen, segName string) []Finding {
	var fs []Finding
	src, tgt := st.seg.Src, st.seg.Tgt
	known := a.known[st.lang]
	// the source's mentions, abbreviations resolved
	srcs := make([]srcMention, 0, len(st.src))
	for _, m := range st.src {
		if m.abbrev {
			var res []string
			for _, id := range m.ids {
				if docIDs[id] {
					res = append(res, id)
				}
			}
			if len(res) == 1 {
				m.ids, m.abbrev = res, false
			} else {
				m.weak = true // matched if the translation names a candidate; never missing
			}
		}
		srcs = append(srcs, m)
	}
	var tgts []tgtMention
	for i := range st.tgt {
		m := &st.tgt[i]
		switch m.Kind {
		case entities.Country, entities.Group:
			ids := knownIDs(m.Entities, known)
			if len(ids) == 0 {
				continue
			}
			// A capital or city is no state named: it matches, and is
			// never added (تونس and عمان are also capitals).
			counted := !m.Weak && (m.Form == entities.FormName || m.Form == entities.FormNisba) && len(ids) == len(m.Entities)
			place := m.Form == entities.FormCapital || m.Form == entities.FormCity
			capital := false
			for _, c := range m.Candidates {
				if c.Form == entities.FormCapital || c.Form == entities.FormCity {
					counted = false
					capital = true
				}
			}
			tgts = append(tgts, tgtMention{m: m, ids: ids, counted: counted, place: place, capital: capital})
		case entities.Person:
			ids := knownIDs(m.Entities, known)
			if len(ids) == 0 {
				continue
			}
			tgts = append(tgts, tgtMention{m: m, ids: ids, person: true, counted: len(ids) == len(m.Entities)})
		}
	}
	// What each side names anywhere: every candidate, and the state of
	// every official (الرئيس أردوغان translates Turkish President Erdogan).
	srcAll, tgtAll := map[string]bool{}, map[string]bool{}
	for _, m := range srcs {
		for _, id := range m.ids {
			srcAll[id] = true
			if e, ok := a.g.Lookup(id); ok && e.Kind == entities.Person {
				srcAll[e.Country] = true
			}
		}
	}
	// tgtNamed: the states the translation names itself (an official's
	// state not counted).
	tgtNamed := map[string]bool{}
	for i := range st.tgt {
		for _, id := range st.tgt[i].Entities {
			tgtAll[id] = true
			tgtNamed[id] = true
			if e, ok := a.g.Lookup(id); ok && (e.Kind == entities.Person || e.Kind == entities.Title) {
				tgtAll[e.Country] = true
			}
		}
	}
	inAll := func(all map[string]bool, ids []string) bool {
		for _, id := range ids {
			if all[id] {
				return true
			}
		}
		return false
	}
	srcMatched := make([]int, len(srcs)) // index+1 of the target mention
	tgtMatched := make([]bool, len(tgts))
	isPerson := func(m srcMention) bool { return m.kind == entities.Person }
	// Pass 1: one id on both sides; pass 2: any shared candidate; pass 3
	// (after wrong entities are paired, below): capitals and cities. Each
	// source mention takes the target mention nearest its relative
	// position.
	match := func(pass int) {
		for si, s := range srcs {
			if srcMatched[si] != 0 {
				continue
			}
			best, bestD := -1, 2.0
			for ti, t := range tgts {
				// Names and nisbas match first, capitals with capitals
				// (Beijing ↔ بكين); the last pass matches what is left of
				// either with any mention of its state (Beijing ↔ الصين).
				if tgtMatched[ti] || t.person != isPerson(s) || pass < 2 && t.place != s.place || pass == 2 && !t.place && !s.place {
					continue
				}
				if pass == 2 && !overlaps(s.ids, t.ids) {
					continue
				}
				if pass == 0 && (len(s.ids) != 1 || len(t.ids) != 1 || s.ids[0] != t.ids[0]) {
					continue
				}
				if pass == 1 && !overlaps(s.ids, t.ids) {
					continue
				}
				if d := relDist(s.start, len(src), t.m.Start, len(tgt)); d < bestD {
					best, bestD = ti, d
				}
			}
			if best >= 0 {
				srcMatched[si], tgtMatched[best] = best+1, true
			}
		}
	}
	match(0)
	match(1)
	// Ambiguous abbreviations: reported whether or not the translation
	// chose a candidate.
	for si, s := range srcs {
		if !s.abbrev {
			continue
		}
		f := Finding{Kind: AmbiguousSource, Severity: consistency.SeverityWarning, Candidates: s.ids,
			Src: mkSpan(src, s.start, s.end), Tgt: mkSpan(tgt, 0, len(tgt))}
		names := a.englishList(s.ids)
		if ti := srcMatched[si]; ti != 0 {
			t := tgts[ti-1]
			f.Tgt = mkSpan(tgt, t.m.Start, t.m.End)
			f.Expected = firstShared(s.ids, t.ids)
			f.Message = fmt.Sprintf("%q may stand for %s; no full name in the document decides which; the translation reads it as %s", src[s.start:s.end], names, a.english(f.Expected))
		} else {
			f.Message = fmt.Sprintf("%q may stand for %s; no full name in the document decides which", src[s.start:s.end], names)
		}
		fs = append(fs, f)
	}
	// Leftovers: pair a source mention with a target mention of the same
	// class (state or person): a wrong entity.
	//
	// bestFor finds the target mention for source mention si: first one
	// of what the source does not name; then, without counts, one of a
	// state the source names too, only when the source's state is gone
	// from the translation (Russia and Egypt → روسيا وليبيا in a text
	// about Libya); a group (الدول العربية) last, when no state is left.
	// Any reading of a state by name or nisba pairs, also a homograph
	// (المالي) or a name that is also a capital (سنغافورة): the source's
	// unmatched state makes it likely. A capital pairs with a capital only
	// (Baku → كابول, or a name that is also a capital: الجزائر).
	bestFor := func(si int) (int, float64) {
		s := srcs[si]
		best, bestD := -1, 2.0
		for pass := 0; pass < 3 && best < 0; pass++ {
			for ti, t := range tgts {
				if tgtMatched[ti] || t.person != isPerson(s) || t.place != s.place && !(s.place && t.capital) {
					continue
				}
				named := inAll(srcAll, t.ids)
				group := t.m.Kind == entities.Group
				switch pass {
				case 0:
					if group || named && !a.opts.Counts {
						continue
					}
				case 1:
					if group || !named || inAll(tgtNamed, s.ids) {
						continue
					}
				case 2:
					if !group || named {
						continue
					}
				}
				if d := relDist(s.start, len(src), t.m.Start, len(tgt)); d < bestD {
					best, bestD = ti, d
				}
			}
		}
		return best, bestD
	}
	pair := func(si, best int) {
		s := srcs[si]
		// Of two mentions of the same state in the translation, the one
		// left over is the one nearer the source's unmatched mention
		// (Japan and South Korea → كوريا الجنوبية وكوريا الجنوبية: the
		// first is the slip).
		for sj, sm := range srcs {
			tj := srcMatched[sj] - 1
			if sj == si || tj < 0 || !slices.Equal(tgts[tj].ids, tgts[best].ids) {
				continue
			}
			now := relDist(s.start, len(src), tgts[best].m.Start, len(tgt)) + relDist(sm.start, len(src), tgts[tj].m.Start, len(tgt))
			swapped := relDist(s.start, len(src), tgts[tj].m.Start, len(tgt)) + relDist(sm.start, len(src), tgts[best].m.Start, len(tgt))
			if swapped < now {
				srcMatched[sj] = best + 1
				best = tj
			}
		}
		t := tgts[best]
		srcMatched[si], tgtMatched[best] = best+1, true
		f := Finding{Kind: WrongEntity, Severity: consistency.SeverityError, Entity: t.ids[0], Src: mkSpan(src, s.start, s.end), Tgt: mkSpan(tgt, t.m.Start, t.m.End)}
		if len(s.ids) == 1 {
			f.Expected = s.ids[0]
			if sug, ok := a.suggest(st.t, t, s.ids[0]); ok {
				f.Suggestion = &sug
			}
		} else {
			f.Candidates = s.ids
		}
		f.Message = fmt.Sprintf("the source names %s (%s) where the translation names %s (%s)", a.englishList(s.ids), src[s.start:s.end], a.englishList(t.ids), t.m.Text)
		fs = append(fs, f)
	}
	for si, s := range srcs {
		if srcMatched[si] != 0 || s.abbrev || s.derived {
			continue
		}
		if best, _ := bestFor(si); best >= 0 {
			pair(si, best)
		}
	}
	// Adjectives read by their stem (nigeriano) pair after the listed
	// forms, nearest pair first (a verb read as a state, reunió, must not
	// take the pair of nigeriano).
	for {
		bs, bt, bd := -1, -1, 2.0
		for si, s := range srcs {
			if srcMatched[si] != 0 || !s.derived {
				continue
			}
			if t, d := bestFor(si); t >= 0 && d < bd {
				bs, bt, bd = si, t, d
			}
		}
		if bs < 0 {
			break
		}
		pair(bs, bt)
	}
	match(2)
	for si, s := range srcs {
		if srcMatched[si] != 0 || s.weak || s.place || s.kind == entities.Group {
			continue
		}
		if !a.opts.Counts && inAll(tgtAll, s.ids) {
			continue
		}
		if !inAll(tgtAll, s.ids) && a.glued(st, s) {
			continue // written without a space before or after (الصينالآن)
		}
		if f, ok := a.misspelt(st, s); ok {
			// A state has one spelling; a person's name is transliterated
			// many ways (مورالس، موراليس): the person is there.
			if s.kind != entities.Person {
				fs = append(fs, f)
			}
			continue
		}
		fs = append(fs, Finding{Kind: MissingEntity, Severity: consistency.SeverityWarning, Entity: s.ids[0], Candidates: multi(s.ids),
			Src: mkSpan(src, s.start, s.end), Tgt: mkSpan(tgt, 0, len(tgt)),
			Message: fmt.Sprintf("the source names %s (%s); the translation does not (or names it fewer times)", a.englishList(s.ids), src[s.start:s.end])})
	}
	for ti, t := range tgts {
		if tgtMatched[ti] || !t.counted || t.m.Kind == entities.Group || !a.opts.Counts && inAll(srcAll, t.ids) {
			continue
		}
		// A state the source does not name, easily swapped for one it
		// does (the source names North Korea twice, the translation
		// North Korea and Syria): a wrong entity, not an addition.
		if x := a.confusedWith(t.ids, srcs); x != "" {
			f := Finding{Kind: WrongEntity, Severity: consistency.SeverityError, Entity: t.ids[0], Expected: x,
				Src: mkSpan(src, 0, len(src)), Tgt: mkSpan(tgt, t.m.Start, t.m.End)}
			for _, s := range srcs {
				if slices.Contains(s.ids, x) {
					f.Src = mkSpan(src, s.start, s.end)
					break
				}
			}
			if sug, ok := a.suggest(st.t, t, x); ok {
				f.Suggestion = &sug
			}
			f.Message = fmt.Sprintf("the translation names %s (%s), which the source does not name and which is easily mistaken for %s (%s) that it does", a.englishList(t.ids), t.m.Text, a.english(x), f.Src.Text)
			fs = append(fs, f)
			continue
		}
		fs = append(fs, Finding{Kind: AddedEntity, Severity: consistency.SeverityWarning, Entity: t.ids[0], Candidates: multi(t.ids),
			Src: mkSpan(src, 0, len(src)), Tgt: mkSpan(tgt, t.m.Start, t.m.End),
			Message: fmt.Sprintf("the translation names %s (%s); the source does not (or names it fewer times)", a.englishList(t.ids), t.m.Text)})
	}
	// Name variants across the document's segments.
	for ti, t := range tgts {
		if !t.person || len(t.ids) != 1 || !tgtMatched[ti] && !t.counted {
			continue
		}
		key := a.surnameIn(st.t.Norm[t.m.NormStart:t.m.NormEnd], t.ids[0])
		if people.first == nil {
			people.first = map[string]peopleFirst{}
		}
		p, seen := people.first[t.ids[0]]
		if !seen {
			people.first[t.ids[0]] = peopleFirst{seg: segName, key: key, span: mkSpan(tgt, t.m.Start, t.m.End)}
			continue
		}
		if p.key == key {
			continue
		}
		f := Finding{Kind: NameVariant, Severity: consistency.SeverityWarning, Entity: t.ids[0],
			Src: mkSpan(src, 0, len(src)), Tgt: mkSpan(tgt, t.m.Start, t.m.End), First: &Ref{Segment: p.seg, Tgt: p.span},
			Message: fmt.Sprintf("%s is spelled %q here and %q in segment %s", a.english(t.ids[0]), t.m.Text, p.span.Text, p.seg)}
		for si, s := range srcs {
			if srcMatched[si] == ti+1 {
				f.Src = mkSpan(src, s.start, s.end)
			}
		}
		fs = append(fs, f)
	}
	sortFindings(fs)
	return fs
}

// sortFindings orders findings by their source span, then target span.
func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Src.Start != fs[j].Src.Start {
			return fs[i].Src.Start < fs[j].Src.Start
		}
		return fs[i].Tgt.Start < fs[j].Tgt.Start
	})
}

// minConfusable is the confusability score (0–1) from which an added
// state counts as a swap for a state of the source.
const minConfusable = 0.5

// confusedWith returns the source state most easily swapped for the
// target's ids, "" when none scores minConfusable.
func (a *Aligner) confusedWith(ids []string, srcs []srcMention) string {
	best, bestScore := "", minConfusable
	for _, s := range srcs {
		if s.kind != entities.Country || s.abbrev {
			continue
		}
		for _, x := range s.ids {
			for _, y := range ids {
				if sc := a.conf.Score(x, y); sc >= bestScore && (sc > bestScore || best == "" || x < best) {
					best, bestScore = x, sc
				}
			}
		}
	}
	return best
}

// misspelt looks in the target for a word whose phonetic key is that of
// the source's state (a one-word name) or official (a surname): the entity
// is there, spelled in a way the gazetteer does not know.
func (a *Aligner) misspelt(st *segState, s srcMention) (Finding, bool) {
	toks := st.t.Tokens()
	tagged := make(map[int]bool, len(st.tgt))
	for _, m := range st.tgt {
		for k := m.FirstTok; k <= m.LastTok; k++ {
			tagged[k] = true
		}
	}
	for i := range toks {
		if tagged[i] {
			continue
		}
		w := st.t.TokenText(i)
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		for _, id := range a.surnameKey[arabic.PhoneticKey(w)] {
			if !slices.Contains(s.ids, id) {
				continue
			}
			start, end := st.t.OrigSpan(toks[i].Start, toks[i].End)
			f := Finding{Kind: NameVariant, Severity: consistency.SeverityWarning, Entity: id, Expected: id,
				Src: mkSpan(st.seg.Src, s.start, s.end), Tgt: mkSpan(st.seg.Tgt, start, end)}
			if e, ok := a.g.Lookup(id); ok && len(e.Surname) > 0 {
				sug := e.Surname[0]
				f.Suggestion = &sug
			} else if ok && e.Kind == entities.Country {
				sug := e.Names[0]
				f.Suggestion = &sug
			}
			f.Message = fmt.Sprintf("%s is spelled %q, a spelling the gazetteer does not know", a.english(id), f.Tgt.Text)
			if f.Suggestion != nil {
				f.Message += fmt.Sprintf(" (it writes %s)", *f.Suggestion)
			}
			return f, true
		}
	}
	return Finding{}, false
}

// glued reports whether a name or nisba of one of s's entities is in the
// target written together with a neighbouring word (a space lost:
// الصينالآن): the entity is there, though the tagger, which reads whole
// words, does not see it. Forms of at least four letters count.
func (a *Aligner) glued(st *segState, s srcMention) bool {
	n := a.tg.Normalizer()
	noSpace := strings.ReplaceAll(st.t.Norm, " ", "")
	// In a text that lost its spaces (a word of 15 letters or more), a
	// form of three letters counts too (مون in معمونهذاالشهر).
	minLetters := 4
	for _, w := range strings.Fields(st.t.Norm) {
		if utf8.RuneCountInString(w) >= 15 {
			minLetters = 3
			break
		}
	}
	for _, id := range s.ids {
		e, ok := a.g.Lookup(id)
		if !ok {
			continue
		}
		forms := append(append(append(append([]string(nil), e.Names...), e.Nisba.M...), e.Surname...), e.Capital...)
		for _, f := range forms {
			f = strings.ReplaceAll(n.FoldString(f), " ", "")
			for _, g := range [2]string{f, strings.TrimPrefix(f, "ال")} {
				if utf8.RuneCountInString(g) >= minLetters && strings.Contains(noSpace, g) {
					return true
				}
			}
		}
	}
	return false
}

// suggest names expected in the form of target mention t.
func (a *Aligner) suggest(txt *arabic.Text, t tgtMention, expected string) (string, bool) {
	if !t.person {
		return a.c.Suggest(txt.Norm, t.m, expected)
	}
	e, ok := a.g.Lookup(expected)
	if !ok || e.Kind != entities.Person || len(e.Names) == 0 {
		return "", false
	}
	if !strings.Contains(strings.TrimSpace(t.m.Text), " ") && len(e.Surname) > 0 {
		return e.Surname[0], true
	}
	return e.Names[0], true
}

func (a *Aligner) english(id string) string {
	if e, ok := a.g.Lookup(id); ok && e.English != "" {
		return e.English
	}
	return id
}

func (a *Aligner) englishList(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = a.english(id)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

func multi(ids []string) []string {
	if len(ids) > 1 {
		return ids
	}
	return nil
}

func overlaps(a, b []string) bool { return firstShared(a, b) != "" }

func firstShared(a, b []string) string {
	for _, x := range a {
		if slices.Contains(b, x) {
			return x
		}
	}
	return ""
}

// relDist is the distance between two relative positions in their texts.
func relDist(s, slen, t, tlen int) float64 {
	x := float64(s) / float64(max(slen, 1))
	y := float64(t) / float64(max(tlen, 1))
	if x > y {
		return x - y
	}
	return y - x
}

// surnameIn returns the word of a person mention that is one of the
// person's surnames (normalised), else its last word: وانغ in وانغ يي and
// in وانغ alone.
func (a *Aligner) surnameIn(mention, id string) string {
	if e, ok := a.g.Lookup(id); ok {
		n := a.tg.Normalizer()
		for _, w := range strings.Fields(mention) {
			for _, sn := range e.Surname {
				if n.FoldString(sn) == w {
					return w
				}
			}
		}
	}
	return lastWord(mention)
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// mkSpan makes the span [start, end) of text with its code-point and
// UTF-16 offsets.
func mkSpan(text string, start, end int) Span {
	sp := Span{Start: start, End: end, Text: text[start:end]}
	c, u := 0, 0
	for i, r := range text {
		if i == start {
			sp.CharStart, sp.UTF16Start = c, u
		}
		if i == end {
			sp.CharEnd, sp.UTF16End = c, u
			return sp
		}
		c++
		u++
		if r >= 0x10000 {
			u++
		}
	}
	if start == len(text) {
		sp.CharStart, sp.UTF16Start = c, u
	}
	sp.CharEnd, sp.UTF16End = c, u
	return sp
}

// knownIDs returns the ids that known holds, in order (nil when none).
func knownIDs(ids []string, known map[string]bool) []string {
	var out []string
	for _, id := range ids {
		if known[id] {
			out = append(out, id)
		}
	}
	return out
}
