package slips

import (
	"errors"
	"flag"
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
	"github.com/nazir-nlp/nazir/align"
	"github.com/nazir-nlp/nazir/consistency"
)

var (
	seed     = flag.Uint64("seed", 1, "generator seed for TestOwnPairs and TestNTREXSlips")
	anyState = flag.Bool("any-state", false, "swap states for any state, not confusable ones")
)

var (
	once sync.Once
	tc   *consistency.Checker
	ta   *align.Aligner
	terr error
)

func setup(t testing.TB) (*align.Aligner, *consistency.Checker) {
	t.Helper()
	once.Do(func() {
		if tc, terr = nazir.NewChecker(); terr == nil {
			ta, terr = align.New(tc, align.Options{})
		}
	})
	require.NoError(t, terr)
	return ta, tc
}

func readDocs(t testing.TB, path string) []*align.Document {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	jr := align.NewJSONLReader(f, path)
	var docs []*align.Document
	for {
		d, err := jr.Next()
		if errors.Is(err, io.EOF) {
			return docs
		}
		require.NoError(t, err)
		docs = append(docs, d)
	}
}

func TestGenerator(t *testing.T) {
	a, c := setup(t)
	d := &align.Document{SrcLang: "zh", Segments: []align.Segment{
		{ID: "1", Src: "王毅同阿塞拜疆外长拜拉莫夫举行会谈。", Tgt: "أجرى وانغ يي محادثات مع وزير الخارجية الأذربيجاني بيراموف."},
		{ID: "2", Src: "王毅表示，中方赞赏阿方的支持。", Tgt: "قال وانغ يي إن الجانب الصيني يقدر دعم الجانب الأذربيجاني."},
	}}
	ss := New(a, c, 7).Slips(d)
	kinds := map[Kind]int{}
	for _, s := range ss {
		kinds[s.Kind]++
		assert.NotSame(t, d, s.Doc)
		orig, got := d.Segments[s.Seg], s.Doc.Segments[s.Seg]
		switch s.Kind {
		case AbbrevUnresolved:
			assert.Equal(t, "阿方", got.Src[s.SrcStart:s.SrcEnd])
			assert.NotContains(t, s.Doc.Segments[0].Src, "阿塞拜疆")
		case OfficialDropped:
			assert.Less(t, len(got.Tgt), len(orig.Tgt))
		default:
			assert.NotEqual(t, orig.Tgt, got.Tgt)
			assert.NotEqual(t, s.From, s.To)
			assert.True(t, strings.HasPrefix(got.Tgt, orig.Tgt[:s.TgtStart]))
		}
	}
	// the original document is unchanged
	assert.Equal(t, "قال وانغ يي إن الجانب الصيني يقدر دعم الجانب الأذربيجاني.", d.Segments[1].Tgt)
	for _, k := range []Kind{NisbaSwap, OfficialSwap, OfficialDropped, AbbrevMisresolved, AbbrevUnresolved} {
		assert.Positive(t, kinds[k], k)
	}
	// the same seed gives the same slips
	again := New(a, c, 7).Slips(d)
	require.Len(t, again, len(ss))
	for i := range ss {
		assert.Equal(t, ss[i].Doc.Segments, again[i].Doc.Segments)
	}
}

// TestOwnPairs holds the bar on the repository's own pairs: wrong-entity
// recall and precision at least 0.95. go test -run TestOwnPairs -v -seed N
// draws other replacements.
func TestOwnPairs(t *testing.T) {
	a, c := setup(t)
	gen := New(a, c, *seed)
	gen.AnyState = *anyState
	var all []Slip
	for _, d := range readDocs(t, "../testdata/pairs.jsonl") {
		all = append(all, gen.Slips(d)...)
	}
	sc, err := Evaluate(a, all)
	require.NoError(t, err)
	t.Logf("seed %d (any state %v), %d slips: %s; missing-entity recall %.3f, ambiguous-source recall %.3f", *seed, *anyState, len(all), sc,
		sc.Recall(align.MissingEntity), sc.Recall(align.AmbiguousSource))
	assert.GreaterOrEqual(t, sc.Recall(align.WrongEntity), 0.95)
	assert.GreaterOrEqual(t, sc.Precision(), 0.95)
	assert.Greater(t, len(all), 100)
}

// TestNTREXSlips runs the generator over the published pairs in memory
// (NTREX-128, evaluation only; skipped when absent). It reports figures
// and holds wrong-entity precision.
func TestNTREXSlips(t *testing.T) {
	p := "../../../shared/eval/parallel/ntrex-300.jsonl"
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present (evaluation data beside the repository)", p)
	}
	a, c := setup(t)
	gen := New(a, c, *seed)
	gen.AnyState = *anyState
	var all []Slip
	for _, d := range readDocs(t, p) {
		rs, err := a.CheckDocument(d)
		require.NoError(t, err)
		if len(rs[0].Findings) > 0 {
			continue // a slip needs a clean base
		}
		all = append(all, gen.Slips(d)...)
	}
	sc, err := Evaluate(a, all)
	require.NoError(t, err)
	t.Logf("seed %d (any state %v), %d slips: %s; missing-entity recall %.3f", *seed, *anyState, len(all), sc, sc.Recall(align.MissingEntity))
	assert.GreaterOrEqual(t, sc.Precision(), 0.95)
}
