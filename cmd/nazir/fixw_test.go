//go:build unix

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFixWriteRefuses: fix -w does not replace what a rename would break:
// a symbolic link (its target would stay unfixed), a file with other hard
// links (they would keep the old text), a read-only file. Each is refused
// with its reason and left as it was, no .orig made; --force replaces the
// name with a fixed regular file as before. A plain file is fixed.
func TestFixWriteRefuses(t *testing.T) {
	ex := exampleText(t)
	fixed, err := fixedText(t, ex)
	require.NoError(t, err)
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to fix
		want  string                                // error; "" = fixed
	}{
		{"plain file", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "r.txt")
			require.NoError(t, os.WriteFile(p, ex, 0o644))
			return p
		}, ""},
		{"symbolic link", func(t *testing.T, dir string) string {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "target.txt"), ex, 0o644))
			p := filepath.Join(dir, "r.txt")
			require.NoError(t, os.Symlink("target.txt", p))
			return p
		}, "is a symbolic link"},
		{"hard link", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "r.txt")
			require.NoError(t, os.WriteFile(p, ex, 0o644))
			require.NoError(t, os.Link(p, filepath.Join(dir, "other.txt")))
			return p
		}, "has other hard links"},
		{"read-only", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "r.txt")
			require.NoError(t, os.WriteFile(p, ex, 0o444))
			return p
		}, "is read-only"},
	}
	for _, tc := range tests {
		for _, force := range []bool{false, true} {
			name := tc.name
			if force {
				name += " --force"
			}
			t.Run(name, func(t *testing.T) {
				dir := t.TempDir()
				p := tc.setup(t, dir)
				args := []string{"fix", "-w", p}
				if force {
					args = []string{"fix", "-w", "--force", p}
				}
				code, _, errs := runCLI(t, "", args...)
				got, err := os.ReadFile(p)
				require.NoError(t, err)
				if tc.want == "" || force {
					assert.Equal(t, exitOK, code, errs)
					assert.Equal(t, string(fixed), string(got))
					st, err := os.Lstat(p)
					require.NoError(t, err)
					assert.True(t, st.Mode().IsRegular())
					orig, err := os.ReadFile(p + ".orig")
					require.NoError(t, err)
					assert.Equal(t, string(ex), string(orig))
					return
				}
				assert.Equal(t, exitUsage, code)
				assert.Contains(t, errs, tc.want)
				assert.Equal(t, string(ex), string(got), "left as it was")
				_, err = os.Lstat(p + ".orig")
				assert.ErrorIs(t, err, os.ErrNotExist)
			})
		}
	}
}

// TestFixWriteLostRace: a write into the file between fix's last check
// and its rename is not lost silently: the fix is written, the changed
// text is in FILE.orig (the original file, hard-linked), and fix fails
// loudly saying so.
func TestFixWriteLostRace(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.txt")
	ex := exampleText(t)
	require.NoError(t, os.WriteFile(p, ex, 0o644))
	err := writeInPlaceRacing(p, ex, []byte("fixed"), false, func() {
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
		require.NoError(t, err)
		_, err = f.WriteString("appended meanwhile")
		require.NoError(t, err)
		require.NoError(t, f.Close())
	})
	require.ErrorIs(t, err, errLostRace)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, "fixed", string(got))
	orig, err := os.ReadFile(p + ".orig")
	require.NoError(t, err)
	assert.Equal(t, string(ex)+"appended meanwhile", string(orig))
}
