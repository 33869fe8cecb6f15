package consistency

import (
	"sort"
	"strings"
	"time"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// checkState is the working state of one check: the normalised text, its
// mentions and everything the stages (see stages) derive from them. A
// Checker pools its checkStates; release says what survives a check.
type checkState struct {
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
	// windowEnd is the last token of the contact window (see contactEnd):
	// the lede and what follows it soon, where the text says who met.
	windowEnd int
	// chrome is the offset where trailing page chrome (editor credits,
	// comment prompts) starts; mentions there are neither evidence nor judged.
	chrome   int
	chromeMs []entities.Mention // mentions in the chrome, reported with role chrome
	named    map[string]int     // mentions per entity id (timesNamed), built on first use
	// namedDone says whether named is built for this check.
	namedDone bool
	// date is the day the release is judged on (releaseDate), read on
	// first use: dateDone says whether it was.
	date     time.Time
	dateDone bool

	persons []person
	// nameArena holds the persons' words and keys (addPerson).
	nameArena []string
	tokPerson []int32
	clusters  []*cluster
	// clusterStore and clusterOrder are clusterPersons' storage.
	clusterStore []cluster
	clusterOrder []int
	// attrSlips are the state mentions that give a person a state the rest
	// of the text contradicts (the attributes stage)
	attrSlips []attrSlip

	home     string                // the state of the dateline's agency or city
	evidence []evidence            // what the text says of each state (participants stage)
	scores   map[string]*partState // the evidence added up per state (participants stage)
	// partStore and evStore hold the partStates of scores and their
	// evidence spans (scoreEvidence), kept for the next check.
	partStore []partState
	evStore   []Span

	// episodes are the report's scopes in text order; episodes[0] is the
	// lede's, whose participants the report gives.
	episodes []*episode
	// matchSteps counts the states the pattern matcher visited (a test
	// holds it to its bound).
	matchSteps int
	roles      []mentionRole // role per mention
	// logRoles makes the role scorer keep every mention it reads in
	// roleLog (fitting its weights; never set by Check).
	logRoles bool
	roleLog  []roleSample
	findings []Finding
	// sentText is the text of sentence sentTextOf-1 (0: none yet), kept
	// for the next finding in that sentence (sentenceSpan).
	sentText   string
	sentTextOf int
	scopes     []Scope
}

// span is a range of tokens [first, last], both inclusive.
type span struct{ first, last int }

// newState starts the check of src with a checkState from the Checker's pool and
// normalises src: the normalised text's offset map and tokens, the mentions
// and every per-token slice keep their storage from earlier documents.
// Nothing a report holds is pooled (see release).
func (c *Checker) newState(src []byte) *checkState {
	st, _ := c.states.Get().(*checkState) // as release left it: only storage kept
	if st == nil {
		st = &checkState{t: new(arabic.Text)}
	}
	st.c, st.src = c, src
	c.norm.NormalizeInto(st.t, src)
	return st
}

// prepare tags the normalised text and builds the per-token indices.
func (st *checkState) prepare() {
	c, t := st.c, st.t
	st.chrome = c.chrome.ChromeStart(st.src)
	st.ms = c.tagger.AppendTags(st.ms, t)
	// Mentions in the page chrome are dropped: they are not the release's.
	for i, m := range st.ms {
		if m.Start >= st.chrome {
			st.chromeMs = st.ms[i:]
			st.ms = st.ms[:i]
			break
		}
	}
	st.toks, st.norm = t.Tokens(), t.Norm
	n := len(st.toks)
	st.bits = resize(st.bits, n)
	st.tokMention = resize(st.tokMention, n)
	st.tokSent = resize(st.tokSent, n)
	st.tokPerson = resize(st.tokPerson, n)
	for i := range st.toks {
		st.bits[i] = c.classesOf(st.word(i))
		st.tokMention[i] = -1
		st.tokPerson[i] = -1
	}
	for i, m := range st.ms {
		for k := m.FirstTok; k <= m.LastTok && k < n; k++ {
			st.tokMention[k] = int32(i)
		}
	}
	st.splitSentences()
	st.markQuotes()
	st.roles = resize(st.roles, len(st.ms))
	clear(st.roles)
}

// maxPooledTokens bounds the documents whose storage goes back to the pool:
// one huge document must not keep megabytes alive for the small ones.
const maxPooledTokens = 1 << 17

// release returns st's storage to the Checker's pool once its report is
// built. The report holds none of it: mentions, roles and findings are
// copied into the report by value, and the slices the report shares
// (scopes, evidence, a finding's spans) are not pooled. Elements holding
// pointers are cleared so that the pool keeps no report data alive.
func (c *Checker) release(st *checkState) {
	if cap(st.bits) > maxPooledTokens {
		return
	}
	clear(st.ms[:cap(st.ms)])
	clear(st.findings[:cap(st.findings)])
	clear(st.persons[:cap(st.persons)])
	clear(st.nameArena[:cap(st.nameArena)])
	clear(st.clusters[:cap(st.clusters)])
	all := st.clusterStore[:cap(st.clusterStore)]
	for i := range all {
		all[i] = cluster{members: all[i].members[:0]} // members hold indices only
	}
	clear(st.evidence[:cap(st.evidence)])
	clear(st.scores)
	clear(st.partStore[:cap(st.partStore)])
	clear(st.evStore[:cap(st.evStore)])
	clear(st.episodes[:cap(st.episodes)])
	clear(st.named)
	st.t.Orig, st.t.Norm = nil, "" // the caller's bytes are not retained
	// Everything else is zeroed; the slices newState appends to start empty,
	// the per-token ones are resized by prepare.
	*st = checkState{t: st.t, ms: st.ms[:0], bits: st.bits, quoted: st.quoted, tokMention: st.tokMention,
		tokSent: st.tokSent, sents: st.sents[:0], paraStart: st.paraStart[:0], tokPerson: st.tokPerson,
		persons: st.persons[:0], nameArena: st.nameArena[:0], clusters: st.clusters[:0],
		clusterStore: st.clusterStore[:0], clusterOrder: st.clusterOrder, roles: st.roles, findings: st.findings[:0], evidence: st.evidence[:0],
		scores: st.scores, partStore: st.partStore, evStore: st.evStore, episodes: st.episodes[:0], named: st.named}
	c.states.Put(st)
}

// resize returns s with length n, reusing its storage when it is large
// enough; the elements are not cleared. Storage for more than
// maxPooledTokens elements is never pooled (release), so it gets no room
// to grow into.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		if n > maxPooledTokens {
			return make([]T, n)
		}
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// splitSentences cuts the tokens at sentence punctuation and line breaks.
func (st *checkState) splitSentences() {
	toks := st.toks
	start := 0
	para := true
	flush := func(last int) {
		if last < start {
			return
		}
		st.sents = append(st.sents, span{start, last})
		st.paraStart = append(st.paraStart, para)
		for k := start; k <= last; k++ {
			st.tokSent[k] = int32(len(st.sents) - 1)
		}
		start = last + 1
		para = false
	}
	for i := range toks {
		// Tokens of one expanded character (ﷺ) share its bytes: no gap.
		if i > start && toks[i-1].OrigEnd < toks[i].OrigStart &&
			hasLineBreak(st.src[toks[i-1].OrigEnd:toks[i].OrigStart]) {
			flush(i - 1)
			para = true
		}
		if toks[i].Kind == arabic.Punct {
			switch st.word(i) {
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
func (st *checkState) markQuotes() {
	st.quoted = resize(st.quoted, len(st.toks))
	clear(st.quoted)
	open := false
	si := int32(-1)
	for i, tk := range st.toks {
		if s := st.tokSent[i]; s != si {
			si = s
			if st.paraStart[s] {
				open = false
			}
		}
		if tk.Kind == arabic.Punct {
			switch st.word(i) {
			case "\"":
				// A straight quote attached to the word after it opens, one
				// attached to the word before it closes; otherwise it toggles.
				toks := st.toks
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
		st.quoted[i] = open
	}
}

// word returns the normalised text of token i.
func (st *checkState) word(i int) string { return st.norm[st.toks[i].Start:st.toks[i].End] }

// is says whether token tok (in range) has a class bit.
func (st *checkState) is(tok int, bit uint64) bool {
	return tok >= 0 && tok < len(st.bits) && st.bits[tok]&bit != 0
}

// sentOf is the sentence that holds token tok.
func (st *checkState) sentOf(tok int) span { return st.sents[st.tokSent[tok]] }

// spanOf is the span of the tokens [first, last] in the original bytes.
func (st *checkState) spanOf(first, last int) Span {
	s, e := st.toks[first].OrigStart, st.toks[last].OrigEnd
	return Span{Start: s, End: e, Text: string(st.src[s:e])}
}

// mentionSpan is the span of a mention.
func (st *checkState) mentionSpan(m *entities.Mention) Span {
	return Span{Start: m.Start, End: m.End, Text: m.Text}
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

// entity is the gazetteer entity with that id, nil if none.
func (st *checkState) entity(id string) *entities.Entity {
	e, _ := st.c.g.Lookup(id)
	return e
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// hasPrefixAnd says whether the mention carries the conjunction و.
func hasPrefixAnd(m *entities.Mention) bool { return strings.HasPrefix(m.Prefix, "و") }
