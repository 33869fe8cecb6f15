package consistency_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRoleHardBound checks the statistics the role threshold's hard bound
// rests on: the mean of the few highest scores follows the group, not one
// mention far above the rest, and the spread of a steady statistic is
// small.
func TestRoleHardBound(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []float64
		n      int
		mean   float64
	}{
		{"three close hard mentions set the mean", []float64{0.2, 0.61, 0.6, 0.59, 0.1}, 3, 0.6},
		{"one mention far above the rest moves it by a third of its lead", []float64{0.75, 0.6, 0.6, 0.3}, 3, 0.65},
		{"fewer scores than asked: the mean of all", []float64{0.4, 0.5}, 3, 0.45},
		{"no scores", nil, 3, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.mean, meanOfTop(append([]float64(nil), tc.scores...), tc.n), 1e-9)
		})
	}
	for _, tc := range []struct {
		name string
		xs   []float64
		sd   float64
	}{
		{"a steady statistic has no spread", []float64{0.6, 0.6, 0.6}, 0},
		{"a statistic that moves has one", []float64{0.5, 0.7}, 0.1414213562},
		{"one value tells no spread", []float64{0.6}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.sd, stdDev(tc.xs), 1e-9)
		})
	}
}
