package nazir_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRecallReleases scores the releases of the slip kinds a quotation, a
// visit or the lede hides (testdata/recall, labels.json in the format of
// testdata/releases): every slip found with its fix, no false conflict,
// every participant right.
func TestRecallReleases(t *testing.T) {
	dir := filepath.Join("testdata", "recall")
	if _, err := os.Stat(filepath.Join(dir, "labels.json")); err != nil {
		t.Skipf("no labels in %s", dir)
	}
	s := scoreSet(t, dir)
	t.Logf("recall: tp=%d fp=%d fn=%d F1=%.3f fixes %d/%d participants %d/%d", s.tp, s.fp, s.fn, s.f1(), s.fixOK, s.fixN, s.partOK, s.partN)
	require.Zero(t, s.fp, "false conflicts")
	require.Zero(t, s.fn, "missed findings")
	require.Equal(t, s.partN, s.partOK)
	require.Equal(t, s.fixN, s.fixOK)
}
