package entities

import (
	"strings"

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
		nameKeys: map[*Entity]map[string]bool{}, givenKeys: map[string]bool{}}
	for _, e := range g.Entities {
		if e.Kind != Person {
			continue
		}
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
	return x
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
