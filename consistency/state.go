package consistency

import (
	"maps"
	"math/bits"
	"runtime"
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
	// large: a text of collectAbove bytes or more, whose check hands the
	// collector the garbage of a stage before the next allocates (collect)
	// and gives back the tokens before the report is built; its storage
	// is not pooled.
	large bool
	t     *arabic.Text
	// toks and norm are t.TokenList() and t.Norm, read directly in the hot
	// loops (word(i) is t.TokenText(i) without the once-check).
	toks *arabic.TokenList
	// starts and ends are the tokens' offsets into norm (toks.Offsets;
	// Check refuses a normalised text of 4 GiB or more).
	starts, ends []uint32
	norm         string
	ms           []mention
	// namesakeAt are the surname tokens detectPersons read as a known
	// person's namesake named again (namesakeAgain), which no title phrase
	// tells apart where trimToKnownSurname looks.
	namesakeAt []int
	// officeNames are the first tokens of the names detectPersons read
	// after an office's phrase (officePhraseName): titled names.
	officeNames []int
	// shared are the Checker's readings as the check started, added those
	// the check found that shared lacks (readingOf); lastKey and
	// lastReading are the last one asked.
	shared      map[readingKey]*reading
	added       map[readingKey]*reading
	lastKey     readingKey
	lastReading *reading
	// tagBuf is the tagger's storage for a piece of the text (prepare).
	tagBuf []entities.Mention

	// The per-token indices take about 3 bytes per token (a text of
	// punctuation has a token per byte): classes is an index into the
	// Checker's class sets, the others are sets of tokens with rank.
	classes    []uint16    // class set per token: bitsOf
	classSets  []classMask // c.classSets
	quoted     tokenSet    // tokens inside quotation marks
	inMention  tokenSet    // tokens of a mention
	mentionAt0 tokenSet    // first tokens of the mentions (ranked): mentionAt
	sentStart  tokenSet    // first tokens of the sentences (ranked): sentAt
	sents      []int32     // first token of each sentence (sent)
	paraStart  tokenSet    // sentences (by index) that start a paragraph
	// thirdLine is the sentence that starts the third paragraph, or the
	// number of sentences when there are fewer paragraphs.
	thirdLine int
	// plain holds the plain words: Word tokens that are no mention and no
	// class word, where the name stages look for names (markPlain).
	plain tokenSet

	ledeEnd int // last token of the lede (inclusive)
	// windowEnd is the last token of the contact window (see contactEnd):
	// the lede and what follows it soon, where the text says who met.
	windowEnd int
	// storyFirst is the first token of a digest's meeting story when the
	// lede reports no contact and a later line turns to one (scopes.go);
	// participants are read from there. 0 otherwise.
	storyFirst int
	// chrome is the offset where trailing page chrome (editor credits,
	// comment prompts) starts; mentions there are neither evidence nor judged.
	chrome   int
	chromeMs []mention      // mentions in the chrome, reported with role chrome
	named    map[string]int // mentions per entity id (timesNamed), built on first use
	// namedDone says whether named is built for this check.
	namedDone bool
	// date is the day the release is judged on (releaseDate), read on
	// first use: dateDone says whether it was.
	date     time.Time
	dateDone bool
	// coordPairs holds each state and a state the text coordinates with
	// it, side by side in some mention (pairedApart), built on first use:
	// coordDone says whether it was. The map is kept for the next check.
	coordPairs map[statePairKey]bool
	coordDone  bool

	persons []person
	// names are the parts of the last names added (addPerson), the next
	// to replace at namesNext%len(names): a name written again shares them.
	names     [8]*personName
	namesNext int
	// nameChunks (nameN in use) hold the names' words and keys
	// (newPersonName).
	nameChunks [][]personName
	nameN      int
	// nameArena holds the persons' words and keys (addPerson).
	nameArena []string
	// inPerson holds the tokens of persons' names; their person is in
	// personMap while they are few (a text of punctuation with a name in
	// it keeps no index per token), in personIdx (per token, -1 if none)
	// once they are many: personAt, setPerson.
	inPerson  tokenSet
	personMap map[int32]int32
	personIdx []int32
	clusters  []*cluster
	// clusterChunks (clusterN in use, newCluster) and clusterOrder are
	// clusterPersons' storage.
	clusterChunks [][]cluster
	clusterN      int
	clusterOrder  []int
	// attrSlips are the state mentions that give a person a state the rest
	// of the text contradicts (the attributes stage)
	attrSlips []attrSlip
	// attBuf is the attributes stage's storage of attachments, and
	// anchors stateAnchors' map: kept for the next check.
	attBuf  []attachment
	anchors map[string]anchor
	// attrApart and attMarks are the attributes stage's count of states
	// and marks of mentions (attrIndex.apart, its att), kept for the next
	// check.
	attrApart map[string]int
	attMarks  []bool
	// fulls and byGiven are respeltFullNames' storage, kept for the next
	// check.
	fulls   []respeltFull
	byGiven map[string]respeltSurnames

	home     string                // the state of the dateline's agency or city
	evidence []evidence            // what the text says of each state (participants stage)
	scores   map[string]*partState // the evidence added up per state (participants stage)
	// partChunks and evChunks hold the partStates of scores and their
	// evidence spans (newPartState), kept for the next check; partN are
	// in use.
	partChunks [][]partState
	evChunks   [][]Span
	partN      int

	// episodes are the report's scopes in text order; episodes[0] is the
	// lede's, whose participants the report gives.
	episodes []*episode
	// matchSteps counts the states the pattern matcher visited (a test
	// holds it to its bound).
	matchSteps int
	// matches keeps the conflict patterns' matches of the mention being
	// judged (keepMatch); rematch makes conflictMatch match again (a
	// test's reference; never set by Check).
	matches conflictMatches
	rematch bool
	// sideSteps counts the mentions participantContext read, speakerSteps
	// the sentences speakerBefore read (a test holds them linear).
	sideSteps, speakerSteps int
	// titleSteps counts the tokens afterRelative read back, contactSteps
	// the tokens sentenceContact read, spellingSteps the pairs of names and
	// the names' words spelledDifferently compared (a test holds them
	// linear: TestPathsLinear).
	titleSteps, contactSteps, spellingSteps int
	roles                                   []mentionRole // role per mention
	// sideWords counts the judgeable mentions by the word beside them and
	// an entity they name (sideWordsOf), built on first use.
	sideWords map[sideWord]int32
	// speakerMemo is the last answer of speakerBefore: the speaker before
	// sentence speakerSent (speakerSent+1 when set, 0 none).
	speakerSent int
	speakerMemo string
	// noSpeakerMemo makes speakerBefore walk back every time (a test's
	// reference; never set by Check).
	noSpeakerMemo bool
	// linearSideWords makes participantContext read every mention whatever
	// their number (a test's reference; never set by Check).
	linearSideWords bool
	// roleFull makes the role scorer read every feature of every mention
	// it scores, also those whose score cannot reach its threshold (a
	// test's reference; never set by Check).
	roleFull bool
	// rolePruned counts the mentions whose reading the role scorer cut
	// short (roleFeaturesUpTo; a test holds it above 0).
	rolePruned int
	// linearClusters makes clusterPersons compare every name with every
	// cluster (a test's reference; never set by Check).
	linearClusters bool
	// wholeEvidence makes gatherEvidence keep all the evidence for one
	// scoreEvidence (a test's reference; never set by Check).
	wholeEvidence bool
	// logRoles makes the role scorer keep every mention it reads in
	// roleLog (fitting its weights; never set by Check).
	logRoles bool
	roleLog  []roleSample
	// logJudgements makes below keep every pattern's judgement that fell
	// below minConflictConfidence in judgeLog (never set by Check).
	logJudgements bool
	judgeLog      []judgeSample
	// logRivals makes the rival scorer keep every pair it reads in
	// rivalLog and move no participant (fitting its weights; never set
	// by Check).
	logRivals bool
	rivalLog  []rivalSample
	// logParts makes the fitted pair reading keep every candidate it
	// reads in partLog (fitting its weights; never set by Check).
	logParts bool
	partLog  []partSample
	// logSwaps makes the swap-pair scorer keep every reading it makes in
	// swapLog (fitting its weights; never set by Check).
	logSwaps bool
	swapLog  []swapSample
	findings []Finding
	// lastSent is sentOf's last answer; the empty span {0, -1} when none
	// (splitSentences).
	lastSent span
	// futureToks are the tokens of a future word (class future), in
	// order, read by futureAt on its first call (futureRead).
	futureToks []int32
	futureRead bool
	// nameKeys is scratch for the arabic.NameKey bytes of
	// vowelRespeltSurnames.
	nameKeys []byte
	// gatherSent is the sentence of gatheringIn's last answer, gathered;
	// the empty span {0, -1} when none (splitSentences).
	gatherSent span
	gathered   bool
	// introduced are the states whose own official the body introduces
	// in another story (introducedStates), read once introducedRead.
	introduced     []string
	introducedIn   []int
	introducedRead bool
	// designWords are the tokens of a designation (designationWords),
	// read once designRead; designIDs is addDesignations' storage.
	designWords []designationWord
	designRead  bool
	designIDs   []string
	// sentText is the text of sentence sentTextOf-1 (0: none yet), kept
	// for the next finding in that sentence (sentenceSpan).
	sentText   string
	sentTextOf int
	scopes     []Scope
}

// mention is a tagged mention as a check keeps it: an entities.Mention
// without what the check reads elsewhere (NormStart, NormEnd and Prefix
// are read from the tokens: normSpan, prefix; Text from the caller's
// bytes when needed: mentionText; Candidates are not read), and with what
// every mention of one surface form shares (its entities, gender, number,
// definiteness, length in tokens) held once in its reading: 24 bytes
// instead of 136 and no text kept alive, for a text may be a mention every
// three bytes. Its offsets are 32-bit (Check refuses a text of 4 GiB or
// more).
type mention struct {
	*reading
	start, end uint32 // original bytes, proclitics excluded (mentionText)
	first      int32  // first token
	Kind       entities.Kind
	Form       entities.Form
	// pre is the length of the proclitics before the span in the first
	// token's normalised text.
	pre uint8
	// and says whether the proclitics start with the conjunction و.
	and bool
}

// reading is what the mentions of one surface form share: the tagger's
// pattern, with the number of tokens it spans. A Checker keeps one of each
// (readingOf); do not modify one.
type reading struct {
	Entities []string // candidate ids, sorted; shared with the tagger
	// ents are the entities of Entities, in their order (nil for an id
	// the gazetteer lacks), looked up once when the reading is made.
	ents           []*entities.Entity
	Gender         entities.Gender
	Number         entities.Number
	Definite, Weak bool
	// more is the number of tokens after the first (LastTok-FirstTok).
	more int32
}

// Start is the mention's first byte in the original text.
func (m *mention) Start() int { return int(m.start) }

// End is the byte after the mention in the original text.
func (m *mention) End() int { return int(m.end) }

// FirstTok is the mention's first token.
func (m *mention) FirstTok() int { return int(m.first) }

// LastTok is the mention's last token (inclusive).
func (m *mention) LastTok() int { return int(m.first + m.reading.more) }

// readingKey identifies a mention's reading: its entity list by its
// storage (the tagger's, one per pattern) and length, the number of
// tokens after the first, and its kind, form, gender, number,
// definiteness and weakness, one byte each in bits.
type readingKey struct {
	ents        *string
	n, more     uint32
	bits, bits2 uint32
}

func keyOf(m *entities.Mention) readingKey {
	k := readingKey{n: uint32(len(m.Entities)), more: uint32(m.LastTok - m.FirstTok),
		bits: uint32(m.Kind) | uint32(m.Form)<<8 | uint32(m.Gender)<<16 | uint32(m.Number)<<24}
	if m.Definite {
		k.bits2 |= 1
	}
	if m.Weak {
		k.bits2 |= 2
	}
	if len(m.Entities) > 0 {
		k.ents = &m.Entities[0]
	}
	return k
}

// tagPiece is the number of mentions tagged at a time (prepare): the
// tagger's mentions are held for one piece only.
const tagPiece = 256

// keepMention returns the record a check keeps of m.
func (st *checkState) keepMention(m *entities.Mention) mention {
	return mention{reading: st.readingOf(m), start: uint32(m.Start), end: uint32(m.End), first: int32(m.FirstTok),
		Kind: m.Kind, Form: m.Form, and: strings.HasPrefix(m.Prefix, "و"), pre: uint8(len(m.Prefix))}
}

// readingOf returns the reading of m: the Checker's (st.shared, as the
// check started), or one this check added (st.added; addReadings gives
// them to the Checker once the text is tagged).
func (st *checkState) readingOf(m *entities.Mention) *reading {
	k := keyOf(m)
	if st.lastReading != nil && k == st.lastKey {
		return st.lastReading
	}
	r := st.shared[k]
	if r == nil {
		if r = st.added[k]; r == nil {
			r = &reading{Entities: m.Entities, Gender: m.Gender, Number: m.Number,
				Definite: m.Definite, Weak: m.Weak, more: int32(k.more)}
			if len(m.Entities) > 0 {
				r.ents = make([]*entities.Entity, len(m.Entities))
				for i, id := range m.Entities {
					r.ents[i], _ = st.c.g.Lookup(id)
				}
			}
			if st.added == nil {
				st.added = make(map[readingKey]*reading)
			}
			st.added[k] = r
		}
	}
	st.lastKey, st.lastReading = k, r
	return r
}

// addReadings gives the Checker the readings the check added: a new map,
// for a check may be reading the old one. The readings a tagger gives are
// bounded by its patterns, so few checks add any once a Checker has run.
func (c *Checker) addReadings(added map[readingKey]*reading) {
	if len(added) == 0 {
		return
	}
	c.readingsMu.Lock()
	defer c.readingsMu.Unlock()
	var old map[readingKey]*reading
	if p := c.readings.Load(); p != nil {
		old = *p
	}
	m := make(map[readingKey]*reading, len(old)+len(added))
	maps.Copy(m, old)
	for k, r := range added {
		if m[k] == nil {
			m[k] = r
		}
	}
	c.readings.Store(&m)
}

// normSpan returns m's span in the normalised text (entities.Mention's
// NormStart, NormEnd).
func (st *checkState) normSpan(m *mention) (start, end int) {
	return int(st.starts[m.FirstTok()]) + int(m.pre), int(st.ends[m.LastTok()])
}

// prefix returns the proclitics outside m's span, normalised
// (entities.Mention's Prefix).
func (st *checkState) prefix(m *mention) string {
	s := int(st.starts[m.FirstTok()])
	return st.norm[s : s+int(m.pre)]
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
	// The text is tagged a piece at a time into pooled storage, each
	// mention kept as the smaller record the check reads.
	// The tagger sets each token's class set (see New) as it goes.
	st.classes, st.classSets = resize(st.classes, t.TokenList().Len()), c.classSets
	if p := c.readings.Load(); p != nil {
		st.shared = *p
	}
	buf := st.tagBuf[:0]
	for from, n := 0, t.TokenList().Len(); from < n; {
		buf, from = c.tagger.AppendSpansFromValues(buf[:0], st.classes, t, from, tagPiece)
		st.ms = growWithin(st.ms, len(buf), from, n)
		for i := range buf {
			st.ms = append(st.ms, st.keepMention(&buf[i]))
		}
	}
	clear(buf) // the pool keeps no text
	st.tagBuf = buf[:0]
	c.addReadings(st.added)
	clear(st.added)
	st.shared, st.lastReading = nil, nil
	// Mentions in the page chrome are dropped: they are not the release's.
	for i, m := range st.ms {
		if m.Start() >= st.chrome {
			st.chromeMs = st.ms[i:]
			st.ms = st.ms[:i]
			break
		}
	}
	st.toks, st.norm = t.TokenList(), t.Norm
	st.starts, st.ends, _ = st.toks.Offsets()
	st.dropGivenClitics()
	st.dropSurnameNisbas()
	n := st.toks.Len()
	st.personIdx = st.personIdx[:0]
	st.inPerson.reset(n)
	clear(st.personMap)
	st.inMention.reset(n)
	st.mentionAt0.reset(n)
	for _, m := range st.ms {
		if m.FirstTok() < n {
			st.mentionAt0.add(m.FirstTok())
		}
		for k := m.FirstTok(); k <= m.LastTok() && k < n; k++ {
			st.inMention.add(k)
		}
	}
	st.mentionAt0.index()
	st.splitSentences()
	st.markQuotes()
	st.roles = resize(st.roles, len(st.ms))
	clear(st.roles)
}

// dropGivenClitics drops the mentions of a state that the tagger read in a
// foreign given name split as proclitics and a state's word, when a name
// word follows it: كارمن رودريغيث is no ك + أرمن, بروس ويليس no ب + روس.
// The word must be a given name of the lexicon as it stands and no common
// word, and the word after it a plain word, no class's and no other
// mention's.
func (st *checkState) dropGivenClitics() {
	n := st.toks.Len()
	out := st.ms[:0]
	for i, m := range st.ms {
		if m.pre > 0 && m.Kind == entities.Country && m.FirstTok() == m.LastTok() && m.LastTok()+1 < n {
			next := m.LastTok() + 1
			info, ok := st.c.given.LookupNormalized(st.word(m.FirstTok()))
			if ok && info.Foreign && !info.CommonWord && st.toks.Kind(next) == arabic.Word && st.bitsOf(next).empty() &&
				(i+1 == len(st.ms) || st.ms[i+1].FirstTok() != next) {
				continue
			}
		}
		out = append(out, m)
	}
	clear(st.ms[len(out):])
	st.ms = out
}

// dropSurnameNisbas drops the state reading of a nisba that is the surname
// of a person the text names in full (محمد شياع السوداني … وأكد السوداني:
// Iraq's prime minister, not Sudan) where the word stands as a name: right
// after a speech verb or a verb a name follows, with no noun before it for
// the nisba to qualify (وأكد الجانب السوداني keeps Sudan). The two readings
// are weighed by the two signs together: the surname of a person named in
// the text, and the place of a name; either alone leaves the state
// (السوداني after a noun is Sudan's, and after a speech verb in a text
// that names no such person it is a Sudanese speaker). A person of the
// nisba's own state is left to the nisba: the reading is the same state.
func (st *checkState) dropSurnameNisbas() {
	var surnames []string // last words of the full names of people the text names, with their states
	var states []string
	for i := range st.ms {
		m := &st.ms[i]
		if m.Kind != entities.Person || m.FirstTok() == m.LastTok() {
			continue
		}
		for _, e := range m.ents {
			if e == nil {
				continue
			}
			for _, name := range e.Names {
				w := st.c.normWord(name)
				if j := strings.LastIndexByte(w, ' '); j >= 0 && hasArticle(w[j+1:]) {
					surnames = append(surnames, w[j+1:])
					states = append(states, e.Country)
				}
			}
		}
	}
	if len(surnames) == 0 {
		return
	}
	out := st.ms[:0]
	for _, m := range st.ms {
		if st.surnameNisba(&m, surnames, states) {
			continue
		}
		out = append(out, m)
	}
	clear(st.ms[len(out):])
	st.ms = out
}

// surnameNisba says whether m, a one-word nisba of one state without
// proclitics, is the surname of a person of another state in surnames
// (states gives each one's) standing where a name does (dropSurnameNisbas).
func (st *checkState) surnameNisba(m *mention, surnames, states []string) bool {
	k := m.FirstTok()
	if m.Kind != entities.Country || m.Form != entities.FormNisba || len(m.Entities) != 1 || m.pre > 0 ||
		m.LastTok() != k || k == 0 || st.toks.Kind(k-1) != arabic.Word ||
		!st.is(k-1, st.c.k.speech.or(st.c.k.nameVerb)) {
		return false
	}
	w := st.word(k)
	for i, s := range surnames {
		if s == w && states[i] != m.Entities[0] {
			return true
		}
	}
	return false
}

// maxPooledScratch bounds the scratch storage of the stages (attachments,
// respelt surnames) that a checkState keeps for the next check.
const maxPooledScratch = 1024

// maxPooledTokens bounds the documents whose storage goes back to the pool:
// one huge document must not keep megabytes alive for the small ones.
const maxPooledTokens = 1 << 17

// release returns st's storage to the Checker's pool once its report is
// built. The report holds none of it: mentions, roles and findings are
// copied into the report by value, and the slices the report shares
// (scopes, evidence, a finding's spans) are not pooled. Elements holding
// pointers are cleared so that the pool keeps no report data alive.
func (c *Checker) release(st *checkState) {
	if st.large || cap(st.classes) > maxPooledTokens {
		return
	}
	clear(st.ms[:cap(st.ms)])
	clear(st.findings[:cap(st.findings)])
	clear(st.persons[:cap(st.persons)])
	// The names are written by appending only (the arena's words past its
	// length, the chunks' names from nameN on, are zero since the last
	// release): what this check wrote is cleared, not the whole storage.
	clear(st.nameArena)
	for ci, left := 0, st.nameN; left > 0; ci, left = ci+1, left-nameChunk {
		clear(st.nameChunks[ci][:min(left, nameChunk)])
	}
	clear(st.clusters[:cap(st.clusters)])
	for _, chunk := range st.clusterChunks {
		for i := range chunk {
			chunk[i] = cluster{members: chunk[i].members[:0]} // members hold indices only
		}
	}
	clear(st.evidence[:cap(st.evidence)])
	clear(st.scores)
	for i := range st.partChunks {
		clear(st.partChunks[i])
		clear(st.evChunks[i])
	}
	clear(st.episodes[:cap(st.episodes)])
	clear(st.matches.by)
	clear(st.named)
	// The stages' scratch storage is kept while small: clearing it costs
	// its capacity, at every check.
	if cap(st.attBuf) > maxPooledScratch || cap(st.fulls) > maxPooledScratch || len(st.byGiven) > maxPooledScratch ||
		len(st.coordPairs) > maxPooledScratch || cap(st.futureToks) > maxPooledScratch || cap(st.nameKeys) > maxPooledScratch ||
		cap(st.designWords) > maxPooledScratch {
		st.attBuf, st.fulls, st.byGiven, st.coordPairs, st.futureToks, st.nameKeys, st.designWords = nil, nil, nil, nil, nil, nil, nil
	}
	clear(st.attBuf[:cap(st.attBuf)])
	clear(st.anchors) // the states of the gazetteer at most
	clear(st.fulls[:cap(st.fulls)])
	clear(st.byGiven)
	clear(st.coordPairs)
	st.t.Orig, st.t.Norm = nil, "" // the caller's bytes are not retained
	// Everything else is zeroed; the slices newState appends to start empty,
	// the per-token ones are resized by prepare.
	*st = checkState{t: st.t, ms: st.ms[:0], tagBuf: st.tagBuf, classes: st.classes, quoted: st.quoted, inMention: st.inMention,
		mentionAt0: st.mentionAt0, sentStart: st.sentStart, plain: st.plain, sents: st.sents[:0], paraStart: st.paraStart, personIdx: st.personIdx,
		inPerson: st.inPerson, personMap: st.personMap,
		persons: st.persons[:0], nameArena: st.nameArena[:0], clusters: st.clusters[:0],
		nameChunks: st.nameChunks, clusterChunks: st.clusterChunks, clusterOrder: st.clusterOrder, roles: st.roles, findings: st.findings[:0], evidence: st.evidence[:0],
		matches: conflictMatches{by: st.matches.by}, scores: st.scores, partChunks: st.partChunks, evChunks: st.evChunks, episodes: st.episodes[:0], named: st.named,
		attBuf: st.attBuf[:0], attrApart: st.attrApart, attMarks: st.attMarks, anchors: st.anchors, fulls: st.fulls[:0], byGiven: st.byGiven, coordPairs: st.coordPairs,
		futureToks: st.futureToks[:0], nameKeys: st.nameKeys[:0], designWords: st.designWords[:0], designIDs: st.designIDs[:0]}
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
	st.lastSent = span{0, -1}
	st.futureRead = false // futureTokens reads the new tokens
	st.gatherSent, st.gathered = span{0, -1}, false
	st.introduced, st.introducedIn, st.introducedRead = st.introduced[:0], st.introducedIn[:0], false
	st.designWords, st.designRead = st.designWords[:0], false
	toks := st.toks
	n := toks.Len()
	st.sentStart.reset(n)
	st.paraStart.reset(n) // sentences that start a paragraph (at most n)
	start := 0
	para := true
	paras := 0
	st.thirdLine = -1
	flush := func(last int) {
		if last < start {
			return
		}
		if para {
			st.paraStart.add(len(st.sents))
			if paras++; paras == 3 {
				st.thirdLine = len(st.sents)
			}
		}
		st.sents = growFor(st.sents, 1, last+1, n)
		st.sents = append(st.sents, int32(start))
		st.sentStart.add(start)
		start = last + 1
		para = false
	}
	for i := range n {
		// Tokens of one expanded character (ﷺ) share its bytes: no gap. A
		// line break between two tokens of the original is one in the
		// normalised text too (the normaliser keeps ASCII), so the original
		// gap is only read where the normalised one has a line break.
		if i > start && hasLineBreak(st.norm[st.ends[i-1]:st.starts[i]]) {
			if pe, s := st.origEnd(i-1), st.origStart(i); pe < s && hasLineBreak(st.src[pe:s]) {
				flush(i - 1)
				para = true
			}
		}
		if toks.Kind(i) == arabic.Punct {
			switch st.word(i) {
			case ".":
				// the number of a numbered item or clause (1. استقبل …)
				// opens its line's sentence: it ends none
				if !(para && i == start+1 && st.itemMark(start)) {
					flush(i)
				}
			case "؟", "?", "!", "؛", ";":
				flush(i)
			}
		}
	}
	flush(n - 1)
	if st.thirdLine < 0 {
		st.thirdLine = len(st.sents)
	}
	st.sentStart.index()
}

// growFor returns s with room for extra more elements. When s is full, its
// new capacity is extrapolated from the part of the text read (done of n
// tokens), at most four times the old, so that a list that grows with a
// large text (sentences, persons) is copied a few times, not at every
// quarter, each copy left behind.
func growFor[T any](s []T, extra, done, n int) []T {
	if cap(s)-len(s) >= extra {
		return s
	}
	est := len(s)*n/max(done, 1) + len(s)/8 + extra + 16
	return append(make([]T, 0, max(min(est, 4*len(s)), len(s)+extra+16)), s...)
}

// collectAbove is the size of text from which a check collects its
// garbage between the stages that leave much of it (collect): on a text of
// megabytes, whose check takes seconds, a collection costs a few per cent
// of the time and keeps the peak memory close to what the check holds.
const collectAbove = 2 << 20

// collect runs the garbage collector when the text is large, so that the
// next stage reuses the memory the last one left behind instead of
// growing the heap: the collector's own pace lets the heap grow to twice
// what was live at its last run, and on a large text that excess is what
// the peak is made of.
func (st *checkState) collect() {
	if st.large {
		runtime.GC()
	}
}

// dropTokens lets the collector have the tokens, the normalised text and
// the class of each token, which the report does not read, once a large
// text's stages are done: the report's mention list reuses their memory.
// The state is not pooled after it (release).
func (st *checkState) dropTokens() {
	if !st.large {
		return
	}
	st.t, st.toks, st.starts, st.ends, st.norm, st.classes = nil, nil, nil, nil, "", nil
	st.collect()
}

// growWithin is growFor for a list that holds at most one element per
// token (mentions: the tagger's are leftmost-longest and never overlap):
// the capacity is extrapolated from the elements up to token done, the
// extra ones included, and capped at that bound (the elements so far plus
// the tokens left after token done) rather than at four times the old
// capacity. A text of mentions on every token, the densest, gets its final
// size at the first growth and leaves no dead copy of a large list behind;
// no text gets more room than a mention on each of its tokens needs.
func growWithin[T any](s []T, extra, done, n int) []T {
	if cap(s)-len(s) >= extra {
		return s
	}
	most := len(s) + extra + max(n-done, 0)
	est := (len(s)+extra)*n/max(done, 1) + len(s)/8 + 16
	return append(make([]T, 0, max(min(est, most), len(s)+extra)), s...)
}

// hasLineBreak says whether the gap between two tokens (most often one
// space) holds a line break.
func hasLineBreak[S string | []byte](gap S) bool {
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c == '\n' || c == '\r' {
			return true
		}
	}
	return false
}

// markQuotes marks the tokens inside quotation marks ("…", «…», “…”); a
// paragraph break closes any open quotation.
func (st *checkState) markQuotes() {
	toks := st.toks
	n := toks.Len()
	st.quoted.reset(n)
	open := false
	si := -1 // the sentence of token i
	for i := range n {
		if st.sentStart.has(i) {
			si++
			if st.paraStart.has(si) {
				open = false
			}
		}
		if toks.Kind(i) == arabic.Punct {
			switch st.word(i) {
			case "\"":
				// A straight quote attached to the word after it opens, one
				// attached to the word before it closes; otherwise it toggles.
				after := i+1 < n && st.origStart(i+1) == st.origEnd(i)
				before := i > 0 && st.origEnd(i-1) == st.origStart(i) && toks.Kind(i-1) != arabic.Punct
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
		if open {
			st.quoted.add(i)
		}
	}
}

// word returns the normalised text of token i.
func (st *checkState) word(i int) string { return st.norm[st.starts[i]:st.ends[i]] }

// origStart is the offset in the original bytes where token i starts.
func (st *checkState) origStart(i int) int {
	s := int(st.starts[i])
	os, _ := st.t.OrigSpan(s, s)
	return os
}

// origEnd is the offset in the original bytes where token i ends.
func (st *checkState) origEnd(i int) int {
	e := int(st.ends[i])
	_, oe := st.t.OrigSpan(e, e)
	return oe
}

// bitsOf returns the class bits of token tok (in range).
func (st *checkState) bitsOf(tok int) classMask { return st.classSets[st.classes[tok]] }

// is says whether token tok (in range) has a class bit.
func (st *checkState) is(tok int, bit classMask) bool {
	return tok >= 0 && tok < len(st.classes) && st.classSets[st.classes[tok]].any(bit)
}

// mentionAt returns the index of the mention holding token tok (in
// range), -1 if none: the number of mentions starting at or before tok,
// less one.
func (st *checkState) mentionAt(tok int) int32 {
	w, bit := tok>>6, uint64(1)<<(tok&63)
	if st.inMention.words[w]&bit == 0 {
		return -1
	}
	return st.mentionAt0.upTo(w, bit)
}

// personAt returns the index of the person whose name holds token tok (in
// range), -1 if none.
func (st *checkState) personAt(tok int) int32 {
	if !st.inPerson.has(tok) {
		return -1
	}
	return st.personOf(tok)
}

// personOf is personAt for a token of a person's name.
func (st *checkState) personOf(tok int) int32 {
	if len(st.personIdx) > 0 {
		return st.personIdx[tok]
	}
	return st.personMap[int32(tok)]
}

// setPerson records that token tok belongs to person p (-1: to none).
func (st *checkState) setPerson(tok int, p int32) {
	if p < 0 {
		if st.inPerson.has(tok) {
			st.inPerson.remove(tok)
			if len(st.personIdx) > 0 {
				st.personIdx[tok] = -1
			} else {
				delete(st.personMap, int32(tok))
			}
		}
		return
	}
	st.inPerson.add(tok)
	if len(st.personIdx) > 0 {
		st.personIdx[tok] = p
		return
	}
	if st.personMap == nil {
		st.personMap = map[int32]int32{}
	}
	st.personMap[int32(tok)] = p
	// A map entry costs about ten times a slot of a per-token index: past
	// one name token in sixteen, the index is smaller.
	if n := st.toks.Len(); len(st.personMap) > n/16+64 {
		st.personIdx = resize(st.personIdx, n)
		for i := range st.personIdx {
			st.personIdx[i] = -1
		}
		for k, v := range st.personMap {
			st.personIdx[k] = v
		}
		clear(st.personMap)
	}
}

// sentAt returns the index of the sentence holding token tok (in range).
func (st *checkState) sentAt(tok int) int32 {
	return st.sentStart.upTo(tok>>6, uint64(1)<<(tok&63))
}

// sent returns sentence i: its tokens run to the next sentence's first
// (a text of one sentence per two bytes has millions, stored as their
// first tokens only).
func (st *checkState) sent(i int) span {
	last := st.toks.Len() - 1
	if i+1 < len(st.sents) {
		last = int(st.sents[i+1]) - 1
	}
	return span{int(st.sents[i]), last}
}

// sentOf is the sentence that holds token tok. The stages ask for the
// same sentence many times in a row: the last answer is kept (lastSent).
func (st *checkState) sentOf(tok int) span {
	if s := st.lastSent; s.first <= tok && tok <= s.last {
		return s
	}
	s := st.sent(int(st.sentAt(tok)))
	st.lastSent = s
	return s
}

// spanOf is the span of the tokens [first, last] in the original bytes.
func (st *checkState) spanOf(first, last int) Span {
	s, e := st.origStart(first), st.origEnd(last)
	return Span{Start: s, End: e, Text: string(st.src[s:e])}
}

// tokenSet is a set of token (or sentence) indices that gives the rank of
// an index (the members before it) in constant time: a bit per index and
// a count per 64 of them, 1.5 bits per index. Members are added, then
// index makes the ranks.
type tokenSet struct {
	words []uint64
	ranks []uint32 // members before each word (after index)
}

// reset makes s the empty set over [0, n), reusing its storage.
func (s *tokenSet) reset(n int) {
	s.words = resize(s.words, (n+63)/64)
	clear(s.words)
	s.ranks = s.ranks[:0]
}

// add adds k (in range).
func (s *tokenSet) add(k int) { s.words[k>>6] |= 1 << (k & 63) }

// remove removes k (in range).
func (s *tokenSet) remove(k int) { s.words[k>>6] &^= 1 << (k & 63) }

// has says whether k (in range) is a member.
func (s *tokenSet) has(k int) bool { return s.words[k>>6]&(1<<(k&63)) != 0 }

// next returns the first member at or after k (k >= 0), or -1 when there
// is none: the members in order, 64 indices a step where there are few.
func (s *tokenSet) next(k int) int {
	w := k >> 6
	if w >= len(s.words) {
		return -1
	}
	b := s.words[w] &^ (1<<(k&63) - 1)
	for b == 0 {
		if w++; w == len(s.words) {
			return -1
		}
		b = s.words[w]
	}
	return w<<6 | bits.TrailingZeros64(b)
}

// index makes the ranks after the last add.
func (s *tokenSet) index() {
	s.ranks = resize(s.ranks, len(s.words))
	r := uint32(0)
	for i, w := range s.words {
		s.ranks[i] = r
		r += uint32(bits.OnesCount64(w))
	}
}

// upTo returns the members up to k inclusive, less one, for k given as
// its word w = k>>6 and bit 1<<(k&63): the index of the last member at or
// before k among the members in order (-1 if none).
func (s *tokenSet) upTo(w int, bit uint64) int32 {
	// bit<<1 - 1 masks the bits up to k's (all of them for bit 63).
	return int32(s.ranks[w]) + int32(bits.OnesCount64(s.words[w]&(bit<<1-1))) - 1
}

// mentionText is the text of a mention: the caller's bytes, copied (a
// check keeps no text per mention: the tagger's would hold the text of
// every mention alive).
func (st *checkState) mentionText(m *mention) string { return string(st.src[m.Start():m.End()]) }

// judgeable says whether a mention names a state or group in a way that can
// conflict with the participants.
func judgeable(m *mention) bool {
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
func hasPrefixAnd(m *mention) bool { return m.and }
