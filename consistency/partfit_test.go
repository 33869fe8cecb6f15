package consistency_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/logit"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// The fitted pair reading is fitted on rows pooled from many writers:
// every state the participants stage has evidence of, in a readout whose
// labels give a pair (not a meeting of several) and where the rules read
// a pair, is a row; a state of the labels' pair a positive. The writers
// are the labelled sets read as written (heldout … heldout10 each one
// writer, the own sets one, the house styles one) and seeded draws of the
// slips placed where participants are read (a lede swap, a look-alike
// swap, a repeated swap, a repeated swap in the lede), each kind one
// writer, over the own releases. Every figure is measured leaving one
// writer out (LOWO): the model fitted on every other writer picks the two
// best candidates of each of the writer's readouts.
var (
	partFitSeeds = []uint64{401, 402, 403, 404}
	partFitN     = 150
	partFitKinds = []slips.Kind{slips.LedeSwap, slips.LookalikeSwap, slips.RepeatedSwap, slips.RepeatedLede}
	// partFitOwn are the releases the draws are made from.
	partFitOwn = []string{"../testdata/releases", "../testdata/roles", "../testdata/recall", "../testdata/parts6",
		"../testdata/parts4", "../testdata/dest6", "../testdata/quote6", "../testdata/states5"}
	partFitWritten = map[string][]string{
		"heldout":   {"../testdata/heldout"},
		"heldout2":  {"../testdata/heldout2"},
		"heldout3":  {"../testdata/heldout3"},
		"heldout4":  {"../testdata/heldout4"},
		"heldout5":  {"../testdata/heldout5"},
		"heldout6":  {"../testdata/heldout6"},
		"heldout7":  {"../testdata/heldout7"},
		"heldout8":  {"../testdata/heldout8"},
		"heldout9":  {"../testdata/heldout9"},
		"heldout10": {"../testdata/heldout10"},
		"styles":    {"../testdata/styles"},
		"own-sets": {"../testdata/releases", "../testdata/roles", "../testdata/recall", "../testdata/attrs", "../testdata/parts",
			"../testdata/parts3", "../testdata/parts4", "../testdata/parts6", "../testdata/speech", "../testdata/people",
			"../testdata/people2", "../testdata/people5", "../testdata/thresh5", "../testdata/quote6", "../testdata/dest6",
			"../testdata/states4", "../testdata/states5", "../testdata/formats9", "../testdata/probes"},
	}
	partWriterCap = 300.0
)

// partDoc is one readout of the fit: its candidates and the labels' pair.
type partDoc struct {
	writer, source string
	ids            []string
	x              [][]float64
	gold           []bool
	// conf says which candidates are easily mistaken for each other
	conf map[[2]int]bool
}

// rule says whether the rules' pair is the labels'.
func (d partDoc) rule() bool {
	n := 0
	for i := range d.ids {
		if d.x[i][0] == 1 {
			if !d.gold[i] {
				return false
			}
			n++
		}
	}
	return n == 2
}

// top2 says whether the pair the fitted reading settles on (the two best
// candidates by score, each member of the rules' pair not among them
// replaced by the one that is not in the pair; with swapsOnly only when
// the two are easily mistaken for each other) is the labels'.
func (d partDoc) top2(score []float64, swapsOnly bool) bool {
	idx := make([]int, len(d.ids))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case score[a] > score[b]:
			return -1
		case score[a] < score[b]:
			return 1
		}
		return strings.Compare(d.ids[a], d.ids[b])
	})
	if len(idx) < 2 {
		return false
	}
	in := map[int]bool{}
	for i := range d.ids {
		if d.x[i][0] == 1 {
			in[i] = true
		}
	}
	top := idx[:2]
	for _, b := range top {
		if in[b] {
			continue
		}
		for q := range in {
			if q != top[0] && q != top[1] {
				if !swapsOnly || d.conf[[2]int{q, b}] {
					delete(in, q)
					in[b] = true
				}
				break
			}
		}
	}
	if len(in) != 2 {
		return false
	}
	for i := range in {
		if !d.gold[i] {
			return false
		}
	}
	return true
}

var partFitCache readOnce[[]partDoc]

// loadPartDocs reads the fit's readouts (once per test binary).
func loadPartDocs(t *testing.T) []partDoc {
	t.Helper()
	return partFitCache.get(t, readPartDocs)
}

// readPartDocs draws and reads the fit's readouts.
func readPartDocs(t *testing.T) []partDoc {
	t.Helper()
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	var docs []partDoc
	add := func(writer, source string, r slips.Release) {
		if r.Labels.Multilateral || len(r.Labels.Participants) != 2 {
			return
		}
		ss := consistency.PartSamples(c, r.Text)
		if len(ss) == 0 {
			return
		}
		d := partDoc{writer: writer, source: source, conf: map[[2]int]bool{}}
		for _, s := range ss {
			d.ids = append(d.ids, s.ID)
			d.x = append(d.x, s.X)
			g := false
			for _, p := range r.Labels.Participants {
				g = g || strings.EqualFold(p, s.ID)
			}
			d.gold = append(d.gold, g)
		}
		for i := range d.ids {
			for j := range d.ids {
				if i != j && consistency.Confusable(c, d.ids[i], d.ids[j]) {
					d.conf[[2]int{i, j}] = true
				}
			}
		}
		docs = append(docs, d)
	}
	for _, w := range slices.Sorted(maps.Keys(partFitWritten)) {
		for _, dir := range partFitWritten[w] {
			rs, err := slips.LoadReleases(dir)
			require.NoError(t, err, dir)
			for _, r := range rs {
				add(w, dir+"/"+r.Name, r)
			}
		}
	}
	var own []slips.Release
	for _, dir := range partFitOwn {
		rs, err := slips.LoadReleases(dir)
		require.NoError(t, err, dir)
		own = append(own, rs...)
	}
	gen, _ := slipGenerator(t)
	for _, k := range partFitKinds {
		for _, seed := range partFitSeeds {
			ss, err := gen.Draw(own, []slips.Kind{k}, partFitN, seed)
			require.NoError(t, err)
			for _, s := range ss {
				add("placed:"+string(k), s.Labels.Source, slips.Release(s))
			}
		}
	}
	return docs
}

// partRows flattens docs into rows, each writer weighing
// min(rows, partWriterCap) in all.
func partRows(docs []partDoc) (x [][]float64, y []bool, w []float64) {
	n := map[string]int{}
	for _, d := range docs {
		n[d.writer] += len(d.ids)
	}
	for _, d := range docs {
		k := float64(n[d.writer])
		for i := range d.ids {
			x, y, w = append(x, d.x[i]), append(y, d.gold[i]), append(w, min(k, partWriterCap)/k)
		}
	}
	return x, y, w
}

// partPrior is the prior at precision p, centred on 0 but for the rules'
// choice.
func partPrior(p float64) logit.Prior {
	mean := make([]float64, len(consistency.PartFeatureNames()))
	mean[0] = 1
	return logit.Prior{Mean: mean, Precision: p}
}

// partPrecisions are the prior precisions tried; partPrecision picks the
// one whose LOWO readings get the most pairs right (the larger on a tie).
var partPrecisions = []float64{1, 4, 16, 64}

// partLOWOCount is one writer's pairs under LOWO: readouts, right by the
// rules, right by the fitted reading, and of these the readouts it fixed
// and broke.
type partLOWOCount struct{ n, rule, fit, fixed, broke int }

// partLOWO measures the fitted reading at precision p leaving each writer
// out (swapsOnly: see top2).
func partLOWO(t *testing.T, docs []partDoc, p float64, swapsOnly bool) (map[string]partLOWOCount, partLOWOCount) {
	t.Helper()
	writers := map[string]bool{}
	for _, d := range docs {
		writers[d.writer] = true
	}
	out := map[string]partLOWOCount{}
	var all partLOWOCount
	for _, w := range slices.Sorted(maps.Keys(writers)) {
		var train []partDoc
		for _, d := range docs {
			if d.writer != w {
				train = append(train, d)
			}
		}
		x, y, rw := partRows(train)
		m, err := logit.FitWeighted(x, y, rw, partPrior(p))
		require.NoError(t, err)
		var c partLOWOCount
		for _, d := range docs {
			if d.writer != w {
				continue
			}
			sc := make([]float64, len(d.ids))
			for i := range d.ids {
				sc[i] = m.Prob(d.x[i])
			}
			ok, rule := d.top2(sc, swapsOnly), d.rule()
			c.n++
			c.rule += b2i(rule)
			c.fit += b2i(ok)
			c.fixed += b2i(ok && !rule)
			c.broke += b2i(!ok && rule)
		}
		out[w] = c
		all.n, all.rule, all.fit, all.fixed, all.broke = all.n+c.n, all.rule+c.rule, all.fit+c.fit, all.fixed+c.fixed, all.broke+c.broke
	}
	return out, all
}

// b2i is 1 for true.
func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// partFit is the chosen precision, its LOWO counts and the model fitted
// on every row at it.
type partFit struct {
	precision float64
	byWriter  map[string]partLOWOCount
	all       partLOWOCount
	m         logit.Model
}

// fitPart picks the precision and fits every row at it.
func fitPart(t *testing.T, docs []partDoc, swapsOnly bool) partFit {
	t.Helper()
	var f partFit
	for _, p := range partPrecisions {
		by, all := partLOWO(t, docs, p, swapsOnly)
		if f.byWriter == nil || all.fit >= f.all.fit {
			f.precision, f.byWriter, f.all = p, by, all
		}
	}
	x, y, rw := partRows(docs)
	m, err := logit.FitWeighted(x, y, rw, partPrior(f.precision))
	require.NoError(t, err)
	f.m = m
	return f
}

// TestPartLeaveWriterOut logs, per writer, the readouts whose pair the
// rules read right and those a fitted reading, fitted on every other
// writer, reads right: one that takes the two best candidates, and one
// that replaces a member of the rules' pair only by a state easily
// mistaken for it. It checks that every readout read has the rules' pair
// among its candidates and at most the labels' two as positives.
//
//	go test ./consistency -run TestPartLeaveWriterOut -v
func TestPartLeaveWriterOut(t *testing.T) {
	docs := loadPartDocs(t)
	require.NotEmpty(t, docs)
	for _, d := range docs {
		rule, gold := 0, 0
		for i := range d.ids {
			rule += int(d.x[i][0])
			gold += b2i(d.gold[i])
		}
		require.Equal(t, 2, rule, d.source)
		require.LessOrEqual(t, gold, 2, d.source)
	}
	for _, swapsOnly := range []bool{false, true} {
		f := fitPart(t, docs, swapsOnly)
		var lines []string
		for _, w := range slices.Sorted(maps.Keys(f.byWriter)) {
			c := f.byWriter[w]
			lines = append(lines, fmt.Sprintf("%-26s %4d readouts: rules %4d fitted %4d (fixed %d, broke %d)", w, c.n, c.rule, c.fit, c.fixed, c.broke))
		}
		t.Logf("swaps only %v, precision %g: %d readouts: rules %d, fitted (LOWO) %d (fixed %d, broke %d)\n%s\nweights: bias %.2f %s",
			swapsOnly, f.precision, f.all.n, f.all.rule, f.all.fit, f.all.fixed, f.all.broke, strings.Join(lines, "\n"), f.m.Bias, fmtWeights(f.m.Weights))
	}
}

// fmtWeights names each weight.
func fmtWeights(w []float64) string {
	var b strings.Builder
	for i, n := range consistency.PartFeatureNames() {
		fmt.Fprintf(&b, "%s %+.2f; ", n, w[i])
	}
	return b.String()
}
