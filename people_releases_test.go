package nazir_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPeopleReleases scores the releases about people's names
// (testdata/people): every name written two ways found, nothing else, and
// the participants right.
func TestPeopleReleases(t *testing.T) {
	dir := filepath.Join("testdata", "people")
	if _, err := os.Stat(filepath.Join(dir, "labels.json")); err != nil {
		t.Skipf("no labels in %s", dir)
	}
	s := scoreSet(t, dir)
	t.Logf("people: tp=%d fp=%d fn=%d F1=%.3f participants %d/%d", s.tp, s.fp, s.fn, s.f1(), s.partOK, s.partN)
	require.NotZero(t, s.tp)
	require.Zero(t, s.fp, "false findings")
	require.Zero(t, s.fn, "missed findings")
	require.Equal(t, s.partN, s.partOK)
}
