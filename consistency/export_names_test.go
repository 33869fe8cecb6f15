package consistency

import (
	"fmt"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// PersonOcc is one occurrence of a person the checker read: its bytes in
// the checked text (proclitics left out), its normalised words, its
// cluster, the known person's ID ("" for a name the gazetteer does not
// know) and the state its context names.
type PersonOcc struct {
	Start, End int
	Words      []string
	Cluster    int
	Known      string
	Country    string
}

// PersonTrace checks src as Check does and returns its report, every
// person occurrence, and a function that says why occurrences i and j
// (indices into the occurrences) are not one cluster: "" when they are,
// "names differ" when compatible refuses them, "contexts differ" when
// their names agree but their states do not (and fullNameAcross does not
// join them), "one of several" when they agree and the occurrence joined
// no cluster or another one.
func PersonTrace(c *Checker, src []byte) (*Report, []PersonOcc, func(i, j int) string) {
	rep, occ, why, _ := PersonTraceFacts(c, src)
	return rep, occ, why
}

// PersonTraceFacts is PersonTrace with a function that describes, in
// classes only, the token at bytes [start, end) of src: whether it is a
// plain word or in a mention, carries proclitics, stands where a name does
// (nameSlot, titledAt), is a name token or a given name of the lexicon,
// follows a speech or name verb, opens a sentence.
func PersonTraceFacts(c *Checker, src []byte) (*Report, []PersonOcc, func(i, j int) string, func(start, end int) string) {
	st := c.newState(src)
	st.prepare()
	st.analyse()
	rep := st.report()
	occ := make([]PersonOcc, len(st.persons))
	for i := range st.persons {
		p := &st.persons[i]
		sp := st.personSpan(p)
		occ[i] = PersonOcc{Start: sp.Start, End: sp.End, Words: append([]string(nil), p.words...), Cluster: p.cluster, Country: p.country}
		if p.known != nil {
			occ[i].Known = p.known.ID
		}
	}
	why := func(i, j int) string {
		p, q := &st.persons[i], &st.persons[j]
		if p.cluster == q.cluster {
			return ""
		}
		if p.known != nil && q.known != nil && st.c.people.SamePerson(p.known, q.known) {
			return "one known person, apart"
		}
		a, b := p, q
		if len(b.words) > len(a.words) {
			a, b = b, a
		}
		if !compatible(b, a) && !compatible(a, b) {
			return "names differ: " + whyIncompatible(a, b)
		}
		if p.country != "" && q.country != "" && p.country != q.country {
			if !st.fullNameAcross(b, a, &cluster{known: a.known}) {
				return "contexts differ"
			}
		}
		return "one of several"
	}
	facts := func(start, end int) string {
		for k := 0; k < st.toks.Len(); k++ {
			if st.origEnd(k) <= start || st.origStart(k) >= end {
				continue
			}
			var fs []string
			if !st.plain.has(k) {
				fs = append(fs, "not plain")
			}
			if st.mentionAt(k) >= 0 {
				fs = append(fs, "in a mention")
			}
			w := st.word(k)
			if st.origStart(k) < start {
				fs = append(fs, "proclitic")
			}
			if st.nameSlot(k) || st.titledAt(k) {
				fs = append(fs, "name slot")
			}
			if st.c.given.IsNameToken(w) {
				fs = append(fs, "name token")
			}
			if _, ok := st.c.given.LookupNormalized(w); ok {
				fs = append(fs, "given name")
			}
			if k > 0 && st.is(k-1, st.c.k.speech.or(st.c.k.nameVerb)) {
				fs = append(fs, "after a verb")
			}
			if st.sentStart.has(k) {
				fs = append(fs, "sentence start")
			}
			if len(fs) == 0 {
				return "free"
			}
			return strings.Join(fs, ", ")
		}
		return "no token"
	}
	return rep, occ, why, facts
}

// PairFacts describes, in classes only, occurrence i (a person read) and
// the one-word token at bytes [start, end) that writes its name another
// way: how vowelRespeltSurnames would weigh the read person's surname.
func PairFacts(c *Checker, src []byte, i, start, end int) string {
	st := c.newState(src)
	st.prepare()
	st.analyse()
	p := &st.persons[i]
	var fs []string
	s := p.words[len(p.words)-1]
	if p.known != nil {
		fs = append(fs, "known")
		// vowelRespeltSurnames compares a known person's gazetteer
		// surnames: the text's may be written otherwise
		as := "gazetteer surname otherwise"
		for _, g := range p.known.Surname {
			if withoutArticle(st.c.normWord(g)) == withoutArticle(s) {
				as = "gazetteer surname as written"
			}
		}
		fs = append(fs, as)
	}
	fs = append(fs, fmt.Sprintf("%d words", min(len(p.words), 3)))
	if info, ok := st.c.given.LookupNormalized(p.words[0]); ok && info.Arabic || p.words[0] == "عبد" || p.words[0] == "ابو" {
		fs = append(fs, "arabic given")
	}
	if info, ok := st.c.given.LookupNormalized(s); ok {
		fs = append(fs, fmt.Sprintf("surname a given name (arabic %v common %v)", info.Arabic, info.CommonWord))
	}
	if st.titledAt(p.first) {
		fs = append(fs, "titled")
	}
	if st.c.given.IsNameToken(p.words[0]) {
		fs = append(fs, "first a token")
	}
	if st.c.given.IsNameToken(s) {
		fs = append(fs, "surname a token")
	}
	for k := 0; k < st.toks.Len(); k++ {
		if st.origEnd(k) <= start || st.origStart(k) >= end {
			continue
		}
		w := st.word(k)
		bare := withoutArticle(w)
		if st.personAt(k) >= 0 {
			fs = append(fs, "word in a person")
		}
		if hasArticle(w) != hasArticle(s) {
			fs = append(fs, "article differs")
		}
		switch {
		case longVowelApart(bare, withoutArticle(s)):
			fs = append(fs, "long vowel apart")
		case sameNameWord(bare, withoutArticle(s)):
			fs = append(fs, "same name word")
		default:
			fs = append(fs, "no key relation")
		}
		fs = append(fs, fmt.Sprintf("%d/%d letters", min(utf8x.Count(bare), 6), min(utf8x.Count(withoutArticle(s)), 6)))
		// the ends vowelRespeltSurnames compares first
		fb, _ := utf8x.First(bare)
		fsn, _ := utf8x.First(withoutArticle(s))
		lb, _ := utf8x.Last(bare)
		lsn, _ := utf8x.Last(withoutArticle(s))
		switch {
		case fb == fsn && lb == lsn:
			fs = append(fs, "ends kept")
		case fb == fsn:
			fs = append(fs, "first kept")
		case lb == lsn:
			fs = append(fs, "last kept")
		default:
			fs = append(fs, "ends changed")
		}
		if arabic.NameKey(bare) == arabic.NameKey(withoutArticle(s)) {
			fs = append(fs, "one key")
		}
		break
	}
	return strings.Join(fs, ", ")
}

// whyIncompatible names, in classes only, the first test of compatible
// that refuses two occurrences (a the longer): the surnames (keys apart,
// two Arabic names, a swap real spellings never show, a final vowel, a
// noun with and without the article) or a given name of the shorter that
// the longer lacks.
func whyIncompatible(a, b *person) string {
	x, y := a.words[len(a.words)-1], b.words[len(b.words)-1]
	words := fmt.Sprintf(" (%d/%d words)", min(len(a.words), 3), min(len(b.words), 3))
	if a.surname() != b.surname() && !sameSurnameWord(a, b) && !joinedSurname(a, b) {
		switch {
		case lastTwoJoined(a.words) == y || lastTwoJoined(b.words) == x:
			return "surname joined or apart" + words
		case strings.HasSuffix(x, y) || strings.HasSuffix(y, x):
			return "surname first letters dropped" + words
		case withoutArticle(x) == withoutArticle(y):
			return "surname article" + words
		case arabicNames(x, y):
			return "surname two Arabic names" + words
		case unknownPeople(a, b) && swappedApart(x, y):
			return "surname swap never one name" + words
		}
		return "surname keys apart" + words
	}
	if x != y && len(a.words) == 1 && len(b.words) == 1 && unknownPeople(a, b) && withoutArticle(x) == withoutArticle(y) && !nameTokens(x, y) {
		return "one word, article, no token"
	}
	if x != y && arabicNames(x, y) {
		return "surname two Arabic names" + words
	}
	if x != y && shortEndingApart(x, y) {
		return "surname short ending"
	}
	if x != y && unknownPeople(a, b) && swappedApart(x, y) {
		return "surname swap never one name" + words
	}
	// the given name of the shorter the longer lacks: joined from two of
	// its words (the second with the article or not), or otherwise
	var bufA, bufB [6]string
	ga, gb := appendGivenWords(bufA[:0], b.words), appendGivenWords(bufB[:0], a.words)
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	cat := strings.Join(gb, "")
	for _, g := range ga {
		if containsStr(gb, g) {
			continue
		}
		switch {
		case strings.Contains(cat, g) && strings.Contains(g, "ال"):
			return "given joined, an article inside" + words
		case strings.Contains(cat, g):
			return "given joined" + words
		case strings.Contains(strings.Join(ga, ""), strings.Join(gb, "")):
			return "given apart in the shorter" + words
		}
		for _, h := range gb {
			if sameNameWord(g, h) {
				return "given same name word, refused" + words
			}
		}
	}
	return "given names differ" + words
}

// lastTwoJoined is the last two words of a name written as one, "" for a
// name of one word.
func lastTwoJoined(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	return ws[len(ws)-2] + ws[len(ws)-1]
}
