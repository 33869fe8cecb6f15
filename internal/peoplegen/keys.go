package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/nazir-nlp/nazir/arabic"
)

// A name key is checked against real spelling variation: Wikidata's name
// token table gives one usual Arabic spelling per Latin token, so the
// spellings of one name are those of Latin tokens that are the same name
// written another way. Two groupings of Latin tokens are used: "strict"
// (the same letters up to diacritics and case: Pérez, Perez) and "loose"
// (also the usual Latin spelling alternations: y/i, w/v, ph/f, kh/h, doubled
// letters, c/k/q, z/s). Recall is the share of pairs of different Arabic
// spellings of one group that the key puts together; a false merge is a
// pair of Arabic spellings of no common group that it puts together, and
// its rate is per pair of different spellings in the table.
//
// LongVowel (arabic.LongVowelApart: the same letters once the long vowels
// inside are set aside) is also counted by the length of the skeleton the
// two spellings share, with the share of spellings of that length that it
// merges with some other name: how far a long vowel added or dropped can
// be trusted in a short name. A "false" merge is a pair of spellings no
// Latin grouping relates, so some are one name after all (Latin spellings
// the loose folds miss): the figures bound the error from above.

// keyFunc decides whether two spellings are one name; bucket is a key that
// every accepted pair shares (to find candidate pairs).
type keyFunc struct {
	name   string
	bucket func(string) string
	same   func(a, b string) bool
}

var keyFuncs = []keyFunc{
	{"PhoneticKey", arabic.PhoneticKey, func(a, b string) bool { return arabic.PhoneticKey(a) == arabic.PhoneticKey(b) }},
	{"NameKey", arabic.NameKey, func(a, b string) bool { return arabic.NameKey(a) == arabic.NameKey(b) }},
	{"SameName", arabic.NameSkeleton, arabic.SameName},
	{"LongVowel", arabic.VowelSkeleton, func(a, b string) bool { _, ok := arabic.LongVowelApart(a, b); return ok }},
}

var looseRules = []struct{ from, to string }{
	{"ph", "f"}, {"ck", "k"}, {"ou", "u"}, {"y", "i"}, {"w", "v"}, {"dj", "j"}, {"tch", "ch"}, {"sch", "sh"},
	{"kh", "h"}, {"th", "t"}, {"dh", "d"}, {"q", "k"}, {"c", "k"}, {"z", "s"}, {"x", "ks"}, {"ee", "i"}, {"oo", "u"},
}

var doubled = regexp.MustCompile(`(a+|b+|d+|e+|f+|g+|h+|i+|k+|l+|m+|n+|o+|p+|r+|s+|t+|u+|v+)`)

// looseLatin folds a Latin token by the usual spelling alternations.
func looseLatin(s string) string {
	s = foldLatin(s)
	for _, r := range looseRules {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	s = doubled.ReplaceAllStringFunc(s, func(m string) string { return m[:1] })
	s = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, s)
	return strings.TrimSuffix(s, "h")
}

// keyReport is the measure of one key on one grouping.
type keyReport struct {
	grouping, key    string
	recallHit, pairs int
	falseMerges      int
	spellings        int
	// byLength counts, for the LongVowel key, by the letters of the
	// VowelSkeleton (index min(n, 6); 0 unused): true pairs joined, false
	// merges, spellings, and spellings falsely merged with at least one
	// other.
	byLength [7][4]int
}

func (r keyReport) String() string {
	n := float64(r.spellings)
	if r.key == "LongVowel" {
		var b strings.Builder
		fmt.Fprintf(&b, "%-6s %-11s recall %4d/%-4d = %.3f   false merges %7d pairs (%.1e of all pairs of spellings)",
			r.grouping, r.key, r.recallHit, r.pairs, float64(r.recallHit)/float64(max(r.pairs, 1)),
			r.falseMerges, float64(r.falseMerges)/(n*(n-1)/2))
		for l := 1; l < len(r.byLength); l++ {
			c := r.byLength[l]
			lbl := fmt.Sprintf("%d", l)
			if l == len(r.byLength)-1 {
				lbl += "+"
			}
			fmt.Fprintf(&b, "\n         skeleton of %-2s letters: %4d true pairs joined, %6d false merges; %5d of %5d spellings (%.1f%%) merged with another name",
				lbl, c[0], c[1], c[3], c[2], 100*float64(c[3])/float64(max(c[2], 1)))
		}
		return b.String()
	}
	return fmt.Sprintf("%-6s %-11s recall %4d/%-4d = %.3f   false merges %7d pairs (%.1e of all pairs of spellings)",
		r.grouping, r.key, r.recallHit, r.pairs, float64(r.recallHit)/float64(max(r.pairs, 1)),
		r.falseMerges, float64(r.falseMerges)/(n*(n-1)/2))
}

// measureKeys computes recall and false merges of every key on both
// groupings of the token table's rows (token_latin, token_ar).
func measureKeys(rows []map[string]string) []keyReport {
	var out []keyReport
	norm := arabic.Default()
	for _, grouping := range []struct {
		name string
		fold func(string) string
	}{{"strict", foldLatin}, {"loose", looseLatin}} {
		groups := map[string]map[string]bool{}
		related := map[string]map[string]bool{} // spelling -> its groups
		for _, r := range rows {
			ar := norm.FoldString(r["token_ar"])
			if ar == "" || strings.Contains(ar, " ") {
				continue
			}
			g := grouping.fold(r["token_latin"])
			if g == "" {
				continue
			}
			if groups[g] == nil {
				groups[g] = map[string]bool{}
			}
			groups[g][ar] = true
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
		for _, kf := range keyFuncs {
			rep := keyReport{grouping: grouping.name, key: kf.name, spellings: len(spellings)}
			for _, set := range groups {
				list := sortedKeys(set)
				for i := range list {
					for j := i + 1; j < len(list); j++ {
						rep.pairs++
						if kf.same(list[i], list[j]) {
							rep.recallHit++
							rep.byLength[skeletonLength(list[i])][0]++
						}
					}
				}
			}
			buckets := map[string][]string{}
			for _, s := range spellings {
				b := kf.bucket(s)
				buckets[b] = append(buckets[b], s)
				if kf.name == "LongVowel" && b != "" {
					rep.byLength[skeletonLength(s)][2]++
				}
			}
			merged := map[string]bool{}
			for _, list := range buckets {
				for i := range list {
					for j := i + 1; j < len(list); j++ {
						a, b := list[i], list[j]
						if shareGroup(related[a], related[b]) || !kf.same(a, b) {
							continue
						}
						rep.falseMerges++
						rep.byLength[skeletonLength(a)][1]++
						merged[a], merged[b] = true, true
					}
				}
			}
			for s := range merged {
				rep.byLength[skeletonLength(s)][3]++
			}
			out = append(out, rep)
		}
	}
	return out
}

// skeletonLength is the letters of w's VowelSkeleton, 6 for six or more.
func skeletonLength(w string) int {
	return min(utf8.RuneCountInString(arabic.VowelSkeleton(w)), 6)
}

func shareGroup(a, b map[string]bool) bool {
	for g := range a {
		if b[g] {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// evalKeys prints the measures.
func evalKeys(data string, w io.Writer) error {
	t, err := readTSV(filepath.Join(data, "wikidata_en_ar_person_name_tokens.tsv"))
	if err != nil {
		return err
	}
	for _, r := range measureKeys(t.rows) {
		fmt.Fprintln(w, r)
	}
	return nil
}
