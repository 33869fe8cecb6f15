package logit

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// draw samples n rows of binary features from a known model.
func draw(n int, bias float64, w []float64, seed uint64) ([][]float64, []bool) {
	rng := rand.New(rand.NewPCG(seed, 1))
	x := make([][]float64, n)
	y := make([]bool, n)
	m := Model{Bias: bias, Weights: w}
	for i := range x {
		x[i] = make([]float64, len(w))
		for j := range w {
			if rng.Float64() < 0.4 {
				x[i][j] = 1
			}
		}
		y[i] = rng.Float64() < m.Prob(x[i])
	}
	return x, y
}

func TestFitRecoversKnownWeights(t *testing.T) {
	want := []float64{2, -1.5, 0, 0.8}
	x, y := draw(20000, -1, want, 7)
	m, err := Fit(x, y, 1e-3)
	require.NoError(t, err)
	assert.InDelta(t, -1, m.Bias, 0.15)
	for i, w := range want {
		assert.InDelta(t, w, m.Weights[i], 0.15, "weight %d", i)
	}
}

func TestFitIsDeterministic(t *testing.T) {
	x, y := draw(500, 0.5, []float64{1, -1}, 3)
	a, err := Fit(x, y, 1)
	require.NoError(t, err)
	b, err := Fit(x, y, 1)
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestFitSeparableStaysFinite(t *testing.T) {
	// the feature decides the outcome: without the penalty the weight
	// would grow without end
	x := [][]float64{{1}, {1}, {0}, {0}}
	y := []bool{true, true, false, false}
	m, err := Fit(x, y, 1)
	require.NoError(t, err)
	assert.False(t, math.IsInf(m.Weights[0], 0) || math.IsNaN(m.Weights[0]))
	assert.Greater(t, m.Weights[0], 0.5)
	assert.Greater(t, m.Prob([]float64{1}), 0.5)
	assert.Less(t, m.Prob([]float64{0}), 0.5)
}

func TestFitBadData(t *testing.T) {
	_, err := Fit(nil, nil, 1)
	require.ErrorIs(t, err, ErrData)
	_, err = Fit([][]float64{{1}, {1, 2}}, []bool{true, false}, 1)
	require.ErrorIs(t, err, ErrData)
	_, err = Fit([][]float64{{1}}, []bool{true, false}, 1)
	require.ErrorIs(t, err, ErrData)
	_, err = Fit([][]float64{{1}}, []bool{true}, 0)
	require.ErrorIs(t, err, ErrData)
}

func TestFitPriorPullsTowardsItsMean(t *testing.T) {
	// 40 rows say little: the weight of a feature on in 4 of them stays
	// near the prior's mean, on the mean's side of 0
	x, y := draw(40, 0, []float64{0, 0}, 11)
	for i := range x {
		x[i][1] = 0
	}
	for i := range 4 {
		x[i][1] = 1
		y[i] = false // the few rows that have the feature say "negative"
	}
	m, err := FitPrior(x, y, Prior{Mean: []float64{0, 1}, Precision: 4})
	require.NoError(t, err)
	assert.Greater(t, m.Weights[1], 0.0, "four rows flipped the prior's sign")
	free, err := Fit(x, y, 1e-3)
	require.NoError(t, err)
	assert.Less(t, free.Weights[1], 0.0, "without the prior the rows decide")
}

func TestFitPriorYieldsToMuchData(t *testing.T) {
	want := []float64{2, -1.5}
	x, y := draw(20000, -1, want, 5)
	m, err := FitPrior(x, y, Prior{Mean: []float64{-1, 1}, Precision: 1})
	require.NoError(t, err)
	for i, w := range want {
		assert.InDelta(t, w, m.Weights[i], 0.15, "weight %d", i)
	}
}

func TestFitIsFitPriorAtZero(t *testing.T) {
	x, y := draw(300, 0.2, []float64{1, -0.5, 0.3}, 9)
	a, err := Fit(x, y, 2)
	require.NoError(t, err)
	b, err := FitPrior(x, y, Prior{Mean: make([]float64, 3), Precision: 2})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}

func TestFitPriorBadPrior(t *testing.T) {
	x := [][]float64{{1, 0}, {0, 1}}
	y := []bool{true, false}
	_, err := FitPrior(x, y, Prior{Mean: []float64{0}, Precision: 1})
	require.ErrorIs(t, err, ErrData)
	_, err = FitPrior(x, y, Prior{Mean: []float64{0, 0}, Precision: 0})
	require.ErrorIs(t, err, ErrData)
	_, err = FitPrior(x, y, Prior{Mean: []float64{0, 0}, Precision: math.Inf(1)})
	require.ErrorIs(t, err, ErrData)
	_, err = FitPrior(x, y, Prior{Mean: []float64{0, 0}, Precision: math.NaN()})
	require.ErrorIs(t, err, ErrData)
}

func TestLogLoss(t *testing.T) {
	x := [][]float64{{1}, {0}}
	y := []bool{true, false}
	half := Model{Weights: []float64{0}}
	assert.InDelta(t, math.Log(2), LogLoss(half, x, y), 1e-12)
	sure := Model{Bias: -40, Weights: []float64{80}}
	assert.InDelta(t, 0, LogLoss(sure, x, y), 1e-9)
	wrong := Model{Bias: 40, Weights: []float64{-80}}
	assert.InDelta(t, -math.Log(1e-12), LogLoss(wrong, x, y), 1e-3, "clipped, not infinite")
	assert.Zero(t, LogLoss(half, nil, nil))
}

func TestCount(t *testing.T) {
	m := Model{Weights: []float64{1}} // Prob: 0.5 at 0, 0.73 at 1, 0.27 at -1
	x := [][]float64{{1}, {1}, {0}, {-1}, {-1}}
	y := []bool{true, false, true, true, false}
	c := Count(m, x, y, 0.6)
	assert.Equal(t, Counts{TP: 1, FP: 1, FN: 2, TN: 1}, c)
	assert.InDelta(t, 0.5, c.Precision(), 1e-12)
	assert.InDelta(t, 1.0/3, c.Recall(), 1e-12)
	c = Count(m, x, y, 0.5) // 0.5 reaches the threshold
	assert.Equal(t, Counts{TP: 2, FP: 1, FN: 1, TN: 1}, c)
	assert.Equal(t, 1.0, Counts{FN: 3}.Precision(), "nothing decided")
	assert.Equal(t, 1.0, Counts{FP: 3}.Recall(), "nothing to find")
}

// TestFitWeightedCountsRowsTwice checks that a row of weight 2 is the same
// row written twice, that weight 0 drops a row, and that bad weights are
// refused.
func TestFitWeightedCountsRowsTwice(t *testing.T) {
	x, y := draw(400, -0.5, []float64{1, -2}, 3)
	prior := Prior{Mean: []float64{0, 0}, Precision: 1}
	w := make([]float64, len(x))
	var xx [][]float64
	var yy []bool
	for i := range x {
		w[i] = float64(i % 3) // 0, 1 or 2
		for range i % 3 {
			xx, yy = append(xx, x[i]), append(yy, y[i])
		}
	}
	got, err := FitWeighted(x, y, w, prior)
	require.NoError(t, err)
	want, err := FitPrior(xx, yy, prior)
	require.NoError(t, err)
	assert.InDelta(t, want.Bias, got.Bias, 1e-9)
	assert.InDeltaSlice(t, want.Weights, got.Weights, 1e-9)
	for _, bad := range [][]float64{w[:3], append(slices.Clone(w[:len(w)-1]), -1), append(slices.Clone(w[:len(w)-1]), math.NaN())} {
		_, err := FitWeighted(x, y, bad, prior)
		assert.ErrorIs(t, err, ErrData)
	}
}

// TestFitFromFarPriorMean: a prior whose mean is far from the optimum
// starts the fit where a full Newton step overshoots (the rows saturate);
// the fit halves such steps and still finds the optimum the same rows give
// from a start at 0, and a fit that cannot settle says so.
func TestFitFromFarPriorMean(t *testing.T) {
	x := [][]float64{{1}, {1}, {1}, {-1}, {-1}, {-1}, {0.5}, {-0.5}}
	y := []bool{true, true, false, false, false, true, true, false}
	const precision = 1e-3
	far, err := FitPrior(x, y, Prior{Mean: []float64{12}, Precision: precision})
	require.NoError(t, err)
	near, err := FitPrior(x, y, Prior{Mean: []float64{0}, Precision: precision})
	require.NoError(t, err)
	// the prior's pull differs (12 against 0, at precision 1e-3): the
	// weights are close, and both are finite and moderate
	assert.InDelta(t, near.Weights[0], far.Weights[0], 0.05)
	assert.InDelta(t, near.Bias, far.Bias, 0.05)
	assert.Less(t, math.Abs(far.Weights[0]), 5.0)
}
