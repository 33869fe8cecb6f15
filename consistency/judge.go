package consistency

import (
	"fmt"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// Mention roles in the report.
const (
	roleParticipant = "participant"
	roleThirdParty  = "third-party"
	roleTopic       = "topic"
	roleConflict    = "conflict"
	roleContext     = "context"
	rolePerson      = "person"
)

// binding is what a pattern match captured.
type binding struct {
	p        string // participant matched by P
	speaker  string // state of the speaker matched by S
	official string // the gazetteer's state of a known official matched by S
}

// judgeMentions gives every mention a role and raises country conflicts.
func (d *doc) judgeMentions() {
	ei := 0
	d.use(d.episodes[0])
	for i := range d.ms {
		m := &d.ms[i]
		for ei+1 < len(d.episodes) && m.FirstTok >= d.episodes[ei+1].first {
			ei++
			d.use(d.episodes[ei])
		}
		switch {
		case m.Kind == entities.Person:
			d.roles[i] = rolePerson
			continue
		case !judgeable(m):
			d.roles[i] = roleContext
			continue
		}
		if _, ok := d.isParticipantMention(m); ok {
			d.roles[i] = roleParticipant
			continue
		}
		if m.Kind == entities.Group && d.memberParticipant(m) {
			d.roles[i] = roleThirdParty
			continue
		}
		if len(d.parts) < 2 || d.multilat {
			// Without a pair to judge by, only what the text itself
			// contradicts: a known official under another state's title.
			if f, ok := d.conflictOfficial(i); ok {
				d.roles[i] = roleConflict
				d.findings = append(d.findings, f)
			} else {
				d.roles[i] = roleThirdParty
			}
			continue
		}
		topic := d.topicContext(i)
		f, ok := d.conflict(i, topic)
		if ok {
			d.roles[i] = roleConflict
			d.findings = append(d.findings, f)
		} else if topic {
			d.roles[i] = roleTopic
		} else {
			d.roles[i] = roleThirdParty
		}
	}
}

// memberParticipant says whether a participant belongs to the group.
func (d *doc) memberParticipant(m *entities.Mention) bool {
	for _, id := range m.Entities {
		e := d.entity(id)
		if e == nil {
			continue
		}
		for _, mem := range e.Members {
			if d.partIDs[mem] {
				return true
			}
		}
	}
	return false
}

// topicContext says whether the mention is a topic: in a sentence about
// topics, after a topic word, a place, or in a list of three or more states.
func (d *doc) topicContext(mi int) bool {
	m := &d.ms[mi]
	s := d.sentOf(m.FirstTok)
	for k := s.first; k <= s.last; k++ {
		if d.bits[k]&d.c.topicBit == 0 {
			continue
		}
		// topic_intro words count before the mention; mechanism words anywhere
		if k < m.FirstTok || d.is(k, d.c.k.mechanism) {
			return true
		}
	}
	for pi := range d.c.topics {
		if _, ok := d.match(&d.c.topics[pi], mi); ok {
			return true
		}
	}
	return d.listLen(mi) >= 3
}

// listLen counts the states in the coordinated list the mention is part of
// (X، Y وZ).
func (d *doc) listLen(mi int) int {
	n := 1
	cur := mi
	for {
		m := &d.ms[cur]
		k := m.FirstTok - 1
		if !hasPrefixAnd(m) && k >= 0 && d.word(k) == "،" {
			k--
		} else if !hasPrefixAnd(m) {
			break
		}
		if k < 0 || d.tokMention[k] < 0 || int(d.tokMention[k]) == cur {
			break
		}
		cur = int(d.tokMention[k])
		if !isState(&d.ms[cur]) {
			break
		}
		n++
	}
	cur = mi
	for {
		m := &d.ms[cur]
		k := m.LastTok + 1
		if k < len(d.toks) && d.word(k) == "،" {
			k++
		}
		if k >= len(d.toks) || d.tokMention[k] < 0 {
			break
		}
		nx := int(d.tokMention[k])
		if nx == cur || !isState(&d.ms[nx]) || (k == m.LastTok+1 && !hasPrefixAnd(&d.ms[nx])) {
			break
		}
		cur = nx
		n++
	}
	return n
}

func isState(m *entities.Mention) bool {
	return (m.Kind == entities.Country || m.Kind == entities.Group) && m.Form == entities.FormName
}

// conflict tries the conflict patterns in order.
func (d *doc) conflict(mi int, topic bool) (Finding, bool) {
	return d.firstConflict(mi, topic, false)
}

// conflictOfficial tries the patterns that expect a known official's state:
// they need no participants.
func (d *doc) conflictOfficial(mi int) (Finding, bool) {
	m := &d.ms[mi]
	if m.Weak || m.Kind != entities.Country {
		return Finding{}, false // an organisation's office holder has a nationality of their own
	}
	return d.firstConflict(mi, false, true)
}

// firstConflict returns the finding of the first conflict pattern that
// matches the mention (only the expect: official ones when officialOnly).
func (d *doc) firstConflict(mi int, topic, officialOnly bool) (Finding, bool) {
	m := &d.ms[mi]
	intruder := 0 // d.intruder(mi), computed once when a pattern asks: 1 yes, -1 no
	for pi := range d.c.conflicts {
		p := &d.c.conflicts[pi]
		if officialOnly && p.Expect != "official" {
			continue
		}
		// Topics and homographs (مالي is also "financial") are judged by
		// unambiguous patterns only.
		if (topic || m.Weak) && !p.Strong {
			continue
		}
		conf := ""
		if p.Requires == "confusable" || p.Expect == "confusable" {
			conf = d.confusableParticipant(m)
			// A state in a list (اليمن والعراق) is enumerated, not
			// mistaken for the participant.
			if conf == "" || d.listLen(mi) >= 2 {
				continue
			}
		}
		if p.Requires == "intruder" {
			if intruder == 0 {
				intruder = -1
				if d.intruder(mi) {
					intruder = 1
				}
			}
			if intruder < 0 {
				continue
			}
			// A state listed with others (بالتعاون مع قطر والولايات
			// المتحدة) is enumerated, not swapped in, unless the pattern
			// pairs it with a participant.
			if !p.has(elemP) && d.listLen(mi) >= 2 {
				continue
			}
		}
		if p.Expect == "official" && m.Kind != entities.Country {
			continue
		}
		b, ok := d.match(p, mi)
		if !ok {
			continue
		}
		exp := d.expected(mi, p, b, conf)
		if exp == "" || containsStr(m.Entities, exp) {
			continue
		}
		return d.newConflict(mi, p, exp, b), true
	}
	return Finding{}, false
}

// intruder says whether a mention looks like a slip rather than a third
// party by where and how often its state appears: a state (not a group)
// named once in the whole text, after the lede, in a release whose two
// participants are well established. A third party a release discusses is
// usually introduced and named again; a participant's name swapped for
// another state's in one place is not.
func (d *doc) intruder(mi int) bool {
	m := &d.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || len(d.parts) != 2 {
		return false
	}
	if d.sentOf(m.FirstTok) == d.sentOf(0) {
		return false // the lede introduces what the release is about
	}
	if k := m.LastTok + 1; k < len(d.tokPerson) && d.tokPerson[k] >= 0 && d.plausibleName(int(d.tokPerson[k])) {
		return false // a title's state before a name (الرئيس الأميركي باراك أوباما)
	}
	id := m.Entities[0]
	for i := range d.ms {
		if i != mi && containsStr(d.ms[i].Entities, id) {
			return false
		}
	}
	for i := range d.chromeMs {
		if containsStr(d.chromeMs[i].Entities, id) {
			return false
		}
	}
	return true
}

// plausibleName says whether a person occurrence read from context is a
// name rather than the words after a title (وأكد الرئيس الجزائري أهمية
// زيارة …): a person the gazetteer knows, one named more than once, one
// whose first word is somebody's given name in the gazetteer, or one whose
// first word the text uses nowhere else outside a name (أهمية recurs as an
// ordinary word; كمال in كمال بوزيدي does not).
func (d *doc) plausibleName(pi int) bool {
	p := &d.persons[pi]
	if p.known != nil || len(p.words) == 0 {
		return true
	}
	if p.cluster >= 0 && len(d.clusters[p.cluster].members) > 1 {
		return true
	}
	if d.c.givenKeys[arabic.PhoneticKey(p.words[0])] {
		return true
	}
	first := p.words[0]
	for k := range d.toks {
		if k != p.first && d.tokPerson[k] < 0 && d.word(k) == first {
			return false
		}
	}
	return true
}

func containsStr(a []string, s string) bool {
	for _, x := range a {
		if x == s {
			return true
		}
	}
	return false
}

// expected resolves which participant the mention should have named.
func (d *doc) expected(mi int, p *Pattern, b binding, conf string) string {
	switch {
	case p.Expect == "counterpart":
		// "The X side" in the counterpart's own words is the host.
		if sp := d.speakerOf(mi); sp != "" && sp == d.counterpart {
			return d.subject
		}
		return d.counterpart
	case p.Expect == "other":
		for _, q := range d.parts {
			if q.id != b.p {
				return q.id
			}
		}
	case p.Expect == "speaker":
		sp := b.speaker
		if sp == "" {
			sp = d.speakerOf(mi)
		}
		if d.partIDs[sp] {
			return sp
		}
	case p.Expect == "confusable":
		return conf
	case p.Expect == "official":
		return b.official
	case p.Expect == "absent":
		// The participant the slip replaced: the one it is easily mistaken
		// for, else the one this sentence does not name, else the
		// counterpart, else the one named last before it.
		if conf == "" {
			conf = d.confusableParticipant(&d.ms[mi])
		}
		if conf != "" {
			return conf
		}
		s := d.sentOf(d.ms[mi].FirstTok)
		named := map[string]bool{}
		for k := s.first; k <= s.last; k++ {
			if j := d.tokMention[k]; j >= 0 {
				if id, ok := d.isParticipantMention(&d.ms[j]); ok {
					named[id] = true
				}
			}
			// An official of a participant names it too (نقل الزياني
			// تحيات الملك إلى حكومة وشعب …: the other party is meant).
			if pi := d.tokPerson[k]; pi >= 0 {
				if id := d.personCountry(int(pi)); d.partIDs[id] {
					named[id] = true
				}
			}
		}
		var absent []string
		for _, q := range d.parts {
			if !named[q.id] {
				absent = append(absent, q.id)
			}
		}
		if len(absent) == 1 {
			return absent[0]
		}
		if d.counterpart != "" {
			return d.counterpart
		}
		// No host and guest (a news article on two states): the
		// participant named last before the mention is the likelier one.
		for j := mi - 1; j >= 0; j-- {
			if id, ok := d.isParticipantMention(&d.ms[j]); ok {
				return id
			}
		}
		if len(d.parts) > 0 {
			return d.parts[0].id
		}
	case strings.HasPrefix(p.Expect, "is:"):
		if id := p.Expect[3:]; d.partIDs[id] {
			return id
		}
	case strings.HasPrefix(p.Expect, "not:"):
		not := p.Expect[4:]
		if !d.partIDs[not] {
			return ""
		}
		for _, q := range d.parts {
			if q.id != not {
				return q.id
			}
		}
	}
	return ""
}

// speakerOf returns the state of the person speaking in the mention's
// sentence (قال/أكد + a name before the mention), or of the paragraph's
// first speaker, or "".
func (d *doc) speakerOf(mi int) string {
	m := &d.ms[mi]
	s := d.sentOf(m.FirstTok)
	if sp := d.speakerIn(s.first, m.FirstTok-1); sp != "" {
		return sp
	}
	// the paragraph's earlier sentences, nearest first (وأضاف أن …
	// continues the last speaker)
	for si := int(d.tokSent[m.FirstTok]); si > 0 && !d.paraStart[si]; {
		si--
		if sp := d.speakerIn(d.sents[si].first, d.sents[si].last); sp != "" {
			return sp
		}
	}
	return ""
}

// personCountry is the state a person occurrence serves: its own context's,
// else its cluster's, else the gazetteer's, or "".
func (d *doc) personCountry(pi int) string {
	p := &d.persons[pi]
	switch {
	case p.country != "":
		return p.country
	case p.cluster >= 0 && d.clusters[p.cluster].country != "":
		return d.clusters[p.cluster].country
	case p.known != nil:
		return p.known.Country
	}
	return ""
}

// speakerIn finds a speech verb followed by a person in [first, last].
func (d *doc) speakerIn(first, last int) string {
	for k := first; k <= last; k++ {
		if !d.is(k, d.c.k.speech) {
			continue
		}
		j := k + 1
		for j <= last && d.is(j, d.c.k.honorific) {
			j++
		}
		if j <= last && d.tokPerson[j] >= 0 {
			return d.personCountry(int(d.tokPerson[j]))
		}
	}
	return ""
}

// confusableParticipant returns the participant the mention's state is
// easily mistaken for, or "".
func (d *doc) confusableParticipant(m *entities.Mention) string {
	for _, q := range d.parts {
		for _, id := range m.Entities {
			if d.c.confusable(id, q.id) {
				return q.id
			}
		}
	}
	return ""
}

// confusable says whether two countries are easily swapped: a listed pair,
// names sharing a distinctive word (غينيا / غينيا بيساو), or names a letter
// or two apart in Arabic or English (سلوفاكيا / سلوفينيا, Iran / Iraq).
func (c *Checker) confusable(a, b string) bool {
	return a != b && c.confusables[[2]string{a, b}]
}

// buildConfusables fills c.confusables with every pair confusableSlow
// accepts. Only countries that share a distinctive name word or the first
// three letters of a name (Arabic or English) can be confusable besides the
// rules' pairs, so candidates come from buckets keyed by those.
func (c *Checker) buildConfusables() {
	c.confusables = make(map[[2]string]bool, len(c.pairs))
	for p := range c.pairs {
		c.confusables[p] = true
	}
	buckets := map[string][]string{}
	add := func(key, id string) {
		if l := buckets[key]; len(l) == 0 || l[len(l)-1] != id {
			buckets[key] = append(l, id)
		}
	}
	for _, e := range c.g.Entities {
		if e.Kind != entities.Country {
			continue
		}
		for _, t := range c.nameToks[e.ID] {
			add("t:"+t, e.ID)
		}
		if p, ok := prefix3(strings.TrimPrefix(c.normName[e.ID], "ال")); ok {
			add("a:"+p, e.ID)
		}
		if p, ok := prefix3(strings.ToLower(e.English)); ok {
			add("e:"+p, e.ID)
		}
	}
	for _, ids := range buckets {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if c.confusableSlow(a, b) {
					c.confusables[[2]string{a, b}] = true
				}
				if c.confusableSlow(b, a) {
					c.confusables[[2]string{b, a}] = true
				}
			}
		}
	}
}

// prefix3 returns the first three runes of a name that closeNames could
// accept (four runes or more).
func prefix3(s string) (string, bool) {
	rs := []rune(s)
	if len(rs) < 4 {
		return "", false
	}
	return string(rs[:3]), true
}

// confusableSlow is the definition of confusable: a pair from the rules, or
// two countries sharing a distinctive name word, or with close names.
func (c *Checker) confusableSlow(a, b string) bool {
	if a == b {
		return false
	}
	if c.pairs[[2]string{a, b}] {
		return true
	}
	ea, eb := c.entityOf(a), c.entityOf(b)
	if ea == nil || eb == nil || ea.Kind != entities.Country || eb.Kind != entities.Country {
		return false
	}
	for _, x := range c.nameToks[a] {
		for _, y := range c.nameToks[b] {
			if x == y {
				return true
			}
		}
	}
	na, nb := strings.TrimPrefix(c.normName[a], "ال"), strings.TrimPrefix(c.normName[b], "ال")
	if closeNames(na, nb) {
		return true
	}
	return closeNames(strings.ToLower(ea.English), strings.ToLower(eb.English))
}

// closeNames: the same first three letters and at most three edits apart
// (سلوفاكيا / سلوفينيا, Niger / Nigeria, Austria / Australia), which
// leaves out anagram-like pairs (سوريا / روسيا).
func closeNames(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 || string(ra[:3]) != string(rb[:3]) {
		return false
	}
	return editDistance(a, b) <= 3
}

func (c *Checker) entityOf(id string) *entities.Entity {
	e, _ := c.g.Lookup(id)
	return e
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// match matches a pattern around mention mi, within its sentence.
func (d *doc) match(p *Pattern, mi int) (binding, bool) {
	m := &d.ms[mi]
	x := p.elems[p.x]
	if x.form != 0 && m.Form != x.form {
		return binding{}, false
	}
	if x.and && !hasPrefixAnd(m) {
		return binding{}, false
	}
	s := d.sentOf(m.FirstTok)
	var b binding
	if !d.matchLeft(p.elems[:p.x], m.FirstTok-1, s.first, &b) {
		return binding{}, false
	}
	if !d.matchRight(p.elems[p.x+1:], m.LastTok+1, s.last, &b) {
		return binding{}, false
	}
	return b, true
}

// matchRight matches elems forwards from token pos (inclusive) up to limit.
func (d *doc) matchRight(elems []elem, pos, limit int, b *binding) bool {
	if len(elems) == 0 {
		return true
	}
	e := elems[0]
	switch e.kind {
	case elemGap:
		for k := 0; k <= e.n; k++ {
			if pos+k > limit+1 {
				return false
			}
			if d.matchRight(elems[1:], pos+k, limit, b) {
				return true
			}
		}
		return false
	}
	if e.kind == elemNotClass {
		return (pos > limit || !d.is(pos, e.bit)) && d.matchRight(elems[1:], pos, limit, b)
	}
	if pos > limit {
		return false
	}
	switch e.kind {
	case elemClass:
		return d.is(pos, e.bit) && d.matchRight(elems[1:], pos+1, limit, b)
	case elemP:
		if id, ok := d.selfRef(pos, e); ok {
			b.p = id
			return d.matchRight(elems[1:], pos+1, limit, b)
		}
		mi := d.tokMention[pos]
		if mi < 0 || d.ms[mi].FirstTok != pos {
			return false
		}
		m := &d.ms[mi]
		id, ok := d.partMention(m, e)
		if !ok {
			return false
		}
		b.p = id
		return d.matchRight(elems[1:], m.LastTok+1, limit, b)
	case elemS:
		k := pos
		for k <= limit && d.is(k, d.c.k.honorific) {
			k++
		}
		if k > limit || d.tokPerson[k] < 0 {
			return false
		}
		pr := &d.persons[d.tokPerson[k]]
		if pr.first != k {
			return false
		}
		b.speaker = pr.country
		if pr.known != nil {
			b.official = pr.known.Country
		}
		return d.matchRight(elems[1:], pr.last+1, limit, b)
	}
	return false
}

// matchLeft matches elems backwards (last element first) from token pos.
func (d *doc) matchLeft(elems []elem, pos, limit int, b *binding) bool {
	if len(elems) == 0 {
		return true
	}
	e := elems[len(elems)-1]
	rest := elems[:len(elems)-1]
	if e.kind == elemGap {
		for k := 0; k <= e.n; k++ {
			if pos-k < limit-1 {
				return false
			}
			if d.matchLeft(rest, pos-k, limit, b) {
				return true
			}
		}
		return false
	}
	if e.kind == elemNotClass {
		return (pos < limit || !d.is(pos, e.bit)) && d.matchLeft(rest, pos, limit, b)
	}
	if pos < limit {
		return false
	}
	switch e.kind {
	case elemClass:
		return d.is(pos, e.bit) && d.matchLeft(rest, pos-1, limit, b)
	case elemP:
		if id, ok := d.selfRef(pos, e); ok {
			b.p = id
			return d.matchLeft(rest, pos-1, limit, b)
		}
		mi := d.tokMention[pos]
		if mi < 0 || d.ms[mi].LastTok != pos {
			return false
		}
		m := &d.ms[mi]
		id, ok := d.partMention(m, e)
		if !ok {
			return false
		}
		b.p = id
		return d.matchLeft(rest, m.FirstTok-1, limit, b)
	case elemS:
		pi := d.tokPerson[pos]
		if pi < 0 {
			return false
		}
		pr := &d.persons[pi]
		if pr.last != pos {
			return false
		}
		b.speaker = pr.country
		if pr.known != nil {
			b.official = pr.known.Country
		}
		k := pr.first - 1
		for k >= limit && d.is(k, d.c.k.honorific) {
			k--
		}
		return d.matchLeft(rest, k, limit, b)
	}
	return false
}

// selfRef reads a word such as المملكة or البلاد that is no mention of
// its own as the home state: the participant the dateline's agency or city
// names, else the lede's subject. It stands for a name (P or P:name).
func (d *doc) selfRef(pos int, e elem) (string, bool) {
	if e.form == entities.FormNisba || e.and || d.tokMention[pos] >= 0 || !d.is(pos, d.c.k.selfRef) {
		return "", false
	}
	if d.home != "" && d.partIDs[d.home] && (!e.host || d.home == d.subject) {
		return d.home, true
	}
	if d.subject != "" {
		return d.subject, true
	}
	return "", false
}

// partMention says whether m names a participant in the element's form.
func (d *doc) partMention(m *entities.Mention, e elem) (string, bool) {
	if e.form != 0 && m.Form != e.form {
		return "", false
	}
	if e.and && !hasPrefixAnd(m) {
		return "", false
	}
	id, ok := d.isParticipantMention(m)
	if ok && e.host && id != d.subject {
		return "", false
	}
	return id, ok
}

// newConflict builds the finding for mention mi.
func (d *doc) newConflict(mi int, p *Pattern, exp string, b binding) Finding {
	m := &d.ms[mi]
	name := d.englishOf(m.Entities[0])
	f := Finding{
		Kind:       CountryConflict,
		Severity:   CountryConflict.DefaultSeverity(),
		Confidence: p.Confidence * d.certainty(p) * d.quoteFactor(m),
		Start:      m.Start,
		End:        m.End,
		Text:       string(d.src[m.Start:m.End]),
		Entity:     m.Entities[0],
		Expected:   exp,
		Rule:       p.ID,
	}
	f.SetMessage(fmt.Sprintf(p.Message, name), d.roleWord(exp), d.englishOf(exp))
	if f.Confidence < 0.7 {
		f.Severity = SeverityWarning
	}
	if s, ok := d.suggest(m, exp); ok {
		// ل + a name with the article is written لل (لنيجيريا → للنيجر):
		// the lam joins the span so that the replacement can merge it.
		if rest, art := strings.CutPrefix(s, "ال"); art && strings.HasSuffix(m.Prefix, "ل") &&
			!strings.HasPrefix(d.t.Norm[m.NormStart:m.NormEnd], "ل") && m.Start >= len("ل") &&
			string(d.src[m.Start-len("ل"):m.Start]) == "ل" {
			f.Start -= len("ل")
			f.Text = string(d.src[f.Start:f.End])
			s = "لل" + rest
		}
		f.Suggestion = &s
	}
	s := d.sentOf(m.FirstTok)
	f.Evidence = make([]Span, 0, 2)
	f.Evidence = append(f.Evidence, Span{Start: d.toks[s.first].OrigStart, End: d.toks[s.last].OrigEnd,
		Text: string(d.src[d.toks[s.first].OrigStart:d.toks[s.last].OrigEnd]), Note: "rule " + p.ID})
	for _, q := range d.parts {
		if q.id == exp && len(q.evidence) > 0 {
			ev := q.evidence[0]
			ev.Note = "participant " + exp + ": " + ev.Note
			f.Evidence = append(f.Evidence, ev)
		}
	}
	_ = b
	return f
}

// quoteFactor lowers the confidence of a mention inside a quotation: in a
// readout the parties' words are reported speech, while news quotes people
// on any subject.
func (d *doc) quoteFactor(m *entities.Mention) float64 {
	if d.quoted[m.FirstTok] {
		return 0.5
	}
	return 1
}

// certainty scales a conflict's confidence by how well the participants are
// established: both named by title, counterpart word or a known official
// (1), or only by weaker evidence (weakParty for each participant that is
// not). An intruder pattern depends less on who the parties are: the state
// it flags is named once, in a party's position, so it is a slip whichever
// two states met; it is scaled by weakPartyIntruder instead.
func (d *doc) certainty(p *Pattern) float64 {
	f := weakParty
	if p.Requires == "intruder" {
		f = weakPartyIntruder
	}
	c := 1.0
	for _, q := range d.parts {
		if q.titleScore < wPerson {
			c *= f
		}
	}
	return c
}

// How much a participant without title-strength evidence lowers a
// conflict's confidence.
const (
	weakParty         = 0.8
	weakPartyIntruder = 0.9
)

func (d *doc) roleWord(id string) string {
	switch id {
	case d.counterpart:
		return "counterpart"
	case d.subject:
		return "host"
	}
	return "participant"
}

func (d *doc) englishOf(id string) string {
	if e := d.entity(id); e != nil && e.English != "" {
		return e.English
	}
	return id
}

// suggest names the expected participant in the mention's grammatical form.
func (d *doc) suggest(m *entities.Mention, exp string) (string, bool) {
	return d.c.Suggest(d.t.Norm, m, exp)
}
