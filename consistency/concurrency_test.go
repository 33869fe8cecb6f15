package consistency_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/consistency"
)

// reportJSON encodes a report the way `nazir check --format json` does.
func reportJSON(rep *consistency.Report) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(rep)
	return b.Bytes(), err
}

// TestConcurrentChecksIdentical: one Checker shared by 16 goroutines, each
// checking every release (dev set and repository examples) several times in
// its own order, gives reports byte-identical to a sequential run. Run
// under -race (CI does) it also proves the Checker has no data race.
func TestConcurrentChecksIdentical(t *testing.T) {
	c := checker(t)
	files := releaseFiles(t)
	texts := make([][]byte, len(files))
	want := make([][]byte, len(files))
	for i, f := range files {
		var err error
		texts[i], err = os.ReadFile(f)
		require.NoError(t, err)
		rep, err := c.Check(texts[i])
		require.NoError(t, err, f)
		rep.File = filepath.Base(f)
		want[i], err = reportJSON(rep)
		require.NoError(t, err)
	}
	const workers, rounds = 16, 3
	got := make([][][]byte, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				for k := range texts {
					i := (k + w*7 + r) % len(texts) // a different order per worker and round
					rep, err := c.Check(texts[i])
					if err != nil {
						got[w] = append(got[w], []byte("error: "+err.Error()))
						continue
					}
					rep.File = filepath.Base(files[i])
					b, err := reportJSON(rep)
					if err != nil || !bytes.Equal(b, want[i]) {
						got[w] = append(got[w], append([]byte(files[i]+": "), b...))
					}
				}
			}
		}()
	}
	wg.Wait()
	for w, diffs := range got {
		for _, d := range diffs {
			t.Errorf("worker %d: report differs from the sequential run: %.300s", w, d)
		}
	}
	// The inputs are not modified.
	for i, f := range files {
		orig, err := os.ReadFile(f)
		require.NoError(t, err)
		require.Equal(t, orig, texts[i], "Check modified its input %s", f)
	}
}

// TestReportsOutliveLaterChecks: a Checker reuses its working storage from
// one check to the next; no report may share it. Every release is checked
// in turn (largest first, so later ones reuse bigger storage) and its
// report encoded at once; after all checks, every report still encodes to
// the same bytes.
func TestReportsOutliveLaterChecks(t *testing.T) {
	c := checker(t)
	files := releaseFiles(t)
	texts := make([][]byte, len(files))
	for i, f := range files {
		var err error
		texts[i], err = os.ReadFile(f)
		require.NoError(t, err)
	}
	// a text of more findings than the report copies: it keeps the
	// check's storage of them, which the pool must give up
	many := []byte(strings.Repeat(findingLine, 600))
	rep, err := c.Check(many)
	require.NoError(t, err)
	require.Greater(t, len(rep.Findings), 256)
	for _, f := range rep.Findings {
		require.NotEmpty(t, f.Kind)
		require.Equal(t, string(many[f.Start:f.End]), f.Text)
		require.NotEmpty(t, f.Text)
	}
	texts = append(texts, many)
	sort.SliceStable(texts, func(i, j int) bool { return len(texts[i]) > len(texts[j]) })
	reps := make([]*consistency.Report, len(texts))
	want := make([][]byte, len(texts))
	for round := 0; round < 2; round++ {
		for i, text := range texts {
			rep, err := c.Check(text)
			require.NoError(t, err)
			if round == 0 {
				reps[i] = rep
				want[i], err = reportJSON(rep)
				require.NoError(t, err)
			}
		}
	}
	for i, rep := range reps {
		got, err := reportJSON(rep)
		require.NoError(t, err)
		require.Equal(t, string(want[i]), string(got), "report %d changed after later checks", i)
	}
}
