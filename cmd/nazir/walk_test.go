//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckDirectorySpecialFiles: walking a directory opens nothing but
// regular files. A named pipe, a symbolic link to one, a link to a
// directory and a broken link that match --include are each reported on
// stderr with the reason they were skipped; the releases around them are
// checked, in order, and the run ends (a blocked open of the pipe used to
// hang it for ever). Run as a process with a generous deadline.
func TestCheckDirectorySpecialFiles(t *testing.T) {
	dir := t.TempDir()
	ex := exampleText(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), ex, 0o644))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "b-fifo.txt"), 0o644))
	require.NoError(t, os.Symlink("b-fifo.txt", filepath.Join(dir, "c-link-to-fifo.txt")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.Symlink("sub", filepath.Join(dir, "d-link-to-dir.txt")))
	require.NoError(t, os.Symlink("missing", filepath.Join(dir, "e-broken.txt")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "f.txt"), ex, 0o644))
	require.NoError(t, os.Symlink("f.txt", filepath.Join(dir, "g-link-to-file.txt")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.md"), ex, 0o644)) // not matched: not listed

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "check", "--format", "json", "-j", "1", dir)
	cmd.Env = append(os.Environ(), "NAZIR_AS_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "nazir check did not finish: the walk blocked on a special file")
	require.Error(t, err)
	assert.Equal(t, exitUsage, cmd.ProcessState.ExitCode())
	reps := jsonReports(t, out.String())
	require.Len(t, reps, 3)
	assert.Equal(t, filepath.Join(dir, "a.txt"), reps[0].File)
	assert.Equal(t, filepath.Join(dir, "f.txt"), reps[1].File)
	assert.Equal(t, filepath.Join(dir, "g-link-to-file.txt"), reps[2].File)
	errs := errb.String()
	assert.Contains(t, errs, "b-fifo.txt: named pipe: not a regular file; skipped")
	assert.Contains(t, errs, "c-link-to-fifo.txt: symbolic link to a named pipe: not a regular file; skipped")
	assert.Contains(t, errs, "d-link-to-dir.txt: symbolic link to a directory: not a regular file; skipped")
	assert.Contains(t, errs, "e-broken.txt: symbolic link that cannot be followed: no such file or directory\n")
	assert.NotContains(t, errs, "notes.md")
	assert.Regexp(t, `files not read or checked +4\n`, errs)
	noStack(t, errs)
}

// TestReadFileRegularOnlyNeverBlocks: a walked entry swapped for a named
// pipe between the walk and the open is refused at once, not waited on.
func TestReadFileRegularOnlyNeverBlocks(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "r.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	done := make(chan error, 1)
	go func() {
		_, err := readFile(fifo, nil, 1<<20, true)
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, errNotRegular)
	case <-time.After(30 * time.Second):
		// Unblock the stuck open so that the test process can end.
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("opening a named pipe blocked")
	}
}
