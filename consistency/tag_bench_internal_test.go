package consistency

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
	"github.com/nazir-nlp/nazir/internal/cputime"
)

// BenchmarkCheckerTag tags the releases of BenchmarkCheckBatch (the
// repository's and, where present, the labelled development set's), each
// once per op, with the checker's tagger and class vocabulary, as prepare
// does: most tokens are found in the tagger's word set (class words and
// first tokens of names), unlike entities' BenchmarkTag, whose tagger has
// no vocabulary. The texts are normalised beforehand.
func BenchmarkCheckerTag(b *testing.B) {
	g, err := entities.LoadFile("../gazetteer.yaml")
	require.NoError(b, err)
	rules, err := DefaultRules()
	require.NoError(b, err)
	c, err := New(g, rules, Options{})
	require.NoError(b, err)
	dev, err := filepath.Glob("../../shared/eval/dev/*.txt")
	require.NoError(b, err)
	repo, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(b, err)
	var texts []*arabic.Text
	size, most := 0, 0
	for _, f := range append(dev, repo...) {
		src, err := os.ReadFile(f)
		require.NoError(b, err)
		t := c.norm.Normalize(src)
		texts = append(texts, t)
		size += len(src)
		most = max(most, t.TokenList().Len())
	}
	require.NotEmpty(b, texts)
	vals := make([]uint16, most)
	var buf []entities.Mention
	found := 0
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start, ok := cputime.Process()
	for b.Loop() {
		for _, t := range texts {
			for from, n := 0, t.TokenList().Len(); from < n; {
				buf, from = c.tagger.AppendSpansFromValues(buf[:0], vals, t, from, tagPiece)
				found += len(buf)
			}
		}
	}
	if end, ok2 := cputime.Process(); ok && ok2 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
	if found == 0 {
		b.Fatal("no mention found")
	}
}
