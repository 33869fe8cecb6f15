package main

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/nazir-nlp/nazir/arabic"
)

// tokenTable maps a Latin name token (lower case) to its usual Arabic
// spelling in Wikidata's labels, and the number of people carrying it.
type tokenTable struct {
	ar    map[string]string
	count map[string]int
	// people counts, per NameKey of an Arabic spelling, the Wikidata people
	// who carry it under any Latin token and in any of its spellings: how
	// common the name is.
	people map[string]int
}

func newTokenTable(t *table) *tokenTable {
	tt := &tokenTable{ar: map[string]string{}, count: map[string]int{}, people: map[string]int{}}
	for _, r := range t.rows {
		lat := strings.ToLower(r["token_latin"])
		n := 0
		fmt.Sscan(r["count"], &n)
		tt.people[arabic.NameKey(r["token_ar"])] += n
		if prev, ok := tt.count[lat]; ok && prev >= n {
			continue
		}
		tt.ar[lat], tt.count[lat] = r["token_ar"], n
		if f := foldLatin(lat); f != lat {
			if prev, ok := tt.count[f]; !ok || prev < n {
				tt.ar[f], tt.count[f] = r["token_ar"], n
			}
		}
	}
	return tt
}

// lookup returns the checked Arabic spelling of one Latin token.
func (tt *tokenTable) lookup(tok string) (string, error) {
	l := strings.ToLower(tok)
	ar, ok := tt.ar[l]
	if !ok {
		ar, ok = tt.ar[foldLatin(l)]
	}
	if !ok {
		return "", fmt.Errorf("no Arabic spelling of %q", tok)
	}
	if strings.ContainsAny(ar, " \u200c") {
		return "", fmt.Errorf("spelling of %q is several words (%s)", tok, ar)
	}
	if !spellingFits(tok, ar) {
		return "", fmt.Errorf("spelling %s does not fit %q", ar, tok)
	}
	return ar, nil
}

// honorifics are dropped from a Latin name before spelling it.
var honorifics = map[string]bool{
	"sheikh": true, "sheikha": true, "shaikh": true, "sir": true, "dr": true, "prince": true, "princess": true,
	"king": true, "queen": true, "emir": true, "sultan": true, "hrh": true, "datuk": true, "dato": true, "dato'": true,
	"tun": true, "haji": true, "hajji": true, "general": true, "gen": true, "lt": true, "colonel": true, "col": true,
	"marshal": true, "mr": true, "mrs": true, "ms": true, "lord": true, "lady": true, "baron": true, "baroness": true,
	"seri": true, "sri": true, "tan": true, "pehin": true, "dame": true, "archbishop": true, "cardinal": true,
	"jr": true, "sr": true, "msgr": true, "monsignor": true, "sheik": true,
}

// gulfStates write the ruling family as آل X (Al Thani).
var gulfStates = map[string]bool{"AE": true, "BH": true, "KW": true, "OM": true, "QA": true, "SA": true}

// arabicName spells a Latin person name in Arabic, token by token from the
// token table, with the particles of Arabic names (bin, Al, al-, Abdul,
// Abu) written the Arabic way. It returns the full name, the given name
// and the surname, or why it cannot stand behind a spelling.
type arName struct{ full, given, surname string }

var apostrophes = strings.NewReplacer("'", "", "’", "", "ʻ", "", "ʼ", "", "`", "")

func spellName(tt *tokenTable, person, iso2 string) (arName, error) {
	toks := strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ", ",", " ", ".", " ").Replace(person))
	// drop parentheses and honorifics
	var clean []string
	depth := 0
	for _, t := range toks {
		switch t {
		case "(":
			depth++
			continue
		case ")":
			depth--
			continue
		}
		if depth > 0 || honorifics[strings.ToLower(apostrophes.Replace(t))] {
			continue
		}
		clean = append(clean, t)
	}
	if len(clean) == 0 {
		return arName{}, fmt.Errorf("no name")
	}
	arab := regionOf(iso2) == "arab-states"
	var words []string // Arabic words
	var core []int     // indexes into words of name words (not particles)
	for i := 0; i < len(clean); i++ {
		t := clean[i]
		l := strings.ToLower(foldLatin(t))
		next := ""
		if i+1 < len(clean) {
			next = clean[i+1]
		}
		switch {
		case l == "bin" || l == "ibn" || (l == "ben" && i > 0 && arab) || l == "bin-":
			words = append(words, "بن")
			continue
		case l == "bint":
			words = append(words, "بنت")
			continue
		case (l == "al" || l == "aal") && next != "" && gulfStates[iso2] && t[0] == 'A':
			ar, err := tt.lookup(next)
			if err != nil {
				return arName{}, err
			}
			if strings.HasPrefix(ar, "ال") { // Al Zayani = الزياني
				words = append(words, ar)
			} else {
				words = append(words, "آل "+ar)
			}
			core = append(core, len(words)-1)
			i++
			continue
		case l == "abdullah" || l == "abdallah" || l == "abdulla" || l == "abdellah" || l == "abdoulaye":
			words = append(words, "عبد الله")
			core = append(core, len(words)-1)
			continue
		case (l == "abdul" || l == "abdel" || l == "abd" || l == "abdal" || l == "abdoul") && next != "":
			rest := strings.ToLower(foldLatin(next))
			for _, p := range []string{"al-", "el-", "ul-"} {
				rest = strings.TrimPrefix(rest, p)
			}
			ar, err := tt.lookup(rest)
			if err != nil {
				return arName{}, err
			}
			words = append(words, "عبد ال"+strings.TrimPrefix(ar, "ال"))
			core = append(core, len(words)-1)
			i++
			continue
		case (l == "abul" || l == "aboul") && next != "":
			ar, err := tt.lookup(next)
			if err != nil {
				return arName{}, err
			}
			words = append(words, "أبو ال"+strings.TrimPrefix(ar, "ال"))
			core = append(core, len(words)-1)
			i++
			continue
		case l == "of" || l == "de" && i == len(clean)-2 && regnal(clean, i-1):
			i = len(clean) // Albert II of Belgium: the rest is not the name
			continue
		case regnal(clean, i):
			words = append(words, ordinals[strings.ToUpper(t)])
			continue
		case len(l) == 1 && i > 0 && i < len(clean)-1:
			continue // a middle initial
		case l == "abu" || l == "abou" || l == "bou":
			if l == "bou" {
				words = append(words, "بو")
			} else {
				words = append(words, "أبو")
			}
			continue
		}
		if ar, ok := compoundAbd(tt, l); ok {
			words = append(words, ar)
			core = append(core, len(words)-1)
			continue
		}
		// al-X, el-X, ad-X ... : the article joined to the word
		if pre, rest, ok := strings.Cut(l, "-"); ok && isArticle(pre) && rest != "" {
			ar, err := tt.lookup(rest)
			if err != nil {
				return arName{}, err
			}
			words = append(words, "ال"+strings.TrimPrefix(ar, "ال"))
			core = append(core, len(words)-1)
			continue
		}
		// other hyphenated names: each part a word (Frank-Walter)
		for _, part := range strings.Split(t, "-") {
			if part == "" {
				continue
			}
			ar, err := tt.lookup(apostrophes.Replace(part))
			if err != nil {
				if ar2, err2 := tt.lookup(part); err2 == nil {
					ar, err = ar2, nil
				} else {
					return arName{}, err
				}
			}
			words = append(words, ar)
			core = append(core, len(words)-1)
		}
	}
	if len(core) == 0 {
		return arName{}, fmt.Errorf("no name word")
	}
	n := arName{full: strings.Join(words, " "), given: words[core[0]]}
	if len(core) > 1 {
		last := core[len(core)-1]
		n.surname = words[last]
		if last > 0 && (words[last-1] == "بن" || words[last-1] == "أبو" || words[last-1] == "بو") {
			n.surname = words[last-1] + " " + words[last]
		}
	}
	for _, w := range words {
		for _, r := range w {
			if r != ' ' && !(r >= 0x0600 && r <= 0x06FF) {
				return arName{}, fmt.Errorf("spelling %q has a letter outside Arabic (%q)", n.full, r)
			}
			if unicode.IsSpace(r) && r != ' ' {
				return arName{}, fmt.Errorf("spelling %q has odd spaces", n.full)
			}
		}
	}
	return n, nil
}

// compoundAbd spells Abdulaziz, Abdelkader, Abdurrahman as عبد ال+X.
func compoundAbd(tt *tokenTable, l string) (string, bool) {
	for _, p := range []string{"abdul", "abdel", "abdal", "abdur", "abdus", "abdoul", "abdol", "abd-al-", "abd-el-", "abd-"} {
		rest, ok := strings.CutPrefix(l, p)
		if !ok || len(rest) < 3 {
			continue
		}
		rest = strings.TrimPrefix(rest, "-")
		switch rest {
		case "lah", "llah", "allah", "ullah":
			return "عبد الله", true
		}
		ar, err := tt.lookup(rest)
		if err != nil {
			// the shortened article: Abdurrahman = Abd ar-Rahman
			if len(p) > 4 && (p[4] == 'r' || p[4] == 's') {
				ar, err = tt.lookup(string(p[4]) + rest)
			}
			if err != nil {
				return "", false
			}
		}
		return "عبد ال" + strings.TrimPrefix(ar, "ال"), true
	}
	return "", false
}

// isArticle reports whether s is the Arabic article as Latin writes it,
// assimilated or not (al, el, ad, as, ash, at, az, an, ar).
func isArticle(s string) bool {
	switch s {
	case "al", "el", "ad", "as", "ash", "at", "az", "an", "ar", "ath", "adh", "ul":
		return true
	}
	return false
}

// ordinals are the Arabic regnal numbers (Abdullah II = عبد الله الثاني).
var ordinals = map[string]string{
	"I": "الأول", "II": "الثاني", "III": "الثالث", "IV": "الرابع", "V": "الخامس",
	"VI": "السادس", "VII": "السابع", "VIII": "الثامن", "IX": "التاسع", "X": "العاشر",
}

// regnal reports whether clean[i] is a regnal number: a Roman numeral after
// the first word, last or before "of".
func regnal(clean []string, i int) bool {
	if i <= 0 || i >= len(clean) {
		return false
	}
	if _, ok := ordinals[clean[i]]; !ok {
		return false
	}
	return i == len(clean)-1 || strings.EqualFold(clean[i+1], "of")
}

// maxSurnamePeople is how many Wikidata people may carry a surname that is
// tagged on its own: a common one (هنري, روزاريو, سيلفا) names too many.
const maxSurnamePeople = 15
