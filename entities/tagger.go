package entities

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/internal/wordset"
)

// Mention is one entity mention, spans in ORIGINAL bytes.
type Mention struct {
	Start, End         int      // original bytes of the mention, proclitics (و ب ل ك ف) excluded; a merged لل keeps its second lam (the article) inside
	NormStart, NormEnd int      // the same in Text.Norm
	FirstTok, LastTok  int      // token indices (inclusive) in Text.TokenList() (and Text.Tokens())
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

// pattern is one compiled surface form without proclitics: the first
// normalised token is looked up (with each proclitic combination) in
// Tagger.groups; rest are the following normalised tokens.
type pattern struct {
	rest     []string
	latin    bool
	ents     []string
	cands    []Candidate
	kind     Kind
	form     Form
	gender   Gender
	number   Number
	definite bool
	weak     bool
}

// ref is one way a first-token key reads: pattern pat after a proclitic of
// pre bytes. second, when above 0, is the pattern's second token (its
// rest[0]) as Tagger.seconds[second-1]; it is 0 for a pattern of one token
// and latinRest for a Latin pattern of more, whose tokens compare ignoring
// case. It is kept beside the ref so that a key with many patterns (علي
// starts many names) is read without loading the patterns the token after
// it rules out, and a pattern of one token matches without loading it.
type ref struct {
	pat    int32
	pre    int32
	second int32
}

// latinRest is ref.second for a Latin pattern of more than one token.
const latinRest = -1

// group is the refs of one first-token key, refs[start:start+n].
type group struct {
	start, n int32
}

// Tagger finds entity mentions. It is compiled once from a gazetteer;
// immutable, safe for concurrent use.
type Tagger struct {
	g    *Gazetteer
	n    *arabic.Normalizer
	pats []pattern
	// keys holds every first-token key (proclitics included), behind a
	// Bloom filter: most words of a text are no entity and are rejected
	// at once. groups[i] locates the refs of key i (whole-word readings
	// first, then the longest).
	keys   *wordset.Set
	groups []group
	refs   []ref
	// seconds are the distinct second tokens of the Arabic patterns
	// (ref.second); secondSet holds them in the same order (the index of
	// seconds[i] is i, its ref.second i+1), for matchAt's large groups.
	seconds   []string
	secondSet *wordset.Set
	// nkeys is how many of keys' words are first-token keys (index i <
	// nkeys is group i); the others are words of the vocabulary only
	// (NewTaggerWords). vals holds the vocabulary's value of each of keys'
	// words (nil without a vocabulary).
	nkeys int
	vals  []uint16
	// runeVals holds the value of each word of one rune below U+0800
	// (punctuation, one-letter words), by rune: valueOf reads it instead
	// of a lookup in keys. nil without a vocabulary.
	runeVals []uint16
	// whole maps a normalised prefix-less form key to its pattern, for Lookup.
	whole map[string]int32
	// people indexes the gazetteer's people by name keys.
	people *People
	// maxFirst is the longest key in bytes.
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
	return newTagger(g, n, nil, nil)
}

// NewTaggerWords is NewTagger with a vocabulary of the caller's: words
// (normalised, distinct) and a value for each (vals[i] for words[i]; 0
// is no value). AppendTagsFromValues then gives every token the value of
// its word in the lookup that finds entities, so that a caller who needs
// both reads each word once.
func NewTaggerWords(g *Gazetteer, n *arabic.Normalizer, words []string, vals []uint16) (*Tagger, error) {
	if len(words) != len(vals) {
		return nil, fmt.Errorf("entities: NewTaggerWords: %w: %d words, %d values", ErrInvalid, len(words), len(vals))
	}
	return newTagger(g, n, words, vals)
}

func newTagger(g *Gazetteer, n *arabic.Normalizer, vocab []string, vocabVals []uint16) (*Tagger, error) {
	if g == nil {
		return nil, fmt.Errorf("entities: NewTagger: %w: nil gazetteer", ErrInvalid)
	}
	if n == nil {
		return nil, ErrNoNormalizer
	}
	homographs := map[string]bool{}
	for _, k := range formKeys(n, g.Homographs) {
		homographs[k] = true
	}
	type entry struct {
		key    string
		toks   []string
		latin  bool
		claims []claim
	}
	all := normalizedSurfaces(g, n)
	byKey := make(map[string]int32, len(all)) // becomes Tagger.whole
	entries := make([]entry, 0, len(all))
	for _, ns := range all {
		if len(ns.toks) == 0 {
			continue
		}
		if ns.s.personDerived && homographs[ns.key] {
			continue // a surname that is also a common word
		}
		i, ok := byKey[ns.key]
		if !ok {
			i = int32(len(entries))
			byKey[ns.key] = i
			entries = append(entries, entry{key: ns.key, toks: ns.toks, latin: ns.s.latin})
		}
		entries[i].claims = append(entries[i].claims, claim{ns.e, ns.s})
	}
	t := &Tagger{g: g, n: n, pats: make([]pattern, len(entries)), whole: byKey}
	t.people = newPeople(g, func(s string) []string { return strings.Fields(n.Normalize([]byte(s)).Norm) })

	// All first-token keys go into one arena: one allocation for the keys.
	type rec struct {
		off, end, pat, group int32
		pre                  uint8
	}
	// The proclitics (arabic.Proclitics, "" first) are tried before every
	// surface form; the article stays inside the span, and ل before it
	// merges into لل (arabic.Attach).
	proclitics := arabic.Proclitics()
	recs := make([]rec, 0, len(entries)*len(proclitics))
	arenaSize := 0
	for _, en := range entries {
		arenaSize += len(proclitics) * (len(en.toks[0]) + 4)
	}
	arena := make([]byte, 0, arenaSize)
	for i, en := range entries {
		p := compile(en.claims)
		p.rest = en.toks[1:]
		p.latin = en.latin
		p.weak = homographs[en.key]
		t.pats[i] = p
		prefixes := proclitics
		if en.latin {
			prefixes = proclitics[:1]
		}
		first := en.toks[0]
		for _, pre := range prefixes {
			off := len(arena)
			if p.definite {
				arena = append(arena, arabic.Attach(pre, first)...) // ل + الصين → للصين
			} else {
				arena = append(arena, pre...)
				arena = append(arena, first...)
			}
			recs = append(recs, rec{off: int32(off), end: int32(len(arena)), pat: int32(i), pre: uint8(len(pre))})
			t.maxFirst = max(t.maxFirst, len(arena)-off)
		}
	}
	// One key per group, in the order of first appearance. The keys are
	// substrings of the arena made one string (one allocation).
	words := string(arena)
	groupOf := make(map[string]int32, len(recs))
	keys := make([]string, 0, len(recs))
	for i := range recs {
		r := &recs[i]
		key := words[r.off:r.end]
		gi, ok := groupOf[key]
		if !ok {
			gi = int32(len(keys))
			groupOf[key] = gi
			keys = append(keys, key)
		}
		r.group = gi
	}
	// The vocabulary's words follow the keys in one set: a word that is
	// also a key keeps the key's index.
	t.nkeys = len(keys)
	setWords := keys
	if vocab != nil {
		setWords = slices.Clip(keys)
		t.vals = make([]uint16, len(keys), len(keys)+len(vocab))
		seen := make(map[string]bool, len(vocab))
		for i, w := range vocab {
			if seen[w] {
				return nil, fmt.Errorf("entities: NewTaggerWords: %w: word %q given twice", ErrInvalid, w)
			}
			seen[w] = true
			if gi, ok := groupOf[w]; ok {
				t.vals[gi] = vocabVals[i]
				continue
			}
			setWords = append(setWords, w)
			t.vals = append(t.vals, vocabVals[i])
		}
	}
	var err error
	if t.keys, err = wordset.New(setWords, tagFilterBits); err != nil {
		return nil, fmt.Errorf("entities: NewTagger: %w", err)
	}
	t.groups = make([]group, len(keys))
	for _, r := range recs {
		t.groups[r.group].n++
	}
	var start int32
	for i := range t.groups {
		t.groups[i].start = start
		start += t.groups[i].n
		t.groups[i].n = 0
	}
	t.refs = make([]ref, len(recs))
	secondOf := make(map[string]int32, len(t.pats))
	for _, r := range recs {
		gr := &t.groups[r.group]
		rf := ref{pat: r.pat, pre: int32(r.pre)}
		if p := &t.pats[r.pat]; len(p.rest) > 0 && p.latin {
			rf.second = latinRest
		} else if len(p.rest) > 0 {
			if rf.second = secondOf[p.rest[0]]; rf.second == 0 {
				t.seconds = append(t.seconds, p.rest[0])
				rf.second = int32(len(t.seconds))
				secondOf[p.rest[0]] = rf.second
			}
		}
		t.refs[gr.start+gr.n] = rf
		gr.n++
	}
	if t.secondSet, err = wordset.New(t.seconds, tagFilterBits); err != nil {
		return nil, fmt.Errorf("entities: NewTagger: %w", err)
	}
	for _, gr := range t.groups {
		if gr.n < 2 {
			continue
		}
		rs := t.refs[gr.start : gr.start+gr.n]
		slices.SortStableFunc(rs, func(a, b ref) int {
			if (a.pre == 0) != (b.pre == 0) {
				if a.pre == 0 {
					return -1 // the whole word first
				}
				return 1
			}
			return cmp.Compare(len(t.pats[b.pat].rest), len(t.pats[a.pat].rest)) // then the longest
		})
	}
	if t.vals != nil {
		t.runeVals = make([]uint16, runeVals)
		var b [utf8.UTFMax]byte
		for r := range rune(runeVals) {
			if i := t.keys.Index(string(utf8.AppendRune(b[:0], r))); i >= 0 {
				t.runeVals[r] = t.vals[i]
			}
		}
	}
	return t, nil
}

// runeVals is the number of runes whose words' values a Tagger keeps in a
// table (Tagger.runeVals): those of one or two bytes in UTF-8.
const runeVals = 0x800

// tagFilterBits is the Bloom filter's size per first-token key, in bits.
const tagFilterBits = 16

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
	for _, c := range cs {
		if c.e.Kind != best.e.Kind {
			continue
		}
		cd := Candidate{ID: c.e.ID, Kind: c.e.Kind, Form: c.s.form}
		if !slices.Contains(p.cands, cd) {
			p.cands = append(p.cands, cd)
		}
		if !slices.Contains(p.ents, c.e.ID) {
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

// People returns the index of the gazetteer's people by name keys, built
// with the tagger's normaliser.
func (tg *Tagger) People() *People { return tg.people }

// Normalizer returns the normaliser the tagger was compiled with.
func (tg *Tagger) Normalizer() *arabic.Normalizer { return tg.n }

// Lookup tags form (one surface form without proclitics, e.g. a suggestion
// the checker is about to make) and reports its reading: candidate ids,
// kind, form, gender, number, definiteness. ok is false when form is not a
// whole surface form of the gazetteer.
func (tg *Tagger) Lookup(form string) (m Mention, ok bool) {
	toks, _ := normalizedTokens(tg.n, form)
	pi, ok := tg.whole[formKey(toks)]
	if !ok {
		return Mention{}, false
	}
	p := &tg.pats[pi]
	return Mention{Text: form, Entities: p.ents, Kind: p.kind, Form: p.form, Definite: p.definite,
		Gender: p.gender, Number: p.number, Weak: p.weak, Candidates: p.cands, End: len(form)}, true
}

// Forms returns every first-token key the tagger looks up joined with the
// rest of its pattern by single spaces: each surface form, normalised, with
// each proclitic combination, as it stands in normalised text. Sorted, no
// duplicates. For comparison with other matchers and for debugging.
func (tg *Tagger) Forms() []string {
	seen := make(map[string]bool, len(tg.refs))
	for gi, g := range tg.groups {
		key := tg.keys.Word(gi)
		for _, r := range tg.refs[g.start : g.start+g.n] {
			p := &tg.pats[r.pat]
			f := key
			if len(p.rest) > 0 {
				f += " " + strings.Join(p.rest, " ")
			}
			seen[f] = true
		}
	}
	out := make([]string, 0, len(seen))
	for f := range seen {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// TagBytes normalises src with the tagger's normaliser and tags it.
func (tg *Tagger) TagBytes(src []byte) []Mention {
	return tg.Tag(tg.n.Normalize(src))
}

// Tag returns the mentions in t, leftmost-longest, in text order,
// non-overlapping. A name may span several tokens separated by horizontal
// white space; any other character between tokens (a line break,
// punctuation not part of the name) ends it. The first token is looked up
// as a whole word first, then with its proclitics split off. Tag allocates
// the returned slice (exactly sized) and one string holding all mention
// texts, nothing per token.
func (tg *Tagger) Tag(t *arabic.Text) []Mention {
	return tg.AppendTags(nil, t)
}

// AppendTags appends the mentions in t (as Tag finds them) to dst and
// returns the extended slice, growing it at most once: a caller checking
// many documents can reuse one slice. With no mention, dst is returned
// unchanged (nil when dst is nil).
func (tg *Tagger) AppendTags(dst []Mention, t *arabic.Text) []Mention {
	if t == nil || t.TokenList().Len() == 0 {
		return dst
	}
	// Pass 1 counts the mentions, remembering the first len(hits) of them,
	// so that the result is allocated once; a document with more mentions
	// than that is scanned again from the first one not remembered.
	var hits [128]hit
	n, count := 0, 0
	for i := 0; ; {
		h, ok := tg.next(t, i, nil)
		if !ok {
			break
		}
		if n < len(hits) {
			hits[n] = h
			n++
		}
		count++
		i = h.last + 1
	}
	if count == 0 {
		return dst
	}
	base := len(dst)
	if cap(dst)-base < count {
		nd := make([]Mention, base, base+count)
		copy(nd, dst)
		dst = nd
	}
	dst = dst[:base+count]
	out := dst[base:]
	for k := 0; k < n; k++ {
		tg.fill(t, &out[k], hits[k])
	}
	for k, i := n, hits[n-1].last+1; k < count; k++ {
		h, _ := tg.next(t, i, nil)
		tg.fill(t, &out[k], h)
		i = h.last + 1
	}
	fillTexts(t, out)
	return dst
}

// AppendTagsFrom appends to dst at most limit of the mentions Tag finds
// in t, the first of them starting at token from or later, and returns
// the extended slice and the token to go on from (t's token count when
// the text is done). Tagging a text piece by piece, each piece into the
// same storage, gives Tag's mentions without holding them all at once:
// a caller that keeps a smaller record of each mention never holds the
// text's mentions twice. The texts of one call share one allocation.
func (tg *Tagger) AppendTagsFrom(dst []Mention, t *arabic.Text, from, limit int) ([]Mention, int) {
	return tg.AppendTagsFromValues(dst, nil, t, from, limit)
}

// AppendTagsFromValues is AppendTagsFrom that also sets vals[k], for
// every token k from from up to the token returned, to the value the
// vocabulary of NewTaggerWords gives token k's normalised text as written
// (0 for none, and for every token with a tagger made by NewTagger). vals
// must hold a value for each of t's tokens (nil: none are set).
func (tg *Tagger) AppendTagsFromValues(dst []Mention, vals []uint16, t *arabic.Text, from, limit int) ([]Mention, int) {
	return tg.appendTagsFrom(dst, vals, t, from, limit, true)
}

// AppendSpansFromValues is AppendTagsFromValues with each mention's Text
// left empty: for a caller that reads a mention's bytes from its Start and
// End in t.Orig when it needs them, it saves copying every mention's text.
// The mentions are otherwise AppendTagsFromValues's.
func (tg *Tagger) AppendSpansFromValues(dst []Mention, vals []uint16, t *arabic.Text, from, limit int) ([]Mention, int) {
	return tg.appendTagsFrom(dst, vals, t, from, limit, false)
}

// appendTagsFrom is AppendTagsFromValues, with the mentions' texts or
// without.
func (tg *Tagger) appendTagsFrom(dst []Mention, vals []uint16, t *arabic.Text, from, limit int, texts bool) ([]Mention, int) {
	if t == nil {
		return dst, 0
	}
	n := t.TokenList().Len()
	from = max(from, 0)
	base := len(dst)
	for i := from; len(dst)-base < limit; {
		h, ok := tg.next(t, i, vals)
		if !ok {
			from = n
			break
		}
		if vals != nil { // the match's other tokens, which next does not pass
			for k := h.first + 1; k <= h.last; k++ {
				vals[k] = tg.valueOf(t.TokenText(k))
			}
		}
		dst = append(dst, Mention{})
		tg.fill(t, &dst[len(dst)-1], h)
		i = h.last + 1
		from = i
	}
	if texts {
		fillTexts(t, dst[base:])
	}
	return dst, min(from, n)
}

// hit is a match found by next: tokens first..last, read as r.
type hit struct {
	first, last int
	r           ref
}

// next finds the first match starting at token i or later. With vals, it
// also sets vals[k] to the value of token k's word (valueOf) for every
// token k it passes, up to the match's first token.
func (tg *Tagger) next(t *arabic.Text, i int, vals []uint16) (hit, bool) {
	toks := t.TokenList()
	var buf [64]byte
	for n := toks.Len(); i < n; i++ {
		kind := toks.Kind(i)
		if kind != arabic.Word && kind != arabic.Latin {
			if vals != nil {
				vals[i] = tg.valueOf(t.TokenText(i))
			}
			continue
		}
		ts, te := toks.Span(i)
		word := t.Norm[ts:te]
		if te-ts > tg.maxFirst {
			if vals != nil {
				vals[i] = tg.valueOf(word)
			}
			continue
		}
		var gi int
		if kind == arabic.Latin {
			if vals != nil {
				vals[i] = tg.valueOf(word) // as written; keys are looked up in lower case
			}
			if len(word) > len(buf) {
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
			gi = tg.keys.Index(string(lb))
		} else {
			gi = tg.keys.Index(word)
			if vals != nil {
				vals[i] = 0
				if gi >= 0 && tg.vals != nil {
					vals[i] = tg.vals[gi]
				}
			}
		}
		if gi < 0 || gi >= tg.nkeys { // most words: no entity's first token
			continue
		}
		if h, ok := tg.matchAt(t, i, te, gi); ok {
			return h, true
		}
	}
	return hit{}, false
}

// valueOf returns the vocabulary's value of a normalised word
// (NewTaggerWords), 0 when it has none.
func (tg *Tagger) valueOf(w string) uint16 {
	if tg.vals == nil {
		return 0
	}
	// A word of one rune (most tokens that are no word are one
	// punctuation rune) is read from the table.
	switch {
	case len(w) == 1 && w[0] < utf8.RuneSelf:
		return tg.runeVals[w[0]]
	case len(w) == 2 && w[0] >= 0xC2 && w[0] < 0xE0 && w[1]&0xC0 == 0x80:
		return tg.runeVals[int(w[0]&0x1F)<<6|int(w[1]&0x3F)]
	}
	if i := tg.keys.Index(w); i >= 0 {
		return tg.vals[i]
	}
	return 0
}

// maxScannedRefs is the size of a group of refs above which matchAt
// compares the refs' second tokens by index.
const maxScannedRefs = 8

// matchAt returns the first of key gi's patterns that matches at token i
// (which ends at byte te of the normalised text).
func (tg *Tagger) matchAt(t *arabic.Text, i, te, gi int) (hit, bool) {
	toks := t.TokenList()
	// The token after i, as the patterns of more than one token read
	// it first: read once for the key, not once per pattern (a common
	// word such as علي starts many names).
	var after string
	afterOK := false
	if i+1 < toks.Len() {
		if cs, ce := toks.Span(i + 1); horizontalSpace(t.Norm[te:cs]) {
			after, afterOK = t.Norm[cs:ce], true
		}
	}
	g := tg.groups[gi]
	// In a large group (a common first word: جمهورية، محمد، عبد) the
	// following token's second index is looked up once, and the refs are
	// compared by index without reading their second tokens.
	var want int32 = -1 // after's ref.second; -1: no pattern's second token
	byIndex := g.n > maxScannedRefs
	if byIndex && afterOK {
		if s := tg.secondSet.Index(after); s >= 0 {
			want = int32(s) + 1
		}
	}
	for _, r := range tg.refs[g.start : g.start+g.n] {
		switch {
		case r.second == 0: // a pattern of one token: the key is all of it
			return hit{i, i, r}, true
		case r.second > 0:
			if byIndex && r.second != want || !byIndex && (!afterOK || after != tg.seconds[r.second-1]) {
				continue // the token after i is not the pattern's second
			}
		default: // latinRest
			if !afterOK || !sameToken(after, tg.pats[r.pat].rest[0], true) {
				continue // the same, for a Latin pattern
			}
		}
		// the pattern's second token follows token i (afterOK)
		if last, ok := matchRest(t, i, &tg.pats[r.pat], 1); ok {
			return hit{i, last, r}, true
		}
	}
	return hit{}, false
}

func (tg *Tagger) fill(t *arabic.Text, m *Mention, h hit) {
	p := &tg.pats[h.r.pat]
	tkStart := t.TokenList().Start(h.first)
	ns, ne := tkStart+int(h.r.pre), t.TokenList().End(h.last)
	os, oe := t.OrigSpan(ns, ne)
	*m = Mention{
		Start: os, End: oe, NormStart: ns, NormEnd: ne, FirstTok: h.first, LastTok: h.last,
		Entities: p.ents, Kind: p.kind, Form: p.form, Prefix: t.Norm[tkStart:ns], Definite: p.definite,
		Gender: p.gender, Number: p.number, Weak: p.weak, Candidates: p.cands,
	}
}

// matchRest reports whether p's remaining tokens follow token i; the
// first from of them are known to follow it.
func matchRest(t *arabic.Text, i int, p *pattern, from int) (int, bool) {
	toks := t.TokenList()
	if i+len(p.rest) >= toks.Len() {
		return 0, false
	}
	for j := from; j < len(p.rest); j++ {
		want := p.rest[j]
		cur := i + j + 1
		cs, ce := toks.Span(cur)
		if !horizontalSpace(t.Norm[toks.End(cur-1):cs]) {
			return 0, false
		}
		if !sameToken(t.Norm[cs:ce], want, p.latin) {
			return 0, false
		}
	}
	return i + len(p.rest), true
}

// sameToken says whether a token of the text reads as a pattern's token:
// the same normalised text, or the same letters ignoring case for a
// pattern written in Latin letters.
func sameToken(got, want string, latin bool) bool {
	if latin {
		return strings.EqualFold(got, want)
	}
	return got == want
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
