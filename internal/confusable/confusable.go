// Package confusable says how easily two states are swapped for each other
// in a translated or edited release, and why.
//
// The measure is derived from data, not listed by hand (see Derive): the
// first characters of the states' Chinese short names (a Chinese readout
// abbreviates a state by its first character, 阿方 "the A- side", and a
// translation that expands it picks any state of that group), the closeness
// of their Arabic names and nisbas after normalisation (زامبيا/غامبيا،
// مالي/ملاوي), one beginning with most of the other (مالي/ماليزيا) or both
// ending in letters no third state's name ends in (مقدونيا/كاليدونيا), a
// distinctive name word they share (غينيا/غينيا بيساو) and the closeness or
// containment of their English names (Sudan/South Sudan, Niger/Nigeria).
// Each pair is scored per source of evidence (Chinese, Arabic, English)
// and as a whole. The derived table is committed as confusable.tsv and
// embedded; `go generate` regenerates it from the gazetteer and
// golang.org/x/text, and a test fails when the two disagree.
package confusable

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

//go:generate go run ./gen -gazetteer ../../gazetteer.yaml -o confusable.tsv

//go:embed confusable.tsv
var tableTSV []byte

// Pair is one derived pair of states: A < B (ISO codes), the combined
// score in (0, 1], the score of each source of evidence in [0, 1] (the
// Chinese names, the Arabic names and nisbas, the English names) and the
// reasons that made it, strongest first.
type Pair struct {
	A, B       string
	Score      float64
	Zh, Ar, En float64
	Reasons    []Reason
}

// Reason is one piece of evidence that two states are swapped: its kind
// (one of the Kind constants), its score and what was compared
// ("阿", "زامبيا~غامبيا", "Sudan<South Sudan").
type Reason struct {
	Kind   string
	Score  float64
	Detail string
}

// The kinds of evidence, with the score each contributes (see Derive).
const (
	// KindZh2: the Chinese short names start with the same two characters
	// (斯洛文尼亚/斯洛伐克, 尼日尔/尼日利亚).
	KindZh2 = "zh2"
	// KindZh1: the Chinese short names start with the same character
	// (阿塞拜疆/阿富汗).
	KindZh1 = "zh1"
	// KindArabic: two Arabic names or nisbas a few letters apart after
	// normalisation (زامبيا/غامبيا).
	KindArabic = "ar"
	// KindSkeleton: two Arabic names or nisbas with the same consonants
	// once the long vowels are dropped (غينيا/غانا).
	KindSkeleton = "ar-skeleton"
	// KindArabicStart: one Arabic name or nisba begins with most of the
	// other (سنغال/سنغافورة، سوري/سورينامي).
	KindArabicStart = "ar-start"
	// KindArabicEnd: two Arabic names or nisbas end in letters no third
	// state's name ends in (بلغاريا/هنغاريا).
	KindArabicEnd = "ar-end"
	// KindArabicWord: the Arabic names share a distinctive word
	// (غينيا/غينيا بيساو, السودان/جنوب السودان).
	KindArabicWord = "ar-word"
	// KindEnglish: English names a few letters apart with a common start
	// (Austria/Australia, Iran/Iraq).
	KindEnglish = "en"
	// KindEnglishWord: one English name contains the other as whole words
	// (Sudan/South Sudan, Guinea/Equatorial Guinea).
	KindEnglishWord = "en-word"
)

// The sources of evidence (SourceOf).
const (
	SourceZh = "zh"
	SourceAr = "ar"
	SourceEn = "en"
)

// SourceOf returns the source of a kind of evidence: SourceZh, SourceAr or
// SourceEn ("" for an unknown kind).
func SourceOf(kind string) string {
	switch kind {
	case KindZh1, KindZh2:
		return SourceZh
	case KindArabic, KindSkeleton, KindArabicStart, KindArabicEnd, KindArabicWord:
		return SourceAr
	case KindEnglish, KindEnglishWord:
		return SourceEn
	}
	return ""
}

// Table is a loaded confusability table. It is read-only and safe for
// concurrent use.
type Table struct {
	pairs []Pair
	by    map[[2]string]int
}

// Default returns the embedded table derived from nazir's gazetteer.
func Default() (*Table, error) {
	t, err := Parse(bytes.NewReader(tableTSV), "confusable.tsv")
	if err != nil {
		return nil, err
	}
	return t, nil
}

// Score returns how easily a and b are swapped, 0 when no evidence was
// derived. It is symmetric.
func (t *Table) Score(a, b string) float64 {
	if i, ok := t.by[key(a, b)]; ok {
		return t.pairs[i].Score
	}
	return 0
}

// Pair returns the pair of a and b, if the table has one.
func (t *Table) Pair(a, b string) (Pair, bool) {
	if i, ok := t.by[key(a, b)]; ok {
		return t.pairs[i], true
	}
	return Pair{}, false
}

// Pairs returns every pair, sorted by A then B. The slice is shared: do not
// modify it.
func (t *Table) Pairs() []Pair { return t.pairs }

func key(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

// header is the first line of the TSV file.
const header = "a\tb\tscore\tzh\tar\ten\treasons"

// Format writes pairs as the TSV file Parse reads: a header, then one line
// per pair, "A\tB\tscore\tzh\tar\ten\tkind:score:detail|kind:score:detail…".
func Format(pairs []Pair) []byte {
	var b bytes.Buffer
	b.WriteString("# Derived by internal/confusable/gen from gazetteer.yaml and golang.org/x/text (CLDR);\n")
	b.WriteString("# do not edit: run `go generate ./internal/confusable`.\n")
	b.WriteString(header + "\n")
	for _, p := range pairs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\t", p.A, p.B, ftoa(p.Score), ftoa(p.Zh), ftoa(p.Ar), ftoa(p.En))
		for i, r := range p.Reasons {
			if i > 0 {
				b.WriteByte('|')
			}
			fmt.Fprintf(&b, "%s:%s:%s", r.Kind, ftoa(r.Score), r.Detail)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

// Parse reads a table in the format Format writes. name is used in errors.
func Parse(r io.Reader, name string) (*Table, error) {
	t := &Table{by: map[[2]string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line, sawHeader := 0, false
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if !sawHeader {
			if s != header {
				return nil, fmt.Errorf("%s:%d: header %q, want %q", name, line, s, header)
			}
			sawHeader = true
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 7", name, line, len(f))
		}
		sc, err := strconv.ParseFloat(f[2], 64)
		if err != nil || sc <= 0 || sc > 1 {
			return nil, fmt.Errorf("%s:%d: score %q: want a number in (0, 1]", name, line, f[2])
		}
		p := Pair{A: f[0], B: f[1], Score: sc}
		for i, dst := range []*float64{&p.Zh, &p.Ar, &p.En} {
			v, err := strconv.ParseFloat(f[3+i], 64)
			if err != nil || v < 0 || v > 1 {
				return nil, fmt.Errorf("%s:%d: %s score %q: want a number in [0, 1]", name, line, strings.Split(header, "\t")[3+i], f[3+i])
			}
			*dst = v
		}
		if p.A == "" || p.B == "" || p.A >= p.B {
			return nil, fmt.Errorf("%s:%d: pair %q %q: want two ids in order", name, line, p.A, p.B)
		}
		if f[6] != "" {
			for _, rs := range strings.Split(f[6], "|") {
				parts := strings.SplitN(rs, ":", 3)
				if len(parts) != 3 {
					return nil, fmt.Errorf("%s:%d: reason %q: want kind:score:detail", name, line, rs)
				}
				v, err := strconv.ParseFloat(parts[1], 64)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: reason %q: score: %w", name, line, rs, err)
				}
				p.Reasons = append(p.Reasons, Reason{Kind: parts[0], Score: v, Detail: parts[2]})
			}
		}
		k := key(p.A, p.B)
		if _, dup := t.by[k]; dup {
			return nil, fmt.Errorf("%s:%d: pair %s %s listed twice", name, line, p.A, p.B)
		}
		t.by[k] = len(t.pairs)
		t.pairs = append(t.pairs, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !sawHeader {
		return nil, fmt.Errorf("%s: no header line", name)
	}
	sort.Slice(t.pairs, func(i, j int) bool {
		if t.pairs[i].A != t.pairs[j].A {
			return t.pairs[i].A < t.pairs[j].A
		}
		return t.pairs[i].B < t.pairs[j].B
	})
	for i, p := range t.pairs {
		t.by[key(p.A, p.B)] = i
	}
	return t, nil
}
