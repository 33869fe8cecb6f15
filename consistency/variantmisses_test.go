package consistency_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// Where the gold name variants of a labelled set go: TestVariantMisses
// puts every gold variant in one outcome, totals only (no text, no
// release name), so that it can be run on sets read only in aggregate:
//
//	found     a name-variant finding at DefaultMinConfidence or more
//	          covers two of its spellings (the scorer's rule)
//	under     such a finding exists, under the default
//	one       two spellings are read as one person's, and no finding
//	apart     two spellings are read as people, in different clusters:
//	          "names differ" (compatible refuses them), "contexts differ"
//	          (two states), "one of several" (a guard or a tie)
//	unread    fewer than two spellings are read as a person
//
// Each miss also carries how the two spellings differ (variantDiff: the
// word that differs, surname or given, and the letters added, dropped or
// swapped), and each outcome is counted per kind where the labels give one.
//
//	go test ./consistency -run TestVariantMisses -v -vmisses ../testdata/heldout7,../testdata/heldout8
//	go test ./consistency -run TestVariantMisses -v -vmisses.draw 1,7
//	go test ./consistency -run TestVariantMisses -v -vmisses.draw 1,7 -vmisses.kind surname-respelt
var (
	vmissSets  = flag.String("vmisses", "", "labelled sets (folders with labels.json), comma-separated, for TestVariantMisses")
	vmissShow  = flag.Bool("vmisses.show", false, "print each miss's spellings (own sets and draws only: refused for held-out sets)")
	vmissDraws = flag.String("vmisses.draw", "", "seeds of person-respelt draws on testdata/releases, comma-separated, for TestVariantMisses")
	vmissKind  = flag.String("vmisses.kind", string(slips.PersonRespelt), "the kind of slip -vmisses.draw draws (person-respelt, surname-respelt)")
)

// goldVariant is one gold name variant: the byte spans of its mentions and
// the labels' kind.
type goldVariant struct {
	spans [][2]int
	kind  string
}

// variantText is one labelled release with its gold variants.
type variantText struct {
	text []byte
	gold []goldVariant
}

// loadVariants reads every release of dir's labels.json with its gold
// variants.
func loadVariants(dir string) ([]variantText, error) {
	lp := filepath.Join(dir, "labels.json")
	b, err := os.ReadFile(lp)
	if err != nil {
		return nil, fmt.Errorf("variant misses: %w", err)
	}
	var labels map[string]struct {
		Variants []struct {
			Mentions []string `json:"mentions"`
			Kind     string   `json:"kind"`
		} `json:"variants"`
	}
	if err := json.Unmarshal(b, &labels); err != nil {
		return nil, fmt.Errorf("variant misses: %s: %w", lp, err)
	}
	var out []variantText
	for _, n := range slices.Sorted(mapKeys(labels)) {
		text, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, fmt.Errorf("variant misses: %w", err)
		}
		vt := variantText{text: text}
		for _, v := range labels[n].Variants {
			g := goldVariant{kind: v.Kind}
			for _, m := range v.Mentions {
				a, e, err := slips.Locate(text, m, 1)
				if err != nil {
					return nil, fmt.Errorf("variant misses: %s: %s: %w", lp, n, err)
				}
				g.spans = append(g.spans, [2]int{a, e})
			}
			vt.gold = append(vt.gold, g)
		}
		out = append(out, vt)
	}
	return out, nil
}

// variantTally counts outcomes: outcome → detail → count, per kind, and
// per difference.
type variantTally struct {
	gold   int
	by     map[string]map[string]int
	byKind map[string]map[string]int
	byDiff map[string]map[string]int
}

func newVariantTally() *variantTally {
	return &variantTally{by: map[string]map[string]int{}, byKind: map[string]map[string]int{}, byDiff: map[string]map[string]int{}}
}

// classifyVariants puts each gold variant of one release in its outcome.
func classifyVariants(c *consistency.Checker, vt variantText, t *variantTally) {
	classifyShow(c, vt, t, nil)
}

// classifyShow is classifyVariants that, with show, prints each miss.
func classifyShow(c *consistency.Checker, vt variantText, t *variantTally, show func(string)) {
	rep, occ, why, facts := consistency.PersonTraceFacts(c, vt.text)
	var vars []consistency.Finding
	for _, f := range rep.Findings {
		if f.Kind == consistency.NameVariant {
			vars = append(vars, f)
		}
	}
	over := func(s [2]int, a, b int) bool { return s[0] < b && a < s[1] }
	used := make([]bool, len(vars))
	for _, g := range vt.gold {
		t.gold++
		// the scorer's rule: the first unused finding covering two
		// spellings
		covers := func(f consistency.Finding) bool {
			seen := map[string]bool{}
			for _, sp := range g.spans {
				for _, m := range f.Mentions {
					if over(sp, m.Start, m.End) {
						seen[string(vt.text[sp[0]:sp[1]])] = true
					}
				}
			}
			return len(seen) >= 2
		}
		outcome, detail := "", ""
		for i, f := range vars {
			if !used[i] && f.Confidence >= consistency.DefaultMinConfidence && covers(f) {
				used[i], outcome, detail = true, "found", "variant"
				break
			}
		}
		if outcome == "" {
			for _, f := range vars {
				if covers(f) {
					outcome, detail = "under", fmt.Sprintf("confidence %.2f", f.Confidence)
					break
				}
			}
		}
		// the spellings, each with the occurrences that cover it
		type spelling struct {
			text string
			occ  []int
		}
		var sps []spelling
		for _, sp := range g.spans {
			s := string(vt.text[sp[0]:sp[1]])
			k := slices.IndexFunc(sps, func(x spelling) bool { return x.text == s })
			if k < 0 {
				sps = append(sps, spelling{text: s})
				k = len(sps) - 1
			}
			for i, o := range occ {
				if over(sp, o.Start, o.End) {
					sps[k].occ = append(sps[k].occ, i)
				}
			}
		}
		diff := "one spelling"
		if len(sps) >= 2 {
			diff = variantDiff(sps[0].text, sps[1].text)
		}
		if outcome == "" {
			read := 0
			for _, s := range sps {
				if len(s.occ) > 0 {
					read++
				}
			}
			switch {
			case read < 2:
				outcome, detail = "unread", fmt.Sprintf("%d of %d spellings read", read, len(sps))
				if read == 0 {
					for _, sp := range g.spans {
						bump(t.byDiff, "none read: "+facts(sp[0], sp[1])+fmt.Sprintf(", %d words", min(len(strings.Fields(string(vt.text[sp[0]:sp[1]]))), 3)), "at")
					}
				}
				if read == 1 {
					// the spelling not read: alone or a full name
					for _, s := range sps {
						if len(s.occ) == 0 {
							n := len(strings.Fields(s.text))
							detail += fmt.Sprintf(", the other %d words", min(n, 3))
							if n == 1 {
								// the lone word's facts, at each place the gold names
								for _, sp := range g.spans {
									if string(vt.text[sp[0]:sp[1]]) == s.text {
										bump(t.byDiff, "unread alone: "+facts(sp[0], sp[1])+" ["+diff+"]", "at")
										for _, r := range sps {
											if len(r.occ) > 0 {
												bump(t.byDiff, "unread alone, read: "+consistency.PairFacts(c, vt.text, r.occ[0], sp[0], sp[1]), "at")
												break
											}
										}
									}
								}
							}
							break
						}
					}
				}
			default:
				outcome, detail = "apart", ""
			pairs:
				for a := 0; a < len(sps); a++ {
					for b := a + 1; b < len(sps); b++ {
						for _, i := range sps[a].occ {
							for _, j := range sps[b].occ {
								w := why(i, j)
								if w == "" {
									outcome, detail = "one", "no finding"
									break pairs
								}
								if detail == "" || !strings.HasPrefix(w, "names differ") {
									detail = w
								}
							}
						}
					}
				}
			}
		}
		if show != nil && outcome != "found" {
			var b strings.Builder
			fmt.Fprintf(&b, "%s (%s) [%s]:", outcome, detail, diff)
			for _, s := range sps {
				fmt.Fprintf(&b, " «%s»", s.text)
				for _, i := range s.occ {
					fmt.Fprintf(&b, " occ%d{%s cl%d %s %s}", i, strings.Join(occ[i].Words, " "), occ[i].Cluster, occ[i].Known, occ[i].Country)
				}
			}
			show(b.String())
		}
		bump(t.by, outcome, detail)
		if g.kind != "" {
			bump(t.byKind, g.kind, outcome)
		}
		bump(t.byDiff, diff, outcome)
	}
	// false variants: findings at the default no gold variant took
	for i, f := range vars {
		if used[i] || f.Confidence < consistency.DefaultMinConfidence {
			continue
		}
		var forms []string
		for _, m := range f.Mentions {
			if !slices.Contains(forms, m.Text) {
				forms = append(forms, m.Text)
			}
		}
		d := "one spelling"
		if len(forms) >= 2 {
			d = variantDiff(forms[0], forms[1])
		}
		bump(t.by, "false", d)
	}
}

// variantDiff says how two spellings of a name differ: the word that
// differs (the last is the surname) and the letters added, dropped or
// swapped in it, or "joined/apart" when the words differ only by spaces
// and hyphens. Only letter classes are named, never the name.
func variantDiff(a, b string) string {
	norm := func(s string) []string {
		w := strings.Fields(strings.ReplaceAll(arabic.Default().FoldString(s), "-", " "))
		return w
	}
	wa, wb := norm(a), norm(b)
	if strings.Join(wa, "") == strings.Join(wb, "") {
		return "joined/apart"
	}
	// align from the end: the surname is last
	for i := 1; i <= min(len(wa), len(wb)); i++ {
		x, y := wa[len(wa)-i], wb[len(wb)-i]
		if x == y {
			continue
		}
		where := "surname"
		if i > 1 {
			where = "given"
		}
		return where + ": " + letterEdits(x, y)
	}
	return "words added"
}

// letterEdits describes the edits from x to y in letters (edit distance
// with its alignment): "ي/ج", "+ا", "-ي", "+ال", several joined by ", ".
func letterEdits(x, y string) string {
	if strings.TrimPrefix(x, "ال") == strings.TrimPrefix(y, "ال") {
		return "article"
	}
	rx, ry := []rune(x), []rune(y)
	d := make([][]int, len(rx)+1)
	for i := range d {
		d[i] = make([]int, len(ry)+1)
		d[i][0] = i
	}
	for j := range ry {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(rx); i++ {
		for j := 1; j <= len(ry); j++ {
			c := 1
			if rx[i-1] == ry[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
		}
	}
	var ops []string
	for i, j := len(rx), len(ry); i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1] && rx[i-1] == ry[j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			a, b := string(rx[i-1]), string(ry[j-1])
			if a > b {
				a, b = b, a
			}
			ops = append(ops, a+"/"+b)
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, "±"+string(rx[i-1]))
			i--
		default:
			ops = append(ops, "±"+string(ry[j-1]))
			j--
		}
	}
	if len(ops) > 3 {
		return fmt.Sprintf("%d edits", len(ops))
	}
	slices.Reverse(ops)
	return strings.Join(ops, ", ")
}

// summary is the found and false totals on one line.
func (t *variantTally) summary() string {
	return fmt.Sprintf("found %d of %d, false %d", outcomeTotal(t.by, "found"), t.gold, outcomeTotal(t.by, "false"))
}

// String writes the tally: outcomes with details, then per kind and per
// difference.
func (t *variantTally) String() string {
	var b strings.Builder
	outs := []string{"found", "under", "one", "apart", "unread"}
	for _, o := range append(outs, "false") {
		fmt.Fprintf(&b, "  %-7s %3d", o, outcomeTotal(t.by, o))
		if o != "false" {
			fmt.Fprintf(&b, " of %d", t.gold)
		}
		b.WriteString(detailList(t.by[o]) + "\n")
	}
	for _, by := range []struct {
		name string
		m    map[string]map[string]int
	}{{"kind", t.byKind}, {"diff", t.byDiff}} {
		for _, k := range slices.Sorted(mapKeys(by.m)) {
			o := by.m[k]
			fmt.Fprintf(&b, "  %s %-40s", by.name, k)
			for _, x := range append(outs, "at") {
				if o[x] > 0 {
					fmt.Fprintf(&b, " %s %d", x, o[x])
				}
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// drawRespelt draws n person-respelt releases from testdata/releases.
func drawRespelt(t *testing.T, seed uint64, n int) ([]variantText, []slips.Slip) {
	return drawRespeltKind(t, slips.PersonRespelt, seed, n)
}

// drawRespeltKind draws n releases of a kind of respelling from
// testdata/releases.
func drawRespeltKind(t *testing.T, kind slips.Kind, seed uint64, n int) ([]variantText, []slips.Slip) {
	t.Helper()
	rs, err := slips.LoadReleases("../testdata/releases")
	require.NoError(t, err)
	gen, _ := slipGenerator(t)
	ss, err := gen.Draw(rs, []slips.Kind{kind}, n, seed)
	require.NoError(t, err)
	var out []variantText
	for _, s := range ss {
		vt := variantText{text: s.Text}
		for _, v := range s.Labels.Variants {
			g := goldVariant{kind: "own label"}
			if v.Injected {
				g.kind = string(s.Labels.Slip)
			}
			for _, m := range v.Mentions {
				a, e, err := slips.Locate(s.Text, m, 1)
				require.NoError(t, err, s.Name)
				g.spans = append(g.spans, [2]int{a, e})
			}
			vt.gold = append(vt.gold, g)
		}
		out = append(out, vt)
	}
	return out, ss
}

// TestVariantMisses classifies the gold variants of the sets -vmisses and
// -vmisses.draw name and logs the totals. Without them it draws 40
// person-respelt releases with seed 3 and checks that the classification
// agrees with the scorer: as many found as slips.Score counts, every
// variant in one outcome.
func TestVariantMisses(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	if *vmissSets == "" && *vmissDraws == "" {
		vts, ss := drawRespelt(t, 3, 40)
		tally := newVariantTally()
		var res []slips.Result
		for i, vt := range vts {
			classifyVariants(c, vt, tally)
			rep, err := c.Check(ss[i].Text)
			require.NoError(t, err)
			res = append(res, slips.FromReport(slips.Above(rep, consistency.DefaultMinConfidence)))
		}
		sc, err := slips.Score(ss, res)
		require.NoError(t, err)
		found, all := foundOfAll(tally.by)
		assert.Equal(t, sc.Variants.TP, found, "found against the scorer's true positives")
		assert.Equal(t, sc.Variants.TP+sc.Variants.FN, all, "every gold variant in one outcome")
		t.Logf("person-respelt seed 3, 40 releases:\n%s", tally)
		return
	}
	pooled, sets := newVariantTally(), 0
	for _, dir := range strings.Split(*vmissSets, ",") {
		if dir == "" {
			continue
		}
		vts, err := loadVariants(dir)
		require.NoError(t, err)
		tally := newVariantTally()
		var show func(string)
		if *vmissShow {
			require.NotContains(t, dir, "heldout", "held-out sets are read in aggregate only")
			show = func(s string) { t.Log(s) }
		}
		for _, vt := range vts {
			classifyShow(c, vt, tally, show)
			classifyVariants(c, vt, pooled)
		}
		sets++
		t.Logf("%s: %s\n%s", dir, tally.summary(), tally)
	}
	if sets > 1 {
		t.Logf("all %d sets: %s\n%s", sets, pooled.summary(), pooled)
	}
	for _, s := range strings.Split(*vmissDraws, ",") {
		if s == "" {
			continue
		}
		seed, err := strconv.ParseUint(s, 10, 64)
		require.NoError(t, err)
		vts, _ := drawRespeltKind(t, slips.Kind(*vmissKind), seed, 100)
		tally := newVariantTally()
		var show func(string)
		if *vmissShow {
			show = func(s string) { t.Log(s) }
		}
		for _, vt := range vts {
			classifyShow(c, vt, tally, show)
		}
		t.Logf("%s seed %d, 100 releases:\n%s", *vmissKind, seed, tally)
	}
}

// TestVariantDiff: how two spellings differ, in letter classes.
func TestVariantDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"عبد الرحمن", "عبدالرحمن", "joined/apart"},
		{"ماكرون", "ماكرن", "surname: ±و"},
		{"إيمانويل ماكرون", "إيمانويل ماكرن", "surname: ±و"},
		{"جوتيريش", "غوتيريش", "surname: ج/غ"},
		{"البرادعي", "برادعي", "surname: article"},
		{"فلاديمير بوتين", "فلادمير بوتين", "given: ±ي"},
	} {
		assert.Equal(t, tc.want, variantDiff(tc.a, tc.b), "%s / %s", tc.a, tc.b)
	}
}
