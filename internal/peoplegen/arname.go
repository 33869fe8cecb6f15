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
	// hand holds the spellings of handtokens.tsv, by folded Latin token:
	// tokens Wikidata's labels do not spell, read only when the table
	// has no spelling.
	hand map[string]handToken
	// spanish: the name is of a Spanish-speaking state (yeismo).
	spanish bool
}

// handToken is a spelling of handtokens.tsv: the Arabic and its basis,
// "news" (the spelling Arabic news gives the person) or "translit"
// (transliterated by the Latin letters: unsure); checked says whether a
// news spelling is the one Wikidata's labels give a like name (column
// checked: "tokens: LATIN", or several joined by " + ", the table's Latin
// tokens spelt so; "unchecked" when no data says so).
type handToken struct {
	ar, basis string
	checked   bool
}

// addHand adds the rows of handtokens.tsv (token_latin, token_ar, basis,
// checked) to the table.
func (tt *tokenTable) addHand(t *table) error {
	if tt.hand == nil {
		tt.hand = map[string]handToken{}
	}
	for i, r := range t.rows {
		lat, ar, basis, checked := foldLatin(r["token_latin"]), r["token_ar"], r["basis"], r["checked"]
		if lat == "" || ar == "" || (basis != "news" && basis != "translit") {
			return fmt.Errorf("%s:%d: want a Latin token, its Arabic spelling and a basis news or translit", t.name, i+2)
		}
		if checked != "unchecked" && (basis != "news" || !strings.HasPrefix(checked, handEvidence)) {
			return fmt.Errorf("%s:%d: checked is %q: want unchecked, or for a news spelling %q and the Latin tokens of the Wikidata table spelt so", t.name, i+2, checked, handEvidence)
		}
		if _, dup := tt.hand[lat]; dup {
			return fmt.Errorf("%s:%d: %s is listed twice", t.name, i+2, lat)
		}
		tt.hand[lat] = handToken{ar, basis, checked != "unchecked"}
	}
	return nil
}

// handEvidence starts the checked column of a news spelling that the
// Wikidata token table attests: "tokens: afewerki" (the table spells the
// Latin token afewerki أفورقي, as the hand spells Afwerki), "tokens: imam +
// ali" (each word of the hand spelling is the table's spelling of one of
// the tokens, in order; "al" is the article).
const handEvidence = "tokens: "

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
	return tt.checked(tok, ar)
}

// checked returns ar when it is one word that fits the Latin token.
func (tt *tokenTable) checked(tok, ar string) (string, error) {
	return checkedSpelling(tok, ar, tt.spanish)
}

// checkedSpelling returns ar when it is one word that fits the Latin
// token, a Spanish ll read as y too when spanish is set.
func checkedSpelling(tok, ar string, spanish bool) (string, error) {
	if strings.ContainsAny(ar, " \u200c") {
		return "", fmt.Errorf("spelling of %q is several words (%s)", tok, ar)
	}
	if !spellingFits(tok, ar) && !(spanish && yeismo(tok) != "" && spellingFits(yeismo(tok), ar)) {
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
type arName struct {
	full, given, surname string
	// hand lists the Latin tokens spelt from handtokens.tsv, unsure those
	// of them transliterated (basis translit), checked the news spellings
	// the Wikidata table attests for a like name.
	hand, unsure, checked []string
}

// spell returns the spelling of one Latin token: the Wikidata table's,
// else handtokens.tsv's (recorded in n). A hand spelling may be several
// words (Amirabdollahian أمير عبد اللهيان) and must fit the token's
// consonants as a table spelling must.
func (tt *tokenTable) spell(tok string, n *arName) (string, error) {
	ar, err := tt.lookup(tok)
	if err == nil || !strings.HasPrefix(err.Error(), "no Arabic spelling") {
		return ar, err
	}
	h, ok := tt.hand[foldLatin(strings.ToLower(tok))]
	if !ok {
		return "", err
	}
	if lat := strings.ReplaceAll(tok, "-", ""); !spellingFits(lat, joinedWords(h.ar)) && !spellingFits(lat, strings.ReplaceAll(h.ar, " ", "")) {
		return "", fmt.Errorf("hand spelling %s does not fit %q", h.ar, tok)
	}
	n.hand = append(n.hand, tok)
	if h.basis == "translit" {
		n.unsure = append(n.unsure, tok)
	}
	if h.checked {
		n.checked = append(n.checked, tok)
	}
	return h.ar, nil
}

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
	if spanishStates[iso2] {
		sp := *tt
		sp.spanish = true
		tt = &sp
	}
	var hn arName      // the hand-spelt tokens
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
			ar, err := tt.spell(next, &hn)
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
			ar, err := tt.spell(rest, &hn)
			if err != nil {
				return arName{}, err
			}
			words = append(words, "عبد ال"+strings.TrimPrefix(ar, "ال"))
			core = append(core, len(words)-1)
			i++
			continue
		case (l == "abul" || l == "aboul") && next != "":
			ar, err := tt.spell(next, &hn)
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
			ar, err := tt.spell(rest, &hn)
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
			ar, err := tt.spell(apostrophes.Replace(part), &hn)
			if err != nil {
				if ar2, err2 := tt.spell(part, &hn); err2 == nil {
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
	n := arName{full: strings.Join(words, " "), given: words[core[0]], hand: hn.hand, unsure: hn.unsure, checked: hn.checked}
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

// joinedWords joins the words of a spelling for the consonant check,
// each word's article dropped after the first word (بن عبد الرحمن is
// Benabderrahmane, the article assimilated in Latin).
func joinedWords(ar string) string {
	ws := strings.Fields(ar)
	for i := 1; i < len(ws); i++ {
		if rest, ok := strings.CutPrefix(ws[i], "ال"); ok && rest != "" {
			ws[i] = rest
		}
	}
	return strings.Join(ws, "")
}

// spanishStates are the states whose official language is Spanish.
var spanishStates = map[string]bool{
	"AR": true, "BO": true, "CL": true, "CO": true, "CR": true, "CU": true, "DO": true, "EC": true, "ES": true,
	"GQ": true, "GT": true, "HN": true, "MX": true, "NI": true, "PA": true, "PE": true, "PY": true, "SV": true,
	"UY": true, "VE": true,
}
