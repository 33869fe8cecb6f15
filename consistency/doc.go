package consistency

import (
	"bytes"
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
	ms  []entities.Mention

	bits       []uint64 // class bits per token
	tokMention []int32  // mention index per token, -1 if none
	tokSent    []int32  // sentence index per token
	sents      []span   // token ranges [first, last] per sentence
	paraStart  []bool   // sentence starts a paragraph

	ledeEnd int // last token of the lede (inclusive)

	persons   []person
	tokPerson []int32
	clusters  []*cluster

	parts       []*partState // participants, best first
	partIDs     map[string]bool
	subject     string
	counterpart string
	multilat    bool
	contact     bool         // the lede reports a contact
	candidates  []*partState // states the lede names when no pair is settled

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
}

func (c *Checker) newDoc(src []byte) *doc {
	t := c.norm.Normalize(src)
	d := &doc{c: c, src: src, t: t}
	d.ms = c.tagger.Tag(t)
	n := len(t.Tokens)
	d.bits = make([]uint64, n)
	d.tokMention = make([]int32, n)
	d.tokSent = make([]int32, n)
	d.tokPerson = make([]int32, n)
	for i := range t.Tokens {
		d.bits[i] = c.lex[t.TokenText(i)]
		d.tokMention[i] = -1
		d.tokPerson[i] = -1
	}
	for i, m := range d.ms {
		for k := m.FirstTok; k <= m.LastTok && k < n; k++ {
			d.tokMention[k] = int32(i)
		}
	}
	d.splitSentences()
	d.roles = make([]string, len(d.ms))
	return d
}

// splitSentences cuts the tokens at sentence punctuation and line breaks.
func (d *doc) splitSentences() {
	toks := d.t.Tokens
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
		if i > start && bytes.ContainsAny(d.src[toks[i-1].OrigEnd:toks[i].OrigStart], "\n\r") {
			flush(i - 1)
			para = true
		}
		if toks[i].Kind == arabic.Punct {
			switch d.t.TokenText(i) {
			case ".", "؟", "?", "!", "؛", ";":
				flush(i)
			}
		}
	}
	flush(len(toks) - 1)
}

func (d *doc) is(tok int, class string) bool {
	return tok >= 0 && tok < len(d.bits) && d.bits[tok]&d.c.classBit[class] != 0
}

func (d *doc) sentOf(tok int) span { return d.sents[d.tokSent[tok]] }

func (d *doc) spanOf(first, last int) Span {
	s, e := d.t.Tokens[first].OrigStart, d.t.Tokens[last].OrigEnd
	return Span{Start: s, End: e, Text: string(d.src[s:e])}
}

func (d *doc) mentionSpan(m *entities.Mention) Span {
	return Span{Start: m.Start, End: m.End, Text: string(d.src[m.Start:m.End])}
}

// analyse runs the stages in order.
func (d *doc) analyse() {
	d.findLede()
	d.detectPersons()
	d.clusterPersons()
	d.inferParticipants()
	d.judgeMentions()
	d.nameFindings()
	d.scopeReport()
}

// findLede takes the first sentence; a short first line (a headline or a
// dateline alone) pulls in the next sentence too.
func (d *doc) findLede() {
	if len(d.sents) == 0 {
		d.ledeEnd = -1
		return
	}
	d.ledeEnd = d.sents[0].last
	if len(d.sents) > 1 && d.sents[0].last-d.sents[0].first < 15 {
		d.ledeEnd = d.sents[1].last
	}
}

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

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func hasPrefixAnd(m *entities.Mention) bool { return strings.HasPrefix(m.Prefix, "و") }
