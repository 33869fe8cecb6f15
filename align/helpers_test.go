package align

import (
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
)

var (
	testAlignerOnce sync.Once
	testAligner     *Aligner
	testAlignerErr  error
)

// newTestAligner builds one Aligner on the embedded data for all tests.
func newTestAligner(t testing.TB) *Aligner {
	t.Helper()
	testAlignerOnce.Do(func() {
		c, err := nazir.NewChecker()
		if err != nil {
			testAlignerErr = err
			return
		}
		testAligner, testAlignerErr = New(c, Options{})
	})
	require.NoError(t, testAlignerErr)
	return testAligner
}

// sharedFile returns a path under ../../shared, or skips.
func sharedFile(t testing.TB, rel string) string {
	t.Helper()
	p := "../../shared/" + rel
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present (evaluation data beside the repository)", p)
	}
	return p
}
