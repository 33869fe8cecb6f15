package align

import (
	"errors"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readPairs reads testdata/pairs.jsonl: segment pairs written for these
// tests, clean translations (the slip generator's base).
func readPairs(t testing.TB) []*Document {
	t.Helper()
	f, err := os.Open("testdata/pairs.jsonl")
	require.NoError(t, err)
	defer f.Close()
	jr := NewJSONLReader(f, "testdata/pairs.jsonl")
	var docs []*Document
	for {
		d, err := jr.Next()
		if errors.Is(err, io.EOF) {
			return docs
		}
		require.NoError(t, err)
		docs = append(docs, d)
	}
}

// TestOwnPairsClean: the clean pairs raise nothing.
func TestOwnPairsClean(t *testing.T) {
	a := newTestAligner(t)
	n := 0
	for _, d := range readPairs(t) {
		rs, err := a.CheckDocument(d)
		require.NoError(t, err)
		for _, r := range rs {
			n++
			assert.Empty(t, r.Findings, r.ID)
		}
	}
	assert.GreaterOrEqual(t, n, 60)
}
