// Package logit fits a logistic regression by Newton's method with a
// Gaussian prior on the weights (an L2 penalty towards chosen values):
// deterministic (no random start, no sampling), so that a model fitted on
// the same data always has the same weights. The role scorer of package
// consistency is fitted with it. LogLoss and Count measure a model on rows
// it was not fitted on.
package logit

import (
	"errors"
	"fmt"
	"math"
)

// Model is a fitted logistic model: P(y) = σ(Bias + Σ Weights[i]·x[i]).
type Model struct {
	Bias    float64
	Weights []float64
	// Iterations is how many Newton steps the fit took.
	Iterations int
}

// Prob is the model's probability for x.
func (m Model) Prob(x []float64) float64 {
	z := m.Bias
	for i, v := range x {
		z += m.Weights[i] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// ErrData is returned for data a model cannot be fitted on.
var ErrData = errors.New("logit: bad data")

// ErrNoConvergence is returned when a fit has not settled after maxSteps
// Newton steps, or its weights are no longer finite: its weights would be
// no fit at all.
var ErrNoConvergence = errors.New("logit: the fit did not converge")

// maxSteps bounds the Newton steps of a fit, and maxHalvings how often one
// step is halved before the objective decreases.
const (
	maxSteps    = 200
	maxHalvings = 60
)

// Fit fits a model on the rows of x with outcomes y. l2 penalises the
// weights' squares (not the bias), which keeps them finite when a feature
// separates the outcomes; it must be positive. It is FitPrior with a prior
// centred on 0 whose precision is l2.
func Fit(x [][]float64, y []bool, l2 float64) (Model, error) {
	if !(l2 > 0) {
		return Model{}, fmt.Errorf("l2 %v must be positive: %w", l2, ErrData)
	}
	d := 0
	if len(x) > 0 {
		d = len(x[0])
	}
	return FitPrior(x, y, Prior{Mean: make([]float64, d), Precision: l2})
}

// Prior is a Gaussian prior on the weights (not the bias): weight i is
// drawn from a normal distribution with mean Mean[i] and variance
// 1/Precision. The fit maximises the likelihood times the prior, i.e. it
// minimises the log-loss plus Precision/2 · Σ (w[i] − Mean[i])²: a weight
// the rows say little about stays near its mean, and a few rows cannot
// flip its sign when the mean is away from 0.
type Prior struct {
	Mean      []float64
	Precision float64
}

// FitPrior fits a model on the rows of x with outcomes y under prior,
// whose Mean has one value per feature and whose Precision is positive.
// The fit stops when no weight moves by more than 1e-10; a Newton step
// that would raise the objective (the log-loss plus the prior's penalty)
// is halved until it lowers it, so that a start far from the optimum (a
// prior's mean away from 0) cannot throw the fit off. A fit that has not
// settled after 200 steps returns ErrNoConvergence.
func FitPrior(x [][]float64, y []bool, prior Prior) (Model, error) {
	return FitWeighted(x, y, nil, prior)
}

// FitWeighted is FitPrior with a weight per row: row i counts rw[i] times
// in the likelihood (nil: every row once). Weights must be finite and not
// negative; a fit that pools rows from sources of very different sizes
// weighs them so that no source dominates.
func FitWeighted(x [][]float64, y []bool, rw []float64, prior Prior) (Model, error) {
	if len(x) == 0 || len(x) != len(y) {
		return Model{}, fmt.Errorf("%d rows, %d outcomes: %w", len(x), len(y), ErrData)
	}
	if rw != nil && len(rw) != len(x) {
		return Model{}, fmt.Errorf("%d rows, %d weights: %w", len(x), len(rw), ErrData)
	}
	for i, v := range rw {
		if !(v >= 0) || math.IsInf(v, 0) {
			return Model{}, fmt.Errorf("row %d has weight %v: %w", i, v, ErrData)
		}
	}
	if !(prior.Precision > 0) || math.IsInf(prior.Precision, 0) {
		return Model{}, fmt.Errorf("prior precision %v must be positive and finite: %w", prior.Precision, ErrData)
	}
	d := len(x[0])
	if len(prior.Mean) != d {
		return Model{}, fmt.Errorf("prior has %d means for %d features: %w", len(prior.Mean), d, ErrData)
	}
	for i, r := range x {
		if len(r) != d {
			return Model{}, fmt.Errorf("row %d has %d features, row 0 %d: %w", i, len(r), d, ErrData)
		}
	}
	// w[0] is the bias, w[1:] the weights; a row is (1, x...).
	n := d + 1
	w := make([]float64, n)
	copy(w[1:], prior.Mean)
	g := make([]float64, n)
	h := make([][]float64, n)
	for i := range h {
		h[i] = make([]float64, n+1) // the last column holds -g for the solve
	}
	row := make([]float64, n)
	row[0] = 1
	// objective is what the fit minimises at weights v: the rows'
	// negative log-likelihood plus the prior's penalty.
	objective := func(v []float64) float64 {
		f := 0.0
		for r, xs := range x {
			copy(row[1:], xs)
			z := 0.0
			for j, u := range row {
				z += v[j] * u
			}
			// log(1 + e^z) - t·z, computed without overflow
			l := math.Log1p(math.Exp(-math.Abs(z))) + max(z, 0)
			if y[r] {
				l -= z
			}
			if rw != nil {
				l *= rw[r]
			}
			f += l
		}
		for j := 1; j < n; j++ {
			d := v[j] - prior.Mean[j-1]
			f += prior.Precision / 2 * d * d
		}
		return f
	}
	next := make([]float64, n)
	for it := 1; it <= maxSteps; it++ {
		clear(g)
		for i := range h {
			clear(h[i])
		}
		for r, xs := range x {
			copy(row[1:], xs)
			z := 0.0
			for j, v := range row {
				z += w[j] * v
			}
			p := 1 / (1 + math.Exp(-z))
			t := 0.0
			if y[r] {
				t = 1
			}
			q, e := p*(1-p), p-t
			if rw != nil {
				q, e = q*rw[r], e*rw[r]
			}
			for j, vj := range row {
				if vj == 0 {
					continue
				}
				g[j] += e * vj
				hj := h[j]
				for k := j; k < n; k++ { // the upper triangle; mirrored below
					hj[k] += q * vj * row[k]
				}
			}
		}
		for j := range n {
			for k := j + 1; k < n; k++ {
				h[k][j] = h[j][k]
			}
		}
		for j := 1; j < n; j++ {
			g[j] += prior.Precision * (w[j] - prior.Mean[j-1])
			h[j][j] += prior.Precision
		}
		h[0][0] += 1e-9 // a bias that never sees a 0 or a 1 stays finite
		for j := range h {
			h[j][n] = -g[j]
		}
		step, err := solve(h)
		if err != nil {
			return Model{}, fmt.Errorf("step %d: %w", it, err)
		}
		// halve the step while it raises the objective (a full step is
		// taken whenever it does not, as near the optimum it always does)
		f := objective(w)
		for range maxHalvings {
			for j := range w {
				next[j] = w[j] + step[j]
			}
			if objective(next) <= f {
				break
			}
			for j := range step {
				step[j] /= 2
			}
		}
		moved := 0.0
		for j := range w {
			w[j] += step[j]
			moved = max(moved, math.Abs(step[j]))
		}
		for _, v := range w {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return Model{}, fmt.Errorf("step %d: weights not finite: %w", it, ErrNoConvergence)
			}
		}
		if moved < 1e-10 {
			return Model{Bias: w[0], Weights: w[1:], Iterations: it}, nil
		}
	}
	return Model{}, fmt.Errorf("%d steps: %w", maxSteps, ErrNoConvergence)
}

// LogLoss is the mean negative log-likelihood of outcomes y under m (in
// nats; 0 for a model that is sure and right, log 2 ≈ 0.693 for one that
// says 0.5 everywhere). Probabilities are clipped to [1e-12, 1-1e-12].
func LogLoss(m Model, x [][]float64, y []bool) float64 {
	if len(x) == 0 {
		return 0
	}
	s := 0.0
	for i, r := range x {
		p := min(max(m.Prob(r), 1e-12), 1-1e-12)
		if y[i] {
			s -= math.Log(p)
		} else {
			s -= math.Log(1 - p)
		}
	}
	return s / float64(len(x))
}

// Counts are the outcomes of a model's decisions at a threshold.
type Counts struct {
	TP, FP, FN, TN int
}

// Count decides every row of x (positive when m.Prob reaches threshold)
// and counts the decisions against y.
func Count(m Model, x [][]float64, y []bool, threshold float64) Counts {
	var c Counts
	for i, r := range x {
		switch pos := m.Prob(r) >= threshold; {
		case pos && y[i]:
			c.TP++
		case pos:
			c.FP++
		case y[i]:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

// Precision is TP/(TP+FP), 1 when nothing was decided positive.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// Recall is TP/(TP+FN), 1 when there is nothing to find.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// solve solves the augmented system a (n rows, n+1 columns) by Gaussian
// elimination with partial pivoting; a is overwritten.
func solve(a [][]float64) ([]float64, error) {
	n := len(a)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-300 {
			return nil, fmt.Errorf("singular system at column %d: %w", c, ErrData)
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			if f == 0 {
				continue
			}
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	out := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := a[r][n]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * out[k]
		}
		out[r] = s / a[r][r]
	}
	return out, nil
}
