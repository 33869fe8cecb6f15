package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/arabic"
)

// Each spelling equivalence a name key relies on is checked against the
// token table on its own: every pair of Arabic spellings in the table that
// one application of the equivalence turns into each other is a link; a
// link is true when the two spellings carry one Latin token (the loose
// grouping of keys.go), false when they carry different ones. An
// equivalence holds where its links are true far more often than a change
// of two letters no key relates, the baseline: the share of true links of
// every single-letter substitution outside the equivalences.

// equivalence is one way of writing a name another way.
type equivalence struct {
	name string
	// apply calls fn with each spelling one application of the
	// equivalence makes of w.
	apply func(w string, fn func(string))
}

// substitute is the equivalence of letters x and y written for one another
// anywhere in a word.
func substitute(x, y string) equivalence {
	return equivalence{x + "/" + y, func(w string, fn func(string)) {
		for _, p := range [2][2]string{{x, y}, {y, x}} {
			for i := 0; ; {
				j := strings.Index(w[i:], p[0])
				if j < 0 {
					break
				}
				fn(w[:i+j] + p[1] + w[i+j+len(p[0]):])
				i += j + len(p[0])
			}
		}
	}}
}

// longVowel is the equivalence of a long vowel v added or dropped inside a
// word (not first, not last).
func longVowel(v rune) equivalence {
	return equivalence{"long " + string(v) + " inside", func(w string, fn func(string)) {
		rs := []rune(w)
		for i := 1; i < len(rs); i++ {
			if rs[i] == v && i < len(rs)-1 {
				fn(string(rs[:i]) + string(rs[i+1:])) // dropped
			}
			fn(string(rs[:i]) + string(v) + string(rs[i:])) // added
		}
	}}
}

// letterInside is the equivalence of a consonant c added or dropped
// inside a word (not first, not last): ع after a long vowel (إسماعيل،
// إسماييل), a doubled letter written twice, ل of a Spanish "ll".
func letterInside(c rune) equivalence {
	eq := longVowel(c)
	eq.name = string(c) + " added or dropped inside"
	return eq
}

// affix is the equivalence of a prefix or suffix added or dropped.
func affix(name, pre, suf string) equivalence {
	return equivalence{name, func(w string, fn func(string)) {
		if pre != "" {
			if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) > 2 {
				fn(rest)
			}
			fn(pre + w)
		}
		if suf != "" {
			if rest, ok := strings.CutSuffix(w, suf); ok && len(rest) > 2 {
				fn(rest)
			}
			fn(w + suf)
		}
	}}
}

// equivalences are the ones nazir's name keys and the list use.
var equivalences = []equivalence{
	substitute("ز", "ث"), substitute("ز", "س"), substitute("ز", "ج"), substitute("س", "ث"),
	substitute("ث", "ج"), substitute("س", "ج"), substitute("س", "ص"), substitute("ز", "ذ"),
	substitute("تش", "ش"), substitute("تش", "ج"),
	substitute("غ", "ج"), substitute("غ", "ق"), substitute("ج", "ق"), substitute("ك", "ق"),
	substitute("ك", "ج"), substitute("ك", "غ"),
	substitute("ي", "ج"), substitute("خ", "ج"), substitute("خ", "غ"), substitute("خ", "ك"), substitute("خ", "ه"), substitute("خ", "ح"),
	substitute("ت", "ط"), substitute("د", "ض"), substitute("ه", "ح"), substitute("ف", "ب"),
	longVowel('ا'), longVowel('و'), longVowel('ي'),
	affix("article ال", "ال", ""), affix("final ي (nisba)", "", "ي"), affix("final ه", "", "ه"), affix("final ا", "", "ا"),
	// spellings of foreign names the checker does not join: "ll" as ي or
	// ل, an initial alef, a letter added inside
	substitute("ل", "ي"), affix("initial ا", "ا", ""),
	letterInside('ع'), letterInside('ل'), letterInside('ت'), letterInside('ن'), letterInside('ر'),
}

// equivReport is the count of one equivalence's links.
type equivReport struct {
	name        string
	true, false int
}

func (r equivReport) share() float64 { return float64(r.true) / float64(max(r.true+r.false, 1)) }

// measureEquivalences counts the links of each equivalence among the
// spellings of rows (token_latin, token_ar), and the baseline: every
// substitution of one letter for another that no equivalence names.
func measureEquivalences(rows []map[string]string) (out []equivReport, base equivReport) {
	related, spellings := relatedSpellings(rows)
	count := func(rep *equivReport, a, b string) {
		if b <= a || related[b] == nil {
			return // each unordered pair once, from its first spelling
		}
		if shareGroup(related[a], related[b]) {
			rep.true++
		} else {
			rep.false++
		}
	}
	named := map[[2]rune]bool{}
	for _, e := range equivalences {
		rep := equivReport{name: e.name}
		for _, a := range spellings {
			seen := map[string]bool{}
			e.apply(a, func(b string) {
				if !seen[b] {
					seen[b] = true
					count(&rep, a, b)
				}
			})
		}
		out = append(out, rep)
		if x, y, ok := strings.Cut(e.name, "/"); ok && len([]rune(x)) == 1 && len([]rune(y)) == 1 {
			named[[2]rune{[]rune(x)[0], []rune(y)[0]}] = true
			named[[2]rune{[]rune(y)[0], []rune(x)[0]}] = true
		}
	}
	base.name = "any other letter for another"
	const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
	for _, a := range spellings {
		rs := []rune(a)
		for i, x := range rs {
			for _, y := range letters {
				if y == x || named[[2]rune{x, y}] || isVowelLetter(x) || isVowelLetter(y) {
					continue
				}
				b := string(rs[:i]) + string(y) + string(rs[i+1:])
				count(&base, a, b)
			}
		}
	}
	return out, base
}

func isVowelLetter(r rune) bool { return r == 'ا' || r == 'و' || r == 'ي' || r == 'ة' || r == 'ه' }

// evalEquivalences prints the measure, each equivalence's lift over the
// baseline, and whether it holds (minLift times the baseline's share, on
// minLinks links or more).
func evalEquivalences(data string, w io.Writer) error {
	t, err := readTSV(filepath.Join(data, "wikidata_en_ar_person_name_tokens.tsv"))
	if err != nil {
		return err
	}
	reps, base := measureEquivalences(t.rows)
	fmt.Fprintf(w, "%-28s %6s %7s %6s %6s  %s\n", "equivalence", "true", "false", "share", "lift", "verdict")
	for _, r := range reps {
		fmt.Fprintf(w, "%-28s %6d %7d %6.3f %6.1f  %s\n", r.name, r.true, r.false, r.share(), r.share()/base.share(), verdict(r, base))
	}
	fmt.Fprintf(w, "%-28s %6d %7d %6.3f %6.1f\n", base.name, base.true, base.false, base.share(), 1.0)
	return nil
}

// minLift and minLinks are the bar an equivalence must pass to hold.
const (
	minLift  = 5
	minLinks = 10
)

func verdict(r, base equivReport) string {
	switch {
	case r.true+r.false < minLinks:
		return "too few links"
	case r.share() >= minLift*base.share():
		return "holds"
	}
	return "does not hold"
}

// relatedSpellings folds the Arabic spelling of every one-word row of the
// token table (token_latin, token_ar) and gives, for each folded spelling,
// the loose Latin tokens it carries, and the spellings in sorted order.
// Two spellings that share a Latin token are spellings of one name.
func relatedSpellings(rows []map[string]string) (map[string]map[string]bool, []string) {
	norm := arabic.Default()
	related := map[string]map[string]bool{}
	for _, r := range rows {
		ar := norm.FoldString(r["token_ar"])
		g := looseLatin(r["token_latin"])
		if ar == "" || g == "" || strings.Contains(ar, " ") {
			continue
		}
		if related[ar] == nil {
			related[ar] = map[string]bool{}
		}
		related[ar][g] = true
	}
	spellings := make([]string, 0, len(related))
	for s := range related {
		spellings = append(spellings, s)
	}
	sort.Strings(spellings)
	return related, spellings
}
