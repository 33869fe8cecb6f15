package consistency_test

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/logit"
)

// The conflict patterns' confidence is a product of hand-set factors
// (evidence.go): log confidence = log base + Σ log factor, one weight of 1
// per factor. TestPatternFactorsFit asks, for each factor, whether the
// data of the role fit's writers (writerDocs) support another weight: every
// mention a conflict pattern judged (a conflict raised, or a judgement that
// fell under the floor; the best per mention) is a row, a gold slip a
// positive. Measured leaving one writer out, it compares
//
//	hand-set   P(slip) = σ(a + b · log confidence): the hand-set product,
//	           calibrated
//	freed f    σ(a + b · (log confidence − log f) + c · log f): factor f's
//	           weight fitted (c/b is its power against the hand-set scale;
//	           1 keeps it as set)
//
// and logs each factor's LOWO log-loss gain and fitted power. A factor the
// data support (a gain clearly above the writers' spread) is one to move
// into the fit; the others are as well left hand-set.

// factorRow is a mention a conflict pattern judged: its base confidence
// and each feature's factor.
type factorRow struct {
	writer string
	rule   string // the pattern
	base   float64
	fs     map[string]float64
	y      bool
}

// factorRows reads the pattern stage's judgements of every writer's texts.
func factorRows(t *testing.T) []factorRow {
	t.Helper()
	docs, _, _ := writerDocs(t)
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	var out []factorRow
	for _, doc := range docs {
		rep, _, dropped := consistency.Trace(c, doc.text)
		type judged struct {
			start, end int
			conf       float64
			row        factorRow
		}
		var js []judged
		for _, f := range rep.Findings {
			if f.Kind != "country-conflict" || f.Rule == "participant-role" {
				continue
			}
			r := factorRow{writer: doc.writer, rule: f.Rule, fs: map[string]float64{}, base: f.Confidence}
			for _, e := range f.Evidence {
				for _, m := range factorNote.FindAllStringSubmatch(e.Note, -1) {
					if v, err := strconv.ParseFloat(m[2], 64); err == nil && v > 0 {
						r.fs[m[1]] = v
						r.base /= v
					}
				}
			}
			js = append(js, judged{f.Start, f.End, f.Confidence, r})
		}
		for _, d := range dropped {
			r := factorRow{writer: doc.writer, rule: d.Rule, fs: map[string]float64{}, base: d.Base}
			conf := d.Base
			for _, f := range d.Features {
				if f.Factor > 0 {
					r.fs[f.Name] = f.Factor
					conf *= f.Factor
				}
			}
			js = append(js, judged{d.Start, d.End, conf, r})
		}
		// the best judgement per mention
		best := map[[2]int]int{}
		for i, j := range js {
			k := [2]int{j.start, j.end}
			if b, ok := best[k]; !ok || j.conf > js[b].conf {
				best[k] = i
			}
		}
		keys := make([][2]int, 0, len(best))
		for k := range best {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b [2]int) int { return a[0] - b[0] })
		for _, k := range keys {
			r := js[best[k]].row
			for _, g := range doc.gold {
				if g[0] < k[1] && k[0] < g[1] {
					r.y = true
				}
			}
			out = append(out, r)
		}
	}
	return out
}

// factorData builds LOWO rows: x = (log confidence without the freed
// factors, log of each freed factor).
func factorData(rows []factorRow, freed []string) roleFitData {
	var d roleFitData
	seen := map[string]bool{}
	for _, r := range rows {
		x := make([]float64, 1+len(freed))
		x[0] = math.Log(max(r.base, 1e-6))
		for name, v := range r.fs {
			if i := slices.Index(freed, name); i >= 0 {
				x[1+i] = math.Log(v)
			} else {
				x[0] += math.Log(v)
			}
		}
		d.fit = append(d.fit, roleRow{writer: r.writer, x: x, y: r.y})
		if !seen[r.writer] {
			seen[r.writer] = true
			d.writers = append(d.writers, r.writer)
		}
	}
	roleWeigh(d.fit)
	slices.Sort(d.writers)
	return d
}

// factorPrior is a weak prior centred on the hand-set scale (every weight
// 1, the factors as set).
func factorPrior(n int) logit.Prior {
	mean := make([]float64, n)
	for i := range mean {
		mean[i] = 1
	}
	return logit.Prior{Mean: mean, Precision: 0.01}
}

// TestPatternFactorsFit logs, for each hand-set factor the pattern stage
// applied to at least 20 judged mentions, how much freeing its weight
// gains in LOWO log-loss and the power the pooled fit gives it.
func TestPatternFactorsFit(t *testing.T) {
	needDev(t)
	if testing.Short() || raceDetector {
		t.Skip("reads every writer's texts: too slow under -race or -short")
	}
	rows := factorRows(t)
	count := map[string]int{}
	slips := map[string]int{}
	pos := 0
	for _, r := range rows {
		if r.y {
			pos++
		}
		for name := range r.fs {
			count[name]++
			if r.y {
				slips[name]++
			}
		}
	}
	hand := leaveWritersOutPrior(t, factorData(rows, nil), factorPrior(1))
	handLoss, constLoss := hand.meanLoss()
	t.Logf("%d judged mentions (%d slips) from %d writers; hand-set product, calibrated: mean LOWO log-loss %.4f (constant %.4f)",
		len(rows), pos, len(hand.loss), handLoss, constLoss)
	var names []string
	for name, n := range count {
		if n >= 20 {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		d := factorData(rows, []string{name})
		l := leaveWritersOutPrior(t, d, factorPrior(2))
		loss, _ := l.meanLoss()
		x, y, w := roleXYW(d.fit)
		m, err := logit.FitWeighted(x, y, w, factorPrior(2))
		require.NoError(t, err)
		// the writers' spread of the gain
		var gains []float64
		for wr, v := range l.loss {
			gains = append(gains, hand.loss[wr]-v)
		}
		mean, se := meanSE(gains)
		t.Logf("%-20s %4d mentions (%3d slips): LOWO log-loss %.4f, gain %+.4f (standard error over writers %.4f); fitted power %.2f",
			name, count[name], slips[name], loss, mean, se, m.Weights[1]/m.Weights[0])
	}
	all := factorData(rows, names)
	l := leaveWritersOutPrior(t, all, factorPrior(1+len(names)))
	loss, _ := l.meanLoss()
	t.Logf("every factor freed: mean LOWO log-loss %.4f (hand-set %.4f)", loss, handLoss)
	assert.Less(t, handLoss, constLoss, "the hand-set confidences do not rank the slips of writers left out better than a constant")
}

// meanSE is the mean of v and its standard error.
func meanSE(v []float64) (mean, se float64) {
	n := float64(len(v))
	for _, x := range v {
		mean += x / n
	}
	ss := 0.0
	for _, x := range v {
		ss += (x - mean) * (x - mean)
	}
	if n > 1 {
		se = math.Sqrt(ss / (n - 1) / n)
	}
	return mean, se
}

// TestPatternRulesFit (with -role.diag) asks the same of each conflict
// pattern's own confidence: on the pattern stage's judgements of the role
// fit's writers (held-out sets 6 and later left out: they are a check), it
// frees one offset for the pattern's judgements and logs, per pattern with
// at least 20 judged mentions, the judged and the raised (at the default
// confidence) with their slips, the LOWO log-loss gain of the offset with
// its standard error over writers, and the offset as a factor on the
// hand-set confidence. A factor well under 1 with a gain above its error
// is a pattern whose confidence the writers left out do not bear out.
// The draws repeat their source releases, so a pattern that misreads one
// clean release is counted once per draw of it: read the raised counts
// with the per-writer spread.
func TestPatternRulesFit(t *testing.T) {
	if !*roleDiag {
		t.Skip("-role.diag")
	}
	needDev(t)
	var rows []factorRow
	for _, r := range factorRows(t) {
		if n, ok := strings.CutPrefix(r.writer, "heldout"); ok && n != "" && n != "2" && n != "3" && n != "4" && n != "5" {
			continue
		}
		rows = append(rows, r)
	}
	hand := leaveWritersOutPrior(t, factorData(rows, nil), factorPrior(1))
	handLoss, _ := hand.meanLoss()
	type tally struct{ judged, slips, raised, raisedSlips int }
	by := map[string]*tally{}
	for _, r := range rows {
		if by[r.rule] == nil {
			by[r.rule] = &tally{}
		}
		c := by[r.rule]
		conf := r.base
		for _, v := range r.fs {
			conf *= v
		}
		up := conf >= consistency.DefaultMinConfidence
		c.judged++
		if up {
			c.raised++
		}
		if r.y {
			c.slips++
			if up {
				c.raisedSlips++
			}
		}
	}
	t.Logf("%d judged mentions; hand-set product, calibrated: mean LOWO log-loss %.4f", len(rows), handLoss)
	for _, rule := range slices.Sorted(maps.Keys(by)) {
		c := by[rule]
		if c.judged < 20 {
			continue
		}
		d := factorData(rows, nil)
		for i := range d.fit {
			on := 0.0
			if rows[i].rule == rule {
				on = 1
			}
			d.fit[i].x = append(d.fit[i].x, on)
		}
		prior := logit.Prior{Mean: []float64{1, 0}, Precision: 0.5}
		l := leaveWritersOutPrior(t, d, prior)
		loss, _ := l.meanLoss()
		var gains []float64
		for w, v := range l.loss {
			gains = append(gains, hand.loss[w]-v)
		}
		mean, se := meanSE(gains)
		x, y, w := roleXYW(d.fit)
		m, err := logit.FitWeighted(x, y, w, prior)
		require.NoError(t, err)
		t.Logf("%-30s %4d judged (%4d slips), %4d raised (%4d slips): LOWO log-loss %.4f, gain %+.4f (standard error %.4f); offset as a factor ×%.2f",
			rule, c.judged, c.slips, c.raised, c.raisedSlips, loss, mean, se, math.Exp(m.Weights[1]/m.Weights[0]))
	}
}
