package slips_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nazir-nlp/nazir/internal/slips"
)

// TestInferReleases keeps the unlabelled articles the participants
// function gives two states, with them as the labels' participants, and
// leaves the others out; its errors name the file.
func TestInferReleases(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("meeting"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("commentary"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), []byte("meeting"), 0o644))
	parts := func(text []byte) ([]string, error) {
		if string(text) == "meeting" {
			return []string{"CN", "AZ"}, nil
		}
		return nil, nil
	}
	rs, err := slips.InferReleases(dir, parts)
	require.NoError(t, err)
	require.Len(t, rs, 1)
	assert.Equal(t, "a.txt", rs[0].Name)
	assert.Equal(t, []string{"CN", "AZ"}, rs[0].Labels.Participants)
	assert.Empty(t, rs[0].Labels.Conflicts)

	boom := errors.New("boom")
	_, err = slips.InferReleases(dir, func([]byte) ([]string, error) { return nil, boom })
	require.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "a.txt")
}
