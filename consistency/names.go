package consistency

import (
	"cmp"
	"slices"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// nameFindings reports clusters written in two or more spellings, and known
// officials written with a given name that is not theirs.
func (st *checkState) nameFindings() {
	for _, cl := range st.clusters {
		if len(cl.members) < 2 {
			if cl.known != nil && len(cl.members) == 1 {
				st.wrongGiven(cl)
			}
			continue
		}
		if !st.spelledDifferently(cl) {
			st.wrongGiven(cl)
			continue
		}
		st.variantFinding(cl)
		st.wrongGiven(cl)
	}
}

// variantFinding reports the cluster cl, whose occurrences write one name
// two ways, as a name-variant. A gazetteer person linked by the surname
// alone names the finding only if each full name of the cluster can be
// theirs (sameSurname): خالد العبيدي written two ways is no حيدر العبادي
// written two ways, and the fix is the text's own spelling.
func (st *checkState) variantFinding(cl *cluster) {
	if k := cl.known; k != nil && !st.knownMember(cl) {
		for _, pi := range cl.members {
			if p := &st.persons[pi]; len(p.words) >= 2 && !st.sameSurname(p, k) {
				own := *cl
				own.known = nil
				cl = &own
				break
			}
		}
	}
	var mentions []Span
	for _, pi := range cl.members {
		p := &st.persons[pi]
		mentions = append(mentions, st.personSpan(p))
	}
	canon := mentions[0].Text
	if cl.known != nil && len(cl.known.Names) > 0 {
		canon = cl.known.Names[0]
	}
	// The finding points at the first occurrence spelled unlike the
	// canonical form.
	first := mentions[0]
	cn := st.c.normWord(canon) // already space-joined words
	for i, pi := range cl.members {
		if strings.Join(st.persons[pi].words, " ") != cn {
			first = mentions[i]
			break
		}
	}
	// in text order: the members are in the order they were found
	// (a surname found after its proclitics may stand earlier)
	slices.SortStableFunc(mentions, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	var forms []string
	seen := map[string]bool{}
	for _, m := range mentions {
		if !seen[m.Text] {
			seen[m.Text] = true
			forms = append(forms, m.Text)
		}
	}
	f := Finding{
		Kind:       NameVariant,
		Severity:   NameVariant.DefaultSeverity(),
		Confidence: st.variantConfidence(cl),
		Start:      first.Start,
		End:        first.End,
		Text:       first.Text,
		Canonical:  canon,
		Mentions:   mentions,
	}
	sp, sug, ok := st.variantFix(cl)
	if !ok {
		var whole string
		sp, sug, whole, ok = st.segmentFix(cl)
		if ok && cl.known == nil && whole != "" {
			canon = whole
			f.Canonical = canon
		}
	}
	if !ok {
		sp, sug, ok = st.joinFix(cl, canon)
	}
	if ok {
		// point at the word written unlike the canonical spelling,
		// with that spelling as the fix
		f.Start, f.End, f.Text = sp.Start, sp.End, sp.Text
		f.Suggestion = &sug
	}
	st.c.variantMessage(&f, cl.known, forms, canon)
	if cl.known != nil {
		f.Entity = cl.known.ID
	}
	st.findings = append(st.findings, f)
}

// knownMember says whether an occurrence of cl was read as a gazetteer
// person (not only linked to one by the surname).
func (st *checkState) knownMember(cl *cluster) bool {
	for _, pi := range cl.members {
		if st.persons[pi].known != nil {
			return true
		}
	}
	return false
}

// variantFix finds the first word of the cluster's occurrences written
// unlike the canonical spelling of that word, and that spelling: the
// gazetteer's (its first full name) for a known person, else the spelling
// most occurrences use (the first in the text on a tie). Words are matched to the
// canonical ones by wordKey.
func (st *checkState) variantFix(cl *cluster) (Span, string, bool) {
	canon := map[string]string{} // wordKey -> raw canonical spelling
	if cl.known != nil && len(cl.known.Names) > 0 {
		for _, w := range strings.Fields(cl.known.Names[0]) {
			canon[wordKey(st.c.normWord(w))] = w
		}
		for _, w := range cl.known.Surname {
			if k := wordKey(st.c.normWord(w)); canon[k] == "" && !strings.Contains(w, " ") {
				canon[k] = w
			}
		}
	} else {
		// group the words that are one name (same key or written two
		// ways), and take each group's most used spelling
		type tally struct {
			n     int
			first int
			raw   string
			word  string
		}
		var groups [][]*tally
		st.eachNameWord(cl, func(tok, pre int, w string) bool {
			order := tok // the first seen in the text wins a tie
			for gi, g := range groups {
				if wordKey(g[0].word) != wordKey(w) && !sameNameWord(g[0].word, w) && !longVowelApart(g[0].word, w) && !alefApart(g[0].word, w) {
					continue
				}
				for _, t := range g {
					if t.word == w {
						t.n++
						t.first = min(t.first, order)
						return true
					}
				}
				groups[gi] = append(g, &tally{n: 1, first: order, raw: st.nameSpan(tok, tok, pre).Text, word: w})
				return true
			}
			groups = append(groups, []*tally{{n: 1, first: order, raw: st.nameSpan(tok, tok, pre).Text, word: w}})
			return true
		})
		for _, g := range groups {
			best := g[0]
			for _, t := range g[1:] {
				if t.n > best.n || t.n == best.n && t.first < best.first {
					best = t
				}
			}
			for _, t := range g {
				canon[wordKey(t.word)] = best.raw
			}
		}
	}
	canonOf := func(w string) (string, bool) {
		c, ok := canon[wordKey(w)]
		if !ok {
			for _, cw := range canon {
				if n := st.c.normWord(cw); sameNameWord(n, w) || (longVowelApart(n, w) || alefApart(n, w)) && !arabicNames(n, w) {
					return cw, true
				}
			}
		}
		return c, ok
	}
	// A word the text itself writes two ways is the slip to point at
	// first (موسيفيني، موزيفيني); a word it writes one way, unlike the
	// gazetteer (يويري for يوري), only when there is no such word.
	var span Span
	var sug string
	found := false
	for _, twoWays := range [2]bool{true, false} {
		st.eachNameWord(cl, func(tok, pre int, w string) bool {
			c, ok := canonOf(w)
			if !ok || st.c.normWord(c) == w || twoWays && !st.writtenOtherwise(cl, w, c) {
				return true
			}
			span, sug, found = st.nameSpan(tok, tok, pre), c, true
			return false
		})
		if found {
			break
		}
	}
	return span, sug, found
}

// writtenOtherwise says whether the cluster's occurrences write the word
// whose canonical spelling is c in a spelling other than w.
func (st *checkState) writtenOtherwise(cl *cluster, w, c string) bool {
	other := false
	st.eachNameWord(cl, func(_, _ int, x string) bool {
		if x == w {
			return true
		}
		if x == st.c.normWord(c) || wordKey(x) == wordKey(w) || sameNameWord(x, w) || (longVowelApart(x, w) || alefApart(x, w)) && !arabicNames(x, w) {
			other = true
			return false
		}
		return true
	})
	return other
}

// joinFix finds the first occurrence of the cluster that writes the
// canonical name with a compound given name joined where the canonical
// spelling has it apart, or apart where it has it joined (عبدالرحمن
// الشناوي for عبد الرحمن الشناوي), and the canonical spelling as its fix:
// no word of it is written otherwise, so variantFix finds none.
func (st *checkState) joinFix(cl *cluster, canon string) (Span, string, bool) {
	cw := strings.Fields(st.c.normWord(canon))
	if len(cw) < 2 {
		return Span{}, "", false
	}
	var bc, bp [6]string
	cg := appendGivenWords(bc[:0], cw)
	for _, pi := range cl.members {
		p := &st.persons[pi]
		if len(p.words) < 2 || len(p.words) == len(cw) || p.words[len(p.words)-1] != cw[len(cw)-1] {
			continue
		}
		if slices.Equal(appendGivenWords(bp[:0], p.words), cg) {
			return st.personSpan(p), canon, true
		}
	}
	// a surname's particle joined where the canonical spelling has it
	// apart (أبوشهاب for أبو شهاب): the word, and the two words as the
	// canonical spelling writes them
	if raw := strings.Fields(canon); len(raw) == len(cw) {
		for _, pi := range cl.members {
			p := &st.persons[pi]
			if !joinedLast(cw, p.words) {
				continue
			}
			sp := st.nameSpan(p.last, p.last, 0)
			if p.first == p.last {
				sp = st.personSpan(p)
			}
			return sp, raw[len(raw)-2] + " " + raw[len(raw)-1], true
		}
	}
	return Span{}, "", false
}

// eachNameWord calls fn with each word token of the cluster's occurrences,
// the length of the proclitics before the name in it (nameSpan) and its
// normalised text without them, in text order, until fn returns false.
func (st *checkState) eachNameWord(cl *cluster, fn func(tok, pre int, w string) bool) {
	for _, pi := range cl.members {
		p := &st.persons[pi]
		for t := p.first; t <= p.last; t++ {
			if st.toks.Kind(t) != arabic.Word {
				continue
			}
			pre := 0
			if t == p.first {
				pre = int(p.pre)
			}
			if !fn(t, pre, st.nameWordAt(p, t)) {
				return
			}
		}
	}
}

// variantConfidence is higher when a gazetteer person or a state ties the
// occurrences together.
func (st *checkState) variantConfidence(cl *cluster) float64 {
	c := 0.75
	if cl.country != "" {
		c += 0.1
	}
	if cl.known != nil {
		c += 0.1
	}
	return c
}

// spelledDifferently says whether two occurrences of the cluster write one
// name word differently: a word of one that the other lacks, but has in a
// spelling with the same phonetic key (بيرموف / بايراموف). Words one
// occurrence simply leaves out (a patronymic, a given name) do not count,
// nor do hyphens and spaces.
//
// A word x of one member missing from another member that has a word with
// x's key: for a few members every pair is compared; for more (a surname
// repeated all through a text) the same is decided by counting, in time
// linear in the members' words: x is such a word exactly when fewer
// members have x than have a word with x's key.
func (st *checkState) spelledDifferently(cl *cluster) bool {
	if cl.known != nil && st.latinRespeltMember(cl) {
		return true // وادفول for فاديفول (latinRespeltKnown)
	}
	if len(cl.members) > pairwiseMembers {
		return st.spelledDifferentlyCounted(cl)
	}
	for i, pi := range cl.members {
		for _, pj := range cl.members[i+1:] {
			a, b := &st.persons[pi], &st.persons[pj]
			st.spellingSteps++
			if wordVariant(a, b) || wordVariant(b, a) {
				return true
			}
		}
	}
	return false
}

// pairwiseMembers is the largest cluster spelledDifferently compares pair
// by pair.
const pairwiseMembers = 16

// spelledDifferentlyCounted is spelledDifferently by counting: per member,
// each distinct word and each distinct key counted once.
func (st *checkState) spelledDifferentlyCounted(cl *cluster) bool {
	words := map[string]int{}
	keys := map[string]int{}
	keyOf := map[string]string{}
	for _, pi := range cl.members {
		pr := &st.persons[pi]
		st.spellingSteps += len(pr.words)
		for i, w := range pr.words {
			if !containsStr(pr.words[:i], w) {
				words[w]++
				keyOf[w] = pr.keys[i]
			}
		}
		for i, k := range pr.keys {
			if !containsStr(pr.keys[:i], k) {
				keys[k]++
			}
		}
	}
	for w, n := range words {
		if n < keys[keyOf[w]] {
			return true
		}
	}
	return false
}

// wordVariant says whether some word of a is missing from b while b has a
// word with the same key or the same name written another way
// (sameNameWord), or whether a writes a given name joined that b writes
// apart (عبدالرحمن، عبد الرحمن).
func wordVariant(a, b *person) bool {
	for i, x := range a.words {
		if containsStr(b.words, x) {
			continue
		}
		if containsStr(b.keys, a.keys[i]) {
			return true
		}
		for _, y := range b.words {
			if len(x) > 4 && len(y) > 4 && (sameNameWord(x, y) || (longVowelApart(x, y) || alefApart(x, y)) && !arabicNames(x, y)) { // two letters at least
				return true
			}
		}
	}
	if joinedLast(b.words, a.words) {
		return true // أبوشهاب for أبو شهاب
	}
	if segmentsAgree(a.personName, b.personName) {
		return true // عبدالعاطي for عبد العاطي, نورالدين for نور الدين
	}
	var bufA, bufB [6]string
	ga, gb := appendGivenWords(bufA[:0], a.words), appendGivenWords(bufB[:0], b.words)
	for _, g := range ga {
		if !containsStr(gb, g) && joinedGiven(g, ga, gb) {
			return true // جانبيير for جان بيير
		}
	}
	if len(a.words) != len(b.words) && len(ga) > 0 && len(ga) == len(gb) {
		for i := range ga {
			if ga[i] != gb[i] {
				return false
			}
		}
		return true
	}
	return false
}

// wordKey is a name word's phonetic key without a leading article
// (entities.NameKey, the key the gazetteer's people are indexed by).
func wordKey(w string) string { return entities.NameKey(w) }

// withoutArticle drops a leading ال from a name word (entities.WithoutArticle).
func withoutArticle(w string) string { return entities.WithoutArticle(w) }

// wrongGiven reports occurrences of a known official with another
// person's given name before the surname (فلاديمير بيرموف for Jeyhun
// Bayramov). The word must be a given name as it stands (in the lexicon,
// and a name more than a common word) and a given name of one of the
// gazetteer's people: a title, a month, a common word or a word with a
// proclitic before a surname (الشهر، والملك، بجون) is none.
// When the occurrence also misspells the surname, the suggestion replaces
// the whole name, so that one fix corrects both.
func (st *checkState) wrongGiven(cl *cluster) {
	k := cl.known
	if k == nil || len(k.Given) == 0 || len(k.Names) == 0 || !st.onDuty(k) {
		// an official out of office on the release's date is not the
		// one a surname names: another given name is another person
		return
	}
	for _, pi := range cl.members {
		p := &st.persons[pi]
		if len(p.words) < 2 {
			continue
		}
		bad := -1
		for t := p.first; t <= p.last; t++ {
			if st.toks.Kind(t) != arabic.Word {
				continue
			}
			if !st.c.people.HasNameKey(k, arabic.PhoneticKey(st.nameWordAt(p, t))) {
				bad = t
				break
			}
		}
		if bad < 0 || bad == p.last || !st.givenNameAt(bad) || !st.sameSurname(p, k) ||
			!st.c.givenWords[st.word(bad)] || st.ownGivenRespelt(st.word(bad), k) || st.namesakeOfOfficial(p, k, bad) {
			// a slip puts another person's given name (one of the
			// gazetteer's people) before the surname; the official's
			// own given name written another way is a variant, and a
			// person the text sets apart from the official is another
			continue
		}
		gs := st.spanOf(bad, bad)
		sug := k.Given[0]
		if !st.ownSurname(p, k) {
			// the surname is misspelt too: the whole name is the fix
			gs = st.spanOf(bad, p.last)
			sug = k.Names[0]
		}
		f := Finding{
			Kind:       WrongGivenName,
			Severity:   WrongGivenName.DefaultSeverity(),
			Confidence: 0.7,
			Start:      gs.Start,
			End:        gs.End,
			Text:       gs.Text,
			Entity:     k.ID,
			Canonical:  k.Names[0],
			Suggestion: &sug,
			Evidence:   []Span{st.personSpan(p)},
		}
		st.c.givenNameMessage(&f, k, st.spanOf(bad, bad).Text)
		st.findings = append(st.findings, f)
	}
}

// namesakeOfOfficial says whether the occurrence p, whose given name at tok is not
// the official k's, is another person with k's surname rather than k
// misnamed: the text gives it another state (a nisba right before the
// name, after a title or a person noun: رجل الأعمال اللبناني محمد الصفدي),
// or k's given name and this one are both Arabic and the text does not
// present it as k by a title of k's state or a counterpart word before it
// (an Arab family name is shared by relatives and namesakes: النائب محمد
// الصفدي beside وزير الخارجية أيمن الصفدي). A foreign given name before a
// foreign official's surname (فلاديمير بيرموف) stays a slip wherever it
// stands: two people sharing such a surname in one release are rare.
func (st *checkState) namesakeOfOfficial(p *person, k *entities.Entity, tok int) bool {
	if s := st.stateRightBefore(p); s != "" && s != k.Country {
		return true
	}
	if !st.arabicNamed(k) {
		return false
	}
	if info, ok := st.c.given.LookupNormalized(st.word(tok)); !ok || !info.Arabic {
		return false
	}
	mi, _ := st.titleStateOf(p)
	if mi < 0 {
		return true
	}
	ids := st.ms[mi].Entities
	return len(ids) != 1 || ids[0] != k.Country
}

// stateRightBefore returns the state a nisba or a state's name right
// before the occurrence p names (honorifics between them aside): the
// state of its title or person noun (الرئيس المصري، المسؤول الروسي،
// رجل الأعمال اللبناني); "" when none stands there.
func (st *checkState) stateRightBefore(p *person) string {
	k := p.first - 1
	for n := 0; n < 3 && k >= 0 && st.is(k, st.c.k.honorific); n++ {
		k--
	}
	if k < 0 {
		return ""
	}
	mi := st.mentionAt(k)
	if mi < 0 {
		return ""
	}
	m := &st.ms[mi]
	if m.Kind != entities.Country || len(m.Entities) != 1 || m.Weak || m.LastTok() != k ||
		(m.Form != entities.FormNisba && m.Form != entities.FormName) {
		return ""
	}
	return m.Entities[0]
}

// minNamePeople is how many people must carry a given name that is also a
// common word for it to be read as a name before a surname (جمال، جون: yes;
// بندر "port", أمل "hope": no).
const minNamePeople = 20

// givenNameAt says whether the word at tok reads as a given name: it is in
// the lexicon as it stands (no proclitic stripped: بجون is ب + جون, the
// preposition's object), and, if it is also a common word, a name many
// people carry. Titles, months and honorifics are not in the lexicon.
func (st *checkState) givenNameAt(tok int) bool {
	w := st.word(tok)
	info, ok := st.c.given.LookupNormalized(w) // a token: normalised
	if !ok {
		// a foreign name spelled another way (سيرغي for سيرجي), unless
		// the word reads as a proclitic on a name (لجون is ل + جون)
		for _, sp := range arabic.Splits(w) {
			if _, named := st.c.given.Lookup(sp.Stem); named {
				return false
			}
		}
		_, info, ok = st.c.given.Variant(w)
		if !ok || !info.Foreign {
			return false
		}
	}
	if st.bitsOf(tok).any(st.c.k.title.or(st.c.k.honorific).or(st.c.k.titleWord)) {
		return false
	}
	return !info.CommonWord || info.People >= minNamePeople
}

// sameSurname says whether the occurrence's surname can be k's at all, so
// that a different given name is a slip and not another person (خالد
// العبيدي is not حيدر العبادي; سعد القرني is not مارك كارني): not a name
// particle (a name cut at بن), written with the article only if k's surname
// has it, and, for a person with an Arabic given name, whose names are
// written one way, spelled as the gazetteer spells it.
func (st *checkState) sameSurname(p *person, k *entities.Entity) bool {
	last := p.words[len(p.words)-1]
	switch last {
	case "بن", "ابن", "بنت", "ابو", "عبد", "ال", "ولد", "ذو":
		return false
	}
	if strings.HasPrefix(last, "ال") && !st.articleSurname(k) {
		return false // العيسى is a family, عيسى a father's name
	}
	if st.ownSurname(p, k) {
		return true
	}
	return !st.arabicNamed(k)
}

// arabicNamed says whether k's given name is an Arabic one (a name of the
// lexicon's Arabic list, or a compound with عبد or أبو): names written one
// way, where another spelling is another name. The gazetteer's people are
// read once per checker (arabicGivenPeople).
func (st *checkState) arabicNamed(k *entities.Entity) bool {
	if v, ok := st.c.arabicGiven[k]; ok {
		return v
	}
	return st.c.arabicGivenName(k)
}

// arabicGivenName is arabicNamed computed.
func (c *Checker) arabicGivenName(k *entities.Entity) bool {
	if len(k.Given) == 0 {
		return false
	}
	first, _, compound := strings.Cut(c.normWord(k.Given[0]), " ")
	if compound && (first == "عبد" || first == "ابو") {
		return true
	}
	info, ok := c.given.Lookup(first)
	return ok && info.Arabic
}

// arabicGivenPeople is arabicGivenName of each of the gazetteer's people
// who has a given name.
func (c *Checker) arabicGivenPeople() map[*entities.Entity]bool {
	out := map[*entities.Entity]bool{}
	for _, e := range c.g.ByKind(entities.Person) {
		if len(e.Given) > 0 {
			out[e] = c.arabicGivenName(e)
		}
	}
	return out
}

// articleSurname says whether one of k's surnames starts with the article.
func (st *checkState) articleSurname(k *entities.Entity) bool {
	for _, s := range k.Surname {
		if strings.HasPrefix(st.c.normWord(s), "ال") {
			return true
		}
	}
	return false
}

// ownSurname says whether the occurrence's last word is one of k's
// surnames as the gazetteer writes them (normalised, article aside).
func (st *checkState) ownSurname(p *person, k *entities.Entity) bool {
	last := withoutArticle(p.words[len(p.words)-1])
	for _, s := range k.Surname {
		if withoutArticle(st.c.normWord(s)) == last {
			return true
		}
	}
	for _, n := range k.Names {
		// normWord's words are joined by one space: its last word is
		// what follows the last space.
		ws := st.c.normWord(n)
		if ws != "" && withoutArticle(ws[strings.LastIndexByte(ws, ' ')+1:]) == last {
			return true
		}
	}
	return false
}
