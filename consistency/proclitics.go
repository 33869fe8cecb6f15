package consistency

// A person's surname written alone after proclitics (لموراشكو، وبيرموف،
// بلافروف), a surname's particle joined or apart (أبو شهاب، أبوشهاب) and a
// foreign name's initial alef written or not (إسبينوزا، سبينوزا): the
// spellings of one person that the name keys alone do not join.

import (
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// personSpan is the span of occurrence p in the original bytes, the
// proclitics of its first token (personName.pre) left out.
func (st *checkState) personSpan(p *person) Span {
	return st.nameSpan(p.first, p.last, int(p.pre))
}

// nameSpan is spanOf(first, last) without the first pre bytes (in the
// normalised text) of token first.
func (st *checkState) nameSpan(first, last, pre int) Span {
	if pre == 0 {
		return st.spanOf(first, last)
	}
	s, _ := st.t.OrigSpan(int(st.starts[first])+pre, int(st.starts[first])+pre)
	e := st.origEnd(last)
	return Span{Start: s, End: e, Text: string(st.src[s:e])}
}

// nameWordAt is the normalised word of token tok of occurrence p: its
// first token without the proclitics before the name.
func (st *checkState) nameWordAt(p *person, tok int) string {
	if tok == p.first {
		return st.word(tok)[int(p.pre):]
	}
	return st.word(tok)
}

// alefApart says whether the normalised name words a and b are one foreign
// name with and without an initial alef before a consonant cluster
// (إسبينوزا، سبينوزا; إستيفان، ستيفان; إغناتييف، غناتييف): one is ا and the
// other, which has four letters or more and starts with two letters that
// are no long vowels. A word that starts with the article (الزعابي is no
// ا + لزعابي) is no such pair.
func alefApart(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	rest, ok := strings.CutPrefix(a, "ا")
	if !ok || rest != b || strings.HasPrefix(a, arabic.Article) || utf8x.Count(b) < 4 {
		return false
	}
	r1, n := utf8x.First(b)
	r2, _ := utf8x.First(b[n:])
	return !isLongVowelLetter(r1) && !isLongVowelLetter(r2)
}

// isLongVowelLetter says whether r is ا و ي or ى.
func isLongVowelLetter(r rune) bool {
	switch r {
	case 'ا', 'و', 'ي', 'ى':
		return true
	}
	return false
}

// surnameParticles are the words a surname may be written apart from or
// joined to (أبو شهاب، أبوشهاب; بن كيران، بنكيران; دي ميستورا، ديميستورا).
var surnameParticles = newWordList(
	"ابو", "بو", "بن", "ابن",
	"دي", "دو", "دا", "فان", "فون",
)

// joinedParticles are the particles read at the start of a surname
// written joined (ديميستورا، أبوشهاب; normalised): surnameParticles but بو
// and ابن. No one of them is the start of another, so their order is free.
var joinedParticles = [...]string{"دي", "دو", "دا", "فان", "فون", "ابو", "بن"}

// joinedSurname says whether one occurrence writes as one word the
// surname the other writes as a particle and a word (رامي أبو شهاب, أبوشهاب):
// the last word of b is the last two words of a joined, or the other way
// round. عبد is no such particle: عبد العزيز is a given name (the
// father's in عبدالله بن عبدالعزيز), which NameKey already joins.
func joinedSurname(a, b *person) bool {
	return joinedLast(a.words, b.words) || joinedLast(b.words, a.words)
}

// joinedLast says whether the last word of b is the last two words of a
// joined: the first a surname particle (أبوشهاب), or any word but عبد
// and the article when the joined word is long (minJoinedLetters) and each
// part two letters or more: a double surname written as one word
// (جايشانكار، جاي شانكار), which no two people's names match by chance.
func joinedLast(a, b []string) bool {
	n, m := len(a), len(b)
	if n < 2 || m == 0 {
		return false
	}
	x, g, s := b[m-1], a[n-2], a[n-1]
	if len(x) != len(g)+len(s) || !strings.HasPrefix(x, g) || x[len(g):] != s {
		return false
	}
	if surnameParticles.has(g) {
		return true
	}
	return g != "عبد" && g != arabic.Article && !hasArticle(s) && utf8x.Count(x) >= minJoinedLetters &&
		utf8x.Count(g) >= 2 && utf8x.Count(s) >= 2
}

// minJoinedLetters is the length of a word written for two words of a
// name, no particle among them, from which joinedLast reads it as them.
const minJoinedLetters = 7

// respeltStem says whether stem, a word read after proclitics, is the
// surname s written another way where no slot says a name stands: long
// vowels added or dropped inside it, four letters or more left
// (LongVowelApart); the article dropped (الشلغومي، شلغومي); the initial
// alef (alefApart); or, for a surname that is trusted (sure) and is no
// Arabic person's, a letter of a transliteration class swapped
// (sameNameWord), five letters or more both ways and no final ي added or
// dropped, when swap says so (one spelling is known as a name: common words
// share the keys of names, مسؤول and ممثل).
func respeltStem(stem, s string, swap bool) bool {
	if stem == s {
		return false
	}
	if hasArticle(s) && !hasArticle(stem) && withoutArticle(s) == stem {
		return true
	}
	if hasArticle(s) != hasArticle(stem) {
		return false
	}
	bs, bw := withoutArticle(s), withoutArticle(stem)
	if n, ok := arabic.LongVowelApart(bw, bs); ok && n >= 4 {
		return !arabicNames(bw, bs)
	}
	if alefApart(bw, bs) {
		return true
	}
	return swap && utf8x.Count(bw) >= 5 && utf8x.Count(bs) >= 5 &&
		!yaAdded(bw, bs) && !yaAdded(bs, bw) && sameNameWord(bw, bs)
}

// procliticSurnames finds the surname of a person the text names (a full
// name, or a known person), written alone after proclitics (و ب ل ك ف and
// their sequences, the article aside: لموراشكو، وللافروف), as written or
// written another way (respeltStem): the occurrence is the word without
// its proclitics. A word the lexicon knows as a given name as it stands
// (فادي is no ف + ادي) is none; a name read after a title that runs into
// such a word (الوزير الكويتي الدعوة لشلغومي) becomes that word. At most
// maxVowelSurnames surnames are compared, so that the pass stays linear.
func (st *checkState) procliticSurnames() {
	var buf [maxVowelSurnames]procliticSurname
	ss := buf[:0]
	add := func(sn procliticSurname) {
		if len(ss) >= maxVowelSurnames || utf8x.Count(withoutArticle(sn.word)) < 4 {
			return
		}
		for _, o := range ss {
			if o.word == sn.word && o.known == sn.known {
				return
			}
		}
		sn.bare = withoutArticle(sn.word)
		sn.first, _ = utf8x.First(sn.bare)
		sn.last, _ = utf8x.Last(sn.bare)
		sn.consonants = consonantCount(sn.bare)
		sn.initial = initialClass(sn.bare)
		ss = append(ss, sn)
	}
	for pi := range st.persons {
		p := &st.persons[pi]
		n := len(p.words)
		if n == 0 {
			continue
		}
		if k := p.known; k != nil {
			for _, s := range k.Surname {
				if s = st.c.normWord(s); !strings.Contains(s, " ") {
					add(procliticSurname{word: s, sure: true, arabicG: st.arabicNamed(k), known: k, country: k.Country})
				}
			}
			continue
		}
		if n < 2 || nameParticle(p.words[n-2]) || p.words[n-2] == "ال" {
			continue
		}
		s := p.words[n-1]
		if _, named := st.c.given.LookupNormalized(s); named {
			continue
		}
		info, ok := st.c.given.LookupNormalized(p.words[0])
		add(procliticSurname{word: s, sure: st.titledAt(p.first) || st.c.given.IsNameToken(s),
			arabicG: ok && info.Arabic || p.words[0] == "عبد" || p.words[0] == "ابو", country: p.country})
	}
	if len(ss) == 0 {
		return
	}
	toks := st.toks
	for k := range toks.Len() {
		// only a plain word or a person's word is read (below): the
		// two bit tests turn the others away before the word is
		if !st.plain.has(k) && !st.inPerson.has(k) || toks.Kind(k) != arabic.Word {
			continue
		}
		w := st.word(k)
		ends, nPre := procliticEnds(w)
		if nPre == 0 {
			continue // (the cheap test first: most words have none)
		}
		pi := int(st.personAt(k))
		switch {
		case pi < 0 && st.plain.has(k):
		case pi >= 0 && st.persons[pi].known == nil && st.persons[pi].last == k && st.persons[pi].pre == 0:
			// a name read after a title into this word, or on past it
		default:
			continue
		}
		for _, end := range ends[:nPre] {
			stem := w[end:]
			if utf8x.Count(stem) < 4 {
				continue
			}
			if strings.HasSuffix(w[:end], "ل") && strings.HasPrefix(stem, "ل") {
				continue // لل is ل + the article as often as ل + a word in ل
			}
			found := -1
			consonants := consonantCount(stem)
			first, _ := utf8x.First(stem)
			last, _ := utf8x.Last(stem)
			for i := range ss {
				s := &ss[i]
				swap := func() bool {
					return s.sure && !s.arabicG && (st.c.given.IsNameToken(stem) || st.c.given.IsNameToken(s.word))
				}
				if stem == s.word || s.mayBe(stem, first, last, consonants, swap) && respeltStem(stem, s.word, swap()) {
					found = i
					break
				}
			}
			if found < 0 {
				continue
			}
			if _, named := st.c.given.LookupNormalized(w); named {
				break // a given name as it stands (فادي is no ف + ادي)
			}
			s := ss[found]
			if pi >= 0 {
				if s.known == nil && st.persons[pi].words[len(st.persons[pi].words)-1] == s.word {
					break // the name itself, not a word after its title
				}
				st.shortenTo(pi, k, end)
				if q := &st.persons[pi]; q.known == nil {
					q.known, q.country = s.known, s.country
				}
				break
			}
			st.addPersonPre(k, k, end, s.country, s.known)
			break
		}
	}
}

// procliticEnds returns where each reading of the normalised word w as
// proclitics + a word ends the proclitics, shortest first: a conjunction
// (و ف), a preposition (ب ل ك), or the two, the article aside (it stays in
// the word). n is 0 for a word that starts with none.
func procliticEnds(w string) (ends [2]int, n int) {
	at := 0
	if strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف") {
		at = len("و")
		ends[n] = at
		n++
	}
	r, size := utf8x.First(w[at:])
	if r == 'ب' || r == 'ل' || r == 'ك' {
		ends[n] = at + size
		n++
	}
	return ends, n
}

// procliticSurname is a surname procliticSurnames compares words with.
type procliticSurname struct {
	word          string // normalised
	sure, arabicG bool   // a trusted name; the person's given name is Arabic
	known         *entities.Entity
	country       string
	// the word without the article, its first and last letters and the
	// classes of its NameKey: what a respelling keeps (mayBe)
	bare        string
	first, last rune
	consonants  int
	initial     byte // initialClass
}

// mayBe says whether stem, with first and last letters first and last
// and consonants letters that are no long vowels, can be s respelt as respeltStem reads it, by tests that key
// nothing for most words: the article dropped, the first and last letters
// and the other letters' number kept (long vowels), the initial alef, or,
// where swap
// allows a letter of a class swapped, a word of five letters or more with
// as many letters that are no long vowels, give or take a final one, and
// its first letter of the same class.
func (s *procliticSurname) mayBe(stem string, first, last rune, consonants int, swap func() bool) bool {
	if stem == s.bare {
		return true
	}
	if first == s.first && last == s.last && consonants == s.consonants {
		return true // long vowels keep the other letters
	}
	if len(stem)+len("ا") == len(s.bare) && strings.HasSuffix(s.bare, stem) ||
		len(stem) == len(s.bare)+len("ا") && strings.HasSuffix(stem, s.bare) {
		return true // the initial alef
	}
	if abs(consonants-s.consonants) > 1 || initialClass(stem) != s.initial && !foreignLetterApart(stem, s.bare) || utf8x.Count(stem) < 5 {
		return false
	}
	return swap()
}

// initialClass is the class of a word's first letter in which the letters
// a transliteration writes for one sound are one (arabic.PhoneticInitial,
// with ش and the س and ج classes merged as arabic.NameSkeleton merges
// them): a name written another way keeps it.
func initialClass(w string) byte {
	switch c := arabic.PhoneticInitial(w); c {
	case 'S', 'C', 'G':
		return 'S'
	default:
		return c
	}
}

// consonantCount is the number of letters of w that are no long vowels.
func consonantCount(w string) int {
	n := 0
	for _, r := range w {
		if !isLongVowelLetter(r) {
			n++
		}
	}
	return n
}

// abs is |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// shortenTo makes occurrence pi the name in its last token alone, read
// after pre bytes of proclitics: a name read on past a title into a
// surname with proclitics (الوزير الكويتي الدعوة لشلغومي).
func (st *checkState) shortenTo(pi, tok, pre int) {
	p := &st.persons[pi]
	for k := p.first; k < tok; k++ {
		st.setPerson(k, -1)
	}
	p.first = tok
	words := []string{st.word(tok)[pre:]}
	keys, given, _ := personKeys(words)
	p.personName = st.newPersonName(personName{words: words, keys: keys, given: given, pre: uint8(pre)})
}

// knownPrefix is the length of the proclitics before a known person's
// mention m (وسيرغي لافروف، للافروف) in its first token (mention.pre), 0
// when a ل before the article merged with it (للصفدي: ل + الصفدي, whose
// name is no part of the word).
func (st *checkState) knownPrefix(m *mention, e *entities.Entity) int {
	pre := int(m.pre)
	w := st.word(m.FirstTok())
	if pre == 0 || pre >= len(w) {
		return 0
	}
	if stem := w[pre:]; strings.HasSuffix(w[:pre], "ل") && strings.HasPrefix(stem, "ل") && e != nil {
		for _, s := range e.Surname {
			if st.c.normWord(s) == stem {
				return pre // ل + لافروف
			}
		}
		return 0
	}
	return pre
}
