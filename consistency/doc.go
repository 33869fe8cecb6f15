package consistency

import (
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// doc is the working state of one check: the normalised text, its mentions
// and everything the checker derives from them.
type doc struct {
	c   *Checker
	src []byte
	t   *arabic.Text
	// toks and norm are t.Tokens() and t.Norm, read directly in the hot
	// loops (word(i) is t.TokenText(i) without the once-check).
	toks []arabic.Token
	norm string
	ms   []entities.Mention

	bits       []uint64 // class bits per token
	quoted     []bool   // token inside quotation marks
	tokMention []int32  // mention index per token, -1 if none
	tokSent    []int32  // sentence index per token
	sents      []span   // token ranges [first, last] per sentence
	paraStart  []bool   // sentence starts a paragraph

	ledeEnd int // last token of the lede (inclusive)
	// chrome is the offset where trailing page chrome (editor credits,
	// comment prompts) starts; mentions there are neither evidence nor judged.
	chrome   int
	chromeMs []entities.Mention // mentions in the chrome, reported with role "chrome"

	persons   []person
	tokPerson []int32
	clusters  []*cluster

	parts       []*partState // participants, best first
	partIDs     map[string]bool
	subject     string
	counterpart string
	multilat    bool
	contact     bool         // the lede reports a contact
	home        string       // the state of the dateline's agency or city
	candidates  []*partState // states the lede names when no pair is settled

	episodes []*episode
	roles    []string // role per mention
	findings []Finding
	scopes   []Scope
}

type span struct{ first, last int }

type partState struct {
	id       string
	score    float64
	evidence []Span
	// firstSubject is the token of the earliest subject evidence (title,
	// person, dateline, agency), -1 if none; counterpartEv says a counterpart
	// word named it.
	firstSubject  int
	counterpartEv bool
	ledeScore     float64 // evidence from the lede alone
	titleScore    float64 // evidence from titles, counterpart words and officials
	ledeTitle     float64 // the same, in the lede alone (decides multilateral)
}

// newDoc starts the check of src with a doc from the Checker's pool and
// normalises src: the normalised text's offset map and tokens, the mentions
// and every per-token slice keep their storage from earlier documents.
// Nothing a report holds is pooled (see release).
func (c *Checker) newDoc(src []byte) *doc {
	d, _ := c.docs.Get().(*doc) // as release left it: only storage kept
	if d == nil {
		d = &doc{t: new(arabic.Text)}
	}
	d.c, d.src = c, src
	c.norm.NormalizeInto(d.t, src)
	return d
}

// prepare tags the normalised text and builds the per-token indices.
func (d *doc) prepare() {
	c, t := d.c, d.t
	d.chrome = c.chrome.ChromeStart(d.src)
	d.ms = c.tagger.AppendTags(d.ms, t)
	// Mentions in the page chrome are dropped: they are not the release's.
	for i, m := range d.ms {
		if m.Start >= d.chrome {
			d.chromeMs = d.ms[i:]
			d.ms = d.ms[:i]
			break
		}
	}
	d.toks, d.norm = t.Tokens(), t.Norm
	n := len(d.toks)
	d.bits = resize(d.bits, n)
	d.tokMention = resize(d.tokMention, n)
	d.tokSent = resize(d.tokSent, n)
	d.tokPerson = resize(d.tokPerson, n)
	for i := range d.toks {
		d.bits[i] = c.classesOf(d.word(i))
		d.tokMention[i] = -1
		d.tokPerson[i] = -1
	}
	for i, m := range d.ms {
		for k := m.FirstTok; k <= m.LastTok && k < n; k++ {
			d.tokMention[k] = int32(i)
		}
	}
	d.splitSentences()
	d.markQuotes()
	d.roles = resize(d.roles, len(d.ms))
	clear(d.roles)
}

// maxPooledTokens bounds the documents whose storage goes back to the pool:
// one huge document must not keep megabytes alive for the small ones.
const maxPooledTokens = 1 << 17

// release returns d's storage to the Checker's pool once its report is
// built. The report holds none of it: mentions, roles and findings are
// copied into the report by value, and the slices the report shares
// (scopes, evidence, a finding's spans) are not pooled. Elements holding
// pointers are cleared so that the pool keeps no report data alive.
func (c *Checker) release(d *doc) {
	if cap(d.bits) > maxPooledTokens {
		return
	}
	clear(d.ms[:cap(d.ms)])
	clear(d.findings[:cap(d.findings)])
	clear(d.persons[:cap(d.persons)])
	d.t.Orig, d.t.Norm = nil, "" // the caller's bytes are not retained
	// Everything else is zeroed; the slices newDoc appends to start empty,
	// the per-token ones are resized by prepare.
	*d = doc{t: d.t, ms: d.ms[:0], bits: d.bits, quoted: d.quoted, tokMention: d.tokMention,
		tokSent: d.tokSent, sents: d.sents[:0], paraStart: d.paraStart[:0], tokPerson: d.tokPerson,
		persons: d.persons[:0], roles: d.roles, findings: d.findings[:0]}
	c.docs.Put(d)
}

// resize returns s with length n, reusing its storage when it is large
// enough; the elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// splitSentences cuts the tokens at sentence punctuation and line breaks.
func (d *doc) splitSentences() {
	toks := d.toks
	start := 0
	para := true
	flush := func(last int) {
		if last < start {
			return
		}
		d.sents = append(d.sents, span{start, last})
		d.paraStart = append(d.paraStart, para)
		for k := start; k <= last; k++ {
			d.tokSent[k] = int32(len(d.sents) - 1)
		}
		start = last + 1
		para = false
	}
	for i := range toks {
		// Tokens of one expanded character (ﷺ) share its bytes: no gap.
		if i > start && toks[i-1].OrigEnd < toks[i].OrigStart &&
			hasLineBreak(d.src[toks[i-1].OrigEnd:toks[i].OrigStart]) {
			flush(i - 1)
			para = true
		}
		if toks[i].Kind == arabic.Punct {
			switch d.word(i) {
			case ".", "؟", "?", "!", "؛", ";":
				flush(i)
			}
		}
	}
	flush(len(toks) - 1)
}

// hasLineBreak says whether the gap between two tokens (most often one
// space) holds a line break.
func hasLineBreak(gap []byte) bool {
	for _, c := range gap {
		if c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// markQuotes marks the tokens inside quotation marks ("…", «…», “…”); a
// paragraph break closes any open quotation.
func (d *doc) markQuotes() {
	d.quoted = resize(d.quoted, len(d.toks))
	clear(d.quoted)
	open := false
	si := int32(-1)
	for i, tk := range d.toks {
		if s := d.tokSent[i]; s != si {
			si = s
			if d.paraStart[s] {
				open = false
			}
		}
		if tk.Kind == arabic.Punct {
			switch d.word(i) {
			case "\"":
				// A straight quote attached to the word after it opens, one
				// attached to the word before it closes; otherwise it toggles.
				toks := d.toks
				after := i+1 < len(toks) && toks[i+1].OrigStart == tk.OrigEnd
				before := i > 0 && toks[i-1].OrigEnd == tk.OrigStart && toks[i-1].Kind != arabic.Punct
				switch {
				case after && !before:
					open = true
				case before && !after:
					open = false
				default:
					open = !open
				}
				continue
			case "«", "“":
				open = true
				continue
			case "»", "”":
				open = false
				continue
			}
		}
		d.quoted[i] = open
	}
}

// word returns the normalised text of token i.
func (d *doc) word(i int) string { return d.norm[d.toks[i].Start:d.toks[i].End] }

func (d *doc) is(tok int, bit uint64) bool {
	return tok >= 0 && tok < len(d.bits) && d.bits[tok]&bit != 0
}

func (d *doc) sentOf(tok int) span { return d.sents[d.tokSent[tok]] }

func (d *doc) spanOf(first, last int) Span {
	s, e := d.toks[first].OrigStart, d.toks[last].OrigEnd
	return Span{Start: s, End: e, Text: string(d.src[s:e])}
}

func (d *doc) mentionSpan(m *entities.Mention) Span {
	return Span{Start: m.Start, End: m.End, Text: m.Text}
}

// analyse runs the stages in order.
func (d *doc) analyse() {
	d.findLede()
	d.detectPersons()
	d.clusterPersons()
	d.inferParticipants()
	d.splitEpisodes()
	d.judgeMentions()
	d.nameFindings()
	d.hiddenControls()
	d.scopeReport()
}

// findLede takes sentences from the start until they hold ledeWords Arabic
// words (at most four sentences): the first sentence of a release, or a
// headline, a dateline line and the first sentence of an article.
func (d *doc) findLede() {
	d.ledeEnd = -1
	words := 0
	for i, s := range d.sents {
		if i == 4 {
			break
		}
		d.ledeEnd = s.last
		for k := s.first; k <= s.last; k++ {
			if d.toks[k].Kind == arabic.Word {
				words++
			}
		}
		if words >= ledeWords {
			break
		}
	}
}

// ledeWords is how many words the lede needs at least.
const ledeWords = 15

func (d *doc) inLede(tok int) bool { return tok <= d.ledeEnd }

// candidates returns the country/group ids of a mention.
func (d *doc) isParticipantMention(m *entities.Mention) (string, bool) {
	for _, id := range m.Entities {
		if d.partIDs[id] {
			return id, true
		}
	}
	return "", false
}

// judgeable says whether a mention names a state or group in a way that can
// conflict with the participants.
func judgeable(m *entities.Mention) bool {
	switch m.Kind {
	case entities.Country, entities.Group:
	default:
		return false
	}
	switch m.Form {
	case entities.FormName, entities.FormNisba, entities.FormCapital:
		return true
	}
	return false
}

func (d *doc) entity(id string) *entities.Entity {
	e, _ := d.c.g.Lookup(id)
	return e
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func hasPrefixAnd(m *entities.Mention) bool { return strings.HasPrefix(m.Prefix, "و") }
