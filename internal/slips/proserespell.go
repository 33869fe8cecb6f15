package slips

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

// ProseRespelt writes one later occurrence of the name of anybody a text
// names twice another way, as real prose names people: the gazetteer's
// people, people after an honorific or a title phrase's nisba
// (PersonRespelt's), and people with no title at all, read as a given
// name of the lexicon followed by words known as name tokens. The change
// is drawn among all the ways transliterations and hurried editors write a
// name apart, each kind as likely as the others (RespellProse), and a
// compound given name is written joined where the text writes it apart or
// apart where it writes it joined (عبد الرحمن/عبدالرحمن). It is meant for
// unlabelled articles (slipdraw -infer) as much as for releases. It is not
// in Kinds: ask for it by name.
const ProseRespelt Kind = "prose-respelt"

// CompoundRespelt writes a compound name joined in one later occurrence
// where the text writes it apart, or apart where it writes it joined, and
// nothing else: a given name or a surname with عبد (عبد الرحمن ↔
// عبدالرحمن; بدر عبد العاطي ↔ عبدالعاطي) or ending in الدين or الله (نور
// الدين ↔ نورالدين; نصر الله ↔ نصرالله), never a father's name after بن. It
// is not in Kinds: ask for it by name.
const CompoundRespelt Kind = "compound-respelt"

// proseSite is a name ProseRespelt may respell: its occurrences, and
// whether it is an Arab's name (written one way but for the article, the
// nisba's ي and a compound given name joined or apart) or a compound given
// name.
type proseSite struct {
	nameSite
	arab, compound bool
}

// respellProse makes a ProseRespelt slip: one time in four a compound
// given name joined or apart, otherwise another name respelt, each on a
// site drawn at random. A text offers no site for the draw it has none of
// (the draw then moves on), so that compound names stay one slip in four
// however many texts of one state repeat its ruler's compound name.
func (gen *Generator) respellProse(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	compound := rng.IntN(4) == 0
	return gen.respellProseSites(t, slices.DeleteFunc(gen.proseSites(t, ms, old, oldVars, false), func(s proseSite) bool { return s.compound != compound }), rng)
}

// respellCompound makes a CompoundRespelt slip.
func (gen *Generator) respellCompound(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, rng *rand.Rand) ([]edit, variant) {
	return gen.respellProseSites(t, slices.DeleteFunc(gen.proseSites(t, ms, old, oldVars, true), func(s proseSite) bool { return !s.compound }), rng)
}

// respellProseSites respells one later occurrence of a site drawn at
// random among sites.
func (gen *Generator) respellProseSites(t *arabic.Text, sites []proseSite, rng *rand.Rand) ([]edit, variant) {
	rng.Shuffle(len(sites), func(i, j int) { sites[i], sites[j] = sites[j], sites[i] })
	for _, s := range sites {
		at := s.occ[1+rng.IntN(len(s.occ)-1)]
		word := string(t.Orig[at[0]:at[1]])
		alt, ok := RespellProse(word, s.arab, rng)
		if !ok || len(gen.tg.Tag(gen.n.Normalize([]byte(alt)))) > 0 || textHasWord(t, gen.n.FoldString(alt)) {
			continue // a place's or state's name (طرابلسي → طرابلس), or a word the text has: no slip of a name alone
		}
		e := edit{start: at[0], end: at[1], orig: word, repl: alt}
		return []edit{e}, variant{spans: [][2]int{s.occ[0], {e.start, e.end}}}
	}
	return nil, variant{}
}

// compoundTails are the words that end a compound name (نور الدين، نصر
// الله).
var compoundTails = map[string]bool{"الدين": true, "الله": true}

// joinedTail returns the compound tail w ends with when w is such a
// compound written joined (نورالدين، نصرالله: two letters or more before
// it, not عبد's, which the عبد rules write), "" otherwise.
func joinedTail(w string) string {
	if strings.HasPrefix(w, "عبد") || strings.HasPrefix(w, "ال") {
		return ""
	}
	for tail := range compoundTails {
		if head, ok := strings.CutSuffix(w, tail); ok && utf8.RuneCountInString(head) >= 2 {
			return tail
		}
	}
	return ""
}

// nameHead says whether w can begin a compound name ending in الدين or
// الله: a given name of the lexicon or a word known as a name token (نور،
// نصر), not a phrase's word (حفظه الله "may God keep him").
func nameHead(w string) bool {
	names := entities.DefaultGivenNames()
	_, ok := names.Lookup(w)
	return utf8.RuneCountInString(w) >= 2 && !strings.HasPrefix(w, "ال") && (ok || names.IsNameToken(w))
}

// textHasWord says whether the folded word w is one of t's words.
func textHasWord(t *arabic.Text, w string) bool {
	for k, tok := range t.Tokens() {
		if tok.Kind == arabic.Word && t.TokenText(k) == w {
			return true
		}
	}
	return false
}

// arabStates are the members of the Arab League: their people's names are
// Arabic names.
var arabStates = map[string]bool{
	"DZ": true, "BH": true, "KM": true, "DJ": true, "EG": true, "IQ": true, "JO": true, "KW": true,
	"LB": true, "LY": true, "MR": true, "MA": true, "OM": true, "PS": true, "QA": true, "SA": true,
	"SO": true, "SD": true, "SY": true, "TN": true, "AE": true, "YE": true,
}

// nameLinks are the words before a father's or family's name.
var nameLinks = foldedSet("بن", "ابن", "بنت", "آل", "أبو")

// regnal are the ordinals after a ruler's name (عبدالله الثاني): no
// surname.
var regnal = foldedSet("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")

// proseSites are the names ProseRespelt may respell, each with its
// occurrences: the known people's last words written alike twice or more,
// PersonRespelt's, the surnames of people a given name of the lexicon
// introduces before words known as name tokens, and compound given names
// (عبد + a word with the article, or the two joined) written alike twice
// or more. With wide, compounds also end in الدين or الله (نور الدين،
// نورالدين) and may stand after another word of a name (a surname: بدر عبد
// العاطي), never after بن, آل or أبو.
func (gen *Generator) proseSites(t *arabic.Text, ms []entities.Mention, old []span, oldVars []variant, wide bool) []proseSite {
	toks := t.Tokens()
	names := entities.DefaultGivenNames()
	arabWord := func(w string) bool {
		info, ok := names.Lookup(w)
		return strings.HasPrefix(w, "ال") || ok && info.Arabic
	}
	var sites []proseSite
	seen := map[[2]int]bool{} // the first occurrence of each site
	add := func(s proseSite) {
		if len(s.occ) >= 2 && !seen[s.occ[0]] {
			seen[s.occ[0]] = true
			sites = append(sites, s)
		}
	}
	people, byPerson := gen.personMentions(ms, old, oldVars)
	for _, id := range people {
		arab := false
		if e, ok := gen.g.Lookup(id); ok {
			arab = arabStates[e.Country]
		}
		byWord := map[string][][2]int{}
		var words []string
		for _, i := range byPerson[id] {
			m := &ms[i]
			ws := strings.LastIndexByte(m.Text, ' ') + 1
			w := gen.n.FoldString(m.Text[ws:])
			if regnal[w] {
				continue
			}
			if _, ok := byWord[w]; !ok {
				words = append(words, w)
			}
			byWord[w] = append(byWord[w], [2]int{m.Start + ws, m.End})
		}
		for _, w := range words {
			if strings.HasPrefix(w, "عبد") {
				continue // a father's name (سلمان بن عبدالعزيز)
			}
			add(proseSite{nameSite: nameSite{occ: byWord[w]}, arab: arab || arabWord(w)})
		}
	}
	for _, s := range personSites(t, ms, old, oldVars) {
		// an Arab's surname, or a surname after an Arabic given name
		before := strings.Fields(string(t.Orig[:s.occ[0][0]]))
		arab := arabWord(gen.n.FoldString(string(t.Orig[s.occ[0][0]:s.occ[0][1]])))
		if len(before) > 0 {
			arab = arab || arabWord(gen.n.FoldString(before[len(before)-1]))
		}
		add(proseSite{nameSite: s, arab: arab})
	}
	person := make([]bool, len(toks)) // a known person's words
	other := make([]bool, len(toks))  // words of any other mention
	for i := range ms {
		for k := ms[i].FirstTok; k <= ms[i].LastTok && k < len(toks); k++ {
			if ms[i].Kind == entities.Person {
				person[k] = true
			} else {
				other[k] = true
			}
		}
	}
	free := func(k int, persons bool) bool {
		if k >= len(toks) || toks[k].Kind != arabic.Word || other[k] || person[k] && !persons {
			return false
		}
		s, e := toks[k].OrigStart, toks[k].OrigEnd
		return !overlapsAny(old, s, e) && !inVariants(oldVars, s, e)
	}
	given := func(k int) (arab, ok bool) { // a given name, or و and one
		w := t.TokenText(k)
		info, ok := names.Lookup(w)
		if rest, and := strings.CutPrefix(w, "و"); !ok && and {
			info, ok = names.Lookup(rest)
		}
		return info.Arabic, ok && (!info.CommonWord || info.People >= 20)
	}
	nameWord := func(k int) bool {
		w := t.TokenText(k)
		_, g := names.Lookup(w)
		return free(k, false) && !g && !officeWords[w] && !regnal[w] && names.IsNameToken(w)
	}
	// a surname two people carry is left alone, as PersonRespelt does
	surOf := map[string]string{}
	shared := map[string]bool{}
	type cand struct {
		sur  int
		arab bool
	}
	var cands []cand
	for i := 0; i+1 < len(toks); i++ {
		arab, ok := given(i)
		if !free(i, false) || !ok || !nameWord(i+1) {
			continue
		}
		j := i + 1
		for j+1 < len(toks) && j < i+3 && nameWord(j+1) {
			j++
		}
		g, sur := t.TokenText(i), t.TokenText(j)
		if prev, ok := surOf[sur]; ok && prev != g {
			shared[sur] = true
		}
		surOf[sur] = g
		cands = append(cands, cand{j, arab || arabWord(sur)})
		i = j
	}
	for _, c := range cands {
		sur := t.TokenText(c.sur)
		if utf8.RuneCountInString(sur) < 4 || shared[sur] {
			continue
		}
		occ := [][2]int{{toks[c.sur].OrigStart, toks[c.sur].OrigEnd}}
		for k := c.sur + 1; k < len(toks); k++ {
			if !free(k, false) {
				continue
			}
			if s, ok := procliticWord(t, k, sur); ok {
				occ = append(occ, [2]int{s, toks[k].OrigEnd})
			}
		}
		add(proseSite{nameSite: nameSite{occ: occ}, arab: c.arab})
	}
	// compound given names, a known person's included, each way of
	// writing apart
	compound := map[string][][2]int{}
	var order []string
	for k := range toks {
		if !free(k, true) {
			continue
		}
		w := t.TokenText(k)
		if k > 0 && (person[k-1] && !wide || nameLinks[t.TokenText(k-1)]) {
			continue // a father's or family's name, no given name
		}
		var sp [2]int
		switch {
		case w == "عبد" && k+1 < len(toks) && free(k+1, true) && strings.HasPrefix(t.TokenText(k+1), "ال"):
			sp = [2]int{toks[k].OrigStart, toks[k+1].OrigEnd}
		case strings.HasPrefix(w, "عبدال") && utf8.RuneCountInString(w) >= 7:
			sp = [2]int{toks[k].OrigStart, toks[k].OrigEnd}
		case wide && k+1 < len(toks) && free(k+1, true) && compoundTails[t.TokenText(k+1)] &&
			w != "عبد" && !nameLinks[w] && nameHead(w):
			sp = [2]int{toks[k].OrigStart, toks[k+1].OrigEnd}
		case wide && joinedTail(w) != "" && nameHead(strings.TrimSuffix(w, joinedTail(w))):
			sp = [2]int{toks[k].OrigStart, toks[k].OrigEnd}
		default:
			continue
		}
		key := string(t.Orig[sp[0]:sp[1]])
		if key != gen.n.FoldString(key) && !strings.HasPrefix(key, "عبد") {
			continue // written with marks or other letters than its folded form
		}
		if _, ok := compound[key]; !ok {
			order = append(order, key)
		}
		compound[key] = append(compound[key], sp)
	}
	for _, key := range order {
		add(proseSite{nameSite: nameSite{occ: compound[key]}, arab: true, compound: true})
	}
	return sites
}

// procliticWord says whether token k is sur, alone or after proclitics (و
// ل ب and their pairs), the proclitics written as the folded text has
// them; s is where the name starts in the original bytes.
func procliticWord(t *arabic.Text, k int, sur string) (s int, ok bool) {
	toks := t.Tokens()
	w := t.TokenText(k)
	for _, p := range [...]string{"", "و", "ل", "ب", "ول", "وب"} {
		if w == p+sur && strings.HasPrefix(string(t.Orig[toks[k].OrigStart:toks[k].OrigEnd]), p) {
			return toks[k].OrigStart + len(p), true
		}
	}
	return 0, false
}

// RespellProse returns a name written another way, drawn first among the
// kinds of change the name allows, each as likely, then among that kind's
// spellings:
//   - a letter of a transliteration class swapped (ز/ث/س/ج, تش/ش, غ/ج/ق,
//     ك/ق: بيريز → بيريث, تشرشل → شرشل, غوتيريش → جوتيريش);
//   - a letter of a pair the name keys keep apart swapped (ج/ي, خ/ج, خ/غ,
//     خ/ك: RespellForeign's);
//   - a long vowel inside dropped or added (ماكرون → ماكرن);
//   - the article dropped, or added to an Arab's nisba (البرادعي ↔
//     برادعي);
//   - an Arab's nisba's final ي dropped, or added after the article
//     (القاسمي ↔ القاسم);
//   - a compound given name written joined or apart (عبد الرحمن ↔
//     عبدالرحمن): name is then the two words, or the joined one.
//
// An Arab's name (arab) is written one way but for the article, the
// nisba's ي and a compound given name: the letters and long vowels are
// kept. ok is false for a word of fewer than four letters or one no
// change applies to.
func RespellProse(name string, arab bool, rng *rand.Rand) (string, bool) {
	if rest, ok := strings.CutPrefix(name, "عبد "); ok && strings.HasPrefix(rest, "ال") && !strings.Contains(rest, " ") {
		return "عبد" + rest, true
	}
	if rest, ok := strings.CutPrefix(name, "عبدال"); ok && utf8.RuneCountInString(rest) >= 2 {
		return "عبد ال" + rest, true
	}
	if arab {
		if head, tail, ok := strings.Cut(name, " "); ok && compoundTails[tail] && !strings.Contains(head, " ") {
			return head + tail, true // نور الدين → نورالدين
		}
		if tail := joinedTail(name); tail != "" {
			return strings.TrimSuffix(name, tail) + " " + tail, true
		}
	}
	if utf8.RuneCountInString(name) < 4 || strings.ContainsAny(name, " \u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") {
		return "", false
	}
	art, stem := "", name
	if rest, ok := strings.CutPrefix(name, "ال"); ok {
		art, stem = "ال", rest
	}
	var kinds [][]string
	addKind := func(opts []string) {
		var keep []string
		for _, o := range opts {
			if o != name && utf8.ValidString(o) {
				keep = append(keep, o)
			}
		}
		if len(keep) > 0 {
			kinds = append(kinds, keep)
		}
	}
	rs := []rune(stem)
	if !arab {
		addKind(classSwaps(art, stem))
		var foreign []string // a pair the keys keep apart
		for i := range rs {
			for _, o := range foreignSwaps(rs, i) {
				foreign = append(foreign, art+string(rs[:i])+string(o)+string(rs[i+1:]))
			}
		}
		addKind(foreign)
		addKind(vowelChanges(art, rs))
	}
	if !arab && art == "" {
		return pick(kinds, rng)
	}
	// an Arab's name: the article, the nisba's ي
	nisba := strings.HasSuffix(stem, "ي") && len(rs) >= 5
	switch {
	case art != "" && len(rs) >= 4:
		addKind([]string{stem})
	case art == "" && nisba:
		addKind([]string{"ال" + stem})
	}
	switch {
	case nisba:
		addKind([]string{art + string(rs[:len(rs)-1])})
	case art != "" && len(rs) >= 4 && !strings.ContainsRune("اويىةه", rs[len(rs)-1]):
		addKind([]string{name + "ي"})
	}
	return pick(kinds, rng)
}

// pick draws a kind of change, then one of its spellings; ok is false
// when there is none.
func pick(kinds [][]string, rng *rand.Rand) (string, bool) {
	if len(kinds) == 0 {
		return "", false
	}
	k := kinds[rng.IntN(len(kinds))]
	return k[rng.IntN(len(k))], true
}

// classSwaps are the spellings of art+stem with one letter of a class the
// name keys join swapped (nameSwaps), at each place it stands; the ش of
// تش is no ش alone.
func classSwaps(art, stem string) []string {
	var out []string
	for _, p := range nameSwaps {
		for i := 0; ; {
			j := strings.Index(stem[i:], p[0])
			if j < 0 {
				break
			}
			at := i + j
			if p[0] != "ش" || !strings.HasSuffix(stem[:at], "ت") {
				out = append(out, art+stem[:at]+p[1]+stem[at+len(p[0]):])
			}
			i = at + len(p[0])
		}
	}
	return out
}

// vowelChanges are the spellings of art+rs with a long vowel inside rs
// dropped, or one added between two letters that are no vowels, alefs
// with a hamza, hamzas or a hyphen.
func vowelChanges(art string, rs []rune) []string {
	const hamzas = "أإآءئؤة-"
	var out []string
	for i := 1; i < len(rs)-1; i++ {
		switch {
		case strings.ContainsRune(longVowels, rs[i]):
			out = append(out, art+string(rs[:i])+string(rs[i+1:]))
		case !strings.ContainsRune(longVowels+hamzas, rs[i-1]) && !strings.ContainsRune(hamzas, rs[i]):
			for _, v := range longVowels {
				out = append(out, art+string(rs[:i])+string(v)+string(rs[i:]))
			}
		}
	}
	return out
}
