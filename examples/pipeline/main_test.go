package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir"
)

// inputs returns the repository's releases, repeated, with a missing file
// in the middle: more inputs than workers, so results finish out of order.
func inputs(t *testing.T) []string {
	t.Helper()
	rel, err := filepath.Glob(filepath.Join("..", "..", "testdata", "releases", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, rel)
	var paths []string
	for range 4 {
		paths = append(paths, rel...)
	}
	mid := len(paths) / 2
	missing := filepath.Join(t.TempDir(), "missing.txt")
	return append(paths[:mid:mid], append([]string{missing}, paths[mid:]...)...)
}

func TestCheckKeepsInputOrder(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	paths := inputs(t)
	in := make(chan string)
	go func() {
		defer close(in)
		for _, p := range paths {
			in <- p
		}
	}()
	var got []Result
	for r := range Check(context.Background(), c, in, 3) {
		got = append(got, r)
	}
	require.Len(t, got, len(paths))
	for i, r := range got {
		assert.Equal(t, i, r.Seq)
		assert.Equal(t, paths[i], r.Path)
		// The same report as a sequential check of the same file.
		want, wantErr := checkFile(c, paths[i])
		if wantErr != nil {
			assert.Error(t, r.Err, r.Path)
			assert.Nil(t, r.Report)
			continue
		}
		require.NoError(t, r.Err, r.Path)
		a, err := json.Marshal(want)
		require.NoError(t, err)
		b, err := json.Marshal(r.Report)
		require.NoError(t, err)
		assert.JSONEq(t, string(a), string(b), r.Path)
	}
}

func TestRunPrintsOneLinePerInput(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	paths := inputs(t)
	var out strings.Builder
	failed := run(context.Background(), &out, c, paths, 2)
	assert.Equal(t, 1, failed)
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, len(paths))
	for i, l := range lines {
		assert.True(t, strings.HasPrefix(l, paths[i]+"\t"), "line %d: %q", i, l)
	}
	az := filepath.Join("..", "..", "testdata", "releases", "azerbaijan-2026-01-28.txt")
	assert.Contains(t, out.String(), az+"\tAZ,CN\tcountry-conflict=8 name-variant=1")
}

func TestCheckStopsOnCancel(t *testing.T) {
	c, err := nazir.NewChecker()
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan string) // never closed: only cancel ends the stage
	out := Check(ctx, c, in, 2)
	text := filepath.Join(t.TempDir(), "r.txt")
	require.NoError(t, os.WriteFile(text, []byte("وقال الوزير إن الصين تقدر دعم الجانب الأذربيجاني.\n"), 0o644))
	in <- text
	r := <-out
	assert.Equal(t, 0, r.Seq)
	cancel()
	for range out { // must be closed after cancel
	}
}
