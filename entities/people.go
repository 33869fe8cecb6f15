package entities

import (
	"strings"
	"time"

	"github.com/nazir-nlp/nazir/arabic"
)

// People indexes the gazetteer's people by the phonetic keys
// (arabic.PhoneticKey) of their names as normalised text shows them: whose
// surname a key is, which keys are a person's name words, which are
// anybody's given name. A Tagger builds it once (Tagger.People) with its
// normaliser; it is immutable and safe for concurrent use.
type People struct {
	bySurname   map[string][]*Entity
	surnameKeys map[string][]string
	nameKeys    map[*Entity]map[string]bool
	givenKeys   map[string]bool
	// holdings lists, for each person entry, the entries of the same
	// person (itself included): one per office held.
	holdings map[*Entity][]*Entity
}

// NameKey is the phonetic key of a normalised name word without a leading
// article (الجبير and جبير have one key; the word ال alone keeps it).
func NameKey(w string) string { return arabic.PhoneticKey(WithoutArticle(w)) }

// WithoutArticle drops a leading ال from a normalised name word longer
// than the article and one letter (الجبير → جبير; ال stays).
func WithoutArticle(w string) string {
	if rest, ok := strings.CutPrefix(w, arabic.Article); ok && len(rest) > 2 {
		return rest
	}
	return w
}

// newPeople indexes the people of g; norm normalises a name into words.
func newPeople(g *Gazetteer, norm func(string) []string) *People {
	x := &People{bySurname: map[string][]*Entity{}, surnameKeys: map[string][]string{},
		nameKeys: map[*Entity]map[string]bool{}, givenKeys: map[string]bool{}, holdings: map[*Entity][]*Entity{}}
	byPerson := map[string][]*Entity{}
	// Each name is normalised once: an official has an entry per office,
	// with the same names, and given names and surnames are read twice.
	normed := map[string][]string{}
	norm = func(norm func(string) []string) func(string) []string {
		return func(s string) []string {
			ws, ok := normed[s]
			if !ok {
				ws = norm(s)
				normed[s] = ws
			}
			return ws
		}
	}(norm)
	for _, e := range g.Entities {
		if e.Kind != Person {
			continue
		}
		k := personKey(e)
		byPerson[k] = append(byPerson[k], e)
		keys := map[string]bool{}
		for _, list := range [][]string{e.Names, e.Given, e.Surname} {
			for _, n := range list {
				for _, w := range norm(n) {
					keys[arabic.PhoneticKey(w)] = true
				}
			}
		}
		x.nameKeys[e] = keys
		for _, n := range e.Given {
			for _, w := range norm(n) {
				x.givenKeys[arabic.PhoneticKey(w)] = true
			}
		}
		seen := map[string]bool{}
		for _, s := range e.Surname {
			ws := norm(s)
			if len(ws) == 0 {
				continue
			}
			if k := NameKey(ws[len(ws)-1]); k != "" && !seen[k] {
				seen[k] = true
				x.bySurname[k] = append(x.bySurname[k], e)
				x.surnameKeys[e.ID] = append(x.surnameKeys[e.ID], k)
			}
		}
	}
	// A generated entry of another office of a hand-written person (its
	// source has a Wikidata item, the hand-written entry none) joins the
	// hand-written person's group by state and English name.
	for k, es := range byPerson {
		if !isQID(k) {
			continue
		}
		if hk := namedKey(es[0]); byPerson[hk] != nil {
			byPerson[hk] = append(byPerson[hk], es...)
			delete(byPerson, k)
		}
	}
	for _, es := range byPerson {
		for _, e := range es {
			x.holdings[e] = es
		}
	}
	return x
}

// personKey names the person an entry is about: its Wikidata item when its
// source gives one ("Wikidata Q1253; …", "Wikidata Q1253 (the person); …":
// the generated officials have an entry per office),
// else its English name, without a parenthesised note, and state (Joe
// Biden (vice president)).
func personKey(e *Entity) string {
	if rest, ok := strings.CutPrefix(e.Provenance, "Wikidata "); ok {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if q := rest[:n]; isQID(q) {
			return q
		}
	}
	return namedKey(e)
}

// isQID says whether k is a Wikidata item (Q and digits), not a state and
// a name (QA Tamim bin Hamad Al Thani).
func isQID(k string) bool {
	if len(k) < 2 || k[0] != 'Q' {
		return false
	}
	for _, c := range k[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// namedKey is personKey without the Wikidata item: the state and the
// English name, without a parenthesised note.
func namedKey(e *Entity) string {
	en := e.English
	if k := strings.Index(en, " ("); k > 0 {
		en = en[:k]
	}
	if en == "" {
		return "id " + e.ID
	}
	return e.Country + " " + en
}

// SamePerson says whether entries a and b are about one person (one entry,
// or two offices of one person).
func (x *People) SamePerson(a, b *Entity) bool {
	if a == b {
		return true
	}
	for _, h := range x.holdings[a] {
		if h == b {
			return true
		}
	}
	return false
}

// InOffice says whether the person of entry e held one of the offices the
// gazetteer gives them (any of their entries: Entity.InOffice) on day t.
func (x *People) InOffice(e *Entity, t time.Time) bool {
	hs := x.holdings[e]
	if len(hs) == 0 {
		return e.InOffice(t)
	}
	for _, h := range hs {
		if h.InOffice(t) {
			return true
		}
	}
	return false
}

// BySurname returns the people whose surname's last word has NameKey key,
// in gazetteer order. The slice is shared: do not modify it.
func (x *People) BySurname(key string) []*Entity { return x.bySurname[key] }

// BySurnameBytes is BySurname for a key in bytes, without allocating.
func (x *People) BySurnameBytes(key []byte) []*Entity { return x.bySurname[string(key)] }

// SurnameKeys returns the NameKeys of the person id's surnames (the last
// word of each), without duplicates. The slice is shared: do not modify it.
func (x *People) SurnameKeys(id string) []string { return x.surnameKeys[id] }

// HasNameKey reports whether key is the phonetic key of a word of one of
// e's names, given names or surnames.
func (x *People) HasNameKey(e *Entity, key string) bool { return x.nameKeys[e][key] }

// IsGivenKey reports whether key is the phonetic key of a word of anybody's
// given name.
func (x *People) IsGivenKey(key string) bool { return x.givenKeys[key] }
