package consistency

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
)

// Three kinds of clean text name a state easily mistaken for a participant
// in a party's place: an official of that state at an earlier event (وكان
// وانغ يي قد استقبل مطلع العام الجاري وزير الخارجية الأوكراني), the state
// as a topic the release discusses again and again (بحث الجانبان الأوضاع في
// أفغانستان … تطورات الأزمة في أفغانستان … أمن أفغانستان), and a third
// state's official quoted speaking of their own state (وكان رئيس الوزراء
// الأسترالي قد صرح: «إن أستراليا …»). Each is a feature of the conflict
// score (evidence.go) that lowers the judgement:
//
//	earlier-event  the state is a title's and the clause of that title is
//	               dated before the meeting (earlierEvent), or it hosts,
//	               holds or attends an event in a clause dated before the
//	               meeting that names no participant (earlierActor), or an
//	               earlier mention of it in the sentence is either
//	               (earlierSentence): earlierFactor
//	discussed-again the state is discussed as a topic (topicMention) at
//	               more than one other mention: discussedAgain for each
//	               one after the first
//	own-words      the state is the office of a speaker whose words name
//	               that state again, or is in those words, an office no
//	               participant holds in the text (ownWords): ownWordsFactor
//	own-official   the body introduces a known official of the state by a
//	               title with the state's own nisba, in a sentence telling
//	               another story (introducedOfficial: وكان الرئيس النيجيري
//	               بولا تينوبو قد دعا …، وفي بغداد، أعلن وزير الخارجية
//	               العراقي فؤاد حسين …): the state has people of its own in
//	               the text, a third state: ownOfficialFactor
//
// A swap leaves each of them alone: a guest's arrival told in the
// pluperfect with أمس is not dated before the meeting, a swapped state is
// rarely discussed as a topic, and a speaker's swapped nisba is the office a
// participant holds, or stands before words that name the participant.
//
// earlierFactor takes every intruder pattern (0.95 at most) below
// minConflictConfidence, as a dated clause is a fact of the text, not a
// likelihood; discussedAgain and ownWordsFactor take the confusable
// patterns' usual 0.5–0.55 below it.
const (
	earlierFactor  = 0.4
	discussedAgain = 0.7
	ownWordsFactor = 0.45
	// ownOfficialFactor takes the confusable patterns' usual 0.6–0.8
	// below DefaultMinConfidence, and the weaker ones below
	// minConflictConfidence.
	ownOfficialFactor = 0.6
	// earlierAfter is how many words after the mention a time word still
	// dates its clause (بلقائه رئيس الوزراء الأسترالي في عام 2024).
	earlierAfter = 5
	// officeSpeechReach is how many words before the title or after the
	// mention a speech word makes the office a speaker (وكان رئيس الوزراء
	// الأسترالي قد صرح، قال وزير الخارجية الأوكراني).
	officeSpeechReach = 3
)

// earlierEvent says whether mention mi, a title's state, is in a clause the
// text dates before the meeting: a word of time past (pastTime) in the
// clause of the title before it, with no اليوم nearer the title, or within
// earlierAfter words after the mention, before a comma, a relative pronoun,
// a complementiser (أن، إن) or the edge of a quotation. The pluperfect
// alone does not date a clause (وكان وزير الخارجية قد وصل أمس: a guest's
// arrival), nor does أمس; the two together do for an office no
// participant holds in the text (وكان هان قد استقبل أمس رئيسة وزراء
// ملاوي, the guest being وزير خارجية مالي): that is another meeting.
func (st *checkState) earlierEvent(ep *episode, mi int) bool {
	title := st.titleOpening(mi)
	if title < 0 {
		return false
	}
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	inQuote := st.quoted.has(title)
	for k := title - 1; k >= s.first; k-- {
		if st.is(k, st.c.k.that) || st.quoted.has(k) != inQuote || st.word(k) == "اليوم" {
			break
		}
		if st.pastTime(k) {
			return true
		}
		if st.word(k) == "امس" && st.pluperfectSentence(k) && !st.participantOffice(ep, st.officeKey(m.FirstTok())) {
			return true
		}
	}
	for k := m.LastTok() + 1; k <= min(s.last, m.LastTok()+earlierAfter); k++ {
		w := st.word(k)
		if st.is(k, st.c.k.that) || st.quoted.has(k) != inQuote || w == "،" || w == "," || relative.has(w) {
			break
		}
		if st.pastTime(k) {
			return true
		}
	}
	return false
}

// pastTime says whether token k dates what it belongs to before the
// release: a word of time past (الماضي، المنصرم، سابقا), في وقت سابق not of
// the same day, the opening of this period (مطلع العام الجاري, not of one
// to come), قبل and a span of time (قبل عامين، قبل ثلاثة أشهر), or a year
// before the release's (في عام 2024) when its date is known.
func (st *checkState) pastTime(k int) bool {
	w := st.word(k)
	switch {
	case pastWord.has(w):
		return true
	case w == "سابق":
		// في وقت سابق, not في وقت سابق اليوم / من اليوم
		if k == 0 || st.word(k-1) != "وقت" {
			return false
		}
		for j := k + 1; j <= min(st.sentOf(k).last, k+2); j++ {
			if st.word(j) == "اليوم" {
				return false
			}
		}
		return true
	case periodOpening.has(withoutAnd(w)):
		// مطلع العام الجاري، أوائل الشهر، not مطلع العام المقبل
		last := min(st.sentOf(k).last, k+3)
		if k+1 > last || !period.has(st.word(k+1)) {
			return false
		}
		for j := k + 2; j <= last; j++ {
			if st.is(j, st.c.k.future) {
				return false
			}
		}
		return true
	case w == "قبل":
		for j := k + 1; j <= min(st.sentOf(k).last, k+2); j++ {
			if timeSpan.has(st.word(j)) {
				return true
			}
		}
		return false
	}
	return st.earlierYear(k)
}

// earlierYear says whether token k is a year before the release's date,
// written after عام، سنة or في (في عام 2024، سنة 2019).
func (st *checkState) earlierYear(k int) bool {
	w := st.word(k)
	if len(w) != 4 || k == 0 || !yearBefore.has(withoutAnd(st.word(k-1))) {
		return false
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 {
		return false
	}
	d := st.releaseDate()
	return !d.IsZero() && y < d.Year()
}

// The words (normalised) of time past.
var (
	// pastWord date a period or an office before the release (الشهر
	// الماضي، العام المنصرم، الأسبوع الفائت، سابقا).
	pastWord = newWordList("الماضي", "الماضيه", "المنصرم", "المنصرمه",
		"الفايت", "الفايته", "سابقا")
	// periodOpening open a period (مطلع العام، أوائل الشهر).
	periodOpening = newWordList("مطلع", "اوايل", "مستهل", "بدايه", "بدايات")
	// period are the periods an opening or a past word dates.
	period = newWordList("العام", "السنه", "الشهر", "الاسبوع", "هذا", "هذه")
	// timeSpan are the spans of time قبل dates by (قبل عامين، قبل ثلاثة أشهر).
	timeSpan = newWordList("عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات",
		"شهر", "شهرين", "اشهر", "اسبوع", "اسبوعين", "اسابيع", "ايام")
	// yearBefore are the words a year is written after.
	yearBefore = newWordList("عام", "العام", "سنه", "في")
)

// discussedTimes counts the other mentions of mention mi's state that
// the release discusses as a topic (topicMention), up to discussedMost.
func (st *checkState) discussedTimes(ep *episode, mi int) int {
	m := &st.ms[mi]
	n := 0
	for j := range st.ms {
		if j == mi || !judgeable(&st.ms[j]) || !sameState(m, &st.ms[j]) {
			continue
		}
		if st.topicMention(ep, j) {
			if n++; n == discussedMost {
				break
			}
		}
	}
	return n
}

// topicMention says whether mention j names a state as what is discussed:
// by its name or nisba, not in a list, after a topic noun (الأوضاع في …،
// الأزمة الأوكرانية) or in a sentence a topic word opens before it (تناولت
// المباحثات …، تبادلا وجهات النظر حول …). A place (في جاكرتا) or a list of
// states (مجموعة العشرين التي تضم …) is not a topic discussed: a swapped
// meeting place is a slip as often as a topic.
func (st *checkState) topicMention(ep *episode, j int) bool {
	m := &st.ms[j]
	if m.Kind != entities.Country || (m.Form != entities.FormName && m.Form != entities.FormNisba) || st.listLen(j) >= 2 {
		return false
	}
	s := st.sentOf(m.FirstTok())
	for k := s.first; k < m.FirstTok(); k++ {
		if st.topicIntro(k) {
			return true
		}
	}
	for _, pi := range st.c.topicsX.of(m) {
		if p := &st.c.topics[pi]; p.ID == "topic-noun" {
			if _, ok := st.match(ep, p, j); ok {
				return true
			}
		}
	}
	return false
}

// discussedMost is how many topic mentions discussed-again counts.
const discussedMost = 3

// ownWords says whether mention mi is in what a third state's official
// says of their own state: the mention is the state of a speaking office
// (speakingOffice) whose words, after it in the same sentence, name that
// state again, or it is in those words (وكان رئيس الوزراء الأسترالي قد
// صرح: «إن أستراليا …»), not a participant's office with its nisba swapped
// (وقالت وزيرة الخارجية الأسترالية: «إن بلادي …», the guest being وزيرة
// الخارجية النمساوية).
func (st *checkState) ownWords(ep *episode, mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	for j := mi - 1; j >= 0 && st.ms[j].FirstTok() >= s.first; j-- {
		if sameState(m, &st.ms[j]) && st.speakingOffice(ep, j) {
			return true
		}
	}
	for j := mi + 1; j < len(st.ms) && st.ms[j].FirstTok() <= s.last; j++ {
		if sameState(m, &st.ms[j]) {
			return st.speakingOffice(ep, mi)
		}
	}
	return false
}

// speakingOffice says whether mention mi is the state of an office that
// speaks (a speech word within officeSpeechReach words before its title or after
// the mention) and that no participant is given in the text.
func (st *checkState) speakingOffice(ep *episode, mi int) bool {
	title := st.titleOpening(mi)
	if title < 0 {
		return false
	}
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	speaks := false
	for k := max(s.first, title-officeSpeechReach); k < title && !speaks; k++ {
		speaks = st.is(k, st.c.k.speech)
	}
	for k := m.LastTok() + 1; k <= min(s.last, m.LastTok()+officeSpeechReach) && !speaks; k++ {
		speaks = st.is(k, st.c.k.speech)
	}
	if !speaks {
		return false
	}
	office := st.officeKey(m.FirstTok())
	return office != "" && !st.participantOffice(ep, office)
}

// participantOffice says whether a participant's mention in the text is
// the state of office (officeKey): وزير خارجية مالي gives Mali's side the
// office وزير خارجيه. An empty office is no participant's.
func (st *checkState) participantOffice(ep *episode, office string) bool {
	if office == "" {
		return false
	}
	for j := range st.ms {
		if _, ok := ep.participantOf(&st.ms[j]); ok && sameOffice(office, st.officeKey(st.ms[j].FirstTok())) {
			return true
		}
	}
	return false
}

// sameOffice says whether two offices (officeKey) are one: وزيرة الخارجية
// and وزير الخارجية are.
func sameOffice(a, b string) bool {
	fem := func(k string) string {
		w, rest, _ := strings.Cut(k, " ")
		return strings.TrimSuffix(w, "ه") + " " + rest
	}
	return a != "" && fem(a) == fem(b)
}

// elsewhereFeatures appends to fs the features of a confusable or intruder
// judgement of mention mi (confusable with conf at cs, or conf "") that
// say its state belongs elsewhere: discussed (and discussed-again),
// earlier-event, own-words.
func (st *checkState) elsewhereFeatures(ep *episode, mi int, conf string, cs float64, fs []feature) []feature {
	if st.discussed(ep, mi) {
		if conf == "" {
			_, cs = st.confusableParticipant(ep, &st.ms[mi])
		}
		fs = append(fs, feature{"discussed", discussedFactor(cs), "a topic or place elsewhere in the text"})
		if n := st.discussedTimes(ep, mi); n > 1 {
			fs = append(fs, feature{"discussed-again", math.Pow(discussedAgain, float64(n-1)),
				fmt.Sprintf("a topic discussed %d times elsewhere", n)})
		}
	}
	fs = st.earlierFeature(ep, mi, fs)
	if st.ownWords(ep, mi) {
		fs = append(fs, feature{"own-words", ownWordsFactor, "an office no participant holds, speaking of its own state"})
	}
	if st.introducedOfficial(st.ms[mi].Entities[0]) {
		fs = append(fs, feature{"own-official", ownOfficialFactor, "the body introduces its own official by its own title, in another story"})
	}
	return fs
}

// earlierFeature appends the earlier-event feature to fs when mention mi
// is at an event dated before the meeting (earlier).
func (st *checkState) earlierFeature(ep *episode, mi int, fs []feature) []feature {
	switch st.earlier(ep, mi) {
	case earlierTitle:
		fs = append(fs, feature{"earlier-event", earlierFactor, "a title's state in a clause dated before the meeting"})
	case earlierHost:
		fs = append(fs, feature{"earlier-event", earlierFactor, "hosts, holds or attends an event dated before the meeting"})
	case earlierAgain:
		fs = append(fs, feature{"earlier-event", earlierFactor, "named again in a sentence about an earlier event"})
	case laterHost:
		fs = append(fs, feature{"earlier-event", earlierFactor, "hosts, holds or attends an event to come"})
	}
	return fs
}

// How a mention is at an earlier event (earlier).
type earlierKind uint8

const (
	earlierNone  earlierKind = iota
	earlierTitle             // a title's state in a dated clause (earlierEvent)
	earlierHost              // an event verb's subject or object (earlierActor)
	earlierAgain             // after one of those in its sentence (earlierSentence)
	laterHost                // hosts, holds or attends an event to come (laterActor)
)

// earlier says how mention mi is at an event the text dates before the
// meeting, if it is.
func (st *checkState) earlier(ep *episode, mi int) earlierKind {
	switch {
	case st.earlierEvent(ep, mi):
		return earlierTitle
	case st.earlierActor(ep, mi):
		return earlierHost
	case st.earlierSentence(ep, mi):
		return earlierAgain
	case st.laterActor(ep, mi):
		return laterHost
	}
	return earlierNone
}

// earlierActor says whether mention mi hosts, holds, receives or attends
// an event in a clause the text dates before the meeting: an event verb
// (eventVerb) within eventActorReach words of it, a word of time past
// (pastTime, not أمس) in the clause, and no participant named in the
// clause, by a mention or a person (بعد اجتماع مماثل استضافته غامبيا
// العام الماضي في بانجول, in a release on Egypt and Zambia). The clause
// runs between commas, complementisers (أن، إن), relative pronouns and
// quotation edges, within the sentence. An earlier visit between the
// parties names one of them in its clause (وكان الرئيس شي قد زار مالي
// العام الماضي), so a participant swapped there stays a slip.
func (st *checkState) earlierActor(ep *episode, mi int) bool {
	m := &st.ms[mi]
	if !isState(m) {
		return false
	}
	first, last, _ := st.actorClause(m)
	verb, dated := false, false
	for k := first; k <= last; k++ {
		if k >= m.FirstTok() && k <= m.LastTok() {
			continue
		}
		switch {
		case st.word(k) == "اليوم":
			return false
		case st.pastTime(k):
			dated = true
		case eventVerb.has(withoutAnd(st.word(k))) && (k >= m.FirstTok()-eventActorReach && k <= m.LastTok()+eventActorReach):
			verb = true
		}
		if st.partyAt(ep, mi, k) {
			return false
		}
	}
	return verb && dated
}

// actorClause gives the clause of mention m's sentence that holds it, as
// earlierActor and laterActor read it: it runs between commas,
// complementisers (أن، إن), relative pronouns and quotation edges
// (clauseEdge, on m's side of the quotes: inQuote).
func (st *checkState) actorClause(m *mention) (first, last int, inQuote bool) {
	s := st.sentOf(m.FirstTok())
	inQuote = st.quoted.has(m.FirstTok())
	first, last = m.FirstTok(), m.LastTok()
	for first > s.first && !st.clauseEdge(first-1, inQuote) {
		first--
	}
	for last < s.last && !st.clauseEdge(last+1, inQuote) {
		last++
	}
	return first, last, inQuote
}

// clauseEdge says whether token k bounds an actor's clause (actorClause)
// on the side of the quotes inQuote says.
func (st *checkState) clauseEdge(k int, inQuote bool) bool {
	w := st.word(k)
	return st.is(k, st.c.k.that) || st.quoted.has(k) != inQuote || w == "،" || w == "," || relative.has(withoutAnd(w))
}

// partyAt says whether token k starts a mention other than mi
// that is one of episode ep's participants, or a person of a
// participant's state.
func (st *checkState) partyAt(ep *episode, mi, k int) bool {
	if j := st.mentionAt(k); j >= 0 && int(j) != mi {
		if _, ok := ep.participantOf(&st.ms[j]); ok {
			return true
		}
	}
	pi := st.personAt(k)
	return pi >= 0 && ep.partIDs.has(st.personCountry(int(pi)))
}

// earlierSentence says whether an earlier mention of mention mi's state in
// its sentence is at an earlier event (earlierEvent, earlierActor), with
// no اليوم between: the sentence goes on about that event (وكان هان قد
// استقبل أمس رئيسة وزراء ملاوي …، وبحث معها التعاون الزراعي بين الصين
// وملاوي).
func (st *checkState) earlierSentence(ep *episode, mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	for j := mi - 1; j >= 0 && st.ms[j].FirstTok() >= s.first; j-- {
		if !sameState(m, &st.ms[j]) {
			continue
		}
		for k := st.ms[j].LastTok() + 1; k < m.FirstTok(); k++ {
			if st.word(k) == "اليوم" {
				return false
			}
		}
		if st.earlierEvent(ep, j) || st.earlierActor(ep, j) {
			return true
		}
	}
	return false
}

// eventActorReach is how many words from a state an event verb makes it
// the event's host, holder or guest.
const eventActorReach = 3

// eventVerb are the verbs (normalised, without و) of hosting, holding,
// receiving, meeting, visiting or attending an event, with the object
// pronouns a relative clause adds (اجتماع استضافته غامبيا).
var eventVerb = newWordList(
	"استضاف", "استضافت", "استضافه", "استضافته", "استضافها", "استضافتها",
	"احتضن", "احتضنت", "احتضنه", "احتضنته", "احتضنها", "احتضنتها",
	"استقبل", "استقبلت", "استقبله", "استقبلته", "استقبلها", "استقبلتها",
	"عقد", "عقدت", "عقده", "عقدته", "عقدها", "عقدتها",
	"التقي", "التقت", "التقاه", "التقته",
	"زار", "زارت", "زاره", "زارته", "زارها", "زارتها",
	"شارك", "شاركت", "تراس", "تراست", "تراسه", "تراسته",
	"نظم", "نظمت", "نظمه", "نظمته", "نظمها", "نظمتها",
)
