package consistency_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// releaseFiles lists the dev releases (when the shared evaluation set is
// present) and the repository's example releases.
func releaseFiles(t testing.TB) []string {
	t.Helper()
	dev, err := filepath.Glob("../../shared/eval/dev/*.txt")
	require.NoError(t, err)
	repo, err := filepath.Glob("../testdata/releases/*.txt")
	require.NoError(t, err)
	files := append(dev, repo...)
	require.NotEmpty(t, files)
	return files
}

// batch1MB returns about 1 MB of releases: the release files, repeated.
func batch1MB(b testing.TB) [][]byte {
	var docs [][]byte
	for _, f := range releaseFiles(b) {
		text, err := os.ReadFile(f)
		require.NoError(b, err)
		docs = append(docs, text)
	}
	var out [][]byte
	total := 0
	for total < 1<<20 {
		for _, d := range docs {
			out = append(out, d)
			total += len(d)
		}
	}
	return out
}

// BenchmarkCheckBatch checks about 1 MB of releases one by one with a
// shared Checker (the `nazir check DIR` library path, without output);
// one op is the whole batch.
func BenchmarkCheckBatch(b *testing.B) {
	c := checker(b)
	docs := batch1MB(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	start, ok := cpuTime()
	for b.Loop() {
		for _, d := range docs {
			if _, err := c.Check(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if end, ok2 := cpuTime(); ok && ok2 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkCheckBatchRepeated checks the releases of BenchmarkCheckBatch,
// the same bytes, with each release's copies checked one after another
// instead of in turn: a release checked again finds the checker's tables
// and the branches it takes as the check before left them. Its figure
// against BenchmarkCheckBatch's measures what reading the next release
// after another costs (the tables out of the processor's caches); one op
// is the whole batch.
func BenchmarkCheckBatchRepeated(b *testing.B) {
	c := checker(b)
	docs := batch1MB(b)
	n := len(releaseFiles(b))
	repeated := make([][]byte, 0, len(docs))
	for i := range n {
		for j := i; j < len(docs); j += n {
			repeated = append(repeated, docs[j])
		}
	}
	total := 0
	for _, d := range repeated {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	start, ok := cpuTime()
	for b.Loop() {
		for _, d := range repeated {
			if _, err := c.Check(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if end, ok2 := cpuTime(); ok && ok2 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkCheckExample checks the example release once per op (the
// per-release figure).
func BenchmarkCheckExample(b *testing.B) {
	text, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
	require.NoError(b, err)
	benchCheck(b, checker(b), text)
}

// benchCheck checks text with c once per op and reports its bytes,
// allocations and CPU time per op.
func benchCheck(b *testing.B, c *consistency.Checker, text []byte) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start, ok := cpuTime()
	for b.Loop() {
		if _, err := c.Check(text); err != nil {
			b.Fatal(err)
		}
	}
	if end, ok2 := cpuTime(); ok && ok2 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}
