package consistency_test

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/logit"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// The swap-pair scorer (swapPairProb) reads a lone word as the surname of
// a person named in full, written with a letter of one transliteration
// class for another. Its weights are fitted on the readings it makes in
// seeded draws: one person's surname respelt (invented people, the
// release's people with a foreign sound written another way, anybody a
// text names twice) are the positives, where the word read is the
// respelling; a second person of a near or the same surname named beside
// the first (slips.NearNamesake) and every other word read are the
// negatives. A source is a set of releases: the own releases, the house
// styles, the people sets, and the first five held-out sets read as
// written (rows only; held-out 6-12 are the check and stay out). Each
// source's figures are measured by a fit that did not see it
// (TestSwapLeaveOneSourceOut), and the threshold is the one those held-out
// decisions favour.
var (
	swapFitSeeds = []uint64{401, 402, 403}
	swapFitN     = 200
	swapKinds    = []slips.Kind{slips.InventedRespelt, slips.NearNamesake, slips.ForeignRespelt, slips.NearNamesake,
		slips.PersonRespelt, slips.NearNamesake, slips.ProseRespelt}
	swapDrawn = map[string][]string{
		"releases": {"../testdata/releases"},
		"styles":   {"../testdata/styles"},
		"people":   {"../testdata/people", "../testdata/people2", "../testdata/people5"},
	}
	swapRead = []string{"../testdata/heldout", "../testdata/heldout2", "../testdata/heldout3",
		"../testdata/heldout4", "../testdata/heldout5"}
	// swapPrecision is the precision of the Gaussian prior (centred on
	// 0) of the new features' weights, swapHandPrecision that of the
	// features the hand weights were set for (centred on them).
	swapPrecision     = 1.0
	swapHandPrecision = 25.0
	// swapThresholds are the thresholds the fit chooses from.
	swapThresholds = []float64{0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9}
)

// swapRow is one reading of the swap-pair scorer.
type swapRow struct {
	source string
	x      []float64
	y      bool // the word read is a labelled respelling
}

var swapFitCache readOnce[[]swapRow]

func loadSwapRows(t *testing.T) []swapRow {
	t.Helper()
	return swapFitCache.get(t, readSwapRows)
}

func readSwapRows(t *testing.T) []swapRow {
	t.Helper()
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	gen, _ := slipGenerator(t)
	var rows []swapRow
	read := func(source string, text []byte, l slips.Labels) {
		var spans [][2]int
		for _, v := range l.Variants {
			for _, m := range v.Mentions {
				if a, b, err := slips.Locate(text, m, 1); err == nil {
					spans = append(spans, [2]int{a, b})
				}
			}
		}
		for _, s := range consistency.SwapSamples(c, text) {
			y := false
			for _, sp := range spans {
				if s.Start < sp[1] && sp[0] < s.End {
					y = true
				}
			}
			rows = append(rows, swapRow{source: source, x: s.X, y: y})
		}
	}
	load := func(dir string) []slips.Release {
		rs, err := slips.LoadReleases(dir)
		require.NoError(t, err, dir)
		return rs
	}
	for _, source := range slices.Sorted(func(yield func(string) bool) {
		for k := range swapDrawn {
			if !yield(k) {
				return
			}
		}
	}) {
		var rs []slips.Release
		for _, dir := range swapDrawn[source] {
			rs = append(rs, load(dir)...)
		}
		for _, r := range rs {
			read(source, r.Text, r.Labels)
		}
		for _, seed := range swapFitSeeds {
			ss, err := gen.Draw(rs, swapKinds, swapFitN, seed)
			require.NoError(t, err)
			for _, s := range ss {
				read(source, s.Text, s.Labels)
			}
		}
	}
	for _, dir := range swapRead {
		for _, r := range load(dir) {
			read(dir[len("../testdata/"):], r.Text, r.Labels)
		}
	}
	return rows
}

func swapXY(rows []swapRow) ([][]float64, []bool) {
	x := make([][]float64, len(rows))
	y := make([]bool, len(rows))
	for i, r := range rows {
		x[i], y[i] = r.x, r.y
	}
	return x, y
}

// fitSwap fits the scorer under a Gaussian prior centred on the hand
// weights: of precision swapHandPrecision for the features the hand
// weights were set for, swapPrecision for the others (the evidence of
// another person's name, hand weight 0). A feature's precision is set by
// scaling its column (a column scaled by a fits a weight a times smaller
// under a prior a² times weaker), and the weights are scaled back.
func fitSwap(t *testing.T, rows []swapRow) logit.Model {
	t.Helper()
	x, y := swapXY(rows)
	hand := consistency.SwapHandWeights()
	scale := make([]float64, len(hand))
	mean := make([]float64, len(hand))
	for i, w := range hand {
		scale[i] = 1
		if w != 0 {
			scale[i] = math.Sqrt(swapPrecision / swapHandPrecision)
		}
		mean[i] = w / scale[i]
	}
	xs := make([][]float64, len(x))
	for i, r := range x {
		xs[i] = make([]float64, len(r))
		for j, v := range r {
			xs[i][j] = v * scale[j]
		}
	}
	m, err := logit.FitPrior(xs, y, logit.Prior{Mean: mean, Precision: swapPrecision})
	require.NoError(t, err)
	for j := range m.Weights {
		m.Weights[j] *= scale[j]
	}
	return m
}

func swapSources(rows []swapRow) []string {
	var ss []string
	for _, r := range rows {
		if !slices.Contains(ss, r.source) {
			ss = append(ss, r.source)
		}
	}
	slices.Sort(ss)
	return ss
}

// swapHeldOut gives every row the probability of a fit that did not see
// its source.
func swapHeldOut(t *testing.T, rows []swapRow) []float64 {
	t.Helper()
	p := make([]float64, len(rows))
	for _, src := range swapSources(rows) {
		var train []swapRow
		for _, r := range rows {
			if r.source != src {
				train = append(train, r)
			}
		}
		m := fitSwap(t, train)
		for i, r := range rows {
			if r.source == src {
				p[i] = m.Prob(r.x)
			}
		}
	}
	return p
}

// swapCounts counts the decisions at threshold th.
func swapCounts(rows []swapRow, p []float64, th float64, source string) logit.Counts {
	var c logit.Counts
	for i, r := range rows {
		if source != "" && r.source != source {
			continue
		}
		switch {
		case p[i] >= th && r.y:
			c.TP++
		case p[i] >= th:
			c.FP++
		case r.y:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

// swapBestThreshold is the threshold of swapThresholds whose held-out
// decisions have the highest F0.5 (precision counts twice as much as
// recall: a false variant is an editor's wasted time on a clean text).
func swapBestThreshold(rows []swapRow, p []float64) float64 {
	best, bestF := swapThresholds[0], -1.0
	for _, th := range swapThresholds {
		c := swapCounts(rows, p, th, "")
		pr, rc := c.Precision(), c.Recall()
		f := 0.0
		if pr+rc > 0 {
			f = 1.25 * pr * rc / (0.25*pr + rc)
		}
		if f > bestF+1e-12 {
			best, bestF = th, f
		}
	}
	return best
}

// swapMinPrecision is the floor of the fit's pooled held-out precision at
// the threshold it would choose (measured 0.69: the guard is under it).
const swapMinPrecision = 0.60

// TestSwapLeaveOneSourceOut fits the swap-pair scorer without each source
// in turn and counts its decisions on that source's readings at the
// threshold the fit would choose; pooled, they must be right
// swapMinPrecision of the time. It logs the fit on every source and the
// committed (hand) weights' decisions on the same readings: the fit reads
// the draws better but loses respellings in published prose (newswire
// person-respelt draws), so it is a measurement, not the committed
// weights.
func TestSwapLeaveOneSourceOut(t *testing.T) {
	if testing.Short() {
		t.Skip("draws and fits: slow")
	}
	rows := loadSwapRows(t)
	p := swapHeldOut(t, rows)
	th := swapBestThreshold(rows, p)
	for _, src := range swapSources(rows) {
		c := swapCounts(rows, p, th, src)
		t.Logf("%-10s readings %4d respellings %4d: tp %4d fp %3d fn %3d  P %.2f R %.2f", src, c.TP+c.FP+c.FN+c.TN, c.TP+c.FN, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
	}
	all := swapCounts(rows, p, th, "")
	ll := 0.0
	for i, r := range rows {
		q := math.Min(math.Max(p[i], 1e-9), 1-1e-9)
		if r.y {
			ll -= math.Log(q)
		} else {
			ll -= math.Log(1 - q)
		}
	}
	t.Logf("pooled at %.2f: tp %d fp %d fn %d  P %.2f R %.2f; held-out log-loss %.3f", th, all.TP, all.FP, all.FN, all.Precision(), all.Recall(), ll/float64(len(rows)))
	for _, x := range swapThresholds {
		c := swapCounts(rows, p, x, "")
		t.Logf("  threshold %.2f: tp %d fp %d fn %d  P %.2f R %.2f", x, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
	}
	t.Logf("the threshold the held-out decisions favour (F0.5): %.2f", swapBestThreshold(rows, p))
	m := fitSwap(t, rows)
	for i, n := range consistency.SwapFeatureNames() {
		t.Logf("  fitted on every source: %-12s %+.2f (hand %+.2f)", n, m.Weights[i], consistency.SwapHandWeights()[i])
	}
	t.Logf("  fitted bias %+.2f (hand %+.2f)", m.Bias, consistency.SwapHandBias())
	// the committed (hand) weights on the same readings
	hp := make([]float64, len(rows))
	for i, r := range rows {
		z := consistency.SwapHandBias()
		for j, v := range r.x {
			z += consistency.SwapHandWeights()[j] * v
		}
		hp[i] = 1 / (1 + math.Exp(-z))
	}
	for _, src := range swapSources(rows) {
		c := swapCounts(rows, hp, 0.5, src)
		t.Logf("hand %-10s tp %4d fp %3d fn %3d  P %.2f R %.2f", src, c.TP, c.FP, c.FN, c.Precision(), c.Recall())
	}
	h := swapCounts(rows, hp, 0.5, "")
	t.Logf("hand pooled: tp %d fp %d fn %d  P %.2f R %.2f", h.TP, h.FP, h.FN, h.Precision(), h.Recall())
	require.GreaterOrEqual(t, all.Precision(), swapMinPrecision)
}
