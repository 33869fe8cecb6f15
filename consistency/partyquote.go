package consistency

import (
	"fmt"

	"github.com/nazir-nlp/nazir/entities"
)

// A party's words about the other party. A participant's speaker, quoted
// (وقال وانغ يي: «…») or reported (وقال وانغ يي إن …), speaks of the
// meeting's other party: the relations of the two states, the other
// state's role, its people, its security. A translation that swaps that
// party for another state leaves the speaker's words relating their own
// state to a third one (إن الصين تحترم خيار شعب إريتريا in a Chinese–Nigerien
// readout; إن روسيا تقدر الدور السلوفيني in a Russian–Egyptian one). News
// quotes speakers on third states too, but as topics (a crisis, a region)
// or beside the other party, and it names them again; partyQuote reads
// only the other shape:
//
//	speaker      the words are a participant's: a quotation whose speaker
//	             (quoteSpeaker) is a participant, or reported speech after
//	             a speech verb and أن/إن in the sentence, whose speaker
//	             (speakerIn, else the paragraph's) is a participant
//	own side     the clause of the state (between أن/إن and the edges of
//	             the words) names the speaker's own state: by a mention, or
//	             a word of the speaker's own country (بلاده، بلادي، بلادنا،
//	             حكومتنا)
//	partner slot the state is the other side of that relation: after a
//	             word of support, welcome, relations, its people, its role
//	             or مع (لأمن X، تقدر الدور X، شعب X، التعاون مع X), before
//	             a word of partnership (تنظر إلى X شريكا), coordinated with
//	             the speaker's own state (إن الصين وX تحتفلان …), or the
//	             clause's subject with the own side after it (إن X تبقى
//	             الشريك الأقرب لبلاده)
//
// The judgement (rule party-quote) starts at partyQuoteBase, or
// partyQuotePair when the sentence also frames the two as a pair
// (البلدين، الشعبين، بلدينا، بينهما, counterpartFrame) or the state is
// coordinated with the speaker's own, and is lowered by:
//
//	beside-other  the clause names the other participant itself:
//	              partyQuoteBeside (the state is a third one beside it)
//	named-again   the text names the state more than once and it is not
//	              easily mistaken for the other participant:
//	              partyQuoteAgain
//	third-states  the text names partyQuoteMany or more other states that
//	              are no participant (a release about the region, the
//	              speaker's other partners): partyQuoteThirds
//	topic-words   the clause speaks of a matter (a topic noun: حل، أزمة،
//	              الوضع; or هناك): partyQuoteTopic
//	apposition    an apposition introduces the state (ماليزيا، الرئيس
//	              الدوري لرابطة آسيان): partyQuoteApposition
//	paired-elsewhere  the text coordinates the state elsewhere with the
//	              other participant (التطبيع بين تركيا وأرمينيا):
//	              pairedFactor, as for the conflict patterns
//	discussed, discussed-again, earlier-event, own-words (elsewhereFeatures),
//	parties, quoted, placed-in as for every judgement
//
// A state coordinated with the speaker's own that is easily mistaken for
// it is its neighbour (ليوبليانا وبراتيسلافا) and is not judged. A topic
// (topicContext) is not judged, unless the brothers greeted are in
// it (بأشقائنا في X reads as a place), nor a state listed with other states
// that are no participant.
const (
	partyQuoteBase   = 0.6
	partyQuotePair   = 0.75
	partyQuoteBeside = 0.5
	partyQuoteAgain  = 0.6
	// partyQuoteThirds: the text names partyQuoteMany or more other states
	// that are no participant, so one more is as likely a third state the
	// speaker speaks of as the other party swapped.
	partyQuoteThirds = 0.5
	partyQuoteMany   = 6
	// partyQuoteTopic: the clause speaks of a matter (a topic noun such as
	// حل، أزمة، الوضع, or هناك), as speakers speak of a third state.
	partyQuoteTopic = 0.5
	// partyQuoteApposition: the state is introduced by an apposition
	// (ماليزيا، الرئيس الدوري لرابطة آسيان), as a third state is.
	partyQuoteApposition = 0.5
)

// partyQuoteRule is the rule of partyQuote's conflicts.
const partyQuoteRule = "party-quote"

// partyQuote judges mention mi, a state in a participant's speaker's
// words, as the other party swapped (see above).
func (st *checkState) partyQuote(ep *episode, mi int, topic bool) (Finding, bool) {
	m := &st.ms[mi]
	// بأشقائنا في X reads as a place; the greeting makes it a people
	if (topic && !st.brothersIn(mi)) || m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak || len(ep.parts) != 2 || !ep.judgesPair() {
		return Finding{}, false
	}
	sh, ok := st.partyShapeOf(ep, mi)
	if !ok || sh.neighbour {
		// ليوبليانا وبراتيسلافا: the speaker's state beside its
		// look-alike neighbour, not beside the other party swapped
		return Finding{}, false
	}
	other, first, last := sh.other, sh.first, sh.last
	ownBefore, ownAfter, besideOther, topicWord, pairedOwn := sh.ownBefore, sh.ownAfter, sh.besideOther, sh.topicWord, sh.pairedOwn
	slot := pairedOwn || st.partnerSlot(mi)
	if !slot && ownAfter && m.FirstTok()-1 >= first && st.is(m.FirstTok()-1, st.c.k.that) {
		slot = true // إن X تبقى الشريك الأقرب لبلاده
	}
	if !slot || !(ownBefore || ownAfter) {
		return Finding{}, false
	}
	base, frame := partyQuoteBase, "a relation of the speaker's own state"
	if pairedOwn {
		base, frame = partyQuotePair, "coordinated with the speaker's own state"
	} else if st.pairFramed(first, last) {
		base, frame = partyQuotePair, "the words frame the two states as a pair"
	}
	p := &Pattern{ID: partyQuoteRule, Confidence: base,
		Message: "%s stands as the other side of the relation a participant's speaker speaks of, where the other participant is meant"}
	fs := []feature{{"party-words", 1, frame}}
	if besideOther {
		fs = append(fs, feature{"beside-other", partyQuoteBeside, "the clause names " + other + " itself"})
	}
	if topicWord {
		fs = append(fs, feature{"topic-words", partyQuoteTopic, "the clause speaks of a matter (حل، أزمة، الوضع، هناك)"})
	}
	if st.describedBy(mi) {
		fs = append(fs, feature{"apposition", partyQuoteApposition, "an apposition introduces it"})
	}
	if st.pairedApart(mi, other) {
		_, pcs := st.confusableParticipant(ep, m)
		fs = append(fs, feature{"paired-elsewhere", pairedFactor(pcs), "coordinated with " + other + " elsewhere in the text"})
	}
	if n := st.timesNamed(m.Entities[0]); n > 1 && !st.c.confusable(m.Entities[0], other) {
		fs = append(fs, feature{"named-again", partyQuoteAgain, fmt.Sprintf("named %d times", n)})
	}
	if n := st.thirdStates(ep, m.Entities[0]); n >= partyQuoteMany {
		fs = append(fs, feature{"third-states", partyQuoteThirds, fmt.Sprintf("the text names %d other states", n)})
	}
	fs = st.elsewhereFeatures(ep, mi, "", 0, fs)
	fs = st.judgementFeatures(ep, m, p, fs)
	if st.below(mi, p, fs) {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, other, fs), true
}

// partyShape is what partyQuote reads of a state in a participant's
// speaker's words before it weighs anything: whose words they are, the
// other participant, the words' edges, and the state's clause.
type partyShape struct {
	sp, other   string // the speaker's state and the other participant
	first, last int    // the words' first and last token in the sentence
	// the clause (between أن/إن and the words' edges) names the speaker's
	// own state before the state, after it, and the other participant
	ownBefore, ownAfter, besideOther bool
	topicWord                        bool // the clause speaks of a matter (حل، أزمة، هناك)
	pairedOwn                        bool // coordinated with the speaker's own state
	neighbour                        bool // … and easily mistaken for it (its neighbour)
}

// partyShapeOf reads mention mi's partyShape; false when mi is not in a
// participant's speaker's words (partyWords), is a participant, or is
// listed with other states that are no participant.
func (st *checkState) partyShapeOf(ep *episode, mi int) (partyShape, bool) {
	m := &st.ms[mi]
	sp, first, last := st.partyWords(ep, mi)
	if sp == "" || containsStr(m.Entities, sp) {
		return partyShape{}, false
	}
	other := ep.otherThan(sp)
	if other == "" || containsStr(m.Entities, other) {
		return partyShape{}, false
	}
	if withPart, listed := st.coordination(ep, mi); listed && !withPart {
		return partyShape{}, false
	}
	// the clause: from the أن/إن before the state to the next one
	cf, cl := first, last
	for k := m.FirstTok() - 1; k > first; k-- {
		if st.is(k, st.c.k.that) {
			cf = k
			break
		}
	}
	for k := m.LastTok() + 1; k < last; k++ {
		if st.is(k, st.c.k.that) {
			cl = k - 1
			break
		}
	}
	ownBefore, ownAfter, besideOther, topicWord := false, false, false, false
	for k := cf; k <= cl; k++ {
		if k >= m.FirstTok() && k <= m.LastTok() {
			continue
		}
		if (st.is(k, st.c.k.topicNoun) && !st.is(k, st.c.k.people)) || withoutAnd(st.word(k)) == "هناك" {
			topicWord = true
		}
		own := st.ownCountryWord(k)
		if j := st.mentionAt(k); j >= 0 && int(j) != mi {
			if containsStr(st.ms[j].Entities, sp) {
				own = true
			}
			if containsStr(st.ms[j].Entities, other) {
				besideOther = true
			}
		}
		if own && k < m.FirstTok() {
			ownBefore = true
		} else if own {
			ownAfter = true
		}
	}
	pairedOwn := st.coordinatedWith(mi, sp)
	return partyShape{sp: sp, other: other, first: first, last: last,
		ownBefore: ownBefore, ownAfter: ownAfter, besideOther: besideOther, topicWord: topicWord,
		pairedOwn: pairedOwn, neighbour: pairedOwn && st.c.confusable(m.Entities[0], sp)}, true
}

// partyWords returns the participant whose speaker's words hold mention
// mi, and the first and last token of those words in mi's sentence: a
// quotation's (quoteSpeaker), or reported speech after a speech verb and
// أن/إن before mi in the sentence (speakerIn, else the paragraph's speaker
// before it). "" when the words are no participant's.
func (st *checkState) partyWords(ep *episode, mi int) (string, int, int) {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	if st.quoted.has(m.FirstTok()) {
		sp := st.quoteSpeaker(m.FirstTok())
		if !ep.partIDs.has(sp) {
			return "", 0, 0
		}
		first, last := m.FirstTok(), m.LastTok()
		for first > s.first && st.quoted.has(first-1) {
			first--
		}
		for last < s.last && st.quoted.has(last+1) {
			last++
		}
		return sp, first, last
	}
	// reported: the first أن/إن after a speech verb, before the mention
	for k := s.first; k < m.FirstTok(); k++ {
		if !st.is(k, st.c.k.speech) {
			continue
		}
		for j := k + 1; j < m.FirstTok() && j <= k+reportReach; j++ {
			if !st.is(j, st.c.k.that) {
				continue
			}
			sp := st.speakerIn(s.first, j-1)
			if sp == "" && !st.speakerNamed(k+1, j-1) {
				sp = st.speakerBefore(int(st.sentAt(m.FirstTok())))
			}
			if !ep.partIDs.has(sp) || st.quoted.has(j) {
				return "", 0, 0
			}
			return sp, j, s.last
		}
		return "", 0, 0
	}
	return "", 0, 0
}

// speakerNamed says whether a person or a state's mention stands in
// [first, last]: a speaker of their own, not the paragraph's.
func (st *checkState) speakerNamed(first, last int) bool {
	for k := first; k <= last; k++ {
		if st.personAt(k) >= 0 || st.mentionAt(k) >= 0 {
			return true
		}
	}
	return false
}

// reportReach is how many words after a speech verb the أن/إن that opens
// the reported words may stand (the speaker's title and name between).
const reportReach = 10

// ownCountryWord says whether token k is a word for the speaker's own
// country or government (بلاده، لبلادي، بلادنا، حكومتنا) or of its side
// speaking in the first person plural (نحن، نرحب), with و, ف, ل or ب
// before it.
func (st *checkState) ownCountryWord(k int) bool {
	w := withoutAnd(st.word(k))
	if ownCountry.has(w) || ownFirstPerson.has(w) {
		return true
	}
	for _, p := range [...]string{"ل", "ب"} {
		if len(w) > len(p) && w[:len(p)] == p && ownCountry.has(w[len(p):]) {
			return true
		}
	}
	return false
}

// ownCountry are the words (normalised) of a speaker's own country.
var ownCountry = newWordList(
	"بلاده", "بلادها", "بلادي", "بلادنا", "بلده", "بلدها", "بلدي", "بلدنا",
	"حكومته", "حكومتها", "حكومتي", "حكومتنا", "دولته", "دولتها", "دولتنا",
)

// ownFirstPerson are the words (normalised, without و) of a speaker
// speaking for their side in the first person plural (نحن، نرحب، نقدر).
var ownFirstPerson = newWordList(
	"نحن", "نرحب", "نقدر", "ندعم", "نتطلع", "نثمن", "نعتز", "نؤكد", "نوكد",
)

// partnerSlot says whether mention mi stands as the other side of a
// relation: after a word of support, welcome, relations, people or مع, or
// of a role, a partner or brothers (the noun a nisba qualifies: الدور
// السلوفيني؛ بأشقائنا في X), or before a word of partnership (X شريكا).
func (st *checkState) partnerSlot(mi int) bool {
	m := &st.ms[mi]
	k := m.FirstTok() - 1
	if k < 0 {
		return false
	}
	kk := &st.c.k
	if st.is(k, kk.support.or(kk.welcome).or(kk.relation).or(kk.with).or(kk.people).or(kk.keen)) || partnerWord.has(withoutAnd(st.word(k))) {
		return true
	}
	if st.brothersIn(mi) {
		return true
	}
	if n := m.LastTok() + 1; n < st.toks.Len() && partnerWord.has(st.word(n)) {
		return true
	}
	return false
}

// brothersIn says whether mention mi follows a greeting of the brothers,
// friends or guests in it (بأشقائنا في X، أصدقائنا في X).
func (st *checkState) brothersIn(mi int) bool {
	k := st.ms[mi].FirstTok() - 1
	return k >= 1 && st.word(k) == "في" && brothersWord.has(withoutAnd(st.word(k-1)))
}

// partnerWord are the words (normalised, without و) of a role or a
// partnership that a state stands beside as the other side (الدور، شريكا).
var partnerWord = newWordList(
	"دور", "الدور", "بدور", "لدور", "شريك", "شريكا", "الشريك", "شريكه",
)

// brothersWord are the words (normalised, without و and ب) a speaker
// greets the other side's people with (بأشقائنا، أصدقائنا، ضيوفنا).
var brothersWord = newWordList(
	"اشقاينا", "باشقاينا", "اشقاءنا", "اصدقاينا", "باصدقاينا", "ضيوفنا", "بضيوفنا",
	"اخوتنا", "باخوتنا", "اخواننا", "باخواننا",
)

// pairFramed says whether [first, last] frames two states as a pair: a
// word of both sides (البلدين، الشعبين، الجانبين) or of our two countries
// (بلدينا، شعبينا، بينهما).
func (st *checkState) pairFramed(first, last int) bool {
	for k := first; k <= last; k++ {
		if st.is(k, st.c.k.both) || counterpartFrame.has(withoutAnd(st.word(k))) {
			return true
		}
	}
	return false
}

// counterpartFrame are the words (normalised, without و) of the speaker's
// state and the other as a pair.
var counterpartFrame = newWordList(
	"بلدينا", "لبلدينا", "شعبينا", "لشعبينا", "دولتينا", "بينهما", "بيننا",
)

// thirdStates counts the states other than id that the text names (one
// state per mention, countries only) and that are no participant of ep, up
// to partyQuoteMany.
func (st *checkState) thirdStates(ep *episode, id string) int {
	var seen [partyQuoteMany]string
	n := 0
	for j := range st.ms {
		m := &st.ms[j]
		if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak {
			continue
		}
		e := m.Entities[0]
		if e == id || ep.partIDs.has(e) || containsStr(seen[:n], e) {
			continue
		}
		seen[n] = e
		if n++; n == partyQuoteMany {
			break
		}
	}
	return n
}

// describedBy says whether mention mi is followed by a comma and a noun
// with the article that is no mention: an apposition describing the state
// (ماليزيا، الرئيس الدوري لرابطة آسيان).
func (st *checkState) describedBy(mi int) bool {
	k := st.ms[mi].LastTok() + 1
	if k+1 >= st.toks.Len() || st.sentAt(k+1) != st.sentAt(st.ms[mi].FirstTok()) {
		return false
	}
	w := st.word(k)
	if w != "،" && w != "," {
		return false
	}
	next := st.word(k + 1)
	return len(next) > len("ال") && next[:len("ال")] == "ال" && st.mentionAt(k+1) < 0
}
