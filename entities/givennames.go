package entities

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/internal/wordset"
)

//go:embed givennames.tsv
var givenNamesTSV []byte

//go:embed nametokens.txt
var nameTokensTXT []byte

// NameInfo is what the given-name lexicon knows about one name.
type NameInfo struct {
	Arabic  bool // an Arabic given name
	Foreign bool // the Arabic form of a foreign given name
	// People is how many Wikidata people carry the foreign form (0 for a
	// name of the Arabic list only).
	People int
	// CommonWord marks a name that is also a common word (أمل "hope",
	// بندر "port"): a weaker sign of a person than a name that is only a
	// name.
	CommonWord bool
}

// GivenNames is a lexicon of given names written in Arabic: Arabic given
// names and the Arabic forms of foreign ones. Titles, honorifics, months,
// name particles (عبد, أبو, بن) and function words are not in it, nor is a
// name with a proclitic (بجون is ب + جون): Lookup the word as it stands.
// A GivenNames is immutable and safe for concurrent use.
type GivenNames struct {
	m    map[string]NameInfo
	norm *arabic.Normalizer
	// set holds m's names and infos their NameInfo (infos[set.Index(w)]):
	// the name stages look up most words of a text, and the set's filter
	// turns the words that are no name away with one access to a few
	// kilobytes.
	set   *wordset.Set
	infos []NameInfo
	// tokens are words known as name tokens (any part of a name), folded.
	tokens map[string]bool
	// byKey maps the PhoneticKey of each foreign form to the form; of forms
	// sharing a key, the one most people carry.
	byKey map[string]string
}

// DefaultGivenNames returns the embedded lexicon (entities/givennames.tsv,
// generated from public name lists; see NOTICE), parsed on first use.
func DefaultGivenNames() *GivenNames { return defaultGivenNames() }

var defaultGivenNames = sync.OnceValue(func() *GivenNames {
	l, err := LoadGivenNames(bytes.NewReader(givenNamesTSV), "givennames.tsv")
	if err == nil {
		err = l.LoadNameTokens(bytes.NewReader(nameTokensTXT), "nametokens.txt")
	}
	if err != nil { // the embedded files are tested; never happens in a build
		panic(err)
	}
	return l
})

// LoadGivenNames reads a lexicon in the format of the embedded
// givennames.tsv: lines "name<TAB>origin<TAB>people<TAB>flag", origin one
// of ar, foreign, ar+foreign, people a count, flag empty or "word"; lines
// starting with # are comments. Names are folded with the default
// normaliser. name is used in error messages.
func LoadGivenNames(r io.Reader, name string) (*GivenNames, error) {
	l := &GivenNames{m: map[string]NameInfo{}, norm: defaultNormalizer()}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("given names %s:%d: %w: want 4 tab-separated fields, got %d", name, line, ErrSchema, len(f))
		}
		var info NameInfo
		switch f[1] {
		case "ar":
			info.Arabic = true
		case "foreign":
			info.Foreign = true
		case "ar+foreign":
			info.Arabic, info.Foreign = true, true
		default:
			return nil, fmt.Errorf("given names %s:%d: %w: origin %q (want ar, foreign or ar+foreign)", name, line, ErrSchema, f[1])
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 0 {
			return nil, fmt.Errorf("given names %s:%d: %w: people %q is not a count", name, line, ErrSchema, f[2])
		}
		info.People = n
		switch f[3] {
		case "":
		case "word":
			info.CommonWord = true
		default:
			return nil, fmt.Errorf("given names %s:%d: %w: flag %q (want empty or word)", name, line, ErrSchema, f[3])
		}
		key := l.norm.FoldString(f[0])
		if key == "" || strings.ContainsRune(key, ' ') {
			return nil, fmt.Errorf("given names %s:%d: %w: name %q is not one word", name, line, ErrSchema, f[0])
		}
		l.m[key] = info
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("given names %s:%d: %w", name, line, err)
	}
	words := make([]string, 0, len(l.m))
	for w := range l.m {
		words = append(words, w)
	}
	set, err := wordset.New(words, givenFilterBits)
	if err != nil { // the map's keys are distinct and few
		return nil, fmt.Errorf("given names %s: %w", name, err)
	}
	l.set, l.infos = set, make([]NameInfo, len(words))
	for i, w := range words {
		l.infos[i] = l.m[w]
	}
	l.byKey = map[string]string{}
	for w, info := range l.m {
		if !info.Foreign {
			continue
		}
		k := arabic.PhoneticKey(w)
		if prev, dup := l.byKey[k]; dup {
			if p := l.m[prev].People; p > info.People || p == info.People && prev < w {
				continue
			}
		}
		l.byKey[k] = w
	}
	return l, nil
}

// Lookup reports whether word (raw or normalised; folded before the
// lookup) is a given name, and what the lexicon knows about it.
func (l *GivenNames) Lookup(word string) (NameInfo, bool) {
	return l.LookupNormalized(l.norm.FoldString(word))
}

// LookupNormalized is Lookup for a word already normalised with
// arabic.DefaultOptions (a token of a text such a normaliser produced):
// normalising is idempotent, so the fold is skipped.
func (l *GivenNames) LookupNormalized(word string) (NameInfo, bool) {
	if l.set == nil { // the zero GivenNames knows no name
		return NameInfo{}, false
	}
	if i := l.set.Index(word); i >= 0 {
		return l.infos[i], true
	}
	return NameInfo{}, false
}

// givenFilterBits is the size of the given names' filter per name, in
// bits.
const givenFilterBits = 16

// Len returns the number of names.
func (l *GivenNames) Len() int { return len(l.m) }

// Variant finds a foreign given name written another way (سيرغي for
// سيرجي): a lexicon form carried by at least MinVariantPeople people, of
// the same arabic.NameKey as word and at most one letter longer or
// shorter; word has MinVariantLetters letters or more. Short words and rare
// names are left out, since common words share their keys (لكن, صورة).
// Arabic given names are written one way and are not matched by key
// (محمد and محمود share one). A word in the lexicon is returned as it is.
func (l *GivenNames) Variant(word string) (string, NameInfo, bool) {
	f := l.norm.FoldString(word)
	if info, ok := l.m[f]; ok {
		return f, info, true
	}
	n := utf8.RuneCountInString(f)
	if n < MinVariantLetters {
		return "", NameInfo{}, false
	}
	w, ok := l.byKey[arabic.PhoneticKey(f)]
	if !ok {
		return "", NameInfo{}, false
	}
	info := l.m[w]
	if d := utf8.RuneCountInString(w) - n; d < -1 || d > 1 || info.People < MinVariantPeople ||
		arabic.NameKey(w) != arabic.NameKey(f) {
		return "", NameInfo{}, false
	}
	return w, info, true
}

// Limits of Variant.
const (
	MinVariantLetters = 5
	MinVariantPeople  = 20
)

// LoadNameTokens adds to the lexicon the words known as parts of people's
// names (one word a line, # comments): the Arabic spellings of the name
// tokens Wikidata's people carry, for the embedded lexicon. Call it before
// the lexicon is shared.
func (l *GivenNames) LoadNameTokens(r io.Reader, name string) error {
	if l.tokens == nil {
		l.tokens = map[string]bool{}
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if strings.ContainsRune(w, ' ') {
			return fmt.Errorf("name tokens %s:%d: %w: %q is not one word", name, line, ErrSchema, w)
		}
		l.tokens[l.norm.FoldString(w)] = true
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("name tokens %s:%d: %w", name, line, err)
	}
	return nil
}

// IsNameToken reports whether word (raw or normalised) is known as a part
// of people's names (a given name or a name token): a surname candidate
// that is no common word.
func (l *GivenNames) IsNameToken(word string) bool {
	f := l.norm.FoldString(word)
	_, given := l.LookupNormalized(f)
	return given || l.tokens[f]
}
