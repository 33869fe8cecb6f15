package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the tests run this binary as nazir (NAZIR_AS_MAIN=1), to
// test what only a process shows: signals, broken pipes, exit statuses.
func TestMain(m *testing.M) {
	switch os.Getenv("NAZIR_AS_MAIN") {
	case "1":
		main()
		return
	case "hold":
		holdChild()
		return
	}
	os.Exit(m.Run())
}

// nazirCmd is this test binary run as `nazir args...`.
func nazirCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "NAZIR_AS_MAIN=1")
	return cmd
}

// signalled returns the signal that ended the process, or 0.
func signalled(err error) syscall.Signal {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return ws.Signal()
		}
	}
	return 0
}

func noStack(t *testing.T, stderr string) {
	t.Helper()
	for _, s := range []string{"panic", "goroutine ", "runtime."} {
		assert.NotContains(t, stderr, s)
	}
}

// TestCheckMissingAmongSeveral: a missing file is reported and the others
// are still checked, in order; the exit status is 2.
func TestCheckMissingAmongSeveral(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(a, exampleText(t), 0o644))
	require.NoError(t, os.WriteFile(b, exampleText(t), 0o644))
	missing := filepath.Join(dir, "missing.txt")
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	code, out, errs := runCLI(t, "", "check", "--format", "json", a, missing, empty, b)
	assert.Equal(t, exitUsage, code)
	reps := jsonReports(t, out)
	require.Len(t, reps, 2)
	assert.Equal(t, a, reps[0].File)
	assert.Equal(t, b, reps[1].File)
	assert.Contains(t, errs, "missing.txt")
	assert.Contains(t, errs, "empty.txt: empty input")
	noStack(t, errs)
}

// TestCheckInputErrors: each unusable input gives one clear line and exit 2.
func TestCheckInputErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"empty file", []string{write("empty.txt", nil)}, "empty input"},
		{"only spaces", []string{write("spaces.txt", []byte(" \r\n\t "))}, "empty input"},
		{"invalid UTF-8", []string{write("bad.txt", []byte("الصين \xff"))}, "line 1, column 7"},
		{"above --max-bytes", []string{"--max-bytes", "100", write("big.txt", bytes.Repeat([]byte("ا"), 100))}, "raise --max-bytes"},
		{"a directory with no release", []string{t.TempDir()}, "no file in this directory"},
		{"bad --max-bytes", []string{"--max-bytes", "0", "x.txt"}, "--max-bytes 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", append([]string{"check"}, tc.args...)...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, errs, tc.want)
			noStack(t, errs)
		})
	}
}

// TestCheckStdinTooLarge: standard input above --max-bytes is refused
// without reading it all.
func TestCheckStdinTooLarge(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"check", "--max-bytes", "1000", "-"}, io.LimitReader(endlessArabic{}, 1<<40), &out, &errb)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errb.String(), "larger than 1000 bytes")
}

type endlessArabic struct{}

func (endlessArabic) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "الصين "[i%len("الصين ")]
	}
	return len(p), nil
}

// TestCheckUnreadableDirectory: a directory that cannot be read is
// reported; the other inputs are checked.
func TestCheckUnreadableDirectory(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop root, so an unreadable directory cannot be made")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no POSIX permissions")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked")
	require.NoError(t, os.MkdirAll(locked, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(locked, "r.txt"), exampleText(t), 0o644))
	require.NoError(t, os.Chmod(locked, 0))
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	ok := filepath.Join(dir, "ok.txt")
	require.NoError(t, os.WriteFile(ok, exampleText(t), 0o644))
	code, out, errs := runCLI(t, "", "check", "--format", "json", locked, ok)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "permission denied")
	require.Len(t, jsonReports(t, out), 1)
}

// bigCorpus writes n copies of the example release into a directory.
func bigCorpus(t *testing.T, n int) string {
	dir := t.TempDir()
	ex := exampleText(t)
	for i := 0; i < n; i++ {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)), ex, 0o644))
	}
	return dir
}

// TestCheckBrokenPipe: `nazir check big/ | head` ends quietly when head
// closes the pipe: no panic, no stack trace, no error flood.
func TestCheckBrokenPipe(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGPIPE")
	}
	dir := bigCorpus(t, 300)
	cmd := nazirCmd("check", dir)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	buf := make([]byte, 4096)
	_, err = io.ReadFull(stdout, buf) // head: read a little, then go away
	require.NoError(t, err)
	stdout.Close()
	err = cmd.Wait()
	noStack(t, errb.String())
	if sig := signalled(err); sig != 0 {
		assert.Equal(t, syscall.SIGPIPE, sig, "ended by SIGPIPE, like any Unix filter")
	} else {
		// Output to a pipe that is not standard output ends with exit 2
		// and one line saying so.
		assert.LessOrEqual(t, strings.Count(errb.String(), "\n"), 2, "%s", errb.String())
	}
}

// TestCheckInterrupted: SIGINT stops a long `nazir check` at once, quietly.
func TestCheckInterrupted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT")
	}
	dir := bigCorpus(t, 2000)
	cmd := nazirCmd("check", "--format", "json", "-j", "1", dir)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	buf := make([]byte, 1)
	_, err = io.ReadFull(stdout, buf) // it has started
	require.NoError(t, err)
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	rest, _ := io.ReadAll(stdout)
	err = cmd.Wait()
	assert.Equal(t, syscall.SIGINT, signalled(err), "err %v", err)
	noStack(t, errb.String())
	lines := strings.Count(string(rest), "\n")
	assert.Less(t, lines, 2000, "stopped before the end")
}

// TestFixWriteInterrupted: SIGINT during `nazir fix -w` over many files
// leaves every file either untouched (and no .orig) or fully fixed (with
// its .orig), and no temporary file.
func TestFixWriteInterrupted(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT")
	}
	const n = 400
	dir := bigCorpus(t, n)
	ex := exampleText(t)
	fixedWant, err := fixedText(t, ex)
	require.NoError(t, err)
	args := []string{"fix", "-w"}
	for i := 0; i < n; i++ {
		args = append(args, filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)))
	}
	cmd := nazirCmd(args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	require.NoError(t, cmd.Start())
	// Interrupt once the first files are written.
	for tries := 0; ; tries++ {
		if _, err := os.Stat(filepath.Join(dir, "r0002.txt.orig")); err == nil {
			break
		}
		if tries == 60000 {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			t.Fatalf("fix wrote nothing: %s", errb.String())
		}
		time.Sleep(time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = cmd.Wait()
	noStack(t, errb.String())
	sig := signalled(err)
	assert.True(t, sig == syscall.SIGINT || err == nil, "err %v", err)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	fixed, untouched := 0, 0
	for _, e := range entries {
		name := e.Name()
		require.False(t, strings.HasPrefix(name, "."), "temporary file left behind: %s", name)
		if strings.HasSuffix(name, ".orig") {
			continue
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		orig, origErr := os.ReadFile(filepath.Join(dir, name+".orig"))
		switch {
		case origErr == nil:
			assert.Equal(t, ex, orig, "%s.orig", name)
			assert.Equal(t, fixedWant, got, "%s is fully fixed", name)
			fixed++
		default:
			assert.Equal(t, ex, got, "%s is untouched", name)
			untouched++
		}
	}
	t.Logf("interrupted after %d of %d files (%d untouched)", fixed, n, untouched)
	assert.Positive(t, fixed)
}

// fixedText is what `nazir fix` prints for text.
func fixedText(t *testing.T, text []byte) ([]byte, error) {
	code, out, errs := runCLI(t, string(text), "fix", "-")
	if code != exitOK {
		return nil, fmt.Errorf("fix exit %d: %s", code, errs)
	}
	return []byte(out), nil
}

// holdChild: a signal that arrives while interrupts are held is delivered
// when they are released, not before.
func holdChild() {
	release := holdInterrupts()
	p, _ := os.FindProcess(os.Getpid())
	_ = p.Signal(os.Interrupt)
	time.Sleep(200 * time.Millisecond) // let the signal arrive (it is held)
	fmt.Println("held")
	release()
	time.Sleep(2 * time.Second)
	fmt.Println("not interrupted")
	os.Exit(0)
}

func TestHoldInterrupts(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT")
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "NAZIR_AS_MAIN=hold")
	out, err := cmd.Output()
	assert.Equal(t, "held\n", string(out))
	assert.Equal(t, syscall.SIGINT, signalled(err), "err %v", err)
}

// TestCheckSurvivesCheckerPanic: an input that makes the checker fail
// (ﷺ, one character that folds to four words, once did) is reported for
// itself; the other files are still checked and nothing crashes.
func TestCheckSurvivesCheckerPanic(t *testing.T) {
	dir := t.TempDir()
	lig := filepath.Join(dir, "a-ligature.txt")
	require.NoError(t, os.WriteFile(lig, []byte("ﷺ"), 0o644))
	ok := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(ok, exampleText(t), 0o644))
	code, out, errs := runCLI(t, "", "check", "--format", "json", lig, ok)
	noStack(t, errs)
	reps := jsonReports(t, out)
	require.NotEmpty(t, reps)
	assert.Equal(t, ok, reps[len(reps)-1].File)
	if len(reps) == 1 {
		assert.Equal(t, exitUsage, code)
		assert.Contains(t, errs, "a-ligature.txt: internal error")
	}
}
