// Package bench compares the nazir tagger with a general Aho-Corasick
// automaton (github.com/coregx/ahocorasick) over the same surface forms and
// the same normalised text. It is a separate module so that the main module
// keeps its short dependency list.
//
//	cd bench && go test -run Compare -v      # both figures and the ratio
//	cd bench && go test -bench . -benchmem   # the benchmarks alone
//
// The automaton is given every form the tagger looks up (Tagger.Forms: each
// normalised surface form with each proclitic combination) and finds
// leftmost-longest non-overlapping byte matches. It does less than the
// tagger: no word boundaries (مصر inside مصراتة matches), no whole-word-first
// preference, no mapping back to original offsets or entities. Its figure is
// what raw multi-pattern search costs on this text.
package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/coregx/ahocorasick"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/arabic"
	"github.com/nazir-nlp/nazir/entities"
)

type fixture struct {
	text   *arabic.Text
	src    []byte
	tagger *entities.Tagger
	ac     *ahocorasick.Automaton
	forms  int
}

func setup(tb testing.TB) *fixture {
	tb.Helper()
	g, err := nazir.DefaultGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	n := arabic.NewNormalizer(arabic.DefaultOptions())
	tg, err := entities.NewTagger(g, n)
	if err != nil {
		tb.Fatal(err)
	}
	forms := tg.Forms()
	ac, err := ahocorasick.NewBuilder().SetMatchKind(ahocorasick.LeftmostLongest).AddStrings(forms).Build()
	if err != nil {
		tb.Fatal(err)
	}
	paths, _ := filepath.Glob("../entities/testdata/bench/*.txt")
	paths = append(paths, "../testdata/releases/azerbaijan-2026-01-28.txt")
	var one []byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		one = append(append(one, b...), '\n')
	}
	src := bytes.Repeat(one, (1<<20)/len(one)+1)
	return &fixture{text: n.Normalize(src), src: src, tagger: tg, ac: ac, forms: len(forms)}
}

func benchTagger(f *fixture) func(b *testing.B) {
	return func(b *testing.B) {
		b.SetBytes(int64(len(f.src)))
		b.ReportAllocs()
		for b.Loop() {
			_ = f.tagger.Tag(f.text)
		}
	}
}

func benchAhoCorasick(f *fixture) func(b *testing.B) {
	norm := []byte(f.text.Norm)
	return func(b *testing.B) {
		b.SetBytes(int64(len(f.src)))
		b.ReportAllocs()
		for b.Loop() {
			_ = f.ac.FindAll(norm, -1)
		}
	}
}

func BenchmarkNazirTag(b *testing.B) { benchTagger(setup(b))(b) }

func BenchmarkAhoCorasick(b *testing.B) { benchAhoCorasick(setup(b))(b) }

// TestCompare runs both benchmarks in one process on the same input and
// logs both figures and their ratio. It asserts only that both find
// mentions, never a speed.
func TestCompare(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark comparison")
	}
	f := setup(t)
	mentions := len(f.tagger.Tag(f.text))
	matches := len(f.ac.FindAll([]byte(f.text.Norm), -1))
	if mentions == 0 || matches == 0 {
		t.Fatalf("nothing found: %d mentions, %d matches", mentions, matches)
	}
	tag := testing.Benchmark(benchTagger(f))
	ac := testing.Benchmark(benchAhoCorasick(f))
	mbs := func(r testing.BenchmarkResult) float64 {
		return float64(r.Bytes) * float64(r.N) / r.T.Seconds() / 1e6
	}
	t.Logf("%d forms, %d bytes of text", f.forms, len(f.src))
	t.Logf("nazir tagger:    %8.1f MB/s  %6d allocs/op  %d mentions", mbs(tag), tag.AllocsPerOp(), mentions)
	t.Logf("aho-corasick:    %8.1f MB/s  %6d allocs/op  %d matches", mbs(ac), ac.AllocsPerOp(), matches)
	t.Logf("ratio tagger/AC: %8.2f", mbs(tag)/mbs(ac))
}
