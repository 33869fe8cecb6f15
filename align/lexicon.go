package align

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"github.com/nazir-nlp/nazir/entities"
)

//go:embed lexicon.txt
var lexiconTxt string

// Languages are the source languages an Aligner reads, as BCP 47 base
// languages. Chinese covers simplified and traditional script.
var Languages = []string{"en", "zh", "fr", "ru", "es"}

// cldrLocales are the CLDR locales whose region names feed each language.
var cldrLocales = map[string][]string{
	"en": {"en"},
	"zh": {"zh-Hans", "zh-Hant", "zh-Hant-HK"},
	"fr": {"fr"},
	"ru": {"ru"},
	"es": {"es", "es-419"},
}

// srcMention is an entity mention in a source text.
type srcMention struct {
	start, end int      // bytes of the source text
	ids        []string // candidate ids, sorted
	kind       entities.Kind
	// abbrev is a Chinese one-character abbreviation (阿方, 中阿关系) with
	// more than one candidate: it is resolved from the document.
	abbrev bool
	// weak is a name inside a run of capitalised words (an organisation
	// or title: South China Morning Post): it matches a target mention
	// but is never reported missing.
	weak bool
	// place is a capital (Beijing): it matches any mention of its state,
	// pairs only with a capital, and is never reported missing.
	place bool
	// derived is an adjective read by its state's stem (soudanais): it
	// pairs as a wrong entity only after the listed forms, and is never
	// missing.
	derived bool
}

// entry is one source form and what it names.
type entry struct {
	ids  []string
	kind entities.Kind
	neg  bool // a name that is not the entity (New Jersey)
	// exact: the text must have the form's letter case (acronyms: US).
	exact bool
	// capital: the text's first letter must be upper case.
	capital bool
	// each: the form names every id, not one of them (Brexit: GB and eu).
	each bool
	// place: a capital (@Beijing): a place of the state, not the state.
	place bool
}

// phrase is a multi-token form of a Latin or Cyrillic lexicon.
type phrase struct {
	toks []string // folded tokens
	raw  []string // tokens as written (for exact case)
	e    *entry
}

// zhForm is a Chinese form.
type zhForm struct {
	s string
	e *entry
}

// lexicon holds one source language's forms.
type lexicon struct {
	lang string
	// first maps a folded first token (a stem for Russian) to its phrases,
	// longest first.
	first map[string][]phrase
	// zh maps a first rune to its forms, longest first.
	zh map[rune][]zhForm
	// abbr maps an abbreviation character to its candidates; side holds
	// the characters read before 方.
	abbr map[rune][]string
	side map[rune]bool
	// stems maps the stem of a one-word country name (the name less up
	// to two final letters, four letters at least: algeri for Algérie) to
	// its ids: a word that starts with a stem and goes on for one to six
	// letters is read as an adjective of the state (algérien, argelino,
	// казахстанский) when no listed form matched it.
	stems map[string][]string
}

// buildLexicons compiles the source forms of every language from CLDR,
// the gazetteer and lexicon.txt.
func buildLexicons(g *entities.Gazetteer) (map[string]*lexicon, error) {
	forms := map[string]map[string]*entry{} // lang → form → entry
	add := func(lang, form, id string, kind entities.Kind, neg bool) *entry {
		form = strings.TrimSpace(form)
		if form == "" {
			return nil
		}
		m := forms[lang]
		if m == nil {
			m = map[string]*entry{}
			forms[lang] = m
		}
		e := m[form]
		if e == nil {
			e = &entry{kind: kind}
			m[form] = e
		}
		if neg {
			e.neg = true
			return e
		}
		if !slices.Contains(e.ids, id) {
			e.ids = append(e.ids, id)
			sort.Strings(e.ids)
		}
		if kind < e.kind || e.kind == 0 {
			e.kind = kind
		}
		return e
	}
	for _, c := range g.ByKind(entities.Country) {
		r, err := language.ParseRegion(c.ID)
		if err != nil {
			continue // a user-assigned code CLDR does not name
		}
		for lang, locs := range cldrLocales {
			for _, loc := range locs {
				if n := display.Regions(language.MustParse(loc)).Name(r); n != "" {
					add(lang, n, c.ID, entities.Country, false)
					// CLDR writes some names with a parenthesised
					// qualifier (刚果（金）, Congo (RDC)): the part before
					// it is a name too when no other country claims it.
					if i := strings.IndexAny(n, "(（"); i > 0 {
						add(lang, strings.TrimSpace(n[:i]), c.ID, entities.Country, false)
					}
				}
			}
		}
		for _, en := range append([]string{c.English}, c.EnAlt...) {
			add("en", en, c.ID, entities.Country, false)
		}
	}
	for _, grp := range g.ByKind(entities.Group) {
		for _, en := range append([]string{grp.English}, grp.EnAlt...) {
			add("en", en, grp.ID, entities.Group, false)
		}
	}
	// Regions and organisations are no parties: their English names are
	// matched so that a country inside them (South China Sea) is not.
	for _, k := range []entities.Kind{entities.Region, entities.Organisation} {
		for _, e := range g.ByKind(k) {
			for _, en := range append([]string{e.English}, e.EnAlt...) {
				add("en", en, "", k, true)
			}
		}
	}
	for _, p := range g.ByKind(entities.Person) {
		for _, lang := range Languages {
			names := p.SourceNames[lang]
			en, _, _ := strings.Cut(p.English, "(") // "Joe Biden (vice president)"
			en = strings.TrimSpace(en)
			if len(names) == 0 && lang != "zh" && lang != "ru" && en != "" {
				// Latin-script sources write most officials as English does.
				names = []string{en}
				if sn := latinSurname(p, en); sn != "" {
					names = append(names, sn)
				}
			}
			for _, n := range names {
				add(lang, n, p.ID, entities.Person, false)
			}
		}
	}
	abbr := map[string]map[rune][]string{}
	side := map[string]map[rune]bool{}
	for i, line := range strings.Split(lexiconTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("align: lexicon.txt:%d: want ID LANG FORMS", i+1)
		}
		switch f[0] {
		case "ABBR":
			r, _ := utf8.DecodeRuneInString(f[2])
			if len(f) < 4 || utf8.RuneCountInString(f[2]) != 1 {
				return nil, fmt.Errorf("align: lexicon.txt:%d: want ABBR LANG CHAR IDS", i+1)
			}
			for _, id := range f[3:] {
				if _, ok := g.Lookup(id); !ok {
					return nil, fmt.Errorf("align: lexicon.txt:%d: unknown id %q", i+1, id)
				}
			}
			if abbr[f[1]] == nil {
				abbr[f[1]] = map[rune][]string{}
			}
			ids := slices.Clone(f[3:])
			sort.Strings(ids)
			abbr[f[1]][r] = ids
			continue
		case "SIDE":
			if side[f[1]] == nil {
				side[f[1]] = map[rune]bool{}
			}
			for _, r := range f[2] {
				side[f[1]][r] = true
			}
			continue
		}
		ids, lang := strings.Split(f[0], "+"), f[1]
		var kind entities.Kind
		if ids[0] != "-" {
			for _, id := range ids {
				e, ok := g.Lookup(id)
				if !ok {
					return nil, fmt.Errorf("align: lexicon.txt:%d: unknown id %q", i+1, id)
				}
				kind = e.Kind
			}
		}
		rest := strings.TrimSpace(line[len(f[0]):])
		rest = strings.TrimSpace(rest[len(lang):])
		for _, form := range strings.Split(rest, "|") {
			form = strings.TrimSpace(form)
			if neg := strings.HasPrefix(form, "!"); neg {
				add(lang, form[1:], "", kind, true)
				continue
			}
			if ids[0] == "-" {
				return nil, fmt.Errorf("align: lexicon.txt:%d: id - takes only !forms", i+1)
			}
			if place := strings.HasPrefix(form, "@"); place {
				for _, id := range ids {
					add(lang, form[1:], id, kind, false).place = true
				}
				continue
			}
			for _, v := range inflect(lang, form) {
				for _, id := range ids {
					add(lang, v, id, kind, false).each = len(ids) > 1
				}
			}
		}
	}
	out := map[string]*lexicon{}
	for _, lang := range Languages {
		lx := &lexicon{lang: lang, first: map[string][]phrase{}, zh: map[rune][]zhForm{}, abbr: abbr[lang], side: side[lang]}
		for form, e := range forms[lang] {
			if !e.neg && len(e.ids) == 0 {
				continue
			}
			if lang == "zh" {
				r, _ := utf8.DecodeRuneInString(form)
				lx.zh[r] = append(lx.zh[r], zhForm{s: form, e: e})
				continue
			}
			toks := tokenize(form, nil)
			if len(toks) == 0 {
				continue
			}
			ph := phrase{e: e}
			for _, t := range toks {
				w := form[t.start:t.end]
				ph.raw = append(ph.raw, w)
				ph.toks = append(ph.toks, fold(w))
			}
			e.capital = unicode.IsUpper(firstRune(ph.raw[0]))
			e.exact = isAcronym(ph.raw[0])
			key := ph.toks[0]
			if lang == "ru" && !e.exact {
				key = ruStem(key)
			}
			lx.first[key] = append(lx.first[key], ph)
		}
		for k, ps := range lx.first {
			sort.SliceStable(ps, func(a, b int) bool {
				if len(ps[a].toks) != len(ps[b].toks) {
					return len(ps[a].toks) > len(ps[b].toks)
				}
				return strings.Join(ps[a].toks, " ") < strings.Join(ps[b].toks, " ")
			})
			lx.first[k] = ps
		}
		for r, fs := range lx.zh {
			sort.Slice(fs, func(a, b int) bool {
				if len(fs[a].s) != len(fs[b].s) {
					return len(fs[a].s) > len(fs[b].s)
				}
				return fs[a].s < fs[b].s
			})
			lx.zh[r] = fs
		}
		if lang != "zh" {
			lx.stems = stems(g, lang)
		}
		out[lang] = lx
	}
	return out, nil
}

// inflect derives the inflected forms of a lower-case French or Spanish
// adjective (chinois → chinoise, chinoises; chino → china, chinos, chinas).
// Names (capitalised) and other languages are returned as they are.
func inflect(lang, form string) []string {
	if form == "" || unicode.IsUpper(firstRune(form)) || strings.Contains(form, " ") {
		return []string{form}
	}
	out := []string{form}
	switch lang {
	case "fr":
		switch {
		case strings.HasSuffix(form, "ien"):
			out = append(out, form+"ne", form+"nes", form+"s")
		case strings.HasSuffix(form, "e"):
			out = append(out, form+"s")
		case strings.HasSuffix(form, "s"):
			out = append(out, form+"e", form+"es")
		default:
			out = append(out, form+"e", form+"s", form+"es")
		}
	case "es":
		switch {
		case strings.HasSuffix(form, "o"):
			b := strings.TrimSuffix(form, "o")
			out = append(out, b+"a", b+"os", b+"as")
		case strings.HasSuffix(form, "e"):
			out = append(out, form+"s")
		case strings.HasSuffix(form, "í") || strings.HasSuffix(form, "s") || strings.HasSuffix(form, "n"):
			// listed with their plurals (iraníes, franceses)
		default:
			out = append(out, form+"a", form+"es", form+"as")
		}
	}
	return out
}

// ruStem strips a Russian word's final vowel, й or ь (Россия → Росси,
// Китай → Кита) when at least four letters remain; inflected forms are the
// stem plus a case ending of up to three letters.
func ruStem(w string) string {
	r, n := utf8.DecodeLastRuneInString(w)
	if strings.ContainsRune("аяоеиыйьюу", r) && utf8.RuneCountInString(w) > 4 {
		return w[:len(w)-n]
	}
	return w
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

// isAcronym reports a form written in capitals only (US, UAE, U.S.): it
// matches only as written.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// fold lower-cases a Latin or Cyrillic word and folds ё to е and the
// typographic apostrophe.
func fold(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii {
		if !upper {
			return w
		}
		return strings.ToLower(w)
	}
	w = strings.ToLower(w)
	for _, r := range w {
		// Latin letters with diacritics (Latin-1 Supplement to Latin
		// Extended-B) or combining marks; Cyrillic and CJK need no NFD.
		if r >= 0xC0 && r <= 0x24F || r >= 0x300 && r <= 0x36F {
			w = stripLatinMarks(w)
			break
		}
	}
	if strings.ContainsAny(w, "ё’") {
		w = strings.NewReplacer("ё", "е", "’", "'").Replace(w)
	}
	return w
}

// stripLatinMarks removes the diacritics of Latin letters (Erdoğan →
// Erdogan, Sergueï → Serguei) and keeps those of other scripts (й).
func stripLatinMarks(w string) string {
	d := norm.NFD.String(w)
	var b strings.Builder
	b.Grow(len(d))
	prev := rune(0)
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) && prev < utf8.RuneSelf && prev != 0 {
			continue
		}
		b.WriteRune(r)
		if !unicode.Is(unicode.Mn, r) {
			prev = r
		}
	}
	return norm.NFC.String(b.String())
}

// token is one word of a Latin or Cyrillic text: bytes [start, end).
type token struct{ start, end int }

// tokenize splits s into words: runs of letters, digits and marks; a dot
// between single letters stays inside (U.S.). Apostrophes and hyphens
// split words (China's → China, s; sud-coréen → sud, coréen).
func tokenize(s string, dst []token) []token {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			// U.S., U.K.: a dot after a single letter that follows a
			// dot or the word's start.
			if r == '.' && dottedLetter(s, start, i) {
				next, _ := utf8.DecodeRuneInString(s[i+1:])
				if unicode.IsLetter(next) || strings.Contains(s[start:i], ".") {
					i++
					continue
				}
			}
			break
		}
		dst = append(dst, token{start, i})
	}
	return dst
}

// dottedLetter reports whether s[start:dot] is a run of single letters
// each followed by a dot (U, U.S).
func dottedLetter(s string, start, dot int) bool {
	w := s[start:dot]
	for j := 0; j < len(w); {
		r, n := utf8.DecodeRuneInString(w[j:])
		if !unicode.IsLetter(r) {
			return false
		}
		j += n
		if j < len(w) {
			if w[j] != '.' {
				return false
			}
			j++
		}
	}
	return true
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tag finds the entity mentions of a source text.
func (lx *lexicon) tag(src string) []srcMention {
	if lx.lang == "zh" {
		return lx.tagZH(src)
	}
	toks := tokenize(src, make([]token, 0, len(src)/5+1))
	var out []srcMention
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = fold(src[t.start:t.end])
	}
	headline := titleCase(src, toks)
	for i := 0; i < len(toks); {
		ph, n := lx.matchAt(src, toks, folded, i)
		if n == 0 {
			// An adjective no list gives, read by its state's stem
			// (soudanais, keniano, суданский): weak, it only matches.
			if w := folded[i]; len(w) >= 6 && lx.stems != nil {
				lower := !unicode.IsUpper(firstRune(src[toks[i].start:]))
				if lower != (lx.lang == "en") {
					if ids := lx.derived(w); ids != nil {
						out = append(out, srcMention{start: toks[i].start, end: toks[i].end, ids: ids, kind: entities.Country, weak: true, derived: true})
					}
				}
			}
			i++
			continue
		}
		if !ph.e.neg {
			m := srcMention{start: toks[i].start, end: toks[i+n-1].end, ids: ph.e.ids, kind: ph.e.kind, place: ph.e.place}
			if m.kind != entities.Person && lx.lang != "ru" && !headline {
				m.weak = inCapitalRun(src, toks, i, i+n-1)
			}
			out = appendMention(out, m, ph.e.each)
		}
		i += n
	}
	return out
}

// matchAt returns the longest phrase matching at token i and its length in
// tokens (0: none).
func (lx *lexicon) matchAt(src string, toks []token, folded []string, i int) (phrase, int) {
	w := folded[i]
	keys := [4]string{w}
	nk := 1
	switch lx.lang {
	case "en":
		if s, ok := strings.CutSuffix(w, "s"); ok && len(s) >= 2 {
			keys[nk] = s
			nk++
		}
	case "ru":
		// the stem is the word less a case ending of up to three letters
		for k, j := 0, len(w); k < 3 && j > 0; k++ {
			_, n := utf8.DecodeLastRuneInString(w[:j])
			j -= n
			if utf8.RuneCountInString(w[:j]) < 3 {
				break
			}
			keys[nk] = w[:j]
			nk++
		}
	}
	var best phrase
	bestN := 0
	for _, key := range keys[:nk] {
		for _, ph := range lx.first[key] {
			if len(ph.toks) <= bestN || i+len(ph.toks) > len(toks) {
				continue
			}
			if lx.phraseAt(src, toks, folded, i, ph) {
				best, bestN = ph, len(ph.toks)
			}
		}
	}
	return best, bestN
}

func (lx *lexicon) phraseAt(src string, toks []token, folded []string, i int, ph phrase) bool {
	for k, ft := range ph.toks {
		t := toks[i+k]
		w := src[t.start:t.end]
		if k > 0 && !joinable(src[toks[i+k-1].end:t.start]) && !abbrevGap(src[toks[i+k-1].start:toks[i+k-1].end], src[toks[i+k-1].end:t.start]) {
			return false
		}
		if ph.e.exact && k == 0 {
			if w != ph.raw[0] && !(lx.lang == "en" && w == ph.raw[0]+"s") {
				return false
			}
			continue
		}
		if !lx.wordMatches(folded[i+k], ft, k == len(ph.toks)-1) {
			return false
		}
		if k == 0 && ph.e.capital && !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// wordMatches compares a folded text word with a folded form word: equal,
// or for English the form plus s (Americans, China's), for Russian the
// form's stem plus a case ending.
func (lx *lexicon) wordMatches(w, form string, last bool) bool {
	if w == form {
		return true
	}
	switch lx.lang {
	case "en":
		return last && w == form+"s"
	case "ru":
		stem := ruStem(form)
		rest, ok := strings.CutPrefix(w, stem)
		return ok && utf8.RuneCountInString(rest) <= 3 && utf8.RuneCountInString(stem) >= 3
	}
	return false
}

// joinable reports whether the gap between two words of a name is only
// spaces or a hyphen.
func joinable(gap string) bool {
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if r != ' ' && r != '-' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// abbrevGap reports the gap after a capitalised abbreviation of up to
// three letters: a dot, then spaces (EE. UU.).
func abbrevGap(prev, gap string) bool {
	if len(prev) > 3 || !isAcronym(prev) || !strings.HasPrefix(gap, ".") {
		return false
	}
	return joinable(gap[1:]) || gap == "."
}

// inCapitalRun reports whether tokens [i, j] are inside a run of
// capitalised words that continues past them (an organisation's or a
// newspaper's name): a capitalised word right after, or a capitalised
// word right before that does not start a sentence.
func inCapitalRun(src string, toks []token, i, j int) bool {
	if j+1 < len(toks) && joinable(src[toks[j].end:toks[j+1].start]) && unicode.IsUpper(firstRune(src[toks[j+1].start:])) && !functionWord(src[toks[j+1].start:toks[j+1].end]) {
		return true
	}
	if i > 0 && joinable(src[toks[i-1].end:toks[i].start]) && unicode.IsUpper(firstRune(src[toks[i-1].start:])) && !functionWord(src[toks[i-1].start:toks[i-1].end]) {
		return !sentenceStart(src, toks, i-1)
	}
	return false
}

// titleCase reports a headline in title case (most words capitalised),
// where a run of capitalised words is no name.
func titleCase(src string, toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	caps := 0
	for _, t := range toks {
		if unicode.IsUpper(firstRune(src[t.start:])) {
			caps++
		}
	}
	return caps*10 >= len(toks)*6
}

// functionWord: a capitalised word that does not make a name (The, In).
func functionWord(w string) bool {
	switch w {
	case "The", "A", "An", "In", "On", "At", "For", "And", "But", "Le", "La", "Les", "El", "Los", "Las", "Un", "Une", "Una", "I", "He", "She", "It", "We", "They":
		return true
	}
	return false
}

// sentenceStart reports whether token k starts a sentence.
func sentenceStart(src string, toks []token, k int) bool {
	if k == 0 {
		return true
	}
	gap := strings.TrimSpace(src[toks[k-1].end:toks[k].start])
	return strings.ContainsAny(gap, ".!?:;\"“”«»")
}

// zhTitleEnds are the last characters of titles before a name (外长, 总统,
// 总理, 首相, 主席, 外交官, 大使, 国务卿, 国王, 大臣).
const zhTitleEnds = "长長统統理相席官使卿王臣帅帥任员員"

// zhNameStart reports whether a two-character transliterated name may
// start after before: at the start, after punctuation, a space or a
// title; not inside a longer name or word (克里 in 舒克里, 克里米亚).
func zhNameStart(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return before == "" || !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhTitleEnds, r)
}

// zhAfterName are characters that follow a name (表示, 说, 称, 与, 在,
// 抵达 …, and titles after a Chinese name: 李强总理, 王毅外长): a
// two-character name followed by another character must be followed by
// one of them (not 克里米亚).
const zhAfterName = "表说說称稱指会會与與和同在的将將于於对對访訪抵出是也还還并並向致就举舉发發宣强強认認希回等及则則曾已再又告答介谈談通主率总總外国國副部首先女夫"

// zhNameEnd reports whether a two-character name may end before after.
func zhNameEnd(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhAfterName, r)
}

// relation words that follow a pair of abbreviations (中阿关系, 中美两国).
var zhRelation = []string{"关系", "關係", "两国", "兩國", "双方", "雙方", "合作", "友好", "友谊", "友誼", "战略", "戰略", "伙伴", "夥伴", "建交", "外长", "外長", "元首", "领导人", "領導人", "人民", "贸易", "貿易", "经贸", "經貿", "联合", "聯合", "峰会", "峰會", "高峰会", "高峰會", "会谈", "會談", "务实", "務實", "全面", "传统", "傳統", "论坛", "論壇", "经济", "經濟", "走廊", "交流", "合作委员会", "政府间"}

// words that make X方 no "X side" (方案 plan, 方面 aspect, 方式 way ...).
const zhFangNot = "案面式法向针針便位圆圓形"

// tagZH finds mentions in Chinese text by longest match over the forms,
// then the abbreviations: X方 (阿方) and pairs before a relation word
// (中阿关系).
func (lx *lexicon) tagZH(src string) []srcMention {
	var out []srcMention
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		matched := false
		for _, f := range lx.zh[r] {
			if strings.HasPrefix(src[i:], f.s) && (f.e.kind != entities.Person || utf8.RuneCountInString(f.s) > 2 ||
				zhNameStart(src[:i]) && zhNameEnd(src[i+len(f.s):])) {
				if !f.e.neg {
					out = appendMention(out, srcMention{start: i, end: i + len(f.s), ids: f.e.ids, kind: f.e.kind, place: f.e.place}, f.e.each)
				}
				i += len(f.s)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if ids, ok := lx.abbr[r]; ok {
			next, nn := utf8.DecodeRuneInString(src[i+n:])
			if next == '方' && lx.side[r] {
				after, _ := utf8.DecodeRuneInString(src[i+n+nn:])
				if !strings.ContainsRune(zhFangNot, after) {
					out = append(out, srcMention{start: i, end: i + n + nn, ids: ids, kind: kindOfIDs(ids), abbrev: len(ids) > 1})
					i += n + nn
					continue
				}
			}
			if ids2, ok := lx.abbr[next]; ok && next != r {
				rest := src[i+n+nn:]
				for _, w := range zhRelation {
					if strings.HasPrefix(rest, w) {
						// a pair (中美关系) is often rendered without naming
						// both states: it matches but is never missing.
						out = append(out,
							srcMention{start: i, end: i + n, ids: ids, kind: kindOfIDs(ids), abbrev: len(ids) > 1, weak: true},
							srcMention{start: i + n, end: i + n + nn, ids: ids2, kind: kindOfIDs(ids2), abbrev: len(ids2) > 1, weak: true})
						i += n + nn
						matched = true
						break
					}
				}
				if matched {
					continue
				}
			}
		}
		i += n
	}
	return out
}

func kindOfIDs(ids []string) entities.Kind {
	for _, id := range ids {
		if len(id) != 2 {
			return entities.Group
		}
	}
	return entities.Country
}

// appendMention appends m, or one mention per id when the form names each.
func appendMention(out []srcMention, m srcMention, each bool) []srcMention {
	if !each {
		return append(out, m)
	}
	for _, id := range m.ids {
		m.ids = []string{id}
		out = append(out, m)
	}
	return out
}

// latinSurname returns the surname of an official's English name when it
// is long enough to name them alone: the last word, or the first when the
// Arabic name starts with the surname (Chinese and Korean names: Wang Yi,
// وانغ يي with surname وانغ). Four letters at least for a first-word
// surname, five for a last-word one.
//
// An official whose entry lists no Arabic surname gets none either: the
// gazetteer leaves the surname out when it alone would name too many
// (Scott, Robert) or another thing (Muscat).
func latinSurname(p *entities.Entity, en string) string {
	f := strings.Fields(en)
	if len(f) < 2 || len(p.Surname) == 0 {
		return ""
	}
	if len(p.Surname) > 0 && len(p.Names) > 0 {
		first, _, _ := strings.Cut(p.Names[0], " ")
		if first == p.Surname[0] {
			if utf8.RuneCountInString(f[0]) >= 4 {
				return f[0]
			}
			return ""
		}
	}
	if utf8.RuneCountInString(f[len(f)-1]) >= 5 {
		return f[len(f)-1]
	}
	return ""
}

// stems derives the adjective stems of one-word CLDR country names in lang.
func stems(g *entities.Gazetteer, lang string) map[string][]string {
	out := map[string][]string{}
	for _, c := range g.ByKind(entities.Country) {
		r, err := language.ParseRegion(c.ID)
		if err != nil {
			continue
		}
		for _, loc := range cldrLocales[lang] {
			n := fold(display.Regions(language.MustParse(loc)).Name(r))
			if n == "" || strings.ContainsAny(n, " -'()") || utf8.RuneCountInString(n) < 5 {
				continue
			}
			rs := []rune(n)
			for cut := 0; cut <= 2; cut++ {
				if len(rs)-cut < 4 {
					break
				}
				st := string(rs[:len(rs)-cut])
				if !slices.Contains(out[st], c.ID) {
					out[st] = append(out[st], c.ID)
				}
			}
		}
	}
	return out
}

// derived reads word w (folded) as an adjective of a state by its stem:
// the longest stem w starts with, followed by one to six letters.
func (lx *lexicon) derived(w string) []string {
	rs := []rune(w)
	for k := len(rs) - 1; k >= 4 && k >= len(rs)-6; k-- {
		if ids, ok := lx.stems[string(rs[:k])]; ok {
			return ids
		}
	}
	return nil
}
