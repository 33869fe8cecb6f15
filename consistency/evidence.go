package consistency

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// Evidence, not gates. A country conflict's confidence is the product of
// the factors of named features, each in (0, 1] except where said: the
// matched pattern's confidence (how strongly the context is a party's
// place), then
//
//	confusable   the state is easily mistaken for the participant
//	             expected: confusableBase + confusableSlope × score, at most 1
//	             (one shared first Chinese character 0.55 → 0.875)
//	intruder     for patterns that need the state to look swapped in rather
//	             than discussed: how often and where it is named (intruder)
//	parties      each participant established by weaker evidence than a
//	             title, counterpart word or known official: weakParty
//	             (weakPartyIntruder for intruder patterns)
//	quoted       the mention is inside a quotation of a speaker of a
//	             state that is no participant (quoteSpeaker): quotedFactor;
//	             quoted-unattributed, of a speaker the text does not
//	             place: unattributedFactor graded by the state's
//	             confusability with a participant (quotedGraded): a
//	             look-alike is swapped in an unplaced speaker's words
//	discussed    for confusable and intruder patterns: the same state is a
//	             topic or a place elsewhere in the text (الوضع في أفغانستان):
//	             a state the release discusses is more likely a third party
//	             than a participant swapped, the less so the more easily it
//	             is mistaken for one (neighbours with close names, السودان
//	             وجنوب السودان, are discussed together and swapped alike):
//	             discussedBase + (1 − discussedBase) × confusability
//	paired-elsewhere  another mention of the state is coordinated with
//	             the participant expected in its place: pairedFactor
//	regional-issues  the sentence names it among the regional and
//	             international matters it lists (regionalIssues): regionalFactor
//	situation    the sentence goes on, in its paragraph, from one that
//	             turned to a situation (الوضع في …): situationFactor
//	topic-frame  the sentence opens by naming the state as its subject
//	             matter (وحول العراق، …; وفي سؤال عن أوكرانيا، …): frameFactor
//	posted       the state hosts another state's envoy (سفير مصر لدى
//	             ألمانيا): postedFactor graded by its confusability with
//	             the participant expected (envoypost.go)
//	self-relation  the expected participant is the other side of the
//	             relation the state stands in (أن بلاده تنسق مع X said by
//	             that participant's speaker; X جارة مهمة للعراق): the fix
//	             would make it its own partner: selfRelationFactor
//
// A judgement whose confidence falls below minConflictConfidence raises no
// conflict at all (the mention stays a third party).
//
// A product of factors is a linear score of their logarithms: each factor
// is one weight, and the finding's evidence lists the features that made
// it, with their factors. The default --min-confidence (DefaultMinConfidence)
// is the threshold chosen on measured data (see README, "Confidence").
type feature struct {
	name   string
	factor float64
	note   string // what was seen ("AZ, zh1 阿", "named once")
}

const (
	confusableBase  = 0.6
	confusableSlope = 0.5
	quotedFactor    = 0.5
	// unattributedFactor: inside a quotation whose speaker the text does
	// not place. Measured against quotedFactor's 0.5: at 0.8 the held-out
	// readouts gain slips, but slips put into published articles gain 3
	// for 8 false findings more, and a published article gets a false
	// conflict (a side-of in an unattributed quotation): kept at 0.5.
	unattributedFactor = 0.5
	discussedBase      = 0.5
	// minConflictConfidence is the lowest confidence a conflict is raised
	// with.
	minConflictConfidence = 0.4
)

// discussedFactor is the discussed feature's factor for a confusability.
func discussedFactor(conf float64) float64 { return discussedBase + (1-discussedBase)*conf }

// quotedGraded is a quotation's factor for a state mistaken for a
// participant with confusability conf: base + (1 − base) × conf.
func quotedGraded(base, conf float64) float64 { return base + (1-base)*conf }

// discussed says whether the state of mention mi is a topic or a place in
// another of its mentions (a topic sentence, a topic word, a place).
func (st *checkState) discussed(ep *episode, mi int) bool {
	m := &st.ms[mi]
	for j := range st.ms {
		if j == mi || !judgeable(&st.ms[j]) || !sameState(m, &st.ms[j]) {
			continue
		}
		if st.topicContext(ep, j) {
			return true
		}
	}
	return false
}

func sameState(a, b *mention) bool {
	for _, x := range a.Entities {
		if containsStr(b.Entities, x) {
			return true
		}
	}
	return false
}

// confusableFactor is the confusable feature's factor for a score.
func confusableFactor(score float64) float64 {
	return min(1, confusableBase+confusableSlope*score)
}

// The intruder feature: a participant's name swapped for another state's
// shows in how the text names that state. A third party a release discusses
// is usually introduced and named again; a swapped name is named once, or,
// when a translation swapped the same name several times, a few times as a
// state easily mistaken for a participant.
const (
	// intruderOnce: named once in the whole text (page chrome included).
	intruderOnce = 1.0
	// intruderRepeatedBase + intruderRepeatedSlope × confusability: named
	// two or three times, easily mistaken for a participant.
	intruderRepeatedBase  = 0.45
	intruderRepeatedSlope = 0.4
	// intruderLede: in the lede, which introduces what the release is
	// about.
	intruderLede = 0.6
	// intruderBeforeName: a title's state before a name (الرئيس الأميركي
	// باراك أوباما) usually is that person's state.
	intruderBeforeName = 0.3
	// minIntruder is the intruder score from which an intruder pattern is
	// considered at all.
	minIntruder = 0.5
)

// intruderScore is the intruder feature of one mention: its score and
// what made it (the features are built only for a finding). When the state
// is named more than once, mistook is the participant it is easily mistaken
// for (a slip does not stand beside the very participant it replaced:
// السودان وجنوب السودان is a pair of states, not a swap).
type intruderScore struct {
	score         float64
	named         int
	mistook       string
	lede, beforeN bool
}

// intruder scores how much mention mi looks swapped in rather than
// discussed (0 when it cannot be: not one country, not a pair episode).
func (st *checkState) intruder(ep *episode, mi int) intruderScore {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || len(ep.parts) != 2 {
		return intruderScore{}
	}
	is := intruderScore{named: st.timesNamed(m.Entities[0])}
	switch {
	case is.named == 1:
		is.score = intruderOnce
	case is.named <= 3:
		conf, cs := st.confusableParticipant(ep, m)
		if conf == "" {
			return intruderScore{}
		}
		is.mistook = conf
		is.score = intruderRepeatedBase + intruderRepeatedSlope*cs
	default:
		return intruderScore{}
	}
	if st.sentOf(m.FirstTok()) == st.sentOf(0) {
		is.score *= intruderLede
		is.lede = true
	}
	if k := m.LastTok() + 1; k < st.toks.Len() && st.personAt(k) >= 0 && st.plausibleName(int(st.personAt(k))) {
		is.score *= intruderBeforeName
		is.beforeN = true
	}
	return is
}

// features appends the intruder score's features to fs.
func (is *intruderScore) features(fs []feature) []feature {
	base := is.score
	if is.lede {
		base /= intruderLede
	}
	if is.beforeN {
		base /= intruderBeforeName
	}
	note := "named once"
	if is.named > 1 {
		note = fmt.Sprintf("named %d times, easily mistaken for %s", is.named, is.mistook)
	}
	fs = append(fs, feature{"intruder", base, note})
	if is.lede {
		fs = append(fs, feature{"in-lede", intruderLede, "in the lede"})
	}
	if is.beforeN {
		fs = append(fs, feature{"before-name", intruderBeforeName, "a title's state before a name"})
	}
	return fs
}

// timesNamed counts the mentions of state id in the text and its page
// chrome.
func (st *checkState) timesNamed(id string) int {
	if !st.namedDone {
		// Counted once per check (the mentions are fixed after prepare):
		// a scan per call would make a long text's check quadratic. The
		// map is the pooled state's (release clears it).
		st.namedDone = true
		if st.named == nil {
			st.named = make(map[string]int)
		}
		for _, ms := range [2][]mention{st.ms, st.chromeMs} {
			for i := range ms {
				ents := ms[i].Entities
				for j, e := range ents {
					if !containsStr(ents[:j], e) {
						st.named[e]++
					}
				}
			}
		}
	}
	return st.named[id]
}

// below says whether pattern p's judgement of mention mi, its confidence
// times the factors of fs, falls below minConflictConfidence (and raises
// no conflict). With logJudgements set it keeps such a judgement in
// judgeLog, for the tests that ask which factor turned a slip down.
func (st *checkState) below(mi int, p *Pattern, fs []feature) bool {
	if product(p.Confidence, fs) >= minConflictConfidence {
		return false
	}
	if st.logJudgements {
		m := &st.ms[mi]
		st.judgeLog = append(st.judgeLog, judgeSample{start: m.Start(), end: m.End(), rule: p.ID, base: p.Confidence, fs: append([]feature(nil), fs...)})
	}
	return true
}

// judgeSample is a pattern's judgement that fell below
// minConflictConfidence: the mention's bytes, the pattern, its
// confidence and the features' factors.
type judgeSample struct {
	start, end int
	rule       string
	base       float64
	fs         []feature
}

// product is a pattern's confidence times the features' factors.
func product(base float64, fs []feature) float64 {
	for _, f := range fs {
		base *= f.factor
	}
	return base
}

// confidenceOf multiplies a pattern's confidence by the factors of the
// features, and returns the evidence notes of the features.
func confidenceOf(base float64, fs []feature) (float64, string) {
	c := base
	if len(fs) == 0 {
		return c, ""
	}
	// "name ×0.70 (note); …", as fmt's "%s ×%.2f (%s)" writes each, into
	// one allocation
	n := 0
	for _, f := range fs {
		n += len(f.name) + len(f.note) + len("; ×0.00 ()") + 4
	}
	b := make([]byte, 0, n)
	for i, f := range fs {
		c *= f.factor
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, f.name...)
		b = append(b, " ×"...)
		b = strconv.AppendFloat(b, f.factor, 'f', 2, 64)
		b = append(b, " ("...)
		b = append(b, f.note...)
		b = append(b, ')')
	}
	return c, string(b)
}

// quoteSpeaker returns the state of the speaker whose words the quotation
// holding token tok reports: a speech verb and a person (or an office with
// a state) in the sentence that opens the quotation, before its opening
// mark (قال الصفدي: «…»), or the paragraph's speaker when that sentence
// has a speech word and no speaker of its own (وأضاف: «…»), else in the
// sentence that closes it, after its closing mark («…»، قال الصفدي); a
// person or an office with a state the opening sentence names before its
// speech verb speaks when no one is named after it (وكان الوزير الفرنسي
// جان نويل بارو قد قال: «…»، وكان رئيس الوزراء الأسترالي قد قال: «…»).
// "" when none names one.
func (st *checkState) quoteSpeaker(tok int) string {
	open := tok
	for open > 0 && st.quoted.has(open-1) {
		open--
	}
	if open > 0 {
		s := st.sentOf(open - 1)
		if sp := st.speakerIn(s.first, open-1); sp != "" {
			return sp
		}
		// وأضاف البيان: «…»، وقالت الوزارة: «…»: the release's own
		// statement speaks for the release's state
		if sp, ok := st.statementSpeaker(s.first, open-1); ok {
			return sp
		}
		if st.classWithin(s.first, open-1, st.c.k.speech) {
			// الوزير الفرنسي … قد قال: «…»: the subject before the
			// speech verb
			if sp := st.personBefore(open-1, s.first); sp != "" {
				return sp
			}
			for k := s.first; k < open; k++ {
				if st.is(k, st.c.k.speech) {
					break
				}
				if sp := st.officeStateAt(k, open-1); sp != "" {
					return sp
				}
			}
			// وأضاف: «…» goes on with the paragraph's speaker
			for si := int(st.sentAt(s.first)); si > 0 && !st.paraStart.has(si); {
				si--
				if sp := st.speakerIn(st.sent(si).first, st.sent(si).last); sp != "" {
					return sp
				}
			}
		}
	}
	end := tok
	for end+1 < st.toks.Len() && st.quoted.has(end+1) {
		end++
	}
	if end+1 < st.toks.Len() {
		return st.speakerIn(end+1, st.sentOf(end+1).last)
	}
	return ""
}

// statementSpeaker reads a speech verb in [first, last] whose subject is
// the statement the release has named or a ministry (وأضاف البيان، وقالت
// الوزارة، وقالت وزارة الخارجية الروسية), not a joint statement: the
// ministry's state when its title names one, else the release's own
// state; ok is false when no such subject speaks.
func (st *checkState) statementSpeaker(first, last int) (string, bool) {
	for k := first; k < last; k++ {
		if !st.is(k, st.c.k.speech) {
			continue
		}
		switch st.word(k + 1) {
		case "البيان":
			if !st.jointStatement(k+1) && st.home != "" {
				return st.home, true
			}
		case "الوزاره", "وزاره":
			// a state named in the ministry's title (وزارة الخارجية
			// الروسية) is the ministry's
			for j := k + 2; j <= min(last, k+2+officeWords); j++ {
				if mi := st.mentionAt(j); mi >= 0 {
					if m := &st.ms[mi]; m.Kind == entities.Country && len(m.Entities) == 1 {
						return m.Entities[0], true
					}
					break
				}
				if !st.is(j, st.c.k.titleWord) {
					break
				}
			}
			if st.home != "" {
				return st.home, true
			}
		}
	}
	return "", false
}

// sentenceNames says whether the sentence of mention mi names state id in
// a mention after it (إن سوريا تحتاج إلى دعم جيرانها، والأردن والعراق
// مستعدان: the speaker's own state comes as another subject).
func (st *checkState) sentenceNames(mi int, id string) bool {
	s := st.sentOf(st.ms[mi].FirstTok())
	for i := mi + 1; i < len(st.ms) && st.ms[i].FirstTok() <= s.last; i++ {
		if containsStr(st.ms[i].Entities, id) && isState(&st.ms[i]) {
			return true
		}
	}
	return false
}

// actorBefore says whether the sentence of mention mi opens a clause with
// state id as its subject (أن دولة الإمارات ستواصل …، إن طشقند تؤيد …)
// before mi: the word before that mention, or before its دولة, is أن, إن
// or بأن. A pair named after the other party acts (… بالتنسيق مع الجانبين
// الروسي والأوكراني; … جهود السلام التي تبذلها الصين والبرازيل) is what
// that party deals with, not the meeting's two parties.
func (st *checkState) actorBefore(mi int, id string) bool {
	s := st.sentOf(st.ms[mi].FirstTok())
	for i := mi - 1; i >= 0 && st.ms[i].FirstTok() >= s.first; i-- {
		t := &st.ms[i]
		if !containsStr(t.Entities, id) || !isState(t) {
			continue
		}
		k := t.FirstTok() - 1
		if k > s.first && st.word(k) == "دوله" {
			k--
		}
		if k >= s.first && st.is(k, st.c.k.that) {
			return true
		}
	}
	return false
}

// actorApart scales a pairing pattern's conflict when the other party is
// the subject of the clause before the pair (actorBefore).
const actorApart = 0.35

// regionalIssues says whether the sentence of mention mi turns, before
// it, to regional or international matters (a topic word qualified as
// such: القضايا الإقليمية والدولية، التطورات الإقليمية، الملفات الدولية)
// and goes on to name some of them (ومنها، بما فيها، ولا سيما): the states
// named then are those matters' (ومنها الأوضاع في أفغانستان والعلاقات بين
// الهند وباكستان), not the parties' own relations. A regional word alone
// is not enough (مهما تغير الوضع الدولي، فإن الصين … العلاقات الصينية
// العربية goes on to the parties).
func (st *checkState) regionalIssues(mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	regional := false
	for k := max(s.first+1, m.FirstTok()-regionalReach); k < m.FirstTok(); k++ {
		w := withoutAnd(st.word(k))
		if regionalWord.has(w) && st.bitsOf(k-1).any(st.c.k.topicNoun.or(st.c.topicBit)) {
			regional = true
		} else if regional && includingWord.has(w) {
			return true
		}
	}
	return false
}

// includingWord are the words (normalised, without و) that go on to name
// some of the matters before them (ومنها، بما فيها، ولا سيما، خاصة).
var includingWord = newWordList("منها", "فيها", "سيما", "خاصه", "خصوصا", "بينها")

// regionalWord are the adjectives (normalised, without و) that make a
// topic word regional or international.
var regionalWord = newWordList("الاقليميه", "الاقليمي", "الدوليه", "الدولي")

// regionalReach is how many words before a state a regional topic may
// stand, and regionalFactor how much it lowers a conflict: a rule's
// strongest pattern (0.95) falls below the library's floor
// (minConflictConfidence).
const (
	regionalReach  = 20
	regionalFactor = 0.4
)

// topicFrame says whether the sentence of mention mi opens by naming
// mention mi's state as what it is about: a preposition of topic (حول،
// بشأن، عن، بخصوص، فيما يتعلق بـ) at the sentence's start, or after a
// question (وردا على سؤال عن، وفي سؤال آخر حول), whose object is a mention
// of that state (وحول العراق، قال الوزير إن بغداد …). Everything the
// sentence then says of the state (its capital acting, relations with it)
// is said of the matter announced, not of a party: a translation that
// swaps a participant does not announce the swapped state as the
// sentence's subject matter.
func (st *checkState) topicFrame(mi int) bool {
	m := &st.ms[mi]
	if len(m.Entities) != 1 {
		return false
	}
	s := st.sentOf(m.FirstTok())
	question := false
	for k := s.first; k < min(s.first+frameReach, s.last, m.LastTok()+1); k++ {
		w := st.word(k)
		if questionWord.has(withoutAnd(w)) {
			question = true
			continue
		}
		// فيما يتعلق بـ X: the object carries the ب.
		phrase := (w == "يتعلق" || w == "يخص") && k > s.first && withoutAnd(st.word(k-1)) == "فيما"
		if !phrase && !framePrep.has(w) && !framePrep.has(withoutAnd(w)) && !framePrep.has(strings.TrimPrefix(w, "و")) {
			continue
		}
		// The frame opens the sentence (فيما يتعلق counts as one word) or
		// follows a question.
		if k != s.first && !question && !(phrase && k == s.first+1) {
			continue
		}
		obj := k + 1
		if obj > s.last {
			return false
		}
		j := st.mentionAt(obj)
		if j < 0 {
			return false
		}
		n := &st.ms[j]
		return n.FirstTok() == obj && len(n.Entities) == 1 && n.Entities[0] == m.Entities[0]
	}
	return false
}

// framePrep are the prepositions of topic (normalised) a sentence may open
// with, and questionWord the words for a question (without و) after which
// they also frame the sentence.
var (
	framePrep    = newWordList("حول", "بشان", "عن", "بخصوص", "حيال", "ازاء", "تجاه")
	questionWord = newWordList("سوال", "السوال", "سوالا", "اسيله", "الاسيله", "استفسار")
)

// frameReach is how many words from a sentence's start its topic frame may
// end, and frameFactor how much the frame lowers a conflict on the state it
// names: a rule's strongest pattern (0.95) falls below the library's floor.
const (
	frameReach  = 6
	frameFactor = 0.4
)

// situationParagraph says whether the sentence of mention mi goes on, in
// the same paragraph, from a sentence that turned to a situation
// somewhere: a topic introduction (تبادل الجانبان وجهات النظر حول، تناول
// اللقاء) then a topic word placed in a state or region (الوضع في …،
// الأزمة الأوكرانية). What the next sentence says (وأكد الوزير أن الحوار
// مع …) is said of that situation's actors. Topics that place nothing
// (القضايا الإقليمية والدولية، العلاقات الثنائية) do not count: a swapped
// participant may well follow them.
func (st *checkState) situationParagraph(mi int) bool {
	si := int(st.sentAt(st.ms[mi].FirstTok()))
	if si == 0 || st.lineStart(si) {
		return false
	}
	prev := st.sent(si - 1)
	intro := false
	for k := prev.first; k <= prev.last; k++ {
		if !intro {
			intro = st.topicIntro(k)
			continue
		}
		if st.is(k, st.c.k.topicNoun) && k+1 <= prev.last && (st.is(k+1, st.c.k.locative) || st.inMention.has(k+1)) {
			return true
		}
	}
	return false
}

// situationFactor scales a conflict in a sentence that goes on from a
// situation (situationParagraph): below the floor for a pattern of 0.85
// or less.
const situationFactor = 0.45

// besideExpected scales a conflict on a state coordinated with the
// participant the pattern expects in its place.
const besideExpected = 0.3

// pairedElsewhere scales a conflict on a state the text coordinates, in
// another of its mentions, with the participant the pattern expects in its
// place (التطبيع بين أذربيجان وأرمينيا, then العلاقات بين تركيا وأرمينيا in
// a Turkish–Azerbaijani readout): a translation that swapped a participant
// for another state does not also name the two side by side, so the state
// is a third party the text deals with. Weaker than besideExpected: the
// pairing is not at the judged mention; and, as for discussed, the less
// so the more easily the two are mistaken for each other (السودان وجنوب
// السودان are named together and swapped alike): pairedFactor.
const pairedElsewhere = 0.4

// pairedFactor is the paired-elsewhere feature's factor for a
// confusability.
func pairedFactor(conf float64) float64 { return pairedElsewhere + (1-pairedElsewhere)*conf }

// pairedApart says whether a mention of mention mi's state other than mi is
// coordinated (coordinatedStates) with a mention of state id. Its caller
// asks only when mi itself is not (coordinatedWith, beside-expected), so
// any such pairing is another mention's. The pairs are collected once per
// check (coordPairs), so judging every mention of a long text stays
// linear.
func (st *checkState) pairedApart(mi int, id string) bool {
	m := &st.ms[mi]
	if len(m.Entities) != 1 {
		return false
	}
	if !st.coordDone {
		st.coordDone = true
		for j := range st.ms {
			n := &st.ms[j]
			if n.Kind != entities.Country || len(n.Entities) != 1 {
				continue
			}
			st.coordinatedStates(j, func(k int) {
				for _, other := range st.ms[k].Entities {
					if other != n.Entities[0] {
						if st.coordPairs == nil {
							st.coordPairs = map[statePairKey]bool{}
						}
						st.coordPairs[statePairKey{n.Entities[0], other}] = true
					}
				}
			})
		}
	}
	return st.coordPairs[statePairKey{m.Entities[0], id}]
}

// statePairKey is an ordered pair of state ids: a state and one it is
// coordinated with.
type statePairKey struct{ a, b string }

// quotedSubject judges a state named as the subject a quotation opens with
// («إن السعودية ماضية …»، قال الصفدي; وقال وزير الخارجية الأردني: «سوريا
// ستبقى …»): where the quoted speaker is a participant and the state is
// no participant, alone (not in a list) and the sentence does not name the
// speaker's own state besides, the speaker's own state was meant (rule
// quote-subject). A state the text names again elsewhere is less likely a
// slip (named-again).
func (st *checkState) quotedSubject(ep *episode, mi int) (Finding, bool) {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak || m.Form != entities.FormName ||
		!st.quoted.has(m.FirstTok()) || !ep.judgesPair() {
		return Finding{}, false
	}
	open := m.FirstTok()
	for open > 0 && st.quoted.has(open-1) {
		open--
	}
	if open != m.FirstTok() && (open+1 != m.FirstTok() || !st.is(open, st.c.k.that)) {
		return Finding{}, false
	}
	sp := st.quoteSpeaker(m.FirstTok())
	if sp == "" || !ep.partIDs.has(sp) || sp == m.Entities[0] || st.listLen(mi) >= 2 || st.sentenceNames(mi, sp) {
		return Finding{}, false
	}
	// the words before the quotation name the state itself (وكان وزير
	// الخارجية الإيطالي قد صرح: «إيطاليا …»): its own official speaks
	if open > 0 {
		for i := mi - 1; i >= 0 && st.ms[i].LastTok() >= st.sentOf(open-1).first; i-- {
			if containsStr(st.ms[i].Entities, m.Entities[0]) {
				return Finding{}, false
			}
		}
	}
	p := &Pattern{ID: "quote-subject", Confidence: quoteSubjectBase,
		Message: "%s opens the quoted words of a participant's speaker, where the speaker's own state is meant"}
	fs := st.speakerSubject(ep, mi, sp, nil)
	if n := st.timesNamed(m.Entities[0]); n > 1 {
		fs = append(fs, feature{"named-again", quoteSubjectRepeated, fmt.Sprintf("named %d times", n)})
	}
	fs = st.judgementFeatures(ep, m, p, fs)
	if product(p.Confidence, fs) < minConflictConfidence {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, sp, fs), true
}

// quoteSubjectBase is the confidence of a quotation's opening subject
// given another state than its participant speaker's, scaled by
// quoteSubjectRepeated when the text names that state again.
const (
	quoteSubjectBase     = 0.8
	quoteSubjectRepeated = 0.6
)

// speakerSubject weighs a state a participant's speaker speaks of as if it
// were their own (speaker rules, quote-subject) by what the sentence says
// of it. A speaker's own state is the one that acts in their words (إن
// الأردن مستعد …، أن الصين حريصة على …): a stance word right after the
// state leaves the judgement as it is, and so does a state easily mistaken
// for the speaker's (a translation's swap). Any other state is most often
// one the speaker talks about (أن ليبيا تستحق دعما، «أفغانستان تعاني
// أزمة»): third-state-topic lowers the judgement below the library's
// floor, unless the state is coordinated with the other party (قال وانغ إن
// فنلندا وفرنسا عضوان: the speaker's state beside its partner) or the rest
// of the sentence turns to the other party or to the relations without
// naming the speaker's own state («إن سوريا ستبقى سندا للعراق»).
func (st *checkState) speakerSubject(ep *episode, mi int, exp string, fs []feature) []feature {
	m := &st.ms[mi]
	// حرص برلين على …، دعم الأردن لـ …: the state is the actor of a
	// stance noun before it
	if st.is(m.FirstTok()-1, st.c.k.keen) {
		return fs
	}
	for k := m.LastTok() + 1; k <= m.LastTok()+stanceReach; k++ {
		if st.is(k, st.c.k.stance) {
			return fs
		}
	}
	for _, id := range m.Entities {
		if st.c.confusable(id, exp) {
			return fs
		}
	}
	s := st.sentOf(m.FirstTok())
	other := ep.otherThan(exp)
	// beside the other party (فنلندا وفرنسا عضوان، مع فرنسا وفنلندا): the
	// speaker's state named with its partner
	if other != "" && st.coordinatedWith(mi, other) {
		return fs
	}
	topic := feature{"third-state-topic", thirdStateTopic, "spoken of, not acting: no stance word after it, not easily mistaken for the speaker's state"}
	addresses := false
	for i := mi + 1; i < len(st.ms) && st.ms[i].LastTok() <= s.last; i++ {
		// the speaker's own state named besides, by name or capital
		// («أفغانستان تعاني …، وطهران وموسكو متفقتان»): the other is a topic
		if containsStr(st.ms[i].Entities, exp) {
			return append(fs, topic)
		}
		addresses = addresses || (other != "" && containsStr(st.ms[i].Entities, other))
	}
	for k := m.LastTok() + 1; k <= s.last && !addresses; k++ {
		addresses = st.is(k, st.c.k.relation)
	}
	if addresses {
		return fs
	}
	return append(fs, topic)
}

// How far after a state a stance word makes it the actor (إن الصين
// مستعدة، إن الصين بدورها مستعدة), and how much a state the speaker speaks
// of lowers the judgement: thirdStateTopic takes a speaker rule (0.85) and
// a quotation's subject (0.8) below minConflictConfidence.
const (
	stanceReach     = 3
	thirdStateTopic = 0.45
)

// titleOpening returns the first title word (وزير، سفير …) of mention mi's
// sentence within titleReach words before it, -1 if none: the title whose
// state mi is.
func (st *checkState) titleOpening(mi int) int {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	for k := max(s.first, m.FirstTok()-titleReach); k < m.FirstTok(); k++ {
		if st.is(k, st.c.k.title) {
			return k
		}
	}
	return -1
}

// anotherEvent says whether mention mi, an official's state, heads a
// clause about another event than the meeting: a future word (سيزور،
// سيشارك) within eventReach words after it, or a word of time past (a
// pastVisit word, or أمس) within pastReach (وزير الخارجية السنغالي سيزور
// الرباط العام المقبل). An official named only
// there is a third state's, not a party's swapped: anotherEvent takes an
// intruder pattern (0.85) below minConflictConfidence.
func (st *checkState) anotherEvent(mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	// an official's state (وزير الخارجية السنغالي), not a body's (اللجنة
	// السعودية الكويتية المشتركة المقبلة: the next session is the body's)
	if st.titleOpening(mi) < 0 {
		return false
	}
	for k := m.LastTok() + 1; k <= min(s.last, m.LastTok()+pastReach); k++ {
		if k <= m.LastTok()+eventReach && st.is(k, st.c.k.future) || pastVisit.has(st.word(k)) || st.word(k) == "امس" {
			return true
		}
	}
	return false
}

// formerOffice says whether mention mi, a state a title gives (سفير بلاده
// لدى إسرائيل، وزير الخارجية المصري), is part of an office the sentence
// says was held before: a word of holding office in the past (شغل، تولى)
// or سابقا within formerReach words before the title, or a word of the
// former (السابق، الأسبق، سابقا) right after the mention. A person's
// earlier office names the state of that office, not a party of the
// meeting: formerOffice takes an intruder pattern (0.85) below
// minConflictConfidence, as anotherEvent does.
func (st *checkState) formerOffice(mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	title := st.titleOpening(mi)
	if title < 0 {
		return false
	}
	for k := max(s.first, title-formerReach); k < title; k++ {
		if heldBefore.has(withoutAnd(st.word(k))) {
			return true
		}
	}
	for k := m.LastTok() + 1; k <= min(s.last, m.LastTok()+2); k++ {
		if former.has(st.word(k)) {
			return true
		}
	}
	return false
}

// heldBefore are the words (normalised) that put an office before them in
// the past (شغل سابقا منصب سفير …، تولى من قبل رئاسة …).
var heldBefore = newWordList("شغل", "شغلت", "تولي", "تولت", "سابقا", "الاسبق")

// former are the words (normalised) that mark the office before them as
// held formerly (وزير الخارجية المصري الأسبق).
var former = newWordList("السابق", "السابقه", "الاسبق", "الاسبقه", "سابقا")

// placedInFactor scales a conflict on a city the text places in a
// participant's state (placedIn).
const placedInFactor = 0.3

const (
	formerReach  = 4
	formerFactor = 0.45
	eventReach   = 4
	pastReach    = 8
	titleReach   = 3
	anotherEvent = 0.45
)
