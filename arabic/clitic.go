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

// prefixes lists the legal proclitic sequences, shortest first: an optional
// conjunction (و ف), an optional preposition (ب ل ك) and an optional article
// (ال), where ل + ال is written لل.
var prefixes = func() []Split {
	var ps []Split
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ل", "ك"} {
			for _, art := range []bool{false, true} {
				p := conj + prep
				if art {
					if prep == "ل" {
						p = conj + "لل"
					} else {
						p += "ال"
					}
				}
				if p != "" {
					ps = append(ps, Split{Prefix: p, Article: art})
				}
			}
		}
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
