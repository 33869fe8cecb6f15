package consistency

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/i18n"
	"github.com/nazir-nlp/nazir/internal/wordset"
	"github.com/nazir-nlp/nazir/webtext"
)

// DefaultMinConfidence is the CLI's default --min-confidence, chosen on
// data: the threshold that gives the best F1 of injected conflicts on
// seeded slip draws (internal/slips) over the team's own releases and the
// dev set (seeds 1, 2 and 3) and over the house-style readouts (seeds 1
// and 2), above the strongest country-conflict finding on 150 published,
// clean news articles (0.48 there), with every finding on the dev set and
// the own releases kept. Library users get every finding unless they set
// Options.MinConfidence.
const DefaultMinConfidence = 0.50

// DefaultMaxBytes is the largest document Check accepts by default.
const DefaultMaxBytes = 64 << 20

// Errors callers may branch on (wrapped with context).
var (
	ErrEmpty       = errors.New("empty input")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("input too large")
)

// Options tune a Checker.
type Options struct {
	// MaxBytes refuses larger documents (0 = DefaultMaxBytes).
	MaxBytes int
	// MinConfidence drops findings below it (0 keeps all).
	MinConfidence float64
	// AllowInvalidUTF8 checks documents with invalid UTF-8 (each invalid
	// byte is read as U+FFFD) instead of refusing them.
	AllowInvalidUTF8 bool
	// Language is the language of the findings' messages: "ar" (Arabic,
	// the default when empty) or "en" (English); a BCP 47 tag of either
	// ("ar-EG", "en-GB") is accepted. Only Message changes with it.
	Language string
	// Date is the day every release is judged on: a known official is the
	// office holder a title refers to only if the gazetteer's tenure has
	// them in office on that day. The zero Date reads each release's own
	// date (its dateline, or a date beside اليوم or أمس: package dates);
	// a release that gives none is judged without tenures. Only the
	// calendar day counts.
	Date time.Time
}

// Checker checks releases. It is compiled once and safe for concurrent use:
// its configuration is immutable, and its only mutable part is a sync.Pool
// of working storage that checks borrow and return (no report shares it).
type Checker struct {
	g      *entities.Gazetteer
	tagger *entities.Tagger
	norm   *arabic.Normalizer
	rules  *Rules
	opts   Options
	lang   i18n.Lang // opts.Language, parsed

	lex map[string]classMask // normalised word (with clitic variants) → class bits
	// lexSet and lexClass are lex as classSetOf reads it for every token:
	// the words, sorted, and the index of their class bits in classSets,
	// the distinct values of lex (classSets[0] is 0), so that a check keeps
	// two bytes per token, not eight.
	lexSet    *wordset.Set
	lexClass  []uint16
	classSets []classMask
	classBit  map[string]classMask
	k         classBits // the bits of the classes the code names
	// conflicts and topics are the rules' patterns with class bits resolved.
	conflicts, topics []Pattern
	// conflictsX and topicsX index conflicts and topics by the mentions
	// their X element can match (xIndex).
	conflictsX, topicsX xIndex
	topicBit            classMask          // classes that make a sentence a topic sentence
	pairs               map[[2]string]bool // the rules' confusable pairs, both ways
	confTab             *confusable.Table  // derived confusability of states
	// people indexes the gazetteer's people by name keys (the tagger's).
	people *entities.People
	// givenWords holds the given names of the gazetteer's people as
	// written (normalised).
	givenWords map[string]bool
	// given is the lexicon of given names: what a word must be to be read
	// as somebody's given name.
	given *entities.GivenNames
	// normed holds normWord of every name, given name and surname of the
	// gazetteer's entities, computed once: the people and name stages ask
	// for them on every check. Read-only after New.
	normed map[string]string
	// stateOf holds, for each entity with a state of its own voice, that
	// state as a one-element slice: stateIDs of a mention of one person,
	// agency or title, without allocating. Read-only after New.
	stateOf map[string][]string
	// designations maps the normalised head of a designation (سلطنة،
	// مملكة) to the states whose formal name opens with it
	// (designationsOf). Read-only after New.
	designations map[string][]string
	// designationKeys are designations' keys (normalised heads), sorted;
	// designationLens has bit n set when an article (designationArticles)
	// and a head make n bytes; designationTails holds each head's last
	// four bytes (lastFour).
	designationKeys  []string
	designationLens  uint64
	designationTails []uint32
	// nisbaPair holds, for an entity whose suggestions take another nisba
	// than its first, that nisba's index (ownNisbas). Read-only after New.
	nisbaPair map[string]int
	// arabicGiven says, for each of the gazetteer's people with a given
	// name, whether it is an Arabic one (arabicNamed). Read-only after New.
	arabicGiven map[*entities.Entity]bool
	// messages caches rendered conflict messages (conflictMessage);
	// cachedMessages counts the entries stored, to bound them.
	messages       sync.Map
	cachedMessages atomic.Int64
	chrome         *webtext.Rules
	// readings holds the mentions' readings found so far (readingOf), a
	// map replaced, never changed, when a check adds to it (addReadings);
	// readingsMu orders the additions.
	readings   atomic.Pointer[map[readingKey]*reading]
	readingsMu sync.Mutex
	// states pools the working state of checks (see newState): the Checker's
	// only mutable part, safe for concurrent use.
	states sync.Pool
}

// classesOf returns the class bits of a normalised word.
func (c *Checker) classesOf(w string) classMask { return c.classSets[c.classSetOf(w)] }

// classSetOf returns the index in classSets of a normalised word's class
// bits.
func (c *Checker) classSetOf(w string) uint16 {
	if i := c.lexSet.Index(w); i >= 0 {
		return c.lexClass[i]
	}
	return 0
}

// lexFilterBits is the Bloom filter's size per class word, in bits: with
// about 9,000 class words a filter of 16 KB, which stays in the first-level
// cache, and lets under 5% of other words through.
const lexFilterBits = 12

// New compiles a Checker from a gazetteer and rules.
func New(g *entities.Gazetteer, rules *Rules, opts Options) (*Checker, error) {
	if g == nil || rules == nil {
		return nil, errors.New("consistency: nil gazetteer or rules")
	}
	opts.Date = dayOf(opts.Date)
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if !(opts.MinConfidence >= 0 && opts.MinConfidence <= 1) { // NaN too
		return nil, fmt.Errorf("consistency: Options.MinConfidence %v: want a number from 0 to 1", opts.MinConfidence)
	}
	if err := checkPatternClasses(rules); err != nil {
		return nil, err
	}
	lang, err := i18n.Parse(opts.Language)
	if err != nil {
		return nil, fmt.Errorf("consistency: Options.Language: %w", err)
	}
	norm := arabic.NewNormalizer(arabic.DefaultOptions())
	c := &Checker{g: g, norm: norm, rules: rules, opts: opts, lang: lang,
		lex: map[string]classMask{}, classBit: map[string]classMask{}, pairs: map[[2]string]bool{},
		givenWords: map[string]bool{}, given: entities.DefaultGivenNames()}
	c.normed = c.normGazetteer()
	c.arabicGiven = c.arabicGivenPeople()
	c.stateOf = stateOfEntities(g)
	c.compileDesignations(g)
	for _, e := range g.ByKind(entities.Person) {
		for _, n := range e.Given {
			for _, w := range strings.Fields(c.normWord(n)) {
				c.givenWords[w] = true
			}
		}
	}
	if c.chrome, err = webtext.DefaultRules(); err != nil {
		return nil, fmt.Errorf("consistency: page chrome rules: %w", err)
	}
	if err := c.compileClasses(rules); err != nil {
		return nil, err
	}
	// The tagger knows the class words too: prepare reads each token's
	// class set in the lookup that finds the entities.
	tg, err := entities.NewTaggerWords(g, norm, sortedKeys(c.lex), c.lexClass) // lexClass is in sortedKeys order
	if err != nil {
		return nil, fmt.Errorf("consistency: compiling tagger: %w", err)
	}
	c.tagger, c.people = tg, tg.People()
	c.nisbaPair = c.ownNisbas()
	c.conflicts = c.compile(rules.Conflicts)
	c.topics = c.compile(rules.Topics)
	c.conflictsX, c.topicsX = newXIndex(c.conflicts), newXIndex(c.topics)
	for _, p := range rules.Confusables {
		for _, id := range p {
			if _, ok := g.Lookup(id); !ok {
				return nil, fmt.Errorf("consistency: confusable pair %v: unknown entity %q: %w", p, id, ErrRules)
			}
		}
		c.pairs[[2]string{p[0], p[1]}] = true
		c.pairs[[2]string{p[1], p[0]}] = true
	}
	if c.confTab, err = loadConfusability(); err != nil {
		return nil, err
	}
	return c, nil
}

// compileClasses gives each word class of the rules its bit, builds the
// lexicon of class words with their proclitic forms, and resolves the
// classes the checker's code reads by name (a class the code needs and the
// rules lack is an error).
func (c *Checker) compileClasses(rules *Rules) error {
	names := make([]string, 0, len(rules.Classes))
	for k := range rules.Classes {
		names = append(names, k)
	}
	sort.Strings(names)
	if len(names) > maxClasses {
		return fmt.Errorf("consistency: %d word classes, at most %d: %w", len(names), maxClasses, ErrRules)
	}
	for i, k := range names {
		c.classBit[k] = classOf(i)
	}
	proclitics := arabic.Proclitics() // the prefixes a class word may carry
	for _, k := range names {
		bit := c.classBit[k]
		for _, w := range rules.Classes[k] {
			nw := c.normWord(w)
			if nw == "" {
				continue
			}
			for _, p := range proclitics {
				c.lex[p+nw] = c.lex[p+nw].or(bit)
				// ل before the article merges into لل (للجانب); the
				// unmerged spelling stays, careless text has it.
				if m := arabic.Attach(p, nw); m != p+nw {
					c.lex[m] = c.lex[m].or(bit)
				}
			}
		}
	}
	words := sortedKeys(c.lex)
	set, err := wordset.New(words, lexFilterBits)
	if err != nil {
		return fmt.Errorf("consistency: class words: %w", err)
	}
	c.lexSet = set
	c.lexClass = make([]uint16, len(words))
	c.classSets = []classMask{{}}
	setOf := map[classMask]uint16{{}: 0}
	for i, w := range words {
		b := c.lex[w]
		k, ok := setOf[b]
		if !ok {
			if len(c.classSets) > math.MaxUint16 {
				return fmt.Errorf("consistency: class words: more than %d distinct combinations of classes", math.MaxUint16+1)
			}
			k = uint16(len(c.classSets))
			setOf[b] = k
			c.classSets = append(c.classSets, b)
		}
		c.lexClass[i] = k
	}
	for _, k := range rules.TopicSentences {
		c.topicBit = c.topicBit.or(c.classBit[k])
	}
	return c.resolveClasses()
}

// resolveClasses fills c.k with the bits of the classes the code reads.
func (c *Checker) resolveClasses() error {
	k := &c.k
	var missing []string
	for _, r := range [...]struct {
		name string
		bit  *classMask
	}{
		{"contact", &k.contact}, {"counterpart", &k.counterpart}, {"future", &k.future},
		{"honorific", &k.honorific}, {"locative", &k.locative}, {"mechanism", &k.mechanism},
		{"prep", &k.prep}, {"speech", &k.speech}, {"name_verb", &k.nameVerb}, {"that", &k.that}, {"title", &k.title},
		{"title_tail", &k.titleTail}, {"title_word", &k.titleWord}, {"topic_noun", &k.topicNoun},
		{"with", &k.with}, {"self_ref", &k.selfRef}, {"own_state", &k.ownState}, {"occasion", &k.occasion},
		{"demonstrative", &k.demonstrative}, {"purpose", &k.purpose}, {"multilateral", &k.multi},
		{"summit", &k.summit}, {"visit", &k.visit}, {"private", &k.private}, {"series", &k.series},
		{"meetings", &k.meetings}, {"relative", &k.relative}, {"participation", &k.participation},
		{"sidelines", &k.sidelines}, {"aside", &k.aside}, {"stop", &k.stop}, {"party_noun", &k.partyNoun},
		{"side", &k.side}, {"envoy", &k.envoy}, {"representative", &k.representative}, {"officer", &k.officer}, {"people", &k.people}, {"stance", &k.stance},
		{"keen", &k.keen}, {"relation", &k.relation}, {"between", &k.between}, {"delegation", &k.delegation},
		{"request", &k.request}, {"gathering", &k.gathering}, {"statement", &k.statement},
		{"joint", &k.joint}, {"interview", &k.interview}, {"about", &k.about}, {"outlet", &k.outlet},
		{"support", &k.support}, {"welcome", &k.welcome}, {"both", &k.both},
		{"address", &k.address},
	} {
		b, ok := c.classBit[r.name]
		if !ok {
			missing = append(missing, r.name)
		}
		*r.bit = b
	}
	if len(missing) > 0 {
		return fmt.Errorf("consistency: the rules lack word classes the checker reads: %s: %w", strings.Join(missing, ", "), ErrRules)
	}
	return nil
}

// classBits holds the bits of the word classes the checker's code refers to
// by name; New refuses rules that lack one (see resolveClasses).
type classBits struct {
	contact, counterpart, future, honorific, locative, mechanism, prep classMask
	speech, that, title, titleTail, titleWord, topicNoun, with         classMask
	nameVerb                                                           classMask
	selfRef, ownState, occasion, demonstrative                         classMask
	purpose, multi, summit, visit, private, series, meetings, relative classMask
	participation, sidelines, aside, stop                              classMask
	// the role scorer's (roles.go)
	partyNoun, side, envoy, people, stance, keen, relation, between, delegation classMask
	request                                                                     classMask
	// those a state or a body sends, and a body's officers (envoypost.go,
	// persons.go)
	representative, officer classMask
	// the readings of events that name their parties (events.go)
	gathering, statement, joint, interview, about, outlet classMask
	// a party's words about the other party (partyquote.go)
	support, welcome, both classMask
	// a speech delivered (speech.go)
	address classMask
}

// checkPatternClasses refuses patterns and topic sentences that name a
// class the rules do not define (an overlay compiled without the rules it
// extends): such a pattern would silently never match.
func checkPatternClasses(rules *Rules) error {
	for _, ps := range [][]Pattern{rules.Conflicts, rules.Topics} {
		for _, p := range ps {
			for _, e := range p.elems {
				if _, ok := rules.Classes[e.class]; e.class != "" && !ok {
					return fmt.Errorf("consistency: rules: pattern %q (line %d): unknown class %q: %w", p.ID, p.Line, e.class, ErrRules)
				}
			}
		}
	}
	for _, k := range rules.TopicSentences {
		if _, ok := rules.Classes[k]; !ok {
			return fmt.Errorf("consistency: rules: topic_sentences: unknown class %q: %w", k, ErrRules)
		}
	}
	return nil
}

// compile copies patterns with their class bits resolved.
func (c *Checker) compile(ps []Pattern) []Pattern {
	out := make([]Pattern, len(ps))
	for i, p := range ps {
		p.elems = append([]elem(nil), p.elems...)
		p.ruleNote = "rule " + p.ID
		for j := range p.elems {
			p.elems[j].bit = c.classBit[p.elems[j].class]
		}
		out[i] = p
	}
	return out
}

// xIndex lists, for each mention form and for a mention with and without
// the conjunction و, the indices of the patterns (in their order) whose X
// element can match such a mention: match fails at once on the others (an
// X of another form, an X that requires و), so a mention is tried against
// these alone.
type xIndex struct {
	by  [8][2][]int
	all []int // for a form beyond the table: every pattern
}

// newXIndex indexes ps.
func newXIndex(ps []Pattern) xIndex {
	var x xIndex
	for i := range ps {
		x.all = append(x.all, i)
		xe := ps[i].elems[ps[i].x]
		for f := range x.by {
			if xe.form != 0 && xe.form != entities.Form(f) {
				continue
			}
			x.by[f][1] = append(x.by[f][1], i)
			if !xe.and {
				x.by[f][0] = append(x.by[f][0], i)
			}
		}
	}
	return x
}

// of returns the indices of the patterns that can match m.
func (x *xIndex) of(m *mention) []int {
	if int(m.Form) >= len(x.by) {
		return x.all
	}
	and := 0
	if hasPrefixAnd(m) {
		and = 1
	}
	return x.by[m.Form][and]
}

// normGazetteer is normWord of the names, given names and surnames of
// the gazetteer's entities.
func (c *Checker) normGazetteer() map[string]string {
	m := map[string]string{}
	for _, e := range c.g.Entities {
		for _, ws := range [][]string{e.Names, e.Given, e.Surname} {
			for _, w := range ws {
				if _, ok := m[w]; !ok {
					m[w] = c.normalise(w)
				}
			}
		}
	}
	return m
}

// normWord is a word or phrase normalised, its words joined by one space.
func (c *Checker) normWord(w string) string {
	if n, ok := c.normed[w]; ok {
		return n
	}
	return c.normalise(w)
}

// normalise is normWord computed.
func (c *Checker) normalise(w string) string {
	t := c.norm.Normalize([]byte(w))
	return strings.Join(strings.Fields(t.Norm), " ")
}

// Gazetteer returns the checker's gazetteer.
func (c *Checker) Gazetteer() *entities.Gazetteer { return c.g }

// Check checks one document. src is not modified or retained.
func (c *Checker) Check(src []byte) (*Report, error) {
	if len(src) > c.opts.MaxBytes {
		return nil, fmt.Errorf("%d bytes, limit %d: %w", len(src), c.opts.MaxBytes, ErrTooLarge)
	}
	if uint64(len(src)) > math.MaxUint32 { // mentions hold 32-bit offsets
		return nil, fmt.Errorf("%d bytes, limit 4 GiB: %w", len(src), ErrTooLarge)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, ErrEmpty
	}
	st := c.newState(src)
	st.large = len(src) >= collectAbove
	defer c.release(st)
	// Normalising finds invalid UTF-8 on the way (utf8.Valid would be a
	// second pass over the input).
	if off := st.t.FirstInvalid(); off >= 0 && !c.opts.AllowInvalidUTF8 {
		p := NewLineIndex(src).At(off)
		return nil, fmt.Errorf("line %d, column %d (byte %d): %w", p.Line, p.Column, off, ErrInvalidUTF8)
	}
	if _, _, ok := st.t.TokenList().Offsets(); !ok {
		return nil, fmt.Errorf("normalised text of %d bytes, limit 4 GiB: %w", len(st.t.Norm), ErrTooLarge)
	}
	st.prepare()
	st.analyse()
	return st.report(), nil
}
