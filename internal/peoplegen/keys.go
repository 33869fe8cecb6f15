package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

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
}

func (r keyReport) String() string {
	n := float64(r.spellings)
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
						}
					}
				}
			}
			buckets := map[string][]string{}
			for _, s := range spellings {
				b := kf.bucket(s)
				buckets[b] = append(buckets[b], s)
			}
			for _, list := range buckets {
				for i := range list {
					for j := i + 1; j < len(list); j++ {
						a, b := list[i], list[j]
						if shareGroup(related[a], related[b]) || !kf.same(a, b) {
							continue
						}
						rep.falseMerges++
					}
				}
			}
			out = append(out, rep)
		}
	}
	return out
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
