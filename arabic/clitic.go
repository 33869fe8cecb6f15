package arabic

import (
	"strings"
	"unicode/utf8"
)

// Split is one way to read a word as proclitics + stem.
type Split struct {
	Prefix string // e.g. "و", "وال", "لل", "ب"
	// Stem is the literal rest of the word after Prefix. For "لل" (ل + the
	// article, whose alef is not written) it is what follows the second lam:
	// للبنان → Prefix "لل", Stem "بنان", Article true.
	Stem string
	// Article is true when Prefix ends with the definite article (ال, or the
	// merged لل whose second lam is the article).
	Article bool
}

// Proclitics returns the proclitic sequences that may stand before a word,
// the article excluded (it belongs to the word, and Attach joins the two):
// none (""), a conjunction (و ف), a preposition (ب ل ك), or a conjunction
// then a preposition; "" first. A new slice each call.
func Proclitics() []string {
	ps := make([]string, 0, 12)
	for _, conj := range [...]string{"", "و", "ف"} {
		for _, prep := range [...]string{"", "ب", "ل", "ك"} {
			ps = append(ps, conj+prep)
		}
	}
	return ps
}

// Article is the definite article as normalised text has it.
const Article = "ال"

// Attach writes proclitic p before the normalised word w as Arabic spells
// it: a p ending in the preposition ل merges with an article that begins w,
// whose alef is then not written (ل + الصين → للصين, و + ل + الجانب →
// وللجانب); otherwise it is p + w.
func Attach(p, w string) string {
	if strings.HasSuffix(p, "ل") && strings.HasPrefix(w, Article) {
		return p + w[len("ا"):]
	}
	return p + w
}

// prefixes lists the legal proclitic sequences, shortest first: a proclitic
// (Proclitics) with or without the article (Attach).
var prefixes = func() []Split {
	var ps []Split
	for _, p := range Proclitics() {
		if p != "" {
			ps = append(ps, Split{Prefix: p})
		}
		ps = append(ps, Split{Prefix: Attach(p, Article), Article: true})
	}
	// Shortest first, stable.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].Prefix) < len(ps[j-1].Prefix); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}()

// MinStem is the minimum number of letters (runes) a stem keeps after a
// prefix.
const MinStem = 2

// Splits offers the possible readings of a NORMALISED word as proclitic
// prefix + stem, shortest prefix first; the whole word itself is not
// included, and nil means no reading. It offers, it does not decide:
// لبنان yields ل + بنان, and the caller keeps لبنان when it is a known name.
// The prefixes are و ف (conjunctions), ب ل ك (prepositions), ال (article)
// and their legal sequences (وال فال بال كال لل وبال فبال وكال فكال ولل فلل
// وب فب ول فل وك فك). A stem keeps at least MinStem letters.
func Splits(word string) []Split {
	var out []Split
	for _, p := range prefixes {
		if !strings.HasPrefix(word, p.Prefix) {
			continue
		}
		stem := word[len(p.Prefix):]
		if utf8.RuneCountInString(stem) < MinStem {
			continue
		}
		out = append(out, Split{Prefix: p.Prefix, Stem: stem, Article: p.Article})
	}
	return out
}
