package consistency

import (
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/confusable"
	"github.com/nazir-nlp/nazir/internal/latinfit"
	"github.com/nazir-nlp/nazir/internal/utf8x"
)

// minLatinRespelt is the fewest letters of a word read as a known person's
// surname written another way by its Latin name (latinRespeltKnown).
const minLatinRespelt = 5

// latinRespeltKnown reads, where a name stands (after a speech verb, a verb
// a name follows, a title or an honorific: nameSlot), a word one letter
// from the surname of a known person the text names as that person's
// surname written another way, when both spellings can transliterate the
// person's Latin surname (latinfit.Fits): a letter of one Latin sound read
// by another language (w as و or ف: وادفول for فاديفول, Wadephul) or a
// final letter the Latin writes and French leaves silent (باروت for بارو,
// Barrot). The letters the name keys keep apart are so joined only for a
// person the gazetteer knows by a Latin name; a word that is a given name
// of the lexicon, another name's surname as the text writes it (جواو
// باروس beside بارو), or that two known people could claim is left alone.
func (st *checkState) latinRespeltKnown() {
	var named []*entities.Entity
	seen := map[string]bool{}
	for i := range st.ms {
		m := &st.ms[i]
		if m.Kind != entities.Person || len(m.Entities) == 0 || seen[m.Entities[0]] {
			continue
		}
		seen[m.Entities[0]] = true
		if e, ok := st.c.g.Lookup(m.Entities[0]); ok && len(e.Surname) > 0 && latinSurname(e) != "" {
			named = append(named, e)
		}
	}
	if len(named) == 0 {
		return
	}
	sort.Slice(named, func(i, j int) bool { return named[i].ID < named[j].ID })
	// the surnames other names of the text end with, as written
	others := map[string]bool{}
	for i := range st.persons {
		p := &st.persons[i]
		if len(p.words) >= 2 {
			others[p.words[len(p.words)-1]] = true
		}
	}
	for k := st.plain.next(1); k >= 0; k = st.plain.next(k + 1) {
		if pi := st.personAt(k); pi >= 0 {
			// a one-word name read where a name stands may be the known
			// person written another way; a longer or known one is not
			if p := &st.persons[pi]; p.first != k || p.last != k || p.known != nil {
				continue
			}
		}
		if st.inMention.has(k) || st.sentStart.has(k) || !st.nameSlot(k) {
			continue
		}
		w := st.word(k)
		if utf8x.Count(w) < minLatinRespelt || others[w] {
			continue
		}
		if _, given := st.c.given.Lookup(w); given {
			continue
		}
		var found *entities.Entity
		for _, e := range named {
			if !st.latinRespelt(w, e) {
				continue
			}
			if found != nil && found.Country+found.English != e.Country+e.English {
				found = nil // two people could be meant
				break
			}
			found = e
		}
		if found != nil {
			st.addPerson(k, k, found.Country, found)
		}
	}
}

// latinRespelt says whether the normalised word w is a surname of e written
// another way: one letter from a spelling the gazetteer gives (added,
// dropped or swapped), and both spellings fit e's Latin surname.
func (st *checkState) latinRespelt(w string, e *entities.Entity) bool {
	lat := latinSurname(e)
	for _, s := range e.Surname {
		if st.c.normWord(s) == w {
			return false // a spelling the gazetteer gives
		}
	}
	for _, s := range e.Surname {
		s = st.c.normWord(s)
		if strings.Contains(s, " ") {
			continue
		}
		if hasArticle(s) != hasArticle(w) {
			continue // the article added, dropped or joined to ل (للسيسي): other readers' matter
		}
		if _, n := utf8x.First(w); w[n:] == s {
			continue // a letter before the surname: a proclitic (للسيسي)
		}
		if _, n := utf8x.First(s); s[n:] == w {
			continue
		}
		if confusable.EditDistance([]rune(s), []rune(w)) == 1 && latinfit.Fits(lat, s) && latinfit.Fits(lat, w) {
			return true
		}
	}
	return false
}

// latinSurname is the last word of a person's English name, without a
// note in brackets (Kofi Annan (UN Secretary-General) → Annan), or "".
func latinSurname(e *entities.Entity) string {
	en := e.English
	if i := strings.IndexByte(en, '('); i >= 0 {
		en = en[:i]
	}
	ws := strings.Fields(en)
	if len(ws) < 2 {
		return ""
	}
	return ws[len(ws)-1]
}

// latinRespeltMember says whether an occurrence of the known person's
// cluster writes the surname another way that latinRespelt accepts.
func (st *checkState) latinRespeltMember(cl *cluster) bool {
	if len(cl.known.Surname) == 0 || latinSurname(cl.known) == "" {
		return false
	}
	respelt, other := "", ""
	for _, pi := range cl.members {
		p := &st.persons[pi]
		if len(p.words) == 0 {
			continue
		}
		if w := p.words[len(p.words)-1]; respelt == "" && st.latinRespelt(w, cl.known) {
			respelt = w
		} else {
			other = w
		}
	}
	// the surname must be written two ways in the text: one spelling
	// throughout is no variant, whichever the gazetteer gives
	return respelt != "" && other != "" && other != respelt
}
