package slips_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/consistency"
	"github.com/nazir-nlp/nazir/internal/slips"
)

// The floor: nazir's checker on a fixed draw of slips injected into the
// repository's own releases. The floors are set a little below what the
// checker measured when they were set (see floorSeed), so that a change
// that loses slips fails here.
const (
	floorSeed      = 20261206
	floorN         = 100
	floorRecall    = 0.36 // injected country conflicts found
	floorPrecision = 0.90 // of every country-conflict finding
	floorVariants  = 0.85 // injected name variants found
	floorParts     = 0.88 // releases whose participants are right
)

func TestFloorOnOwnReleases(t *testing.T) {
	if testing.Short() {
		t.Skip("checks a hundred slipped releases")
	}
	gen := generator(t)
	rs, err := slips.LoadReleases("../../testdata/releases")
	require.NoError(t, err)
	ss, err := gen.Draw(rs, slips.Kinds, floorN, floorSeed)
	require.NoError(t, err)
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	res := make([]slips.Result, len(ss))
	for i, s := range ss {
		rep, err := c.Check(s.Text)
		require.NoError(t, err, s.Name)
		res[i] = slips.FromReport(slips.Above(rep, consistency.DefaultMinConfidence))
	}
	sc, err := slips.Score(ss, res)
	require.NoError(t, err)
	t.Logf("seed %d, %d slipped releases\n%s", uint64(floorSeed), len(ss), sc.Summary())
	require.GreaterOrEqual(t, sc.InjectedConflicts.Recall(), floorRecall, "conflict recall")
	require.GreaterOrEqual(t, sc.InjectedConflicts.Precision(), floorPrecision, "conflict precision")
	require.GreaterOrEqual(t, sc.InjectedVariants.Recall(), floorVariants, "variant recall")
	require.GreaterOrEqual(t, float64(sc.PartsOK)/float64(sc.Parts), floorParts, "participants")
}
