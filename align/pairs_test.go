package align

import (
	"bytes"
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

// TestGoldenJSONL holds the JSON Lines output for slipped pairs written
// for this test (every finding kind, five languages, a document with an
// abbreviation, characters outside the BMP). go test -run TestGoldenJSONL
// -update rewrites the golden file.
func TestGoldenJSONL(t *testing.T) {
	a := newTestAligner(t)
	f, err := os.Open("testdata/slipped.jsonl")
	require.NoError(t, err)
	defer f.Close()
	jr := NewJSONLReader(f, "testdata/slipped.jsonl")
	var buf bytes.Buffer
	kinds := map[Kind]int{}
	for {
		d, err := jr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		rs, err := a.CheckDocument(d)
		require.NoError(t, err)
		for _, r := range rs {
			assert.NotEmpty(t, r.Findings, r.ID)
			for _, f := range r.Findings {
				kinds[f.Kind]++
			}
		}
		require.NoError(t, WriteJSONL(&buf, rs))
	}
	for _, k := range []Kind{WrongEntity, MissingEntity, AddedEntity, AmbiguousSource, NameVariant} {
		assert.Positive(t, kinds[k], k)
	}
	const golden = "testdata/slipped.golden.jsonl"
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
}
