package align

import (
	"testing"
)

// BenchmarkAlign checks the own segment pairs (92 pairs in five source
// languages, documents as in the file) and reports pairs per second.
// BenchmarkMonolingualTargets runs the monolingual check on the same
// Arabic targets, one check per segment, for scale. Run with -cpu 1 for
// the per-core figure.
func BenchmarkAlign(b *testing.B) {
	a := newTestAligner(b)
	docs := readPairs(b)
	pairs, bytes := 0, 0
	for _, d := range docs {
		for _, s := range d.Segments {
			pairs++
			bytes += len(s.Src) + len(s.Tgt)
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := a.CheckDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(pairs*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkAlignNames is BenchmarkAlign with Options.Names.
func BenchmarkAlignNames(b *testing.B) {
	a, err := New(newTestAligner(b).c, Options{Names: true})
	if err != nil {
		b.Fatal(err)
	}
	docs := readPairs(b)
	pairs := 0
	for _, d := range docs {
		pairs += len(d.Segments)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := a.CheckDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(pairs*b.N)/b.Elapsed().Seconds(), "pairs/s")
}

func BenchmarkMonolingualTargets(b *testing.B) {
	a := newTestAligner(b)
	docs := readPairs(b)
	var tgts [][]byte
	bytes := 0
	for _, d := range docs {
		for _, s := range d.Segments {
			tgts = append(tgts, []byte(s.Tgt))
			bytes += len(s.Tgt)
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range tgts {
			if _, err := a.c.Check(t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(tgts)*b.N)/b.Elapsed().Seconds(), "segments/s")
}
