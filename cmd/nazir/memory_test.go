package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/nazir-nlp/nazir/internal/longtest"
	"github.com/nazir-nlp/nazir/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliMemoryShapes are the inputs of TestCheckPeakRSS, each 8 MB: news
// text (the repository's releases, repeated), and the shapes whose output
// is largest for their size: a mention every 3 or 7 bytes, a token per
// byte, a finding on every line. Each is held to 8 bytes of peak RSS per
// input byte (news) or 16 (every other shape) in every output format.
var cliMemoryShapes = []struct {
	name  string
	make  func(t testing.TB, n int) string
	bound float64
}{
	{"news", func(t testing.TB, n int) string {
		files, err := filepath.Glob("../../testdata/releases/*.txt")
		require.NoError(t, err)
		var b strings.Builder
		for _, f := range files {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			b.Write(src)
		}
		return repeatTo(b.String(), n)
	}, 8},
	{"UK repeated", func(_ testing.TB, n int) string { return repeatTo("UK ", n) }, 16},
	{"shortest name repeated", func(_ testing.TB, n int) string { return repeatTo("مصر ", n) }, 16},
	{"punctuation <", func(_ testing.TB, n int) string { return strings.Repeat("<", n) }, 16},
	{"a finding per line", func(_ testing.TB, n int) string {
		return repeatTo("التقى وزير الخارجية الصيني وانغ يي نظيره الأذربيجاني جيهون بيراموف في بكين وأكد دعم الجانب الأفغاني.\n", n)
	}, 16},
}

// TestCheckPeakRSS runs `nazir check FILE` on each memory shape in each
// output format, each in a fresh process, and holds its peak resident
// memory per input byte to the shape's bound: the peak of the run, less
// that of checking the example release the same way (the runtime, the
// gazetteer and the compiled checker), per input byte. The input file is
// counted, as the command holds it. Before each run the process gives the
// memory of making its input back and resets its peak (Linux:
// /proc/self/clear_refs).
func TestCheckPeakRSS(t *testing.T) {
	if v := os.Getenv("NAZIR_CLI_RSS"); v != "" {
		format, file, _ := strings.Cut(v, "\t")
		runtime.GC()
		debug.FreeOSMemory()
		before := procStatus(t, "VmHWM:")
		if os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil {
			before = procStatus(t, "VmRSS:")
		}
		out, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		require.NoError(t, err)
		defer out.Close()
		code := run([]string{"check", "--no-config", "--fail-on", "never", "--format", format, file}, strings.NewReader(""), out, io.Discard)
		require.Equal(t, exitOK, code)
		fmt.Printf("above_kb=%d\n", procStatus(t, "VmHWM:")-before)
		return
	}
	longtest.Skip(t, "checks 8 MB in four formats, each in a process")
	if raceDetector {
		t.Skip("the race detector multiplies memory; run go test without -race")
	}
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status on this system")
	}
	// above runs the check of file in format in a fresh process and
	// returns its peak RSS above what the process held before (kB).
	above := func(t *testing.T, format, file string) int {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestCheckPeakRSS$", "-test.count", "1")
		cmd.Env = append(os.Environ(), "NAZIR_CLI_RSS="+format+"\t"+file)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s", out)
		for _, l := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(l, "above_kb="); ok {
				kb, err := strconv.Atoi(v)
				require.NoError(t, err)
				return kb
			}
		}
		require.Fail(t, "no figure", "%s", out)
		return 0
	}
	dir := t.TempDir()
	for _, f := range report.Formats() {
		base := above(t, f.Name, exampleRelease)
		for _, sh := range cliMemoryShapes {
			t.Run(f.Name+"/"+sh.name, func(t *testing.T) {
				file := filepath.Join(dir, strings.ReplaceAll(sh.name, " ", "-")+".txt")
				if _, err := os.Stat(file); err != nil {
					require.NoError(t, os.WriteFile(file, []byte(sh.make(t, 8<<20)), 0o644))
				}
				st, err := os.Stat(file)
				require.NoError(t, err)
				kb := above(t, f.Name, file)
				per := float64((kb-base)<<10) / float64(st.Size())
				t.Logf("check --format %s, %s: %d bytes, %d MB above the start, %d MB above a release: %.1f bytes per input byte (bound %.0f)",
					f.Name, sh.name, st.Size(), kb>>10, (kb-base)>>10, per, sh.bound)
				assert.LessOrEqual(t, per, sh.bound)
			})
		}
	}
}

// procStatus reads a field of /proc/self/status in kB (VmHWM:, VmRSS:).
func procStatus(t testing.TB, field string) int {
	b, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field); ok {
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			require.NoError(t, err)
			return n
		}
	}
	require.Fail(t, "no "+field+" in /proc/self/status")
	return 0
}
