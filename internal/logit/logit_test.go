package logit

import (
	"math"
	"math/rand/v2"
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
