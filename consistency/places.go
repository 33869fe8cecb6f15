package consistency

import (
	"fmt"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Places: a visit's destination and the place where the meeting took
// place name the same state. A release datelined in a participant's city
// (مسقط …) that sends the visit to a third state (… زيارته إلى اليمن) has
// swapped the destination. The destination is a state or a capital right
// after إلى with a visit word (زيارة، وصل، يزور …) at most visitReach words
// before it; a visit announced for later (زيارته المرتقبة إلى …), a tour of
// several states (إلى قطر والكويت، جولة), and a visit concluded or returned
// from (اختتم زيارة إلى …، عاد من زيارة إلى …) are not the meeting's. The finding's
// confidence is destinationBase, times destinationRepeated when the text
// names the destination again elsewhere (a state the release discusses is
// more likely a real second stop than a swapped name).
const (
	destinationBase     = 0.8
	destinationRepeated = 0.6
)

// otherVisit holds the words (normalised) that make a sentence's visit
// another one than the meeting's: concluded, returned from, earlier or the
// last one (نتائج الزيارة الأخيرة إلى …), a tour's stop. It is never written.
var otherVisit = newWordList(
	"اختتم", "اختتمت", "اختتام", "انهي", "انهت", "قادما", "قادمه",
	"قادمين", "سبق", "سبقت", "سابقه", "سابق", "جوله", "جولته",
	"جولتها", "عاد", "عادت", "عودته", "عودتها", "عوده",
	"الاخيره", "الاخير", "الماضيه", "الماضي", "نتائج", "السابقه",
)

// venue returns the state where the lede's meeting took place, "" when
// the text does not say: the dateline's place (a capital, a city, or a
// state whose name is its capital's: الكويت، الجزائر), in the release's
// first dateline line, after a headline if there is one; else a
// participant's capital or city named as the meeting's place in the lede
// (ledePlace: التقى … في بكين اليوم); else the state another destination of the visit names,
// when it is a participant (a visit given two destinations: وصل إلى X …
// الذي يزور Y). mi is the destination being judged, skipped there.
func (st *checkState) venue(ep *episode, mi int) string {
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.ledeEnd {
			break
		}
		if i != mi && m.Kind == entities.Country && len(m.Entities) == 1 && st.datelinePlace(m) {
			return m.Entities[0]
		}
	}
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.ledeEnd {
			break
		}
		if i != mi && m.Kind == entities.Country && len(m.Entities) == 1 && ep.partIDs.has(m.Entities[0]) && st.ledePlace(i) {
			return m.Entities[0]
		}
	}
	v := ""
	for i := range st.ms {
		if i == mi || st.ms[i].FirstTok() > st.windowEnd && v != "" {
			continue
		}
		if id := st.ms[i].Entities; st.isDestination(i) && ep.partIDs.has(id[0]) {
			if v != "" && v != id[0] {
				return "" // the visit goes to both participants: no venue
			}
			v = id[0]
		}
	}
	return v
}

// datelinePlace says whether m is the place of the release's dateline: the
// first words of one of its first two lines, a date, an agency or
// punctuation after it. A state's own name counts there only when it is
// also its capital's (الكويت، الجزائر، جيبوتي).
func (st *checkState) datelinePlace(m *mention) bool {
	switch m.Form {
	case entities.FormCapital, entities.FormCity, entities.FormName:
	default:
		return false
	}
	// In the first two lines, at most datelineReach tokens from its line's
	// start: neither is read by walking the text, so that the mentions of a
	// long text do not cost its length each.
	si := int(st.sentAt(m.FirstTok()))
	if si >= st.thirdLine || !st.lineStartWithin(si, m.FirstTok(), datelineReach) {
		return false
	}
	if m.Form == entities.FormName {
		e := m.ents[0]
		if e == nil || m.pre != 0 || !containsFolded(st, e.Capital, st.c.norm.FoldString(st.mentionText(m))) {
			return false
		}
	}
	return st.datelineFollows(m)
}

// lineStartWithin says whether the line (paragraph) holding sentence si
// starts at most reach tokens before token tok: the sentences are walked
// back to the line's first only while they start that close.
func (st *checkState) lineStartWithin(si, tok, reach int) bool {
	for tok-st.sent(si).first <= reach {
		if si == 0 || st.paraStart.has(si) {
			return true
		}
		si--
	}
	return false
}

// containsFolded says whether one of names, normalised, is norm.
func containsFolded(st *checkState, names []string, norm string) bool {
	for _, n := range names {
		if st.c.norm.FoldString(n) == norm {
			return true
		}
	}
	return false
}

// capitalWordAt says whether the word before tok is the capital or the
// city word after في or ب (بالعاصمة باماكو، في العاصمة نواكشوط، بمدينة جدة).
func (st *checkState) capitalWordAt(tok int) bool {
	if tok == 0 {
		return false
	}
	switch withoutAnd(st.word(tok - 1)) {
	case "بالعاصمه", "بمدينه":
		return true
	case "العاصمه", "مدينه":
		return st.locativeAt(tok - 1)
	}
	return false
}

// locativeAt says whether the word before tok is في (في بكين، وفي القاهرة).
func (st *checkState) locativeAt(tok int) bool {
	if tok == 0 {
		return false
	}
	w := st.word(tok - 1)
	return w == "في" || w == "وفي"
}

// placeConflict judges mention mi as a place of the lede's meeting: the
// visit's destination (isDestination; dest), or else the place the lede
// gives the contact (ledePlace). Each is an attribute of the one meeting,
// as the dateline's place is; a place that names a third state while
// another names a participant (venue) is the slip, with that participant's
// place as the suggestion (rule visit-destination for a destination,
// meeting-place for the lede's place). The dateline itself is never judged:
// an agency datelines a report where it files it, not always where the
// meeting was. A third state the text names again is less likely a slip
// than a real place (named-again). A visit goes to the host: when the
// place found is the visitor's own state, or none is found but the
// headline names the visitor (headline-visitor), the other participant is
// the suggestion (visitorOf).
func (st *checkState) placeConflict(ep *episode, mi int, dest bool) (Finding, bool) {
	m := &st.ms[mi]
	if len(st.episodes) == 0 || ep != st.episodes[0] || !ep.judgesPair() ||
		m.Kind != entities.Country || len(m.Entities) != 1 {
		return Finding{}, false
	}
	if st.isDestination(mi) != dest || !dest && !st.ledePlace(mi) {
		return Finding{}, false
	}
	v := st.venue(ep, mi)
	if v == "" && dest {
		v = st.hostOfVisit(ep, mi)
	}
	if v == "" && dest {
		v = st.talksPlace(ep, mi)
	}
	var fs []feature
	if dest && len(ep.parts) == 2 {
		// A visit goes to the host: where the place found is the visitor's
		// own (a dateline filed at home: القاهرة … وصل وزير الخارجية بدر
		// عبد العاطي إلى …), or none is found but the headline names the
		// visitor (وزير الخارجية الأردني يصل إلى …), the other participant
		// is the visit's destination.
		visitor := st.visitorOf(ep, mi)
		switch {
		case visitor == "":
		case v == visitor:
			v = otherPart(ep, visitor)
			fs = append(fs, feature{"visitor", 1, "the visitor is " + visitor + ": the host is " + v})
		case v == "" && st.headlineVisit(ep, mi):
			v = otherPart(ep, visitor)
			fs = append(fs, feature{"headline-visitor", headlineVisitor, "the headline's visitor is " + visitor + ": the host is " + v})
		}
	}
	if v == "" || !ep.partIDs.has(v) || containsStr(m.Entities, v) {
		return Finding{}, false
	}
	if dest && st.departedFrom(mi) == v {
		return Finding{}, false // left the meeting's place for the next stop
	}
	n := st.timesNamed(m.Entities[0]) - st.destinationsOf(m.Entities[0], mi)
	if n > 1 && !(dest && st.visitOfMeeting(mi)) {
		fs = append(fs, feature{"named-again", destinationRepeated, fmt.Sprintf("named %d times", n)})
	}
	if !dest {
		// A meeting may be held in a third state's city; a place easily
		// mistaken for the participant's is the likelier slip.
		if cs := st.c.confusability(m.Entities[0], v); cs >= minConfusable {
			fs = append(fs, feature{"confusable", confusableFactor(cs), fmt.Sprintf("%s, %.2f: %s", v, cs, st.c.confusableReason(m.Entities[0], v))})
		} else if n > 1 {
			fs = append(fs, feature{"not-confusable", placeUnlike, "a third state's city, not easily mistaken for " + v})
		} else {
			fs = append(fs, feature{"not-confusable", placeUnlikeOnce, "a third state's city named only here, not easily mistaken for " + v})
		}
	}
	p := &Pattern{ID: "visit-destination", Confidence: destinationBase,
		Message: "%s is named as the visit's destination where the meeting took place in another state"}
	if !dest {
		p = &Pattern{ID: "meeting-place", Confidence: meetingPlaceBase,
			Message: "%s is named as the meeting's place where the text places the meeting in another state"}
	}
	fs = st.judgementFeatures(ep, m, p, fs)
	if st.below(mi, p, fs) {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, v, fs), true
}

// ownDestination judges a visit's destination that names a participant:
// the visitor's own state, when the visitor the sentence names is that
// participant's (وصل الرئيس النيجيري … إلى نيجيريا) and the text places
// the meeting in the other participant's state (venue), is no
// destination (a return home is another visit: عاد، عائدا). The slip is a
// look-alike or a neighbour swapped for the host, and the other
// participant is the suggestion.
func (st *checkState) ownDestination(ep *episode, mi int) (Finding, bool) {
	m := &st.ms[mi]
	if len(st.episodes) == 0 || ep != st.episodes[0] || !ep.judgesPair() || len(ep.parts) != 2 ||
		m.Kind != entities.Country || len(m.Entities) != 1 || !ep.partIDs.has(m.Entities[0]) || !st.isDestination(mi) {
		return Finding{}, false
	}
	own := m.Entities[0]
	s := st.sentOf(m.FirstTok())
	// the visitor: a participant title or known official between the
	// visit word and the destination (وصل الرئيس النيجيري … إلى), or right
	// before a relative pronoun that opens the visit (… مودافادي الذي وصل
	// إلى الدوحة); a visit noun's owner (زيارته) or a speaker is no visitor
	// the sentence names.
	visit := -1
	for k := m.FirstTok() - 1; k >= s.first; k-- {
		if returnHome.has(withoutAnd(st.word(k))) {
			return Finding{}, false
		}
		if st.is(k, st.c.k.visit) || st.headingAt(k) {
			visit = k
			break
		}
	}
	if visit < 0 {
		return Finding{}, false
	}
	visitor := st.visitorIn(ep, visit+1, m.FirstTok()-1)
	if visitor == "" && visit > s.first && relative.has(st.word(visit-1)) {
		visitor = st.visitorIn(ep, max(s.first, visit-1-maxNameWords-maxTitleWords), visit-2)
	}
	for k := m.LastTok() + 1; k <= s.last; k++ {
		if returnHome.has(withoutAnd(st.word(k))) {
			return Finding{}, false
		}
	}
	if visitor != own {
		return Finding{}, false
	}
	host := ""
	for _, q := range ep.parts {
		if q.id != own {
			host = q.id
		}
	}
	// and the text places the meeting in the host's state (the dateline,
	// the lede's place of the talks, another destination of the visit)
	if st.venue(ep, mi) != host {
		return Finding{}, false
	}
	p := &Pattern{ID: "visit-destination", Confidence: destinationBase,
		Message: "%s, the visitor's own state, is named as the visit's destination"}
	fs := st.judgementFeatures(ep, m, p, nil)
	return st.newConflict(ep, mi, p, host, fs), true
}

// visitorIn returns the participant whose title or known official stands
// last in [first, last], "" if none.
func (st *checkState) visitorIn(ep *episode, first, last int) string {
	for k := last; k >= first; k-- {
		if pi := st.personAt(k); pi >= 0 && st.persons[pi].first == k {
			if p := &st.persons[pi]; p.known != nil && st.onDuty(p.known) && ep.partIDs.has(p.known.Country) {
				return p.known.Country
			}
			continue
		}
		if ti := st.mentionAt(k); ti >= 0 {
			t := &st.ms[ti]
			if t.FirstTok() == k && t.Kind == entities.Country && len(t.Entities) == 1 && ep.partIDs.has(t.Entities[0]) &&
				st.titleBefore(k) {
				return t.Entities[0]
			}
		}
	}
	return ""
}

// relative are the relative pronouns (normalised) that open a visit
// clause after its visitor (… الذي وصل إلى …).
var relative = newWordList("الذي", "التي", "اللذان", "اللتان", "الذين")

// returnHome are the words (normalised) of a return to the visitor's own
// state (عاد إلى بلاده، وصل عائدا من …).
var returnHome = newWordList("عاد", "عادت", "عايدا", "عايده", "عودته",
	"عودتها", "عوده", "العوده", "يعود", "تعود", "قادما", "قادمه")

// hostOfVisit returns the state a visit whose destination is mi went to
// when nothing else places the meeting: the sentence reports the talks
// held during the visit (يجري خلالها مباحثات، في ختام زيارته … أجرى
// مباحثات) and names the visitor by a participant's title (وصل الرئيس
// السنغالي …): the host is the other participant. "" otherwise.
func (st *checkState) hostOfVisit(ep *episode, mi int) string {
	if len(ep.parts) != 2 {
		return ""
	}
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	during := st.meetingDuring(m.LastTok()+1, s.last)
	if !during {
		for k := s.first; k < m.FirstTok() && !during; k++ {
			during = courseOf.has(withoutAnd(st.word(k))) && st.classWithin(m.LastTok()+1, s.last, st.c.k.contact)
		}
	}
	if !during {
		return ""
	}
	visitor := ""
	for i := range st.ms {
		t := &st.ms[i]
		if t.FirstTok() < s.first || t.FirstTok() > s.last {
			continue
		}
		if t.Kind != entities.Country || len(t.Entities) != 1 || !ep.partIDs.has(t.Entities[0]) || !st.titleBefore(t.FirstTok()) {
			continue
		}
		if t.FirstTok() > m.FirstTok() && st.is(t.FirstTok()-1, st.c.k.counterpart) {
			continue
		}
		if visitor != "" && visitor != t.Entities[0] {
			// the visitor's title and the host's counterpart (نظيره المالي)
			// both named: the first is the visitor's
			break
		}
		visitor = t.Entities[0]
	}
	if visitor == "" {
		visitor = st.visitorOf(ep, mi)
	}
	if visitor == "" {
		// no visitor named: the host is the participant whose officials
		// the visit meets (يلتقي خلالها كبار المسؤولين السلوفاكيين)
		return st.metAfter(ep, mi, s.last)
	}
	return otherPart(ep, visitor)
}

// otherPart returns the participant of a two-party episode that is not id.
func otherPart(ep *episode, id string) string {
	for _, q := range ep.parts {
		if q.id != id {
			return q.id
		}
	}
	return ""
}

// metAfter returns the one participant named after destination mi up to
// token last (a nisba, a name or a known official: whom the visit meets),
// "" if none or both.
func (st *checkState) metAfter(ep *episode, mi, last int) string {
	m := &st.ms[mi]
	host := ""
	for i := mi + 1; i < len(st.ms) && st.ms[i].FirstTok() <= last; i++ {
		t := &st.ms[i]
		if t.Kind != entities.Country || len(t.Entities) != 1 || !ep.partIDs.has(t.Entities[0]) || t.FirstTok() <= m.LastTok() {
			continue
		}
		if host != "" && host != t.Entities[0] {
			return ""
		}
		host = t.Entities[0]
	}
	return host
}

// visitorOf returns the participant the sentence of destination mi names
// as the visitor: a participant's title or known official between the
// visit word and the destination (وصل وزير الخارجية المصري … إلى، يزور
// رئيس الوزراء الماليزي … فيتنام), or just before the visit word, as its
// subject or before a relative pronoun (الرئيس الكيني يصل إلى، … عزيز
// أخنوش، الذي وصل إلى، استهل رئيس الوزراء الإسباني بيدرو سانشيز زيارته
// لـ); "" if none.
func (st *checkState) visitorOf(ep *episode, mi int) string {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	visit := -1
	for k := m.FirstTok() - 1; k >= s.first; k-- {
		if st.is(k, st.c.k.visit) || st.headingAt(k) {
			visit = k
			break
		}
	}
	if visit < 0 {
		return ""
	}
	if v := st.visitorIn(ep, visit+1, m.FirstTok()-1); v != "" {
		return v
	}
	return st.visitorIn(ep, max(s.first, visit-1-maxNameWords-maxTitleWords), visit-1)
}

// headlineVisit says whether destination mi stands in the release's
// headline (a first line of one sentence, the text going on after it), in
// no gathering's sentence, and the text names its state nowhere else but
// as destinations that another place of the meeting contradicts
// (hostOfVisit, talksPlace): the headline names the visit the release
// reports.
func (st *checkState) headlineVisit(ep *episode, mi int) bool {
	m := &st.ms[mi]
	if len(st.sents) < 2 || st.sentAt(m.FirstTok()) != 0 || !st.paraStart.has(1) {
		return false
	}
	s := st.sent(0)
	for k := s.first; k <= s.last; k++ {
		if gathering.has(withoutAnd(st.word(k))) {
			return false
		}
	}
	id := m.Entities[0]
	for i := range st.ms {
		t := &st.ms[i]
		if i == mi || t.Kind != entities.Country || !containsStr(t.Entities, id) {
			continue
		}
		if !st.isDestination(i) || st.hostOfVisit(ep, i) == "" && st.talksPlace(ep, i) == "" {
			return false
		}
	}
	return true
}

// headlineVisitor scales a destination judged only by its headline's
// visitor: a headline is short, and the text may still report the visit
// differently.
const headlineVisitor = 0.8

// talksPlace returns the participant whose capital or city the contact
// window gives as the place of talks (contactPlace) after the lede, when
// the window gives no other state's: a visit's destination and the city
// where the talks were held are attributes of one meeting (في ختام زيارته
// لمصر … وكان قد عقد في نيقوسيا جلسة مباحثات). "" otherwise. mi, the
// destination judged, is skipped.
func (st *checkState) talksPlace(ep *episode, mi int) string {
	v := ""
	for i := range st.ms {
		m := &st.ms[i]
		if m.FirstTok() > st.windowEnd {
			break
		}
		if i == mi || m.Kind != entities.Country || !st.contactPlace(i) {
			continue
		}
		id := m.Entities[0]
		if !ep.partIDs.has(id) || v != "" && v != id {
			return ""
		}
		v = id
	}
	return v
}

// visitOfMeeting says whether destination mi's sentence reports the
// meeting as held in the course of that very visit (عقد … جلسة مباحثات …
// في إطار الزيارة التي يقوم بها … إلى X; وصل إلى X … أجرى خلالها
// مباحثات): the destination is the meeting's place whatever else the text
// says of that state.
func (st *checkState) visitOfMeeting(mi int) bool {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	if st.meetingDuring(m.LastTok()+1, s.last) {
		return true
	}
	contact := false
	for k := s.first; k <= s.last && !contact; k++ {
		contact = st.contactAt(k)
	}
	if !contact {
		return false
	}
	for k := s.first; k < m.FirstTok(); k++ {
		if courseOf.has(withoutAnd(st.word(k))) {
			return true
		}
	}
	return false
}

// destinationsOf counts the other mentions of state id that are a visit's
// destination: a destination written twice (a headline and the lede) is
// not named again elsewhere.
func (st *checkState) destinationsOf(id string, mi int) int {
	n := 0
	for i := range st.ms {
		if i != mi && containsStr(st.ms[i].Entities, id) && st.isDestination(i) {
			n++
		}
	}
	return n
}

// meetingPlaceBase is the confidence of a lede place that names a third
// state where another place of the meeting names a participant. A third
// state not easily mistaken for that participant scales it by
// placeUnlikeOnce when the text names that state only there (a swapped
// city is named once), by placeUnlike when it names it again, which with
// named-again keeps it below the default threshold (a meeting abroad is
// news, and the news names its country again).
const (
	meetingPlaceBase = 0.85
	placeUnlikeOnce  = 0.75
	placeUnlike      = 0.6
)

// ledePlace says whether mention mi is the place the lede gives its
// contact: a capital or city after في or ب in a lede sentence with a
// contact word (أجرى محادثات في كانبرا، استقبل في قصر الدولة بنيروبي), not
// a gathering's (على هامش القمة، في مؤتمر).
func (st *checkState) ledePlace(mi int) bool {
	return st.ms[mi].FirstTok() <= st.ledeEnd && st.contactPlace(mi)
}

// contactPlace says whether mention mi is the place its sentence gives a
// contact, in the lede or later: a capital or city after في or ب in a
// sentence with a contact word (وكان قد عقد في نيقوسيا جلسة مباحثات), not a
// gathering's and not a tour's stop.
func (st *checkState) contactPlace(mi int) bool {
	m := &st.ms[mi]
	if m.Weak || len(m.Entities) != 1 || (m.Form != entities.FormCapital && m.Form != entities.FormCity) {
		return false
	}
	if pre := st.prefix(m); !st.locativeAt(m.FirstTok()) && pre != "ب" && pre != "وب" && !st.capitalWordAt(m.FirstTok()) {
		return false
	}
	s := st.sentOf(m.FirstTok())
	if !st.classWithin(s.first, s.last, st.c.k.contact) || st.classWithin(s.first, s.last, st.c.k.sidelines) {
		return false
	}
	for k := s.first; k <= s.last; k++ {
		if gathering.has(withoutAnd(st.word(k))) {
			return false
		}
		// a place after a tour in the sentence is one of its stops
		// (… في المحطة الثانية من جولة خليجية بدأها بالرياض)
		if k < m.FirstTok() && tour.has(withoutAnd(st.word(k))) {
			return false
		}
	}
	return true
}

// tour are the words (normalised) of a tour of several states, whose
// stops named after them are other places than the meeting's.
var tour = newWordList("جوله", "الجوله", "جولته", "جولتها", "بجوله", "جولات")

// gathering are the words (normalised) of a gathering whose city is no
// participant's place.
var gathering = newWordList("قمه", "القمه", "مؤتمر", "المؤتمر", "منتدي",
	"المنتدي", "اجتماعات", "الاجتماعات", "الدوره", "دوره", "معرض", "المعرض")

// isDestination says whether mention mi is the destination of the visit
// its sentence reports: one country, named or by its capital, right after
// a visit word (زيارة مصر، يزور الصين) or after إلى with a visit word before
// it, no future word, not in a list. Between the visit word and إلى stand
// at most visitReach words besides the visitor and the time (وصل وزير
// الشؤون الخارجية التونسي محمد علي النفطي اليوم إلى …). A visit concluded,
// returned from or earlier is another visit than the meeting's, unless the
// meeting took place during it (اختتم زيارته إلى … أجرى خلالها مباحثات).
func (st *checkState) isDestination(mi int) bool {
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak ||
		(m.Form != entities.FormName && m.Form != entities.FormCapital) || m.FirstTok() == 0 {
		return false
	}
	toL := m.pre != 0 && st.prefix(m) == "ل" // زيارته لموريتانيا، زيارة رسمية للنيجر
	if m.pre != 0 && !toL || st.listLen(mi) >= 2 {
		return false
	}
	s := st.sentOf(m.FirstTok())
	visit := -1
	switch {
	case toL:
		// the visit noun, at most visitAdjectives words of its kind
		// between (زيارة عمل وصداقة لـ …، زيارة رسمية لـ …)
		for k := m.FirstTok() - 1; k >= s.first && k >= m.FirstTok()-1-visitAdjectives; k-- {
			if st.is(k, st.c.k.visit) && visitNoun.has(withoutAnd(st.word(k))) {
				visit = k
				break
			}
			if !visitKind.has(withoutAnd(st.word(k))) {
				break
			}
		}
	case st.is(m.FirstTok()-1, st.c.k.visit) && m.Form == entities.FormName:
		visit = m.FirstTok() - 1
	case st.word(m.FirstTok()-1) == "الي":
		words := 0
		for k := m.FirstTok() - 2; k >= s.first && words <= visitReach; k-- {
			if st.is(k, st.c.k.visit) || st.headingAt(k) {
				visit = k
				break
			}
			if !st.visitorWord(k) {
				words++
			}
		}
	case st.word(m.FirstTok()-1) == "علي" && m.FirstTok() >= 2 && guestOf.has(withoutAnd(st.word(m.FirstTok()-2))):
		// يحل الرئيس ضيفا على كينيا: the host
		visit = m.FirstTok() - 2
	case m.pre == 0 && m.Form == entities.FormName:
		visit = st.verbObject(m.FirstTok(), s.first)
	}
	if visit < 0 {
		return false
	}
	// A visit to come goes anywhere; but the visit in whose course or at
	// whose end something is done (في ختام زيارته إلى قطر، خلال زيارته إلى
	// …) is under way, whatever is planned after it.
	if st.futureAt(m.FirstTok()) && !st.underWay(visit, m.FirstTok()) {
		return false
	}
	// concluded, returned from or earlier: a word of another visit from
	// two words before the visit word to a few words after the
	// destination (الزيارة التي قام بها إلى الهند الشهر الماضي), or a
	// visit told in the pluperfect (وكان الوزير قد زار روسيا): an arrival
	// so told (وكان قد وصل إلى القاهرة أمس) is the meeting's own visit.
	other := visitedVerb.has(withoutAnd(st.word(visit))) && st.word(visit-1) == "قد"
	for j := max(s.first, visit-2); j < m.FirstTok() && !other; j++ {
		other = otherVisit.has(withoutAnd(st.word(j)))
	}
	for j := m.LastTok() + 1; j <= min(s.last, m.LastTok()+otherVisitAfter) && !other; j++ {
		other = pastVisit.has(st.word(j))
	}
	if other {
		return st.meetingDuring(m.LastTok()+1, s.last)
	}
	return true
}

// guestOf are the words (normalised) that make the state after على the
// visit's host (يحل ضيفا على …).
var guestOf = newWordList("ضيفا", "ضيفه", "ضيوفا")

// verbObject returns the visit verb whose object the state name at tok
// is, with the verb's subject between (يزور رئيس الوزراء الماليزي أنور
// إبراهيم فيتنام): the words between are all the visitor's (a mention, a
// person's name, a title or honorific, a time word), at least two, and no
// punctuation; -1 if none. A verb and its object side by side (يزور
// فيتنام) is the visit word's own case.
func (st *checkState) verbObject(tok, first int) int {
	for k, n := tok-1, 0; k >= first && n <= verbSubjectWords; k, n = k-1, n+1 {
		if st.toks.Kind(k) != arabic.Word {
			return -1
		}
		if visitVerb.has(withoutAnd(st.word(k))) {
			if n < 2 {
				return -1
			}
			return k
		}
		if !st.visitorWord(k) && !timeWords.has(withoutAnd(st.word(k))) {
			return -1
		}
	}
	return -1
}

// visitVerb are the verbs (normalised) of a visit under way that take the
// state visited as their object.
var visitVerb = newWordList("يزور", "يزوران", "تزوران")

// verbSubjectWords bounds the subject between a visit verb and its object.
const verbSubjectWords = 12

// pastVisit are the words (normalised) that date a visit before the
// meeting when they follow its destination (إلى الهند الشهر الماضي); an
// arrival's time (وصل إلى القاهرة مساء أمس قادما من …) is the meeting's
// visit.
var pastVisit = newWordList("الماضي", "الماضيه", "السابق", "السابقه")

// visitedVerb are the verbs (normalised) of a visit paid, as against an
// arrival (وصل) or a visit under way (يزور).
var visitedVerb = newWordList("زار", "زارت", "زارا")

// otherVisitAfter is how many words after a destination a pastVisit word
// still dates the visit.
const otherVisitAfter = 3

// visitNoun are the visit words (normalised) that take their destination
// with ل as well as إلى (زيارته لموريتانيا).
var visitNoun = newWordList("زياره", "الزياره", "زيارته", "زيارتها", "زيارتهم")

// visitKind are the words (normalised) that say what kind of visit it is,
// between the visit noun and its destination (زيارة رسمية، زيارة عمل
// وصداقة، زيارة الدولة).
var visitKind = newWordList("رسميه", "الرسميه", "عمل", "العمل", "صداقه",
	"الصداقه", "دوله", "الدوله", "خاصه", "الخاصه", "اخويه", "الاخويه",
	"قصيره", "تاريخيه", "الحاليه", "رسمي")

// visitAdjectives bounds the visitKind words between a visit noun and its
// destination after ل.
const visitAdjectives = 3

// heading are the words (normalised) of travel towards a place that, like
// the visit words, take the destination after إلى (توجه إلى، متوجها إلى).
var heading = newWordList("توجه", "توجهت", "يتوجه", "تتوجه",
	"متوجها", "متوجهه", "متوجهين", "متوجهان",
	// the arrival (لدى وصوله إلى …، فور وصولها إلى …)
	"وصوله", "وصولها", "وصولهم", "وصولهما")

// headingAt says whether token k is a heading word, with or without a
// conjunction (وصوله is no وصول after و).
func (st *checkState) headingAt(k int) bool {
	w := st.word(k)
	return heading.has(w) || heading.has(withoutAnd(w))
}

// departedFrom returns the state of the place the sentence of destination
// mi says the visitor left before heading there (غادر … الجزائر متوجها إلى
// …), "" if none.
func (st *checkState) departedFrom(mi int) string {
	m := &st.ms[mi]
	s := st.sentOf(m.FirstTok())
	for k := s.first; k < m.FirstTok(); k++ {
		if !departure.has(withoutAnd(st.word(k))) {
			continue
		}
		for j := k + 1; j < m.FirstTok() && j <= k+departureReach; j++ {
			if pi := st.mentionAt(j); pi >= 0 {
				p := &st.ms[pi]
				if p.Kind == entities.Country && len(p.Entities) == 1 && p.Form != entities.FormNisba {
					return p.Entities[0]
				}
			}
		}
	}
	return ""
}

// departure are the words (normalised) of leaving a place.
var departure = newWordList("غادر", "غادرت", "يغادر", "تغادر")

// departureReach bounds the words between the departure word and the place
// left (غادر الرئيس التونسي قيس سعيد الجزائر).
const departureReach = 8

// visitorWord says whether token k is part of a visit's subject or time,
// which does not count towards visitReach: a mention, a person's name, a
// title or honorific, or a time word (اليوم، أمس، مساء).
func (st *checkState) visitorWord(k int) bool {
	kk := &st.c.k
	return st.inMention.has(k) || st.inPerson.has(k) || st.is(k, kk.title.or(kk.titleWord).or(kk.honorific)) || timeWords.has(st.word(k))
}

// timeWords are the words of a visit's time (normalised).
var timeWords = newWordList("اليوم", "امس", "مساء", "صباح", "ظهر", "الليله", "غدا")

// meetingDuring says whether [first, last] reports the meeting as held
// during the visit just named (أجرى خلالها مباحثات، التقى خلالها): a word
// of during-it followed within duringReach words by a contact word.
func (st *checkState) meetingDuring(first, last int) bool {
	for k := first; k <= last; k++ {
		if duringIt.has(withoutAnd(st.word(k))) && st.classWithin(k-duringReach, k+duringReach, st.c.k.contact) {
			return true
		}
	}
	return false
}

// underWay says whether the visit word at visit, whose destination is at
// dest, names a visit under way: after a word of its course (ختام، خلال)
// with no future word and no other destination (إلى) before dest.
func (st *checkState) underWay(visit, dest int) bool {
	if visit == 0 || !courseOf.has(withoutAnd(st.word(visit-1))) || st.classWithin(visit, dest-1, st.c.k.future) {
		return false
	}
	for k := visit + 1; k < dest-1; k++ {
		if st.word(k) == "الي" {
			return false
		}
	}
	return true
}

// courseOf are the words (normalised) that put a visit under way: its
// course, start or end (في ختام زيارته، خلال زيارته، في إطار زيارته).
var courseOf = newWordList("ختام", "نهايه", "خلال", "اثناء", "اطار", "مستهل", "بدايه", "ختامها")

// duringIt are the words (normalised) that put what follows during the
// visit just named.
var duringIt = newWordList("خلالها", "خلاله", "اثناءها", "اثناءه",
	"مستهلها", "بدايتها", "ختامها")

// duringReach is how far a contact word may stand from خلالها.
const duringReach = 3

// withoutAnd drops a conjunction و or ف from a word.
func withoutAnd(w string) string {
	if len(w) > len("و")+len("ال") && (w[:len("و")] == "و" || w[:len("ف")] == "ف") {
		return w[len("و"):]
	}
	return w
}

// placedIn returns the state the text itself places a city or capital
// mention in, "" if none: a state's nisba right after it (طرابلس
// اللبنانية), or a state's name after في, a direction word or both
// (طرابلس في شمال لبنان، طرابلس شمالي لبنان). A city of one name in two
// states (طرابلس) is the one the text says; a slip would not also name
// the state it stands in.
func (st *checkState) placedIn(m *mention) string {
	if m.Kind != entities.Country || (m.Form != entities.FormCity && m.Form != entities.FormCapital) {
		return ""
	}
	n := st.toks.Len()
	k := m.LastTok() + 1
	if k < n && st.word(k) == "في" {
		k++
	}
	if k < n && direction.has(st.word(k)) {
		k++
	}
	if k >= n {
		return ""
	}
	ti := st.mentionAt(k)
	if ti < 0 {
		return ""
	}
	t := &st.ms[ti]
	if t.FirstTok() != k || t.Kind != entities.Country || len(t.Entities) != 1 ||
		t.Form != entities.FormName && (t.Form != entities.FormNisba || k != m.LastTok()+1) {
		return ""
	}
	return t.Entities[0]
}

// direction are the words (normalised) of a part of a state (في شمال
// لبنان، شمالي لبنان، بشرق ليبيا).
var direction = newWordList("شمال", "جنوب", "شرق", "غرب", "وسط",
	"شمالي", "جنوبي", "شرقي", "غربي", "بشمال", "بجنوب", "بشرق", "بغرب", "بوسط")

// tourStopConflict judges mention mi as a stop of the tour a sentence
// lists (جولة تشمل غانا وناميبيا): a tour's other stops are legitimately
// other states, but a stop named only there, easily mistaken for the
// participant in whose state the text places the meeting (venue), when
// the list does not name that participant, is the host's name swapped
// (جولة تشمل غينيا وناميبيا for a meeting in أكرا). The finding's
// confidence is destinationBase times the confusable feature.
func (st *checkState) tourStopConflict(ep *episode, mi int) (Finding, bool) {
	m := &st.ms[mi]
	if len(st.episodes) == 0 || ep != st.episodes[0] || !ep.judgesPair() || len(ep.parts) != 2 ||
		m.Kind != entities.Country || len(m.Entities) != 1 || m.Form != entities.FormName || m.Weak {
		return Finding{}, false
	}
	id := m.Entities[0]
	if st.timesNamed(id) != 1 {
		return Finding{}, false
	}
	host := st.venue(ep, mi)
	if host == "" || !ep.partIDs.has(host) {
		return Finding{}, false
	}
	cs := st.c.confusability(id, host)
	if cs < minConfusable {
		return Finding{}, false
	}
	first, named := st.listAround(mi, host)
	if named || !st.tourListAt(first) {
		return Finding{}, false
	}
	p := &Pattern{ID: "visit-destination", Confidence: destinationBase,
		Message: "%s is named as a stop of the visit's tour where the meeting took place in another state"}
	fs := []feature{
		{"tour-stop", 1, "named once, in the tour's list, which does not name " + host},
		{"confusable", confusableFactor(cs), fmt.Sprintf("%s, %.2f: %s", host, cs, st.c.confusableReason(id, host))},
	}
	fs = st.judgementFeatures(ep, m, p, fs)
	if st.below(mi, p, fs) {
		return Finding{}, false
	}
	return st.newConflict(ep, mi, p, host, fs), true
}

// tourStop says whether mention mi, a state's name, stands in a tour's
// list of stops (جولة تشمل غانا وناميبيا): another place of the visit, no
// party (tourStopConflict judges the one slip such a list shows).
func (st *checkState) tourStop(mi int) bool {
	m := &st.ms[mi]
	if m.Kind != entities.Country || m.Form != entities.FormName {
		return false
	}
	first, _ := st.listAround(mi, "")
	return st.tourListAt(first)
}

// listAround returns the first token of the list of states mention mi
// stands in (mi alone when none) and whether the list names state id.
func (st *checkState) listAround(mi int, id string) (int, bool) {
	named := false
	first := st.ms[mi].FirstTok()
	walk := func(step int) {
		cur := mi
		for {
			m := &st.ms[cur]
			var k int
			if step < 0 {
				if !hasPrefixAnd(m) && (m.FirstTok() == 0 || st.word(m.FirstTok()-1) != "،") {
					return
				}
				k = m.FirstTok() - 1
				if !hasPrefixAnd(m) {
					k--
				}
			} else {
				k = m.LastTok() + 1
				if k < st.toks.Len() && st.word(k) == "،" {
					k++
				}
			}
			if k < 0 || k >= st.toks.Len() || !st.inMention.has(k) {
				return
			}
			nx := int(st.mentionAt(k))
			if nx == cur || !isState(&st.ms[nx]) || step > 0 && k == m.LastTok()+1 && !hasPrefixAnd(&st.ms[nx]) {
				return
			}
			cur = nx
			named = named || containsStr(st.ms[cur].Entities, id)
			first = min(first, st.ms[cur].FirstTok())
		}
	}
	walk(-1)
	walk(1)
	return first, named
}

// tourListAt says whether the list starting at token first is a tour's
// list: a word of inclusion right before it (تشمل، تضم) and a tour word
// (جولة) at most tourListReach words before that.
func (st *checkState) tourListAt(first int) bool {
	k := first - 1
	if k < 0 || !tourIncludes.has(withoutAnd(st.word(k))) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-tourListReach; j-- {
		if tour.has(withoutAnd(st.word(j))) {
			return true
		}
	}
	return false
}

// tourIncludes are the words (normalised) that open a tour's list of
// stops (جولة تشمل …، جولة تضم …).
var tourIncludes = newWordList("تشمل", "شملت", "يشمل", "تضم", "ضمت")

// tourListReach bounds the words between a tour word and its list.
const tourListReach = 3
