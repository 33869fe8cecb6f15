// Package examples holds the test of examples/qa-check.sh; the runnable
// examples are the directories beside it.
package examples

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/internal/longtest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// qaCheck runs the script from the repository root and returns its output
// and exit code.
func qaCheck(t *testing.T, env []string, dir string) (string, int) {
	t.Helper()
	cmd := exec.Command("bash", "examples/qa-check.sh", dir)
	cmd.Dir = ".."
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return string(out), exit.ExitCode()
	}
	require.NoError(t, err, string(out))
	return string(out), 0
}

func TestQACheckScript(t *testing.T) {
	longtest.Skip(t, "builds the command and runs the script")
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not found")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not found")
	}
	bin := filepath.Join(t.TempDir(), "nazir")
	build := exec.Command("go", "build", "-o", bin, "./cmd/nazir")
	build.Dir = ".."
	out, err := build.CombinedOutput()
	require.NoError(t, err, string(out))
	withBin := []string{"NAZIR=" + bin}

	t.Run("builds the CLI and fails on a folder with errors", func(t *testing.T) {
		report := filepath.Join(t.TempDir(), "report.jsonl")
		out, code := qaCheck(t, []string{"NAZIR=", "QA_REPORT=" + report}, "testdata/releases")
		assert.Equal(t, 1, code, out)
		assert.Contains(t, out, "FAIL testdata/releases/azerbaijan-2026-01-28.txt: 8 error(s)")
		assert.Contains(t, out, "have errors")
		data, err := os.ReadFile(report)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"kind":"country-conflict"`)
	})

	t.Run("passes a folder without errors", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "clean.txt"), []byte(
			"أجرى وزير الخارجية الصيني وانغ يي اليوم في بكين محادثات مع نظيره الأذربيجاني جيهون بيراموف.\n"+
				"وقال وانغ يي إن الصين تقدر دعم الجانب الأذربيجاني.\n"), 0o644))
		out, code := qaCheck(t, withBin, dir)
		assert.Equal(t, 0, code, out)
		assert.Contains(t, out, "1 release(s) checked, no errors")
	})

	t.Run("with a baseline, only new errors fail", func(t *testing.T) {
		dir := t.TempDir()
		ex, err := os.ReadFile("../testdata/releases/azerbaijan-2026-01-28.txt")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), ex, 0o644))
		base := filepath.Join(t.TempDir(), "baseline.json")
		rec := exec.Command(bin, "check", "--write-baseline", base, dir)
		out, err := rec.CombinedOutput()
		require.NoError(t, err, string(out))
		qa, code := qaCheck(t, append(withBin[:1:1], "QA_BASELINE="+base), dir)
		assert.Equal(t, 0, code, qa)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), append(ex, "\nوأكد الجانب الألماني دعمه للتعاون.\n"...), 0o644))
		qa, code = qaCheck(t, append(withBin[:1:1], "QA_BASELINE="+base), dir)
		assert.Equal(t, 1, code, qa)
		assert.Contains(t, qa, "1 error(s)")
	})

	t.Run("an unreadable release is an input error", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
		out, code := qaCheck(t, withBin, dir)
		assert.Equal(t, 2, code, out)
		assert.True(t, strings.Contains(out, "empty.txt"), out)
	})

	t.Run("usage", func(t *testing.T) {
		out, code := qaCheck(t, withBin, filepath.Join(t.TempDir(), "nowhere"))
		assert.Equal(t, 2, code, out)
		assert.Contains(t, out, "usage:")
	})
}
