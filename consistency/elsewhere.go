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
//	               dated before the meeting (earlierEvent): earlierFactor
//	discussed-again the state is discussed as a topic (topicMention) at
//	               more than one other mention: discussedAgain for each
//	               one after the first
//	own-words      the state is the office of a speaker whose words name
//	               that state again, or is in those words, an office no
//	               participant holds in the text (ownWords): ownWordsFactor
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
// arrival), nor does أمس.
func (st *checkState) earlierEvent(mi int) bool {
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
	}
	for k := m.LastTok() + 1; k <= min(s.last, m.LastTok()+earlierAfter); k++ {
		w := st.word(k)
		if st.is(k, st.c.k.that) || st.quoted.has(k) != inQuote || w == "،" || w == "," || relative[w] {
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
	case pastWord[w]:
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
	case periodOpening[withoutAnd(w)]:
		// مطلع العام الجاري، أوائل الشهر، not مطلع العام المقبل
		last := min(st.sentOf(k).last, k+3)
		if k+1 > last || !period[st.word(k+1)] {
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
			if timeSpan[st.word(j)] {
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
	if len(w) != 4 || k == 0 || !yearBefore[withoutAnd(st.word(k-1))] {
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
	pastWord = map[string]bool{"الماضي": true, "الماضيه": true, "المنصرم": true, "المنصرمه": true,
		"الفايت": true, "الفايته": true, "سابقا": true}
	// periodOpening open a period (مطلع العام، أوائل الشهر).
	periodOpening = map[string]bool{"مطلع": true, "اوايل": true, "مستهل": true, "بدايه": true, "بدايات": true}
	// period are the periods an opening or a past word dates.
	period = map[string]bool{"العام": true, "السنه": true, "الشهر": true, "الاسبوع": true, "هذا": true, "هذه": true}
	// timeSpan are the spans of time قبل dates by (قبل عامين، قبل ثلاثة أشهر).
	timeSpan = map[string]bool{"عام": true, "عامين": true, "اعوام": true, "سنه": true, "سنتين": true, "سنوات": true,
		"شهر": true, "شهرين": true, "اشهر": true, "اسبوع": true, "اسبوعين": true, "اسابيع": true, "ايام": true}
	// yearBefore are the words a year is written after.
	yearBefore = map[string]bool{"عام": true, "العام": true, "سنه": true, "في": true}
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
		if st.bitsOf(k)&st.c.topicBit != 0 && !st.is(k, st.c.k.mechanism) {
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
	for j := range st.ms {
		if _, ok := ep.participantOf(&st.ms[j]); ok && sameOffice(office, st.officeKey(st.ms[j].FirstTok())) {
			return false
		}
	}
	return office != ""
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
	if st.earlierEvent(mi) {
		fs = append(fs, feature{"earlier-event", earlierFactor, "a title's state in a clause dated before the meeting"})
	}
	if st.ownWords(ep, mi) {
		fs = append(fs, feature{"own-words", ownWordsFactor, "an office no participant holds, speaking of its own state"})
	}
	return fs
}
