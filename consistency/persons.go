package consistency

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// person is one written occurrence of a person's name.
type person struct {
	first, last int // name tokens (inclusive), honorifics excluded
	// *personName is the name's words and keys, shared by occurrences
	// written alike (addPerson) and never written to: a stage that
	// shortens a name gives the occurrence a new one (newPersonName).
	*personName
	country string // the state the context says the person serves, "" unknown
	known   *entities.Entity
	cluster int
}

// personName is a written name's words and keys.
type personName struct {
	words []string // normalised name words (hyphens dropped)
	given []string // phonetic keys of the given names
	keys  []string // wordKey of each word: the last is the surname's key
	// lastKey is the NameKey of the last word when lastKeyDone
	// (lastNameKey).
	lastKey     string
	lastKeyDone bool
	// compound are the name's compound bits (compoundBits), 0 before
	// they are computed.
	compound uint8
	// pre is the length in bytes of the proclitics (و ب ل ك ف and their
	// sequences) the name's first token carries before the name (لموراشكو:
	// ل), in the normalised text: they are no part of the name's first
	// word nor of its span.
	pre uint8
}

// surname is the phonetic key of the surname (wordKey of the last word),
// "" for a name of no words.
func (p *personName) surname() string {
	if len(p.keys) == 0 {
		return ""
	}
	return p.keys[len(p.keys)-1]
}

// nameChunk is the number of names in one chunk of st.nameChunks.
const nameChunk = 64

// newPersonName returns a copy of nm in the check's pooled storage
// (st.nameChunks, nameN in use), which never moves.
func (st *checkState) newPersonName(nm personName) *personName {
	ci, k := st.nameN/nameChunk, st.nameN%nameChunk
	if ci == len(st.nameChunks) {
		st.nameChunks = append(st.nameChunks, make([]personName, nameChunk))
	}
	st.nameN++
	st.nameChunks[ci][k] = nm
	return &st.nameChunks[ci][k]
}

// cluster groups the occurrences of one person's name.
type cluster struct {
	members []int // person indices, in text order
	rep     int   // longest occurrence
	known   *entities.Entity
	country string
}

// maxNameWords bounds the words of a name read from context.
const maxNameWords = 6

// detectPersons finds names: the gazetteer's people, names after a title
// phrase that names a state (وزير الخارجية الصيني وانغ يي), names after an
// honorific (الدكتور بدر عبد العاطي) and speakers (قال بلانر إن).
func (st *checkState) detectPersons() {
	var nbuf [maxNamesakes]namesakeOf
	namesakes := nbuf[:0] // the namesakes read so far, in text order
	st.namesakeAt = st.namesakeAt[:0]
	st.officeNames = st.officeNames[:0]
	for i := range st.ms {
		m := &st.ms[i]
		if m.Kind == entities.Person && len(m.Entities) > 0 {
			e := st.holderOf(m)
			country := ""
			if e != nil {
				country = e.Country
			}
			first := m.FirstTok()
			sake, again := false, false
			if m.FirstTok() == m.LastTok() && e != nil {
				sake = st.namesake(m.FirstTok(), e)
				again = !sake && st.namesakeAgain(m.FirstTok(), e, namesakes)
			}
			if sake || again {
				// a known surname after a given name of the lexicon
				// that is neither the official's nor any other known
				// person's (لورانس وونغ, Singapore's prime minister,
				// beside the gazetteer's بيني وونغ): another person of
				// that surname, whose state the text gives; and that
				// person named again, the given name as written or
				// respelt (خيراردو أورتيغا … غيراردو أورتيغا)
				st.addPerson(m.FirstTok()-1, m.LastTok(), "", nil)
				if again {
					st.namesakeAt = append(st.namesakeAt, m.LastTok())
				}
				if len(namesakes) < maxNamesakes {
					namesakes = append(namesakes, namesakeOf{e, st.word(m.FirstTok() - 1)})
				}
				continue
			}
			if m.FirstTok() == m.LastTok() && e != nil && (st.givenBefore(m.FirstTok(), e) || st.givenRespeltBefore(m.FirstTok(), e)) {
				// a known surname after a given name that is none of
				// the official's (فلاديمير لافروف), or that is the
				// official's written another way (فلادمير بوتين): the
				// name is both words
				first--
			}
			pre := 0
			if first == m.FirstTok() {
				pre = st.knownPrefix(m, e)
			}
			st.addPersonPre(first, m.LastTok(), pre, country, e)
		}
	}
	toks := st.toks
	for i := range st.ms {
		m := &st.ms[i]
		if m.Kind != entities.Country || (m.Form != entities.FormNisba && m.Form != entities.FormName) {
			continue
		}
		if !st.titleBefore(m.FirstTok()) && !st.is(m.FirstTok()-1, st.c.k.counterpart) {
			continue
		}
		start := m.LastTok() + 1
		for k := 0; k < 2 && start < toks.Len() && st.is(start, st.c.k.titleTail); k++ {
			start++
		}
		// a name that opens the next line (a transcript's speaker under
		// its title line) is not the title's
		if start >= toks.Len() || st.lineGap(start) {
			continue
		}
		if first, last, ok := st.nameAt(start); ok {
			st.addPerson(first, last, soleID(m), nil)
		}
	}
	for i := range toks.Len() {
		if st.is(i, st.c.k.representative.or(st.c.k.officer)) && !st.is(i+1, st.c.k.honorific) {
			st.officePhraseName(i)
		}
	}
	for i := range toks.Len() {
		if !st.is(i, st.c.k.honorific) || (i > 0 && st.is(i-1, st.c.k.honorific)) ||
			st.pronounHonorific(i) && !st.is(i+1, st.c.k.honorific) {
			continue
		}
		first, last, ok := st.nameAt(i)
		if !ok {
			continue
		}
		st.addPerson(first, last, st.titleCountryAfter(last+1), nil)
	}
	for i := range toks.Len() {
		if !st.is(i, st.c.k.speech) {
			continue
		}
		first, last, ok := st.nameAt(i + 1)
		if !ok || last+1 >= toks.Len() {
			continue
		}
		cut := false
		for j := first + 1; j <= last; j++ {
			if st.thatPronoun(j) {
				// وقال كارتر إنه …: a speaker's name of a word or
				// two ends before إنه; a longer run is no name
				// (أعلنت عائلة الزعيم … أنها)
				last, cut = j-1, true
				break
			}
		}
		if cut && st.nameWords(first, last) > 2 {
			continue
		}
		next := last + 1
		if st.is(next, st.c.k.that) || cut || st.word(next) == "عن" || st.word(next) == "،" {
			st.addPerson(first, last, "", nil)
		}
	}
	st.markPlain()
	st.trimAtSurname()
	st.recurringNames()
	st.misspeltKnown()
	st.latinRespeltKnown()
	st.respeltFullNames()
	if st.respeltGivenNames() {
		// a name read past its end (السيد غيورغي باباشفيلي سبل تعزيز …)
		// ends at the surname the respelt name ends with
		st.trimAtSurname()
	}
	st.joinedGivenNames()
	st.particleSurnamesAlone()
	st.vowelRespeltSurnames()
	st.procliticSurnames()
}

// officePhraseWords are words of an office's phrase that are in no word
// class: the UN's nisba and the prepositions of a post (المبعوث الأممي
// إلى اليمن، المندوب الدائم لفرنسا لدى الأمم المتحدة). Normalised.
var officePhraseWords = newWordList("الاممي", "الامميه", "لدي", "الي", "في", "المقيم", "المقيمه", "الشخصي", "الشخصيه",
	"الخاصه", "الدايمه", "للامين", "الامين")

// maxOfficePhrase bounds the tokens between an office's title and the
// name after it.
const maxOfficePhrase = 10

// officePhraseName reads the name after the phrase of an office that
// opens with the title at tok and runs on over title words, the UN's nisba,
// a post's prepositions and the states and bodies it names (المبعوث
// الأممي إلى اليمن هانس غروندبرغ، المندوب الدائم لفرنسا لدى الأمم
// المتحدة نيكولا دي ريفيير): a name of two words or more whose first reads
// as a given name or is known as a name token. The phrase names no state
// of the person: the person is only a name for the clusters.
func (st *checkState) officePhraseName(tok int) {
	toks := st.toks
	k, words := tok+1, 0
	for ; k < toks.Len() && k-tok <= maxOfficePhrase && st.sentAt(k) == st.sentAt(tok); k++ {
		if toks.Kind(k) != arabic.Word {
			return
		}
		if mi := st.mentionAt(k); mi >= 0 {
			m := &st.ms[mi]
			if m.Kind == entities.Person {
				return // a known person: read as such
			}
			k = m.LastTok()
			words++
			continue
		}
		if st.is(k, st.c.k.titleWord) || officePhraseWords.has(st.word(k)) {
			words++
			continue
		}
		break
	}
	if words == 0 || k >= toks.Len() || k-tok > maxOfficePhrase || st.is(k, st.c.k.honorific) {
		return // a title right before a name is read elsewhere
	}
	first, last, ok := st.nameAt(k)
	if !ok || st.nameWords(first, last) < 2 || st.personAt(first) >= 0 ||
		!st.givenNameAt(first) && !st.c.given.IsNameToken(st.word(first)) {
		return
	}
	st.addPerson(first, last, "", nil)
	st.officeNames = append(st.officeNames, first)
}

// particleSurnamesAlone finds the surname of a name found, one whose
// particle is written apart (ستيفان دي ميستورا، رامي أبو شهاب) or joined
// (ستيفان ديميستورا), written again alone the other way: a free word that
// is the particle and the surname joined (… ديميستورا), or two free words of
// one sentence that are the joined surname apart (… دي ميستورا). The
// surname is four letters or more after its particle; the surnames of at
// most maxRespeltSurnames names are compared, so that the pass over the
// text stays linear.
func (st *checkState) particleSurnamesAlone() {
	type particled struct {
		particle, rest string
		joined         bool // the name writes it joined
		known          *entities.Entity
	}
	var ps []particled
	for pi := range st.persons {
		p := &st.persons[pi]
		n := len(p.words)
		if n < 2 || len(ps) >= maxRespeltSurnames {
			continue
		}
		if g, s := p.words[n-2], p.words[n-1]; surnameParticles.has(g) && g != "ابن" && utf8x.Count(s) >= 4 {
			ps = append(ps, particled{g, s, false, p.known})
			continue
		}
		s := p.words[n-1]
		for _, g := range joinedParticles {
			if rest, ok := strings.CutPrefix(s, g); ok && utf8x.Count(rest) >= 4 {
				ps = append(ps, particled{g, rest, true, p.known})
				break
			}
		}
	}
	if len(ps) == 0 {
		return
	}
	toks := st.toks
	free := func(k int) bool {
		return k < toks.Len() && toks.Kind(k) == arabic.Word && !st.inMention.has(k) && st.personAt(k) < 0
	}
	for k := 0; k < toks.Len(); k++ {
		if !free(k) {
			continue
		}
		w := st.word(k)
		for _, p := range ps {
			switch {
			case !p.joined && len(w) == len(p.particle)+len(p.rest) && strings.HasPrefix(w, p.particle) && w[len(p.particle):] == p.rest:
				st.addPerson(k, k, knownCountry(p.known), p.known)
			case p.joined && w == p.particle && free(k+1) && !st.sentStart.has(k+1) && st.word(k+1) == p.rest:
				st.addPerson(k, k+1, knownCountry(p.known), p.known)
			default:
				continue
			}
			break
		}
	}
}

// thatPronoun says whether the word at tok is إن, أن or بأن with a
// pronoun (إنه، أنها، بأنهم), as a speaker's words open.
func (st *checkState) thatPronoun(tok int) bool {
	if st.toks.Kind(tok) != arabic.Word {
		return false
	}
	w := st.word(tok)
	for _, p := range [...]string{"هما", "هم", "ها", "ه"} {
		if stem, ok := strings.CutSuffix(w, p); ok && len(stem) >= 4 {
			return st.c.classesOf(stem).any(st.c.k.that)
		}
	}
	return false
}

// pronounHonorific says whether the honorific at tok carries the pronoun
// ه (سموه، معاليه، جلالته): it stands for a person already named, so what
// follows it is no name (فيما حمّله سموه تحياته إلى …), unless another
// honorific opens a name there (استقبل معاليه السفير …). It is an honorific
// whose form without the pronoun (سمو، معالي; جلالة for جلالته) is one.
func (st *checkState) pronounHonorific(tok int) bool {
	w := st.word(tok)
	stem, ok := strings.CutSuffix(w, "ه")
	if !ok || len(stem) < 4 || !st.endsWithHa(tok) {
		return false // the feminine ending (السيدة، الشيخة) is no pronoun
	}
	if st.c.classesOf(stem).any(st.c.k.honorific) {
		return true
	}
	// the feminine ending written ت before the pronoun (جلالته: جلالة)
	if t, ok := strings.CutSuffix(stem, "ت"); ok {
		return st.c.classesOf(t + "ه").any(st.c.k.honorific)
	}
	return false
}

// endsWithHa says whether token tok is written in the caller's text with
// a final ه (U+0647), marks after it aside: the normalised word writes the
// feminine ending ة as ه too.
func (st *checkState) endsWithHa(tok int) bool {
	orig := st.src[st.origStart(tok):st.origEnd(tok)]
	for len(orig) > 0 {
		r, n := utf8.DecodeLastRune(orig)
		if !unicode.Is(unicode.Mn, r) {
			return r == 'ه'
		}
		orig = orig[:len(orig)-n]
	}
	return false
}

// markPlain marks the plain words (st.plain), once for the name stages
// that read every word that is no mention and no class word.
func (st *checkState) markPlain() {
	n := st.toks.Len()
	st.plain.reset(n)
	for k := range n {
		if st.toks.Kind(k) == arabic.Word && !st.inMention.has(k) && st.bitsOf(k).empty() {
			st.plain.add(k)
		}
	}
}

// joinedGivenNames finds a name the text writes again in full with a
// compound joined that it wrote apart, or apart that it wrote joined, in
// the given name or the surname (عبد الرحمن الشناوي … عبدالرحمن الشناوي;
// أبو بكر … أبوبكر; صلاح الدين العمري … صلاحالدين العمري): the same person,
// whom clustering joins and the variant check reports. A name's last two
// segments (appendSegments) are compared with two to four free words of
// the text, one sentence's, whose segments are the same but written
// otherwise. Only names found already with a compound among their last two
// segments are compared, at most maxRespeltSurnames of them, so that the
// pass over the text stays linear.
func (st *checkState) joinedGivenNames() {
	type full struct {
		given, surname string // the last two segments (عبدالرحمن، الشناوي)
		joined         uint32 // which of the two were written apart
		known          *entities.Entity
	}
	var fs []full
	var segBuf [maxNameWords]string
	for pi := range st.persons {
		p := &st.persons[pi]
		if len(p.words) < 2 || len(fs) >= maxRespeltSurnames || !p.hasCompound() {
			continue
		}
		segs, joined := p.segments(segBuf[:])
		n := len(segs)
		if n < 2 || n > maxSegments || segs[n-2] == "بن" || segs[n-2] == "بنت" {
			continue
		}
		g, s := segs[n-2], segs[n-1]
		if joined>>(n-2) == 0 && !isCompound(g) && !isCompound(s) {
			continue
		}
		fs = append(fs, full{g, s, joined >> (n - 2), p.known})
	}
	if len(fs) == 0 {
		return
	}
	toks := st.toks
	free := func(k int) bool {
		return k < toks.Len() && toks.Kind(k) == arabic.Word && !st.inMention.has(k) && st.personAt(k) < 0
	}
	var wbuf [4]string
	var sbuf [4]string
	for i := 0; i+1 < toks.Len(); i++ {
		if !free(i) {
			continue
		}
		w := st.word(i)
		for _, f := range fs {
			if !strings.HasPrefix(f.given, w) {
				continue
			}
			// two to four free words of one sentence whose segments
			// are the name's last two, written otherwise
			words := append(wbuf[:0], w)
			last := -1
			for k := i + 1; k < toks.Len() && len(words) < 4 && free(k) && !st.sentStart.has(k); k++ {
				words = append(words, st.word(k))
				segs, joined := appendSegments(sbuf[:0], words)
				if len(segs) == 2 && segs[0] == f.given && segs[1] == f.surname && joined != f.joined {
					last = k
					break
				}
				if len(segs) > 2 {
					break
				}
			}
			if last < 0 {
				continue
			}
			st.addPerson(i, last, "", f.known)
			break
		}
	}
}

// trimAtSurname shortens a name read from context that runs on past its
// surname into common words (رئيس جمهورية رواندا بول كاغامي جلسة مباحثات،
// الوزير زاباتيرو فرص الاستثمار: nameAt reads every word no class claims):
// a name, not a known person's, one of whose words before the last is the
// surname of another name found in the text (its last word: الرئيس
// كاغامي، أنطونيو ثاباتيرو), as written or, five letters or more, written
// another way (sameNameWord, longVowelApart; not a final ي added or
// dropped: الجنوب is no الجنوبي), the word after it no name token. The
// name ends at that word.
func (st *checkState) trimAtSurname() {
	var surnames []string // the last words of the names found
	for pi := range st.persons {
		p := &st.persons[pi]
		if n := len(p.words); n > 0 && !containsStr(surnames, p.words[n-1]) && len(surnames) < maxVowelSurnames {
			surnames = append(surnames, p.words[n-1])
		}
	}
	surnames = st.slotSurnames(surnames)
	if len(surnames) == 0 {
		return
	}
	isSurname := func(w string, self int) bool {
		for _, s := range surnames {
			if w == s && st.persons[self].words[len(st.persons[self].words)-1] != s {
				return true
			}
			if w != s && utf8x.Count(w) >= 5 && utf8x.Count(s) >= 5 &&
				!yaAdded(w, s) && !yaAdded(s, w) &&
				(sameNameWord(w, s) || longVowelApart(w, s)) && !arabicNames(w, s) {
				return true
			}
		}
		return false
	}
	for pi := range st.persons {
		p := &st.persons[pi]
		if p.known != nil || len(p.words) < 2 {
			continue
		}
		cut := -1
		for i := 0; i < len(p.words)-1; i++ {
			if isSurname(p.words[i], pi) && !st.c.given.IsNameToken(p.words[i+1]) {
				cut = i
				break
			}
		}
		if cut < 0 {
			continue
		}
		// the token of word cut: words are the Word tokens in order
		n, last := -1, p.first
		for k := p.first; k <= p.last; k++ {
			if st.toks.Kind(k) == arabic.Word {
				if n++; n == cut {
					last = k
					break
				}
			}
		}
		st.endPersonAt(pi, last)
	}
}

// slotSurnames adds to surnames the words inside names read from context
// (three words or more, no known person's: السيد ينس راسموسن سبل تعزيز …)
// that the text writes again, alone and another way, where a name stands
// (nameSlot: ولفت رازموسن): five letters or more both ways, one name
// written two ways (sameNameWord, longVowelApart, alefApart), no given name
// of the lexicon. trimAtSurname ends such a name there. At most
// maxVowelSurnames words are compared.
func (st *checkState) slotSurnames(surnames []string) []string {
	var buf [maxVowelSurnames]string
	inner := buf[:0]
	for pi := range st.persons {
		p := &st.persons[pi]
		if p.known != nil || len(p.words) < 3 {
			continue
		}
		for _, w := range p.words[1 : len(p.words)-1] {
			if len(inner) < maxVowelSurnames && utf8x.Count(w) >= 5 && !containsStr(inner, w) && !containsStr(surnames, w) {
				inner = append(inner, w)
			}
		}
	}
	if len(inner) == 0 {
		return surnames
	}
	for k := st.plain.next(1); k >= 0; k = st.plain.next(k + 1) {
		if st.personAt(k) >= 0 || !st.nameSlot(k) {
			continue
		}
		w := st.word(k)
		if utf8x.Count(w) < 5 {
			continue
		}
		if _, named := st.c.given.LookupNormalized(w); named {
			continue
		}
		for _, x := range inner {
			if x != w && (sameNameWord(x, w) || longVowelApart(x, w) || alefApart(x, w)) && !arabicNames(x, w) {
				if len(surnames) < maxVowelSurnames && !containsStr(surnames, x) {
					surnames = append(surnames, x)
				}
				break
			}
		}
	}
	return surnames
}

// vowelRespeltSurnames finds the surname of a person the text names in full
// (two words or more), or of a known person it names, written again alone
// with long vowels added or dropped inside it (أليبيك باكاييف … باكايف،
// رادوفان … رادفان: arabic.LongVowelApart), the article on both or on
// neither. How far the spelling is trusted depends on the letters left
// when the long vowels are set aside (the skeleton, article aside): with
// four or more the word is that person anywhere; with three anywhere only
// in a name of five letters or more both ways that is known as a name
// (باكاييف، باكايف), else only where a name stands (after a speech verb, a
// title phrase or an honorific), since short skeletons are shared by many
// names and words (كريم، كرم; بيرك، بارك); with two, never.
// The surname of a person with an Arabic given name, written one way as
// Arabic names are, is trusted only where a name stands too. One of the
// two spellings and the name's first word must be known as names
// (entities.GivenNames.IsNameToken), unless a title or an honorific stands
// before the name: words read as a name after a speech verb or a
// counterpart's nisba may be common words, and so may their other
// spellings (تسليم، تسلم). A word of the lexicon's given names, a class
// word and a mention are never such a surname.
func (st *checkState) vowelRespeltSurnames() {
	type surname struct {
		word    string // without the article
		article bool
		arabic  bool // the person's first given name is an Arabic one
		sure    bool // a name token, or a title stands before the name
		named   bool // the first word is a name token, or a title stands before the name
		alone   bool // a name of one word: trusted with long vowels added or dropped only
		// written: a known person's surname as the text writes it, not
		// the gazetteer's: trusted only where a name stands, and its
		// article and nisba's ي are not trusted to drop (the
		// gazetteer's spelling decides them)
		written bool
		known   *entities.Entity
		// given is the words the text writes before the surname (the
		// given name, a father's name: normalised, space-separated; ""
		// for a known person's surname as the gazetteer writes it)
		given string
	}
	ss := make([]surname, 0, maxVowelSurnames)
	// the arabic.NameKey of ss[i].word is keys[keyEnds[i-1]:keyEnds[i]],
	// keyed once (sameNameWordKeyed); a word's key follows them
	var keyEndBuf [maxVowelSurnames]int
	keys, keyEnds := st.nameKeys[:0], keyEndBuf[:0]
	defer func() { st.nameKeys = keys[:0] }() // the storage, kept for the next check
	// first and last letters of the surnames (at most maxVowelSurnames
	// each, read by a scan)
	firsts, lasts := make([]rune, 0, maxVowelSurnames), make([]rune, 0, maxVowelSurnames)
	add := func(sn surname) {
		if slices.Contains(ss, sn) || len(ss) >= maxVowelSurnames {
			return
		}
		ss = append(ss, sn)
		keys = arabic.AppendNameKey(keys, sn.word)
		keyEnds = append(keyEnds, len(keys))
		f, _ := utf8x.First(sn.word)
		l, _ := utf8x.Last(sn.word)
		if !slices.Contains(firsts, f) {
			firsts = append(firsts, f)
		}
		if !slices.Contains(lasts, l) {
			lasts = append(lasts, l)
		}
	}
	// the known people whose surnames were added (the first few: a scan)
	var knowns []*entities.Entity
	for pi := range st.persons {
		p := &st.persons[pi]
		if len(ss) >= maxVowelSurnames {
			break // add takes no more
		}
		if k := p.known; k != nil {
			arabicGiven := st.arabicNamed(k)
			// the surname as the text writes it, when that is not the
			// gazetteer's (a name the tagger knows by a variant): a
			// lone word written like it is the person as well
			if w := p.words[len(p.words)-1]; len(p.words) >= 2 && utf8x.Count(withoutArticle(w)) >= 4 && !st.gazetteerSurname(k, w) {
				if _, named := st.c.given.LookupNormalized(w); !named {
					add(surname{word: withoutArticle(w), article: hasArticle(w), arabic: arabicGiven, sure: true, named: true, written: true, known: k,
						given: strings.Join(p.words[:len(p.words)-1], " ")})
				}
			}
			if slices.Contains(knowns, k) {
				continue // named again: the same surnames
			}
			if len(knowns) < 4*maxVowelSurnames {
				knowns = append(knowns, k)
			}
			// a known person the text names: their surnames as the
			// gazetteer writes them (one word each)
			for _, s := range k.Surname {
				s = st.c.normWord(s)
				if strings.Contains(s, " ") || utf8x.Count(withoutArticle(s)) < 4 {
					continue
				}
				add(surname{word: withoutArticle(s), article: hasArticle(s), arabic: arabicGiven, sure: true, named: true, known: k})
			}
			continue
		}
		if len(p.words) == 1 && p.pre == 0 && utf8x.Count(withoutArticle(p.words[0])) >= 5 && (st.nameSlot(p.first) || st.titledAt(p.first)) {
			// a name of one word read where a name stands (وقال
			// فيلدهاوزن), no given name of the lexicon: its surname
			s := p.words[0]
			if _, named := st.c.given.LookupNormalized(s); !named && !hasArticle(s) {
				add(surname{word: s, sure: true, named: true, alone: true})
			}
			continue
		}
		if len(p.words) < 2 {
			continue
		}
		s, g := p.words[len(p.words)-1], p.words[len(p.words)-2]
		if nameParticle(g) || g == "ال" || utf8x.Count(s) < 4 {
			continue
		}
		if info, named := st.c.given.LookupNormalized(s); named && (info.Arabic || info.CommonWord) {
			continue // an Arabic given name is written one way; a foreign one may be a surname (آشتون كارتر)
		}
		info, ok := st.c.given.LookupNormalized(p.words[0])
		// a counterpart's nisba and a word that reads as a given name
		// (givenNameAt: نظيره العراقي خالد العبيدي) present a person as
		// a title does
		titled := st.titledAt(p.first) || st.counterpartAt(p.first) && st.givenNameAt(p.first) ||
			len(p.words) == 2 && st.titledName(p.first)
		sn := surname{word: withoutArticle(s), article: hasArticle(s), given: strings.Join(p.words[:len(p.words)-1], " "),
			arabic: ok && info.Arabic || p.words[0] == "عبد" || p.words[0] == "ابو",
			sure:   titled || st.c.given.IsNameToken(s),
			named:  titled || st.c.given.IsNameToken(p.words[0])}
		add(sn)
	}
	if len(ss) == 0 {
		return
	}
	// a one-word name whose surname the text also writes in a full name
	// is weighed with that name's given name (a word before the lone
	// word that is another given name tells another person)
	for i := range ss {
		if !ss[i].alone {
			continue
		}
		for _, o := range ss {
			if o.word == ss[i].word && o.given != "" {
				ss[i].given = o.given
				break
			}
		}
	}
	for k := st.plain.next(0); k >= 0; k = st.plain.next(k + 1) {
		if st.personAt(k) >= 0 {
			continue
		}
		w := st.word(k)
		bare := withoutArticle(w)
		letters := utf8x.Count(bare)
		// three letters with the article are read only as a surname of
		// four with its article and a long vowel dropped, where a name
		// stands (سامي الصالح … وقال الصلح)
		three := letters == 3 && hasArticle(w)
		if letters < 4 && !three {
			continue
		}
		f, _ := utf8x.First(bare)
		l, _ := utf8x.Last(bare)
		// the skeleton keeps the first and last letters; a letter
		// swapped is read only where a name stands
		vowels := slices.Contains(firsts, f) && slices.Contains(lasts, l)
		// one letter swapped keeps the first or the last
		swapped := !vowels && letters >= 5 && (slices.Contains(firsts, f) || slices.Contains(lasts, l))
		slot := -1 // nameSlot or titleBefore, found on first use
		inSlot := func() bool {
			if slot < 0 {
				slot = 0
				// titleBefore reads back from a title word only
				if st.nameSlot(k) || st.is(k-1, st.c.k.titleWord) && st.titleBefore(k) {
					slot = 1
				}
			}
			return slot == 1
		}
		if !vowels && !swapped && !inSlot() {
			continue
		}
		if _, named := st.c.given.LookupNormalized(w); named {
			// a given name is another person, but right after a
			// speech verb a surname with its article dropped (سامي
			// الصالح … وقال صالح) is that person
			if !st.is(k-1, st.c.k.speech) || hasArticle(w) {
				continue
			}
			for _, s := range ss {
				if s.article && s.named && bare == s.word {
					st.addPerson(k, k, knownCountry(s.known), s.known)
					break
				}
			}
			continue
		}
		if st.qualifiesNoun(k) {
			continue // an adjective after its noun (التعاون الثنائي)
		}
		var bareKey []byte // the arabic.NameKey of bare, keyed on first use
		for si, s := range ss {
			if !s.named || !s.sure && !st.c.given.IsNameToken(w) || s.written && !inSlot() {
				continue
			}
			if three {
				if s.article && vowels && utf8x.Count(s.word) == 4 && longVowelApart(bare, s.word) && inSlot() {
					st.addPerson(k, k, knownCountry(s.known), s.known)
					break
				}
				continue
			}
			if s.article && !s.written && (bare == s.word && !hasArticle(w) || hasArticle(w) && (yaAdded(bare, s.word) || yaAdded(s.word, bare))) {
				// the article dropped (الطراونة، طراونة) or a nisba's ي
				// dropped or added, the article kept (المطيري، المطير;
				// الصالح، الصالحي: a foreign name's final ي is left
				// alone), four letters or more left
				// (above), where a name stands: elsewhere such a word is
				// often a word of its own, and a word with the article
				// added is often a noun where a name stands (وقال
				// الزعيم)
				if !inSlot() {
					continue
				}
				st.addPerson(k, k, knownCountry(s.known), s.known)
				break
			}
			if s.article != hasArticle(w) {
				continue
			}
			if !vowels || !longVowelApart(bare, s.word) {
				// a letter of a transliteration class swapped, where a
				// name stands (اشاد زاباتيرو for ثاباتيرو): five
				// letters or more both ways, no final ي added or
				// dropped (a nisba's, or a word's: الجنوب، الجنوبي), not
				// the surname of a person with an Arabic given name
				// A one-word name's surname (alone) is trusted with a
				// letter swapped only when real spellings of one name
				// swap the two letters often (swapLift at least
				// freeSwapLift: وقال غارسيا … جارسيا): a word read after a
				// speech verb may be no name, and a weaker swap from it
				// reaches other words.
				aloneSwap := s.alone && swapLift(bare, s.word) >= freeSwapLift
				if !s.arabic && (!s.alone || aloneSwap) && bare != s.word && bareKey == nil {
					n := keyEnds[len(keyEnds)-1]
					keys = arabic.AppendNameKey(keys[:n], bare)
					bareKey = keys[n:]
				}
				key := keys[:keyEnds[si]]
				if si > 0 {
					key = key[keyEnds[si-1]:]
				}
				if s.arabic || s.alone && !aloneSwap || bare == s.word || !sameNameWordKeyed(bare, bareKey, s.word, key) || arabicNames(bare, s.word) ||
					yaAdded(bare, s.word) || yaAdded(s.word, bare) {
					continue
				}
				if st.swapPairProb(k, w, bare, s.word, s.given, s.known, inSlot(), s.sure) < swapPairMinProb {
					continue
				}
				st.addPerson(k, k, knownCountry(s.known), s.known)
				break
			}
			n, _ := arabic.LongVowelApart(bare, s.word)
			// three letters are trusted alone only in a long name (five
			// letters or more both ways, long vowels being most of it)
			// that is known as a name (باكاييف، باكايف)
			short := n == 3 && (letters < 5 || utf8x.Count(s.word) < 5 ||
				!st.c.given.IsNameToken(bare) && !st.c.given.IsNameToken(s.word))
			if (short || s.arabic) && !inSlot() {
				continue
			}
			st.addPerson(k, k, knownCountry(s.known), s.known)
			break
		}
	}
}

// gazetteerSurname says whether the normalised word w is one of the known
// person k's surnames as the gazetteer writes them, the article aside.
func (st *checkState) gazetteerSurname(k *entities.Entity, w string) bool {
	bare := withoutArticle(w)
	for _, s := range k.Surname {
		if withoutArticle(st.c.normWord(s)) == bare {
			return true
		}
	}
	return false
}

// swapPairProb is the probability, under the swap-pair scorer, that the
// lone word w (bare: without its article; the word at token k,
// -1 when no token is at hand) is the surname s of a person the text
// names in full, written with a letter of one transliteration class for
// another (the caller has checked that the keys join them). Its features
// (swapPairFeatures) are evidence that one name is written two ways, or
// that the word is another person's; their weights (swapweights.go) are
// the hand weights until a fit on respelt surnames of one person and near
// names of two people (swapfit_test.go) reads unseen text better. A
// pairing is read at swapPairMinProb or more.
func (st *checkState) swapPairProb(k int, w, bare, s, given string, known *entities.Entity, slot, sure bool) float64 {
	x := st.swapPairFeatures(k, w, bare, s, given, known, slot, sure)
	if st.logSwaps {
		// the readings a fit is made on do not depend on the weights
		// fitted: they are decided by the hand weights (a score from
		// swapHandBias, read at 0)
		if k >= 0 {
			st.swapLog = append(st.swapLog, swapSample{start: st.origStart(k), end: st.origEnd(k), x: x})
		}
		z := swapHandBias
		for i, v := range x {
			z += swapHandWeights[i] * v
		}
		if z >= 0 {
			return 1
		}
		return 0
	}
	z := swapBias
	for i, v := range x {
		z += swapWeights[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// The swap-pair scorer's features, in swapFeatureNames order.
const (
	swapLetters5    = iota // five letters both ways
	swapLetters6           // six or more both ways
	swapSlot               // the word stands where a name stands (speech verb, title)
	swapSure               // a title or honorific introduced the full name, or its surname is a name token
	swapKnown              // the full name is a known person's
	swapLiftStrong         // real spellings of one name swap these letters often (freeSwapLift or more)
	swapLiftWeak           // … three times more than chance or more, under freeSwapLift
	swapToken              // either spelling is a name token
	swapGivenBefore        // a given name of the lexicon stands right before the word: another person's name
	swapWordBefore         // a word of no class, no name token, stands right before the word
	swapOwnGiven           // the person's own given name stands right before the word (written alike or near)
	swapRecur              // the surname as the full name writes it stands twice or more
	nSwapFeatures
)

// swapFeatureNames names the swap-pair scorer's features.
var swapFeatureNames = [nSwapFeatures]string{
	"letters-5", "letters-6", "slot", "sure", "known", "lift-strong", "lift-weak", "token", "given-before", "word-before", "own-given", "recur",
}

// swapHandWeights are the weights the swap-pair scorer had before it was
// fitted (a score from -4, read at 0): the centre of the fit's prior.
var swapHandWeights = [nSwapFeatures]float64{1, 1.5, 2, 1, 1, 1.5, 0.5, 1, 0, 0, 0, 0.5}

// swapHandBias is the hand weights' bias.
const swapHandBias = -4.0

// swapPairFeatures are the features of reading w (token k, -1 for none)
// as the surname s respelt (swapPairProb).
func (st *checkState) swapPairFeatures(k int, w, bare, s, given string, known *entities.Entity, slot, sure bool) [nSwapFeatures]float64 {
	var x [nSwapFeatures]float64
	b2f := func(b bool) float64 {
		if b {
			return 1
		}
		return 0
	}
	n := min(utf8x.Count(bare), utf8x.Count(s))
	x[swapLetters5] = b2f(n == 5)
	x[swapLetters6] = b2f(n >= 6)
	x[swapSlot] = b2f(slot)
	x[swapSure] = b2f(sure)
	x[swapKnown] = b2f(known != nil)
	lift := swapLift(bare, s)
	x[swapLiftStrong] = b2f(lift >= freeSwapLift)
	x[swapLiftWeak] = b2f(lift >= 3 && lift < freeSwapLift)
	x[swapToken] = b2f(st.c.given.IsNameToken(w) || st.c.given.IsNameToken(s))
	x[swapRecur] = b2f(st.wordRecurs(s))
	// a name before the word tells another person only when the person's
	// own given name is known (a person first named by the surname
	// alone may be named in full later)
	if k >= 0 && (given != "" || known != nil) {
		x[swapGivenBefore], x[swapWordBefore] = st.nameWordBefore(k)
		if x[swapGivenBefore]+x[swapWordBefore] > 0 && st.ownGiven(st.word(k-1), given, known) {
			// the person's own given name: the full name written again
			x[swapGivenBefore], x[swapWordBefore], x[swapOwnGiven] = 0, 0, 1
		}
	}
	return x
}

// nameWordBefore says what stands right before the word at token k, inside
// its sentence and in no person's name: a given name (given = 1), or a
// word of no class, no state or city, no name token, three letters or
// more, read in a name's place (word = 1) — the first name of someone the
// text does not know. A word no list knows is most often a word of the
// language (أهمية برامج دارجوني), so it counts only where a name stands:
// after a title, an honorific, a speech verb or a verb a name follows
// (nameSlot, titledAt), or with a title after the two words, past a comma
// (… بريسك دارجوني، مدير العمليات); and never opening with a conjunction
// (و، ف: the clause's next word, a verb or a noun).
func (st *checkState) nameWordBefore(k int) (given, word float64) {
	if k <= 0 || st.sentStart.has(k) || st.personAt(k-1) >= 0 {
		return 0, 0
	}
	if !st.plain.has(k - 1) {
		// a given name that is also a city's (صوفيا): a name before a
		// name is the given name
		if mi := st.mentionAt(k - 1); mi >= 0 && st.ms[mi].FirstTok() == k-1 && st.ms[mi].LastTok() == k-1 &&
			st.ms[mi].Kind == entities.Country && (st.ms[mi].Form == entities.FormCity || st.ms[mi].Form == entities.FormCapital) &&
			st.toks.Kind(k-1) == arabic.Word && st.givenNameAt(k-1) {
			return 1, 0
		}
		return 0, 0
	}
	switch w := st.word(k - 1); {
	case st.givenNameAt(k - 1):
		return 1, 0
	case st.bitsOf(k-1).empty() && st.mentionAt(k-1) < 0 && utf8x.Count(w) >= 3 && !st.c.given.IsNameToken(w) &&
		withoutAnd(w) == w && (st.nameSlot(k-1) || st.titledAt(k-1) || st.titleAfter(k)):
		return 0, 1
	}
	return 0, 0
}

// titleAfter says whether a comma and a title stand right after the word
// at token k (… دارجوني، مدير العمليات; … ثيرموك، رئيس الوفد): a name in
// apposition.
func (st *checkState) titleAfter(k int) bool {
	if k+2 >= st.toks.Len() || st.toks.Kind(k+1) != arabic.Punct {
		return false
	}
	if p := st.word(k + 1); p != "،" && p != "," {
		return false
	}
	return st.is(k+2, st.c.k.title.or(st.c.k.honorific).or(st.c.k.titleWord).or(st.c.k.representative).or(st.c.k.officer))
}

// otherGivenBefore says whether a given name stands right before the word
// at token k (nameWordBefore: one of the lexicon, or a word no list knows
// in a name's place) that is none of the person's own (ownGiven): a second
// person of the same or a near surname (كريم ثيتان beside نيشيل زيتان).
func (st *checkState) otherGivenBefore(k int, given string, known *entities.Entity) bool {
	g, w := st.nameWordBefore(k)
	return g+w > 0 && !st.ownGiven(st.word(k-1), given, known)
}

// ownGiven says whether the normalised word g is a given name of the
// person whose surname is read: a word the text writes before the surname
// in the person's name (given, space-separated), or one of a known
// person's given names, as written or one name written two ways.
func (st *checkState) ownGiven(g, given string, known *entities.Entity) bool {
	same := func(a string) bool { return a == g || sameNameWord(a, g) }
	for a := range strings.FieldsSeq(given) {
		if same(a) {
			return true
		}
	}
	if known != nil {
		for _, kg := range known.Given {
			// a given name of two words (عمر سيسوكو) is either word
			for a := range strings.FieldsSeq(kg) {
				if same(st.c.normWord(a)) {
					return true
				}
			}
		}
	}
	return false
}

// swapSample is one reading the swap-pair scorer made (logSwaps): the
// lone word's span in the original bytes and its features.
type swapSample struct {
	start, end int
	x          [nSwapFeatures]float64
}

// wordRecurs says whether the name word s (without its article) stands
// twice or more in the text, with or without the article.
func (st *checkState) wordRecurs(s string) bool {
	n := 0
	for k := st.plain.next(0); k >= 0; k = st.plain.next(k + 1) {
		if withoutArticle(st.word(k)) == s {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// knownCountry is the state of a known person, "" for nil.
func knownCountry(e *entities.Entity) string {
	if e == nil {
		return ""
	}
	return e.Country
}

// titledAt says whether a title or an honorific introduces the name that
// starts at tok: an honorific or a title right before it, or a title
// phrase's state (وزير الخارجية الصيني، نائب رئيس الوزراء الكازاخستاني),
// with at most two title words after it.
func (st *checkState) titledAt(tok int) bool {
	if slices.Contains(st.officeNames, tok) {
		return true // after an office's phrase (المبعوث الأممي …)
	}
	k := tok - 1
	for n := 0; n < 2 && k >= 0 && st.is(k, st.c.k.titleTail); n++ {
		k--
	}
	if k < 0 {
		return false
	}
	if st.is(k, st.c.k.honorific) || st.is(k, st.c.k.title) {
		return true
	}
	if mi := st.mentionAt(k); mi >= 0 {
		m := &st.ms[mi]
		return m.Kind == entities.Country && st.titleBefore(m.FirstTok())
	}
	return false
}

// counterpartAt says whether a counterpart word and a state's nisba stand
// right before the name that starts at tok (نظيره العراقي …).
func (st *checkState) counterpartAt(tok int) bool {
	if tok < 2 {
		return false
	}
	mi := st.mentionAt(tok - 1)
	if mi < 0 {
		return false
	}
	m := &st.ms[mi]
	return m.Kind == entities.Country && m.Form == entities.FormNisba && m.LastTok() == tok-1 &&
		m.FirstTok() > 0 && st.is(m.FirstTok()-1, st.c.k.counterpart)
}

// maxVowelSurnames bounds the surnames vowelRespeltSurnames compares each
// word with, so that the pass over the text stays linear.
const maxVowelSurnames = 16

// recurringNames finds people no title, honorific or speech verb
// introduces: a given name of the lexicon followed by a word the text
// writes again, as it stands or, where a name stands, another way
// (respeltAgain), one of the two spellings a known name token
// (entities.GivenNames.IsNameToken): its surname; then that surname's other occurrences,
// alone, also where they are written another way (arabic.SameName, five
// letters or more): how a name is recognised by its recurrence.
func (st *checkState) recurringNames() {
	n := st.toks.Len()
	free := func(k int) bool { // a plain word of no person
		return k >= 0 && k < n && st.plain.has(k) && st.personAt(k) < 0
	}
	var surnames, givens []string // a name's surname and given name
	for i := st.plain.next(0); i >= 0 && i+1 < n; i = st.plain.next(i + 1) {
		if !free(i) || !free(i+1) || st.sentStart.has(i+1) {
			continue
		}
		w := st.word(i + 1)
		// an exact given name (not a variant) that reads as one, or two
		// words no list knows right after a title phrase (titledName)
		_, given := st.c.given.LookupNormalized(st.word(i))
		given = given && st.givenNameAt(i)
		titled := !given && st.titledName(i)
		if !given && !titled {
			continue
		}
		if _, named := st.c.given.LookupNormalized(w); named || utf8x.Count(w) < 4 || containsStr(surnames, w) {
			continue
		}
		// a surname is a known name token, not a common word: as
		// written, or as the text writes it again another way; the
		// surname of a titled name no list knows recurs where a name
		// stands, as written or respelt (swapPairProb)
		token := st.c.given.IsNameToken(w)
		again := false
		for k := st.plain.next(0); k >= 0; k = st.plain.next(k + 1) {
			if k == i+1 || !free(k) && !st.aloneUnknown(k) {
				continue
			}
			x := st.word(k)
			if x == w && token || st.respeltAgain(k, w) && (token || st.c.given.IsNameToken(x)) ||
				titled && st.nameSlot(k) && (x == w || sameNameWord(x, w) && !hasArticle(x) &&
					st.swapPairProb(k, x, x, w, st.word(i), nil, true, true) >= swapPairMinProb) {
				again = true
				break
			}
		}
		if !again {
			continue
		}
		st.addPerson(i, i+1, "", nil)
		surnames = append(surnames, w)
		givens = append(givens, st.word(i))
	}
	if len(surnames) == 0 {
		return
	}
	for k := st.plain.next(0); k >= 0; k = st.plain.next(k + 1) {
		if !free(k) {
			continue
		}
		w := st.word(k)
		for si, s := range surnames {
			// written another way: the same NameKey, or one letter of
			// another class in a word known as a name; not after
			// another given name of the lexicon (a second person of a
			// near name: كريم ثيتان beside نيشيل زيتان)
			if w == s || utf8x.Count(w) >= 5 && sameNameWord(w, s) &&
				(arabic.NameKey(w) == arabic.NameKey(s) || st.c.given.IsNameToken(w)) {
				if st.otherGivenBefore(k, givens[si], nil) {
					break
				}
				if _, named := st.c.given.LookupNormalized(w); !named {
					st.addPerson(k, k, "", nil)
				}
				break
			}
		}
	}
}

// titledName says whether the words at tok and tok+1 may be the name of a
// person no list knows because a title phrase ends right before them
// (نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين …): no article on either
// word, the first three letters or more. recurringNames takes them as a
// name only when the second recurs where a name stands.
func (st *checkState) titledName(tok int) bool {
	g, s := st.word(tok), st.word(tok+1)
	return !hasArticle(g) && !hasArticle(s) && utf8x.Count(g) >= 3 && st.titleBefore(tok)
}

// aloneUnknown says whether the word at tok is a person of one word whom
// the gazetteer does not know (a speaker: وقال كورهونين إن).
func (st *checkState) aloneUnknown(tok int) bool {
	pi := st.personAt(tok)
	if pi < 0 {
		return false
	}
	p := &st.persons[pi]
	return p.first == tok && p.last == tok && p.known == nil && p.pre == 0
}

// respeltAgain says whether the word at tok, where a name stands
// (nameSlot), is the surname w written another way as recurringNames
// reads it: five letters or more both ways, long vowels added or dropped
// (four letters or more left without them) or the same NameKey, and no
// given name of the lexicon (ميكا كورهونن، … وقال كورهونين).
func (st *checkState) respeltAgain(tok int, w string) bool {
	x := st.word(tok)
	if x == w || len(x) < 2 || len(w) < 2 || abs(len(x)-len(w)) > 4 {
		return false
	}
	// a respelling keeps the first or the last letter (both, for long
	// vowels): most words are passed over here
	fx, _ := utf8x.First(x)
	fw, _ := utf8x.First(w)
	lx, _ := utf8x.Last(x)
	lw, _ := utf8x.Last(w)
	if fx != fw && lx != lw || utf8x.Count(x) < 5 || utf8x.Count(w) < 5 || !st.nameSlot(tok) {
		return false
	}
	if _, named := st.c.given.LookupNormalized(x); named {
		return false
	}
	if n, ok := arabic.LongVowelApart(x, w); ok && n >= 4 {
		return !arabicNames(x, w)
	}
	return sameNameWord(x, w) && arabic.NameKey(x) == arabic.NameKey(w)
}

// respeltFullNames finds a name the text writes again in full with its
// surname spelled another way (فؤاد حسين … فؤاد حزين; بدر عبد العاطي … عبد
// العاط): the word before the surname of a name found, as written, followed
// by a word that is the surname written another way (sameNameWord) and no
// given name of the lexicon; not after بن or آل, which many names share. It is the same person: the occurrence takes
// the known official the name is, if any. Names with titles, honorifics or
// speech verbs before them are found already; this finds the others.
func (st *checkState) respeltFullNames() {
	// the names found, by the word before their surname: at most
	// maxRespeltSurnames surnames per word, so that the pass over the
	// text stays linear
	// A word's surnames are a list in one slice (fulls, linked by next in
	// the order found), not an array of maxRespeltSurnames per word: a
	// text of many different names has a word per name.
	byGiven := st.byGiven // the word's surnames in fulls
	clear(byGiven)
	fulls := st.fulls[:0]
	defer func() { st.byGiven, st.fulls = byGiven, fulls[:0] }() // kept for the next check (release)
	for pi := range st.persons {
		p := &st.persons[pi]
		if len(p.words) < 2 {
			continue
		}
		g, s := p.words[len(p.words)-2], p.words[len(p.words)-1]
		if utf8x.Count(s) < 3 || nameParticle(g) || g == "ال" {
			continue // بن فرحان، آل نهيان: words of many names
		}
		if byGiven == nil {
			byGiven = map[string]respeltSurnames{}
		}
		sn, ok := byGiven[g]
		if ok && sn.n >= maxRespeltSurnames {
			continue
		}
		known := false
		for f := sn.head; ok && f >= 0; f = fulls[f].next {
			known = known || fulls[f].surname == s
		}
		if known {
			continue
		}
		fulls = growFor(fulls, 1, pi, len(st.persons))
		fulls = append(fulls, respeltFull{s, p.known, -1})
		fi := int32(len(fulls) - 1)
		if ok {
			fulls[sn.tail].next = fi
			sn.tail, sn.n = fi, sn.n+1
		} else {
			sn = respeltSurnames{fi, fi, 1}
		}
		byGiven[g] = sn
	}
	if len(byGiven) == 0 {
		return
	}
	// A word is looked up only when a word of byGiven has its length and
	// its last byte (mod 64): most words are not.
	var lens, lasts uint64
	for g := range byGiven {
		if g == "" {
			continue // no token is empty
		}
		lens |= 1 << (len(g) % 64)
		lasts |= 1 << (g[len(g)-1] % 64)
	}
	// the word after the given name is a plain word of no person
	for j := st.plain.next(1); j >= 0; j = st.plain.next(j + 1) {
		i := j - 1
		// the per-token tests first: they leave few words to look up
		if st.sentStart.has(j) || st.inMention.has(i) || st.personAt(i) >= 0 || st.personAt(j) >= 0 {
			continue
		}
		g := st.word(i)
		if len(g) == 0 || lens&(1<<(len(g)%64)) == 0 || lasts&(1<<(g[len(g)-1]%64)) == 0 {
			continue
		}
		sn, ok := byGiven[g]
		if !ok {
			continue
		}
		w := st.word(i + 1)
		if _, named := st.c.given.LookupNormalized(w); named {
			continue // another name, not this one respelt
		}
		for fi := sn.head; fi >= 0; fi = fulls[fi].next {
			if f := &fulls[fi]; w != f.surname && sameNameWord(w, f.surname) {
				st.addPerson(i, i+1, "", f.known)
				break
			}
		}
	}
}

// respeltFull is a surname respeltFullNames found after a word, and
// respeltSurnames a word's surnames: a list in fulls linked by next.
type (
	respeltFull struct {
		surname string
		known   *entities.Entity
		next    int32 // the word's next surname in fulls, -1 none
	}
	respeltSurnames struct{ head, tail, n int32 }
)

// maxRespeltSurnames bounds the surnames respeltFullNames compares after
// one word.
const maxRespeltSurnames = 4

// respeltGivenNames finds a name the text writes again in full with its
// given name spelled another way (موساليا موتافادي … موسليا موتافادي;
// فيرناندو غاريدو … فرناندو جاريدو): two words no class claims, the first
// one of a name found's word before its surname written another way
// (givenRespelt) and trusted as a name (givenTrusted), the second that
// name's surname as written or, five letters or more, written another way
// (sameNameWord, longVowelApart) and no given name of the lexicon. It is the same person: the occurrence takes the
// known official the name is, if any; of a name of three words or more
// that is no known person's, its first two words are compared too (a name
// read past its end: السيد غيورغي باباشفيلي سبل تعزيز …). A word that is
// not trusted as a name alone is when the name's word before it stands
// before it as written (a father's name respelt: أليكسي سيرغييفيتش ماكاروف
// … أليكسي ثيرغييفيتش ماكاروف), and the name read takes that word. At most
// maxVowelSurnames names are compared, so that the pass over the text
// stays linear. It says whether it found a name.
func (st *checkState) respeltGivenNames() (added bool) {
	type full struct {
		given, surname string
		before         string // the name's word before the given name, "" if none
		known          *entities.Entity
		last           rune // the given name's last letter
	}
	fs := make([]full, 0, maxVowelSurnames)
	lasts := make([]rune, 0, maxVowelSurnames) // the last letters of the given names
	add := func(g, s, before string, known *entities.Entity) {
		if utf8x.Count(g) < 4 || nameParticle(g) || g == "ال" || g == "عبد" || g == "ابو" || len(fs) >= maxVowelSurnames {
			return
		}
		l, _ := utf8x.Last(g)
		f := full{g, s, before, known, l}
		if slices.Contains(fs, f) {
			return
		}
		fs = append(fs, f)
		if !slices.Contains(lasts, l) {
			lasts = append(lasts, l)
		}
	}
	for pi := range st.persons {
		p := &st.persons[pi]
		n := len(p.words)
		if n < 2 {
			continue
		}
		before := ""
		if n >= 3 && !nameParticle(p.words[n-3]) {
			before = p.words[n-3]
		}
		add(p.words[n-2], p.words[n-1], before, p.known)
		if n >= 3 && p.known == nil {
			// a name read past its end: its first two words
			add(p.words[0], p.words[1], "", nil)
		}
	}
	if len(fs) == 0 {
		return false
	}
	n := st.toks.Len()
	free := func(k int) bool { // a plain word of no person
		return st.plain.has(k) && st.personAt(k) < 0
	}
	for i := st.plain.next(0); i >= 0 && i+1 < n; i = st.plain.next(i + 1) {
		if st.sentStart.has(i+1) || !free(i) || !free(i+1) {
			continue
		}
		g := st.word(i)
		l, _ := utf8x.Last(g)
		if !slices.Contains(lasts, l) {
			continue
		}
		w := st.word(i + 1)
		for _, f := range fs {
			// givenRespelt wants the same last letter: the others are
			// passed over without comparing the words
			if f.last != l || !givenRespelt(g, f.given) {
				continue
			}
			// the name's word before it written as it stands (a father's
			// name respelt between the same given name and surname:
			// أليكسي سيرغييفيتش ماكاروف … أليكسي ثيرغييفيتش ماكاروف)
			// trusts the word as a name
			first := i
			if f.before != "" && i > 0 && free(i-1) && !st.sentStart.has(i) && st.word(i-1) == f.before {
				first = i - 1
			} else if !st.givenTrusted(i, f.given) {
				continue
			}
			if w != f.surname {
				if utf8x.Count(w) < 5 || !sameNameWord(w, f.surname) && !longVowelApart(w, f.surname) ||
					arabicNames(w, f.surname) {
					continue
				}
				if _, named := st.c.given.LookupNormalized(w); named {
					continue // another name, not this one respelt
				}
			}
			st.addPerson(first, i+1, "", f.known)
			added = true
			break
		}
	}
	return added
}

// givenRespelt says whether the normalised words a and b are one given
// name written two ways: long vowels added or dropped inside it, or
// letters of a transliteration class swapped (arabic.SameName, or one
// PhoneticKey: غيورغي، جيورجي), four
// letters or more each, the last letter the same (ماريو and ماريا are two
// names, as are باولو and باولا), and not two Arabic given names, which
// are written one way (سالم، سليم).
func givenRespelt(a, b string) bool {
	if a == b || utf8x.Count(a) < 4 || utf8x.Count(b) < 4 {
		return false
	}
	la, _ := utf8x.Last(a)
	lb, _ := utf8x.Last(b)
	if la != lb || arabicNames(a, b) {
		return false
	}
	n, ok := arabic.LongVowelApart(a, b)
	return ok && n >= 3 || arabic.SameName(a, b) || samePhoneticKey(a, b)
}

// givenRespeltBefore says whether the word before tok, in its sentence,
// is one of e's given names (one word each) written another way
// (givenRespelt) and trusted as a name (givenTrusted): the first name of the occurrence whose surname, e's,
// stands at tok (فلادمير بوتين).
func (st *checkState) givenRespeltBefore(tok int, e *entities.Entity) bool {
	g := tok - 1
	if g < 0 || st.toks.Kind(g) != arabic.Word || st.sentAt(g) != st.sentAt(tok) ||
		st.inMention.has(g) || st.personAt(g) >= 0 || !st.bitsOf(g).empty() {
		return false
	}
	if !st.ownGivenRespelt(st.word(g), e) {
		return false
	}
	for _, n := range e.Given {
		if st.givenTrusted(g, st.c.normWord(n)) {
			return true
		}
	}
	return false
}

// givenTrusted says whether the word at tok, another spelling of the given
// name given, may be read as that name: one of the two spellings is known
// as a name (entities.GivenNames.IsNameToken), or the word stands where a
// name does (nameSlot, titledAt). A common word can be a name's spelling
// with a long vowel added (اختيار "choice", أختر).
func (st *checkState) givenTrusted(tok int, given string) bool {
	return st.c.given.IsNameToken(st.word(tok)) || st.c.given.IsNameToken(given) || st.nameSlot(tok) || st.titledAt(tok)
}

// ownGivenRespelt says whether w is one of e's one-word given names
// written another way (givenRespelt) and none of them as written.
func (st *checkState) ownGivenRespelt(w string, e *entities.Entity) bool {
	found := false
	for _, g := range e.Given {
		g = st.c.normWord(g)
		if g == w {
			return false
		}
		found = found || !strings.Contains(g, " ") && givenRespelt(w, g)
	}
	return found
}

// namesake says whether the known surname at tok, after a given name of
// the lexicon (givenNameAt) or any name word after an honorific, that is
// neither e's nor e's written another way, is another person's: the title
// phrase before the name (and its honorifics) gives a state other than e's (رئيس وزراء سنغافورة لورانس وونغ, beside the gazetteer's
// بيني وونغ of Australia). Under e's own state's title, or with no title,
// another given name is left to the wrong-given-name rule (namesakeOfOfficial).
func (st *checkState) namesake(tok int, e *entities.Entity) bool {
	g := tok - 1
	return g >= 1 && st.personAt(g) < 0 && st.namesakeName(tok, e)
}

// namesakeName is namesake for a name already read (the given name's token
// may belong to a person).
func (st *checkState) namesakeName(tok int, e *entities.Entity) bool {
	g := tok - 1
	if g < 1 || st.toks.Kind(g) != arabic.Word || st.sentAt(g) != st.sentAt(tok) ||
		st.inMention.has(g) || !st.bitsOf(g).empty() {
		return false
	}
	w := st.word(g)
	// a given name of the lexicon, or any name word right after an
	// honorific (السيد خيراردو أورتيغا): the honorific says a name starts
	honored := st.is(g-1, st.c.k.honorific)
	if !honored && !st.givenNameAt(g) || st.c.people.HasNameKey(e, arabic.PhoneticKey(w)) ||
		st.ownGivenRespelt(w, e) || st.givenRespeltBefore(tok, e) {
		return false
	}
	k := g - 1
	for n := 0; n < 2 && k > 0 && st.is(k, st.c.k.honorific); n++ {
		k-- // the honorifics between the title phrase and the name
	}
	for n := 0; n < 2 && k > 0 && st.is(k, st.c.k.titleTail); n++ {
		k--
	}
	mi := st.mentionAt(k)
	if mi < 0 {
		return false
	}
	m := &st.ms[mi]
	if m.LastTok() != k || m.Kind != entities.Country || len(m.Entities) != 1 ||
		!st.titleBefore(m.FirstTok()) && !st.is(m.FirstTok()-1, st.c.k.counterpart) {
		return false
	}
	return m.Entities[0] != e.Country
}

// namesakeOf is a namesake of known person e that detectPersons read, by
// the given name before the surname.
type namesakeOf struct {
	e     *entities.Entity
	given string
}

// maxNamesakes bounds the namesakes detectPersons remembers.
const maxNamesakes = 4

// namesakeAgain says whether the known surname at tok, after a word that
// is a namesake's given name read earlier (namesakes) as written or
// written another way (givenRespelt, foreignLetterApart), and none of e's,
// is that namesake again: the title phrase that told the two apart is not
// repeated with each mention.
func (st *checkState) namesakeAgain(tok int, e *entities.Entity, namesakes []namesakeOf) bool {
	g := tok - 1
	if len(namesakes) == 0 || g < 1 || st.toks.Kind(g) != arabic.Word || st.sentAt(g) != st.sentAt(tok) ||
		st.inMention.has(g) || !st.bitsOf(g).empty() || st.personAt(g) >= 0 {
		return false
	}
	w := st.word(g)
	for _, n := range namesakes {
		if (n.e == e || st.c.people.SamePerson(n.e, e)) && (w == n.given || givenRespelt(w, n.given) || foreignLetterApart(w, n.given)) &&
			!st.c.people.HasNameKey(e, arabic.PhoneticKey(w)) && !st.ownGivenRespelt(w, e) {
			return true
		}
	}
	return false
}

// isNamesake says whether the known surname at tok was read as a
// namesake's (detectPersons): its person starts at the given name before
// it and knows no one.
func (st *checkState) isNamesake(tok int) bool {
	pi := st.personAt(tok)
	return pi >= 0 && st.persons[pi].known == nil && st.persons[pi].first == tok-1 && st.personAt(tok-1) == pi
}

// givenBefore says whether the word before tok, in its sentence, is a given
// name (see givenNameAt) of one of the gazetteer's people and none of e's
// name words: the first name of the occurrence whose surname stands at tok.
func (st *checkState) givenBefore(tok int, e *entities.Entity) bool {
	g := tok - 1
	if g < 0 || st.toks.Kind(g) != arabic.Word || st.sentAt(g) != st.sentAt(tok) ||
		st.inMention.has(g) || st.personAt(g) >= 0 || !st.bitsOf(g).empty() {
		return false
	}
	return !st.c.people.HasNameKey(e, arabic.PhoneticKey(st.word(g))) && st.c.givenWords[st.word(g)] && st.givenNameAt(g)
}

// misspeltKnown finds a known official's surname written another way
// (لفروف for لافروف): a word that is no mention and no class word, whose
// phonetic key is the surname key of a person the text also names in a
// known spelling, right after one of that person's given names, or alone
// when its key has four letters or more and it is a letter or two from the
// known spelling or differs by the article (صفدي، الصفدي), or, for a key
// of three letters, where shortSurnameAt finds a name. A short key alone
// anywhere is not enough: common words share the short keys of surnames
// (مستشار كبير, الجبير). A one-word name already read after a speech verb
// or a title (وقال وانق) becomes that person's occurrence, unless the
// title gives it another state.
func (st *checkState) misspeltKnown() {
	named := map[string]bool{}
	for i := range st.ms {
		if st.ms[i].Kind == entities.Person && len(st.ms[i].Entities) > 0 {
			named[st.ms[i].Entities[0]] = true
		}
	}
	if len(named) == 0 {
		return
	}
	st.trimToKnownSurname(named)
	// The first letter of a word's key is its first letter's class: a
	// word whose first letter starts none of the named people's surname
	// keys is skipped without keying it whole.
	var first [256]bool
	for id := range named {
		for _, k := range st.c.people.SurnameKeys(id) {
			first[k[0]] = true
		}
	}
	toks := st.toks
	var twice map[string]bool // shortSurnameAt's words written twice, found once each
	for k := st.plain.next(1); k >= 0; k = st.plain.next(k + 1) {
		if w := st.word(k); !hasArticle(w) && first[arabic.PhoneticInitial(w)] && st.articleDroppedKnown(k, named) {
			continue
		}
		var alone *person // a one-word name read after a speech verb or a title
		if pi := st.personAt(k); pi >= 0 {
			alone = &st.persons[pi]
			if alone.first != k || alone.last != k || alone.known != nil {
				continue
			}
		}
		if st.sentStart.has(k) || toks.Kind(k-1) != arabic.Word {
			continue
		}
		w := entities.WithoutArticle(st.word(k))
		if !first[arabic.PhoneticInitial(w)] {
			continue
		}
		var kb [64]byte
		kbytes := arabic.AppendPhoneticKey(kb[:0], w) // wordKey, w's article dropped above
		ents := st.c.people.BySurnameBytes(kbytes)
		if len(ents) == 0 && st.nisbaDropped(k, w, named, alone) {
			continue
		}
		if len(ents) == 0 || utf8.RuneCount(kbytes) < 3 {
			continue
		}
		if info, ok := st.c.given.Lookup(st.word(k)); ok && info.Arabic {
			continue // an Arabic given name is written one way: سليمان is no سلمان
		}
		key := string(kbytes)
		for _, e := range ents {
			if !named[e.ID] || alone != nil && alone.country != "" && alone.country != e.Country {
				continue
			}
			switch {
			case st.c.people.HasNameKey(e, wordKey(st.word(k-1))) && !st.inMention.has(k-1) && !nameParticle(st.word(k-1)):
				st.addPerson(k-1, k, e.Country, e)
			case st.qualifiesNoun(k):
				// an adjective after its noun (التعاون الثنائي) is a
				// word of the language, nobody's name
				continue
			case utf8x.Count(key) >= 4 && (st.surnameWithin(st.word(k), e, 1, 2) || st.articleApart(st.word(k), e)):
				// A long key and a spelling a letter or two from the
				// known one: a surname alone (شتينماير). Short keys
				// need the given name or a place of their own:
				// مستشار كبير is no الجبير.
				st.addPerson(k, k, e.Country, e)
			case utf8x.Count(key) == 3 && st.shortSurnameAt(k, e, &twice):
				st.addPerson(k, k, e.Country, e)
			default:
				continue
			}
			break
		}
	}
}

// shortSurnameAt says whether the word at tok, whose key is the
// three-letter surname key of e (a person the text also names in a known
// spelling), is e's surname written another way when it stands alone
// (وأكد فيدن for فيدان): a letter from one of e's spellings, or the article
// added or dropped (صفدي for الصفدي); not a given name of the lexicon (حسن
// is somebody else, not حسين misspelt) nor a known spelling after a
// proclitic (لفيدان); and where a name stands: right after a speech verb, a
// title or an honorific (وأشار فيدن، الرئيس رتو، الرئيس التنزاني رتو), or
// written so twice. Anywhere else a short word a letter from a surname is
// more often a word of its own.
func (st *checkState) shortSurnameAt(tok int, e *entities.Entity, twice *map[string]bool) bool {
	w := st.word(tok)
	if _, named := st.c.given.Lookup(w); named {
		return false
	}
	close := false
	for _, s := range e.Surname {
		close = close || closeSpelling(st.c.normWord(s), w)
	}
	if !close {
		return false
	}
	for _, sp := range arabic.Splits(w) {
		if st.surnameWithin(sp.Stem, e, 0, 0) {
			return false // a proclitic on the surname: the person, not a variant
		}
	}
	if st.nameSlot(tok) {
		return true
	}
	// written twice: counted once per word (a pass over the text), so
	// that a word repeated many times costs no more
	if *twice == nil {
		*twice = map[string]bool{}
	}
	if again, done := (*twice)[w]; done {
		return again
	}
	n := 0
	for j := range st.toks.Len() {
		if st.toks.Kind(j) == arabic.Word && !st.inMention.has(j) && st.word(j) == w {
			n++
		}
	}
	(*twice)[w] = n >= 2
	return n >= 2
}

// qualifiesNoun says whether the word at tok reads as an adjective
// qualifying the noun before it: both words carry the article, the noun
// perhaps after و (التعاون الثنائي، والتعاون الثنائي), in one sentence, and the word before is a plain
// word of the language, no mention, no person's, no word of a class that a
// name follows (a title, an honorific, a speech verb: الوزير الزياني) nor
// the end of a title phrase (وزير الخارجية الزياني), and no given name of the lexicon (الحبيب الجملي). A name after a definite
// common noun with nothing between is rare; an adjective there is the
// rule of the grammar.
func (st *checkState) qualifiesNoun(tok int) bool {
	prev := tok - 1
	if prev < 0 || st.toks.Kind(prev) != arabic.Word || st.sentAt(prev) != st.sentAt(tok) ||
		!hasArticle(st.word(tok)) || !hasArticle(strings.TrimPrefix(st.word(prev), "و")) ||
		st.inMention.has(prev) || st.personAt(prev) >= 0 || dualTitles.has(st.word(prev)) || personNouns[st.word(prev)] {
		return false
	}
	if st.is(prev, st.c.k.speech.or(st.c.k.nameVerb).or(st.c.k.title).or(st.c.k.honorific).
		or(st.c.k.representative).or(st.c.k.officer)) || st.titleBefore(tok) {
		return false
	}
	if info, ok := st.c.given.LookupNormalized(st.word(prev)); ok && !info.CommonWord {
		return false
	}
	return true
}

// nameSlot says whether the word at tok stands where a name does: right
// after a speech verb, a verb a name follows (rules.yaml's name_verb:
// أشاد زاباتيرو، ثمن الصفد), a title or an honorific (وأشار فيدن، الرئيس
// رتو), after a title phrase's state or a person noun's (الرئيس التنزاني
// رتو، المسؤول الروسي جاربوزوف), or first in its sentence or clause right
// before a speech verb (شيرنيشوفا أشارت إلى …).
func (st *checkState) nameSlot(tok int) bool {
	prev := tok - 1
	if prev < 0 {
		return false
	}
	if st.is(prev, st.c.k.speech.or(st.c.k.nameVerb).or(st.c.k.title).or(st.c.k.honorific)) || dualTitles.has(st.word(prev)) {
		return true
	}
	if mi := st.mentionAt(prev); mi >= 0 {
		m := &st.ms[mi]
		if m.Kind == entities.Country && m.Form == entities.FormNisba && m.LastTok() == prev &&
			(st.titleBefore(m.FirstTok()) || m.FirstTok() > 0 && personNouns[st.word(m.FirstTok()-1)]) {
			return true
		}
	}
	return st.is(tok+1, st.c.k.speech) && (st.sentStart.has(tok) || st.toks.Kind(prev) == arabic.Punct)
}

// dualTitles are titles in the dual (الوزيرين، الرئيسان): two people's
// names follow them (الوزيرين العبيدي وكارتر), the first right after the
// title. They stand in no title class, so that no title phrase or state's
// office is read from them; the words are normalised.
var dualTitles = newWordList(
	"الوزيرين", "الوزيران", "الوزيرتين", "الوزيرتان", "الرئيسين", "الرئيسان",
	"الزعيمين", "الزعيمان", "السفيرين", "السفيران", "المبعوثين", "المبعوثان",
	"الملكين", "الاميرين", "الجنرالين",
)

// personNouns are nouns for a person that a state's nisba and then a name
// follow, as a title does (المسؤول الروسي جاربوزوف، الدبلوماسية الألمانية
// …): no title of an office, so they open no title phrase (titleBefore).
// The words are folded as the normaliser folds a text (ؤ is و, ة is ه).
var personNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range [...]string{"المسؤول", "المسؤولة", "الدبلوماسي", "الدبلوماسية", "الضيف", "الضيفة"} {
		w = arabic.Default().FoldString(w)
		m[w], m["و"+w] = true, true
	}
	return m
}()

// articleDroppedKnown finds the surname of a person the text names in a
// known spelling written without its article right after one of that
// person's given names (عمر بشير for عمر البشير; عبد الفتاح سيسي), and
// records the occurrence with the given name: an Arabic given name or a
// short surname is that person there, as the given name says. The given
// name is a plain word, no mention and no other person's.
func (st *checkState) articleDroppedKnown(tok int, named map[string]bool) bool {
	w := st.word(tok)
	prev := tok - 1
	if prev < 0 || hasArticle(w) || !st.c.givenWords[st.word(prev)] || utf8x.Count(w) < 3 ||
		st.toks.Kind(prev) != arabic.Word || st.inMention.has(prev) || nameParticle(st.word(prev)) {
		return false // (the cheap tests first: most words follow no known given name)
	}
	// a name read from context that starts at the given name and runs
	// on past the bare surname (السيد الرئيس عبدالفتاح سيسي الأسبوع
	// الماضي) is the known person's, ended at the surname
	ctx := -1
	if pi := st.personAt(prev); pi >= 0 {
		p := &st.persons[pi]
		if p.known != nil || p.first < prev-1 || st.personAt(tok) != pi {
			return false
		}
		ctx = int(pi)
	}
	var kb [64]byte
	for _, e := range st.c.people.BySurnameBytes(arabic.AppendPhoneticKey(kb[:0], w)) {
		if !named[e.ID] || !st.c.people.HasNameKey(e, wordKey(st.word(prev))) &&
			!st.c.people.HasNameKey(e, arabic.PhoneticKey(st.word(prev))) { // the article kept (عبد الفتاح)
			continue
		}
		own := false
		for _, s := range e.Surname {
			own = own || st.c.normWord(s) == "ال"+w
		}
		if !own {
			continue
		}
		if ctx >= 0 {
			st.endPersonAt(ctx, tok)
			p := &st.persons[ctx]
			p.known, p.country = e, e.Country
			return true
		}
		first := prev
		if first > 0 && st.toks.Kind(first-1) == arabic.Word && (st.word(first-1) == "عبد" || st.word(first-1) == "ابو") &&
			!st.inMention.has(first-1) && st.personAt(first-1) < 0 {
			first-- // a compound given name (عبد الفتاح)
		}
		st.addPerson(first, tok, e.Country, e)
		return true
	}
	return false
}

// endPersonAt ends the name of person pi at token last (a Word token of
// its name): the words after it are no longer the name (trimAtSurname,
// and a known person read into a name from context).
func (st *checkState) endPersonAt(pi, last int) {
	p := &st.persons[pi]
	if last >= p.last {
		return
	}
	cut := -1
	for k := p.first; k <= last; k++ {
		if st.toks.Kind(k) == arabic.Word {
			cut++
		}
	}
	if cut < 0 || cut >= len(p.words) {
		return
	}
	for k := last + 1; k <= p.last; k++ {
		st.setPerson(k, -1)
	}
	p.last = last
	nm := *p.personName
	nm.words, nm.keys = nm.words[:cut+1], nm.keys[:cut+1]
	nm.given = nm.given[:min(cut, len(nm.given))]
	nm.lastKey, nm.lastKeyDone = "", false
	p.personName = st.newPersonName(nm)
}

// nisbaDropped finds a nisba surname written without its ي (البوسعيد for
// البوسعيدي, الصفد for الصفدي: its key is not the surname's) of a person
// the text names in a known spelling, after one of that person's given
// names or where a name stands (nameSlot), and records the occurrence.
// Elsewhere such a word is often a word of its own (العرب is no العربي).
// w is the word at tok without its article.
func (st *checkState) nisbaDropped(tok int, w string, named map[string]bool, alone *person) bool {
	if strings.HasSuffix(w, "ي") || utf8x.Count(w) < 3 ||
		!st.nameSlot(tok) && !st.c.givenWords[st.word(tok-1)] {
		return false // (the cheap tests first: most words are no name)
	}
	var kb [64]byte
	key := arabic.AppendPhoneticKey(kb[:0], w+"ي")
	for _, e := range st.c.people.BySurnameBytes(key) {
		if !named[e.ID] || alone != nil && alone.country != "" && alone.country != e.Country {
			continue
		}
		own := false
		for _, s := range e.Surname {
			own = own || entities.WithoutArticle(st.c.normWord(s)) == w+"ي"
		}
		if !own {
			continue
		}
		prev := tok - 1
		switch {
		case alone == nil && st.c.people.HasNameKey(e, wordKey(st.word(prev))) && !st.inMention.has(prev) &&
			st.personAt(prev) < 0 && !nameParticle(st.word(prev)):
			st.addPerson(prev, tok, e.Country, e)
		case st.nameSlot(tok):
			st.addPerson(tok, tok, e.Country, e)
		default:
			continue
		}
		return true
	}
	return false
}

// articleApart says whether w is one of e's surnames with the article added
// or dropped (صفدي for الصفدي).
func (st *checkState) articleApart(w string, e *entities.Entity) bool {
	for _, s := range e.Surname {
		s = st.c.normWord(s)
		if s != w && strings.TrimPrefix(s, "ال") == strings.TrimPrefix(w, "ال") {
			return true
		}
	}
	return false
}

// nameParticle says whether w is a word of descent in Arabic names (بن،
// بنت، ولد): a word of many names, no given name of one person (a surname
// that starts with عبد or أبو keeps it).
func nameParticle(w string) bool {
	switch w {
	case "بن", "ابن", "بنت", "ولد":
		return true
	}
	return false
}

// closeSpelling says whether the normalised words a and b are one name
// written two ways as a short name's transliterations differ: the article
// added or dropped, long vowels (ا و ي) added or dropped, and at most one
// consonant swapped for another spelling of its sound (غ ق ج، ت ط، س ص ث ز،
// د ض ذ، ه ح). ك for ج is not one: كبير is a word, not جبير misspelt.
func closeSpelling(a, b string) bool {
	if a == b {
		return false
	}
	ca, cb := consonants(strings.TrimPrefix(a, "ال")), consonants(strings.TrimPrefix(b, "ال"))
	if len(ca) != len(cb) || len(ca) < 2 {
		return false
	}
	diff := 0
	for i := range ca {
		if ca[i] == cb[i] {
			continue
		}
		diff++
		if diff > 1 || soundClass(ca[i]) == 0 || soundClass(ca[i]) != soundClass(cb[i]) {
			return false
		}
	}
	return true
}

// consonants returns w's letters without the long vowels ا و ي ى.
func consonants(w string) []rune {
	out := make([]rune, 0, len(w)/2)
	for _, r := range w {
		switch r {
		case 'ا', 'و', 'ي', 'ى', 'أ', 'إ', 'آ':
			continue
		}
		out = append(out, r)
	}
	return out
}

// soundClass groups the letters that transliterations write for one
// foreign sound (0: a letter of its own).
func soundClass(r rune) int {
	switch r {
	case 'غ', 'ق', 'ج':
		return 1
	case 'ت', 'ط':
		return 2
	case 'س', 'ص', 'ث', 'ز':
		return 3
	case 'د', 'ض', 'ذ':
		return 4
	case 'ه', 'ح':
		return 5
	}
	return 0
}

// trimToKnownSurname shortens a name read from context (after a speech verb
// or a title) that ends in the surname of a person the text names, written
// as theirs or a letter or two away, when none of the words before it is a
// given name of anybody the gazetteer knows: قال مكتب كاميرون إن is the
// office of Cameron, not a person called مكتب كاميرون. The surname alone
// becomes an occurrence of the known person. (فلاديمير بيرموف keeps its
// wrong given name: that is a finding of its own.)
func (st *checkState) trimToKnownSurname(named map[string]bool) {
	for pi := range st.persons {
		p := &st.persons[pi]
		if p.known != nil || len(p.words) < 2 || p.surname() == "" {
			continue
		}
		for _, e := range st.c.people.BySurname(p.surname()) {
			if !named[e.ID] {
				continue
			}
			own := false
			for _, g := range p.given {
				own = own || st.c.people.HasNameKey(e, g) || st.c.people.IsGivenKey(g)
			}
			if own || !st.surnameWithin(p.words[len(p.words)-1], e, 0, 2) || st.namesakeName(p.last, e) || slices.Contains(st.namesakeAt, p.last) {
				continue
			}
			for k := p.first; k < p.last; k++ {
				st.setPerson(k, -1)
			}
			p.first = p.last
			nm := *p.personName
			nm.words, nm.keys, nm.given = nm.words[len(nm.words)-1:], nm.keys[len(nm.keys)-1:], nil
			p.personName = st.newPersonName(nm)
			p.known, p.country = e, e.Country
			break
		}
	}
}

// surnameWithin says whether w is between lo and hi letters (edit
// distance) from one of e's surnames, compared normalised and without the
// article: 0–2 is the surname or a near spelling, 1–2 a near spelling only.
func (st *checkState) surnameWithin(w string, e *entities.Entity, lo, hi int) bool {
	w = strings.TrimPrefix(w, "ال")
	for _, s := range e.Surname {
		s = strings.TrimPrefix(st.c.normWord(s), "ال")
		if dist := confusable.EditDistance([]rune(s), []rune(w)); dist >= lo && dist <= hi {
			return true
		}
	}
	return false
}

// soleID returns the mention's entity when it is not ambiguous.
func soleID(m *mention) string {
	if len(m.Entities) == 1 {
		return m.Entities[0]
	}
	return ""
}

// titleBefore says whether a title word (وزير، رئيس …) opens a phrase that
// reaches the token at tok: only title words (الخارجية، الشؤون، والتعاون …)
// stand between them.
func (st *checkState) titleBefore(tok int) bool {
	s := st.sentOf(tok)
	for k := tok - 1; k >= s.first && k >= tok-maxTitleWords; k-- {
		if st.is(k, st.c.k.title) || st.undersecretaryAt(k) {
			return true
		}
		if !st.is(k, st.c.k.titleWord) {
			return false
		}
	}
	return false
}

// undersecretaryAt says whether token k is a ministry word after an
// undersecretary's title (وكيل وزارة الخارجية العماني، وكيلة الوزارة): a
// title phrase, as وزير الخارجية is; a ministry alone (وزارة الخارجية
// العمانية) is an institution, and an agent alone (وكيل الشركة) no office.
func (st *checkState) undersecretaryAt(k int) bool {
	return k > 0 && inWordSet(&ministryWord, st.word(k)) && inWordSet(&undersecretaryWord, st.word(k-1)) &&
		st.sentAt(k-1) == st.sentAt(k)
}

// inWordSet says whether w, or w without a leading و or ف, is in set (the
// words of which start with و themselves: وزارة، وكيل).
func inWordSet(set *wordList, w string) bool {
	return set.has(w) || set.has(withoutAnd(w))
}

// ministryWord and undersecretaryWord are the words (normalised) of an
// undersecretary's title (وكيل وزارة).
var (
	ministryWord       = newWordList("وزاره", "الوزاره")
	undersecretaryWord = newWordList("وكيل", "وكيله")
)

// maxTitleWords bounds a title phrase (نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين).
const maxTitleWords = 8

// titleCountryAfter finds "، وزير الخارجية ... X" right after a name and
// returns X's id.
func (st *checkState) titleCountryAfter(tok int) string {
	toks := st.toks
	if tok < toks.Len() && st.word(tok) == "،" {
		tok++
	}
	if tok >= toks.Len() || !st.is(tok, st.c.k.title) {
		return ""
	}
	for k := tok + 1; k < toks.Len() && k <= tok+8; k++ {
		if toks.Kind(k) == arabic.Punct {
			return ""
		}
		if mi := st.mentionAt(k); mi >= 0 {
			m := &st.ms[mi]
			if m.Kind == entities.Country {
				return soleID(m)
			}
		}
	}
	return ""
}

// nameAt reads a name starting at tok, after optional honorifics: up to
// maxNameWords Arabic words that belong to no word class and no place
// mention, joined by spaces or hyphens.
func (st *checkState) nameAt(tok int) (first, last int, ok bool) {
	toks := st.toks
	for tok < toks.Len() && st.is(tok, st.c.k.honorific) {
		tok++
	}
	first, last = tok, -1
	for k := tok; k < toks.Len() && k-first < maxNameWords+2; k++ {
		kind := toks.Kind(k)
		if kind == arabic.Punct && st.word(k) == "-" && k > first && k+1 < toks.Len() &&
			toks.Kind(k+1) == arabic.Word && st.origStart(k) == st.origEnd(k-1) {
			continue
		}
		if kind != arabic.Word || !st.bitsOf(k).empty() {
			break
		}
		if mi := st.mentionAt(k); mi >= 0 && st.ms[mi].Kind != entities.Person {
			break
		}
		if k > first && st.sentAt(k) != st.sentAt(first) {
			break
		}
		last = k
		if st.nameWords(first, last) > maxNameWords {
			return 0, 0, false
		}
	}
	if last < first {
		return 0, 0, false
	}
	return first, last, true
}

// nameWords counts the Arabic words among the tokens [first, last].
func (st *checkState) nameWords(first, last int) int {
	n := 0
	for k := first; k <= last; k++ {
		if st.toks.Kind(k) == arabic.Word {
			n++
		}
	}
	return n
}

// addPerson records a name unless an occurrence already covers it.
func (st *checkState) addPerson(first, last int, country string, known *entities.Entity) {
	st.addPersonPre(first, last, 0, country, known)
}

// addPersonPre is addPerson of a name whose first token carries pre bytes
// of proclitics before it (personName.pre).
func (st *checkState) addPersonPre(first, last, pre int, country string, known *entities.Entity) {
	for k := first; k <= last; k++ {
		if pi := st.personAt(k); pi >= 0 {
			p := &st.persons[pi]
			if p.country == "" {
				p.country = country
			}
			if p.known == nil {
				p.known = known
			}
			return
		}
	}
	n := st.toks.Len()
	st.persons = growFor(st.persons, 1, first, n)
	// A name written as one of the last few was shares their words and
	// keys (they are never written to).
	if nm := st.recentName(first, last); pre == 0 && nm != nil {
		st.persons = append(st.persons, person{first: first, last: last, personName: nm, country: country, known: known, cluster: -1})
		for k := first; k <= last; k++ {
			st.setPerson(k, int32(len(st.persons)-1))
		}
		return
	}
	// The name's words and keys are carved from the check's pooled
	// storage (st.nameArena), each slice capped at its length. The arena
	// is a chunk that is never grown: the names carved from a full chunk
	// keep it, and a new one is started (growing it would leave each
	// earlier array alive under the names carved from it).
	if need := 3 * (last - first + 1); cap(st.nameArena)-len(st.nameArena) < need {
		st.nameArena = make([]string, 0, max(need, nameArenaChunk))
	}
	base := len(st.nameArena)
	for k := first; k <= last; k++ {
		if st.toks.Kind(k) == arabic.Word {
			w := st.word(k)
			if k == first {
				w = w[pre:]
			}
			st.nameArena = append(st.nameArena, w)
		}
	}
	var words []string
	if n := len(st.nameArena); n > base {
		words = st.nameArena[base:n:n]
	}
	var keys, given []string
	st.nameArena, keys, given, _ = appendPersonKeys(st.nameArena, words)
	nm := st.newPersonName(personName{words: words, given: given, keys: keys, pre: uint8(pre)})
	if len(words) > 0 && pre == 0 {
		st.names[st.namesNext%len(st.names)] = nm
		st.namesNext++
	}
	st.persons = append(st.persons, person{first: first, last: last, personName: nm, country: country, known: known, cluster: -1})
	for k := first; k <= last; k++ {
		st.setPerson(k, int32(len(st.persons)-1))
	}
}

// recentName returns one of the last names added (st.names) whose words
// are the words of tokens first..last, nil if none.
func (st *checkState) recentName(first, last int) *personName {
next:
	for i := range min(st.namesNext, len(st.names)) {
		nm := st.names[i]
		j := 0
		for k := first; k <= last; k++ {
			if st.toks.Kind(k) != arabic.Word {
				continue
			}
			if j == len(nm.words) || nm.words[j] != st.word(k) {
				continue next
			}
			j++
		}
		if j == len(nm.words) {
			return nm
		}
	}
	return nil
}

// nameArenaChunk is the number of strings in one chunk of st.nameArena.
const nameArenaChunk = 1024

// personKeys returns the wordKey of each word of a name and the keys of
// nameKeys, computing each word's key once.
func personKeys(words []string) (keys, given []string, surname string) {
	_, keys, given, surname = appendPersonKeys(nil, words)
	return keys, given, surname
}

// appendPersonKeys is personKeys with keys and given carved from arena,
// which it returns extended; the keys of a name share one string.
func appendPersonKeys(arena, words []string) (_, keys, given []string, surname string) {
	n := len(words)
	// Each word's wordKey, then the PhoneticKey of each given name with
	// the article (given names keep it), into one buffer: ends[i] is where
	// key i ends.
	var kbuf [256]byte
	var ebuf [16]int
	kb, ends := kbuf[:0], ebuf[:0]
	for _, w := range words {
		kb = arabic.AppendPhoneticKey(kb, withoutArticle(w)) // wordKey
		ends = append(ends, len(kb))
	}
	for _, w := range words[:max(n-1, 0)] {
		if strings.HasPrefix(w, "ال") {
			kb = arabic.AppendPhoneticKey(kb, w)
			ends = append(ends, len(kb))
		}
	}
	all := string(kb)
	key := func(i int) string {
		if i == 0 {
			return all[:ends[0]]
		}
		return all[ends[i-1]:ends[i]]
	}
	base := len(arena)
	for i := range words {
		arena = append(arena, key(i))
	}
	keys = arena[base : base+n : base+n]
	if n > 1 && len(ends) == n {
		// no given name with the article: their keys are the words' keys
		given = keys[: n-1 : n-1]
	} else if n > 1 {
		gbase, extra := len(arena), n
		for i, w := range words[:n-1] {
			if strings.HasPrefix(w, "ال") { // given names keep the article
				arena = append(arena, key(extra))
				extra++
			} else {
				arena = append(arena, keys[i])
			}
		}
		given = arena[gbase : gbase+n-1 : gbase+n-1]
	}
	if n > 0 {
		surname = keys[n-1]
	}
	return arena, keys, given, surname
}

// nameKeys returns the phonetic keys of a name's given names and surname; a
// leading article on the surname is ignored (الصفدي / صفدي).
func nameKeys(words []string) (given []string, surname string) {
	if len(words) == 0 {
		return nil, ""
	}
	for _, w := range words[:len(words)-1] {
		given = append(given, arabic.PhoneticKey(w))
	}
	return given, wordKey(words[len(words)-1])
}
