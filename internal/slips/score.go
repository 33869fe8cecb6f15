package slips

import (
	"fmt"
	"sort"
	"strings"

	"github.com/nazir-nlp/nazir/consistency"
)

// Finding is what the scorer reads of a checker's finding: its kind and
// span, and for a name variant the spans of its mentions.
type Finding struct {
	Kind       string
	Start, End int
	Mentions   [][2]int
}

// Result is what a checker reports for one release.
type Result struct {
	Participants []string
	// ScopePairs are the participant pairs of the report's bilateral
	// scopes (a labelled meeting that is not the first episode counts).
	ScopePairs [][]string
	Findings   []Finding
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was to be found.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Scores are a draw's figures, overall and per kind of slip.
type Scores struct {
	Conflicts, Variants Counts
	// Injected counts only the injected slips as gold (TP and FN); FP are
	// all false findings, as in Conflicts and Variants.
	InjectedConflicts, InjectedVariants Counts
	// PartsOK counts releases whose participants are right, of Parts.
	PartsOK, Parts int
	ByKind         map[Kind]*KindScores
	// ByShape counts the injected conflicts that carry a shape (a swapped
	// destination's, Conflict.Shape) by that shape: TP and FN only.
	ByShape map[string]*Counts
	// BySource counts the injected slips by the clean release they were
	// put into (Labels.Source; the slip's name when it has none). A draw
	// of 300 slips can come from a handful of sources (a kind of slip
	// needs a place only some texts have), so its recall can rest on
	// how the checker reads a few texts: SourceRecall weighs each source
	// the same.
	BySource map[string]*SourceScores
}

// SourceScores are the injected slips put into one source.
type SourceScores struct{ Conflicts, Variants Counts }

// SourceRecall is the mean over sources of each source's recall of
// injected conflicts and of injected variants, and how many sources had
// slips of that kind: the recall of a draw in which every source weighs
// the same, however many slips it took.
func (sc Scores) SourceRecall() (conflicts, variants float64, nc, nv int) {
	for _, ss := range sc.BySource {
		if n := ss.Conflicts.TP + ss.Conflicts.FN; n > 0 {
			conflicts += ss.Conflicts.Recall()
			nc++
		}
		if n := ss.Variants.TP + ss.Variants.FN; n > 0 {
			variants += ss.Variants.Recall()
			nv++
		}
	}
	if nc > 0 {
		conflicts /= float64(nc)
	}
	if nv > 0 {
		variants /= float64(nv)
	}
	return conflicts, variants, nc, nv
}

// KindScores are the figures of one kind of slip.
type KindScores struct {
	Conflicts, Variants                 Counts
	InjectedConflicts, InjectedVariants Counts
	PartsOK, Parts                      int
}

// Score scores results against the slips' labels the way the evaluation
// scorer does: a gold span is found by the first unused finding of its kind
// that overlaps it; a variant is found when a finding's mentions cover two
// differently written gold mentions.
func Score(ss []Slip, results []Result) (Scores, error) {
	if len(ss) != len(results) {
		return Scores{}, fmt.Errorf("slips: %d slips, %d results", len(ss), len(results))
	}
	sc := Scores{ByKind: map[Kind]*KindScores{}, ByShape: map[string]*Counts{}, BySource: map[string]*SourceScores{}}
	for i, s := range ss {
		ks := sc.ByKind[s.Labels.Slip]
		if ks == nil {
			ks = &KindScores{}
			sc.ByKind[s.Labels.Slip] = ks
		}
		c, v, ic, iv, err := scoreOne(s, results[i], sc.ByShape)
		if err != nil {
			return Scores{}, err
		}
		src := s.Labels.Source
		if src == "" {
			src = s.Name
		}
		bs := sc.BySource[src]
		if bs == nil {
			bs = &SourceScores{}
			sc.BySource[src] = bs
		}
		bs.Conflicts.add(Counts{TP: ic.TP, FN: ic.FN})
		bs.Variants.add(Counts{TP: iv.TP, FN: iv.FN})
		sc.InjectedConflicts.add(ic)
		ks.InjectedConflicts.add(ic)
		sc.InjectedVariants.add(iv)
		ks.InjectedVariants.add(iv)
		sc.Conflicts.add(c)
		ks.Conflicts.add(c)
		sc.Variants.add(v)
		ks.Variants.add(v)
		if !s.Labels.Multilateral {
			ok := partsRight(s.Labels.Participants, results[i])
			sc.Parts++
			ks.Parts++
			if ok {
				sc.PartsOK++
				ks.PartsOK++
			}
		}
	}
	return sc, nil
}

func scoreOne(s Slip, r Result, byShape map[string]*Counts) (c, v, ic, iv Counts, err error) {
	var conf []Finding
	var vars []Finding
	for _, f := range r.Findings {
		switch f.Kind {
		case "country-conflict":
			conf = append(conf, f)
		case "name-variant":
			vars = append(vars, f)
		}
	}
	used := make([]bool, len(conf))
	for _, g := range s.Labels.Conflicts {
		gs, ge, err := Locate(s.Text, g.At, max(g.N, 1))
		if err != nil {
			return c, v, ic, iv, fmt.Errorf("%s: %w", s.Name, err)
		}
		hit := false
		for i, f := range conf {
			if !used[i] && gs < f.End && f.Start < ge {
				used[i], hit = true, true
				break
			}
		}
		count(&c, &ic, hit, g.Injected)
		if g.Injected && g.Shape != "" {
			if byShape[g.Shape] == nil {
				byShape[g.Shape] = &Counts{}
			}
			var discard Counts
			count(&discard, byShape[g.Shape], hit, true)
		}
	}
	for _, u := range used {
		if !u {
			c.FP++
			ic.FP++
		}
	}
	vused := make([]bool, len(vars))
	for _, g := range s.Labels.Variants {
		var gm [][2]int
		for _, m := range g.Mentions {
			a, b, err := Locate(s.Text, m, 1)
			if err != nil {
				return c, v, ic, iv, fmt.Errorf("%s: %w", s.Name, err)
			}
			gm = append(gm, [2]int{a, b})
		}
		hit := false
		for i, f := range vars {
			if vused[i] {
				continue
			}
			covered := map[string]bool{}
			for _, sp := range gm {
				for _, m := range f.Mentions {
					if sp[0] < m[1] && m[0] < sp[1] {
						covered[string(s.Text[sp[0]:sp[1]])] = true
					}
				}
			}
			if len(covered) >= 2 {
				vused[i], hit = true, true
				break
			}
		}
		count(&v, &iv, hit, g.Injected)
	}
	for _, u := range vused {
		if !u {
			v.FP++
			iv.FP++
		}
	}
	return c, v, ic, iv, nil
}

// count adds a gold label's outcome to all and, when injected, to inj.
func count(all, inj *Counts, hit, injected bool) {
	if hit {
		all.TP++
	} else {
		all.FN++
	}
	if !injected {
		return
	}
	if hit {
		inj.TP++
	} else {
		inj.FN++
	}
}

func partsRight(want []string, r Result) bool {
	key := func(ids []string) string {
		x := make([]string, len(ids))
		for i, id := range ids {
			x[i] = strings.ToUpper(id)
		}
		sort.Strings(x)
		return strings.Join(x, ",")
	}
	w := key(want)
	if key(r.Participants) == w {
		return true
	}
	for _, p := range r.ScopePairs {
		if key(p) == w {
			return true
		}
	}
	return false
}

// Summary formats the scores as a few lines: overall and per kind.
func (sc Scores) Summary() string {
	var b strings.Builder
	line := func(name string, c, v Counts, ok, n int) {
		fmt.Fprintf(&b, "%-16s conflicts P=%.2f R=%.2f (tp=%d fp=%d fn=%d)  variants P=%.2f R=%.2f (tp=%d fp=%d fn=%d)  participants %d/%d\n",
			name, c.Precision(), c.Recall(), c.TP, c.FP, c.FN, v.Precision(), v.Recall(), v.TP, v.FP, v.FN, ok, n)
	}
	b.WriteString("every label (the sources' own slips included):\n")
	line("all", sc.Conflicts, sc.Variants, sc.PartsOK, sc.Parts)
	b.WriteString("injected slips only (precision: every false finding counts):\n")
	line("all", sc.InjectedConflicts, sc.InjectedVariants, sc.PartsOK, sc.Parts)
	rc, rv, nc, nv := sc.SourceRecall()
	fmt.Fprintf(&b, "%-16s conflicts R=%.2f (%d sources)  variants R=%.2f (%d sources)\n", "per source", rc, nc, rv, nv)
	for _, k := range append(append(append(append([]Kind{}, Kinds...), ExtraKinds...), TrainingKinds...), NameRespelt, GivenRespelt, PersonRespelt, ForeignRespelt, ProseRespelt, CompoundRespelt, InventedRespelt, NearNamesake) {
		if ks := sc.ByKind[k]; ks != nil {
			line(string(k), ks.InjectedConflicts, ks.InjectedVariants, ks.PartsOK, ks.Parts)
		}
	}
	if len(sc.ByShape) > 0 {
		b.WriteString("swapped destinations by shape (recall):\n")
		shapes := make([]string, 0, len(sc.ByShape))
		for sh := range sc.ByShape {
			shapes = append(shapes, sh)
		}
		sort.Strings(shapes)
		for _, sh := range shapes {
			c := sc.ByShape[sh]
			fmt.Fprintf(&b, "  %-14s R=%.2f (tp=%d fn=%d)\n", sh, c.Recall(), c.TP, c.FN)
		}
	}
	return b.String()
}

// FromReport converts a checker's report into what the scorer reads.
func FromReport(rep *consistency.Report) Result {
	var r Result
	for _, p := range rep.Participants {
		r.Participants = append(r.Participants, p.ID)
	}
	for _, s := range rep.Scopes {
		if s.Kind == "bilateral" {
			r.ScopePairs = append(r.ScopePairs, s.Participants)
		}
	}
	for _, f := range rep.Findings {
		sf := Finding{Kind: string(f.Kind), Start: f.Start, End: f.End}
		for _, m := range f.Mentions {
			sf.Mentions = append(sf.Mentions, [2]int{m.Start, m.End})
		}
		r.Findings = append(r.Findings, sf)
	}
	return r
}

// Above returns a copy of rep without the findings below confidence min
// (what a user sees with --min-confidence min).
func Above(rep *consistency.Report, min float64) *consistency.Report {
	out := *rep
	out.Findings = nil
	for _, f := range rep.Findings {
		if f.Confidence >= min {
			out.Findings = append(out.Findings, f)
		}
	}
	return &out
}

// OfRule returns a copy of rep with only the findings of rule (scoring it
// measures what that rule alone decides: its true findings, its false
// ones; every slip it does not find counts as missed).
func OfRule(rep *consistency.Report, rule string) *consistency.Report {
	out := *rep
	out.Findings = nil
	for _, f := range rep.Findings {
		if f.Rule == rule {
			out.Findings = append(out.Findings, f)
		}
	}
	return &out
}
