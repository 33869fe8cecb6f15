package consistency

// The clusters stage: occurrences of people grouped into clusters, one per
// person, by their name keys and contexts (persons.go finds the
// occurrences).

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// compatible says whether two occurrences can name the same person: their
// surnames are one name (the same key, or written two ways as
// transliterations differ: arabic.SameName), and the given names of the
// shorter are all among the longer's, the same way; a given name joined or
// apart (عبدالرحمن، عبد الرحمن) is one.
func compatible(a, b *person) bool {
	if a.surname() == "" || len(a.words) == 0 || len(b.words) == 0 {
		return false
	}
	if segmentsAgree(a.personName, b.personName) {
		return true // a compound joined in one, apart in the other
	}
	if a.surname() != b.surname() && !sameSurnameWord(a, b) && !joinedSurname(a, b) {
		return false
	}
	if x, y := a.words[len(a.words)-1], b.words[len(b.words)-1]; x != y && len(a.words) == 1 && len(b.words) == 1 &&
		unknownPeople(a, b) && withoutArticle(x) == withoutArticle(y) && !nameTokens(x, y) {
		// one word with and without the article, no full name and
		// neither spelling known as a name: a noun read twice as a
		// speaker (وقالت المصادر … وأكدت مصادر); a family name's
		// article is dropped as often (وقال البرادعي … وأضاف برادعي)
		return false
	}
	if x, y := a.words[len(a.words)-1], b.words[len(b.words)-1]; x != y && (arabicNames(x, y) || shortEndingApart(x, y) || unknownPeople(a, b) && swappedApart(x, y)) {
		// سالم and سليم: one key, two Arabic names, each written one
		// way; هوي and هوا: short names the final vowel tells apart
		return false
	}
	var bufA, bufB [6]string
	ga, gb := appendGivenWords(bufA[:0], a.words), appendGivenWords(bufB[:0], b.words)
	if len(ga) > len(gb) {
		ga, gb = gb, ga
	}
	for _, g := range ga {
		found := false
		for _, h := range gb {
			if g == h || !arabicNames(g, h) && !otherEnding(g, h) && !(unknownPeople(a, b) && (swappedApart(g, h) || oneArabicGiven(g, h))) && (samePhoneticKey(g, h) ||
				hasArticle(g) == hasArticle(h) && sameNameWord(g, h)) {
				found = true
				break
			}
		}
		if !found && !joinedGiven(g, ga, gb) {
			return false
		}
	}
	return true
}

// oneArabicGiven says whether two given names of as many letters, one an
// Arabic given name of the lexicon, differ: an Arabic name is written one
// way, so the other is another name, one the lexicon may lack (سامر and
// ثامر, two brothers), while a foreign name's transliterations vary
// letter for letter (لوثيا، لوسيا). Read for people the gazetteer does
// not know.
func oneArabicGiven(a, b string) bool {
	if a == b || utf8x.Count(a) != utf8x.Count(b) {
		return false
	}
	names := entities.DefaultGivenNames()
	ia, oka := names.Lookup(a)
	ib, okb := names.Lookup(b)
	return oka && ia.Arabic || okb && ib.Arabic
}

// joinedGiven says whether the given name g of one occurrence (among its
// given words ga) is two consecutive given words of the other's (gb)
// written as one, or one of the other's words is g and the word after it
// in ga joined (محمدعلي، محمد علي; جانبيير، جان بيير): each part two
// letters or more, the joined word minJoinedLetters long or more. عبد and
// أبو are joined to the next word already (appendGivenWords).
func joinedGiven(g string, ga, gb []string) bool {
	joined := func(x string, ws []string) bool {
		if utf8x.Count(x) < minJoinedLetters {
			return false
		}
		for j := 0; j+1 < len(ws); j++ {
			p, q := ws[j], ws[j+1]
			if len(x) == len(p)+len(q) && strings.HasPrefix(x, p) && x[len(p):] == q &&
				utf8x.Count(p) >= 2 && utf8x.Count(q) >= 2 {
				return true
			}
		}
		return false
	}
	if joined(g, gb) {
		return true
	}
	for _, h := range gb {
		if i := slices.Index(ga, g); i >= 0 && joined(h, ga[i:]) {
			return true
		}
	}
	return false
}

// nameTokens says whether a or b is known as a part of people's names
// (entities.GivenNames.IsNameToken).
func nameTokens(a, b string) bool {
	names := entities.DefaultGivenNames()
	return names.IsNameToken(a) || names.IsNameToken(b)
}

// unknownPeople says whether neither occurrence is a known person's: the
// names of people the gazetteer does not know are told apart by the
// letters real spellings never swap for one name (swappedApart); a known
// person's spelling is the gazetteer's, and one written otherwise is
// compared with it as before.
func unknownPeople(a, b *person) bool { return a.known == nil && b.known == nil }

// otherEnding says whether two given names of the lexicon end one in ا or
// و and the other in another letter: two names, not one written two ways
// (ماريو، ماريا; باولو، باولا; دانيال، دانيالا), where the keys, which drop
// final vowels, agree. Other final letters vary in one name's spellings
// (خوسيه، خوسي), and words no list knows as given names (a double
// surname's first part) are left to the keys.
func otherEnding(a, b string) bool {
	la, _ := utf8x.Last(a)
	lb, _ := utf8x.Last(b)
	if la == lb || la != 'ا' && la != 'و' && lb != 'ا' && lb != 'و' {
		return false
	}
	names := entities.DefaultGivenNames()
	_, oka := names.LookupNormalized(a)
	_, okb := names.LookupNormalized(b)
	return oka && okb
}

// samePhoneticKey says whether arabic.PhoneticKey(a) == arabic.PhoneticKey(b),
// without making the keys strings.
func samePhoneticKey(a, b string) bool {
	var ka, kb [64]byte
	return bytes.Equal(arabic.AppendPhoneticKey(ka[:0], a), arabic.AppendPhoneticKey(kb[:0], b))
}

// hasArticle says whether a normalised word starts with the article.
func hasArticle(w string) bool { return strings.HasPrefix(w, arabic.Article) }

// yaAdded says whether b is a followed by ي (a+"ي" == b, without building
// the string).
func yaAdded(a, b string) bool {
	return len(b) == len(a)+len("ي") && strings.HasSuffix(b, "ي") && strings.HasPrefix(b, a)
}

// appendGivenWords appends to out the words before a name's surname with
// عبد and أبو joined to the word after them (عبد الرحمن → عبدالرحمن).
func appendGivenWords(out, words []string) []string {
	if len(words) < 2 {
		return out
	}
	ws := words[:len(words)-1]
	for i := 0; i < len(ws); i++ {
		if (ws[i] == "عبد" || ws[i] == "ابو") && i+1 < len(ws) {
			out = append(out, ws[i]+ws[i+1])
			i++
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// sameSurnameWord is sameNameWord of the last words of two occurrences,
// each keyed once (person.lastNameKey).
func sameSurnameWord(a, b *person) bool {
	x, y := a.words[len(a.words)-1], b.words[len(b.words)-1]
	if x == y {
		return true
	}
	return (arabic.SameNameKey(a.lastNameKey(), b.lastNameKey()) || longVowelApart(x, y) || alefApart(x, y) || foreignLetterApart(x, y)) && !arabicNames(x, y) && !(unknownPeople(a, b) && swappedApart(x, y))
}

// longVowelApart says whether two name words are one name with long vowels
// added or dropped inside (arabic.LongVowelApart), three letters or more
// left without them. It joins what the keys miss when a long vowel stands
// between two letters of one class (كجوك, كيجوك: the key counts the two
// letters once without the vowel, twice with it).
func longVowelApart(x, y string) bool {
	// the skeleton keeps the first and last letters: most pairs differ
	// there, and are refused before keying (the words are normalised)
	fx, _ := utf8x.First(x)
	fy, _ := utf8x.First(y)
	lx, _ := utf8x.Last(x)
	ly, _ := utf8x.Last(y)
	if fx != fy || lx != ly {
		return false
	}
	n, ok := arabic.LongVowelApart(x, y)
	return ok && n >= 3
}

// lastNameKey is the arabic.NameKey of the name's last word, computed on
// first use (a name's words never change: a shortened name is a new
// personName).
func (p *personName) lastNameKey() string {
	if !p.lastKeyDone {
		p.lastKey, p.lastKeyDone = arabic.NameKey(p.words[len(p.words)-1]), true
	}
	return p.lastKey
}

// sameNameWord says whether two name words can be one name written two
// ways (arabic.SameName, or a letter of a foreign sound written two ways
// that the keys keep apart: foreignLetterApart), except two Arabic given
// names, which are written one way (محمد and محمود are two names).
func sameNameWord(a, b string) bool {
	if a == b {
		return true
	}
	return (arabic.SameName(a, b) || foreignLetterApart(a, b)) && !arabicNames(a, b)
}

// sameNameWordKeyed is sameNameWord with the arabic.NameKey of each word
// given (arabic.AppendNameKey), for a caller that compares one word with
// many and keys each once.
func sameNameWordKeyed(a string, ka []byte, b string, kb []byte) bool {
	if a == b {
		return true
	}
	return (arabic.SameNameKeyBytes(ka, kb) || foreignLetterApart(a, b)) && !arabicNames(a, b)
}

// arabicNames says whether a and b are both Arabic given names of the
// lexicon: names written one way, so that two spellings are two names.
func arabicNames(a, b string) bool {
	names := entities.DefaultGivenNames()
	ia, oka := names.Lookup(a)
	ib, okb := names.Lookup(b)
	return oka && okb && ia.Arabic && ib.Arabic
}

// clusterPersons groups occurrences, longest first; an occurrence that could
// belong to two different people joins neither. Occurrences of one known
// person always join (the gazetteer says who they are).
func (st *checkState) clusterPersons() {
	order := resize(st.clusterOrder, len(st.persons))
	st.clusterOrder = order
	for i := range order {
		order[i] = i
	}
	// longest names first, then text order
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &st.persons[i], &st.persons[j]
		if len(a.words) != len(b.words) {
			return cmp.Compare(len(b.words), len(a.words))
		}
		return cmp.Compare(a.first, b.first)
	})
	// The clusters come from the check's pooled storage (newCluster),
	// each cluster's members reusing their earlier array.
	st.clusterN = 0
	st.clusters = st.clusters[:0]
	// Once clusters are many, a name is compared only with those it can
	// join (clusterIndex), so that a text of many names is not compared
	// name by cluster.
	var ix *clusterIndex
	for _, pi := range order {
		p := &st.persons[pi]
		if ix == nil && len(st.clusters) >= indexClusters && !st.linearClusters {
			ix = st.newClusterIndex()
		}
		var cands candidates
		if ix != nil {
			ix.find(st, p, &cands)
		} else {
			for ci, cl := range st.clusters {
				if st.joins(p, cl) && !cands.add(ci) {
					break
				}
			}
		}
		match := st.pick(p, &cands)
		if match == -2 {
			continue
		}
		if match < 0 {
			c := st.newCluster()
			*c = cluster{rep: pi, members: c.members[:0]}
			st.clusters = append(st.clusters, c)
			match = len(st.clusters) - 1
			if ix != nil {
				ix.add(st, match)
			}
		}
		cl := st.clusters[match]
		cl.members = append(cl.members, pi)
		p.cluster = match
		if cl.known == nil && p.known != nil {
			cl.known = p.known
			if ix != nil {
				ix.known = append(ix.known, match)
			}
		}
		if cl.country == "" && p.country != "" {
			cl.country = p.country
		}
	}
	for _, cl := range st.clusters {
		slices.Sort(cl.members)
		if cl.known == nil {
			cl.known = st.knownBySurname(cl)
		}
		if cl.country == "" && cl.known != nil {
			cl.country = cl.known.Country
		}
		for _, pi := range cl.members {
			if st.persons[pi].country == "" {
				st.persons[pi].country = cl.country
			}
		}
	}
}

// joins says whether occurrence p can join cluster cl: one known person,
// however each occurrence writes the name (وانغ يي and وانق alone: the
// surname is the gazetteer's, not the last word), else names that can be
// one, in contexts that name one state or none, or full names under two
// states' titles (fullNameAcross).
func (st *checkState) joins(p *person, cl *cluster) bool {
	if p.known != nil && cl.known != nil && st.c.people.SamePerson(p.known, cl.known) {
		return true
	}
	rep := &st.persons[cl.rep]
	return compatible(p, rep) && (st.sameContext(p, cl) || st.fullNameAcross(p, rep, cl))
}

// fullNameAcross says whether p and the cluster's representative, names
// that can be one (compatible) in contexts that name two states, are one
// person all the same, a title giving one of them the wrong state (وزير
// الخارجية الأردني أيمن الصفدي … وزير الخارجية الإماراتي أيمن الصيفدي): both
// are full names (a given name and a surname of four letters or more,
// article aside), and either one of them is a known official and the other
// no other known person, or neither is known and their given names are
// not Arabic ones (two men called محمد علي may serve two states; a
// foreign full name twice in one release is one person).
func (st *checkState) fullNameAcross(p, rep *person, cl *cluster) bool {
	if len(p.words) < 2 || len(rep.words) < 2 {
		return false
	}
	for _, q := range [2]*person{p, rep} {
		g := q.words[len(q.words)-2]
		if utf8x.Count(withoutArticle(q.words[len(q.words)-1])) < 4 || nameParticle(g) || g == "ال" || g == "آل" {
			return false
		}
	}
	switch {
	case p.known != nil && cl.known != nil:
		return false // two known people (SamePerson said no)
	case p.known != nil || cl.known != nil:
		return true
	}
	for _, q := range [2]*person{p, rep} {
		if q.words[0] == "عبد" || q.words[0] == "ابو" {
			return false
		}
		if info, ok := st.c.given.LookupNormalized(q.words[0]); ok && info.Arabic {
			return false
		}
	}
	return true
}

// indexClusters is the number of clusters from which clusterPersons looks
// a name's clusters up in a clusterIndex.
const indexClusters = 64

// clusterIndex finds the clusters an occurrence can join (joins): by the
// surname key and by the classes of the last word's NameKey of each
// cluster's representative (compatible names share one or the other:
// SameNameKey accepts only keys of the same arabic.NameKeyClasses), and
// the clusters of a known person.
type clusterIndex struct {
	bySurname map[string][]int
	bySkel    map[string][]int
	known     []int
}

// newClusterIndex indexes st.clusters.
func (st *checkState) newClusterIndex() *clusterIndex {
	ix := &clusterIndex{bySurname: map[string][]int{}, bySkel: map[string][]int{}}
	for ci, cl := range st.clusters {
		ix.add(st, ci)
		if cl.known != nil {
			ix.known = append(ix.known, ci)
		}
	}
	return ix
}

// add indexes cluster ci by its representative's keys. A key holds at
// most maxPerKey clusters: a text of hundreds of different names with one
// surname key (made up, not news) is not compared name by cluster; a name
// of such a key matches only the first clusters of its key.
func (ix *clusterIndex) add(st *checkState, ci int) {
	rep := &st.persons[st.clusters[ci].rep]
	if s := rep.surname(); s != "" && len(ix.bySurname[s]) < maxPerKey {
		ix.bySurname[s] = append(ix.bySurname[s], ci)
	}
	if len(rep.words) > 0 {
		k := arabic.NameKeyClasses(rep.lastNameKey())
		if len(ix.bySkel[k]) < maxPerKey {
			ix.bySkel[k] = append(ix.bySkel[k], ci)
		}
	}
}

// maxPerKey bounds the clusters a clusterIndex key holds.
const maxPerKey = 32

// find adds to cands the clusters p can join.
func (ix *clusterIndex) find(st *checkState, p *person, cands *candidates) {
	try := func(cis []int) bool {
		for _, ci := range cis {
			if !cands.has(ci) && st.joins(p, st.clusters[ci]) && !cands.add(ci) {
				return false
			}
		}
		return true
	}
	if p.known != nil && !try(ix.known) {
		return
	}
	if s := p.surname(); s != "" && len(p.words) > 0 {
		if try(ix.bySurname[s]) {
			try(ix.bySkel[arabic.NameKeyClasses(p.lastNameKey())])
		}
	}
}

// candidates are the clusters an occurrence can join, the first
// maxCandidates of them, and whether there were more.
type candidates struct {
	ci   [maxCandidates]int
	n    int
	more bool
}

// maxCandidates is how many clusters an occurrence that can join several
// is compared with (pick); with more it joins none.
const maxCandidates = 4

// add adds cluster ci and says whether there is room for more.
func (c *candidates) add(ci int) bool {
	if c.n == maxCandidates {
		c.more = true
		return false
	}
	c.ci[c.n] = ci
	c.n++
	return true
}

// has says whether ci is a candidate.
func (c *candidates) has(ci int) bool { return slices.Contains(c.ci[:c.n], ci) }

// pick returns the cluster p joins among its candidates: the one cluster,
// -1 if none, -2 if it joins none of several. A surname alone that can be
// two or more people's joins the one whose surname it is written closest
// to, when one is closer than every other (بير هانسن، إنغريد هانسون … هانزن:
// هانسن is one letter away, هانسون two): the same spelling is that person,
// and a respelling most likely changes one letter of the name it stands
// for. A longer name that can be several people's joins none.
func (st *checkState) pick(p *person, c *candidates) int {
	switch {
	case c.n == 0:
		return -1
	case c.n == 1:
		return c.ci[0]
	case c.more || len(p.words) != 1:
		return -2
	}
	w := withoutArticle(p.words[0])
	best, bestD, tie := -2, 0, false
	for _, ci := range c.ci[:c.n] {
		rep := &st.persons[st.clusters[ci].rep]
		d := letterDistance(w, withoutArticle(rep.words[len(rep.words)-1]))
		switch {
		case best == -2 || d < bestD:
			best, bestD, tie = ci, d, false
		case d == bestD:
			tie = true
		}
	}
	if tie {
		return -2
	}
	return best
}

// letterDistance is the edit distance between the words a and b, in
// letters (insertions, deletions and substitutions of one letter).
func letterDistance(a, b string) int {
	var ba, bb [32]rune
	ra, rb := appendRunes(ba[:0], a), appendRunes(bb[:0], b)
	var pbuf, cbuf [33]int
	prev, cur := pbuf[:0], cbuf[:0]
	if len(rb) >= len(pbuf) {
		prev, cur = make([]int, 0, len(rb)+1), make([]int, 0, len(rb)+1)
	}
	for j := 0; j <= len(rb); j++ {
		prev = append(prev, j)
	}
	for i := 1; i <= len(ra); i++ {
		cur = append(cur[:0], i)
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur = append(cur, min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost))
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// appendRunes appends the letters of w to dst.
func appendRunes(dst []rune, w string) []rune {
	for _, r := range w {
		dst = append(dst, r)
	}
	return dst
}

// clusterChunk is the number of clusters in one chunk of st.clusterChunks.
const clusterChunk = 32

// newCluster returns the next cluster of the check's pooled storage:
// chunks that never move, so the pointers in st.clusters stay valid
// (a text of one name repeated is one cluster, not one per occurrence).
func (st *checkState) newCluster() *cluster {
	ci, k := st.clusterN/clusterChunk, st.clusterN%clusterChunk
	if ci == len(st.clusterChunks) {
		st.clusterChunks = append(st.clusterChunks, make([]cluster, clusterChunk))
	}
	st.clusterN++
	return &st.clusterChunks[ci][k]
}

// sameContext refuses to merge occurrences whose contexts name different states.
func (st *checkState) sameContext(p *person, cl *cluster) bool {
	if p.country == "" || cl.country == "" {
		return true
	}
	return p.country == cl.country
}

// knownBySurname links a cluster to a gazetteer person with the same surname
// key serving the state the context names (or, when the context names none,
// the only such person).
func (st *checkState) knownBySurname(cl *cluster) *entities.Entity {
	key := st.persons[cl.rep].surname()
	var found *entities.Entity
	for _, e := range st.c.people.BySurname(key) {
		if cl.country != "" && e.Country != cl.country {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
