package entities

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/arabic"
)

// benchText is about 1 MB of news text: the repository's sample release and
// the texts under testdata/bench, repeated.
func benchText(tb testing.TB) []byte {
	tb.Helper()
	paths, _ := filepath.Glob("testdata/bench/*.txt")
	paths = append(paths, "../testdata/releases/azerbaijan-2026-01-28.txt")
	var one []byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(tb, err)
		one = append(append(one, b...), '\n')
	}
	return bytes.Repeat(one, (1<<20)/len(one)+1)
}

func benchGazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	if _, err := os.Stat("../gazetteer.yaml"); err != nil {
		return loadSmall(tb)
	}
	g, err := LoadFile("../gazetteer.yaml")
	require.NoError(tb, err)
	return g
}

// benchBuilds are the repository's gazetteer as it is ("all") and without
// the files it includes ("hand": gazetteer.yaml alone, the build before the
// generated officials), so that one run compares both.
func benchBuilds(tb testing.TB) []struct {
	name string
	fsys fs.FS
} {
	tb.Helper()
	main, err := os.ReadFile("../gazetteer.yaml")
	if err != nil {
		tb.Skip("no ../gazetteer.yaml")
	}
	hand := fstest.MapFS{"gazetteer.yaml": {Data: main}}
	incs, _ := filepath.Glob("../gazetteer/*.yaml")
	for _, p := range incs {
		hand["gazetteer/"+filepath.Base(p)] = &fstest.MapFile{Data: []byte("people:\n")}
	}
	return []struct {
		name string
		fsys fs.FS
	}{{"hand", hand}, {"all", os.DirFS("..")}}
}

// BenchmarkNewTagger compiles the gazetteer (the tagger's tables) from a
// parsed gazetteer.
func BenchmarkNewTagger(b *testing.B) {
	for _, build := range benchBuilds(b) {
		b.Run(build.name, func(b *testing.B) {
			g, err := LoadFS(build.fsys, "gazetteer.yaml")
			require.NoError(b, err)
			n := arabic.NewNormalizer(arabic.DefaultOptions())
			b.ReportMetric(float64(len(g.ByKind(Person))), "people")
			b.ReportAllocs()
			start, ok := cpuTime()
			for b.Loop() {
				if _, err := NewTagger(g, n); err != nil {
					b.Fatal(err)
				}
			}
			if end, ok2 := cpuTime(); ok && ok2 {
				b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkLoad parses and validates the gazetteer with its included files.
func BenchmarkLoad(b *testing.B) {
	for _, build := range benchBuilds(b) {
		b.Run(build.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LoadFS(build.fsys, "gazetteer.yaml"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTag measures tagging of normalised text (normalisation excluded).
func BenchmarkTag(b *testing.B) {
	src := benchText(b)
	for _, build := range benchBuilds(b) {
		b.Run(build.name, func(b *testing.B) {
			g, err := LoadFS(build.fsys, "gazetteer.yaml")
			require.NoError(b, err)
			tg, n := newTestTagger(b, g)
			text := n.Normalize(src)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			var ms []Mention
			start, ok := cpuTime()
			for b.Loop() {
				ms = tg.Tag(text)
			}
			if end, ok2 := cpuTime(); ok && ok2 {
				b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(float64(len(ms)), "mentions/op")
		})
	}
}

// Tag allocates the returned slice (exactly sized) and one string for the
// mention texts, whatever the size of the document; nothing per token.
func TestTagAllocations(t *testing.T) {
	tg, n := newTestTagger(t, benchGazetteer(t))
	for _, size := range []int{1 << 12, 1 << 20} {
		text := n.Normalize(benchText(t)[:size])
		var ms []Mention
		allocs := testing.AllocsPerRun(3, func() { ms = tg.Tag(text) })
		require.NotEmpty(t, ms)
		assert.LessOrEqual(t, allocs, 2.0, "size %d, %d mentions", size, len(ms))
	}
}
