package consistency_test

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// roleSplit is a way to make a role feature conditional on another: the
// rows' features rewritten (a feature may be added at the end, centred on
// 0 in the prior).
type roleSplit struct {
	name    string
	rewrite func(x []float64, at func(string) int) []float64
}

// roleSplits are the conditionings of the features that are on for most
// hard clean mentions (fills-gap, both-participants, with-participant and
// between) that TestRoleFeatureSplits measures.
var roleSplits = []roleSplit{
	{"fills-gap split by named-once", func(x []float64, at func(string) int) []float64 {
		g, once := x[at("fills-gap")], x[at("named-once")]
		x[at("fills-gap")] = g * (1 - once)
		return append(x, g*once)
	}},
	{"fills-gap only for a state named more than once", func(x []float64, at func(string) int) []float64 {
		x[at("fills-gap")] *= 1 - x[at("named-once")]
		return x
	}},
	{"both-participants split by quoted", func(x []float64, at func(string) int) []float64 {
		b, q := x[at("both-participants")], x[at("quoted")]
		x[at("both-participants")] = b * (1 - q)
		return append(x, b*q)
	}},
	{"between merged into with-participant", func(x []float64, at func(string) int) []float64 {
		x[at("with-participant")] = max(x[at("with-participant")], x[at("between")])
		x[at("between")] = 0
		return x
	}},
}

// TestRoleFeatureSplits (with -role.diag) refits the role scorer with
// each of roleSplits and logs the mean LOWO log-loss against the
// committed features' and the standard error of the per-writer
// differences: a conditioning the writers left out do not gain from is
// not one to make.
func TestRoleFeatureSplits(t *testing.T) {
	if !*roleDiag {
		t.Skip("-role.diag")
	}
	needDev(t)
	d := loadRoleFitData(t)
	p := consistency.RolePriorPrecision()
	names := consistency.RoleFeatureNames()
	at := func(n string) int {
		i := slices.Index(names, n)
		require.GreaterOrEqual(t, i, 0, n)
		return i
	}
	base := leaveWritersOut(t, d, p)
	baseLoss, _ := base.meanLoss()
	for _, s := range roleSplits {
		dd := d
		dd.fit = make([]roleRow, len(d.fit))
		for i, r := range d.fit {
			r.x = s.rewrite(slices.Clone(r.x), at)
			dd.fit[i] = r
		}
		prior := rolePrior(p)
		for len(prior.Mean) < len(dd.fit[0].x) {
			prior.Mean = append(prior.Mean, 0)
		}
		l := leaveWritersOutPrior(t, dd, prior)
		loss, _ := l.meanLoss()
		var diffs []float64
		for w := range l.loss {
			diffs = append(diffs, base.loss[w]-l.loss[w])
		}
		se := stdDev(diffs) / sqrtLen(diffs)
		t.Logf("%-48s mean LOWO log-loss %.4f (committed features %.4f): gain %+.4f, standard error %.4f", s.name, loss, baseLoss, baseLoss-loss, se)
	}
}

// sqrtLen is the square root of len(xs) (1 when empty).
func sqrtLen(xs []float64) float64 {
	return math.Sqrt(float64(max(len(xs), 1)))
}
