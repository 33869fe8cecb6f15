package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
)

// surface is one surface form of an entity before proclitics: a listed name
// or a form derived by rule.
type surface struct {
	raw      string
	form     Form
	gender   Gender
	number   Number
	definite bool
	latin    bool
	// family lists the raw forms whose presence in the ambiguous list
	// licenses a collision on this form (a nisba family shares one entry).
	family []string
	// derived person forms (given+surname combinations, surname alone) may
	// be shared by several people and lose to every listed form.
	personDerived bool
}

const article = "ال"

// hasArticle reports whether a raw (unnormalised) form starts with the
// definite article. Checked before normalisation: ألمانيا normalises to
// المانيا but has no article.
func hasArticle(raw string) bool {
	return strings.HasPrefix(raw, article) && utf8.RuneCountInString(raw) > 3
}

// minSurnameRunes is the shortest surname (letters, without a leading ال or
// spaces) tagged on its own: shorter ones (لي، يي) are too often ordinary
// words or other people's names. Multi-word surnames (عبد العاطي، بن زايد)
// count all their letters.
const minSurnameRunes = 4

// patronymic reports whether a surname is a patronymic or family chain
// (بن زايد، بن عبدالعزيز، آل ثاني): shared by too many people to name one
// on its own.
func patronymic(sn string) bool {
	first, _, _ := strings.Cut(sn, " ")
	switch first {
	case "بن", "ابن", "بنت", "آل", "ال":
		return true
	}
	return false
}

// surfaces returns every surface form of e, listed and derived, without
// proclitics.
//
// Derived nisba forms, from each masculine singular X and feminine F
// (nisba_f, else X+ة), each also with the article ال:
//
//	X       masculine singular        F        feminine singular
//	X+ون    masculine plural          F−ة+ات   feminine plural
//	X+ين    masculine plural (oblique; also the oblique dual, reported Plural)
//	X+ان    masculine dual            F−ة+تان, F−ة+تين  feminine dual
//	nisba_pl  broken masculine plurals (أفغان، أتراك)
//
// A nisba of adjectives (كوري جنوبي) takes the article and the endings on
// each word (الكوري الجنوبي، الكوريون الجنوبيون), and also the article on
// its first word only; one led by a noun (جنوب سوداني) on the whole.
func surfaces(e *Entity) []surface {
	var out []surface
	add := func(raw string, f Form) {
		out = append(out, surface{raw: raw, form: f, definite: hasArticle(raw)})
	}
	switch e.Kind {
	case Person:
		for _, n := range e.Names {
			add(n, FormPerson)
		}
		for _, gv := range e.Given {
			for _, sn := range e.Surname {
				out = append(out, surface{raw: gv + " " + sn, form: FormPerson, personDerived: true})
			}
		}
		for _, sn := range e.Surname {
			letters := utf8.RuneCountInString(strings.ReplaceAll(strings.TrimPrefix(sn, article), " ", ""))
			if letters >= minSurnameRunes && !patronymic(sn) {
				out = append(out, surface{raw: sn, form: FormPerson, personDerived: true, definite: hasArticle(sn)})
			}
		}
		return out
	case Agency:
		for _, n := range e.Names {
			add(n, FormAgency)
		}
		return out
	case Title:
		for _, n := range e.Names {
			add(n, FormTitle)
		}
		return out
	}
	for _, n := range e.Names {
		add(n, FormName)
	}
	for _, c := range e.Capital {
		add(c, FormCapital)
	}
	for _, c := range e.Cities {
		add(c, FormCity)
	}
	if e.Kind == Country {
		for _, en := range append([]string{e.English}, e.EnAlt...) {
			if en != "" {
				out = append(out, surface{raw: en, form: FormName, latin: true})
			}
		}
	}
	if len(e.Nisba.M) == 0 {
		return out
	}
	var family []string
	for _, x := range append(append([]string(nil), e.Nisba.M...), e.Nisba.F...) {
		family = append(family, x, Agree(x, withArticle), withArticle(x))
	}
	// nisba adds the form inflect makes of base, and the same with the
	// article, word by word where base is a phrase of adjectives.
	nisba := func(base string, inflect func(string) string, g Gender, n Number) {
		indef := Agree(base, inflect)
		forms := []string{indef, Agree(base, func(w string) string { return withArticle(inflect(w)) })}
		if whole := withArticle(indef); whole != forms[1] {
			// The article on the first word only (الكوري جنوبي), as
			// careless copy writes it.
			forms = append(forms, whole)
		}
		for _, r := range forms {
			out = append(out, surface{raw: r, form: FormNisba, gender: g, number: n, definite: r != indef, family: family})
		}
	}
	for _, x := range e.Nisba.M {
		nisba(x, suffix(""), Masculine, Singular)
		nisba(x, suffix("ون"), Masculine, Plural)
		nisba(x, suffix("ين"), Masculine, Plural)
		nisba(x, suffix("ان"), Masculine, Dual)
	}
	for _, b := range e.brokenPl {
		nisba(b, suffix(""), Masculine, Plural)
	}
	for _, f := range e.Nisba.F {
		nisba(f, suffix(""), Feminine, Singular)
		nisba(f, feminine("ات"), Feminine, Plural)
		nisba(f, feminine("تان"), Feminine, Dual)
		nisba(f, feminine("تين"), Feminine, Dual)
	}
	return out
}

// withArticle gives a word the definite article.
func withArticle(w string) string { return article + w }

// suffix returns a function that adds end to a word.
func suffix(end string) func(string) string {
	return func(w string) string { return w + end }
}

// feminine returns a function that replaces a feminine word's final ة by end.
func feminine(end string) func(string) string {
	return func(w string) string { return strings.TrimSuffix(w, "ة") + end }
}

// Agree applies inflect (adding the article or an ending) to a nisba as
// Arabic agreement does. A nisba of two or more adjectives (كوري جنوبي،
// كورية جنوبية) is a phrase whose words agree: each is inflected
// (الكوري الجنوبي، الكوريون الجنوبيون، الكوريات الجنوبيات). Any other
// nisba is inflected as a whole: a phrase led by a noun (جنوب سوداني) takes
// the article at its start and an ending at its end.
func Agree(x string, inflect func(string) string) string {
	if !strings.ContainsFunc(x, unicode.IsSpace) {
		return inflect(x) // one word (most nisbas), or none: as Fields would give
	}
	words := strings.Fields(x)
	if len(words) < 2 {
		return inflect(x)
	}
	for _, w := range words {
		if !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "ية") {
			return inflect(x)
		}
	}
	for i, w := range words {
		words[i] = inflect(w)
	}
	return strings.Join(words, " ")
}

// normalizedTokens normalises a raw form and returns its token texts (Latin
// tokens lower-cased) and kinds. Empty when the form normalises to nothing.
func normalizedTokens(n *arabic.Normalizer, raw string) ([]string, []arabic.TokenKind) {
	t := n.Normalize([]byte(raw))
	l := t.TokenList()
	toks := make([]string, 0, l.Len())
	kinds := make([]arabic.TokenKind, 0, l.Len())
	for i := range l.Len() {
		s := l.Text(i)
		if l.Kind(i) == arabic.Latin {
			s = asciiLower(s)
		}
		toks = append(toks, s)
		kinds = append(kinds, l.Kind(i))
	}
	return toks, kinds
}

// normalizeAll is normalizedTokens for many forms at once: one call to the
// normaliser for all of them (joined by line breaks), which is what keeps
// compiling a large gazetteer fast.
func normalizeAll(n *arabic.Normalizer, raws []string) [][]string {
	out := make([][]string, len(raws))
	if len(raws) == 0 {
		return out
	}
	size := len(raws)
	for _, r := range raws {
		size += len(r)
	}
	var b strings.Builder
	b.Grow(size)
	for i, r := range raws {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r)
	}
	t := n.Normalize([]byte(b.String()))
	if strings.Count(t.Norm, "\n") != len(raws)-1 {
		// A form holds something the normaliser turns into a line break:
		// take them one by one.
		for i, r := range raws {
			out[i], _ = normalizedTokens(n, r)
		}
		return out
	}
	line, nextNL := 0, strings.IndexByte(t.Norm, '\n')
	l := t.TokenList()
	for i := range l.Len() {
		for nextNL >= 0 && nextNL < l.Start(i) {
			line++
			if k := strings.IndexByte(t.Norm[nextNL+1:], '\n'); k >= 0 {
				nextNL += 1 + k
			} else {
				nextNL = -1
			}
		}
		s := l.Text(i)
		if l.Kind(i) == arabic.Latin {
			s = asciiLower(s)
		}
		out[line] = append(out[line], s)
	}
	return out
}

// normSurface is a surface form with its normalised tokens.
type normSurface struct {
	e    *Entity
	s    surface
	toks []string
	key  string
}

// normalizedSurfaces returns every surface form of every entity of g,
// normalised with n, in gazetteer order.
func normalizedSurfaces(g *Gazetteer, n *arabic.Normalizer) []normSurface {
	per := make([][]surface, len(g.Entities))
	total := 0
	for i, e := range g.Entities {
		per[i] = surfaces(e)
		total += len(per[i])
	}
	out := make([]normSurface, 0, total)
	for i, e := range g.Entities {
		for _, s := range per[i] {
			out = append(out, normSurface{e: e, s: s})
		}
	}
	raws := make([]string, len(out))
	for i := range out {
		raws[i] = out[i].s.raw
	}
	for i, toks := range normalizeAll(n, raws) {
		out[i].toks = toks
		out[i].key = formKey(toks)
	}
	return out
}

// formKeys returns the comparison keys of raw forms.
func formKeys(n *arabic.Normalizer, raws []string) []string {
	all := normalizeAll(n, raws)
	keys := make([]string, len(all))
	for i, toks := range all {
		keys[i] = formKey(toks)
	}
	return keys
}

// formKey is the comparison key of a normalised form.
func formKey(toks []string) string { return strings.Join(toks, " ") }

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// defaultNormalizer is the normaliser used to compare forms at validation.
func defaultNormalizer() *arabic.Normalizer {
	return arabic.NewNormalizer(arabic.DefaultOptions())
}
