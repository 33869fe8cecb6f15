package slips

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// PersonRespelt writes one later occurrence of the surname of a person the
// gazetteer does not know another way: a person found by the structure of
// the release, not by a name list (an honorific or a title word, then two
// words no mention covers), whose surname the release writes again, alone
// or after proclitics (و ب ل: لموراشكو), which stay as they are. Besides
// RespellName's changes it drops or adds the alef before a first consonant
// cluster (إسبينوزا → سبينوزا). Arabic given names are no bar: the person
// may be anybody; a surname two people carry is left alone. It is not in
// Kinds: ask for it by name.
const PersonRespelt Kind = "person-respelt"

// personHonorifics are the words after which personSites reads a person's
// name, folded as the generator's normaliser folds a text (ة is ه, أ is
// ا), as the tokens it compares them with are.
var personHonorifics = foldedSet(
	"السيد", "السيدة", "الدكتور", "الدكتورة", "السفير", "السفيرة",
	"المبعوث", "المبعوثة", "معالي", "سعادة",
)

// officeWords are words of an office that follow an honorific in place of
// a name (معالي وزير الخارجية، سعادة الأمين العام): no person's name;
// folded as personHonorifics are.
var officeWords = foldedSet(
	"وزير", "وزيرة", "الوزير", "رئيس", "رئيسة", "نائب", "نائبة", "الأستاذ", "الشيخ", "الأمير", "الأميرة",
	"سفير", "السفير", "مبعوث", "أمين", "الأمين", "مساعد", "وكيل", "مدير", "المدير", "الدكتور",
	"الخارجية", "العام", "الدولة", "الملك", "الرئيس",
)

// foldedSet is the set of words folded by the default normaliser.
func foldedSet(words ...string) map[string]bool {
	n := arabic.Default()
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[n.FoldString(w)] = true
	}
	return m
}

// respellPerson makes a PersonRespelt slip.
func (gen *Generator) respellPerson(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	return respellOneSite(t, personSites(t, ms, old, oldVars), RespellPerson, rng)
}

// personSites are the surnames of the people a release names after an
// honorific or a title phrase's nisba and a given name, each with its
// occurrences (PersonRespelt).
func personSites(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant) []nameSite {
	toks := t.Tokens()
	tagged := make([]bool, len(toks))
	for i := range ms {
		for k := ms[i].FirstTok; k <= ms[i].LastTok && k < len(toks); k++ {
			tagged[k] = true
		}
	}
	free := func(k int) bool {
		return k < len(toks) && toks[k].Kind == arabic.Word && !tagged[k] &&
			!overlapsAny(old, toks[k].OrigStart, toks[k].OrigEnd) && !inVariants(oldVars, toks[k].OrigStart, toks[k].OrigEnd)
	}
	// a state's nisba ends a title phrase (وزير الخارجية الروسي)
	nisbaEnd := make([]bool, len(toks))
	for i := range ms {
		if ms[i].Kind == entities.Country && ms[i].Form == entities.FormNisba && ms[i].LastTok < len(toks) {
			nisbaEnd[ms[i].LastTok] = true
		}
	}
	names := entities.DefaultGivenNames()
	named := func(i int) bool { // a name after the honorific or nisba at i
		if toks[i].Kind != arabic.Word || !free(i+1) || !free(i+2) || officeWords[t.TokenText(i+1)] || officeWords[t.TokenText(i+2)] {
			return false
		}
		if personHonorifics[t.TokenText(i)] {
			return true
		}
		_, given := names.Lookup(t.TokenText(i + 1))
		return nisbaEnd[i] && given
	}
	// a surname two people carry (ماريو غارسيا، ماريا غارسيا) is left
	// alone: which of them a later occurrence names is not known
	givens := map[string]string{}
	shared := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != arabic.Word || toks[i+1].Kind != arabic.Word {
			continue
		}
		g, sur := t.TokenText(i), t.TokenText(i+1)
		if _, ok := names.Lookup(g); !ok && !(i > 0 && named(i-1)) {
			continue
		}
		if prev, ok := givens[sur]; ok && prev != g {
			shared[sur] = true
		}
		givens[sur] = g
	}
	var sites []nameSite
	seen := map[string]bool{}
	for i := 0; i+2 < len(toks); i++ {
		if !named(i) {
			continue
		}
		sur := t.TokenText(i + 2)
		if utf8.RuneCountInString(sur) < 4 || seen[sur] || shared[sur] {
			continue
		}
		seen[sur] = true
		occ := [][2]int{{toks[i+2].OrigStart, toks[i+2].OrigEnd}}
		for k := i + 3; k < len(toks); k++ {
			if !free(k) {
				continue
			}
			w := t.TokenText(k)
			pre := ""
			for _, p := range [...]string{"", "و", "ل", "ب", "ول", "وب"} {
				if w == p+sur {
					pre = p
					break
				}
			}
			if w != pre+sur || !strings.HasPrefix(string(t.Orig[toks[k].OrigStart:toks[k].OrigEnd]), pre) {
				continue // a proclitic the original writes otherwise (a mark)
			}
			occ = append(occ, [2]int{toks[k].OrigStart + len(pre), toks[k].OrigEnd})
		}
		if len(occ) >= 2 {
			sites = append(sites, nameSite{occ: occ})
		}
	}
	return sites
}

// RespellPerson returns a surname written another way: one of RespellName's
// changes, or the alef before a first consonant cluster dropped (إسبينوزا
// → سبينوزا) or added (ستراندبرغ → إستراندبرغ). ok is false for a word of
// fewer than four letters or one no change applies to.
func RespellPerson(name string, rng *rand.Rand) (string, bool) {
	if utf8.RuneCountInString(name) < 4 {
		return "", false
	}
	alef := func() (string, bool) {
		for _, a := range [...]string{"إ", "ا"} {
			if rest, ok := strings.CutPrefix(name, a); ok && !strings.HasPrefix(name, "ال") && consonantStart(rest) && utf8.RuneCountInString(rest) >= 4 {
				return rest, true
			}
		}
		if consonantStart(name) {
			return "إ" + name, true
		}
		return "", false
	}
	other := func() (string, bool) { return RespellName(name, rng) }
	return firstChange(name, []respeller{alef, other}, rng)
}

// consonantStart says whether w starts with two letters that are no long
// vowels (ا و ي ى) nor the article's ل after an alef.
func consonantStart(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 {
		return false
	}
	for _, r := range rs[:2] {
		if strings.ContainsRune("اأإآويىة", r) {
			return false
		}
	}
	return true
}
